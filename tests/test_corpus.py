"""Accuracy on the project's own labeled notes (tests/corpus/README.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import thanknote as tn

CORPUS = Path(__file__).resolve().parent / "corpus"
CATEGORIES = ("generic", "errors", "length", "tone", "timing")


def _note(case: dict[str, Any]) -> tn.Note:
    c = case["context"]
    people = [tn.Interviewer(name=i["name"], title=i.get("title")) for i in c["interviewers"]]
    fmt = c.get("format", "in-person")
    interview = tn.Interview(
        company=c["company"],
        role=c["role"],
        date=dt.date.fromisoformat(c["interview_date"]),
        format="in-person" if fmt == "panel" else fmt,
        interviewers=people,
        topics=c.get("topics", []),
    )
    return tn.Note(
        body=case["text"],
        subject=case.get("subject"),
        to=next((p for p in people if p.name == c.get("recipient")), None),
        interview=interview,
        sender=tn.Candidate(name=c["candidate"]),
        channel=c.get("channel", "email"),
        sent_at=dt.date.fromisoformat(c["sent_date"]),
    )


def _expected(case: dict[str, Any]) -> dict[str, bool]:
    c = case["context"]
    days = (dt.date.fromisoformat(c["sent_date"]) - dt.date.fromisoformat(c["interview_date"])).days
    return {**{k: bool(v) for k, v in case["expect"].items()}, "timing": days >= 2}


@pytest.mark.parametrize("name", ["holdout.jsonl", "holdout2.jsonl"])
def test_precision_and_recall_hold_on_the_projects_own_notes(name: str) -> None:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    reports = tn.Checker().check_many([_note(c) for c in cases])
    for cat in CATEGORIES:
        want = [_expected(c)[cat] for c in cases]
        got = [r.flagged(cat) for r in reports]
        tp = sum(w and g for w, g in zip(want, got, strict=True))
        precision = tp / max(1, sum(got))
        recall = tp / max(1, sum(want))
        assert precision >= 0.9 and recall >= 0.9, (name, cat, precision, recall)
    clean = [r for c, r in zip(cases, reports, strict=True) if not any(_expected(c).values())]
    assert clean and all(r.ok for r in clean)
