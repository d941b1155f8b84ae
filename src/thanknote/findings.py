"""What the checker reports: a :class:`Finding` per problem, with its category and severity."""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = ["Category", "Finding", "Hit", "Severity"]


class Category(enum.StrEnum):
    """The five things a hiring manager notices in a note."""

    GENERIC = "generic"
    ERRORS = "errors"
    LENGTH = "length"
    TONE = "tone"
    TIMING = "timing"


class Severity(enum.StrEnum):
    """How much a finding matters: errors and warnings fail ``Report.ok``; info is advice."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for error, 1 for warning, 0 for info: for sorting and comparing."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


def _suggestions(value: object) -> tuple[str, ...]:
    if type(value) is tuple:  # the common case, already a tuple of strings: kept as it is
        for item in value:
            if type(item) is not str:
                break
        else:
            return value
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


# Converters that pass a member through without a call to the enum (findings are made often).
def _category(value: Category | str) -> Category:
    return value if type(value) is Category else Category(value)


def _severity(value: Severity | str) -> Severity:
    return value if type(value) is Severity else Severity(value)


def _severity_or_none(value: Severity | str | None) -> Severity | None:
    return None if value is None else _severity(value)


@attrs.frozen(slots=True, kw_only=True)
class Finding:
    """One problem in a note.

    ``start``/``end`` are offsets into the note's body of the flagged text, or None when the
    finding is about the whole note (its length, its timing).
    """

    rule: str
    category: Category = attrs.field(converter=_category)
    severity: Severity = attrs.field(converter=_severity)
    message: str
    start: int | None = None
    end: int | None = None
    suggestions: tuple[str, ...] = attrs.field(default=(), converter=_suggestions)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.rule, str) or not isinstance(self.message, str):
            raise TypeError(
                "Finding.rule and Finding.message must be str; "
                f"got {type(self.rule).__name__} and {type(self.message).__name__}"
            )
        for name, value in (("start", self.start), ("end", self.end)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise TypeError(f"Finding.{name} must be an int or None; got {value!r}")
        if (self.start is None) != (self.end is None):
            raise ValueError("Finding.start and Finding.end must both be set or both be None")
        if self.start is not None and self.end is not None and not 0 <= self.start <= self.end:
            raise ValueError(
                f"Finding span must satisfy 0 <= start <= end; got {self.start}..{self.end}"
            )

    @property
    def span(self) -> tuple[int, int] | None:
        """``(start, end)``, or None for a whole-note finding."""
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data."""
        return {
            "rule": self.rule,
            "category": self.category.value,
            "severity": self.severity.value,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "suggestions": list(self.suggestions),
        }


_new = object.__new__
_set = object.__setattr__


def _trusted(
    rule: str,
    category: Category,
    severity: Severity,
    message: str,
    start: int | None,
    end: int | None,
    suggestions: tuple[str, ...],
) -> Finding:
    """``Finding(...)`` for values that already have their types (a rule's Category, a
    Severity, a Hit's tuple of strings): the engine makes one per hit, so the converters are
    not run again.  The span is checked as the constructor checks it."""
    if (
        type(start) is not int
        or type(end) is not int
        or type(message) is not str
        or not 0 <= start <= end
    ):
        return Finding(  # whole-note findings, and the constructor's own errors for bad spans
            rule=rule,
            category=category,
            severity=severity,
            message=message,
            start=start,
            end=end,
            suggestions=suggestions,
        )
    finding: Finding = _new(Finding)
    _set(finding, "rule", rule)
    _set(finding, "category", category)
    _set(finding, "severity", severity)
    _set(finding, "message", message)
    _set(finding, "start", start)
    _set(finding, "end", end)
    _set(finding, "suggestions", suggestions)
    return finding


@attrs.frozen(slots=True)
class Hit:
    """What a rule function yields: a span and, optionally, a more precise message.

    The engine turns a Hit into a :class:`Finding` with the rule's id, category and severity.
    ``start``/``end`` None means the whole note.
    """

    start: int | None = None
    end: int | None = None
    message: str | None = attrs.field(default=None, kw_only=True)
    suggestions: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_suggestions)
    severity: Severity | None = attrs.field(default=None, kw_only=True, converter=_severity_or_none)
