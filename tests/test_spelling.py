"""The spelling adapter: pyspellchecker's word list, loaded lazily once, with derivations."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from thanknote import _spelling


@pytest.mark.parametrize(
    "word",
    [
        "opportunity",
        "precepted",
        "runbook",
        "wastewater",
        "organisation",
        "neighbourhood",
        "colour",
        "travelled",
        "paediatric",
        "catalogue",
        "microservices",
        "upskilling",
        "reorganizing",
        "playdate",
        "forecasting",
        "marvellous",
        "sceptical",
        "fibreglass",
        "aluminium",
        "mouldings",
        "draughts",
    ],
)
def test_known_words_and_their_derivations(word: str) -> None:
    """Inflections, British spellings, prefixes and closed compounds of known words are known."""
    assert _spelling.is_known(word)


@pytest.mark.parametrize(
    ("word", "correction"),
    [
        ("oppertunity", "opportunity"),
        ("definately", "definitely"),
        ("recieve", "receive"),
        ("intervew", "interview"),
        ("foward", "forward"),
        ("forcasting", "forecasting"),
        ("comunication", "communication"),
    ],
)
def test_misspellings_get_a_confident_correction(word: str, correction: str) -> None:
    """An unknown word one edit from a common word (or with such a stem) gets that word."""
    assert not _spelling.is_known(word)
    assert _spelling.suggest(word) == correction


@pytest.mark.parametrize(
    ("word", "correction"),
    [("afteroon", "afternoon"), ("phleboomy", "phlebotomy"), ("conversaiton", "conversation")],
)
def test_long_words_are_corrected_to_rarer_listed_words(word: str, correction: str) -> None:
    """A long non-word missing a letter of a listed word, or with two letters swapped, is that
    word even when the list counts it as rare."""
    assert _spelling.suggest(word) == correction


@pytest.mark.parametrize("word", ["oedometer", "kubernetes"])
def test_long_words_with_a_letter_more_or_another_first_letter_are_not_corrected(
    word: str,
) -> None:
    """The word "oedometer" is one letter more than "odometer", one first letter from "pedometer":
    jargon the list lacks, not a slip."""
    assert _spelling.suggest(word) is None


@pytest.mark.parametrize(
    ("word", "correction"),
    [("haev", "have"), ("thta", "that"), ("wrok", "work"), ("taem", "team"), ("konw", "know")],
)
def test_four_letter_words_with_two_letters_swapped(word: str, correction: str) -> None:
    """Two swapped letters of a very common four-letter word are a typo."""
    assert _spelling.short_swap_fix(word) == correction


@pytest.mark.parametrize("word", ["tech", "repo", "cron", "loch", "have", "mihi"])
def test_four_letter_words_that_swap_to_nothing_common(word: str) -> None:
    """Listed words, and unlisted ones no swap turns into a very common word, are left alone."""
    assert _spelling.short_swap_fix(word) is None


@pytest.mark.parametrize("word", ["kubernetes", "hemolyzed", "xqzvbnm", "freemium"])
def test_no_correction_without_a_close_common_word(word: str) -> None:
    """Jargon with no near, common English word gets no suggestion (so it is not flagged)."""
    assert _spelling.suggest(word) is None


@pytest.mark.parametrize("word", ["forcasting", "comunity", "thier"])
def test_compounds_do_not_hide_misspellings(word: str) -> None:
    """A misspelling that splits into a fragment and a word ("for"+"casting") is not a compound."""
    assert not _spelling.is_known(word)


def test_word_list_loads_once_across_threads() -> None:
    """Concurrent first calls share one loaded list."""
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(id(_spelling.load()))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == 1
    assert len(_spelling.load()) > 100_000


def test_import_thanknote_does_not_load_the_word_list() -> None:
    """The list loads on the first spelling check, not when thanknote is imported."""
    code = "import thanknote, thanknote._spelling as s; print(s._words is None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
