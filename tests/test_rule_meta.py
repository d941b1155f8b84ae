"""Every built-in rule has a table of texts it must flag and texts it must leave alone.

The tables live in the ``EXAMPLES`` dict of each ``tests/test_rules_*.py`` module:
``{rule_id: (must_flag, must_pass)}``, each a list of str or Note.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import tests
from thanknote import DEFAULT_RULES, Note
from thanknote.testing import assert_flags, assert_passes


def _tables() -> dict[str, tuple[list[str | Note], list[str | Note]]]:
    merged: dict[str, tuple[list[str | Note], list[str | Note]]] = {}
    for info in pkgutil.iter_modules(tests.__path__):
        if info.name.startswith("test_rules_"):
            module = importlib.import_module(f"tests.{info.name}")
            for rule_id, table in getattr(module, "EXAMPLES", {}).items():
                assert rule_id not in merged, f"{rule_id} has two example tables"
                merged[rule_id] = table
    return merged


TABLES = _tables()
CASES_FLAG = [(rid, ex) for rid, (flag, _) in TABLES.items() for ex in flag]
CASES_PASS = [(rid, ex) for rid, (_, ok) in TABLES.items() for ex in ok]


@pytest.mark.parametrize("rule_id", [r.id for r in DEFAULT_RULES])
def test_every_rule_has_examples_both_ways(rule_id: str) -> None:
    """A rule without a must-flag and a must-pass example is not tested, so the suite fails."""
    assert rule_id in TABLES, f"{rule_id} has no EXAMPLES table in tests/test_rules_*.py"
    flag, ok = TABLES[rule_id]
    assert flag, f"{rule_id} has no must-flag example"
    assert ok, f"{rule_id} has no must-pass example"


@pytest.mark.parametrize("rule_id", [r.id for r in DEFAULT_RULES])
def test_every_rule_is_documented_with_examples(rule_id: str) -> None:
    """Each rule's docstring explains it and gives a bad and a better example."""
    rule = next(r for r in DEFAULT_RULES if r.id == rule_id)
    assert rule.message.strip()
    assert "Bad:" in rule.doc and "Better:" in rule.doc, f"{rule_id}: docstring needs Bad:/Better:"


@pytest.mark.parametrize(("rule_id", "example"), CASES_FLAG)
def test_rule_flags_its_bad_examples(rule_id: str, example: str | Note) -> None:
    assert_flags(rule_id, example)


@pytest.mark.parametrize(("rule_id", "example"), CASES_PASS)
def test_rule_leaves_its_good_examples_alone(rule_id: str, example: str | Note) -> None:
    assert_passes(rule_id, example)
