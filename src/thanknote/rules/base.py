"""What a rule is: metadata plus a small function over a :class:`~thanknote.document.Document`.

A rule function takes the parsed document and yields :class:`~thanknote.findings.Hit` objects
(or complete :class:`~thanknote.findings.Finding` objects); the engine fills in the rule's id,
category and severity.  Thresholds and user word lists are on ``doc.config``.
"""

from __future__ import annotations

import inspect
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from ..document import Document
from ..findings import Category, Finding, Hit, Severity, _trusted

__all__ = ["PhraseRule", "Rule", "RuleFunction", "in_holes", "rule", "template_holes"]

RuleFunction = Callable[[Document], Iterable[Hit | Finding] | None]

# Template slots ("[Company Name]", "{name}", "<ROLE>"): their words are a template's, not the
# writer's, so rules that judge the writer's words pass over them.
_HOLE = re.compile(r"\[[^\]\n]{0,80}\]|\{[^}\n]{0,80}\}|<[^>\n]{0,80}>")


def template_holes(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every bracketed template slot in the note, found once per document."""
    return doc.memo("rules.template-holes", _find_holes)


def in_holes(holes: list[tuple[int, int]], positions: Iterable[int]) -> list[bool]:
    """For each position, whether it lies inside one of ``holes`` (sorted, not overlapping, as
    :func:`template_holes` gives them): a binary search each, so a note full of slots stays
    linear."""
    starts = [s for s, _ in holes]
    out = []
    for pos in positions:
        i = bisect_right(starts, pos) - 1
        out.append(i >= 0 and pos < holes[i][1])
    return out


def _find_holes(doc: Document) -> list[tuple[int, int]]:
    text = doc.text
    if "[" not in text and "{" not in text and "<" not in text:
        return []  # most notes have none
    return [m.span() for m in _HOLE.finditer(text)]


_RULE_ID = re.compile(r"^[a-z][a-z0-9_\-]*(?:\.[A-Za-z0-9_\-]+)+$")


def clamp(finding: Finding, size: int) -> Finding:
    """``finding`` with its span cut at ``size`` (the length of the text it points into)."""
    if finding.start is None or finding.end is None or finding.end <= size:
        return finding
    return attrs.evolve(finding, start=min(finding.start, size), end=size)


def _check_id(_inst: object, _attr: object, value: Any) -> None:
    if not isinstance(value, str) or not _RULE_ID.match(value):
        raise ValueError(
            f"Rule.id must be a dotted lower-case id such as 'tone.emoji'; got {value!r}"
        )


@attrs.frozen(slots=True, kw_only=True)
class Rule:
    """A check with its metadata.

    ``id`` is stable and dotted (``"tone.emoji"``); the first part is usually the category.
    ``doc`` is the rule's documentation: what it flags, a bad example and a better one.
    ``enabled`` False means the rule runs only when a Config enables it.
    """

    id: str = attrs.field(validator=_check_id)
    category: Category = attrs.field(converter=Category)
    severity: Severity = attrs.field(converter=Severity)
    message: str
    func: RuleFunction = attrs.field(repr=False)
    doc: str = ""
    enabled: bool = True

    def run(self, doc: Document, severity: Severity | None = None) -> Iterator[Finding]:
        """Run the rule over ``doc`` and yield complete findings (severity overridable)."""
        yield from self.findings(doc, severity)

    def findings(self, doc: Document, severity: Severity | None = None) -> list[Finding]:
        """Run the rule over ``doc``: its complete findings (severity overridable), with every
        span kept inside ``doc.text`` (a span past its end is cut at the end)."""
        produced = self.func(doc)
        if produced is None:
            return []
        out = []
        size = len(doc.text)
        for item in produced:
            if isinstance(item, Hit):
                finding = self.finding(item, severity)
            elif isinstance(item, Finding):
                finding = item if severity is None else attrs.evolve(item, severity=severity)
            else:
                raise TypeError(
                    f"rule {self.id} yielded {type(item).__name__}; expected Hit or Finding"
                )
            out.append(clamp(finding, size))
        return out

    def finding(self, hit: Hit, severity: Severity | None = None) -> Finding:
        """The Finding a Hit of this rule makes (``severity`` overrides the rule's and the hit's)."""
        # The rule's and the hit's values already have their types: no converters again.
        return _trusted(
            self.id,
            self.category,
            severity or hit.severity or self.severity,
            hit.message or self.message,
            hit.start,
            hit.end,
            hit.suggestions,
        )

    def __call__(self, doc: Document) -> list[Finding]:
        return self.findings(doc)


def rule(
    id: str,
    *,
    category: Category | str | None = None,
    severity: Severity | str = Severity.WARNING,
    message: str | None = None,
    enabled: bool = True,
) -> Callable[[RuleFunction], Rule]:
    """Make a :class:`Rule` of a function ``f(doc) -> Iterable[Hit]``.

    The category defaults to the first part of the id; the message, to the docstring's first line.

    >>> from thanknote import Hit, rule
    >>> @rule("house.no-synergy", category="generic")
    ... def no_synergy(doc):
    ...     '''The word "synergy" says nothing; name what you would do together.'''
    ...     start = doc.text.lower().find("synergy")
    ...     if start >= 0:
    ...         yield Hit(start, start + len("synergy"))
    >>> no_synergy.id, no_synergy.category.value
    ('house.no-synergy', 'generic')
    """

    _check_id(None, None, id)

    def wrap(func: RuleFunction) -> Rule:
        docstring = inspect.getdoc(func) or ""
        first_line = docstring.strip().splitlines()[0] if docstring.strip() else ""
        cat = category if category is not None else id.split(".", 1)[0]
        try:
            category_value = Category(cat)
        except ValueError:
            raise ValueError(
                f"rule {id!r}: category must be one of {', '.join(c.value for c in Category)}; "
                f"got {cat!r} (pass category= explicitly)"
            ) from None
        return Rule(
            id=id,
            category=category_value,
            severity=Severity(severity),
            message=message or first_line or id,
            func=func,
            doc=docstring,
            enabled=enabled,
        )

    return wrap


def PhraseRule(
    id: str,
    phrases: Iterable[str],
    *,
    message: str,
    category: Category | str | None = None,
    severity: Severity | str = Severity.WARNING,
    suggestions: dict[str, tuple[str, ...]] | None = None,
    doc: str = "",
    enabled: bool = True,
    literal: bool = False,
) -> Rule:
    """A data rule: flag every occurrence of any phrase in ``phrases``.

    Each phrase is a regular expression fragment (or literal text with ``literal=True``) matched
    case-insensitively at word boundaries.  ``suggestions`` maps a lower-cased matched text to
    its replacements.
    """
    fragments = [re.escape(p) if literal else p for p in phrases]
    if not fragments:
        raise ValueError(f"PhraseRule {id!r} needs at least one phrase")
    ordered = sorted(fragments, key=len, reverse=True)
    pattern = re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(ordered) + r")(?![\w'’])")
    table = {k.lower(): v for k, v in (suggestions or {}).items()}

    def find(doc: Document) -> Iterator[Hit]:
        for m in pattern.finditer(doc.text):
            yield Hit(m.start(), m.end(), suggestions=table.get(m.group().lower(), ()))

    cat: Any = category if category is not None else id.split(".", 1)[0]
    return Rule(
        id=id,
        category=Category(cat),
        severity=Severity(severity),
        message=message,
        func=find,
        doc=doc,
        enabled=enabled,
    )
