"""A small lazy adapter around pyspellchecker's English word list.

pyspellchecker ships a word-frequency list (about 160,000 words, built from subtitles and
Wikipedia) inside the package, so spelling works offline.  Its own ``SpellChecker`` class is
not used at check time: its ``correction()`` enumerates every string within edit distance two,
which takes seconds for a long unknown word.  This module reads the same list once, on first
use, behind a lock (about 0.12-0.2 s; 14 MB of Python objects, about 26 MB of resident
memory), and answers two questions quickly:

* :func:`is_known`: is this lower-case word English, counting inflections ("precepted" from
  "precept"), British spellings ("organisation"), common prefixes ("re-", "micro-") and closed
  compounds of two known words ("runbook", "wastewater")?
* :func:`suggest`: a confident correction, a frequent word one edit away (insert, delete,
  replace, or swap two neighbours), or None.
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import string
import threading
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "doubled_letter_fix",
    "frequency",
    "is_compound",
    "is_derived",
    "is_known",
    "load",
    "short_swap_fix",
    "suggest",
]

# A correction must be at least this frequent in the list: rarer words are as likely to be
# another rare word the list lacks (jargon, names) as the word the writer meant.
MIN_SUGGESTION_COUNT = 500
# Parts of a closed compound must be this long and this frequent, so "run" + "book" counts but
# junk two-letter entries do not turn any misspelling into a "compound".
_MIN_PART = 3
_MIN_PART_COUNT = 500
_MIN_SHORT_PART_COUNT = 50_000

# Closed compounds are made of content words; a split that needs a function word is more
# likely a misspelling that happens to contain one.
_FUNCTION_TEXT = (
    "the and but for nor yet you are was were not any all can had has her his its our she too "
    "who how why with from this that they them then than when what your their there been"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())

_lock = threading.Lock()
_words: dict[str, int] | None = None

_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # suffix, what the stem may end with instead (tried in order, "" = plain strip)
    ("ization", ("ize", "ise", "")),
    ("isation", ("ize", "ise", "")),
    ("ations", ("ate", "")),
    ("ation", ("ate", "")),
    ("ities", ("e", "", "ity")),
    ("ingly", ("", "e")),
    ("nesses", ("",)),
    ("ness", ("", "y")),
    ("ments", ("",)),
    ("ment", ("",)),
    ("ships", ("",)),
    ("ship", ("",)),
    ("ising", ("ize", "ise")),
    ("izing", ("ize", "e", "")),
    ("ised", ("ize", "ise")),
    ("ized", ("ize", "e", "")),
    ("ises", ("ize", "ise")),
    ("izes", ("ize", "e", "")),
    ("ise", ("ize",)),
    ("ize", ("", "e", "y")),
    ("ably", ("able",)),
    ("ability", ("able",)),
    ("able", ("", "e")),
    ("ible", ("", "e")),
    ("ally", ("al", "")),
    ("ily", ("y",)),
    ("ly", ("", "le")),  # not "e": "extremly", "sincerly" drop an e English keeps
    ("ied", ("y",)),
    ("ies", ("y",)),
    ("ier", ("y",)),
    ("iest", ("y",)),
    ("ing", ("", "e", "<double>")),
    ("ings", ("", "e", "<double>")),
    ("ed", ("", "e", "<double>")),
    ("er", ("", "e", "<double>")),
    ("ers", ("", "e", "<double>")),
    ("est", ("", "e")),
    ("ful", ("",)),
    ("less", ("",)),
    ("ism", ("", "e")),
    ("ist", ("", "e", "y")),
    ("ists", ("", "e", "y")),
    ("al", ("", "e")),
    ("atory", ("ate",)),  # "operatory", "regulatory"
    ("ory", ("or",)),
    ("es", ("",)),
    ("s", ("",)),
)
_PREFIXES = (
    "un",
    "re",
    "pre",
    "co",
    "non",
    "multi",
    "sub",
    "over",
    "under",
    "out",
    "mis",
    "de",
    "inter",
    "cross",
    "self",
    "anti",
    "post",
    "semi",
    "mid",
    "micro",
    "macro",
    "bi",
    "tri",
    "hyper",
    "super",
    "geo",
    "bio",
    "tele",
    "auto",
    "cyber",
    "eco",
    "meta",
    "mega",
    "mini",
    "up",
    "down",
    "dis",
    "en",
    "intra",
    "trans",
    "counter",
    "ultra",
    "neo",
    "pro",
    "e",
)
# British spellings -> the American forms the list holds: (British, American) pieces, each
# tried anywhere in the word ("neighbourhood", "organisational", "paediatric", "travelled").
_BRITISH = (
    ("our", "or"),
    ("is", "iz"),
    ("ys", "yz"),
    ("tre", "ter"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("llery", "lry"),
    ("lment", "llment"),
    ("lful", "llful"),
    ("ae", "e"),
    ("oe", "e"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("mme", "m"),
    ("bre", "ber"),
    ("chre", "cher"),
    ("vre", "ver"),
    ("tred", "tered"),
    ("tring", "tering"),
    ("llous", "lous"),
    ("scep", "skep"),
    ("mould", "mold"),
    ("moult", "molt"),
    ("nium", "num"),
    ("iality", "ialty"),
    ("draught", "draft"),
    ("ettor", "etor"),
    ("aulk", "alk"),
)


def load() -> dict[str, int]:
    """The word list (lower-case word -> count), read once per process, thread-safely."""
    global _words
    words = _words
    if words is not None:
        return words
    with _lock:
        if _words is None:
            resource = importlib.resources.files("spellchecker") / "resources" / "en.json.gz"
            data = resource.read_bytes()
            loaded: dict[str, int] = json.loads(gzip.decompress(data))
            _words = loaded
        return _words


def frequency(word: str) -> int:
    """How often the lower-case ``word`` occurs in the list (0 when it is not there)."""
    return load().get(word, 0)


def _stems(word: str) -> list[str]:
    """Candidate stems of an inflected word ("hemolyzed" -> "hemolyz", "hemolyze", ...)."""
    out = []
    for suffix, endings in _SUFFIXES:
        if len(word) - len(suffix) < 3 or not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if suffix == "s" and stem[-1] == "y" and stem[-2] not in "aeiou":
            continue  # "abilitys": a consonant and y take "-ies" (a listed "standbys" is listed)
        for ending in endings:
            if ending == "<double>":
                # "planning" -> "plan": a doubled final consonant
                if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                    out.append(stem[:-1])
            else:
                out.append(stem + ending)
    return out


def _british(word: str) -> list[str]:
    """American spellings of a British-spelled word (one substitution each, and all at once)."""
    out = []
    american = word
    for uk, us in _BRITISH:
        if uk in word:
            out.append(word.replace(uk, us))
            american = american.replace(uk, us)
    if american != word:
        out.append(american)
    return out


def _part(piece: str, words: dict[str, int]) -> bool:
    """A word that can stand in a compound.  Three-letter pieces must be very common words
    ("run", "out"): rarer ones are mostly fragments ("com", "pro", "dis") in the list."""
    need = _MIN_SHORT_PART_COUNT if len(piece) == _MIN_PART else _MIN_PART_COUNT
    return words.get(piece, 0) >= need


def _compound(word: str, words: dict[str, int], *, plain: bool = False) -> bool:
    """True when the word joins two frequent words ("runbook", "wastewater").

    The second part may be inflected ("playbooks"), unless ``plain`` asks for two listed words.
    """
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if head in _FUNCTION_WORDS or tail in _FUNCTION_WORDS:
            continue  # "for" + "casting" is a misspelled "forecasting", not a compound
        if _part(head, words) and (_part(tail, words) or (not plain and _inflected(tail, words))):
            return True
    return False


def _inflected(word: str, words: dict[str, int]) -> bool:
    if any(stem in words for stem in _stems(word)):
        return True
    return any(us in words or any(stem in words for stem in _stems(us)) for us in _british(word))


@lru_cache(maxsize=8192)
def is_known(word: str) -> bool:
    """Whether the lower-case ``word`` is English as the list knows it, with its derivations."""
    return is_derived(word) or is_compound(word)


@lru_cache(maxsize=8192)
def is_derived(word: str) -> bool:
    """Whether ``word`` is listed, or an inflection or prefixed form of a listed word."""
    words = load()
    if word in words or _inflected(word, words):
        return True
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < 4:
            continue
        if rest in words or _inflected(rest, words):
            return True
    return False


def is_compound(word: str, *, plain: bool = False) -> bool:
    """Whether ``word`` reads as a closed compound of two known words ("runbook").

    ``plain`` asks for two listed words, not an inflected second part ("beg" + "ginning").
    """
    return len(word) >= 2 * _MIN_PART and _compound(word, load(), plain=plain)


def _swaps(word: str, first: int = 0) -> list[str]:
    """``word`` with two neighbouring letters swapped, from position ``first`` on, in order."""
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(first, len(word) - 1)]


def _inserts(word: str, first: int = 0) -> list[str]:
    """``word`` with one letter put in, at position ``first`` or later."""
    return [
        word[:i] + c + word[i:] for i in range(first, len(word) + 1) for c in string.ascii_lowercase
    ]


def _edits1(word: str) -> set[str]:
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    replaces = [a + c + b[1:] for a, b in splits if b for c in letters if c != b[0]]
    return set(deletes + _swaps(word) + replaces + _inserts(word))


def _most_frequent(candidates: Iterable[str], words: dict[str, int], floor: int) -> str | None:
    """The first most frequent of ``candidates`` counted at least ``floor`` times, or None."""
    best, best_count = None, floor - 1
    for candidate in candidates:
        count = words.get(candidate, 0)
        if count > best_count:
            best, best_count = candidate, count
    return best


def _nearest(word: str, words: dict[str, int]) -> str | None:
    return _most_frequent(_edits1(word), words, MIN_SUGGESTION_COUNT)


def _missing_or_swapped(word: str) -> set[str]:
    """The words ``word`` would be with one letter put back or two neighbours swapped back,
    never touching its first letter: the slips that make a long non-word."""
    return {*_swaps(word, 1), *_inserts(word, 1)}


# Endings re-attached to a corrected stem: "forcasting" -> "forcast" -> "forecast" + "ing".
_REINFLECT = ("ing", "ed", "s", "es", "er", "ers", "ly", "ment", "ments", "ness")


@lru_cache(maxsize=4096)
def suggest(word: str) -> str | None:
    """A confident correction of the lower-case ``word``: the most frequent word one edit away
    that is itself common (or one for its stem, re-inflected), or None when there is none."""
    words = load()
    if word.endswith("ys") and len(word) > 4 and word[-3] not in "aeiou":
        plural = word[:-2] + "ies"  # "abilitys" -> "abilities", not "ability"
        if plural in words:
            return plural
    best = _nearest(word, words)
    if best is not None:
        return best
    for suffix in _REINFLECT:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 4:
            continue
        fixed = _nearest(stem, words)
        if fixed is None:
            continue
        for candidate in (fixed + suffix, fixed.removesuffix("e") + suffix):
            if candidate in words:
                return candidate
    if len(word) >= LONG_WORD:
        # A long non-word one slip from a listed word is that word, however rare the list
        # counts it ("afteroon", "phleboomy"): long words have few neighbours.  Only a missing
        # letter or two swapped ones after the first count: a long word with a wrong letter or
        # one letter more than a listed word is as often jargon the list lacks ("oedometer",
        # not "odometer", "pedometer" or the list's junk "ondometer").
        listed = sorted(c for c in _missing_or_swapped(word) if c in words)
        return max(listed, key=words.__getitem__, default=None)
    return None


# Shorter words than this need a common correction (MIN_SUGGESTION_COUNT); see suggest().
LONG_WORD = 8
# A four-letter non-word that swaps two letters of a word at least this common is a typo
# ("haev", "thta", "wrok"); other slips in a short word land on too many real words to trust.
_SHORT_SWAP_COUNT = 100_000


@lru_cache(maxsize=4096)
def short_swap_fix(word: str) -> str | None:
    """The very common word the unlisted four-letter ``word`` is with two neighbouring letters
    swapped back ("haev" -> "have"), or None."""
    words = load()
    if len(word) != 4 or word in words:
        return None
    return _most_frequent(_swaps(word), words, _SHORT_SWAP_COUNT)


def doubled_letter_fix(word: str) -> str | None:
    """A common word the lower-case ``word`` becomes without one doubled letter, or None.

    A doubled letter is the commonest typo ("wonderfull", "untill"), and a word that reads as a
    compound ("wonder" + "full") or an inflection is still a typo when dropping it gives a
    frequent word.
    """
    words = load()
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            candidate = word[:i] + word[i + 1 :]
            if words.get(candidate, 0) >= MIN_SUGGESTION_COUNT:
                return candidate
    return None
