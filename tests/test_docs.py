"""The docs stay true: the rule reference matches the rules, and the README example runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from thanknote._reference import rule_reference
from thanknote.panel import PANEL_RULES
from thanknote.rules import DEFAULT_RULES

ROOT = Path(__file__).resolve().parent.parent


def test_rule_reference_is_generated_from_the_current_rules() -> None:
    """Regenerate with: python -m thanknote rules > docs/rules.md"""
    expected = rule_reference(DEFAULT_RULES, PANEL_RULES)
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == expected


def test_rule_reference_lists_every_rule_with_its_examples() -> None:
    text = rule_reference(DEFAULT_RULES, PANEL_RULES)
    for r in (*DEFAULT_RULES, *PANEL_RULES):
        assert f"### `{r.id}`" in text
    assert text.count("**Bad:**") >= len(DEFAULT_RULES)


def test_the_quickstart_example_composes_and_checks_a_note() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert "Dear Dana," in out
    assert "score" in out
    assert "tone.casual-greeting" in out  # the hasty draft is caught
    assert "errors.placeholder" in out


def test_the_readme_tour_prints_what_the_readme_shows() -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tour = re.search(r"## A short tour\n\n```python\n(.*?)```", readme, re.S)
    assert tour is not None
    out = subprocess.run(
        [sys.executable, "-c", tour.group(1)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert f"```text\n{out.rstrip()}\n```" in readme


def test_api_reference_is_generated_from_the_current_code() -> None:
    """Regenerate with: python -m thanknote api > docs/api.md"""
    from thanknote._reference import api_reference

    assert (ROOT / "docs" / "api.md").read_text(encoding="utf-8") == api_reference()
