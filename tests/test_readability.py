"""Readability works offline: Coleman-Liau and ARI need no syllables, so no NLTK download."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

import thanknote as tn
from thanknote import _readability
from thanknote.testing import findings_of

PLAIN = (
    "We talked about the new plan. I liked it a lot. The team was kind and fast. "
    "I hope to help soon. Thanks for the time and the tour of the shop. "
) * 2
DENSE = (
    "Notwithstanding organizational considerations, operationalizing cross-functional "
    "infrastructure necessitates comprehensive stakeholder alignment methodologies. "
) * 4


def test_dense_prose_grades_higher_than_plain_prose() -> None:
    """The grade rises with long words and long sentences."""
    plain, dense = _readability.grade(PLAIN), _readability.grade(DENSE)
    assert plain is not None and dense is not None
    assert plain < 8 < 16 < dense


def test_short_text_has_no_grade() -> None:
    """Under 30 words the formulas mean nothing, so there is no grade."""
    assert _readability.grade("Thanks for the call.") is None


def test_grade_is_the_mean_of_coleman_liau_and_ari() -> None:
    """The grade is textstat's Coleman-Liau index and ARI, averaged."""
    import textstat

    cli = textstat.coleman_liau_index(DENSE)
    expected = (cli + textstat.automated_readability_index(DENSE)) / 2
    assert _readability.grade(DENSE) == pytest.approx(expected, abs=0.06)


def test_readability_works_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    """With every socket connection and every NLTK download refused, the rule still grades."""
    import nltk

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("readability tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
    assert _readability.grade(DENSE + " fresh text so no cache answers") is not None
    [found] = findings_of("length.readability", f"Dear Dana,\n\n{DENSE}\n\nBest,\nJo")
    assert found.severity is tn.Severity.INFO


def test_fresh_process_without_network_or_cmudict() -> None:
    """In a fresh process with sockets disabled and no NLTK data path, grading still works."""
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network blocked')\n"
        "socket.socket.connect = refuse\n"
        "import nltk; nltk.data.path[:] = ['/nonexistent']; nltk.download = refuse\n"
        "from thanknote import _readability\n"
        f"print(_readability.grade({DENSE!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout.strip()) > 16


def test_import_thanknote_does_not_import_textstat() -> None:
    """textstat (and NLTK behind it) load on the first grade, not with thanknote."""
    code = "import sys, thanknote; print('textstat' in sys.modules, 'nltk' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
