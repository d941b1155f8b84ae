"""check_panel and the set-level rules: must-flag and must-pass tables, and the contract."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.panel import PANEL_RULES

MONDAY = dt.date(2026, 3, 2)
DANA = tn.Interviewer("Dana Whitfield", topics=["the ingest path"])
SAM = tn.Interviewer("Sam Ortiz", topics=["on-call"])
PRIYA = tn.Interviewer("Priya Rao", honorific="Dr.", topics=["hiring plans"])
PANEL = [DANA, SAM, PRIYA]
IV = tn.Interview(company="Acme Robotics", role="Backend Engineer", date=MONDAY, interviewers=PANEL)
ME = tn.Candidate("Jordan Lee")
SIGN = "\n\nBest regards,\nJordan Lee"

TEMPLATE = (
    "Dear {name},\n\nThank you for meeting with me on Monday about the Backend Engineer role at "
    "Acme Robotics. I enjoyed learning how the team works and what it plans next. My years "
    "running event pipelines would help the team ship faster. I remain very interested in the "
    "role." + SIGN
)
PERSONAL = {
    "Dana": "Dear Dana,\n\nThank you for walking me through the ingest path on Monday. Your plan "
    "to split it by region matches what I built at my last job, and I would enjoy taking it "
    "further with you." + SIGN,
    "Sam": "Dear Sam,\n\nThanks for the frank talk about on-call during our interview. The "
    "runbook habits you described are ones I already keep, and I liked how the rotation "
    "protects focus time." + SIGN,
    "Priya": "Dear Dr. Rao,\n\nI appreciated hearing your hiring plans for the platform group. "
    "Growing a team from four to ten is something I have helped with before, and I would be "
    "glad to do it again at Acme Robotics." + SIGN,
}


def _note(body: str, to: tn.Interviewer, iv: tn.Interview = IV, **kw: object) -> tn.Note:
    return tn.Note(body=body, to=to, interview=iv, sender=ME, sent_at=MONDAY, **kw)  # type: ignore[arg-type]


def _templated(people: list[tn.Interviewer] = PANEL) -> list[tn.Note]:
    return [_note(TEMPLATE.format(name=p.first_name), p) for p in people]


def _personal() -> list[tn.Note]:
    return [_note(PERSONAL[p.first_name], p) for p in PANEL]


def _swap(notes: list[tn.Note], index: int, **changes: object) -> list[tn.Note]:
    import attrs

    out = list(notes)
    out[index] = attrs.evolve(out[index], **changes)
    return out


OTHER_COMPANY = tn.Interview(
    company="Apex Robotics", role="Backend Engineer", date=MONDAY, interviewers=PANEL
)
OTHER_DAY = tn.Interview(
    company="Acme Robotics", role="Backend Engineer", date=dt.date(2026, 3, 3), interviewers=PANEL
)
BIG_PANEL = [
    tn.Interviewer(n)
    for n in ("Ann Bo", "Cy Dee", "Ed Fu", "Gil Ha", "Ian Jo", "Kim Lu", "Mo Ng", "Oz Pe")
]
BIG_IV = tn.Interview(
    company="Acme Robotics", role="Backend Engineer", date=MONDAY, interviewers=BIG_PANEL
)


def _follow_ups(n: int, kind: str = "follow-up") -> list[tn.Note]:
    body = "Dear Dana,\n\nI wanted to follow up on the Backend Engineer role.{} " + SIGN
    return [
        tn.Note(
            body=body.format(" " * i),
            to=DANA,
            interview=IV,
            kind=kind,
            sent_at=MONDAY + dt.timedelta(days=7 * (i + 1)),
        )
        for i in range(n)
    ]


# {rule_id: (sets it must flag, sets it must leave alone)}
EXAMPLES: dict[str, tuple[list[list[tn.Note]], list[list[tn.Note]]]] = {
    "generic.panel-identical": (
        [
            _templated(),
            _templated([DANA, SAM]),
            # one personal note does not rescue the two copies
            [*_templated([DANA, SAM]), _personal()[2]],
            # formal greetings and surnames are names too
            [
                _note(TEMPLATE.format(name="Dr. Rao"), PRIYA),
                _note(TEMPLATE.format(name="Dana"), DANA),
            ],
        ],
        [_personal(), _personal()[:1], [_templated()[0], _personal()[1]]],
    ),
    "errors.panel-facts": (
        [
            _swap(_personal(), 2, interview=OTHER_COMPANY),
            _swap(_personal(), 1, interview=OTHER_DAY),
            # the text says Tuesday; the interview was on a Monday
            _swap(_personal(), 0, body=PERSONAL["Dana"].replace("on Monday", "on Tuesday")),
            # the text names the company another note's interview gives
            [
                *_personal()[:2],
                _note(PERSONAL["Priya"].replace("Acme Robotics", "Apex Robotics"), PRIYA),
                _note(PERSONAL["Priya"], PRIYA, iv=OTHER_COMPANY),
            ],
        ],
        [
            _personal(),
            # a deadline weekday is not the day of the meeting
            _swap(
                _personal(),
                0,
                body=PERSONAL["Dana"].replace(
                    "further with you.", "further with you. I look forward to hearing by Friday."
                ),
            ),
            # a shortened company name is the same company
            _swap(_personal(), 2, body=PERSONAL["Priya"].replace("Acme Robotics", "Acme")),
        ],
    ),
    "generic.panel-cc": (
        [
            [_note(PERSONAL["Dana"], DANA, cc=[SAM, PRIYA])],
            [_note(PERSONAL["Dana"].replace("Dear Dana,", "Dear Dana and Sam,"), DANA)],
            [_note(PERSONAL["Dana"].replace("Dear Dana,", "Dear all,"), DANA)],
            [
                *_personal()[1:],
                _note(PERSONAL["Dana"].replace("Dear Dana,", "Hello Dana, Sam,"), DANA),
            ],
        ],
        [
            _personal(),
            # more than about seven panelists: one note to the coordinator naming everyone is fine
            [
                tn.Note(
                    body="Dear Ann, Cy, Ed, Gil, Ian, Kim, Mo and Oz,\n\nThank you all." + SIGN,
                    to=BIG_PANEL[0],
                    interview=BIG_IV,
                    cc=BIG_PANEL[1:],
                )
            ],
            # CC to someone outside the panel (a recruiter) is not a panel CC
            [_note(PERSONAL["Dana"], DANA, cc=[tn.Interviewer("Rita Recruiter")])],
            # "Dear all" on a one-person interview is another matter
            [
                tn.Note(
                    body="Dear all,\n\nThanks." + SIGN,
                    interview=tn.Interview(
                        company="Acme", role="Engineer", date=MONDAY, interviewers=[DANA]
                    ),
                )
            ],
        ],
    ),
    "timing.too-many-follow-ups": (
        [
            _follow_ups(3),
            _follow_ups(2, kind="status-check"),
            list(reversed(_follow_ups(3))),
        ],
        [
            _follow_ups(2),
            [*_follow_ups(2), *_follow_ups(1, kind="status-check")],
            # two follow-ups to each of two people are not four to one
            [
                *_follow_ups(2),
                *(
                    tn.Note(body=n.body, to=SAM, interview=IV, kind="follow-up", sent_at=n.sent_at)
                    for n in _follow_ups(2)
                ),
            ],
            _personal(),
        ],
    ),
}


def _flagged_by(rule_id: str, notes: list[tn.Note]) -> list[tn.Finding]:
    found = []
    for report in tn.check_panel(notes, tn.Checker()):
        for f in report.findings:
            if f.rule == rule_id:
                assert f.severity is not tn.Severity.INFO
                if f.start is not None and f.end is not None:
                    assert 0 <= f.start <= f.end <= len(report.text)
                found.append(f)
    return found


FLAG = [(rid, i, s) for rid, (flag, _) in EXAMPLES.items() for i, s in enumerate(flag)]
PASS = [(rid, i, s) for rid, (_, ok) in EXAMPLES.items() for i, s in enumerate(ok)]


@pytest.mark.parametrize(("rule_id", "case", "notes"), FLAG, ids=[f"{r}-{i}" for r, i, _ in FLAG])
def test_panel_rule_flags_its_bad_sets(rule_id: str, case: int, notes: list[tn.Note]) -> None:
    assert _flagged_by(rule_id, notes), f"{rule_id} should flag set {case}"


@pytest.mark.parametrize(("rule_id", "case", "notes"), PASS, ids=[f"{r}-{i}" for r, i, _ in PASS])
def test_panel_rule_leaves_its_good_sets_alone(
    rule_id: str, case: int, notes: list[tn.Note]
) -> None:
    found = _flagged_by(rule_id, notes)
    assert not found, f"{rule_id} should not flag set {case}: {[f.message for f in found]}"


@pytest.mark.parametrize("rule", PANEL_RULES, ids=[r.id for r in PANEL_RULES])
def test_panel_rules_are_documented_and_tested(rule: tn.Rule) -> None:
    assert rule.id in EXAMPLES and all(EXAMPLES[rule.id])
    assert "Bad:" in rule.doc and "Better:" in rule.doc
    assert rule.message == rule.doc.splitlines()[0]
    assert rule.id.split(".")[0] == rule.category.value


def test_panel_rules_are_not_default_rules() -> None:
    assert not {r.id for r in PANEL_RULES} & {r.id for r in tn.DEFAULT_RULES}


# --------------------------------------------------------------------------- what each finding says


def test_identical_notes_both_get_the_finding_naming_the_other() -> None:
    reports = tn.check_panel(_templated([DANA, SAM]), tn.Checker())
    messages = [
        [f.message for f in r.findings if f.rule == "generic.panel-identical"] for r in reports
    ]
    assert "the note to Sam Ortiz" in messages[0][0]
    assert "the note to Dana Whitfield" in messages[1][0]


def test_facts_finding_points_at_the_wrong_weekday() -> None:
    body = PERSONAL["Dana"].replace("on Monday", "on Tuesday")
    reports = tn.check_panel(_swap(_personal(), 0, body=body), tn.Checker())
    (finding,) = [f for f in reports[0].findings if f.rule == "errors.panel-facts"]
    assert reports[0].excerpt(finding) == "Tuesday"
    assert finding.severity is tn.Severity.ERROR and finding.suggestions == ("Monday",)
    assert not [f for r in reports[1:] for f in r.findings if f.rule == "errors.panel-facts"]


def test_facts_majority_decides_which_note_is_wrong() -> None:
    reports = tn.check_panel(_swap(_personal(), 2, interview=OTHER_COMPANY), tn.Checker())
    flagged = [
        i for i, r in enumerate(reports) if any(f.rule == "errors.panel-facts" for f in r.findings)
    ]
    assert flagged == [2]


def test_facts_without_a_majority_flag_both_notes() -> None:
    notes = [_note(PERSONAL["Dana"], DANA), _note(PERSONAL["Sam"], SAM, iv=OTHER_COMPANY)]
    reports = tn.check_panel(notes, tn.Checker())
    assert all(any(f.rule == "errors.panel-facts" for f in r.findings) for r in reports)


def test_weekday_agreement_from_text_alone() -> None:
    """Without interview dates, the weekday most notes name is taken as the truth."""
    bodies = [PERSONAL[p.first_name] for p in PANEL]
    bodies[2] = bodies[2].replace("I appreciated hearing", "On Wednesday we talked and I liked")
    bodies[2] = bodies[2].replace("hiring plans", "hiring plans at our meeting")
    notes = [
        tn.Note(
            body=b.replace("on Monday", "on Tuesday").replace(
                "during our interview", "at our Tuesday meeting"
            ),
            to=p,
        )
        for b, p in zip(bodies, PANEL, strict=True)
    ]
    reports = tn.check_panel(notes, tn.Checker())
    flagged = [
        [r.excerpt(f) for f in r.findings if f.rule == "errors.panel-facts"] for r in reports
    ]
    assert flagged == [[], [], ["Wednesday"]]


def test_cc_finding_names_the_panelists_and_greeting_finding_points_at_the_greeting() -> None:
    body = PERSONAL["Dana"].replace("Dear Dana,", "Dear Dana and Sam,")
    (report,) = tn.check_panel([_note(body, DANA, cc=[SAM])], tn.Checker())
    found = [f for f in report.findings if f.rule == "generic.panel-cc"]
    assert any("CC'd to Sam Ortiz" in f.message and f.span is None for f in found)
    assert any(report.excerpt(f) == "Dear Dana and Sam," for f in found)


def test_fourth_follow_up_is_flagged_with_its_number() -> None:
    reports = tn.check_panel(_follow_ups(4), tn.Checker())
    counts = [
        [f.message for f in r.findings if f.rule == "timing.too-many-follow-ups"] for r in reports
    ]
    assert [len(c) for c in counts] == [0, 0, 1, 1]
    assert "follow-up number 3 to Dana Whitfield" in counts[2][0]


# --------------------------------------------------------------------------- the contract


def test_one_report_per_note_in_order_with_the_note_s_own_findings() -> None:
    notes = _personal()
    checker = tn.Checker()
    reports = tn.check_panel(notes, checker)
    assert [r.text for r in reports] == [n.body for n in notes]
    assert [r.note for r in reports] == notes
    for note, report in zip(notes, reports, strict=True):
        assert set(checker.check(note).findings) <= set(report.findings)


def test_empty_set_gives_an_empty_tuple() -> None:
    assert tn.check_panel([]) == ()
    assert tn.check_panel(iter(())) == ()


@pytest.mark.parametrize("bad", ["Dear Dana", _personal()[0], 42, None])
def test_notes_must_be_an_iterable_of_notes(bad: object) -> None:
    with pytest.raises(TypeError, match=r"iterable of thanknote\.Note"):
        tn.check_panel(bad)  # type: ignore[arg-type]


def test_strings_in_the_set_are_refused() -> None:
    with pytest.raises(TypeError, match="got an item of type str"):
        tn.check_panel([_personal()[0], "Dear Sam, thanks."])  # type: ignore[list-item]


def test_checker_must_be_a_checker() -> None:
    with pytest.raises(TypeError, match=r"checker must be a thanknote\.Checker"):
        tn.check_panel(_personal(), checker="strict")  # type: ignore[arg-type]


def test_config_turns_set_rules_off_by_prefix_and_changes_severity() -> None:
    quiet = tn.Checker(tn.Config(disable=["generic"]))
    assert not any(
        f.rule.startswith("generic.panel")
        for r in tn.check_panel(_templated(), quiet)
        for f in r.findings
    )
    mild = tn.Checker(tn.Config(severity={"generic": "info"}))
    found = [
        f
        for r in tn.check_panel(_templated(), mild)
        for f in r.findings
        if f.rule == "generic.panel-identical"
    ]
    assert found and all(f.severity is tn.Severity.INFO for f in found)


def test_a_panel_rule_in_a_plain_checker_reads_one_note_as_a_set_of_one() -> None:
    cc_rule = next(r for r in PANEL_RULES if r.id == "generic.panel-cc")
    checker = tn.Checker(rules=[cc_rule], builtin=False, plugins=False)
    report = checker.check(_note(PERSONAL["Dana"], DANA, cc=[SAM]))
    assert [f.rule for f in report.findings] == ["generic.panel-cc"]
    identical = next(r for r in PANEL_RULES if r.id == "generic.panel-identical")
    assert identical(checker.parse(_templated()[0])) == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(max_size=300), min_size=0, max_size=4),
    st.lists(st.sampled_from(PANEL), min_size=4, max_size=4),
)
def test_any_texts_give_reports_with_spans_inside_each_note(
    texts: list[str], people: list[tn.Interviewer]
) -> None:
    notes = [_note(t, p) for t, p in zip(texts, people, strict=False)]
    reports = tn.check_panel(notes, tn.Checker())
    assert len(reports) == len(notes)
    for note, report in zip(notes, reports, strict=True):
        assert report.text == note.body
        for f in report.findings:
            if f.start is not None and f.end is not None:
                assert 0 <= f.start <= f.end <= len(note.body)


def test_compose_panel_notes_pass_the_panel_rules() -> None:
    """The composer's individualized notes are what the panel rules ask for."""
    notes = tn.compose_panel(
        IV, sender=ME, strengths=["five years running event pipelines"], sent_at=MONDAY
    )
    panel_ids = {r.id for r in PANEL_RULES}
    found = [
        f.rule
        for r in tn.check_panel(notes, tn.Checker())
        for f in r.findings
        if f.rule in panel_ids
    ]
    assert found == []


_SEVEN = [
    "Dana Whitfield",
    "Ravi Shah",
    "Li Wei",
    "Ana Gomez",
    "Tom Ford",
    "Kara Osei",
    "Omar Haddad",
]


@pytest.mark.parametrize("stage", ["interview", "phone-screen", "take-home", "offer"])
@pytest.mark.parametrize("channel", ["email", "handwritten"])
@pytest.mark.parametrize("topics", [(), ("moving fleet telemetry onto Kafka", "on-call")])
def test_seven_person_panels_get_seven_different_notes(
    stage: str, channel: str, topics: tuple[str, ...]
) -> None:
    """Seven notes from lists of six phrasings each: some sentence must repeat, but no note may
    repeat one sibling in every slot (an offer card to seven panelists once did)."""
    iv = tn.Interview(
        company="Acme Robotics",
        role="Data Engineer",
        date=MONDAY,
        interviewers=[tn.Interviewer(n) for n in _SEVEN],
        stage=stage,
        topics=list(topics),
    )
    notes = tn.compose_panel(iv, sender=ME, sent_at=MONDAY, channel=channel)
    assert len({n.body for n in notes}) == 7
    reports = tn.check_panel(notes, tn.Checker())
    assert [f.message for r in reports for f in r.findings if f.severity != "info"] == []


def test_a_twelve_person_phone_screen_panel_with_nothing_specific_gets_twelve_distinct_notes() -> (
    None
):
    """Two remarks from a list of six: twelve notes need more pairs than "one and the next"."""
    names = [*_SEVEN, "Sven Berg", "Mia Chen", "Ola Nordmann", "Kai Muller", "Zoe Hart"]
    iv = tn.Interview(
        company="Acme Robotics",
        role="Data Engineer",
        date=MONDAY,
        interviewers=[tn.Interviewer(n) for n in names],
        stage="phone-screen",
        format="phone",
    )
    notes = tn.compose_panel(iv, sender=ME, sent_at=MONDAY)
    reports = tn.check_panel(notes, tn.Checker())
    assert [f.message for r in reports for f in r.findings if f.severity != "info"] == []


@pytest.mark.parametrize("size", [9, 11, 12])
@pytest.mark.parametrize("fmt", ["video", "phone", "in-person"])
def test_a_large_phone_screen_panel_sharing_two_topics_gets_distinct_notes(
    size: int, fmt: str
) -> None:
    """Three sentences and two shared topics: later wording rounds name one topic, not both,
    so no note is a sibling's copy with the names swapped."""
    names = [*_SEVEN, "Sven Berg", "Mia Chen", "Ola Nordmann", "Kai Muller", "Zoe Hart"][:size]
    iv = tn.Interview(
        company="Acme Robotics",
        role="Data Engineer",
        date=MONDAY,
        interviewers=[tn.Interviewer(n) for n in names],
        stage="phone-screen",
        format=fmt,
        topics=["moving fleet telemetry onto Kafka", "the on-call rotation"],
    )
    notes = tn.compose_panel(iv, sender=ME, sent_at=MONDAY)
    reports = tn.check_panel(notes, tn.Checker())
    assert [f.message for r in reports for f in r.findings if f.severity != "info"] == []
    assert all("Kafka" in n.body or "on-call" in n.body for n in notes)
