"""Property tests: compose never raises for valid input, and never leaves debris behind."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from tests._compose_data import ME, MONDAY, debris

_LETTERS = st.characters(categories=("Lu", "Ll"), max_codepoint=0x24F)
# Words the debris check looks for ("None", "the the") are left out: in a phrase they are the
# user's text, not the composer's.
_WORD = st.text(_LETTERS, min_size=1, max_size=12).filter(
    lambda w: w.lower() not in {"the", "your", "a", "an", "to", "of", "none"}
)
_NAME_PART = st.builds(
    lambda a, sep, b: a.capitalize() + (sep + b.capitalize() if sep else ""),
    _WORD,
    st.sampled_from(["", "-", "'"]),
    _WORD,
)
_NAME = st.builds(
    lambda parts: " ".join(parts),
    st.lists(_NAME_PART, min_size=1, max_size=3, unique_by=str.casefold),
)
_PHRASE = st.builds(
    lambda words: " ".join(words), st.lists(_WORD, min_size=1, max_size=18, unique_by=str.casefold)
)
_PHRASES = st.lists(_PHRASE, max_size=4)
_HONORIFIC = st.sampled_from([None, "Dr.", "Ms.", "Mr.", "Mx.", "Prof."])


@st.composite
def _people(draw: st.DrawFn, count: int) -> list[tn.Interviewer]:
    names = draw(st.lists(_NAME, min_size=count, max_size=count, unique_by=str.casefold))
    return [
        tn.Interviewer(name, honorific=draw(_HONORIFIC), topics=draw(st.lists(_PHRASE, max_size=2)))
        for name in names
    ]


def _interview(
    people: list[tn.Interviewer], topics: list[str], fmt: str, stage: str
) -> tn.Interview:
    return tn.Interview(
        company="Acme Robotics",
        role="Data Engineer",
        date=MONDAY,
        format=fmt,
        interviewers=people,
        topics=topics,
        stage=stage,
    )


_FORMATS = st.sampled_from(["video", "phone", "in-person"])
_STAGES = st.sampled_from(["interview", "phone-screen", "take-home", "offer"])
_CHANNELS = st.sampled_from(["email", "handwritten"])


@settings(max_examples=150, deadline=None)
@given(
    people=_people(1),
    topics=st.lists(_PHRASE, max_size=8),
    highlights=_PHRASES,
    strengths=_PHRASES,
    unfinished=_PHRASES,
    fmt=_FORMATS,
    stage=_STAGES,
    channel=_CHANNELS,
    days=st.integers(0, 400),
)
def test_compose_never_raises_and_leaves_no_debris(
    people: list[tn.Interviewer],
    topics: list[str],
    highlights: list[str],
    strengths: list[str],
    unfinished: list[str],
    fmt: str,
    stage: str,
    channel: str,
    days: int,
) -> None:
    iv = _interview(people, topics, fmt, stage)
    note = tn.compose(
        iv,
        sender=ME,
        highlights=highlights,
        strengths=strengths,
        unfinished=unfinished,
        channel=channel,
        sent_at=MONDAY + dt.timedelta(days=days),
    )
    person = people[0]
    assert person.first_name in note.body or person.last_name in note.body
    assert "Acme Robotics" in note.body and ME.name in note.body
    assert debris(note.body) == []
    for phrase in [*highlights, *strengths]:
        core = " ".join(phrase.split())
        assert core[1:] in note.body


@settings(max_examples=40, deadline=None)
@given(size=st.integers(2, 6), data=st.data(), highlights=_PHRASES, fmt=_FORMATS)
def test_compose_panel_names_everyone(
    size: int, data: st.DataObject, highlights: list[str], fmt: str
) -> None:
    people = data.draw(_people(size))
    notes = tn.compose_panel(
        _interview(people, [], fmt, "interview"), sender=ME, highlights=highlights
    )
    assert len(notes) == size
    for note, person in zip(notes, people, strict=True):
        assert note.to == person
        assert person.first_name in note.body or person.last_name in note.body
        assert debris(note.body) == []


@settings(max_examples=60, deadline=None)
@given(people=_people(1), highlights=_PHRASES, kind=st.sampled_from(["follow-up", "status-check"]))
def test_compose_followup_never_raises(
    people: list[tn.Interviewer], highlights: list[str], kind: str
) -> None:
    note = tn.compose_followup(
        _interview(people, [], "video", "interview"),
        sender=ME,
        kind=kind,
        highlights=highlights,
        sent_at=MONDAY + dt.timedelta(days=8),
    )
    assert note.kind == kind and debris(note.body) == []
