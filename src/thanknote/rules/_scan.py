"""Fast scanning for many phrase families at once.

One alternation of a few hundred phrase patterns makes Python's regex engine try every branch
at every word start, which costs about a millisecond per note.  :class:`PhraseScanner` computes
each pattern's possible first characters once, and at each word start tries only the patterns
that can begin with the character found there, in their original order, so the matches are the
same as one big alternation's (leftmost, first listed pattern wins, no overlaps).
"""

from __future__ import annotations

import re
import string
import threading
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["PhraseScanner", "first_chars"]

_EDGE_L = r"(?<![\w'’])"
_EDGE_R = r"(?![\w'’]|-\w)"

# The standard library's regex parser, used only to read which characters a pattern can start
# with.  It is private; on a Python without it every pattern is simply tried everywhere.
_C: Any = getattr(re, "_constants", None)
_P: Any = getattr(re, "_parser", None)

_DIGITS = frozenset(string.digits)
_SPACE = frozenset(" \t\n\r\f\v")


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
    if op is _C.LITERAL:
        return {chr(av)}, False
    if op is _C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _C.LITERAL:
                chars.add(chr(value))
            elif kind is _C.RANGE and value[1] - value[0] < 256:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            elif kind is _C.CATEGORY and value is _C.CATEGORY_DIGIT:
                chars |= _DIGITS
            elif kind is _C.CATEGORY and value is _C.CATEGORY_SPACE:
                chars |= _SPACE
            else:
                return None, False
        return chars, False
    if op is _C.SUBPATTERN:
        return _first_of(av[-1])
    if op is _C.BRANCH:
        chars = set()
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


class PhraseScanner:
    """Finds every match of many keyed phrase patterns in one pass over a text.

    ``families`` maps a key to its patterns (regular-expression fragments, tried in order,
    earlier keys first).  Matches start and end at word edges.  With ``ignore_case`` False the
    patterns are meant for lower-cased text.
    """

    def __init__(self, families: Mapping[str, Sequence[str]], *, ignore_case: bool = False) -> None:
        self._flags = re.IGNORECASE if ignore_case else 0
        self._entries: list[tuple[int, str, frozenset[str] | None]] = []
        self._keys = list(families)
        for k, key in enumerate(self._keys):
            for fragment in families[key]:
                self._entries.append((k, fragment, first_chars(fragment)))
        starts: set[str] = set()
        wild = False
        for _, _, chars in self._entries:
            if chars is None:
                wild = True
            else:
                starts |= chars
        if ignore_case:
            starts |= {c.upper() for c in starts} | {c.lower() for c in starts}
        head = "[" + "".join(re.escape(c) for c in sorted(starts)) + "]" if starts else "(?!)"
        self._starts = re.compile(_EDGE_L + (r"(?=[\s\S])" if wild else head))
        self._buckets: dict[str, re.Pattern[str]] = {}
        self._lock = threading.Lock()

    def _bucket(self, char: str) -> re.Pattern[str]:
        pattern = self._buckets.get(char)
        if pattern is not None:
            return pattern
        want = {char, char.lower(), char.upper()} if self._flags else {char}
        groups: list[str] = []
        current: int | None = None
        fragments: list[str] = []
        for k, fragment, chars in self._entries:
            if chars is not None and not (chars & want):
                continue
            if k != current and fragments:
                groups.append(f"(?P<k{current}>{'|'.join(fragments)})")
                fragments = []
            current = k
            fragments.append(fragment)
        if fragments:
            groups.append(f"(?P<k{current}>{'|'.join(fragments)})")
        body = "|".join(groups) if groups else "(?!)"
        pattern = re.compile(f"(?:{body}){_EDGE_R}", self._flags)
        with self._lock:
            self._buckets[char] = pattern
        return pattern

    def scan(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Key -> the (start, end) of each match, in text order, without overlaps."""
        found: dict[str, list[tuple[int, int]]] = {}
        done = 0
        for start in self._starts.finditer(text):
            pos = start.start()
            if pos < done:
                continue
            hit = self._bucket(text[pos]).match(text, pos)
            if hit is None or hit.lastgroup is None or hit.end() == pos:
                continue
            found.setdefault(self._keys[int(hit.lastgroup[1:])], []).append(hit.span())
            done = hit.end()
        return found
