"""The engine: user rules, plugins, failing rules, batches, limits and the report."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from importlib import metadata

import pytest

import thanknote as tn
from thanknote import checker as checker_module

IV = tn.Interview(
    company="Acme Robotics",
    role="Backend Engineer",
    date=dt.date(2026, 3, 2),
    interviewers=[tn.Interviewer("Dana Whitfield")],
)


@tn.rule("house.synergy", category="generic")
def synergy(doc: tn.Document) -> Iterator[tn.Hit]:
    """Say what you would build together instead of "synergy".

    Bad: I see real synergy here.
    Better: I would like to help your team move the ingest path to Kafka.
    """
    start = doc.text.lower().find("synergy")
    if start >= 0:
        yield tn.Hit(start, start + len("synergy"), suggestions=["collaboration"])


def test_a_decorated_user_rule_runs_with_its_metadata() -> None:
    report = tn.Checker(rules=[synergy], builtin=False).check("I see real synergy here.")
    (f,) = report.findings
    assert (f.rule, f.category, f.severity) == (
        "house.synergy",
        tn.Category.GENERIC,
        tn.Severity.WARNING,
    )
    assert report.text[f.start : f.end] == "synergy"  # type: ignore[misc]
    assert f.suggestions == ("collaboration",)
    assert f.message.startswith("Say what you would build")


def test_a_plain_callable_yielding_findings_is_accepted() -> None:
    def shout_check(doc: tn.Document) -> list[tn.Finding]:
        """Flags the word LOUD."""
        i = doc.text.find("LOUD")
        if i < 0:
            return []
        return [
            tn.Finding(
                rule="house.loud",
                category="tone",
                severity="error",
                message="Too loud.",
                start=i,
                end=i + 4,
            )
        ]

    report = tn.Checker(rules=[shout_check], builtin=False).check("This is LOUD.")
    assert [(f.rule, f.severity) for f in report.findings] == [("house.loud", tn.Severity.ERROR)]


def test_a_rule_that_raises_is_reported_by_name_and_the_rest_still_run() -> None:
    @tn.rule("house.broken", category="errors")
    def broken(doc: tn.Document) -> Iterator[tn.Hit]:
        """Always breaks.

        Bad: anything. Better: nothing.
        """
        raise ZeroDivisionError("oops")
        yield  # pragma: no cover

    report = tn.Checker(rules=[broken, synergy], builtin=False).check("Real synergy.")
    rules = {f.rule: f for f in report.findings}
    assert "house.synergy" in rules
    assert "house.broken" in rules
    assert "ZeroDivisionError" in rules["house.broken"].message


def test_user_rule_spans_past_the_text_are_cut_and_bad_spans_fail_the_rule() -> None:
    @tn.rule("house.long-span", category="tone")
    def long_span(doc: tn.Document) -> Iterator[tn.Hit]:
        """Points past the end.

        Bad: anything. Better: nothing.
        """
        yield tn.Hit(2, 999, message="too far")

    @tn.rule("house.backwards", category="tone")
    def backwards(doc: tn.Document) -> Iterator[tn.Hit]:
        """Ends before it starts.

        Bad: anything. Better: nothing.
        """
        yield tn.Hit(5, 3)

    def plain(doc: tn.Document) -> list[tn.Finding]:
        return [
            tn.Finding(
                rule="house.plain", category="tone", severity="info", message="m", start=40, end=50
            )
        ]

    text = "Short note."
    report = tn.Checker(rules=[long_span, backwards, plain], builtin=False).check(text)
    found = {f.rule: f for f in report.findings}
    assert found["house.long-span"].span == (2, len(text))
    assert found["house.long-span"].message == "too far"
    assert found["house.plain"].span == (len(text), len(text))
    assert found["house.backwards"].span is None
    assert "ValueError" in found["house.backwards"].message


def test_built_in_findings_equal_findings_made_by_the_constructor() -> None:
    config = tn.Config(severity={"errors.spelling": "warning"})
    text = "Hey Dana!!! I definately LOVED it lol. [Company Name] is great.\n\nCheers,\nSam"
    report = tn.Checker(config).check(text)
    assert report.findings
    for f in report.findings:
        rebuilt = tn.Finding(
            rule=f.rule,
            category=f.category.value,
            severity=f.severity.value,
            message=f.message,
            start=f.start,
            end=f.end,
            suggestions=list(f.suggestions),
        )
        assert f == rebuilt and hash(f) == hash(rebuilt) and repr(f) == repr(rebuilt)
        assert type(f.category) is tn.Category and type(f.severity) is tn.Severity
        assert type(f.suggestions) is tuple
    assert {f.severity for f in report.findings if f.rule == "errors.spelling"} == {
        tn.Severity.WARNING
    }


def test_duplicate_rule_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="house.synergy"):
        tn.Checker(rules=[synergy, synergy], builtin=False)


def test_rules_must_be_rules_or_callables() -> None:
    with pytest.raises(TypeError, match="Rule objects or callables"):
        tn.Checker(rules=["tone.emoji"])  # type: ignore[list-item]


def test_bad_rule_ids_are_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="dotted"):
        tn.rule("NoDots")(lambda doc: [])
    with pytest.raises(ValueError, match="category"):
        tn.rule("house.x")(lambda doc: [])


def test_plugin_rules_arrive_through_the_entry_point_group(monkeypatch: pytest.MonkeyPatch) -> None:
    ep = metadata.EntryPoint(
        name="house", value="tests.test_checker:synergy", group="thanknote.rules"
    )
    monkeypatch.setattr(
        checker_module.metadata,
        "entry_points",
        lambda group: [ep] if group == "thanknote.rules" else [],
    )
    monkeypatch.setattr(checker_module, "_plugins_cache", None)
    found = tn.Checker(builtin=False).check("Synergy!")
    assert [f.rule for f in found.findings] == ["house.synergy"]
    assert not tn.Checker(builtin=False, plugins=False).check("Synergy!").findings
    monkeypatch.setattr(checker_module, "_plugins_cache", None)


def test_check_takes_a_str_or_a_note_and_nothing_else() -> None:
    checker = tn.Checker()
    for bad in (None, b"Dear Dana", 42, ["Dear Dana"]):
        with pytest.raises(TypeError, match="str or a thanknote.Note"):
            checker.check(bad)  # type: ignore[arg-type]


def test_texts_over_the_size_cap_raise_a_clear_error() -> None:
    checker = tn.Checker(tn.Config(max_chars=100))
    with pytest.raises(tn.TextTooLong, match="100"):
        checker.check("x" * 101)
    assert checker.check("x" * 100).text == "x" * 100


def test_check_many_returns_a_report_per_note_in_order() -> None:
    notes = [f"Note {i}: synergy." if i % 2 else f"Note {i}." for i in range(7)]
    seen: list[tuple[int, int]] = []
    reports = tn.Checker(rules=[synergy], builtin=False).check_many(
        notes, progress=lambda d, t: seen.append((d, t))
    )
    assert [r.text for r in reports] == notes
    assert [bool(r.findings) for r in reports] == [bool(i % 2) for i in range(7)]
    assert seen[-1] == (7, 7)


def test_check_many_in_worker_processes_matches_a_loop() -> None:
    notes = [
        tn.Note(
            body=f"Dear Dana,\n\nThank you, {i}.\n\nBest,\nJordan",
            interview=IV,
            sent_at=dt.date(2026, 3, 2 + i % 5),
        )
        for i in range(12)
    ]
    checker = tn.Checker()
    assert checker.check_many(notes, workers=2) == [checker.check(n) for n in notes]


def test_check_uses_the_default_checker_offline_without_the_env_var() -> None:
    report = tn.check("Dear Dana,\n\nThank you.\n\nBest regards,\nJordan")
    assert all(not f.rule.startswith("errors.languagetool") for f in report.findings)
    assert checker_module.default_checker().grammar is None


def test_report_output_is_plain_json_and_readable_text() -> None:
    note = tn.Note(
        body="Dear Dana,\n\nReal synergy.\n\nBest,\nJordan",
        interview=IV,
        sent_at=dt.date(2026, 3, 9),
    )
    report = tn.Checker(rules=[synergy]).check(note)
    data = json.loads(report.to_json())
    assert data["score"] == report.score
    assert {f["rule"] for f in data["findings"]} >= {"house.synergy", "timing.late-thank-you"}
    excerpt = next(f["excerpt"] for f in data["findings"] if f["rule"] == "house.synergy")
    assert excerpt == "synergy"
    text = str(report)
    assert "house.synergy" in text and '"synergy"' in text and "whole note" in text
    html = report._repr_html_()
    assert "<mark" in html and "house.synergy" in html


def test_score_and_ok_follow_the_documented_formula() -> None:
    f_warn = tn.Finding(
        rule="a.b", category="tone", severity="warning", message="m", start=0, end=1
    )
    f_info = tn.Finding(rule="a.c", category="tone", severity="info", message="m")
    assert tn.Report("x", ()).score == 100
    assert tn.Report("x", (f_info,)).ok
    assert tn.Report("x", (f_info,)).score == 98
    assert not tn.Report("x", (f_warn,)).ok
    assert tn.Report("x", (f_warn, f_warn)).score == 100 - 10 - 2  # a repeat costs a quarter
    many = tuple(
        tn.Finding(rule=f"a.r{i}", category="errors", severity="error", message="m")
        for i in range(9)
    )
    assert tn.Report("x", many).score == 0


def test_findings_come_in_text_order_with_whole_note_findings_last() -> None:
    a = tn.Finding(rule="a.a", category="tone", severity="info", message="m", start=5, end=6)
    b = tn.Finding(rule="a.b", category="tone", severity="info", message="m", start=1, end=2)
    c = tn.Finding(rule="a.c", category="timing", severity="warning", message="m")
    assert tn.Report("x" * 10, (c, a, b)).findings == (b, a, c)


def test_by_category_and_flagged() -> None:
    w = tn.Finding(rule="a.b", category="tone", severity="warning", message="m")
    i = tn.Finding(rule="a.c", category="generic", severity="info", message="m")
    report = tn.Report("x", (w, i))
    assert report.by_category()[tn.Category.TONE] == (w,)
    assert report.by_category()[tn.Category.LENGTH] == ()
    assert report.flagged("tone") and not report.flagged("generic")


def test_finding_spans_must_be_well_formed() -> None:
    with pytest.raises(ValueError):
        tn.Finding(rule="a.b", category="tone", severity="info", message="m", start=3, end=1)
    with pytest.raises(ValueError):
        tn.Finding(rule="a.b", category="tone", severity="info", message="m", start=3)
