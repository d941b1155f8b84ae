"""Generic rules: a note that could follow any interview, or that leans on stock phrases.

ETIQUETTE.md, "What makes a note generic": no reference to anything specific from this
conversation, or a note built of stock phrases ("team player", "hit the ground running").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import compress
from operator import and_, not_
from typing import NamedTuple

from .. import _spelling
from ..document import Document, Span
from ..findings import Hit
from ..model import Interviewer, NoteKind
from ._phrases import (
    CHAT_ACRONYMS,
    COMMON_CAPITALIZED,
    EMPHATIC_CAPS,
    GENERIC_WORDS,
    STOCK,
    STOPWORDS,
    loose,
    user_pattern,
)
from ._scan import PhraseScanner
from .base import Rule, in_holes, rule, template_holes
from .tone import phrase_spans

# ---------------------------------------------------------------------- stock phrases

# One scanner for every entry, keyed by the entry's index, built on first use so that
# `import thanknote` stays fast.
_STOCK = lru_cache(maxsize=1)(
    lambda: PhraseScanner({str(i): [loose(p.pattern).lower()] for i, p in enumerate(STOCK)})
)

#: A note "leans on stock phrases" at this weighted count of distinct phrases ...
_HEAVY_SCORE = 3.0
#: ... of which at least this many are buzzwords or clichés (weight 1), not courteous formulas.
_HEAVY_STRONG = 2


def _stock_matches(doc: Document) -> list[tuple[int, int, int]]:
    """(start, entry index, end) of every stock phrase in the note, in text order.

    stock-phrase and stock-heavy share the one scan.
    """
    return doc.memo("generic.stock", _scan_stock)


def _scan_stock(doc: Document) -> list[tuple[int, int, int]]:
    found = _STOCK().scan(doc)
    return sorted((s, int(key), e) for key, spans in found.items() for s, e in spans)


@rule("generic.stock-phrase", severity="info")
def stock_phrase(doc: Document) -> Iterator[Hit]:
    """A stock phrase says what every candidate says; a specific example says more.

    Each buzzword or cliché ("team player", "think outside the box", "perfect fit") is advice on
    its own; ``generic.stock-heavy`` warns when a note is built of them.  Routine courteous
    closings ("thank you again", "please let me know if I can provide anything further") are not
    counted.  Phrases in ``Config.extra_phrases["generic"]`` are flagged as warnings.

    Bad: I am a results-driven team player who can hit the ground running.
    Better: I cut month-end close from eight days to five by automating the bank reconciliations.
    """
    for start, i, end in _stock_matches(doc):
        said = _squash(doc.text[start:end])
        yield Hit(
            start,
            end,
            # The advice is in the message; a stock phrase has no one-line replacement.
            message=f"'{said}' is a stock phrase; {_lower_first(STOCK[i].advice)}",
        )
    # The user's own list (Config.extra_phrases["generic"]) is a warning: they chose it.
    phrases = doc.config.extra_phrases.get("generic", ())
    if phrases:
        for m in user_pattern(tuple(phrases)).finditer(doc.text):
            yield Hit(
                m.start(),
                m.end(),
                message=f"'{_squash(m.group())}' is on your list of generic phrases; say something "
                "specific instead.",
                severity="warning",
            )


@rule("generic.stock-heavy", severity="warning")
def stock_heavy(doc: Document) -> Iterator[Hit]:
    """A note that leans on three or more stock phrases reads as a template.

    Buzzwords and clichés count one each, courteous formulas ("thank you for your time and
    consideration", "I look forward to hearing from you") half; a note warns at three, with at
    least two buzzwords among them.

    Bad: It was a great opportunity. I am a passionate team player and a perfect fit.
    Better: Your plan to split the ingest path by region matches the work I did at Northwind.
    """
    # Distinct phrases: a buzzword repeated counts once; courteous formulas count once per family.
    seen: dict[tuple[int, str], tuple[float, str]] = {}
    for start, i, end in _stock_matches(doc):
        said = _squash(doc.text[start:end])
        key = (i, said.lower() if STOCK[i].weight >= 1 else "")
        seen.setdefault(key, (STOCK[i].weight, said))
    strong = sum(1 for weight, _ in seen.values() if weight >= 1)
    score = sum(weight for weight, _ in seen.values())
    if score >= _HEAVY_SCORE and strong >= _HEAVY_STRONG:
        names = ", ".join(f"'{said}'" for _, said in seen.values())
        yield Hit(
            message=f"The note leans on stock phrases ({names}); replace most of them with details "
            "from this conversation and evidence from your own work; keep one courteous closing.",
        )


# ---------------------------------------------------------------------- specificity

_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_EFFORT = re.compile(r"(?:100|110)\s*(?:%|percent\b|per cent\b)")
# A date says when the interview was, not what it was about: "14/10/2025", "3 March", "March 3rd".
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_DATE_AHEAD = re.compile(
    rf"(?i)\d{{1,4}}(?:[/.\-]\d{{1,2}}[/.\-]\d{{1,4}}\b|(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH})"
)
_DATE_BEHIND = re.compile(
    rf"(?i)(?:(?<![a-z]){_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?|"
    rf"\d{{1,4}}[/.\-](?:\d{{1,2}}[/.\-])?)$"
)


def _in_date(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` is part of a date."""
    return bool(_DATE_AHEAD.match(text, pos) or _DATE_BEHIND.search(text, max(0, pos - 20), pos))


_CLOCK = re.compile(r"(?i)^\d{1,2}(?::\d\d(?:am|pm)?|am|pm)$")
# A capitalized name right before one of these is the job title or team ("the Data Analyst role").
_TITLE_HEADS = frozenset(
    ("role", "position", "job", "opening", "interview", "team", "department", "group")
)
_SENTENCE_START = frozenset('.!?:;\n"“(-—–•*')
#: A topic word this long (or an acronym or name) is distinctive enough to count on its own.
_DISTINCTIVE_LEN = 8
#: ... and so is a word rarer than this in the English word list's counts.
_RARE = 2000
#: Without topics, this many distinct non-generic content words make a note specific.
_DOMAIN_WORDS = 4
_SUFFIXES = ("ings", "ing", "ied", "ies", "ers", "ed", "es", "s")


# A doubled final consonant that an ending added ("scann"), not one of the word's ("pass").
_DOUBLED_END = re.compile(r"([bdgkmnprt])\1$")
# A final "e" after a consonant ("schedule", "manage"), which "-ing" and "-ed" drop.
_SILENT_E_END = re.compile(r"[^aeiouy]e$")


@lru_cache(maxsize=8192)
def _full_stem(word: str) -> str:
    """A crude stem: plural, -ed and -ing endings go, and with them a final "e" or a doubled
    consonant, so that "schedule", "schedules" and "scheduling" meet, as do "scan" and
    "scanning"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            if suffix in ("ing", "ings", "ed") and _DOUBLED_END.search(w):
                w = w[:-1]  # "scanning", "planned"
            break
    return w[:-1] if len(w) >= 5 and _SILENT_E_END.search(w) else w


def _stem(word: str) -> str:
    """The stem's first six letters: loose enough for "migrating" ~ "migration"."""
    return _full_stem(word)[:6]


_SPLIT = re.compile(r"['’]s\b|[\-'’]")


def _parts(word: str) -> list[str]:
    """A compound's parts ("cash-flow" -> cash, flow; "team's" -> team), or the word itself."""
    if "-" not in word and "'" not in word and "’" not in word:
        return [word]
    return [p for p in _SPLIT.split(word) if p]


def _context_names(doc: Document) -> frozenset[str]:
    """Lower-cased words of names, company and role: mentioning them is not a specific detail."""
    pieces: list[str] = []
    note = doc.note
    if note is not None:
        people: list[Interviewer | None] = [note.to, *note.cc]
        if note.interview is not None:
            pieces += [note.interview.company, note.interview.role]
            people += list(note.interview.interviewers)
        pieces += [p.name for p in people if p is not None]
        pieces += [p.title for p in people if p is not None and p.title]
        if note.sender is not None:
            pieces.append(note.sender.name)
    return frozenset(
        part.lower() for piece in pieces for w in _TOKEN.findall(piece) for part in [w, *_parts(w)]
    )


def _topics(doc: Document) -> list[str]:
    iv, to = doc.interview, doc.recipient
    topics: list[str] = list(iv.topics) if iv else []
    people = list(iv.interviewers) if iv else []
    if to is not None and to not in people:
        people.append(to)
    for person in people:
        topics += person.topics
    if doc.note is not None:
        topics += doc.note.highlights
    return topics


def _body(doc: Document) -> list[Span]:
    """The note's body paragraphs, or the whole text when it did not parse into parts."""
    if doc.paragraphs:
        return list(doc.paragraphs)
    return [Span(0, len(doc.text), doc.text)]


class _Words(NamedTuple):
    """The note's body words outside template placeholders, with where each paragraph starts."""

    starts: list[int]
    texts: list[str]
    para_starts: list[int]


def _body_words(doc: Document) -> _Words:
    """The body's words, sliced from the document's shared word lists (no step per word)."""
    starts, texts = doc.word_list
    paras = _body(doc)
    # Only white space lies between paragraphs, so the body's words are one run of the list.
    a, b = bisect_left(starts, paras[0].start), bisect_left(starts, paras[-1].end)
    out_starts, out_texts = starts[a:b], texts[a:b]
    holes = template_holes(doc)
    if holes:
        keep = list(map(not_, in_holes(holes, out_starts)))
        out_starts = list(compress(out_starts, keep))
        out_texts = list(compress(out_texts, keep))
    return _Words(out_starts, out_texts, [p.start for p in paras])


def _after_break(text: str, floor: int, pos: int) -> bool:
    """Whether the word at ``pos`` starts a sentence: only white space back to a break (an
    emoji or other symbol ends a sentence too: "the Designer gig 🙌 Super fun")."""
    i = pos - 1
    while i >= floor and text[i] in " \t\r\f\v":
        i -= 1
    return i < floor or text[i] in _SENTENCE_START or _symbol(text[i])


def _symbol(ch: str) -> bool:
    """Emoji, pictographs, dingbats and their variation selectors (not letters or quotes)."""
    return ch >= "\u2190" and not ch.isalnum()


def _content(word: str, names: frozenset[str]) -> bool:
    low = word.lower().replace("’", "'")
    return (
        len(low) >= 3
        and not low.isdigit()
        and low not in STOPWORDS
        and low not in GENERIC_WORDS
        and not (low[-1] == "s" and low[:-1] in GENERIC_WORDS)  # "meetings" as "meeting"
        and low not in names
    )


def _topic_terms(topic: str, names: frozenset[str]) -> list[tuple[str, str | None]]:
    """(stem, full stem if the word is distinctive) for each content word of a topic."""
    terms: list[tuple[str, str | None]] = []
    for word in _TOKEN.findall(topic):
        word = word.removesuffix("'s").removesuffix("’s")  # "the studio's move": "studio"
        for part in _parts(word) if "-" in word else [word]:
            if not _content(part, names):
                continue
            acronym = part.isupper() and len(part) >= 2
            named = part[:1].isupper() or any(ch.isupper() for ch in part[1:])
            long_noun = len(part) >= _DISTINCTIVE_LEN and not part.lower().endswith(("ing", "ed"))
            # A rare word ("turnout", "sepsis") is as telling as a long one.
            rare = len(part) >= 5 and _spelling.frequency(part.lower()) < _RARE
            distinctive = acronym or named or long_noun or rare
            terms.append((_stem(part), _full_stem(part) if distinctive else None))
    return terms


def _mentions_topic(
    topics: Iterable[str],
    note_stems: set[str],
    note_full: set[str],
    names: frozenset[str],
    words: Sequence[str],
) -> bool:
    """A topic is mentioned when a distinctive word of it, or two of its words, appear.

    Two words match loosely (on their first six letters); a distinctive word standing alone must
    match in full, so "preparation" is not mentioned by "prepared".  A topic in everyday words
    ("career growth", "remote work"), which can never match that way, is mentioned when the
    note quotes it whole (in ``words``, the note's words).
    """
    # A topic word that is also the role's or a name's ("campaign" and the "Campaigns Officer"
    # role) says nothing specific when the note repeats it.
    taken = {_full_stem(n) for n in names}
    phrasing = ""
    for topic in topics:
        terms = [(stem, full) for stem, full in _topic_terms(topic, names) if stem not in taken]
        terms = [(stem, full) for stem, full in terms if full is None or full not in taken]
        hits = {stem for stem, _ in terms if stem in note_stems}
        if len(hits) >= 2 or any(full in note_full for _, full in terms if full):
            return True
        if len(terms) < 2 and not any(full for _, full in terms):
            quoted = " ".join(_TOKEN.findall(topic)).lower().replace("’", "'")
            if quoted:
                phrasing = phrasing or _phrasing(words)  # made once, when first needed
                if f" {quoted} " in phrasing:
                    return True
    return False


def _phrasing(words: Sequence[str]) -> str:
    """The words lower-cased, one space apart and around, for whole-phrase tests."""
    return f" {' '.join(words).lower()} ".replace("’", "'")


def _own_topics(doc: Document) -> bool:
    """Whether the note's reader has topics of their own (the interview's, the recipient's, or
    the note's highlights), rather than only other panelists' topics."""
    iv, to, note = doc.interview, doc.recipient, doc.note
    return bool(
        (iv is not None and iv.topics)
        or (to is not None and to.topics)
        or (note is not None and note.highlights)
        or to is None
    )


def _concrete_details(text: str, words: _Words, names: frozenset[str]) -> Iterator[int]:
    """The indexes of numbers, names and acronyms that are not the interview's own names.

    "100 percent" of effort is a figure of speech, not a detail.
    """
    starts, texts = words.starts, words.texts
    # An ordinary lower-case word is never a concrete detail by itself: only the others (found
    # in C, without a Python step per word) are looked at.
    plain = map(and_, map(str.islower, texts), map(str.isalpha, texts))
    for k in compress(range(len(texts)), map(not_, plain)):
        w = texts[k]
        low = w.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]  # "Greenleaf's" is the company's name too
        if low in names or low in COMMON_CAPITALIZED:
            continue
        if any(map(str.isdigit, w)):
            if (
                not _CLOCK.match(w)
                and not _EFFORT.match(text, starts[k])
                and not _in_date(text, starts[k])
            ):
                yield k
            continue
        if w.isupper() and len(w) >= 2:
            if low not in EMPHATIC_CAPS and low not in CHAT_ACRONYMS and len(w) <= 6:
                yield k
            continue
        if (
            w[:1].isupper()
            and not _starts_sentence(text, words, k)
            and not _names_title(text, words, k)
            and not _in_named_run(text, words, k, names)
        ):
            yield k


#: A sentence this short right after a pay question may answer it ("I need at least 30.").
_PAY_FOLLOW_UP_WORDS = 8


def _off_the_conversation(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is in a sentence about pay, hours or perks ("I need at least 30", "the
    90k base and PTO"), or too personal ("Are you from Glasgow?", "my ex was Scottish"), or in a
    short sentence right after pay talk ("What are the hours? I need at least 30."): a figure
    or a name there is no detail of the conversation."""
    pay = phrase_spans(doc, "tone.salary")  # the tone rules' scan, shared
    personal = phrase_spans(doc, "tone.personal")
    if not pay and not personal:
        return False
    sentences = doc.sentences
    i = bisect_right([s.start for s in sentences], pos) - 1
    if i < 0 or pos >= sentences[i].end:
        return False

    def holds(spans: list[tuple[int, int]], k: int) -> bool:
        start, end = sentences[k].start, sentences[k].end
        return any(start <= a and b <= end for a, b in spans)

    if holds(pay, i) or holds(personal, i):
        return True
    return (
        i > 0
        and holds(pay, i - 1)
        and doc.sentence_word_counts[i] <= _PAY_FOLLOW_UP_WORDS
        and not doc.text[sentences[i - 1].end : sentences[i].start].count("\n")  # one paragraph
    )


# A remark quoted word for word ("Your point that "the first departure sets the pace""): only
# this conversation has it.  Four words at least, so a "quoted" buzzword does not count.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{12,300})[\"”]")


def _quotes_someone(doc: Document) -> bool:
    """Whether the body quotes a remark of four words or more."""
    text = doc.text
    if '"' not in text and "“" not in text:
        return False
    body = _body(doc)
    for m in _QUOTED.finditer(text, body[0].start, body[-1].end):
        if len(m.group(1).split()) >= 4:
            return True
    return False


def _starts_sentence(text: str, words: _Words, k: int) -> bool:
    """Whether body word ``k`` starts a sentence (only white space back to a break)."""
    para = words.para_starts[bisect_right(words.para_starts, words.starts[k]) - 1]
    return _after_break(text, para, words.starts[k])


def _in_named_run(text: str, words: _Words, k: int, names: frozenset[str]) -> bool:
    """Whether the run of capitalised words holding word ``k`` has a word of the context's
    names in it: "Westward Loft Sailmakers" for Windward Loft Sailmakers is the company,
    misnamed (a wrong-company finding), not a detail of the conversation."""
    texts = words.texts
    first = k
    while first > 0 and texts[first - 1][:1].isupper() and not _starts_sentence(text, words, first):
        first -= 1
    last = _run_end(text, words, k)
    return last > first and any(
        t.lower().removesuffix("'s").removesuffix("’s") in names for t in texts[first : last + 1]
    )


def _run_end(text: str, words: _Words, k: int) -> int:
    """The last word of the run of capitalised words that word ``k`` begins or is in (a
    capital that starts a sentence begins a new run)."""
    texts = words.texts
    while (
        k + 1 < len(texts)
        and texts[k + 1][:1].isupper()
        and not _starts_sentence(text, words, k + 1)
    ):
        k += 1
    return k


def _names_title(text: str, words: _Words, k: int) -> bool:
    """Whether the capitalized run holding word ``k`` ends right before "role", "team" etc."""
    k = _run_end(text, words, k)
    return k + 1 < len(words.texts) and words.texts[k + 1].lower() in _TITLE_HEADS


@rule("generic.nothing-specific", severity="warning")
def nothing_specific(doc: Document) -> Iterator[Hit]:
    """A note that names nothing from this conversation could have followed any interview.

    With the interview's topics (``Interview.topics``, ``Interviewer.topics``), the note must
    mention one of them (a distinctive word of it, or two of its words, in any inflection) or
    some other concrete detail: a number, a name, an acronym.  Without topics, the note must carry
    such a detail or several words that are not the stock vocabulary of any thank-you ("the role",
    "the team", "our conversation", "your priorities").

    Bad: Thank you for the interview. I enjoyed learning about the role and the team.
    Better: Thank you for the interview. Your plan to move billing exports to Kafka stayed with me.
    """
    if doc.kind is not NoteKind.THANK_YOU:
        return
    words = _body_words(doc)
    if len(words.texts) < 5:
        return
    names = _context_names(doc)
    # A concrete detail usually turns up early, which saves stemming the whole note.
    details = _concrete_details(doc.text, words, names)
    if any(not _off_the_conversation(doc, words.starts[k]) for k in details) or _quotes_someone(
        doc
    ):
        return
    unique = set(words.texts)
    topics = _topics(doc)
    if topics:
        # Set and map steps run in C; only compounds ("cash-flow") need their parts added.
        full = set(map(_full_stem, unique))
        full.update(_full_stem(p) for w in unique if not w.isalnum() for p in _parts(w))
        stems = {f[:6] for f in full}
        if _mentions_topic(topics, stems, full, names, words.texts):
            return
    if not topics or not _own_topics(doc):
        # No topics to look for, or only other panelists' (a note to someone who has none
        # of their own): some words beyond the stock vocabulary of any thank-you will do.
        # The distinct stems of content words (see _content), with the word lists as sets.
        lows = {w.replace("’", "'") for w in map(str.lower, unique)}
        lows -= STOPWORDS
        lows -= GENERIC_WORDS
        lows -= names
        domain = {_full_stem(w)[:6] for w in lows if len(w) >= 3 and not w.isdigit()}
        if len(domain) >= _DOMAIN_WORDS:
            return
    message = (
        "The note names nothing from this conversation; add one or two specifics you discussed"
        + (f" (for example {_quote(topics[0])})" if topics else "")
        + " and how your experience bears on them."
    )
    yield Hit(message=message, suggestions=tuple(f"Mention {t}." for t in topics[:3]))


# ---------------------------------------------------------------------- greeting and subject

_NO_NAME = re.compile(
    r"(?i)^\s*(?:to whom it may concern|dear (?:sir|madam|sirs)(?: or (?:sir|madam))?|"
    r"dear sir/madam|dear hiring (?:manager|team|committee|panel)|"
    r"dear (?:recruiter|recruiting team|interviewer|interviewers|search committee|"
    r"selection committee|hr|human resources)|"
    r"(?:hello|hi|greetings|good (?:morning|afternoon|evening))\s*[,.!:\-—]?\s*$)"
)


def _first_line(doc: Document) -> Span | None:
    if doc.greeting is not None:
        return doc.greeting
    return doc.lines[0] if doc.lines else None


@rule("generic.no-name-greeting", severity="warning")
def no_name_greeting(doc: Document) -> Iterator[Hit]:
    """Greet the interviewer by name; a form-letter salutation says the note is a template.

    "To whom it may concern" and "Dear Sir or Madam" always; "Dear Hiring Manager" and a bare
    "Hello," when the note is to a known person.

    Bad: To whom it may concern,
    Better: Dear Ms. Okafor,
    """
    line = _first_line(doc)
    if line is None:
        return
    m = _NO_NAME.match(line.text)
    if m is None:
        return
    head = m.group().strip().lower()
    always = head.startswith(("to whom", "dear sir", "dear madam"))
    person = doc.recipient
    if not always and person is None:
        return
    start = line.start + (len(line.text) - len(line.text.lstrip()))
    end = start + len(m.group().strip().rstrip(",.!:-—").rstrip())
    yield Hit(
        start,
        end,
        message="Greet the interviewer by name instead of a form-letter salutation.",
        suggestions=(f"Dear {person.first_name}",) if person is not None else (),
    )


_BARE_SUBJECT = re.compile(
    r"(?i)^\W*(?:re:\s*)?(?:following up|follow[- ]up|thank you|thanks|thank you!*|interview|"
    r"hi|hello|hey|checking in|just checking in|quick note|note|(?:no subject)|update|"
    r"thank you for your time|thanks for your time|thank you for the interview|"
    r"thanks for the interview|following up on (?:my|our|the) interview)\W*$"
)


@rule("generic.subject-line", severity="info")
def subject_line(doc: Document) -> Iterator[Hit]:
    """An email subject should say what the email is: the thanks, the role, and your name.

    Bad: Following up
    Better: Thank you - Senior Backend Engineer interview
    """
    subject = doc.subject
    if subject is None or doc.channel.value != "email":
        return
    if _BARE_SUBJECT.match(subject):
        role = doc.interview.role if doc.interview else None
        better = f"Thank you - {role} interview" if role else "Thank you - <role> interview"
        yield Hit(
            message=f"The subject line '{subject.strip()}' is bare; name the role so the reader "
            "knows what the email is about.",
            suggestions=(better,),
        )


# ---------------------------------------------------------------------- user phrases


# ---------------------------------------------------------------------- helpers


def _squash(text: str) -> str:
    return " ".join(text.split())


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _quote(topic: str) -> str:
    return f"'{topic}'"


RULES: tuple[Rule, ...] = (
    stock_phrase,
    stock_heavy,
    nothing_specific,
    no_name_greeting,
    subject_line,
)

__all__ = ["RULES"]
