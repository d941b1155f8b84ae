"""The model validates at construction and round-trips through plain dicts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thanknote as tn

DANA = tn.Interviewer(name="Dana Whitfield", title="Engineering Manager")
IV = tn.Interview(
    company="Acme Robotics",
    role="Senior Backend Engineer",
    date=dt.date(2026, 3, 2),
    format="video",
    interviewers=[DANA],
    topics=["moving fleet telemetry onto Kafka", "the on-call rotation"],
)


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("Dana Whitfield", "Dana", "Whitfield"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Ana María de la Cruz", "Ana", "de la Cruz"),
        ("José-Luis Ortega Jr.", "José-Luis", "Ortega"),
        ("Siobhán O'Neill", "Siobhán", "O'Neill"),
        ("Prince", "Prince", "Prince"),
    ],
)
def test_first_and_last_names_keep_particles_and_drop_suffixes(
    name: str, first: str, last: str
) -> None:
    person = tn.Interviewer(name=name)
    assert (person.first_name, person.last_name) == (first, last)


def test_interview_accepts_datetimes_and_enum_values() -> None:
    iv = tn.Interview(
        company="A", role="B", date=dt.datetime(2026, 3, 2, 15, 30), format=tn.Format.PHONE
    )
    assert iv.day == dt.date(2026, 3, 2)
    assert iv.format is tn.Format.PHONE
    assert (
        tn.Interview(company="A", role="B", date=dt.date(2026, 3, 2), format="In-Person").format
        == "in-person"
    )


def test_panel_is_derived_from_several_interviewers() -> None:
    assert not IV.panel
    two = tn.Interview(
        company="A",
        role="B",
        date=dt.date(2026, 3, 2),
        interviewers=[DANA, tn.Interviewer("Sam Ortiz")],
    )
    assert two.panel


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"company": ""}, ValueError, "Interview.company"),
        ({"company": "   "}, ValueError, "Interview.company"),
        ({"role": None}, TypeError, "Interview.role"),
        ({"date": "yesterday"}, TypeError, "Interview.date"),
        ({"date": 20260302}, TypeError, "Interview.date"),
        ({"format": "carrier pigeon"}, ValueError, "Interview.format"),
        ({"format": 3}, TypeError, "Interview.format"),
        ({"topics": "Kafka"}, TypeError, "Interview.topics"),
        ({"topics": [1, 2]}, TypeError, "Interview.topics"),
        ({"interviewers": ["Dana"]}, TypeError, "Interview.interviewers"),
        ({"decision_by": "soon"}, TypeError, "Interview.decision_by"),
    ],
)
def test_bad_interview_fields_name_the_field(
    kwargs: dict[str, object], error: type, words: str
) -> None:
    base: dict[str, object] = {"company": "Acme", "role": "Engineer", "date": dt.date(2026, 3, 2)}
    base.update(kwargs)
    with pytest.raises(error, match=words):
        tn.Interview(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"body": None}, TypeError, "Note.body"),
        ({"body": b"bytes"}, TypeError, "Note.body"),
        ({"channel": "fax"}, ValueError, "Note.channel"),
        ({"kind": "love-letter"}, ValueError, "Note.kind"),
        ({"to": "Dana"}, TypeError, "Note.to"),
        ({"interview": "Acme"}, TypeError, "Note.interview"),
        ({"sent_at": 5}, TypeError, "Note.sent_at"),
    ],
)
def test_bad_note_fields_name_the_field(kwargs: dict[str, object], error: type, words: str) -> None:
    base: dict[str, object] = {"body": "Dear Dana,"}
    base.update(kwargs)
    with pytest.raises(error, match=words):
        tn.Note(**base)  # type: ignore[arg-type]


def test_empty_names_are_refused() -> None:
    with pytest.raises(ValueError, match="Interviewer.name"):
        tn.Interviewer(name=" ")
    with pytest.raises(ValueError, match="Candidate.name"):
        tn.Candidate(name="")


def test_str_of_a_note_is_its_body() -> None:
    note = tn.Note(body="Dear Dana,\n\nThank you.", to=DANA)
    assert str(note) == note.body


def test_recipient_defaults_to_the_only_interviewer() -> None:
    assert tn.Note(body="x", interview=IV).recipient == DANA
    assert tn.Note(body="x").recipient is None


def test_models_round_trip_through_json() -> None:
    note = tn.Note(
        body="Dear Dana,\n\nThanks.",
        subject="Thank you - Senior Backend Engineer interview",
        to=DANA,
        interview=IV,
        sender=tn.Candidate(name="Jordan Lee", email="jordan@example.com"),
        channel="handwritten",
        sent_at=dt.datetime(2026, 3, 3, 9, 0),
        kind="follow-up",
        cc=[tn.Interviewer("Sam Ortiz")],
    )
    data = json.loads(json.dumps(note.to_dict()))
    assert tn.Note.from_dict(data) == note
    assert tn.Interview.from_dict(IV.to_dict()) == IV


def test_from_dict_refuses_unknown_fields() -> None:
    with pytest.raises(ValueError, match="'colour'"):
        tn.Interviewer.from_dict({"name": "Dana", "colour": "blue"})


@given(st.text(min_size=1).filter(str.strip), st.dates())
def test_any_name_and_date_round_trip(name: str, day: dt.date) -> None:
    person = tn.Interviewer(name=name)
    iv = tn.Interview(company=name, role=name, date=day, interviewers=[person])
    assert tn.Interview.from_dict(json.loads(json.dumps(iv.to_dict()))) == iv
    assert person.first_name and person.last_name
