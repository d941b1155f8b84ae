"""Interviews, people and checks shared by the composer tests."""

from __future__ import annotations

import datetime as dt
import re

import thanknote as tn
from thanknote.document import Document

MONDAY = dt.date(2026, 3, 2)
TUESDAY = MONDAY + dt.timedelta(days=1)
ME = tn.Candidate(name="Jordan Lee", email="jordan@example.com")

DANA = tn.Interviewer("Dana Whitfield", title="Engineering Manager")
BERG = tn.Interviewer("Pieter van der Berg", honorific="Dr.")
SIOBHAN = tn.Interviewer("Siobhán Murphy", topics=["the Dublin office move"])
JOSE = tn.Interviewer("José-Luis García", topics=["Kafka", "latency budgets"])
ONEILL = tn.Interviewer("Aoife O'Neill", honorific="Ms.")
PRIYA = tn.Interviewer("Priya Raman", topics=["how incidents are reviewed"])
SAM = tn.Interviewer("Sam Okafor")
KENJI = tn.Interviewer("Kenji Watanabe", topics=["the data platform roadmap"])
PEOPLE = (DANA, BERG, SIOBHAN, JOSE, ONEILL, PRIYA, SAM, KENJI)

TOPICS = ("moving fleet telemetry onto Kafka", "the on-call rotation")
EIGHT_TOPICS = (
    "Kafka",
    "the on-call rotation",
    "SQL tuning",
    "The hiring plan",
    "mentoring juniors",
    "incident reviews",
    "cost controls",
    "your roadmap for Q3",
)
HIGHLIGHT = "your plan to split the ingest path by region"
STRENGTH = "five years running event pipelines in Go"
UNFINISHED = "back-pressure when a consumer falls behind: bounded queues with explicit shedding"


def interview(
    people: tuple[tn.Interviewer, ...] | list[tn.Interviewer] = (DANA,),
    *,
    fmt: str = "video",
    topics: tuple[str, ...] = TOPICS,
    stage: str = "interview",
    company: str = "Acme Robotics",
    role: str = "Senior Backend Engineer",
    decision_by: dt.date | None = None,
) -> tn.Interview:
    """An interview on Monday 2 March 2026."""
    return tn.Interview(
        company=company,
        role=role,
        date=MONDAY,
        format=fmt,
        interviewers=list(people),
        topics=list(topics),
        stage=stage,
        decision_by=decision_by,
    )


_DEBRIS = re.compile(
    r"[\[\]{}<>]|  |,,|\.\.|,\.|\.,|;;|:\.|\bNone\b|\b(the|your|a|an|to|of) \1\b", re.IGNORECASE
)


def debris(text: str) -> list[str]:
    """Template debris in a composed text: brackets, doubled spaces or marks, "None", "the the"."""
    return [m.group() for m in _DEBRIS.finditer(text)]


def words(text: str) -> int:
    """Words as the length rules count them."""
    return Document(text).word_count


def paragraphs(note: tn.Note) -> int:
    """Body paragraphs (greeting, sign-off and signature excluded)."""
    return len(Document(note.body).paragraphs)


def sentences_without_name(note: tn.Note) -> set[str]:
    """The note's sentences with its recipient's names replaced, for comparing panel siblings."""
    assert note.to is not None
    out = set()
    for span in Document(note.body).sentences:
        text = span.text
        for name in (note.to.name, note.to.last_name, note.to.first_name):
            text = text.replace(name, "NAME")
        out.add(text)
    return out
