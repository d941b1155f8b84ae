"""The result of a check: the findings in text order, a score, and ways to show them."""

from __future__ import annotations

import bisect
import html
import itertools
import json
from typing import Any

import attrs

from .findings import Category, Finding, Severity
from .model import Note

__all__ = ["Report"]

# What a finding costs the score: the first finding of a rule costs the full amount, each
# further finding of the same rule a quarter of it, so one repeated slip does not sink a note.
_COST = {Severity.ERROR: 20, Severity.WARNING: 10, Severity.INFO: 2}


def _order(f: Finding) -> tuple[int, int, int, str]:
    # Whole-note findings (no span) come after the spans, which are in text order.
    if f.start is None:
        return (1, 0, 0, f.rule)
    return (0, f.start, f.end or 0, f.rule)


def _sorted(findings: Any) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=_order))


@attrs.frozen(slots=True)
class Report:
    """Everything the checker found in one note.

    ``score`` is ``100`` minus each finding's cost, floored at 0: an error costs 20, a warning
    10 and an info 2; repeats of the same rule cost a quarter of that.  ``ok`` is True when no
    finding is a warning or an error.
    """

    text: str
    findings: tuple[Finding, ...] = attrs.field(converter=_sorted)
    note: Note | None = attrs.field(default=None, kw_only=True, eq=False, repr=False)

    @property
    def score(self) -> int:
        """0..100; fewer and milder findings score higher."""
        seen: set[str] = set()
        cost = 0.0
        for f in self.findings:
            full = _COST[f.severity]
            cost += full if f.rule not in seen else full / 4
            seen.add(f.rule)
        return max(0, min(100, round(100 - cost)))

    @property
    def ok(self) -> bool:
        """True when no finding is a warning or an error."""
        return not any(f.severity is not Severity.INFO for f in self.findings)

    def by_category(self) -> dict[Category, tuple[Finding, ...]]:
        """The findings grouped by category (every category present, possibly empty)."""
        return {c: tuple(f for f in self.findings if f.category is c) for c in Category}

    def flagged(self, category: Category | str) -> bool:
        """Whether a warning or an error falls in ``category``."""
        cat = Category(category)
        return any(f.category is cat and f.severity is not Severity.INFO for f in self.findings)

    def excerpt(self, finding: Finding) -> str:
        """The text a finding points at ("" for a whole-note finding)."""
        if finding.start is None or finding.end is None:
            return ""
        return self.text[finding.start : finding.end]

    # ------------------------------------------------------------------ output

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: score, ok, and each finding with the text it points at."""
        return {
            "score": self.score,
            "ok": self.ok,
            "findings": [dict(f.to_dict(), excerpt=self.excerpt(f)) for f in self.findings],
        }

    def to_json(self, **kwargs: Any) -> str:
        """:meth:`to_dict` as JSON text (always valid JSON, whatever the note contains)."""
        kwargs.setdefault("ensure_ascii", True)
        return json.dumps(self.to_dict(), **kwargs)

    def __str__(self) -> str:
        if not self.findings:
            return f"score {self.score}/100: no findings"
        lines = [f"score {self.score}/100, {'ok' if self.ok else 'not ok'}:"]
        newlines = [i for i, ch in enumerate(self.text) if ch == "\n"]
        for f in self.findings:
            where = "whole note" if f.start is None else _line_col(newlines, f.start)
            quoted = f' "{_clip(self.excerpt(f))}"' if f.start is not None else ""
            lines.append(f"  {where}: {f.severity.value} [{f.rule}]{quoted} {f.message}")
            if f.suggestions:
                lines.append(f"      suggestion: {_suggested(f)}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """The note with each finding highlighted and explained (for notebooks)."""
        text = self.text
        spans = [f for f in self.findings if f.start is not None and f.end is not None]
        starts: dict[int, list[int]] = {}
        ends: dict[int, list[int]] = {}
        for i, f in enumerate(spans):
            starts.setdefault(f.start, []).append(i)  # type: ignore[arg-type]
            ends.setdefault(f.end, []).append(i)  # type: ignore[arg-type]
        cuts = sorted({0, len(text), *starts, *ends})
        parts = ['<div class="thanknote-report" style="font-family:sans-serif">']
        parts.append(
            f"<p><b>Score {self.score}/100</b> &middot; {'ok' if self.ok else 'needs work'} "
            f"&middot; {len(self.findings)} finding{'s' if len(self.findings) != 1 else ''}</p>"
        )
        parts.append('<pre style="white-space:pre-wrap;font-family:inherit">')
        # A sweep over the cut points keeps this linear: ``active`` holds the findings that
        # cover the current piece, in the order they started.
        active: dict[int, None] = {}
        for a, b in itertools.pairwise(cuts):
            for i in ends.get(a, ()):
                active.pop(i, None)
            for i in starts.get(a, ()):
                if spans[i].end != a:  # an empty span covers nothing
                    active[i] = None
            piece = _html(text[a:b])
            if not active:
                parts.append(piece)
                continue
            shown = [spans[i] for i in list(active)[:_TITLE_MAX]]
            worst = max(shown, key=lambda f: f.severity.rank)
            title = _html(" / ".join(f"[{f.rule}] {f.message}" for f in shown))
            parts.append(
                f'<mark class="tn-{worst.severity.value}" title="{title}" '
                f'style="background:{_COLOR[worst.severity]}">{piece}</mark>'
            )
        parts.append("</pre><ol>")
        for f in self.findings:
            sugg = f" &rarr; <i>{_html(_suggested(f))}</i>" if f.suggestions else ""
            quoted = (
                f" &ldquo;{_html(_clip(self.excerpt(f)))}&rdquo;" if f.start is not None else ""
            )
            parts.append(
                f"<li><b>{f.severity.value}</b> <code>{_html(f.rule)}</code>{quoted}: "
                f"{_html(f.message)}{sugg}</li>"
            )
        parts.append("</ol></div>")
        return "".join(parts)


# At most this many findings are named in one highlight's tooltip.
_TITLE_MAX = 4


def _line_col(newlines: list[int], offset: int) -> str:
    line = bisect.bisect_left(newlines, offset)
    col = offset - (newlines[line - 1] + 1 if line else 0) + 1
    return f"{line + 1}:{col}"


_COLOR = {Severity.ERROR: "#f8b4b4", Severity.WARNING: "#fde68a", Severity.INFO: "#bfdbfe"}


def _html(text: str) -> str:
    # Lone surrogates cannot be encoded for display; show the replacement character instead.
    safe = text.encode("utf-8", "replace").decode("utf-8")
    return html.escape(safe, quote=True)


def _suggested(f: Finding) -> str:
    # An empty suggestion means: delete the flagged text.
    return " | ".join(s or "(delete)" for s in f.suggestions[:3])


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
