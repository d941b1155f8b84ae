"""Every exception thanknote raises on purpose derives from :class:`ThanknoteError`."""

from __future__ import annotations

__all__ = ["ConfigError", "GrammarUnavailable", "TextTooLong", "ThanknoteError"]


class ThanknoteError(Exception):
    """Base class of thanknote's own exceptions."""


class ConfigError(ThanknoteError, ValueError):
    """A configuration value is unknown or out of range; the message names the key."""


class TextTooLong(ThanknoteError, ValueError):
    """A text is longer than ``Config.max_chars`` allows."""


class GrammarUnavailable(ThanknoteError, RuntimeError):
    """LanguageTool could not be reached (raised only when the caller asked for ``required=True``)."""
