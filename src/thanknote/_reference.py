"""The rule reference (docs/rules.md), generated from the rules' own metadata and docstrings."""

from __future__ import annotations

from collections.abc import Iterable

from .findings import Category
from .rules.base import Rule

__all__ = ["rule_reference"]

_INTRO = """# Rule reference

Generated from the rules' own docstrings by `python -m thanknote rules > docs/rules.md`;
a test keeps this page in step with the code. Turn a rule off with
`Config(disable=["<id>"])`, a whole category with its prefix (`"tone"`), and change a rule's
severity with `Config(severity={"<id>": "info"})`.
"""


def rule_reference(rules: Iterable[Rule], extra: Iterable[Rule] = ()) -> str:
    """Markdown for every rule, grouped by category, in id order within a category."""
    all_rules = list(rules) + list(extra)
    out = [_INTRO]
    for cat in Category:
        group = sorted((r for r in all_rules if r.category is cat), key=lambda r: r.id)
        if not group:
            continue
        out.append(f"\n## {cat.value}\n")
        for r in group:
            state = "" if r.enabled else ", off by default"
            out.append(f"\n### `{r.id}`\n\n*{r.severity.value}{state}*: {r.message}\n")
            body = _body(r.doc, r.message)
            if body:
                out.append(f"\n{body}\n")
    return "".join(out)


def _body(doc: str, message: str) -> str:
    lines = doc.strip().splitlines()
    if lines and lines[0].strip() == message.strip():
        lines = lines[1:]
    text = "\n".join(line.rstrip() for line in lines).strip()
    # Bad/Better lines read best as a list.
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(("Bad:", "Better:")):
            label, _, rest = stripped.partition(":")
            out.append(f"- **{label}:** {rest.strip()}")
        else:
            out.append(line)
    return "\n".join(out)
