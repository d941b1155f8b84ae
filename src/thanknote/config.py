"""Checker configuration: which rules run, how severe they are, and the thresholds they use.

A :class:`Config` is validated when it is made, and when it is loaded from TOML (a
``thanknote.toml`` file, or the ``[tool.thanknote]`` table of a ``pyproject.toml``).  Bad values
raise :class:`~thanknote.exceptions.ConfigError` naming the key.  Rule ids are checked against a
Checker's rules when the Checker is made, since user rules add ids of their own.

Defaults follow ETIQUETTE.md: an email of about 150-250 words, a card of about 50-120, sentences
under 25 words, at most two exclamation marks, and a thank-you within a day of the interview.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from .exceptions import ConfigError
from .findings import Category, Severity

__all__ = ["Config"]


def _fail(key: str, expected: str, value: object) -> ConfigError:
    return ConfigError(f"config key {key!r}: expected {expected}; got {value!r}")


def _ids(key: str) -> Callable[[object], tuple[str, ...]]:
    def convert(value: object) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, Iterable) or isinstance(value, Mapping):
            raise _fail(key, "a list of rule ids or prefixes", value)
        items = tuple(value)
        for item in items:
            if not isinstance(item, str) or not item.strip():
                raise _fail(key, "a list of non-empty str", value)
        return tuple(i.strip() for i in items)

    return convert


def _words(key: str) -> Callable[[object], tuple[str, ...]]:
    def convert(value: object) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str) or not isinstance(value, Iterable) or isinstance(value, Mapping):
            raise _fail(key, "a list of str", value)
        items = tuple(value)
        if not all(isinstance(i, str) and i.strip() for i in items):
            raise _fail(key, "a list of non-empty str", value)
        return tuple(i.strip() for i in items)

    return convert


def _severities(value: object) -> dict[str, Severity]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _fail("severity", "a table of rule id -> 'error' | 'warning' | 'info'", value)
    out: dict[str, Severity] = {}
    for rule_id, sev in value.items():
        if not isinstance(rule_id, str):
            raise _fail("severity", "rule ids as keys", rule_id)
        try:
            out[rule_id] = Severity(sev)
        except ValueError:
            raise _fail(f"severity.{rule_id}", "'error', 'warning' or 'info'", sev) from None
    return out


def _phrases(value: object) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _fail("extra_phrases", "a table of category -> list of phrases", value)
    out: dict[str, tuple[str, ...]] = {}
    for cat, phrases in value.items():
        if cat not in (Category.GENERIC, Category.TONE):
            raise _fail(f"extra_phrases.{cat}", "category 'generic' or 'tone'", cat)
        out[str(cat)] = _words(f"extra_phrases.{cat}")(phrases)
    return out


def _int_range(key: str) -> Callable[[object], tuple[int, int]]:
    def convert(value: object) -> tuple[int, int]:
        if (
            not isinstance(value, list | tuple)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            raise _fail(key, "two whole numbers [low, high]", value)
        low, high = value
        if not 0 <= low < high:
            raise _fail(key, "0 <= low < high", value)
        return (low, high)

    return convert


def _positive(key: str, kind: type = int) -> Any:
    def check(_inst: object, _attr: object, value: Any) -> None:
        ok = isinstance(value, int | float) if kind is float else isinstance(value, int)
        if isinstance(value, bool) or not ok or not 0 < value < math.inf:  # NaN fails too
            raise _fail(key, f"a positive {'number' if kind is float else 'whole number'}", value)

    return check


def _optional_positive(key: str) -> Any:
    inner = _positive(key)

    def check(inst: object, attr: object, value: object) -> None:
        if value is not None:
            inner(inst, attr, value)

    return check


def _language(_inst: object, _attr: object, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _fail("language", "a language code such as 'en-US'", value)


# Named converters: mypy's attrs plugin reads only named functions as converters.


def _to_disable(value: Any) -> tuple[str, ...]:
    return _ids("disable")(value)


def _to_enable(value: Any) -> tuple[str, ...]:
    return _ids("enable")(value)


def _to_email_words(value: Any) -> tuple[int, int]:
    return _int_range("email_words")(value)


def _to_email_target(value: Any) -> tuple[int, int]:
    return _int_range("email_target")(value)


def _to_handwritten_words(value: Any) -> tuple[int, int]:
    return _int_range("handwritten_words")(value)


def _to_handwritten_target(value: Any) -> tuple[int, int]:
    return _int_range("handwritten_target")(value)


def _to_phone_screen_target(value: Any) -> tuple[int, int]:
    return _int_range("phone_screen_target")(value)


def _to_followup_words(value: Any) -> tuple[int, int]:
    return _int_range("followup_words")(value)


def _to_accept_words(value: Any) -> tuple[str, ...]:
    return _words("accept_words")(value)


@attrs.frozen(slots=True, kw_only=True)
class Config:
    """What the checker runs and the thresholds its rules use.

    >>> Config(disable=["tone.emoji"], max_exclamations=3).max_exclamations
    3
    >>> Config(email_words=(200, 100))
    Traceback (most recent call last):
    ...
    thanknote.exceptions.ConfigError: config key 'email_words': expected 0 <= low < high; got (200, 100)
    """

    #: rule ids or dotted prefixes to turn off ("tone" turns off every tone.* rule)
    disable: tuple[str, ...] = attrs.field(default=(), converter=_to_disable)
    #: rule ids or prefixes to turn on (rules that are off by default, or under a disabled prefix)
    enable: tuple[str, ...] = attrs.field(default=(), converter=_to_enable)
    #: rule id or prefix -> severity
    severity: Mapping[str, Severity] = attrs.field(factory=dict, converter=_severities)
    #: words outside this range make an email a length warning
    email_words: tuple[int, int] = attrs.field(default=(40, 350), converter=_to_email_words)
    #: the usual target for an email; outside it is advice (info)
    email_target: tuple[int, int] = attrs.field(default=(100, 250), converter=_to_email_target)
    #: words outside this range make a handwritten card a length warning (a card holds a short
    #: paragraph or two; 200 words will not fit one)
    handwritten_words: tuple[int, int] = attrs.field(
        default=(40, 200), converter=_to_handwritten_words
    )
    #: the usual target for a card (ETIQUETTE.md: roughly 50-120 words); outside it is advice
    handwritten_target: tuple[int, int] = attrs.field(
        default=(50, 120), converter=_to_handwritten_target
    )
    #: the usual target for an email after a phone screen (ETIQUETTE.md: two or three
    #: sentences); outside it is advice (info)
    phone_screen_target: tuple[int, int] = attrs.field(
        default=(40, 110), converter=_to_phone_screen_target
    )
    #: words outside this range make a follow-up or status check a length warning
    followup_words: tuple[int, int] = attrs.field(default=(25, 250), converter=_to_followup_words)
    #: more body paragraphs than this is a length warning
    max_paragraphs: int = attrs.field(default=6, validator=_positive("max_paragraphs"))
    #: a paragraph longer than this many words is a wall of text (a whole short note fits in one)
    max_paragraph_words: int = attrs.field(default=250, validator=_positive("max_paragraph_words"))
    #: sentences longer than this are advice (info): hard to read
    long_sentence_words: int = attrs.field(default=25, validator=_positive("long_sentence_words"))
    #: sentences longer than this are a length warning: rambling (a long but well-built sentence
    #: of 50-odd words is still only advice)
    max_sentence_words: int = attrs.field(default=60, validator=_positive("max_sentence_words"))
    #: more exclamation marks than this in one note is a tone warning
    max_exclamations: int = attrs.field(default=2, validator=_positive("max_exclamations"))
    #: a readability grade (Coleman-Liau / ARI) above this is advice (info)
    max_grade: float = attrs.field(default=16.0, validator=_positive("max_grade", float))
    #: a thank-you sent more than this many days after the interview is late
    late_after_days: int = attrs.field(default=1, validator=_positive("late_after_days"))
    #: the user's own phrases: {"generic": [...], "tone": [...]}
    extra_phrases: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_phrases)
    #: words the spelling rules accept (product names, jargon)
    accept_words: tuple[str, ...] = attrs.field(default=(), converter=_to_accept_words)
    #: texts longer than this many characters raise TextTooLong; None for no cap
    max_chars: int | None = attrs.field(
        default=2_000_000, validator=_optional_positive("max_chars")
    )
    #: the language LanguageTool checks in
    language: str = attrs.field(default="en-US", validator=_language)

    def __attrs_post_init__(self) -> None:
        for key in ("email", "handwritten"):
            words, target = getattr(self, f"{key}_words"), getattr(self, f"{key}_target")
            if not (words[0] <= target[0] and target[1] <= words[1]):
                raise ConfigError(
                    f"config key {key + '_target'!r}: expected a range inside {key}_words {words}; "
                    f"got {target}"
                )
        if self.long_sentence_words > self.max_sentence_words:
            raise ConfigError(
                "config key 'long_sentence_words': expected at most max_sentence_words "
                f"({self.max_sentence_words}); got {self.long_sentence_words}"
            )

    # ------------------------------------------------------------------ rule selection

    def is_enabled(self, rule_id: str, default: bool = True) -> bool:
        """Whether a rule runs: the most specific matching ``enable``/``disable`` entry wins."""
        best, verdict = -1, default
        for entries, value in ((self.disable, False), (self.enable, True)):
            for entry in entries:
                if _covers(entry, rule_id) and len(entry) >= best:
                    best, verdict = len(entry), value
        return verdict

    def severity_for(self, rule_id: str) -> Severity | None:
        """The overridden severity of a rule (most specific prefix wins), or None."""
        matches = [k for k in self.severity if _covers(k, rule_id)]
        return self.severity[max(matches, key=len)] if matches else None

    def selectors(self) -> Iterable[tuple[str, str]]:
        """Every (config key, rule id or prefix) pair, for checking against a rule set."""
        for key in ("disable", "enable"):
            for entry in getattr(self, key):
                yield key, entry
        for entry in self.severity:
            yield "severity", entry

    # ------------------------------------------------------------------ loading

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Config:
        """Build a Config from a mapping such as a parsed TOML table; unknown keys raise."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"config must be a table of settings; got {type(data).__name__}")
        names = {a.name for a in attrs.fields(cls)}
        for key in data:
            if key not in names:
                known = ", ".join(sorted(names))
                raise ConfigError(f"unknown config key {key!r}; known keys: {known}")
        try:
            return cls(**{str(k): v for k, v in data.items()})
        except ConfigError:
            raise
        except (TypeError, ValueError) as exc:
            raise ConfigError(str(exc)) from exc

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> Config:
        """Load a Config from a TOML file.

        A ``pyproject.toml`` is read from its ``[tool.thanknote]`` table (an empty Config when it
        has none); any other file from its top level.
        """
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{os.fspath(path)}: not valid TOML: {exc}") from exc
        if os.path.basename(os.fspath(path)) == "pyproject.toml":
            data = data.get("tool", {}).get("thanknote", {})
        return cls.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        """Plain data that :meth:`from_dict` reads back."""
        out: dict[str, Any] = {}
        for a in attrs.fields(type(self)):
            value = getattr(self, a.name)
            if isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, Mapping):
                value = {k: (list(v) if isinstance(v, tuple) else str(v)) for k, v in value.items()}
            out[a.name] = value
        return out


def _covers(selector: str, rule_id: str) -> bool:
    return rule_id == selector or rule_id.startswith(selector + ".")
