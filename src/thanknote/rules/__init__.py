"""The built-in rules, grouped by category; :data:`DEFAULT_RULES` is the plain tuple of them all."""

from __future__ import annotations

from . import errors, generic, length, timing, tone
from .base import PhraseRule, Rule, rule

__all__ = ["DEFAULT_RULES", "PhraseRule", "Rule", "rule"]

#: Every built-in rule, in the order they run.
DEFAULT_RULES: tuple[Rule, ...] = (
    *generic.RULES,
    *errors.RULES,
    *length.RULES,
    *tone.RULES,
    *timing.RULES,
)
