"""Fast scanning for many phrase patterns at once, keyed on each pattern's first word.

One alternation of a few hundred phrase patterns makes Python's regex engine try every branch
at every position, which costs about a millisecond per note.  Almost every phrase pattern can
only begin with a few words ("(?:hit|hits|hitting) the ground running" begins with "hit", "hits"
or "hitting"), and a note's words are tokenized once per check (:attr:`Document.tokens`).  So
each pattern's possible first words are worked out once, from the pattern itself, and a pattern
is tried only where one of its first words stands: at a handful of places per note instead of
every place.  The matches are exactly those of the patterns run one by one (or as one
alternation): nothing is guessed, and a pattern whose first word cannot be worked out (``lol+``)
is tried wherever a word starts with a character it can start with.

Patterns must begin at a word edge (a look-behind, ``\\b``, or the scanner's own edge), since
they are tried only where words (runs of ``\\w``) begin, or where a pattern's first character
is itself not a word character ("'ve").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["PatternSet", "PhraseScanner", "first_chars", "first_words"]

_EDGE_L = r"(?<![\w'’])"
_EDGE_R = r"(?![\w'’]|-\w)"

# The standard library's regex parser, used only to read how a pattern can begin.  It is
# private; on a Python without it every pattern is simply tried at every word.
_C: Any = getattr(re, "_constants", None)
_P: Any = getattr(re, "_parser", None)

_SPACE = frozenset(" \t\n\r\f\v")
_WORD_CHAR = re.compile(r"\w")

#: Above this many possible first words a pattern is treated as unknown (tried more widely).
_MAX_KEYS = 256
#: Repeats are unrolled at most this many times when working out first words.
_MAX_UNROLL = 8


class _Unknown(Exception):
    """The pattern's first words cannot be listed."""


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with; None when unknown or unbounded."""
    if _P is None or _C is None:
        return None
    try:
        chars, nullable = _first_of(_P.parse(pattern))
    except Exception:  # an unreadable pattern is simply tried everywhere
        return None
    if chars is None or nullable or not chars:
        return None
    return frozenset(chars)


def _first_of(seq: Any) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in seq:
        chars, nullable = _first_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _C.LITERAL or op is _C.IN:
        try:
            return _chars(op, av), False
        except _Unknown:
            return None, False
    if op is _C.SUBPATTERN:
        return _first_of(av[-1])
    if op is _C.BRANCH:
        chars: set[str] = set()
        nullable = False
        for branch in av[1]:
            found, empty = _first_of(branch)
            if found is None:
                return None, False
            chars |= found
            nullable = nullable or empty
        return chars, nullable
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, _high, item = av
        found, empty = _first_of(item)
        return found, empty or low == 0
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return set(), True
    return None, False


def _chars(op: Any, av: Any) -> set[str]:
    """The characters one LITERAL or IN item matches (white space as its ASCII members).

    ``\\d`` is unknown: it matches digits of every script, which no short list holds.
    """
    if op is _C.LITERAL:
        return {chr(av)}
    chars: set[str] = set()
    for kind, value in av:
        if kind is _C.LITERAL:
            chars.add(chr(value))
        elif kind is _C.RANGE and value[1] - value[0] < 256:
            chars |= {chr(c) for c in range(value[0], value[1] + 1)}
        elif kind is _C.CATEGORY and value is _C.CATEGORY_SPACE:
            chars |= _SPACE
        else:
            raise _Unknown
    return chars


def first_words(pattern: str) -> frozenset[str] | None:
    """The tokens a match of ``pattern`` can begin with; None when they cannot be listed.

    A token is what :attr:`Document.tokens` holds: a run of word characters, or one other
    non-space character.  Zero-width parts (look-arounds, ``\\b``) are passed over, which can
    only add tokens, never lose one.
    """
    if _P is None or _C is None:
        return None
    try:
        opened, closed = _words_seq(_P.parse(pattern), {""})
    except (_Unknown, re.error, RecursionError):
        return None
    if "" in opened or "" in closed:
        return None  # the pattern can match nothing, or begin with white space
    return frozenset(opened | closed)


def _words_seq(seq: Any, opened: set[str]) -> tuple[set[str], set[str]]:
    """(first words still growing, first words complete) after the items of ``seq``."""
    closed: set[str] = set()
    for op, av in seq:
        if not opened:
            break
        opened, done = _words_item(op, av, opened)
        closed |= done
        if len(opened) > _MAX_KEYS or len(closed) > _MAX_KEYS:
            raise _Unknown
    return opened, closed


def _words_item(op: Any, av: Any, opened: set[str]) -> tuple[set[str], set[str]]:
    if op is _C.LITERAL or op is _C.IN:
        grown: set[str] = set()
        closed: set[str] = set()
        for ch in _chars(op, av):
            if _WORD_CHAR.match(ch):
                grown |= {w + ch for w in opened}
            elif ch not in _SPACE:
                closed |= {w or ch for w in opened}
            elif "" in opened:
                raise _Unknown  # a pattern that can begin with white space
            else:
                closed |= opened
        return grown, closed
    if op is _C.SUBPATTERN:
        return _words_seq(av[-1], opened)
    if op is _C.BRANCH:
        grown, closed = set(), set()
        for branch in av[1]:
            more, done = _words_seq(branch, set(opened))
            grown |= more
            closed |= done
        return grown, closed
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, high, item = av
        grown = set(opened) if low == 0 else set()
        closed = set()
        current = set(opened)
        times = 0
        while current and (high == _C.MAXREPEAT or times < high):
            times += 1
            if times > _MAX_UNROLL:
                raise _Unknown  # "lol+": a word that can grow without end
            current, done = _words_seq(item, current)
            closed |= done
            if times >= low:
                grown |= current
        return grown, closed
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return opened, set()
    raise _Unknown


class _Dispatch:
    """Which entries (by index) to try at a token: by the token itself, else by its first character."""

    def __init__(self, patterns: Sequence[str]) -> None:
        by_word: dict[str, list[int]] = {}
        by_char: dict[str, list[int]] = {}
        everywhere: list[int] = []
        for i, pattern in enumerate(patterns):
            words = first_words(pattern)
            if words is not None:
                for word in {w.lower() for w in words}:
                    by_word.setdefault(word, []).append(i)
                continue
            chars = first_chars(pattern)
            if chars is None:
                everywhere.append(i)
                continue
            if chars & _SPACE:
                raise ValueError(f"a scanned pattern must not begin with white space: {pattern!r}")
            for ch in {c.lower() for c in chars}:
                by_char.setdefault(ch, []).append(i)
        if any("_" in word for word in by_word):
            raise ValueError("a scanned pattern must not begin with a word holding '_'")
        # A token listed by_word must also try the by-character and everywhere entries, in order.
        self.by_word: dict[str, tuple[int, ...]] = {
            word: tuple(sorted({*found, *by_char.get(word[0], ()), *everywhere}))
            for word, found in by_word.items()
        }
        self.by_char: dict[str, tuple[int, ...]] = {
            ch: tuple(sorted({*found, *everywhere})) for ch, found in by_char.items()
        }
        self.everywhere: tuple[int, ...] | None = tuple(everywhere) or None
        self.wide = bool(by_char) or bool(everywhere)
        _Keys.add(self.by_word)
        # First "words" that are single non-word characters ("'ve"): found by their own pattern.
        marks = sorted(w for w in self.by_word if not _WORD_CHAR.match(w))
        self.marks = re.compile("|".join(map(re.escape, marks))) if marks else None

    def entries(self, token: str) -> tuple[int, ...] | None:
        found = self.by_word.get(token)
        if found is None and self.wide:
            found = self.by_char.get(token[0], self.everywhere)
        return found

    def sites(self, doc: Document, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """(position, entries to try there), in text order, wherever some entry may match."""
        if self.wide:
            starts, words = doc.tokens
            # Words the by-character entries may begin: few, so the lookup grows only by them.
            extra = {w: e for w in set(words) if w not in self.by_word and (e := self.entries(w))}
            lookup = {**self.by_word, **extra}
            found = [
                (pos, lookup[w])
                for pos, w in compress(
                    zip(starts, words, strict=True), map(lookup.__contains__, words)
                )
            ]
        else:
            by_word = self.by_word
            found = [(pos, by_word[w]) for pos, w in _key_words(doc) if w in by_word]
        if self.marks is not None:
            found += [(m.start(), self.by_word[m.group()]) for m in self.marks.finditer(text)]
            found.sort()
        return found


class _Keys:
    """The first words of every dispatcher built so far, shared so that one pass over a note's
    tokens finds every place any scanner needs; each scanner then looks at those places only.
    """

    words: frozenset[str] = frozenset()
    lock = threading.Lock()

    @classmethod
    def add(cls, words: Iterable[str]) -> None:
        with cls.lock:
            cls.words = cls.words | frozenset(words)


def _key_words(doc: Document) -> list[tuple[int, str]]:
    """(offset, token) of every token of ``doc`` that begins a pattern of some scanner."""
    keys = _Keys.words

    def find(d: Document) -> list[tuple[int, str]]:
        starts, words = d.tokens
        # compress/map run in C: only the tokens that are first words reach Python.
        return list(compress(zip(starts, words, strict=True), map(keys.__contains__, words)))

    # The key set only grows (as scanners are built), and its size names its version.
    return doc.memo(f"scan.keys.{len(keys)}", find)


class PhraseScanner:
    """Finds every match of many keyed phrase patterns in one pass over a text.

    ``families`` maps a key to its patterns (regular-expression fragments for lower-cased text,
    tried in order, earlier keys first).  Matches start and end at word edges; at each place
    the first listed pattern that matches wins, and matches do not overlap: the result is that
    of one big alternation run with ``finditer``.
    """

    def __init__(self, families: Mapping[str, Sequence[str]]) -> None:
        self._keys = list(families)
        self._entries: list[tuple[int, str]] = [
            (k, fragment) for k, key in enumerate(self._keys) for fragment in families[key]
        ]
        self._dispatch = _Dispatch([fragment for _, fragment in self._entries])
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._lock = threading.Lock()

    def _pattern(self, entries: tuple[int, ...]) -> re.Pattern[str]:
        pattern = self._compiled.get(entries)
        if pattern is not None:
            return pattern
        groups: list[str] = []
        current: int | None = None
        fragments: list[str] = []
        for i in entries:
            k, fragment = self._entries[i]
            if k != current and fragments:
                groups.append(f"(?P<k{current}>{'|'.join(fragments)})")
                fragments = []
            current = k
            fragments.append(fragment)
        groups.append(f"(?P<k{current}>{'|'.join(fragments)})")
        pattern = re.compile(f"{_EDGE_L}(?:{'|'.join(groups)}){_EDGE_R}")
        with self._lock:
            self._compiled[entries] = pattern
        return pattern

    def scan(self, doc: Document) -> dict[str, list[tuple[int, int]]]:
        """Key -> the (start, end) of each match in ``doc.folded``, in order, without overlaps."""
        lowered = doc.folded
        found: dict[str, list[tuple[int, int]]] = {}
        done = 0
        for pos, entries in self._dispatch.sites(doc, lowered):
            if pos < done:
                continue
            hit = self._pattern(entries).match(lowered, pos)
            if hit is None or hit.lastgroup is None or hit.end() == pos:
                continue
            found.setdefault(self._keys[int(hit.lastgroup[1:])], []).append(hit.span())
            done = hit.end()
        return found


class PatternSet:
    """Compiled patterns run one by one, each tried only where one of its first words stands.

    ``scan`` gives, per pattern, exactly the matches ``pattern.finditer(text)`` would give, for
    patterns that begin at a word edge (``\\b`` or a look-behind).  Case matters: first words
    are listed lower-cased and compared with the lower-cased tokens, and each pattern then
    runs on the original text.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._patterns = tuple(patterns)
        self._dispatch = _Dispatch([p.pattern for p in self._patterns])

    def scan(self, doc: Document) -> list[list[re.Match[str]]]:
        """Per pattern, in order: its matches in ``doc.text``."""
        text = doc.text
        out: list[list[re.Match[str]]] = [[] for _ in self._patterns]
        done = [0] * len(self._patterns)
        for pos, entries in self._dispatch.sites(doc, text):
            for i in entries:
                if pos < done[i]:
                    continue
                m = self._patterns[i].match(text, pos)
                if m is not None:
                    out[i].append(m)
                    done[i] = max(m.end(), pos + 1)
        return out


def quick(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, led by a look-ahead for the characters a match starts with.

    The look-ahead changes no match, but lets the regex engine pass over every other position
    cheaply: several times faster on a note for patterns that open with a look-behind, a ``\\b``
    or named groups, which the engine cannot otherwise skip ahead for.  (A pattern that opens
    with a plain character or class is fast already; this would slow it down.)
    """
    plain = re.compile(pattern, flags)
    chars = first_chars(pattern)
    if chars is None or plain.flags & re.VERBOSE:
        return plain
    if plain.flags & re.IGNORECASE:
        chars = frozenset(c for ch in chars for c in (ch, ch.lower(), ch.upper()) if len(c) == 1)
    head = _INLINE_FLAGS.match(pattern)
    lead = head.group() if head else ""
    ahead = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
    return re.compile(f"{lead}(?={ahead})(?:{pattern[len(lead) :]})", flags)


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
