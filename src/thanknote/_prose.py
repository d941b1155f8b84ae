"""Small prose helpers the composers share: lists, articles, plurals, sentence starts, dates.

They take the user's noun phrases as given ("moving fleet telemetry onto Kafka", "the on-call
rotation", "Kafka", "your plan to split the ingest path by region") and fit them into sentences
without rewriting them: the only change ever made to a user's phrase is the case of a leading
determiner or gerund ("The on-call rotation" becomes "the on-call rotation" mid-sentence).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache

from .document import count_words

__all__ = [
    "a_or_an",
    "capitalize_first",
    "clean_phrase",
    "count_words",
    "finish_sentence",
    "join_list",
    "mid_sentence",
    "month_day",
    "plural",
    "role_phrase",
    "stable_index",
    "when_phrase",
]

# Words a phrase may start with that are not names: lower-cased when the phrase moves from the
# start of the user's text to the middle of a sentence.
_DETERMINERS = frozenset(
    {"the", "a", "an", "your", "our", "my", "their", "his", "her", "its", "this", "that"}
    | {"these", "those", "some", "any", "every", "each", "how", "why", "what", "when", "where"}
)
# A word after an article takes "an" when it is said with a leading vowel sound.  Spelling is a
# fair guide with a few well-known exceptions each way.
_AN_WORDS = ("hour", "honest", "honou", "heir", "herb")
_A_WORDS = ("uni", "use", "usu", "uti", "ure", "euro", "eu", "one", "once", "ewe", "uk", "ufo")
# Letters whose spoken names start with a vowel sound, for acronyms ("an SRE", "a QA lead").
_VOWEL_SOUND_LETTERS = frozenset("AEFHILMNORSX")
_TRAILING = ".,;:!?–—- \t\n"
_SPACES = re.compile(r"\s+")


def clean_phrase(text: str) -> str:
    """The user's phrase with inner runs of white space collapsed and trailing punctuation cut.

    A highlight typed as a sentence ("the on-call rotation.", "whether to adopt Rust?") would
    otherwise leave ".." or a "?" in mid-sentence behind once it is woven into one of ours.  A final "." that belongs to an abbreviation
    ("Acme Inc.") is cut too; :func:`finish_sentence` never doubles it.
    """
    text = _SPACES.sub(" ", text).strip()
    while text and text[-1] in _TRAILING and not text.endswith(("...", "…")):
        text = text[:-1].rstrip()
    return text


def mid_sentence(phrase: str) -> str:
    """The phrase as it reads inside a sentence: a leading "The"/"Your"/gerund is lower-cased.

    Names and acronyms keep their case ("Kafka", "SQL tuning", "Dana's roadmap").
    """
    phrase = clean_phrase(phrase)
    first, _, rest = phrase.partition(" ")
    if not first or not first[0].isupper() or (first[1:] and not first[1:].islower()):
        return phrase  # acronyms ("SQL") and mixed case ("GraphQL") are names: keep them
    word = first.lower()
    gerund = bool(rest) and word.endswith("ing") and len(word) > 4 and rest[0].islower()
    if word in _DETERMINERS or gerund:
        return word + (" " + rest if rest else "")
    return phrase


def capitalize_first(text: str) -> str:
    """``text`` with its first letter upper-cased and nothing else touched."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def finish_sentence(text: str) -> str:
    """A sentence with a capital start and exactly one closing mark ("Inc." gets no second dot)."""
    text = capitalize_first(text.strip())
    if text.endswith((".", "!", "?", "…")):
        return text
    return text + "."


def join_list(items: Sequence[str], conjunction: str = "and") -> str:
    """Join phrases as prose: "A", "A and B", "A, B, and C" (serial comma).

    When an item has a comma of its own, items are separated by semicolons so the list stays
    readable ("A, with B; C; and D").
    """
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    sep = "; " if any("," in i for i in items) else ", "
    return sep.join(items[:-1]) + f"{sep}{conjunction} {items[-1]}"


def a_or_an(phrase: str) -> str:
    """The indefinite article for ``phrase``: "an SRE role", "a UX designer", "an hour"."""
    word = phrase.strip().split(" ", 1)[0].strip("\"'(“‘")
    if not word:
        return "a"
    letters = "".join(ch for ch in word if ch.isalnum())
    if len(letters) > 1 and letters.isupper():  # an acronym is said letter by letter
        return "an" if letters[0] in _VOWEL_SOUND_LETTERS else "a"
    low = word.lower()
    if low.startswith(_AN_WORDS):
        return "an"
    if low.startswith(_A_WORDS):
        return "a"
    return "an" if low[:1] in "aeiou" else "a"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``"1 interviewer"``, ``"3 interviewers"``; pass ``plural_form`` for irregular nouns."""
    if count == 1:
        return f"{count} {singular}"
    if plural_form is None:
        if singular.endswith(("s", "x", "z", "ch", "sh")):
            plural_form = singular + "es"
        elif singular.endswith("y") and singular[-2:-1] not in ("a", "e", "i", "o", "u"):
            plural_form = singular[:-1] + "ies"
        else:
            plural_form = singular + "s"
    return f"{count} {plural_form}"


_ROLE_NOUNS = ("role", "position", "job", "post", "opening", "vacancy", "internship")


@lru_cache(maxsize=256)
def role_phrase(role: str) -> str:
    """The role as a definite noun phrase: "the Data Engineer role", "the Analyst position"."""
    role = clean_phrase(role)
    first = role.split(" ", 1)[0].lower()
    if first in ("the", "a", "an", "this", "your"):
        return mid_sentence(role)
    if role.lower().endswith(_ROLE_NOUNS):
        return f"the {role}"
    return f"the {role} role"


def stable_index(key: str, slot: str, size: int) -> int:
    """A deterministic index in ``range(size)`` from ``key`` and ``slot``.

    blake2b rather than ``hash()``: Python salts ``hash()`` per process, and the same input must
    give the same note in every run.
    """
    # surrogatepass: a lone surrogate in a name must not make composing fail.
    data = f"{key}\x1f{slot}".encode("utf-8", "surrogatepass")
    digest = hashlib.blake2b(data, digest_size=8).digest()
    return int.from_bytes(digest, "big") % size


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def month_day(day: dt.date, *, year: bool = False) -> str:
    """ "March 2" (or "March 2, 2025"), without a platform-specific strftime flag."""
    text = f"{day:%B} {day.day}"
    return f"{text}, {day.year}" if year else text


def when_phrase(when: dt.date, sent: dt.date, *, relative: bool = True) -> str:
    """When the interview was, as seen from the day the note is sent.

    Same day: "today" (or "this morning"/"this afternoon" for a datetime); the day before:
    "yesterday"; within the last six days: "on Tuesday"; older: "on March 2" (with the year when
    it is another year).  ``relative=False`` (a card read days later) never says "today" or
    "yesterday".
    """
    day, sent_day = _as_date(when), _as_date(sent)
    days = (sent_day - day).days
    if relative and days == 0:
        if isinstance(when, dt.datetime):
            if when.hour < 12:
                return "this morning"
            if when.hour < 17:
                return "this afternoon"
        return "today"
    if relative and days == 1:
        return "yesterday"
    if 0 <= days <= 6:
        return f"on {day:%A}"
    return "on " + month_day(day, year=day.year != sent_day.year)
