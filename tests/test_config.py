"""Config is validated when made and when loaded; rules switch by id and dotted prefix."""

from __future__ import annotations

from pathlib import Path

import pytest

import thanknote as tn


def test_defaults_follow_the_etiquette() -> None:
    cfg = tn.Config()
    assert cfg.email_words == (40, 350)
    assert cfg.max_exclamations == 2
    assert cfg.late_after_days == 1


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"email_words": (300, 100)}, "email_words"),
        ({"email_words": "short"}, "email_words"),
        ({"max_exclamations": 0}, "max_exclamations"),
        ({"max_exclamations": True}, "max_exclamations"),
        ({"max_grade": "hard"}, "max_grade"),
        ({"severity": {"tone.emoji": "fatal"}}, "severity.tone.emoji"),
        ({"extra_phrases": {"timing": ["x"]}}, "extra_phrases.timing"),
        ({"accept_words": "Kubernetes"}, "accept_words"),
        ({"disable": [3]}, "disable"),
        ({"email_target": (10, 400)}, "email_target"),
    ],
)
def test_bad_values_raise_config_error_naming_the_key(kwargs: dict[str, object], key: str) -> None:
    with pytest.raises(tn.ConfigError, match=f"'{key}'") as info:
        tn.Config(**kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)


def test_unknown_key_in_a_table_is_named() -> None:
    with pytest.raises(tn.ConfigError, match="'max_exclamation'"):
        tn.Config.from_dict({"max_exclamation": 3})


def test_unknown_rule_id_is_named_when_a_checker_is_made() -> None:
    with pytest.raises(tn.ConfigError, match="'disable'.*'timing.late-thank-yu'.*did you mean"):
        tn.Checker(tn.Config(disable=["timing.late-thank-yu"]))
    with pytest.raises(tn.ConfigError, match="'severity'"):
        tn.Checker(tn.Config(severity={"nope": "info"}))


def test_prefixes_switch_whole_groups_and_the_most_specific_entry_wins() -> None:
    cfg = tn.Config(disable=["timing"], enable=["timing.late-thank-you"])
    assert cfg.is_enabled("timing.late-thank-you")
    assert not cfg.is_enabled("timing.other")
    assert tn.Config(disable=["timing"]).is_enabled("timing.late-thank-you") is False
    assert tn.Config().is_enabled("x.y", default=False) is False
    assert tn.Config(enable=["x"]).is_enabled("x.y", default=False) is True


def test_disabled_rules_do_not_run() -> None:
    checker = tn.Checker(tn.Config(disable=["timing"]))
    assert all(not r.id.startswith("timing.") for r in checker.active_rules)


def test_severity_overrides_apply_by_prefix() -> None:
    cfg = tn.Config(severity={"timing": "info", "timing.late-thank-you": "error"})
    assert cfg.severity_for("timing.late-thank-you") is tn.Severity.ERROR
    assert cfg.severity_for("timing.x") is tn.Severity.INFO
    assert cfg.severity_for("tone.emoji") is None


def test_loads_from_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "thanknote.toml"
    path.write_text('disable = ["timing"]\nmax_exclamations = 3\naccept_words = ["Kubernetes"]\n')
    cfg = tn.Config.from_toml(path)
    assert cfg.disable == ("timing",)
    assert cfg.max_exclamations == 3
    assert cfg.accept_words == ("Kubernetes",)


def test_loads_from_pyproject_tool_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n\n[tool.thanknote]\nemail_words = [50, 300]\n')
    assert tn.Config.from_toml(path).email_words == (50, 300)
    (tmp_path / "other").mkdir()
    bare = tmp_path / "other" / "pyproject.toml"
    bare.write_text('[project]\nname = "x"\n')
    assert tn.Config.from_toml(bare) == tn.Config()


def test_bad_toml_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "thanknote.toml"
    path.write_text("max_exclamations = [\n")
    with pytest.raises(tn.ConfigError, match="not valid TOML"):
        tn.Config.from_toml(path)
    path.write_text('max_exclamations = "many"\n')
    with pytest.raises(tn.ConfigError, match="'max_exclamations'"):
        tn.Config.from_toml(path)


def test_config_round_trips_through_a_dict() -> None:
    cfg = tn.Config(
        disable=["timing"], severity={"timing": "info"}, extra_phrases={"tone": ["rad"]}
    )
    assert tn.Config.from_dict(cfg.to_dict()) == cfg


def test_languagetool_rule_ids_may_be_named_in_a_config() -> None:
    cfg = tn.Config(
        disable=["errors.languagetool.EN_A_VS_AN"], severity={"tone.languagetool": "info"}
    )
    assert tn.Checker(cfg).config is cfg
