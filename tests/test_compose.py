"""compose, compose_panel and compose_followup: whole notes, read as a recipient would."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

import thanknote as tn
from tests._compose_data import (
    BERG,
    DANA,
    EIGHT_TOPICS,
    HIGHLIGHT,
    JOSE,
    KENJI,
    ME,
    MONDAY,
    ONEILL,
    PEOPLE,
    PRIYA,
    SAM,
    SIOBHAN,
    STRENGTH,
    TOPICS,
    TUESDAY,
    UNFINISHED,
    debris,
    interview,
    paragraphs,
    sentences_without_name,
    words,
)

EMAIL_CASES = {
    "video, everything": dict(
        iv=interview(), highlights=[HIGHLIGHT], strengths=[STRENGTH], unfinished=[UNFINISHED]
    ),
    "in person, honorific, no highlights": dict(
        iv=interview([BERG], fmt="in-person", company="Northwind Health", role="Clinical Analyst"),
    ),
    "phone, eight topics, two strengths": dict(
        iv=interview([ONEILL], fmt="phone", topics=EIGHT_TOPICS),
        strengths=["running Postgres at scale", "a habit of writing clear runbooks"],
    ),
    "nothing specific at all": dict(iv=interview([SAM], topics=())),
    "accented, hyphenated name with own topics": dict(
        iv=interview([JOSE], fmt="in-person", company="Lumen & Co.", role="UX Researcher"),
        strengths=["ten years of field research"],
    ),
    "apostrophe and decision date": dict(
        iv=interview([ONEILL], decision_by=dt.date(2026, 3, 16)),
        highlights=["how design reviews work across teams", "Your mentoring program"],
        strengths=["leading design reviews for a team of twelve"],
    ),
}


def _compose(case: dict[str, object], **extra: object) -> tn.Note:
    args = {k: v for k, v in case.items() if k != "iv"}
    return tn.compose(case["iv"], sender=ME, sent_at=TUESDAY, **args, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", EMAIL_CASES)
def test_email_names_recipient_company_role_and_every_input(name: str) -> None:
    case = EMAIL_CASES[name]
    note = _compose(case)
    iv = case["iv"]
    assert isinstance(iv, tn.Interview)
    person = iv.interviewers[0]
    greeting = note.body.splitlines()[0]
    assert greeting.startswith("Dear ") and (
        person.first_name in greeting or person.last_name in greeting
    )
    for fact in (iv.company, iv.role, ME.name):
        assert fact in note.body
    for phrase in [*case.get("highlights", []), *case.get("strengths", [])]:  # type: ignore[misc]
        assert phrase in note.body or phrase[0].lower() + phrase[1:] in note.body
    if case.get("unfinished"):
        assert "bounded queues with explicit shedding" in note.body


@pytest.mark.parametrize("name", EMAIL_CASES)
def test_email_is_debris_free_in_range_and_three_or_four_paragraphs(name: str) -> None:
    note = _compose(EMAIL_CASES[name])
    assert debris(note.body) == []
    assert 150 <= words(note.body) <= 220
    assert 3 <= paragraphs(note) <= 4
    assert note.subject is not None and note.subject != "Following up"
    assert "thank you" in note.subject.lower()


def test_note_carries_its_context() -> None:
    iv = interview()
    note = tn.compose(iv, sender=ME, sent_at=TUESDAY)
    assert (note.to, note.interview, note.sender) == (DANA, iv, ME)
    assert (note.channel, note.sent_at, note.kind) == ("email", TUESDAY, "thank-you")
    assert str(note) == note.body


def test_email_ends_with_signoff_and_signature() -> None:
    note = tn.compose(interview(), sender=ME, sent_at=TUESDAY, signoff="best regards")
    assert note.body.endswith("Best regards,\nJordan Lee\njordan@example.com")


@pytest.mark.parametrize(
    ("fmt", "phrase"),
    [("video", "video"), ("phone", "phone"), ("in-person", "meet")],
)
def test_gratitude_mentions_the_interview_format(fmt: str, phrase: str) -> None:
    texts = [
        tn.compose(interview([p], fmt=fmt), sender=ME, sent_at=TUESDAY).body for p in PEOPLE[:5]
    ]
    assert all(phrase in t.split("\n\n")[1] for t in texts)


def test_recent_interview_is_named_by_day_and_old_one_by_date() -> None:
    iv = interview()
    assert "yesterday" in tn.compose(iv, sender=ME, sent_at=TUESDAY).body
    assert "today" in tn.compose(iv, sender=ME, sent_at=MONDAY).body
    assert "on Monday" in tn.compose(iv, sender=ME, sent_at=MONDAY + dt.timedelta(3)).body
    assert "on March 2" in tn.compose(iv, sender=ME, sent_at=MONDAY + dt.timedelta(9)).body


@pytest.mark.parametrize(
    ("stage", "phrase"),
    [
        ("phone-screen", "call"),
        ("take-home", "take-home exercise"),
        ("offer", "offer"),
    ],
)
def test_milestone_stage_changes_what_the_note_thanks_for(stage: str, phrase: str) -> None:
    for person in PEOPLE[:4]:
        note = tn.compose(interview([person], stage=stage), sender=ME, sent_at=TUESDAY)
        first = note.body.split("\n\n")[1].split(". ")[0]
        assert phrase in first and "Acme Robotics" in first
        assert debris(note.body) == []
        # A phone screen earns a short note; other milestones a full one.
        low, high = (40, 110) if stage == "phone-screen" else (150, 220)
        assert low <= words(note.body) <= high
        assert tn.check(note).ok
        if stage == "phone-screen":  # "two or three sentences" (ETIQUETTE.md)
            assert len(tn.Checker().parse(note).sentences) <= 3
            assert tn.check(note).findings == ()


def test_handwritten_card_is_short_without_subject_or_contact_lines() -> None:
    for person in PEOPLE[:5]:
        iv = interview([person], fmt="in-person")
        card = tn.compose(
            iv,
            sender=ME,
            channel="handwritten",
            sent_at=TUESDAY,
            highlights=[HIGHLIGHT],
            strengths=[STRENGTH],
            unfinished=[UNFINISHED],
        )
        assert card.subject is None and card.channel == "handwritten"
        assert 60 <= words(card.body) <= 120
        assert HIGHLIGHT in card.body and STRENGTH in card.body
        assert "yesterday" not in card.body  # it is read days later
        assert "jordan@example.com" not in card.body
        assert debris(card.body) == []


def test_same_input_gives_the_same_note() -> None:
    args = dict(sender=ME, highlights=[HIGHLIGHT], strengths=[STRENGTH], sent_at=TUESDAY)
    assert tn.compose(interview(), **args).body == tn.compose(interview(), **args).body  # type: ignore[arg-type]


def test_different_recipients_get_different_wording() -> None:
    bodies = set()
    for person in PEOPLE:
        note = tn.compose(interview([person]), sender=ME, sent_at=TUESDAY)
        bodies.add(note.body.split("\n", 1)[1].replace(person.first_name, "NAME"))
    assert len(bodies) >= 6


def test_long_highlight_lists_keep_every_highlight_and_short_sentences() -> None:
    highlights = [
        "GraphQL federation",
        "the migration off the monolith",
        "how incidents are reviewed",
        "hiring for the new Berlin team",
        "moving billing to event sourcing",
    ]
    note = tn.compose(interview(), sender=ME, highlights=highlights, sent_at=TUESDAY)
    assert all(h in note.body for h in highlights)
    assert all(len(s.text.split()) <= 25 for s in tn.Document(note.body).sentences)


def test_leading_capital_of_a_common_word_is_lowered_mid_sentence() -> None:
    note = tn.compose(interview(), sender=ME, highlights=["The hiring plan"], sent_at=TUESDAY)
    assert "the hiring plan" in note.body and "The hiring plan" not in note.body


@pytest.mark.parametrize(
    ("person", "style", "expected"),
    [
        (BERG, "auto", "Dear Dr. van der Berg,"),
        (SIOBHAN, "auto", "Dear Siobhán,"),
        (JOSE, "auto", "Dear José-Luis,"),
        (ONEILL, "auto", "Dear Ms. O'Neill,"),
        (ONEILL, "first-name", "Dear Aoife,"),
        (DANA, "formal", "Dear Dana Whitfield,"),
        (DANA, "hello", "Hello Dana,"),
    ],
)
def test_greeting_uses_names_exactly(person: tn.Interviewer, style: str, expected: str) -> None:
    note = tn.compose(interview([person]), sender=ME, greeting_style=style, sent_at=TUESDAY)
    assert note.body.startswith(expected + "\n\n")


def test_signoff_is_a_preferred_one_by_default() -> None:
    for person in PEOPLE:
        note = tn.compose(interview([person]), sender=ME, sent_at=TUESDAY)
        assert any(
            f"\n\n{s},\nJordan Lee" in note.body
            for s in ("Sincerely", "Best regards", "Kind regards")
        )


# ----------------------------------------------------------------------------- validation


def test_panel_without_to_points_at_compose_panel() -> None:
    with pytest.raises(ValueError, match="compose_panel"):
        tn.compose(interview([DANA, BERG]), sender=ME)


def test_to_may_be_a_panel_members_name() -> None:
    note = tn.compose(interview([DANA, BERG]), sender=ME, to="Dana Whitfield", sent_at=TUESDAY)
    assert note.to == DANA and "Pieter" in note.body  # the panel is acknowledged


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        (dict(sender="Jordan"), TypeError, "sender must be a thanknote.Candidate"),
        (dict(highlights="Kafka"), TypeError, "highlights must be a list of str"),
        (dict(strengths=[1]), TypeError, "strengths must be a list of str"),
        (dict(unfinished=5), TypeError, "unfinished must be a list of str"),
        (dict(to=3), TypeError, "to must be"),
        (dict(to="Nobody Here"), ValueError, "not one of the interview's interviewers"),
        (dict(channel="fax"), ValueError, "unknown channel 'fax'"),
        (dict(greeting_style="hey"), ValueError, "unknown greeting_style 'hey'"),
        (dict(signoff="Cheers"), ValueError, "unknown signoff 'Cheers'"),
        (dict(sent_at="tomorrow"), TypeError, "sent_at must be"),
    ],
)
def test_bad_arguments_raise_naming_the_parameter(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    args: dict[str, object] = {"sender": ME, **kwargs}
    with pytest.raises(error, match=match):
        tn.compose(interview(), **args)  # type: ignore[arg-type]


def test_interview_must_be_an_interview() -> None:
    with pytest.raises(TypeError, match=r"interview must be a thanknote\.Interview"):
        tn.compose("Acme", sender=ME)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- panels


@pytest.mark.parametrize("size", range(2, 9))
def test_panel_notes_are_individual_and_consistent(size: int) -> None:
    people = PEOPLE[:size]
    iv = interview(people, fmt="in-person")
    notes = tn.compose_panel(
        iv, sender=ME, highlights=[HIGHLIGHT], strengths=[STRENGTH], sent_at=TUESDAY
    )
    assert [n.to for n in notes] == list(people)
    for note, person in zip(notes, people, strict=True):
        assert person.first_name in note.body.splitlines()[0] or person.last_name in note.body
        assert "panel" in note.body
        assert HIGHLIGHT in note.body and STRENGTH in note.body
        assert "Acme Robotics" in note.body and "Senior Backend Engineer" in note.body
        assert "yesterday" in note.body
        assert debris(note.body) == []
        assert 150 <= words(note.body) <= 220
        assert 3 <= paragraphs(note) <= 4
        for topic in person.topics:
            assert topic in note.body
    for a, b in itertools.combinations(notes, 2):
        sa, sb = sentences_without_name(a), sentences_without_name(b)
        shared = len(sa & sb)
        assert shared <= min(len(sa), len(sb)) / 2, (a.to, b.to, sa & sb)


def test_small_panel_names_the_other_members() -> None:
    notes = tn.compose_panel(interview([DANA, PRIYA, SAM]), sender=ME, sent_at=TUESDAY)
    assert "Priya" in notes[0].body and "Sam" in notes[0].body
    assert "Dana" in notes[1].body and "Sam" in notes[1].body


def test_panel_cards_and_no_highlights_still_read_well() -> None:
    iv = interview(PEOPLE[:3], fmt="in-person", topics=())
    for channel, (low, high) in (("email", (150, 220)), ("handwritten", (60, 120))):
        for note in tn.compose_panel(iv, sender=ME, channel=channel, sent_at=TUESDAY):
            assert low <= words(note.body) <= high
            assert debris(note.body) == []


def test_panel_needs_interviewers() -> None:
    with pytest.raises(ValueError, match="no interviewers"):
        tn.compose_panel(interview([]), sender=ME)


# ----------------------------------------------------------------------------- follow-ups


@pytest.mark.parametrize("kind", ["follow-up", "status-check"])
def test_followups_are_short_polite_and_specific(kind: str) -> None:
    later = MONDAY + dt.timedelta(days=9)
    for person in PEOPLE[:5]:
        iv = interview([person])
        note = tn.compose_followup(
            iv, sender=ME, kind=kind, sent_at=later, highlights=["the on-call rotation"]
        )
        assert note.kind == kind and note.to == person
        assert 60 <= words(note.body) <= 150
        assert "the on-call rotation" in note.body and "Acme Robotics" in note.body
        assert note.subject is not None and note.subject.endswith(
            "Senior Backend Engineer interview"
        )
        assert debris(note.body) == []
        lowered = note.body.lower()
        for pushy in ("expect", "must", "asap", "need this job", "please hire"):
            assert pushy not in lowered
        if kind == "status-check":
            assert "timeline" in lowered or "news" in lowered or "update" in lowered


def test_status_check_mentions_the_decision_date_it_respects() -> None:
    iv = interview([BERG], decision_by=dt.date(2026, 3, 16))
    note = tn.compose_followup(iv, sender=ME, kind="status-check", sent_at=dt.date(2026, 3, 18))
    assert "March 16" in note.body


def test_followup_kind_is_validated() -> None:
    with pytest.raises(ValueError, match="unknown kind 'nudge'"):
        tn.compose_followup(interview(), sender=ME, kind="nudge")
    with pytest.raises(ValueError, match="use compose"):
        tn.compose_followup(interview(), sender=ME, kind="thank-you")


# ----------------------------------------------------------------------------- the checker


def _good_notes() -> list[tn.Note]:
    iv = interview([DANA], topics=(*TOPICS, HIGHLIGHT))
    panel = interview([DANA, PRIYA, KENJI], fmt="in-person", topics=(*TOPICS, HIGHLIGHT))
    args = dict(highlights=[HIGHLIGHT], strengths=[STRENGTH], sent_at=TUESDAY)
    later = MONDAY + dt.timedelta(days=9)
    return [
        tn.compose(iv, sender=ME, unfinished=[UNFINISHED], **args),  # type: ignore[arg-type]
        tn.compose(iv, sender=ME, channel="handwritten", **args),  # type: ignore[arg-type]
        *tn.compose_panel(panel, sender=ME, **args),  # type: ignore[arg-type]
        tn.compose_followup(iv, sender=ME, sent_at=later, highlights=[HIGHLIGHT]),
        tn.compose_followup(iv, sender=ME, kind="status-check", sent_at=later),
    ]


@pytest.mark.parametrize("index", range(7))
def test_composed_notes_pass_the_default_checker(index: int) -> None:
    note = _good_notes()[index]
    report = tn.check(note)
    assert report.ok, [
        (f.rule, f.message, note.body[f.start : f.end])
        for f in report.findings
        if f.start is not None
    ] + [f.rule for f in report.findings]
