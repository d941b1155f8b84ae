"""The parsed note every rule shares: parts, paragraphs, sentences and words with offsets.

The text is parsed once per check.  Every span holds offsets into the original text, so a
finding built from a span points at exactly the characters the user wrote.  Parsing is linear in
the length of the text: the patterns here have no nested quantifiers.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import accumulate, compress, repeat
from operator import not_, sub
from typing import Any, Generic, NamedTuple, TypeVar, overload

import attrs

from .config import Config
from .model import Candidate, Channel, Interview, Interviewer, Note, NoteKind

__all__ = ["Document", "Span", "Tokens", "count_words"]

_T = TypeVar("_T")


class _cached(Generic[_T]):
    """A value computed on first use and kept on the instance: ``functools.cached_property``
    without its lock (a document is read by one check; two threads that race on one would only
    compute the same value twice), which rules read many times per note."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, cls: type | None = None) -> _cached[_T]: ...

    @overload
    def __get__(self, obj: object, cls: type | None = None) -> _T: ...

    def __get__(self, obj: object, cls: type | None = None) -> _T | _cached[_T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@attrs.frozen(slots=True)
class Span:
    """A piece of the text: ``text[start:end]``."""

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# _WORD as one group, written to open with a single character class: the regex engine then
# skips over the text between words in C instead of trying a match at every position.
# A run of letters and digits as one group: the tokens of Document.tokens.  A word (_WORD) is
# a run of tokens joined by single apostrophes or hyphens.  (Each opens with a character class,
# so that the regex engine skips over the text between runs in C.)
_RUN = re.compile(r"([^\W_]+)")
_RUN_ASCII = re.compile(r"([A-Za-z0-9]+)")
_JOINERS = frozenset("'’-")


class Tokens(NamedTuple):
    """Words found in a text, as two lists: ``starts[i]`` is the offset of ``texts[i]``."""

    starts: list[int]
    texts: list[str]


class _Split(NamedTuple):
    words: Tokens
    gaps: list[str]  # gaps[i] is the text before words.texts[i]; the last, after the last word
    lower_words: list[str]
    tokens: Tokens


def _split(text: str) -> _Split:
    """The text's words (:data:`_WORD`), the text between them, and its tokens, in one pass.

    ``split`` gives [gap, run, gap, run, ..., gap] for the runs of letters and digits; the
    running sum of the pieces' lengths gives each run's offset without a Python step per run.
    Runs that only one apostrophe or hyphen separates ("don't", "self-starter") join into one
    word; such joints are few, and only they take Python steps.
    """
    parts = (_RUN_ASCII if text.isascii() else _RUN).split(text)
    ends = list(accumulate(map(len, parts)))
    starts, runs, gaps = ends[0:-1:2], parts[1::2], parts[0::2]
    lows = list(map(str.lower, runs))
    tokens = Tokens(starts, lows)
    inner = gaps[1:-1]  # inner[i] stands between run i and run i + 1
    joints = list(compress(range(len(inner)), map(_JOINERS.__contains__, inner)))
    if not joints:
        return _Split(Tokens(starts, runs), gaps, lows, tokens)
    w_starts: list[int] = []
    w_texts: list[str] = []
    w_lows: list[str] = []
    w_gaps = [gaps[0]]
    done = 0  # runs before this one are in the words already
    k = 0
    while k < len(joints):
        first = last = joints[k]
        while k < len(joints) and joints[k] == last:  # "rock-'n'-roll": a chain of joints
            last += 1
            k += 1
        w_starts += starts[done:first]
        w_texts += runs[done:first]
        w_lows += lows[done:first]
        w_gaps += gaps[done + 1 : first + 1]
        word = text[starts[first] : starts[last] + len(runs[last])]
        w_starts.append(starts[first])
        w_texts.append(word)
        w_lows.append(word.lower())
        w_gaps.append(gaps[last + 1])
        done = last + 1
    w_starts += starts[done:]
    w_texts += runs[done:]
    w_lows += lows[done:]
    w_gaps += gaps[done + 1 :]
    return _Split(Tokens(w_starts, w_texts), w_gaps, w_lows, tokens)


# A run of marks with no letter or digit ("—", "&", "..."): not a word.
_BARE = re.compile(r"(?:[^\w\s]|_)+")
_SPACE = re.compile(r"\s")


def count_words(text: str) -> int:
    """Words as a person counts them: runs of non-space characters holding a letter or digit."""
    # str.split() finds the runs in C; only the few that are not all letters and digits
    # ("role.", "—") need a look for whether they hold any letter or digit at all.
    chunks = text.split()
    marked = compress(chunks, map(not_, map(str.isalnum, chunks)))
    return len(chunks) - len(list(filter(_BARE.fullmatch, marked)))


# A sentence ends at ., ! or ? (possibly repeated, possibly closed by quotes or brackets),
# followed by white space; or at a line break.
# (It opens with a character class, so that the regex engine skips to the candidates in C.)
_SENTENCE_END = re.compile(r"""[.!?…\n](?:(?<=\n)|[.!?…]*['"’”)\]]*(?=\s|$))""")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "no",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "approx",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "u.s",
    ]
)
_GREETING_START = re.compile(
    r"(?i)\s*(?:dear|hello|hi|hey|heya|hiya|howdy|yo|sup|greetings|good (?:morning|afternoon|evening|day)|"
    r"to whom|to the|to:|attn|attention|hallo|ahoy|what's up|whats up)\b"
)
_SIGNOFF_WORDS = re.compile(
    r"(?i)^\s*(?:(?:with )?(?:best|kind|warm|warmest|kindest|many|all the best|my best)?\s*"
    r"(?:regards|wishes|thanks|best|sincerely|respectfully|cheers|gratefully|cordially|yours|"
    r"thank you|appreciatively|love|xoxo|xo|later|peace|ciao|take care|talk soon|see ya|"
    r"see you|thx|tks|ttyl|hugs|all the best)(?:\s+(?:again|mate|so much|truly|sincerely|"
    r"faithfully|regards|wishes))*|yours (?:truly|sincerely|faithfully)|sincerely yours|"
    r"respectfully yours)(?:\s+(?:and|&)\s+(?:(?:best|kind|warm|warmest|all the)\s+)?"
    r"(?:regards|wishes|thanks))?\b[\s,.!:;\-–—]*$"
)


_POSTSCRIPT = re.compile(r"\s*(?:P\.?\s?)+S\b\.?|\s*p\.(?:p\.)?s\.")


@attrs.frozen(slots=True)
class _Parts:
    greeting: Span | None
    paragraphs: tuple[Span, ...]
    signoff: Span | None
    signature: Span | None
    postscript: Span | None


def _lines(text: str) -> list[Span]:
    """Every line of ``text`` with something on it."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _trim(text: str, start: int, end: int) -> Span | None:
    piece = text[start:end]
    core = piece.strip()
    if not core:
        return None
    lead = len(piece) - len(piece.lstrip())
    return Span(start + lead, start + lead + len(core), core)


def _is_greeting(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return False
    if _GREETING_START.match(stripped):
        # "Hi Dana, thanks for..." on one line is still a greeting line when it is short.
        return stripped.endswith((",", ":", "!", "-", "—")) or len(stripped.split()) <= 6
    return False


def _is_signoff(line: str) -> bool:
    return len(line) <= 60 and bool(_SIGNOFF_WORDS.match(line))


# A signature block: the name, then a title, degrees, a phone number, an address, a link or
# pronouns, one short line each.
_SIGNATURE_LINES = 7
_SIGNATURE_LINE_WORDS = 10


def _signature_line(line: str, first: bool) -> bool:
    """Whether ``line`` can belong to a signature block (its first line is the name)."""
    words = line.split()
    if first:
        return len(words) <= 6
    return len(words) <= _SIGNATURE_LINE_WORDS and not line.rstrip().endswith(("!", "?", ":"))


def _signoff_at(lines: list[Span], floor: int) -> int | None:
    """The index of the sign-off line: the last line that reads as one, followed only by a
    signature block (none, a name, or a name and a few short contact lines)."""
    first = max(0, len(lines) - _SIGNATURE_LINES - 1)
    for i in range(len(lines) - 1, first - 1, -1):
        if lines[i].start < floor:
            break
        if _is_signoff(lines[i].text):
            after = lines[i + 1 :]
            if all(_signature_line(ln.text, k == 0) for k, ln in enumerate(after)):
                return i
    return None


def _signed_off(lines: list[Span]) -> bool:
    """Whether these lines end with a sign-off, with or without a signature after it."""
    i = _signoff_at(lines, 0)
    if i is not None and i < len(lines) - 1:
        name = lines[i + 1].text.strip()
        return not name.endswith((".", "!", "?"))
    return i is not None and i >= 1 and lines[i].text.rstrip().endswith(",")


def _parse(text: str, lines: list[Span]) -> _Parts:
    if not lines:
        return _Parts(None, (), None, None, None)
    greeting = lines[0] if _is_greeting(lines[0].text) else None
    body_start = greeting.end if greeting else 0

    # A postscript after the signature ("P.S. The guide is attached.") is not a body paragraph.
    postscript: Span | None = None
    for k in range(max(2, len(lines) - 6), len(lines)):
        line = lines[k].text
        if line.lstrip()[0] in "Pp" and _POSTSCRIPT.match(line) and _signed_off(lines[:k]):
            postscript = Span(lines[k].start, len(text), text[lines[k].start :].rstrip())
            lines = lines[:k]
            break

    # The sign-off is the last short line that reads as one; what follows it is the signature.
    signoff: Span | None = None
    signature: Span | None = None
    at = _signoff_at(lines, body_start)
    if at is not None:
        signoff = lines[at]
        after = lines[at + 1 :]
        if after:
            signature = Span(after[0].start, after[-1].end, text[after[0].start : after[-1].end])
    if signoff is None and len(lines) >= 3 and lines[-2].start >= body_start:
        # A short closing line with a comma, then a name: a sign-off in any words or language
        # ("Ngā mihi,", "Saludos,").
        close, name = lines[-2].text.strip(), lines[-1].text.strip()
        if (
            text.count("\n", lines[-3].end, lines[-2].start) >= 2  # set apart by a blank line
            and name[:1].isupper()
            and close.endswith(",")
            and len(close.split()) <= 4
            and len(name.split()) <= 5
            and not name.endswith((".", "!", "?", ","))
        ):
            signoff, signature = lines[-2], lines[-1]
    body_end = signoff.start if signoff else (postscript.start if postscript else len(text))
    if signoff is None and postscript is None and len(lines) > 2:
        # No sign-off words, but a last short line after a blank line reads as a signature.
        last = lines[-1]
        gap = text[lines[-2].end : last.start]
        if (
            gap.count("\n") >= 1
            and len(last.text.split()) <= 4
            and not last.text.rstrip().endswith((".", "?", "!"))
        ):
            signature = last
            body_end = last.start

    paragraphs = []
    pos = body_start
    for brk in _PARAGRAPH_BREAK.finditer(text, body_start, max(body_start, body_end)):
        span = _trim(text, pos, brk.start())
        if span is not None:
            paragraphs.append(span)
        pos = brk.end()
    span = _trim(text, pos, max(pos, body_end))
    if span:
        paragraphs.append(span)
    return _Parts(greeting, tuple(paragraphs), signoff, signature, postscript)


def _in_marked_name(text: str, names: tuple[str, ...], floor: int, start: int, end: int) -> bool:
    """Whether the single mark ``text[start:end]`` belongs to one of ``names`` written in full
    (from ``floor`` on): "Yahoo!" and "Jeopardy! Productions" are names, and their marks are no
    exclamation or sentence end."""
    if not names or end - start != 1:
        return False
    mark = text[start]
    for name in names:
        i = name.find(mark)
        while i >= 0:
            if start - i >= floor and text.startswith(name, start - i):
                return True
            i = name.find(mark, i + 1)
    return False


def _sentences(
    text: str, paragraphs: tuple[Span, ...], names: tuple[str, ...] = ()
) -> tuple[Span, ...]:
    """The sentences of the paragraphs; ``names`` end in a mark that ends no sentence
    ("Yahoo!")."""
    out: list[Span] = []
    for para in paragraphs:
        pos = para.start
        for m in _SENTENCE_END.finditer(text, para.start, para.end):
            if text[m.start()] == ".":
                before = text[pos : m.start()].rsplit(None, 1)
                last = before[-1].lower().lstrip("([\"'") if before else ""
                if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                    continue
                if last == "al" and text[pos : m.start()].lower().endswith(("et al", "et. al")):
                    continue  # "the Orth et al. paper"
            elif _in_marked_name(text, names, pos, m.start(), m.end()):
                continue
            end = m.end()
            piece = text[pos:end]
            core = piece.strip()
            if core:
                lead = pos + len(piece) - len(piece.lstrip())
                out.append(Span(lead, lead + len(core), core))
            pos = end
        span = _trim(text, pos, para.end)
        if span is not None:
            out.append(span)
    return tuple(out)


class Document:
    """A note parsed once for every rule: its parts, sentences and words, and its context.

    Rules read ``doc.text`` and the spans below; every span's offsets index ``doc.text``.
    """

    def __init__(self, text: str, note: Note | None = None, config: Config | None = None) -> None:
        self.text = text
        self.note = note
        self.config = config if config is not None else Config()
        self.lines: tuple[Span, ...] = tuple(_lines(text))
        """Every line with something on it, greeting to signature."""
        parts = _parse(text, list(self.lines))
        self.greeting: Span | None = parts.greeting
        self.paragraphs: tuple[Span, ...] = parts.paragraphs
        self.signoff: Span | None = parts.signoff
        self.signature: Span | None = parts.signature
        self.postscript: Span | None = parts.postscript
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[Document], _T]) -> _T:
        """``compute(self)``, worked out once per document and shared by the rules that ask.

        Rules that scan the text the same way (every tone phrase family, say) share one scan
        this way; the value lives and dies with the document, so checks share nothing.
        """
        try:
            value: _T = self._memo[key]
        except KeyError:
            value = self._memo[key] = compute(self)
        return value

    # ----------------------------------------------------------------- structure

    @_cached
    def sentences(self) -> tuple[Span, ...]:
        """The body's sentences (greeting, sign-off and signature are not sentences)."""
        return _sentences(self.text, self.paragraphs, self.marked_names)

    @_cached
    def marked_names(self) -> tuple[str, ...]:
        """The context's company and role names with a "!" or "?" in them ("Yahoo!",
        "Jeopardy! Productions"): their marks end no sentence and are no exclamation of the
        writer's."""
        iv = self.interview
        if iv is None:
            return ()
        names = {n.strip() for n in (iv.company, iv.role)}
        return tuple(sorted(n for n in names if "!" in n or "?" in n))

    def in_marked_name(self, start: int, end: int) -> bool:
        """Whether the mark ``text[start:end]`` belongs to one of :attr:`marked_names`."""
        return _in_marked_name(self.text, self.marked_names, 0, start, end)

    @_cached
    def words(self) -> tuple[Span, ...]:
        """Every word of the text (letters and digits, with inner apostrophes and hyphens)."""
        starts, texts = self.word_list
        return tuple(
            map(Span, starts, [s + len(t) for s, t in zip(starts, texts, strict=True)], texts)
        )

    @_cached
    def word_list(self) -> Tokens:
        """The words of :attr:`words` as two plain lists, offsets and texts: cheaper to scan."""
        return self._split.words

    @_cached
    def _split(self) -> _Split:
        return _split(self.text)

    @_cached
    def folded(self) -> str:
        """The text lower-cased, with every offset kept: ``folded[i]`` is ``text[i]`` lower-cased.

        A character whose lower case is longer ("İ") stays as it is.
        """
        lowered = self.text.lower()
        if len(lowered) == len(self.text):
            return lowered
        return "".join(low if len(low := ch.lower()) == 1 else ch for ch in self.text)

    @_cached
    def lower_words(self) -> list[str]:
        """The texts of :attr:`word_list`, lower-cased."""
        return self._split.lower_words

    @_cached
    def tokens(self) -> Tokens:
        """The lower-cased runs of letters and digits: the words of :attr:`word_list`, with
        hyphenated and apostrophe'd words split into their parts ("self-starter" -> "self",
        "starter").  Phrase scans look up here which patterns to try.
        """
        return self._split.tokens

    @_cached
    def word_count(self) -> int:
        """Words as a person counts them, greeting to signature."""
        return len(self._counted)

    @_cached
    def _counted(self) -> list[int]:
        """Where each counted word (:func:`count_words`) starts.

        A counted word is a run of non-space characters holding a letter or digit: the words of
        :attr:`word_list` that white space separates from the word before them start one.
        """
        (starts, _), gaps = self._split.words, self._split.gaps
        inner = gaps[1:-1]  # inner[i] is the text between word i and word i + 1
        spaced = list(map(str.isspace, inner))  # most gaps: a space, found in C
        for i in compress(range(len(inner)), map(not_, spaced)):
            gap = inner[i]  # ", " and other marks, mostly before a space
            spaced[i] = gap[-1:].isspace() or _SPACE.search(gap) is not None
        return starts[:1] + list(compress(starts[1:], spaced))

    @_cached
    def sentence_word_counts(self) -> list[int]:
        """``span_word_count`` of each of :attr:`sentences`, worked out together."""
        counted = self._counted
        ends = map(bisect_left, repeat(counted), [s.end for s in self.sentences])
        starts = map(bisect_left, repeat(counted), [s.start for s in self.sentences])
        return list(map(sub, ends, starts))

    def span_word_count(self, span: Span) -> int:
        """``count_words(span.text)`` for a span of this text (a paragraph, a sentence), read
        from the note's counted words, so that the note is counted once.
        """
        text = self.text
        start, end = span.start, span.end
        if (
            0 <= start <= end <= len(text)
            and (start == 0 or text[start - 1].isspace() or start == end)
            and (end == len(text) or text[end].isspace())
            and text[start:end] == span.text
        ):
            counted = self._counted
            return bisect_left(counted, end) - bisect_left(counted, start)
        return count_words(span.text)

    def words_in(self, span: Span) -> Iterator[Span]:
        """The words inside ``span``."""
        for m in _WORD.finditer(self.text, span.start, span.end):
            yield Span(m.start(), m.end(), m.group())

    @staticmethod
    def count_words(span: Span) -> int:
        """How many words a person would count in ``span``."""
        return count_words(span.text)

    # ----------------------------------------------------------------- context

    @property
    def interview(self) -> Interview | None:
        """The interview the note is about, when the Note carries it."""
        return self.note.interview if self.note else None

    @property
    def recipient(self) -> Interviewer | None:
        """Who the note is addressed to, when known."""
        return self.note.recipient if self.note else None

    @property
    def sender(self) -> Candidate | None:
        """The candidate, when known."""
        return self.note.sender if self.note else None

    @property
    def channel(self) -> Channel:
        """Email unless the Note says handwritten."""
        return self.note.channel if self.note else Channel.EMAIL

    @property
    def kind(self) -> NoteKind:
        """Thank-you unless the Note says otherwise."""
        return self.note.kind if self.note else NoteKind.THANK_YOU

    @property
    def sent_at(self) -> dt.date | None:
        """The day the note was (or will be) sent, when known."""
        if self.note is None or self.note.sent_at is None:
            return None
        sent = self.note.sent_at
        return sent.date() if isinstance(sent, dt.datetime) else sent

    @property
    def subject(self) -> str | None:
        """The email subject line, when known."""
        return self.note.subject if self.note else None

    @_cached
    def context_words(self) -> frozenset[str]:
        """Lower-cased words from the note's context (names, company, role, topics, subject).

        Spelling rules accept these, since they are the interview's own vocabulary.
        """
        pieces: list[str] = list(self.config.accept_words)
        note = self.note
        if note is not None:
            if note.subject:
                pieces.append(note.subject)
            pieces.extend(note.highlights)
            for person in (note.to, note.sender, *note.cc):
                if person is not None:
                    pieces.append(person.name)
                    if isinstance(person, Interviewer):
                        pieces.extend(filter(None, (person.title, *person.topics)))
            iv = note.interview
            if iv is not None:
                pieces += [iv.company, iv.role, *iv.topics]
                for person in iv.interviewers:
                    pieces += [person.name, *filter(None, (person.title,)), *person.topics]
        return frozenset(w.lower() for piece in pieces for w in _WORD.findall(piece))
