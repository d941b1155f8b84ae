"""thanknote: compose and check the note a candidate sends after a job interview.

>>> import datetime as dt
>>> import thanknote as tn
>>> dana = tn.Interviewer(name="Dana Whitfield", title="Engineering Manager")
>>> dana.first_name, dana.last_name
('Dana', 'Whitfield')

The public names live in small private modules; this namespace re-exports them.  The
follow-up planner, the panel checks and the LanguageTool adapter load on first use, so
``import thanknote`` stays fast.  The composers load with the package: ``thanknote.compose`` is
the function, even after ``import thanknote.compose`` (the module of the same name).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .checker import Checker, check, check_many
from .compose import compose, compose_followup, compose_panel
from .config import Config
from .document import Document, Span
from .exceptions import ConfigError, GrammarUnavailable, TextTooLong, ThanknoteError
from .findings import Category, Finding, Hit, Severity
from .model import Candidate, Channel, Format, Interview, Interviewer, Note, NoteKind, Stage
from .report import Report
from .rules import DEFAULT_RULES, PhraseRule, Rule, rule

if TYPE_CHECKING:
    from . import sections
    from .followups import Step, plan_followups
    from .languagetool import LanguageTool
    from .panel import check_panel

__version__ = "0.1.0.dev0"

__all__ = [
    "DEFAULT_RULES",
    "Candidate",
    "Category",
    "Channel",
    "Checker",
    "Config",
    "ConfigError",
    "Document",
    "Finding",
    "Format",
    "GrammarUnavailable",
    "Hit",
    "Interview",
    "Interviewer",
    "LanguageTool",
    "Note",
    "NoteKind",
    "PhraseRule",
    "Report",
    "Rule",
    "Severity",
    "Span",
    "Stage",
    "Step",
    "TextTooLong",
    "ThanknoteError",
    "check",
    "check_many",
    "check_panel",
    "compose",
    "compose_followup",
    "compose_panel",
    "plan_followups",
    "rule",
    "sections",
]

# name -> module that defines it, imported on first access (PEP 562)
_LAZY = {
    "plan_followups": ".followups",
    "Step": ".followups",
    "check_panel": ".panel",
    "LanguageTool": ".languagetool",
    "sections": ".sections",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'thanknote' has no attribute {name!r}")
    mod = importlib.import_module(module, __name__)
    for other, where in _LAZY.items():
        if where == module:
            globals()[other] = mod if other == "sections" else getattr(mod, other)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
