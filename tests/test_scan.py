"""The phrase scanners find exactly what the plain regular expressions find, only faster.

PhraseScanner and PatternSet try a pattern only where its first word (and, when it can be
listed, its second) stands.  These tests hold them to the plain regex engine: one alternation
with ``finditer`` for PhraseScanner, each pattern's own ``finditer`` for PatternSet, on random
texts made of the patterns' own words, mixed case, joiners and punctuation.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.document import count_words
from thanknote.rules import errors, generic, tone
from thanknote.rules._phrases import STOCK, loose
from thanknote.rules._scan import (
    _EDGE_L,
    _EDGE_R,
    PatternSet,
    PhraseScanner,
    first_pairs,
    first_words,
    quick,
)


def _vocabulary(patterns: list[str]) -> list[str]:
    words = {w for p in patterns for w in re.findall(r"[A-Za-z0-9]+", p) if len(w) > 1}
    words -= {"s", "w", "b", "t", "n"}  # escapes, not words
    return [*sorted(words), "I", "i", "a", "an", "the", "you", "your", "there", "their", "of"]


_TONE_FAMILIES = {tone._group(k): [loose(f).lower() for f in v] for k, v in tone._FAMILIES.items()}
_STOCK_FAMILIES = {str(i): [loose(p.pattern).lower()] for i, p in enumerate(STOCK)}
_CONFUSIONS = [p for p, _, _ in errors._CONFUSIONS] + [errors._ARTICLE]

_VOCAB = _vocabulary(
    [f for fs in _TONE_FAMILIES.values() for f in fs]
    + [f for fs in _STOCK_FAMILIES.values() for f in fs]
    + [p.pattern for p in _CONFUSIONS]
)
_GLUE = [" ", " ", " ", "  ", "\n", "-", "'", "’", ", ", ". ", "! ", "_", "/", " (", ") "]


def _example_source(pattern: str) -> str:
    """A pattern to make example phrases from: without leading or trailing look-arounds, which
    Hypothesis cannot always satisfy on a phrase alone."""
    if pattern.startswith("(?="):
        group = re.search(r"(?<!\\)\((?!\?)", pattern)
        assert group is not None
        pattern = pattern[group.start() :]
    if "(?=" in pattern:
        pattern = pattern[: pattern.rindex("(?=")]
    return pattern


_PHRASES = st.sampled_from(
    sorted(
        {_example_source(f) for fs in _TONE_FAMILIES.values() for f in fs}
        | {_example_source(f) for fs in _STOCK_FAMILIES.values() for f in fs}
        | {_example_source(p.pattern) for p in _CONFUSIONS}
    )
).flatmap(lambda p: st.from_regex(p, fullmatch=True))


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(_PHRASES, st.sampled_from(_VOCAB)), min_size=1, max_size=30))
    out = []
    for piece in pieces:
        style = draw(st.sampled_from(["lower", "lower", "lower", "title", "upper"]))
        out.append(
            piece.lower()
            if style == "lower"
            else piece.title()
            if style == "title"
            else piece.upper()
        )
        out.append(draw(st.sampled_from(_GLUE)))
    return "".join(out)


def _alternation(families: dict[str, list[str]]) -> re.Pattern[str]:
    groups = [f"(?P<k{i}>{'|'.join(v)})" for i, v in enumerate(families.values())]
    return re.compile(f"{_EDGE_L}(?:{'|'.join(groups)}){_EDGE_R}")


def _naive_scan(families: dict[str, list[str]], lowered: str) -> dict[str, list[tuple[int, int]]]:
    keys = list(families)
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _alternation(families).finditer(lowered):
        assert m.lastgroup is not None
        found.setdefault(keys[int(m.lastgroup[1:])], []).append(m.span())
    return found


_TONE = PhraseScanner(_TONE_FAMILIES)
_STOCK = PhraseScanner(_STOCK_FAMILIES)
_CONFUSION_SET = PatternSet(_CONFUSIONS)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_phrase_scanners_find_what_one_alternation_finds(text: str) -> None:
    doc = tn.Document(text)
    assert _TONE.scan(doc) == _naive_scan(_TONE_FAMILIES, doc.folded)
    assert _STOCK.scan(doc) == _naive_scan(_STOCK_FAMILIES, doc.folded)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_pattern_set_finds_what_each_pattern_finds(text: str) -> None:
    doc = tn.Document(text)
    found = _CONFUSION_SET.scan(doc)
    for i, pattern in enumerate(_CONFUSIONS):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in found.get(i, [])] == expected
        assert (i in found) == bool(expected)  # no empty entries


def test_scanners_find_phrases_across_lines_and_joiners() -> None:
    doc = tn.Document("I am a TEAM\nplayer and a self-starter, not a non-team player.")
    spans = sorted(s for spans in _STOCK.scan(doc).values() for s in spans)
    assert [doc.text[a:b] for a, b in spans] == ["TEAM\nplayer", "self-starter", "team player"]


def test_first_pairs_lists_first_and_second_words() -> None:
    assert first_pairs(r"(?:a |the )?perfect (?:fit|match)", ends_at_edge=True) == {
        ("a", "perfect"),
        ("the", "perfect"),
        ("perfect", "fit"),
        ("perfect", "match"),
    }
    # "an <any word>": the second word cannot be listed, so any will do
    assert first_pairs(r"\b([Aa]n?)[ \t]+([A-Za-z][a-z]+)\b") == {
        ("a", None),
        ("A", None),
        ("an", None),
        ("An", None),
    }
    # a first word that may run on ("foo" in "football") cannot key a pattern
    assert first_pairs(r"\bfoo") is None
    assert first_pairs(r"\bfoo\b") == {("foo", None)}
    assert first_pairs(r"lol+", ends_at_edge=True) is None
    # a look-ahead that needs a space, a mark or the end closes the word before it
    assert first_pairs(r"\b(your)\s+(welcome)(?=\s+to\b|\s*(?:[.!,]|$))") == {("your", "welcome")}
    assert first_pairs(r"\b(your)\s+(welcome)(?=\s*)") == {("your", None)}
    # the second word is the next run of letters, past marks: "i'm" gives ("i", "m")
    assert first_pairs(r"i(?:'m| am) happy", ends_at_edge=True) == {("i", "m"), ("i", "am")}
    assert first_words(r"team[- ]?players?") == {"team", "teamplayer", "teamplayers"}
    assert first_words(r"\s+x") is None


def test_every_built_in_pattern_is_keyed_by_its_words() -> None:
    # A pattern tried at every word would make the whole checker several times slower.
    for scanner in (tone._combined()[0], generic._STOCK(), errors._confusion_set()):
        dispatch = scanner._dispatch
        assert not dispatch.wide


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["lol", "lolll", "LOL", "lo", "l", "ok", "so", "lolz"]), max_size=12)
)
def test_patterns_without_listed_first_words_are_tried_by_first_character(words: list[str]) -> None:
    families = {"a": [r"lol+"], "b": [r"ok so", r"\w*z"]}  # no first words to list
    scanner = PhraseScanner(families)
    assert scanner._dispatch.wide
    doc = tn.Document(" ".join(words))
    assert scanner.scan(doc) == _naive_scan(families, doc.folded)


def test_a_pattern_may_not_begin_with_white_space() -> None:
    try:
        PhraseScanner({"x": [r"\s+foo"]})
    except ValueError as exc:
        assert "white space" in str(exc)
    else:  # pragma: no cover - the constructor must refuse
        raise AssertionError("a pattern beginning with white space was accepted")


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_quick_patterns_match_like_plain_ones(text: str) -> None:
    for pattern in (
        errors._PLACEHOLDER,
        errors._MARK_PLACEHOLDER,
        errors._LOWER_I,
        tone._EMOTICON,
    ):
        m = re.fullmatch(r"\(\?=\[(?:\\.|[^\]])*\]\)\(\?:(.*)\)", pattern.pattern, re.DOTALL)
        assert m is not None, pattern.pattern  # quick() led it with a look-ahead
        plain = re.compile(m.group(1), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_capitalized_words_are_found_as_the_look_around_pattern_finds_them(text: str) -> None:
    text += " I AM SO HAPPY x'ABC ABC'd _AB AB_ ÉAB AB9 OK’ ’OK"
    plain = re.compile(r"(?<![\w'’])[A-Z][A-Z'’]*[A-Z](?![\w'’])")
    assert [m.span() for m in tone._caps_words(text)] == [m.span() for m in plain.finditer(text)]


def test_quick_keeps_inline_flags_first() -> None:
    assert quick(r"(?i)\bhey\b").pattern == r"(?i)(?=[Hh])(?:\bhey\b)"
    assert quick(r"\w+x").pattern == r"\w+x"  # nothing to gain


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0\u2003ab1_-—.,!é\u0301٣[\u200d😀", max_size=40))
def test_count_words_counts_runs_that_hold_a_letter_or_digit(text: str) -> None:
    assert count_words(text) == len(re.findall(r"(?<!\S)(?=\S*?[^\W_])\S+", text))


@pytest.mark.parametrize(
    ("fragment", "text", "matches"),
    [
        ("rock ?stars?", "a rockstar", True),
        ("rock ?stars?", "a rock  star", True),
        ("rock ?stars?", "a rock\nstar", True),
        ("team[- ]?players?", "a team-player", True),
        ("team[- ]?players?", "a team+player", False),
        ("give (?:100|110)(?: ?%| percent)", "give 110%", True),
        ("give (?:100|110)(?: ?%| percent)", "give 110\npercent", True),
        ("give (?:100|110)(?: ?%| percent)", "give 110percent", False),
    ],
)
def test_loose_spaces(fragment: str, text: str, matches: bool) -> None:
    """A space in a phrase matches any run of white space; " ?" also none; "[- ]" one."""
    assert bool(re.search(loose(fragment), text)) is matches
