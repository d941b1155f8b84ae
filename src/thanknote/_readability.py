"""A small lazy adapter around textstat: a readability grade that works offline.

textstat (0.7.9 and later) counts syllables with NLTK's CMU pronouncing dictionary, which it
downloads on first use; on a machine with no network every syllable-based formula (Flesch,
Flesch-Kincaid, SMOG, Gunning fog, Dale-Chall) fails or stalls.  This adapter uses only the two
formulas that need no syllables, whose inputs are letters, characters, words and sentences:

* the Coleman-Liau index, ``0.058 L - 0.296 S - 15.8`` (L letters and S sentences per 100 words);
* the Automated Readability Index, ``4.71 chars/word + 0.5 words/sentence - 21.43``.

Both are US school grades; :func:`grade` is their mean.  Their textstat implementations
(``textstat.backend.metrics``) call only textstat's own counters, never ``get_cmudict`` or
``nltk.download``; ``tests/test_readability.py`` proves it with the network blocked.

``import textstat`` imports NLTK (about 0.3 s), so it happens on the first call, not when
thanknote is imported.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

__all__ = ["grade"]

_lock = threading.Lock()
_textstat: Any = None


def _module() -> Any:
    global _textstat
    if _textstat is None:
        with _lock:
            if _textstat is None:
                _textstat = importlib.import_module("textstat")
    return _textstat


def grade(text: str) -> float | None:
    """The US school grade needed to read ``text`` (mean of Coleman-Liau and ARI).

    None for text too short to grade (fewer than 30 words), where the formulas mean nothing.
    """
    if len(text.split()) < 30:
        return None
    ts = _module()
    cli = float(ts.coleman_liau_index(text))
    ari = float(ts.automated_readability_index(text))
    return round((cli + ari) / 2, 1)
