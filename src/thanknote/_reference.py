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


_API_INTRO = """# API reference

Generated from the code's own signatures and docstrings by
`python -m thanknote api > docs/api.md`; a test keeps this page in step with the code.
Everything here is importable from `thanknote`, except the section composers, which live in
`thanknote.sections`. The examples below run as tests, after:

```pycon
>>> import datetime as dt
>>> import thanknote as tn
>>> from thanknote import *

```
"""

# (heading, names in the thanknote namespace); "sections.x" names a section composer.
_API_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "The model",
        ("Interviewer", "Candidate", "Interview", "Note", "Format", "Channel", "NoteKind", "Stage"),
    ),
    ("Composing", ("compose", "compose_panel", "compose_followup")),
    (
        "Section composers (`thanknote.sections`)",
        (
            "sections.greeting",
            "sections.gratitude",
            "sections.specifics",
            "sections.fit",
            "sections.interest",
            "sections.unfinished_business",
            "sections.closing",
            "sections.signoff",
            "sections.subject",
        ),
    ),
    (
        "Checking",
        (
            "check",
            "check_many",
            "Checker",
            "Config",
            "Report",
            "Finding",
            "Category",
            "Severity",
            "check_panel",
        ),
    ),
    ("Writing rules", ("rule", "Rule", "PhraseRule", "Hit", "Document", "Span")),
    ("Grammar", ("LanguageTool",)),
    ("Follow-ups", ("plan_followups", "Step")),
    ("Errors", ("ThanknoteError", "ConfigError", "TextTooLong", "GrammarUnavailable")),
)


def api_reference() -> str:
    """Markdown for the public names, grouped as a newcomer looks for them."""
    import enum
    import inspect

    import attrs

    import thanknote

    out = [_API_INTRO]
    for heading, names in _API_GROUPS:
        out.append(f"\n## {heading}\n")
        for name in names:
            obj: object = thanknote
            for part in name.split("."):
                obj = getattr(obj, part)
            label = name.split(".")[-1]
            doc = inspect.getdoc(obj) or ""
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                values = ", ".join(f'`"{m.value}"`' for m in obj)
                out.append(f"\n### `{label}`\n\n{doc}\n\nValues: {values}.\n")
            elif isinstance(obj, type) and attrs.has(obj):
                fields = "\n".join(
                    f"- `{a.name}`" + ("" if a.default is attrs.NOTHING else f" = `{_default(a)}`")
                    for a in attrs.fields(obj)
                )
                out.append(f"\n### `{label}`\n\n{doc}\n\nFields:\n\n{fields}\n")
            elif callable(obj):
                try:
                    sig = str(inspect.signature(obj))
                except (TypeError, ValueError):
                    sig = "(...)"
                kind = "class" if isinstance(obj, type) else "def"
                out.append(f"\n### `{label}`\n\n```python\n{kind} {label}{sig}\n```\n\n{doc}\n")
    return "".join(out)


def _default(a: object) -> str:
    import attrs

    default = getattr(a, "default", None)
    factory = getattr(default, "factory", None)
    if isinstance(default, attrs.Factory) and callable(factory):  # type: ignore[arg-type]
        return f"{getattr(factory, '__name__', 'factory')}()"
    return repr(getattr(default, "value", default))
