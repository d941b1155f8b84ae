"""Helpers for testing rules, the built-in ones and your own.

>>> from thanknote import Hit, rule
>>> from thanknote.testing import findings_of
>>> @rule("house.no-synergy", category="generic")
... def no_synergy(doc):
...     '''Say what you would do together instead of "synergy".'''
...     start = doc.text.lower().find("synergy")
...     if start >= 0:
...         yield Hit(start, start + 7)
>>> [(f.rule, f.start, f.end) for f in findings_of(no_synergy, "Great synergy ahead.")]
[('house.no-synergy', 6, 13)]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from .checker import Checker
from .config import Config
from .findings import Finding
from .model import Candidate, Interview, Interviewer, Note
from .rules import DEFAULT_RULES
from .rules.base import Rule

__all__ = ["assert_flags", "assert_passes", "findings_of", "note_from_case", "rule_by_id"]


def rule_by_id(rule_id: str, rules: Sequence[Rule] = DEFAULT_RULES) -> Rule:
    """The rule with this id (KeyError when there is none)."""
    for r in rules:
        if r.id == rule_id:
            return r
    raise KeyError(rule_id)


def findings_of(rule: Rule | str, note: Note | str, config: Config | None = None) -> list[Finding]:
    """The findings one rule (a Rule, or a built-in rule's id) makes on a note, checked alone.

    The rule runs even when it is off by default.
    """
    r = rule_by_id(rule) if isinstance(rule, str) else rule
    config = config or Config()
    checker = Checker(config, rules=[r], builtin=False, plugins=False)
    doc = checker.parse(note)
    return list(r.run(doc, config.severity_for(r.id)))


def assert_flags(rule: Rule | str, note: Note | str, config: Config | None = None) -> list[Finding]:
    """Assert the rule flags the note; every span must lie inside the text. Returns the findings."""
    found = findings_of(rule, note, config)
    text = note.body if isinstance(note, Note) else note
    name = rule if isinstance(rule, str) else rule.id
    assert found, f"{name} should flag: {text!r}"
    for f in found:
        if f.start is not None and f.end is not None:
            assert 0 <= f.start <= f.end <= len(text), (
                f"{name}: span {f.start}..{f.end} outside the text"
            )
    return found


def assert_passes(rule: Rule | str, note: Note | str, config: Config | None = None) -> None:
    """Assert the rule leaves the note alone."""
    found = findings_of(rule, note, config)
    text = note.body if isinstance(note, Note) else note
    name = rule if isinstance(rule, str) else rule.id
    assert not found, f"{name} should not flag {text!r}; found {[f.message for f in found]}"


def note_from_case(case: Mapping[str, Any]) -> Note:
    """A Note from one line of a labeled corpus in the format of ``shared/corpus/dev.jsonl``.

    The context's interviewers, recipient, format ("panel" is an in-person panel), channel and
    dates become the Note's interview and context.
    """
    c = case["context"]
    people = [Interviewer(name=i["name"], title=i.get("title")) for i in c["interviewers"]]
    fmt = c.get("format", "in-person")
    interview = Interview(
        company=c["company"],
        role=c["role"],
        date=dt.date.fromisoformat(c["interview_date"]),
        format="in-person" if fmt == "panel" else fmt,
        interviewers=people,
        topics=c.get("topics", []),
    )
    return Note(
        body=case["text"],
        subject=case.get("subject"),
        to=next((p for p in people if p.name == c.get("recipient")), None),
        interview=interview,
        sender=Candidate(name=c["candidate"]),
        channel=c.get("channel", "email"),
        sent_at=dt.date.fromisoformat(c["sent_date"]),
    )
