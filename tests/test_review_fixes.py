"""Regressions from a hostile-input review of the public API (each test names what broke)."""

from __future__ import annotations

import datetime as dt
import math
import subprocess
import sys

import pytest

import thanknote as tn
from tests._compose_data import DANA, HIGHLIGHT, ME, STRENGTH, UNFINISHED, interview
from thanknote.rules.base import in_holes

IV = interview()  # the interview of API.md's example


def test_the_api_example_note_is_an_undated_draft_that_passes_the_checker() -> None:
    note = tn.compose(
        IV,
        sender=ME,
        to=DANA,
        highlights=[HIGHLIGHT],
        strengths=[STRENGTH],
        unfinished=[UNFINISHED],
        channel="email",
    )
    # Composed long after the interview, without sent_at: not yet sent, so not "late".
    assert note.sent_at is None
    report = tn.check(note)
    assert report.ok, [(f.rule, f.message) for f in report.findings]
    dated = tn.compose(IV, sender=ME, sent_at=dt.date(2026, 3, 3))
    assert dated.sent_at == dt.date(2026, 3, 3)
    assert all(n.sent_at is None for n in tn.compose_panel(IV, sender=ME))
    assert tn.compose_followup(IV, sender=ME).sent_at is None


def test_the_composer_is_a_function_even_after_importing_its_module() -> None:
    code = (
        "import datetime as dt, thanknote.compose, thanknote as tn\n"
        "iv = tn.Interview(company='Acme', role='Engineer', date=dt.date(2026, 3, 2),\n"
        "                  interviewers=[tn.Interviewer('Dana Whitfield')])\n"
        "print(tn.compose(iv, sender=tn.Candidate('Jordan Lee')).body.split(',')[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Dear Dana"


def test_check_many_refuses_a_single_string_or_note() -> None:
    with pytest.raises(TypeError, match="iterable of notes"):
        tn.check_many("Dear Dana, thank you.")
    with pytest.raises(TypeError, match="iterable of notes"):
        tn.Checker().check_many(tn.Note(body="Dear Dana, thank you."))


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_config_numbers_must_be_finite(value: float) -> None:
    with pytest.raises(tn.ConfigError, match="max_grade"):
        tn.Config(max_grade=value)


def test_planning_past_the_end_of_the_calendar_is_a_value_error() -> None:
    for day, decision in ((dt.date.max, None), (dt.date(2026, 3, 2), dt.date.max)):
        iv = tn.Interview(company="Acme", role="Engineer", date=day, decision_by=decision)
        with pytest.raises(ValueError, match="calendar"):
            tn.plan_followups(iv)


def test_the_interview_time_is_read_in_its_own_zone_whatever_came_before() -> None:
    utc = dt.UTC
    india = dt.timezone(dt.timedelta(hours=5, minutes=30))
    morning_utc = dt.datetime(2026, 3, 2, 9, 0, tzinfo=utc)
    afternoon_india = dt.datetime(2026, 3, 2, 14, 30, tzinfo=india)  # the same instant
    assert morning_utc == afternoon_india

    def phrase(when: dt.datetime) -> str:
        iv = tn.Interview(company="Acme", role="Engineer", date=when, interviewers=[DANA])
        return tn.sections.gratitude(iv, sent_at=dt.date(2026, 3, 2))

    first, second = phrase(morning_utc), phrase(afternoon_india)
    assert "this morning" in first and "this afternoon" in second
    assert phrase(morning_utc) == first


def test_in_holes_matches_a_plain_search() -> None:
    holes = [(2, 5), (9, 10), (20, 31)]
    positions = list(range(-1, 40))
    expected = [any(s <= p < e for s, e in holes) for p in positions]
    assert in_holes(holes, positions) == expected
    assert in_holes([], positions) == [False] * len(positions)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start": 1.5, "end": 3},
        {"start": True, "end": 3},
        {"start": 0, "end": "3"},
        {"message": b"x"},
        {"rule": 7},
    ],
)
def test_findings_check_their_field_types(kwargs: dict[str, object]) -> None:
    base: dict[str, object] = {
        "rule": "house.x",
        "category": "tone",
        "severity": "info",
        "message": "m",
    }
    with pytest.raises(TypeError):
        tn.Finding(**(base | kwargs))  # type: ignore[arg-type]


def test_a_user_rule_with_a_bad_span_type_is_reported_and_the_report_still_renders() -> None:
    @tn.rule("house.float-span", category="tone")
    def float_span(doc: tn.Document) -> list[tn.Hit]:
        """Gives a float offset.

        Bad: anything. Better: nothing.
        """
        return [tn.Hit(1.5, 3)]  # type: ignore[arg-type]

    report = tn.Checker(rules=[float_span], builtin=False).check("Hello there.")
    (finding,) = report.findings
    assert finding.rule == "house.float-span" and "TypeError" in finding.message
    assert report.to_json() and str(report) and report._repr_html_()


def test_a_card_posted_on_its_planned_day_is_not_late() -> None:
    for day in (dt.date(2026, 3, 2), dt.date(2026, 3, 6)):  # a Monday, a Friday
        iv = tn.Interview(
            company="Acme Robotics",
            role="Data Engineer",
            date=day,
            format="in-person",
            interviewers=[DANA],
            topics=["moving fleet telemetry onto Kafka"],
        )
        (card,) = [s for s in tn.plan_followups(iv) if s.kind == "handwritten-card"]
        assert card.due is not None
        note = tn.compose(iv, sender=ME, channel="handwritten", sent_at=card.due)
        assert not [f for f in tn.check(note).findings if f.category == "timing"]


@pytest.mark.parametrize(
    ("name", "honorific", "greeting"),
    [
        ("Dr. Amara Osei", None, "Dear Dr. Osei,"),
        ("Dr. Amara Osei", "Ms.", "Dear Ms. Osei,"),
        ("Mr. Smith", None, "Dear Mr. Smith,"),
        ("Sir Ian Blake", None, "Dear Ian,"),
        ("Seán Ó Briain", "Mr.", "Dear Mr. Ó Briain,"),
    ],
)
def test_a_title_in_the_name_never_becomes_the_first_name(
    name: str, honorific: str | None, greeting: str
) -> None:
    person = tn.Interviewer(name, honorific=honorific)
    assert tn.Interviewer.from_dict(person.to_dict()) == person
    iv = tn.Interview(
        company="Acme", role="Engineer", date=dt.date(2026, 3, 2), interviewers=[person]
    )
    note = tn.compose(iv, sender=ME, sent_at=dt.date(2026, 3, 2), highlights=["Kafka"])
    assert note.body.splitlines()[0] == greeting
    assert tn.check(note).ok


def test_a_highlight_typed_as_a_question_reads_as_part_of_a_sentence() -> None:
    for channel in ("email", "handwritten"):
        note = tn.compose(
            IV,
            sender=ME,
            sent_at=dt.date(2026, 3, 2),
            channel=channel,
            highlights=["whether the team will adopt Rust?", "the launch party!"],
        )
        assert "Rust?" not in note.body and "party!" not in note.body
        assert tn.check(note).ok


def test_each_interviewer_is_listed_once() -> None:
    with pytest.raises(ValueError, match="twice"):
        tn.Interview(
            company="Acme",
            role="Engineer",
            date=dt.date(2026, 3, 2),
            interviewers=[DANA, tn.Interviewer("dana  whitfield")],
        )
    with pytest.raises(ValueError, match="Note.cc"):
        tn.Note(body="Dear Dana,", cc=[DANA, DANA])


@pytest.mark.parametrize(
    "names",
    [
        ("Hannah Lee", "Hannah Kim"),
        ("Kim Ng", "Hannah Kim"),
        ("Dana Whitfield", "Dana Whitfield-Ross"),
    ],
)
def test_panelists_who_share_a_name_are_each_greeted_alone(names: tuple[str, str]) -> None:
    iv = tn.Interview(
        company="Acme",
        role="Data Engineer",
        date=dt.date(2026, 3, 2),
        topics=["moving fleet telemetry onto Kafka"],
        interviewers=[tn.Interviewer(n) for n in names],
    )
    notes = tn.compose_panel(iv, sender=ME, sent_at=dt.date(2026, 3, 2))
    assert all(r.ok for r in tn.check_panel(notes))


def test_a_greeting_that_names_two_panelists_is_still_flagged() -> None:
    iv = tn.Interview(
        company="Acme",
        role="Data Engineer",
        date=dt.date(2026, 3, 2),
        interviewers=[tn.Interviewer("Hannah Lee"), tn.Interviewer("Kim Ng")],
    )
    cc = tn.Note(
        body="Dear Hannah and Kim,\n\nThank you for the talk about Kafka.\n\nBest regards,\nJordan",
        to=iv.interviewers[0],
        interview=iv,
        sender=ME,
    )
    assert "generic.panel-cc" in {f.rule for r in tn.check_panel([cc]) for f in r.findings}


@pytest.mark.parametrize("company", ["Yahoo!", "Jeopardy!", "Jeopardy! Productions", "Who? Media"])
def test_a_company_name_with_a_mark_neither_ends_a_sentence_nor_exclaims(
    company: str,
) -> None:
    iv = tn.Interview(
        company=company,
        role="Data Analyst",
        date=dt.date(2026, 3, 2),
        topics=["moving fleet telemetry onto Kafka"],
        interviewers=[DANA, tn.Interviewer("Ravi Shah")],
    )
    notes = tn.compose_panel(iv, sender=ME, sent_at=dt.date(2026, 3, 2))
    assert all(r.ok for r in tn.check_panel(notes))
    gushing = tn.Note(
        body=f"Dear Dana,\n\nI loved it!! Thanks! Really! So glad! {company} rocks!\n\nBest,\nJordan",
        to=DANA,
        interview=iv,
        sender=ME,
    )
    assert "tone.exclamations" in {f.rule for f in tn.check(gushing).findings}
