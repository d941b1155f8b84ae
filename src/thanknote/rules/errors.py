"""Errors rules: the mistakes a reader notices at once, checked offline with high precision.

Template debris, repeated words, a lower-case "i" or sentence start, misspellings, a small table
of unambiguous grammar mistakes, and a name or company that does not match the Note's context.
LanguageTool (when configured) catches more; these rules aim to be right whenever they speak.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain, compress
from operator import eq

from .. import _spelling
from ..document import Document, Span
from ..findings import Hit
from ..model import Interviewer
from . import _misspellings
from ._scan import PatternSet, quick
from .base import Rule, rule


def _wordset(words: str) -> frozenset[str]:
    """A set from a space-separated list: data reads better as prose than as a list literal."""
    return frozenset(words.split())


# --------------------------------------------------------------------------- placeholder

# Words that mark bracketed text as a template slot ("[insert date]", "[your name]").
_SLOT_WORDS = (
    r"name|company|organi[sz]ation|employer|interviewer|recipient|manager|role|position|job|"
    r"title|date|day|time|insert|your|their|team|department|dept|person|contact|address|email|"
    r"phone|number|school|city|location|topic|project|skill|skills|field|industry|here|x+|"
    r"first|last|full|surname|candidate|hiring|signature|recruiter|product|achievement|"
    r"interview|example|detail|specific|story|accomplishment|strength|mention|reference"
)
# Legitimate bracketed text: editorial marks, email obfuscation and tags, footnotes.
_BRACKET_OK = _wordset(
    "sic sic! at dot external ext edit edited emphasis emphasis added laughs redacted cc bcc fwd "
    "fw re attachment attached link pdf"
)
_HTML_TAGS = _wordset(
    "a abbr b br blockquote code div em font h1 h2 h3 h4 hr i img li ol p pre q s small span "
    "strong sub sup table tbody td th thead tr u ul html body head title style script"
)
# Placeholder shapes, in the order they are tried.  Those that begin with a mark ("[", "{"...)
# are found fast; those that begin with a word need one of _WORD_SHAPE_HINTS in the text.
_MARK_SHAPES = (
    r"(?P<square>\[[^\[\]\n]{1,60}\])",  # [Company Name], [insert date]
    r"(?P<curly>\{\{?[ \t]*[A-Za-z_][\w .\-]{0,40}\}\}?)",  # {interviewer}, {{name}}
    r"(?P<angle><[A-Za-z_][\w \-]{0,40}>)",  # <ROLE>, <Company Name>
    r"(?P<percent>%[A-Za-z_]{2,30}%)",  # %NAME%
    r"(?P<dollar>\$\{?[A-Za-z_][A-Za-z_]{1,30}\}?)",  # $name, ${name}
)
_WORD_SHAPES = (r"(?P<xs>(?<![\w/])[Xx]{2,}(?![\w]))",)  # XX, XXX, xxx as a stand-in
_BLANK = (r"(?P<blank>_{3,})",)  # ___
_LITERAL_SHAPES = (
    r"(?P<literal>\b(?:(?:Company|Hiring[ ]Manager(?:'s)?|Interviewer(?:'s)?|Recipient(?:'s)?|"
    r"Your|My|First|Last|Full|Candidate(?:'s)?)[ ]Name|Job[ ]Title|Position[ ]Title|"
    r"Role[ ]Title|Company[ ]Address|Date[ ]of[ ]Interview|Interviewer[ ]Title)\b)",
    r"(?P<tbd>\b(?:TBD|TBA|TKTK)\b)",
    # COMPANY_NAME, FIRSTNAME, "INSERT TOPIC HERE": a template's variables in capitals
    r"(?P<caps>\b(?:(?:COMPANY|FIRST|LAST|FULL|YOUR|MY|INTERVIEWER|RECIPIENT|HIRING|MANAGER|JOB|"
    r"ROLE|POSITION|CANDIDATE)_(?:NAME|TITLE|MANAGER|DATE)|FIRSTNAME|LASTNAME|FULLNAME|"
    r"COMPANYNAME|INSERT(?![ ](?:INTO|OR|IGNORE|ALL|OVERWRITE)\b)(?:[ ][A-Z'’]+){1,4})\b)",
)
_PAREN = (
    r"(?P<paren>\((?i:insert[ ]|your[ ]|the[ ])?(?i:(?:company|interviewer|hiring[ ]manager|"
    r"recipient|job|position|role)(?:[ ]name|[ ]title)?|(?:organi[sz]ation|employer|school|firm|"
    r"agency|department|team|hospital|client|manager|council|trust|charity)[ ]name)\))",
)
_PLACEHOLDER = quick("|".join(_MARK_SHAPES + _WORD_SHAPES + _BLANK + _LITERAL_SHAPES + _PAREN))
# The same without the word shapes, which need a look in the text first: where no word shape
# can match, it finds the same matches.
_MARK_PLACEHOLDER = quick("|".join(_MARK_SHAPES + _BLANK + _PAREN))
# A word shape needs one of these in the text ("xx" in any case, for "XX").
_WORD_SHAPE_HINTS = (
    "Name",
    "Title",
    "Address",
    "Date of",
    "TBD",
    "TBA",
    "TKTK",
    "_NAME",
    "_TITLE",
    "_DATE",
    "_MANAGER",
    "NAME",
    "INSERT",
)
_MARKS = "[{<%$_("


def _placeholder_matches(text: str, folded: str) -> Iterator[re.Match[str]]:
    """Every placeholder-shaped match in ``text``, as ``_PLACEHOLDER.finditer`` finds them."""
    # Substring tests (fast searches in C) are cheaper here than one regex search for them all.
    if "xx" in folded or any(hint in text for hint in _WORD_SHAPE_HINTS):
        return _PLACEHOLDER.finditer(text)
    if any(mark in text for mark in _MARKS):
        return _MARK_PLACEHOLDER.finditer(text)
    return iter(())


_SLOT = re.compile(rf"(?i)\b(?:{_SLOT_WORDS})\b")
_TBD_OK_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|still|remains?|be|being|as)\s*$")


def _is_placeholder(kind: str, inner: str, text: str, start: int) -> bool:
    """Whether a matched shape is a template slot rather than ordinary bracketed text."""
    content = inner.strip("[]{}<>%$ \t")
    if kind == "square":
        if content.lower() in _BRACKET_OK or not re.search(r"[A-Za-z]", content):
            return False
        if text.startswith("(", start + len(inner)):  # a Markdown link: [my portfolio](url)
            return False
        if content.lower().startswith(("insert", "add ", "enter ", "your ", "name")):
            return True
        words = content.split()
        if len(words) > 6:
            return False
        capitalised = all(w[0].isupper() or not w[0].isalpha() for w in words)
        # A word or three in brackets ("[venue]", "[client name]") is a slot left unfilled; notes
        # have no other use for them ("[sic]" and the like are listed above).
        slot_words = len(words) <= 3 and all(w.isalpha() for w in words)
        return (capitalised and len(content) > 1) or slot_words or bool(_SLOT.search(content))
    if kind == "angle":
        if "@" in content or content.lower().split()[0] in _HTML_TAGS:
            return False
        return content[0].isupper() or bool(_SLOT.search(content))
    if kind == "dollar":
        return not content.isupper() or len(content) > 3  # "$USD" is a currency, "$NAME" is not
    if kind == "xs" and inner.islower():
        # "xx" at the end of a line is a sign-off's kisses (a tone matter), not a slot
        rest = text[start + len(inner) : start + len(inner) + 3]
        return bool(rest) and not re.match(r"[\s.!,]*(?:\n|$)", rest)
    if kind == "tbd":
        return not _TBD_OK_BEFORE.search(text[max(0, start - 20) : start])
    return True


@rule("errors.placeholder", severity="error")
def placeholder(doc: Document) -> Iterator[Hit]:
    """An unfilled template placeholder is still in the note.

    Nothing tells a reader "mass mailing" faster than "[Company Name]", "{interviewer}",
    "<ROLE>", "%NAME%", "XX" or a "___" blank; fill it in with the real name.

    Bad: I would love to join [Company Name] as its next <ROLE>.
    Better: I would love to join Acme Robotics as its next backend engineer.
    """
    for m in _placeholder_matches(doc.text, doc.folded):
        kind = m.lastgroup or ""
        if _is_placeholder(kind, m.group(), doc.text, m.start()):
            yield Hit(
                m.start(),
                m.end(),
                message=f"Fill in the placeholder {m.group()!r} before sending.",
                suggestions=_placeholder_fill(m.group(), doc),
            )
    subject = doc.subject or ""
    for m in _PLACEHOLDER.finditer(subject):
        if _is_placeholder(m.lastgroup or "", m.group(), subject, m.start()):
            # the subject is not part of the body, so the finding has no span
            yield Hit(
                message=f"Fill in the placeholder {m.group()!r} in the subject line.",
                suggestions=_placeholder_fill(m.group(), doc),
            )
            break


def _placeholder_fill(slot: str, doc: Document) -> tuple[str, ...]:
    """The context value a slot most likely stands for, when the Note carries it."""
    low = slot.lower()
    iv, person = doc.interview, doc.recipient
    if iv is not None and ("company" in low or "organi" in low or "employer" in low):
        return (iv.company,)
    if iv is not None and any(k in low for k in ("role", "position", "job", "title")):
        return (iv.role,)
    names_them = any(k in low for k in ("interviewer", "recipient", "manager", "name"))
    names_me = "your" in low or "my" in low  # "[Your Name]" is the sender's own
    if person is not None and names_them and not names_me:
        return (person.first_name,)
    return ()


# --------------------------------------------------------------------------- repeated word


@rule("errors.repeated-word", severity="error")
def repeated_word(doc: Document) -> Iterator[Hit]:
    """The same word twice in a row ("the the"), usually an editing slip.

    Grammatical doublings ("had had", "that that") are left alone.

    Bad: I reviewed the the previous day's data.
    Better: I reviewed the previous day's data.
    """
    starts, texts = doc.word_list
    text = doc.text
    lows = doc.lower_words
    # Only neighbours with the same letters can be a repeat: found in C, looked at in Python.
    for k in compress(range(1, len(lows)), map(eq, lows, lows[1:])):
        prev, word = texts[k - 1], texts[k]
        gap = text[starts[k - 1] + len(prev) : starts[k]]
        if not gap or not gap.isspace() or gap.count("\n") > 1:
            continue
        low = lows[k]
        if low in _misspellings.LEGIT_DOUBLES or not low.isalpha():
            continue
        if word[0].isupper():
            continue  # "Walla Walla", "Sing Sing": place names
        yield Hit(
            starts[k - 1],
            starts[k] + len(word),
            message=f"The word {word!r} is repeated; delete one.",
            suggestions=(prev,),
        )


# --------------------------------------------------------------------------- lowercase i

_LOWER_I = quick(r"(?<![\w'’.\-/@(])(i|i['’](?:m|ve|d|ll)|im|ive)(?![\w'’\-]|\.\w|\))")
_I_FIX = {"i": "I", "im": "I'm", "ive": "I've"}
_LOWER_I_WORDS = frozenset(
    ["i", "im", "ive"] + [f"i{a}{t}" for a in "'’" for t in ("m", "ve", "d", "ll")]
)


@rule("errors.lowercase-i", severity="error")
def lowercase_i(doc: Document) -> Iterator[Hit]:
    """The pronoun "I" is written in lower case ("i", "i'm", "im", "ive").

    Bad: i really enjoyed our talk and im excited about the role.
    Better: I really enjoyed our talk and I'm excited about the role.
    """
    if _LOWER_I_WORDS.isdisjoint(doc.word_list.texts):
        return  # each match of _LOWER_I is a whole word, so none can occur
    for m in _LOWER_I.finditer(doc.text):
        word = m.group()
        fix = _I_FIX.get(word, "I" + word[1:])
        yield Hit(m.start(), m.end(), message=f"Write the pronoun as {fix!r}.", suggestions=(fix,))


# --------------------------------------------------------------------------- sentence case

_BULLET = re.compile(r"[-*•·–—>]|\d+[.)]|[a-z][.)]\s")
_ENDS_SENTENCE = re.compile(r"""[.!?]['"’”)\]]*\s*$""")
_ELLIPSIS = re.compile(r"""(?:\.\.\.|…)['"’”)\]]*\s*$""")
_DOTTED = re.compile(r"(?:^|\s)(?:[A-Za-z]{1,3}\.){2,}\s*$")
_FIRST_WORD = re.compile(r"""[\s"'“‘(\[]*([^\s]+)""")


def _starts_lowercase(word: str) -> bool:
    """A word that begins in lower case and is not a brand, handle, URL or identifier."""
    core = word.rstrip(".,;:!?)'\"’”")
    if not core or not core[0].isalpha() or not core[0].islower():
        return False
    if any(c.isupper() or c.isdigit() for c in core[1:]):
        return False  # iPhone, eBay, macOS, x86
    return not any(c in core for c in "@/_.:#=()") and not core.startswith("www")


def _continues(doc: Document, sent: Span, para_starts: set[int]) -> bool:
    """Whether a lower-case start legitimately carries on from the text before it."""
    text = doc.text
    greeting = doc.greeting
    if greeting is not None and not text[greeting.end : sent.start].strip():
        return False  # the first words after "Dear Dana," start the note
    before = text[max(0, sent.start - 200) : sent.start]
    # Look back a bounded way, so a long line of short sentences stays linear.
    window = max(0, sent.start - 200)
    line_start = text.rfind("\n", window, sent.start) + 1 or window
    on_list_line = _BULLET.match(text, line_start) or text[line_start : sent.start].strip()
    if on_list_line and not _ENDS_SENTENCE.search(before):
        return True  # a list item, or a clause continued on the same line
    if _ELLIPSIS.search(before) or before.rstrip().endswith((":", ";", ",", "-", "—", "–")):
        return True
    if _DOTTED.search(before):
        return True  # "my Ph.D. last year": the period ends an abbreviation, not a sentence
    # a hard-wrapped line that carries on the sentence above it
    return sent.start not in para_starts and not _ENDS_SENTENCE.search(before)


# A greeting or sign-off in these words is formal, and so needs its capital ("dear Dana,",
# "best regards,"); a casual one in lower case ("hey", "xoxo") is a tone matter instead.
_FORMAL_OPENING = re.compile(
    r"(?:dear|best|kind|warm|warmest|with|many|yours|regards|sincerely|respectfully|cordially|"
    r"thank|all the best)\b"
)


@rule("errors.sentence-case", severity="error")
def sentence_case(doc: Document) -> Iterator[Hit]:
    """A sentence, or a formal greeting or sign-off, starts with a lower-case letter.

    List items after a colon, text after an ellipsis, brand names such as "iPhone" and lines of
    a hard-wrapped paragraph are left alone.

    Bad: dear Dana, Thank you for your time. it was a pleasure to meet the team. best regards,
    Better: Dear Dana, Thank you for your time. It was a pleasure to meet the team. Best regards,
    """
    text = doc.text
    for part in (doc.greeting, doc.signoff):
        if part is not None and _FORMAL_OPENING.match(part.text):
            yield Hit(
                part.start,
                part.start + 1,
                message="Start the greeting or sign-off with a capital letter.",
                suggestions=(part.text[0].upper(),),
            )
    para_starts = {p.start for p in doc.paragraphs}
    for sent in doc.sentences:
        head = sent.text[0]
        if head.isalpha() and not head.islower():
            continue  # the common case: a capital letter, which _FIRST_WORD would find first
        m = _FIRST_WORD.match(text, sent.start, sent.end)
        if m is None or not _starts_lowercase(m.group(1)):
            continue
        if _LOWER_I.match(m.group(1)) or _continues(doc, sent, para_starts):
            continue  # a lower-case "i" is the lowercase-i rule's finding
        word_start = m.start(1)
        fix = m.group(1)[0].upper() + m.group(1)[1:]
        yield Hit(
            word_start,
            word_start + 1,
            message="Start the sentence with a capital letter.",
            suggestions=(fix[0],),
        )


# --------------------------------------------------------------------------- spelling

# URLs, emails, handles and hashtags: checked per white-space token, which keeps it linear.
_TOKEN = re.compile(r"\S+")
_WEB_MARKS = r"://|www\.|@|\.(?:com|org|net|io|edu|gov|dev|ai|co)\b"
# In a token: a web mark, or a hashtag's leading "#".
_URLISH = re.compile(_WEB_MARKS + "|^#")
_TLD = re.compile(r"\.(?:com|org|net|io|edu|gov|dev|ai|co)\b")
# "n't" goes whole ("couldn't" -> "could"); "can't" and "won't" keep a listed stem.
_CONTRACTION_TAIL = re.compile(r"(?i)(?:n['’]t|['’](?:s|t|re|ve|ll|d|m))$")
# Contractions written without their apostrophe that are never words on their own.
_NO_APOSTROPHE = {
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "youre": "you're",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
    "wouldve": "would've",
    "couldve": "could've",
    "shouldve": "should've",
    "youve": "you've",
    "theyve": "they've",
    "weve": "we've",
    "itll": "it'll",
    "youll": "you'll",
    "theyll": "they'll",
    "lets": "",  # "lets" is a word: listed only so it is never "corrected"
}


# Shorter unknown words sit one letter from too many real words to correct with confidence
# (four-letter ones are corrected only when two swapped letters make a very common word); the
# common short misspellings ("teh", "wich") are in the curated list.
_MIN_CHECKED = 5
# Listed words that are still flagged: curated misspellings the frequency list happens to hold.
_ALWAYS_CHECK = frozenset(_misspellings.MISSPELLINGS) | frozenset(_NO_APOSTROPHE)
# No English word is longer; a longer "word" is a hash, a key or noise, and costs time.
_MAX_CHECKED = 40


@functools.lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """Listed words of letters only that are never flagged: spelling passes them at once."""
    return frozenset(filter(str.isalpha, _spelling.load())) - _ALWAYS_CHECK


def _skip_spans(doc: Document) -> set[int]:
    """Start offsets of every word inside a URL, email address, handle or hashtag."""
    skip: set[int] = set()
    text = doc.text
    # The marks of _URLISH anywhere in the text (substring tests run in C; the one pattern
    # left starts with a dot, which the regex engine skips to).
    if not ("://" in text or "www." in text or "@" in text or "#" in text or _TLD.search(text)):
        return skip  # most notes have no link, address or handle at all
    for token in _TOKEN.finditer(doc.text):
        if _URLISH.search(token.group()):
            skip.update(w.start for w in doc.words_in(Span(token.start(), token.end(), "")))
    return skip


def _sentence_starts(doc: Document) -> set[int]:
    starts = set()
    for sent in doc.sentences:
        m = _FIRST_WORD.match(doc.text, sent.start, sent.end)
        if m:
            starts.add(m.start(1))
    for part in (doc.greeting, doc.signoff, doc.signature):
        if part is not None:
            starts.add(part.start)
    return starts


_PIECE_BREAK = re.compile(r"([-'’])")


def _parts(start: int, text: str) -> list[tuple[int, str]]:
    """(offset, piece) of a word to spell-check: hyphenated parts, without a contraction's tail."""
    if "-" not in text and "'" not in text and "’" not in text:
        return [(start, text)]  # the common case
    tail = _CONTRACTION_TAIL.search(text)
    if tail:
        text = text[: tail.start()]
    out = []
    pos = start
    for piece in _PIECE_BREAK.split(text):
        if piece and piece not in "-'’":
            out.append((pos, piece))
        pos += len(piece)
    return out


def _misspelling(piece: str, capitalised_ok: bool, context: frozenset[str]) -> str | None:
    """The correction of one word piece, or None when it is fine or not confidently wrong."""
    low = piece.lower()
    if low in context:
        return None  # the interview's own vocabulary ("Acheive Labs") wins over any list
    if piece.islower():
        return _lower_case_misspelling(piece)
    if low in _misspellings.MISSPELLINGS and capitalised_ok:
        return _misspellings.MISSPELLINGS[low]
    return None  # acronyms, names, brands and numbers are not checked


@functools.lru_cache(maxsize=8192)
def _lower_case_misspelling(piece: str) -> str | None:
    """The correction of a lower-case word piece (the same in every note, so kept)."""
    low = piece.lower()
    if low in _misspellings.MISSPELLINGS:
        return _misspellings.MISSPELLINGS[low]
    if low in _NO_APOSTROPHE:
        return _NO_APOSTROPHE[low] or None
    if not piece.isalpha() or len(piece) < _MIN_CHECKED - 1:
        return None  # short words and numbers are not checked
    if low in _misspellings.NOT_SPELLING or low in _misspellings.LOANWORDS:
        return None
    if not low.isascii() and _spelling.is_derived(_without_accents(low)):
        return None  # "façade", "naïve", "rôle": a listed word with its accents kept
    if len(piece) < _MIN_CHECKED:
        # "haev", "thta": nothing else is trusted in a short word ("sooo" is a tone matter).
        return None if _ELONGATED.search(low) else _spelling.short_swap_fix(low)
    if _spelling.is_derived(low) or _informal(low):
        return None
    doubled = _spelling.doubled_letter_fix(low)
    if doubled is not None:
        return doubled  # "wonderfull": not the compound "wonder" + "full"
    if _spelling.is_compound(low, plain=True):
        return None  # two listed words: "playdate", "runbook"
    particle = _PARTICLE.search(low)
    if particle and _spelling.is_derived(low[: particle.start()]):
        return None  # a phrasal verb made a noun: "lookup" (not "lockup"), "handover"
    # Unknown, or a "compound" only through an inflected part ("beg" + "ginning"): a common word
    # one letter away makes it a typo.
    return _spelling.suggest(low)


_ELONGATED = re.compile(r"(.)\1\1")
# The particle that ends a phrasal verb made a noun ("lookup", "walkout", "handover"); "in" and
# "on" are left out, as they end too many slips ("lookin").
_PARTICLE = re.compile(r"(?<=[a-z]{3})(?:up|off|out|down|over|back|away)$")


def _without_accents(word: str) -> str:
    """``word`` with its diacritics taken off ("façade" -> "facade")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _informal(low: str) -> bool:
    """Spoken forms that are a tone matter, not misspellings: "hella", "outta", "soooo"."""
    if _ELONGATED.search(low):
        return True
    return low.endswith("a") and (_spelling.is_known(low[:-1]) or _spelling.is_known(low[:-2]))


@rule("errors.spelling", severity="error")
def spelling(doc: Document) -> Iterator[Hit]:
    """A misspelled word: a well-known misspelling, or an unknown word one letter from a common one.

    Names, acronyms, jargon from the Note's context, capitalised words and ``Config.accept_words``
    are never flagged; an unknown lower-case word is flagged only when a confident correction
    exists.

    Bad: I definately look forward to the oppertunity.
    Better: I definitely look forward to the opportunity.
    """
    context = doc.context_words
    starts, texts = doc.word_list
    lows = doc.lower_words
    # Most words are plain, listed English words: they are dropped without a Python step each,
    # and only the rest are looked at one by one.  (A capitalised word whose lower case is plain
    # is fine too: only lower-case words and listed misspellings are judged.)
    unknown = set(lows).difference(_plain_words())
    if not unknown:
        return
    rest = list(compress(range(len(lows)), map(unknown.__contains__, lows)))
    skip = _skip_spans(doc)
    sentence_starts: set[int] | None = None
    text = doc.text
    for k in rest:
        if starts[k] in skip or len(texts[k]) > _MAX_CHECKED:
            continue
        end = starts[k] + len(texts[k])
        if texts[k].endswith("in") and text[end : end + 1] in ("'", "’"):
            continue  # a dropped g ("fixin'", "nothin'") is a tone matter, not a misspelling
        for start, piece in _parts(starts[k], texts[k]):
            if piece.islower():
                capitalised_ok = False
            elif piece.lower() in _misspellings.MISSPELLINGS:
                # A capitalised listed misspelling counts at a sentence start only.
                if sentence_starts is None:
                    sentence_starts = _sentence_starts(doc)
                capitalised_ok = start in sentence_starts
            else:
                continue  # a name, a brand, an acronym: never judged (see _misspelling)
            fix = _misspelling(piece, capitalised_ok, context)
            if not fix:
                continue
            if piece[0].isupper():
                fix = fix[0].upper() + fix[1:]
            yield Hit(
                start,
                start + len(piece),
                message=f"{piece!r} looks misspelled; did you mean {fix!r}?",
                suggestions=(fix,),
            )


# --------------------------------------------------------------------------- confused words

# (pattern, message, replacement template): each pattern is unambiguous in a note's prose.
# The look-behinds exclude questions and modal phrases ("would it have"); a look-ahead before
# them keeps the engine from trying them at every position.
_ROMAN_I_BEFORE = (
    r"(?=I)(?<!\b[Pp]hase )(?<!\b[Pp]art )(?<!\b[Tt]ier )(?<!\b[Ll]evel )(?<!\b[Tt]ype )"
    r"(?<!\b[Cc]lass )(?<!\b[Ss]tage )(?<!\b[Ss]tep )(?<!\b[Ww]ar )(?<!\b[Gg]rade )"
)
# Not after a word that takes a bare verb after its subject ("did she have", "let it have").
_NOT_AFTER_AUX = (
    r"(?<!\b[Dd]id )(?<!\b[Dd]oes )(?<!\b[Ww]ould )(?<!\b[Cc]ould )(?<!\b[Ss]hould )"
    r"(?<!\b[Mm]ight )(?<!\b[Mm]ay )(?<!\b[Mm]ust )(?<!\b[Ww]ill )(?<!\b[Cc]an )"
    r"(?<!\b[Ss]hall )(?<!\b[Ll]et )(?<!\b[Mm]ake )(?<!\b[Hh]elp )(?<!\b[Hh]elped )"
    r"(?<!\b[Hh]ad )"
)
# ("that he have" may be a subjunctive: "I suggest that he have a look".)
_AUX_BEFORE = r"(?=[HhSsIi])" + _NOT_AFTER_AUX + r"(?<!\b[Tt]hat )"
# "Dr. Cho have started": one titled person ("Mr. and Mrs. Lee have" is two).
_TITLED_BEFORE = r"(?=[DMP])" + _NOT_AFTER_AUX + r"(?<!\band )(?<!& )"
_SEEN_AUX_BEFORE = (
    r"(?=[IWwTtYy])(?<!\b[Hh]ave )(?<!\b[Hh]ad )(?<!\b[Hh]as )(?<!\b[Ww]as )(?<!\b[Ww]ere )"
    r"(?<!\b[Aa]m )"
    r"(?<!\b[Aa]re )(?<!\b[Ii]s )"
)
_PARTICIPLE_FIX = {
    "went": "gone",
    "came": "come",
    "saw": "seen",
    "wrote": "written",
    "took": "taken",
    "began": "begun",
    "did": "done",
    "ate": "eaten",
    "drove": "driven",
    "gave": "given",
    "spoke": "spoken",
    "broke": "broken",
    "chose": "chosen",
    "forgot": "forgotten",
    "knew": "known",
    "threw": "thrown",
    "grew": "grown",
    "ran": "run",
    "rode": "ridden",
}
# A preposition before "you" makes it an object, and "was" then belongs to a longer subject.
_OBJECT_YOU_BEFORE = (
    r"(?=[WwTtYy])(?<!\bwith )(?<!\bto )(?<!\bfor )(?<!\bfrom )(?<!\bby )(?<!\babout )(?<!\bof )"
    r"(?<!\bat )(?<!\bon )(?<!\blike )(?<!\bbeside )(?<!\bthan )"
    # a verb's object: "the script I showed you was built last year"
    r"(?<!\bshowed )(?<!\bshown )(?<!\btold )(?<!\bgave )(?<!\bsent )(?<!\basked )(?<!\boffered )"
    r"(?<!\bemailed )(?<!\bbrought )(?<!\bpromised )(?<!\bowe )(?<!\bshow )(?<!\bsend )"
)
# What people have or do: after "there" these nouns show that "their" was meant.
_POSSESSED = (
    "work|team|teams|own|approach|product|products|clients|customers|staff|people|process|"
    "processes|plans|values|culture|project|projects|mission|goals|experience|expertise|"
    "business|company|office|patients|students|community|members|data|systems?|platform|pride|"
    "services?|families|children|jobs|careers|questions|feedback|time|efforts"
)
# Verb forms the patterns below correct to: {n~} is the -ing form of group n, {n^} its past
# participle, {n<} its plain form (a base verb, a singular noun, an adjective in -ed).
_VERB_FORMS = """
hear hearing heard; meet meeting met; speak speaking spoken; talk talking talked;
work working worked; join joining joined; learn learning learned; see seeing seen;
continue continuing continued; discuss discussing discussed; connect connecting connected;
receive receiving received; contribute contributing contributed; begin beginning begun;
start starting started; collaborate collaborating collaborated; chat chatting chatted;
visit visiting visited; take taking taken; give giving given; share sharing shared;
show showing shown; explain explaining explained; introduce introducing introduced;
answer answering answered; host hosting hosted; spend spending spent; invite inviting invited;
consider considering considered; walk walking walked; attend attending attended;
enjoy enjoying enjoyed; appreciate appreciating appreciated; submit submitting submitted;
apply applying applied; decide deciding decided; realize realizing realized;
realise realising realised; gain gaining gained; explore exploring explored;
impress impressing impressed; interest interesting interested; excite exciting excited;
inspire inspiring inspired; amaze amazing amazed; thrill thrilling thrilled;
delight delighting delighted; get getting gotten; be being been; build building built;
send sending sent; lend lending lent
"""
_FORMS = [entry.split() for entry in _VERB_FORMS.replace("\n", " ").split(";")]
_ING = {base: ing for base, ing, _ in _FORMS}
_PARTICIPLE = {base: done for base, _, done in _FORMS}
# Verbs a modal takes in their plain form ("I can contribute", not "I can contributes").
_MODAL_VERBS = "contribute bring help make take work add lead support learn grow build".split()
_PLAIN = {
    **{ing: base for base, ing, _ in _FORMS},
    "met": "meet",
    "spoke": "speak",
    "took": "take",
    "gave": "give",
    "went": "go",
    "knew": "know",
    "wrote": "write",
    "began": "begin",
    "thanks": "thank",
    "interesting": "interested",
    "exciting": "excited",
    "informations": "information",
    "advices": "advice",
    "feedbacks": "feedback",
    "knowledges": "knowledge",
    "equipments": "equipment",
    **{f"{verb}s": verb for verb in _MODAL_VERBS},
}


def _words(words: str) -> str:
    return "|".join(words.split())


_AFTER_LOOK_FORWARD = _words(
    "hear meet speak talk work join learn see continue discuss connect receive contribute begin "
    "start collaborate chat visit get be"
)
_AFTER_THANKS_FOR = _words(
    "meet speak talk take give share show explain introduce answer host spend consider walk invite"
)
_HAVE_DONE = _words(
    "attend enjoy learn discuss appreciate receive submit apply decide speak meet realize realise "
    "consider gain explore"
)
_CONFUSIONS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p), msg, fix)
    for p, msg, fix in (
        (
            r"\b([Ss]hould|[Cc]ould|[Ww]ould|[Mm]ust|[Mm]ight|may)\s+of\b(?!\s+course)",
            "Write '{1} have', not '{1} of'.",
            "{1} have",
        ),
        (
            r"\b([Ss]hould|[Cc]ould|[Ww]ould|[Mm]ust|[Mm]ight)(n['’]t|\s+not|\s+never)\s+of\b"
            r"(?!\s+course)",
            "Write '{1}{2} have', not '{1}{2} of'.",
            "{1}{2} have",
        ),
        (r"\b([Tt]heir)\s+(is|are|was|were|been)\b", "Use 'there' here: 'there {2}'.", "there {2}"),
        (
            r"\b([Tt]heir|[Tt]here)\s+(going|gonna)\b(?![-'’])",
            "Use 'they're' (they are) here.",
            "they're {2}",
        ),
        (r"\b([Tt]here)\s+own\b", "Use 'their own' (belonging to them).", "their own"),
        (
            r"\b([Yy]our)\s+(welcome)(?=\s+to\b|\s*(?:[.!,]|$))",
            "Write 'you're welcome' (you are).",
            "you're welcome",
        ),
        (
            r"\b([Yy]our)\s+(a|an|the|not|going)\b(?![-'’])",
            "Use 'you're' (you are) here.",
            "you're {2}",
        ),
        (
            r"\b([Ii]ts)\s+(a|an|the|not|been|my|your|our|always|never)\b(?![-'’])",
            "Use 'it's' (it is / it has) here.",
            "it's {2}",
        ),
        (
            # "Its clear that": an adjective, then "that" or "to", makes "it is"
            r"\b([Ii]ts)(?=\s+(?:so |very |really |also |just )?(?:clear|obvious|evident|apparent|"
            r"important|exciting|hard|easy|great|good|nice|true|worth|possible|likely|unlikely|"
            r"essential|crucial|vital|rare|fair|safe|fun|interesting|encouraging|reassuring)\s+"
            r"(?:that|to|how|seeing|hearing|knowing|working)\b)",
            "Use 'it's' (it is) here.",
            "it's",
        ),
        (
            # "split it's write path": after a verb that takes an object, "it's" is "its"
            r"(?:"
            + "|".join(
                rf"(?<=\b{w} )"
                for w in "split change improve lose reach grow protect double halve cut move "
                "migrate scale shard expand reduce increase update rebuild share sell close fix "
                "redesign rewrite track tune monitor restructure streamline simplify".split()
            )
            + r")(it['’]s)\s+(?!(?:a|an|the|not|been|going|time|ok|okay|so|very|too|all|also|just|"
            r"still|now|what|how|why|because|more|less|hard|easy|clear|important|worth|fine|true|good|"
            r"great|done|ready|safe|fast|quick|cheap|free|simple|[a-z]+(?:er|ly|ble)"
            r")\b)([a-z]+)\b",
            "Use 'its' (belonging to it), without an apostrophe.",
            "its {2}",
        ),
        (
            r"\b([Ii]t['’]s)\s+own\b",
            "Use 'its own' (belonging to it), without an apostrophe.",
            "its own",
        ),
        (
            # "the suite and it's 40-minute runtime": a measure made an adjective, then its noun
            r"\b([Ii]t['’]s)(?=\s+\d[\d,.]*-(?:second|minute|hour|day|week|month|year|page|step|"
            r"person|point|stage|part|member|line|mile|km|metre|meter|foot|seat|bed|room|store|"
            r"site)s?\s+(?!(?:old|long|wide|tall|high|deep)\b)[a-z])",
            "Use 'its' (belonging to it), without an apostrophe.",
            "its",
        ),
        (
            # "my wife and I are" is right: a plural subject that ends in "I"
            _ROMAN_I_BEFORE + r"\b(I)\s+(has|is|does|(?<!\band I )(?<!\bAnd I )(?<!& I )are)\b",
            "The verb does not agree with 'I'.",
            "{1} {2*}",
        ),
        (
            # "you" after a preposition is an object: "talking with you was a highlight".
            _OBJECT_YOU_BEFORE + r"\b([Ww]e|[Tt]hey|[Yy]ou)\s+(was)\b",
            "Write '{1} were', not '{1} was'.",
            "{1} were",
        ),
        (
            _AUX_BEFORE + r"\b([Hh]e|[Ss]he|[Ii]t)\s+(have|don['’]t|dont)\b",
            "The verb does not agree with '{1}'.",
            "{1} {2*}",
        ),
        (
            _TITLED_BEFORE + r"\b((?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+"
            r"(have|don['’]t|dont)\b(?![-'’])",
            "The verb does not agree with '{1}'.",
            "{1} {2*}",
        ),
        (
            r"\b([Hh]ave|[Hh]as|[Hh]ad|['’]ve)\s+(went|came|saw|wrote|took|began|did|ate|drove|gave|"
            r"spoke|broke|chose|forgot|knew|threw|grew|ran|rode)\b",
            "Use the past participle after '{1}'.",
            "{1} {2*}",
        ),
        (
            _SEEN_AUX_BEFORE + r"\b(I|[Ww]e|[Tt]hey|[Yy]ou)\s+(seen)\b",
            "Write '{1} saw' or '{1} have seen'.",
            "{1} saw",
        ),
        (
            r"\b([Mm]ore|[Ll]ess|[Bb]etter|[Rr]ather|[Ff]ewer|[Oo]ther|[Gg]reater|[Ll]arger|[Ss]maller|"
            r"[Hh]igher|[Ll]ower|[Ww]orse|[Bb]igger|[Ff]aster|[Ss]lower|[Ee]asier|[Hh]arder|"
            r"[Cc]heaper|[Ss]tronger|[Ll]onger)\s+(then)\b(?!\s*[,.;])",
            "Use 'than' for a comparison.",
            "{1} than",
        ),
        (
            r"\b(for all intensive purposes)\b",
            "The phrase is 'for all intents and purposes'.",
            "for all intents and purposes",
        ),
        (r"\b(one in the same)\b", "The phrase is 'one and the same'.", "one and the same"),
        (r"\b([Ii]rregardless)\b", "Write 'regardless'.", "regardless"),
        (
            # "there" after a preposition or a verb of regard, before what people own or do:
            # "pride in there work", "I admire there team".
            r"(?=[Tt])(?:"
            + "|".join(
                rf"(?<=\b{w} )"
                for w in "in of for with about on by from into admire appreciate respect value "
                "enjoyed".split()
            )
            + r")([Tt]here)\s+("
            + _POSSESSED
            + r")\b",
            "Use 'their' (belonging to them) here.",
            "their {2}",
        ),
        (
            rf"\b([Ll]ook(?:s|ed|ing)?)\s+forward\s+to\s+({_AFTER_LOOK_FORWARD})\b(?![-'’])",
            "After 'look forward to', use the -ing form: '{2~}'.",
            "{1} forward to {2~}",
        ),
        (
            rf"\b([Tt]hank\s+you|[Tt]hanks)(\s+(?:again|so\s+much|very\s+much))?\s+for\s+"
            rf"({_AFTER_THANKS_FOR})\b(?![-'’])",
            "After 'thank you for', use the -ing form: '{3~}'.",
            "{1}{2} for {3~}",
        ),
        (
            rf"\b([Tt]ime)\s+to\s+({'|'.join(_ING[w] for w in _AFTER_THANKS_FOR.split('|'))})\b",
            "After 'time to', use the plain verb: 'to {2<}'.",
            "{1} to {2<}",
        ),
        (
            r"\b(to)\s+(met|spoke|took|gave|went|knew|wrote|began)\b(?![-'’])",
            "After 'to', use the plain verb: 'to {2<}'.",
            "{1} {2<}",
        ),
        (
            r"\b([Tt]o)\s+(thanks)\s+you\b",
            "Write 'to thank you'.",
            "{1} thank you",
        ),
        (
            rf"\b([Ee]njoy(?:ed|s)?)\s+to\s+({_AFTER_LOOK_FORWARD})\b(?![-'’])",
            "After 'enjoy', use the -ing form: '{1} {2~}'.",
            "{1} {2~}",
        ),
        (
            rf"\b(I|[Ww]e|[Tt]hey|[Yy]ou|[Ss]he|[Hh]e)(\s+have|\s+has|['’]ve)\s+"
            rf"((?:already|also|really|truly|recently|just|never|always)\s+)?({_HAVE_DONE})\b(?![-'’])",
            "Use the past participle after '{1}{2}': '{4^}'.",
            "{1}{2} {3}{4^}",
        ),
        (
            r"\b([Cc]an|[Cc]ould|[Ww]ill|[Ww]ould|[Ss]hould|[Mm]ight|[Mm]ust)\s+("
            + "|".join(f"{verb}s" for verb in _MODAL_VERBS)
            + r")\b(?![-'’])",
            "After '{1}', use the plain verb: '{2<}'.",
            "{1} {2<}",
        ),
        (
            # "what we discussed about the plan" has its object ("what"): no mistake there.
            # ("grateful that we could discuss about": that "that" is no object.)
            r"(?<![Ww]hat )(?:(?<!\bthat )|(?<=grateful that )|(?<=glad that )|(?<=happy that )|"
            r"(?<=pleased that )|(?<=thankful that )|(?<=hope that )|(?<=appreciated that ))"
            r"(?<!\beverything )(?<!\ball )"
            r"\b(I|[Ww]e|[Yy]ou|[Tt]hey)\s+((?:also|briefly|have|had|could|can|would|will|did|"
            r"got to|were able to)\s+)?(discuss(?:ed|es)?)\s+about\b",
            "'Discuss' takes no 'about': 'we discussed the plan'.",
            "{1} {2}{3}",
        ),
        (
            r"\b(I\s+am|I['’]m|I\s+was|[Ww]e\s+are|[Ww]e['’]re|[Ww]e\s+were)\s+"
            r"((?:very|so|really|truly|extremely|quite)\s+)?(interesting|exciting)"
            r"(?=\s+(?:in|about|by)\b)",
            "Write '{3<}': '{3}' describes what causes the feeling.",
            "{1} {2}{3<}",
        ),
        (
            r"\b(I\s+am|I['’]m|I\s+was|[Ww]e\s+are|[Ww]e['’]re|[Ww]e\s+were)\s+"
            r"((?:very|so|really|truly|deeply|greatly|extremely|quite)\s+)?"
            r"(impress|interest|excite|inspire|amaze|thrill|delight)(?=\s+(?:by|with|in|about|to)\b)",
            "Write '{3^}' (the past participle).",
            "{1} {2}{3^}",
        ),
        (
            r"\b([Bb]etween)\s+you\s+and\s+(I)\b",
            "Write 'between you and me' (after a preposition).",
            "{1} you and me",
        ),
        (
            r"\b(Me)\s+and\s+((?:my|our|the)\s+[a-z]+)\b(?![-'’])",
            "Write '... and I' as the subject: '{2} and I'.",
            "{2} and I",
        ),
        (
            r"\b([Ii]nformations|[Aa]dvices|[Ff]eedbacks|[Kk]nowledges|[Ee]quipments)\b",
            "'{1<}' has no plural.",
            "{1<}",
        ),
        (
            r"\b([Mm]ore|[Ll]ess)\s+(better|worse|faster|easier|bigger|quicker|smaller|larger|"
            r"cheaper|higher|lower|stronger|simpler|harder|longer|shorter|older|younger|greater|"
            r"smarter|safer|clearer|closer|happier|busier|healthier|wider|deeper|tighter|"
            r"cleaner)\b",
            "Use one comparative: '{2}', not '{1} {2}'.",
            "{2}",
        ),
        (
            # "I am working here since 2019": a state that began in the past takes "have been".
            r"\b(I\s+am|I['’]m|[Ww]e\s+are|[Ww]e['’]re)\s+([a-z]+ing)\b(?=(?:(?!\b(?:have|has|had|"
            r"which|that|who|when|where|because)\b)[^.!?,;:\n]){0,50}?\bsince\s+(?i:\d{4}\b|(?:last|early|"
            r"late|mid)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:the\s+)?"
            r"(?:start|beginning|end|spring|summer|autumn|fall|winter)\b|(?:my|our)\s+(?:graduation|"
            r"first|arrival|time)\b|then\b|childhood\b))",
            "Use the present perfect with 'since': '{1%} {2}'.",
            "{1%} {2}",
        ),
        (
            r"\b([Aa]n?|[Tt]he|positive|negative|big|huge|significant|lasting|real|measurable|direct|"
            r"clear|strong|major|little|no)\s+(affect)(?=\s+(?:on|of)\b)",
            "The noun is 'effect'; 'affect' is the verb.",
            "{1} effect",
        ),
        (
            # "would effect the depot crews": what changes people or plans is "affect"
            r"\b([Ww]ould|[Cc]ould|will|might|may|can|to|not|also|directly|negatively|adversely)\s+"
            r"(effect)(?=\s+(?:(?:the|our|your|their|his|her|my|its)\s+)?(?:[a-z\-]+\s+)?(?:crews?|"
            r"clinics|hospitals|schools|communities|businesses|providers|farmers|"
            r"staff|teams?|people|customers|clients|patients|students|employees|workers|drivers|"
            r"residents|members|users|families|children|volunteers|nurses|morale|performance|"
            r"schedules?|rota|workload|budget|timeline|deadline)\b)",
            "Use the verb 'affect' (to have an effect on).",
            "{1} affect",
        ),
        (
            r"(?:"
            + "|".join(
                rf"(?<=\b{w} )"
                for w in "buy sell make take open start finish complete submit launch build ship "
                "book lose keep".split()
            )
            + r")(there)\s+(first|next|new|last|own|second)\b",
            "Use 'their' (belonging to them) here.",
            "their {2}",
        ),
        (
            # "with you're annealing schedule": after a preposition only "your" fits.
            r"\b(with|about|to|for|on|of|in|from|at|by|into|through)\s+(you['’]re)\b",
            "Use 'your' (belonging to you) here.",
            "{1} your",
        ),
        (
            # Days and months are names: "on Thursday", not "on thursday".
            r"(?<![\w./@#-])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
            r"february|april|july|september|october|november|december)\b(?![\w@.-]\w)",
            "Capitalise the name of the day or month.",
            "{1!}",
        ),
        (
            r"\b([Hh]ear(?:ing|d)?)\s+form\s+(you|your|them|him|her|us|the)\b",
            "Write 'from' here; 'form' is a different word.",
            "{1} from {2}",
        ),
        (
            r"\b([Mm]eat)\s+(you|with)\b",
            "Write 'meet' (to come together); 'meat' is food.",
            "meet {2}",
        ),
        (
            r"(?<=\bto )(here)\s+(from|back|more|about)\b",
            "Write 'hear' (with your ears); 'here' is a place.",
            "hear {2}",
        ),
        (
            r"(?:(?<=\bfor )|(?<=\babout )|(?<=\bwith )|(?<=\bof )|(?<=\bfrom ))(you)\s+(time|"
            r"team|consideration|insights?|feedback|hospitality|guidance|generosity|patience|"
            r"kindness|help|support|organi[sz]ation)\b(?![-'’])",
            "Write 'your {2}'.",
            "your {2}",
        ),
        (
            r"\b([Ff]rom)\s+your(?=\s*[.!]|\s+(?:soon|again|shortly)\b)",
            "Write '{1} you'.",
            "{1} you",
        ),
        (
            r"\b([Pp]eak(?:ed|s)?)\s+my\s+(interest|curiosity)\b",
            "The word is 'pique': 'piqued my {2}'.",
            "piqued my {2}",
        ),
        (r"\b([Ss]neak)\s+(peak)\b", "Write 'sneak peek'.", "{1} peek"),
        (
            r"\b([Yy]our|[Aa]ny|[Gg]ood|[Gg]reat|[Hh]elpful|[Vv]aluable|[Ss]ome)\s+(advise)\b",
            "Write 'advice' (the noun); 'advise' is the verb.",
            "{1} advice",
        ),
        (
            # "it sounds like your planning a new series": a verb in -ing with its object, after
            # words that begin a clause ("I appreciated your taking the time" is fine).
            r"(?:(?<=\blike )|(?<=\bthat )|(?<=\bsince )|(?<=\bbecause )|(?<=\bif )|(?<=\bknow )"
            r"|(?<=\bwhen ))([Yy]our)\s+([a-z]+ing)(?=\s+(?:a|an|the|to|some|this|that|my|our|"
            r"their|more|forward)\b)",
            "Use 'you're' (you are) here.",
            "you're {2}",
        ),
        (
            # "I know your busy preparing": an adjective that needs a verb, not a noun after it.
            r"\b([Yy]our)\s+(busy|right|correct|able|welcome)(?=\s*[.,;!?]|\s+(?:and|but|so|"
            r"with|at|right now|this week)\b|\s+[a-z]+ing\b)",
            "Use 'you're' (you are) here.",
            "you're {2}",
        ),
        (
            # "I could tell your very proud of it": a feeling with what it is about.
            r"\b([Yy]our)\s+((?:(?:very|so|really|clearly|truly|extremely|quite|obviously|rightly)"
            r"\s+)?(?:proud|happy|excited|glad|thrilled|passionate|committed|keen|eager|interested|"
            r"invested|aware|sure|certain|ready))(?=\s+(?:of|to|about|with|in|that|for)\b|\s*[.,;!?])",
            "Use 'you're' (you are) here.",
            "you're {2}",
        ),
        (
            r"\b(to|not|never|will|would|could|might|can|cannot|can['’]t|don['’]t|didn['’]t)\s+"
            r"(loose)\s+(this|the|my|our|your|a|an|it|them|track|sight|money|time|touch|focus|"
            r"momentum|sleep|hope|out)\b",
            "Write 'lose' (to no longer have); 'loose' means not tight.",
            "{1} lose {3}",
        ),
        (
            # "me" and "us" only: "explained them clearly" (the figures), "explained her plan"
            r"\b([Ee]xplain(?:ed|s|ing)?)\s+(me|us)\b(?!\s+(?:to|as|that)\b|['’-])",
            "'{1}' takes 'to' before the person: '{1} to {2}'.",
            "{1} to {2}",
        ),
        (
            r"\b([Ww]onder(?:ed|ing)?|[Aa]sk(?:ed|ing)?|[Uu]nsure|[Dd]ecid(?:e|ed|ing)|[Nn]ot sure)"
            r"\s+(weather)\b(?!\s+(?:forecasts?|data|stations?|reports?|apps?|conditions|patterns)\b)",
            "Write 'whether' (if); 'weather' is rain and sun.",
            "{1} whether",
        ),
        (r"\b([Ww]eather)\s+(or not)\b", "Write 'whether or not'.", "whether {2}"),
        (
            r"\b([Ll]ook(?:ing|s)?|[Ll]ooked)\s+(forward)(?=\s+(?:hearing|meeting|speaking|working|"
            r"talking|seeing|joining|learning|discussing|continuing|receiving)\b)",
            "Write '{1} forward to': the phrase needs its 'to'.",
            "{1} {2} to",
        ),
        (
            r"\b(be|being|remain|stay|very|extremely|totally|completely|always)\s+(discrete)\b",
            "Use 'discreet' (tactful, keeping confidences); 'discrete' means separate.",
            "{1} discreet",
        ),
        (
            r"\b(handle|handled|handling|deal|dealt|dealing|act|acted|acting|speak|spoke)\s+"
            r"(discretely)\b",
            "Use 'discreetly' (tactfully); 'discretely' means separately.",
            "{1} discreetly",
        ),
        (
            # "I can able to build": a modal and "able to" do not go together
            r"\b(can|could|will|would|shall|should|may|might|must)\s+able\s+to\b",
            "Write '{1}' or 'be able to', not '{1} able to'.",
            "{1}",
        ),
        (
            # "working here since two years": a length of time takes "for"
            r"\b(since)(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|many|several|a few)"
            r"\s+(?:years|months|weeks|days|decades)\b(?!\s+ago\b))",
            "A length of time takes 'for' ('for two years'); 'since' takes a starting point.",
            "for",
        ),
        (
            # "the results was encouraging": a plural subject takes "were"
            r"(?<![Oo]f )\b([Tt]he|[Oo]ur|[Mm]y|[Tt]hese|[Tt]hose|[Tt]heir)\s+((?:[a-z\-]+\s+)?(?:results|"
            r"figures|findings|outcomes|scores|changes|savings|costs|metrics|reviews|responses|"
            r"comments|questions|answers|students|patients|customers|clients|members|employees|"
            r"workers|projects|tasks|problems|errors|delays|rates|sales\s+figures))\s+(was)\b",
            "A plural subject takes 'were': '{2} were'.",
            "{1} {2} were",
        ),
        (
            r"\b(roll)(?=\s+(?:you|we|that you|which you)\s+(?:described|discussed|mentioned|"
            r"outlined|explained|interviewed me for|offered))",
            "Use 'role' (a part or job); a 'roll' is bread or a list.",
            "role",
        ),
        (
            r"\b(for|into|about)\s+(the|this|that)\s+(roll)\b(?![-'’])(?!\s+of\b)",
            "Use 'role' (a part or job); a 'roll' is bread or a list.",
            "{1} {2} role",
        ),
        (
            r"\b([Cc]onfidant)(?=\s+(?:that|in|about|of|I|we)\b)",
            "Use 'confident' (sure); a 'confidant' is a person you confide in.",
            "confident",
        ),
        (
            r"\b(to|for|with|join|joining|of|on|in|from)\s+(you)\s+(?=(?:team|company|"
            r"organi[sz]ation|department|group|office|clinic|firm|school|lab|hospital|store)\b)",
            "Use 'your' (belonging to you).",
            "{1} your",
        ),
        (
            r"\b(was|were|been|being|is|are)\s+(lead)(?=\s+by\b)",
            "The past participle of 'lead' is 'led'.",
            "{1} led",
        ),
        (
            r"\b(farther)(?=\s+(?:information|details|questions|discussion|conversation|notice|"
            r"assistance|help|education|training|steps|clarification|documents)\b)",
            "Use 'further' (more, additional); 'farther' is for distance.",
            "further",
        ),
        (
            r"\b([Hh]as|[Hh]ave|[Hh]ad)\s+(build|send|spend|lend)(?=\s+(?:a|an|the|my|our|your|"
            r"their|its|this|that|some|several|many|strong|great|up)\b)",
            "Use the past participle: '{1} {2^}'.",
            "{1} {2^}",
        ),
        (r"\b([Oo]f)\s+(coarse)\b", "Write 'of course'; 'coarse' means rough.", "{1} course"),
        (
            r"\b(a|the|this|that|online|crash|training|short|refresher|degree|university|college|"
            r"my)\s+(coarse)(?=\s+(?:in|on|at|with|for|I|we|that|which)\b|\s*[.,;])",
            "Write 'course' (of study); 'coarse' means rough.",
            "{1} course",
        ),
        (
            # "I would like to site an example": to quote is to "cite"
            r"\b(to|can|could|would|will|I|and|also)\s+(site)(?=\s+(?:an?|the|this|that|some|"
            r"several|one|two|three|my|our|his|her|their)\s+(?:[a-z\-]+\s+)?(?:examples?|"
            r"instances?|cases?|stud(?:y|ies)|sources?|references?|figures?|statistics?|papers?|"
            r"research|data|articles?|reports?)\b)",
            "Use 'cite' (to quote or mention); a 'site' is a place.",
            "{1} cite",
        ),
        (
            r"\b(key|important|leading|central|crucial|major|vital|active|pivotal|critical|"
            r"supporting|leadership|technical|hands-on|similar|previous|current|senior|bigger|"
            r"larger|greater)\s+(roll)\b(?![-'’])",
            "Use 'role' (a part or job); a 'roll' is bread or a list.",
            "{1} role",
        ),
        (
            r"\b(brake)(?=\s+(?:(?:it|them|this|that|things)\s+)?(?:down|up|apart|into)\b)",
            "Use 'break' (to split or stop); a 'brake' slows a vehicle.",
            "break",
        ),
        (
            r"\b(lunch|coffee|tea|career|quick|short|summer|winter|spring|well-earned|"
            r"well-deserved|big)\s+(brake)\b",
            "Use 'break' (a pause); a 'brake' slows a vehicle.",
            "{1} break",
        ),
        (
            r"\b(to|will|would|could|can|should|must|and)\s+(brake)(?=\s+(?:the|a|an|our|their|"
            r"your|its|this|that)\s+(?:[a-z\-]+\s+)?(?:monolith|system|service|app|codebase|"
            r"problem|task|work|project|habit|cycle|record|news|ice|rules?|silence|deadlock|"
            r"barrier|backlog)\b)",
            "Use 'break' (to split or stop); a 'brake' slows a vehicle.",
            "{1} break",
        ),
        (
            r"\b(a)\s+(waist)(?=\s+of\s+(?:time|money|effort|resources|talent|energy|both|your|"
            r"my|our|everyone))",
            "Use 'waste' (squandering); the 'waist' is part of the body.",
            "{1} waste",
        ),
        (
            r"\b(waist)(?=\s+(?:management|reduction|disposal|collection|water|streams?|bins?)\b)",
            "Use 'waste' (rubbish); the 'waist' is part of the body.",
            "waste",
        ),
        (
            r"\b(was|were|am|got|get|getting|gets|feel|felt|so|very|too|easily|never)\s+(board)\b"
            r"(?![-'’])(?!\s+(?:meeting|members?|room|game|level|approval|of|and|certified|"
            r"certification|eligible|papers?|reports?|packs?|chair|seat|directors?|sign-off|"
            r"buy-in|support|agreement|minutes)\b)",
            "Use 'bored' (uninterested); a 'board' is a plank or a committee.",
            "{1} bored",
        ),
        (
            r"\b([Ww]ho['’]s)(?=\s+(?:team|work|project|role|job|idea|ideas|research|company|"
            r"responsibility|turn|office|department|approach|leadership|experience|background|"
            r"book|paper|lab|group|own|career|family|voice)\b)",
            "Use 'whose' (belonging to whom); 'who's' is 'who is'.",
            "whose",
        ),
        (
            r"\b([Ee]xited)(?=\s+about\b|\s+to\s+(?:join|hear|start|learn|work|meet|contribute|"
            r"see|help|bring|grow)\b)",
            "Use 'excited' (eager); 'exited' means left.",
            "excited",
        ),
        (
            r"\b([Ee]xiting)(?=\s+(?:opportunity|role|position|chance|challenge|time|project|"
            r"news|work|prospect|team|company|field)\b)",
            "Use 'exciting'; 'exiting' means leaving.",
            "exciting",
        ),
        (
            r"\b([Ii]t['’]s)(?=\s+(?:impact|goal|goals|mission|purpose|value|success|size|scope|"
            r"members|history|roots|customers|users|architecture|potential|strengths|weaknesses|"
            r"benefits|reputation|employees|founders|partners|clients)\b(?!\s+(?:\w+\s+){0,2}"
            r"(?:that|which|who|not)\b))",
            "Use 'its' (belonging to it), without an apostrophe.",
            "its",
        ),
        (
            r"\b([Yy]ou['’]re)(?=\s+(?:time|team|patience|company|organi[sz]ation|help|"
            r"consideration|feedback|insights?|advice|support|hospitality|kindness|guidance|"
            r"questions|office|department|colleagues|perspective|generosity|candou?r|honesty|"
            r"clinic|lab|school|hotel|store|shop|firm)\b)",
            "Use 'your' (belonging to you); 'you're' is 'you are'.",
            "your",
        ),
        (r"\b([Ww]e|[Tt]hey)\s+(where)\b", "Write '{1} were'.", "{1} were"),
        (
            r"(?<![Ii]s )(?<![Aa]re )(?<![Ww]as )(?<![Ww]ere )(?<!be )\b([Tt]here)(?=\s+(?:goal|goals|"
            r"own|mission|product|products|customers|clients|approach|office|offices|company|staff|"
            r"processes|priorities|values|culture|success|website|app|platform|roadmap)\b)",
            "Use 'their' (belonging to them); 'there' is a place.",
            "their",
        ),
        (
            r"\b([Ee]nsure)(?=\s+(?:you|him|her|them)\s+(?:that|of)\b)",
            "Use 'assure' (to promise someone); 'ensure' means to make certain.",
            "assure",
        ),
        (
            r"\b([Hh]ave|[Hh]as|[Hh]ad|['’]ve)\s+(lead)(?=\s+(?:the|a|an|my|our|teams?|projects?|"
            r"several|many|multiple|two|three|four|five|six|\d+|initiatives|efforts|workshops|"
            r"sessions|training|development|design)\b)",
            "The past participle of 'lead' is 'led'.",
            "{1} led",
        ),
        (
            r"\b(I|[Ww]e)\s+(lead)(?=\s+[^.!?\n]{0,60}?\b(?:last (?:year|month|quarter|week|spring|"
            r"summer|autumn|fall|winter)|\d+ (?:years?|months?) ago)\b)",
            "The past tense of 'lead' is 'led'.",
            "{1} led",
        ),
        (
            # "better at SQL then Python": a comparison takes "than", a few words on
            r"\b([Mm]ore|[Ll]ess|[Bb]etter|[Ww]orse|[Rr]ather|[Ff]aster|[Ss]lower|[Hh]igher|"
            r"[Ll]ower|[Bb]igger|[Ss]maller|[Gg]reater|[Ss]tronger|[Ee]asier|[Hh]arder|[Cc]heaper)\s+"
            r"((?:(?!(?:and|but|so|we|I|it|they|you|he|she|was|were|is|are|had|has|have|to|then)\b)"
            r"[A-Za-z\-]+\s+){1,3}?)(then)\b(?!\s*[,.;])",
            "Use 'than' for a comparison.",
            "{1} {2}than",
        ),
        (
            # "help illicit a fuller account": drawing something out is "elicit"
            r"\b([Ii]llicit)(ed|s|ing)?(?=\s+(?:a|an|the|more|their|his|her|its|our|your|some|any|"
            r"honest|useful|better|richer|fuller)\b)",
            "Use 'elicit' (to draw out); 'illicit' means unlawful.",
            "elicit{2}",
        ),
        (
            r"\b([Ff]ree)\s+(reign)\b(?!\s+of\b)",
            "The idiom is 'free rein' (as with a horse).",
            "{1} rein",
        ),
        (
            r"\b(reign)(ed|ing|s)?\s+(in)(?=\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:costs?|"
            r"spending|overtime|expenses|scope|budgets?)\b)",
            "The idiom is 'rein in' (as with a horse).",
            "rein{2} in",
        ),
        (
            # "the principle in charge": the person is a "principal"
            r"\b([Pp]rinciple)(?=\s+(?:in charge|investigator|engineer|architect|designer|"
            r"consultant|partner|dancer|scientist|planner|author|reason|cause|concern|source|"
            r"responsibility|objective|contributor|owner)\b)",
            "Use 'principal' (main, or the person in charge); a 'principle' is a rule or belief.",
            "principal",
        ),
        (
            # "would compliment the scientific depth": what completes something "complements" it
            r"\b(would|will|could|should|to|nicely|well)\s+(compliment)(?=\s+(?:the|your|our|their|"
            r"its|each|this|that)\s+(?:[a-z\-]+\s+){0,2}(?:depth|strengths?|skills|expertise|"
            r"experience|approach|capabilities|portfolio|offerings?|background|knowledge|"
            r"services|programs?|programmes?|work|efforts?|project|scheme|initiative)\b"
            r"|\s+(?:\w+\s+){1,3}(?:well|nicely|perfectly)\b)",
            "Use 'complement' (to complete or go well with).",
            "{1} complement",
        ),
        (
            # "that is simply to risky": "too" (excessively) before an adjective that ends the
            # clause or takes "for"/"to".
            r"\b(is|was|are|were|be|been|seems?|seemed|sounds?|simply|just|far|way|much|bit|"
            r"little)\s+(to)\s+(risky|expensive|complicated|difficult|late|early|busy|soon|hard|"
            r"small|big|large|short|high|low)(?=\s*[.,;!?]|\s+(?:for|to)\b)",
            "Write 'too' (excessively) before '{3}'.",
            "{1} too {3}",
        ),
        (
            # An apostrophe does not make a plural: "these peony's", "two manager's".
            r"\b([Tt]hese|[Tt]hose|[Ss]everal|[Mm]any|[Bb]oth|[Ff]ew|[Tt]wo|[Tt]hree|[Ff]our|"
            r"[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens of|[Hh]undreds of)\s+"
            r"([a-z]{3,})['’]s\b(?![-'’]\w)"
            # a possessive that modifies a plural noun is right: "two master's students"
            r"(?!\s+(?!(?:was|has|is|this|his|its|as|us|yes|less|unless|plus|across|always|"
            r"perhaps)\b)[a-z]+s\b)",
            "An apostrophe does not make a plural: write '{2+}'.",
            "{1} {2+}",
        ),
    )
)
# "the client's were happy": a possessive or "is" cannot stand before "are"/"were".  Any word
# can begin it, so the scanner cannot key it: it runs only where its marks stand.
_PLURAL_BEFORE_ARE = re.compile(
    r"\b(?<!['’])(?!(?:that|what|there|here|where|who|let|one|how|when|why|which|everyone|"
    r"someone|nobody|everything|something|nothing)['’])([a-z]{3,})['’]s\s+(are|were)\b"
)
_APOSTROPHE_S_ARE = re.compile(r"['’]s\s+(?:are|were)\b")


@functools.lru_cache(maxsize=1)
def _confusion_set() -> PatternSet:
    """The confusion patterns and the article pattern, each tried only where its first word is."""
    return PatternSet([p for p, _, _ in _CONFUSIONS] + [_ARTICLE])


_AGREE = {
    "has": "have",
    "is": "am",
    "are": "am",
    "does": "do",
    "have": "has",
    "don't": "doesn't",
    "don’t": "doesn't",
    "dont": "doesn't",
    **_PARTICIPLE_FIX,
}


# A subject and "to be" in the present perfect, for "since" ("I am working" -> "I have been").
_PERFECT = {
    "i am": "I have been",
    "i'm": "I've been",
    "i’m": "I’ve been",
    "we are": "we have been",
    "we're": "we've been",
    "we’re": "we’ve been",
}


class _Plurals(Mapping[str, str]):
    """Every word's regular plural, as a mapping for templates ("peony" -> "peonies")."""

    _O_ES = frozenset({"potato", "tomato", "hero", "echo", "veto", "torpedo"})

    def __getitem__(self, word: str) -> str:
        if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
            return word[:-1] + "ies"
        if word.endswith(("s", "x", "z", "ch", "sh")) or word in self._O_ES:
            return word + "es"
        return word + "s"

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_TEMPLATE_FORMS: tuple[tuple[str, Mapping[str, str]], ...] = (
    ("*", _AGREE),
    ("~", _ING),
    ("^", _PARTICIPLE),
    ("<", _PLAIN),
    ("%", _PERFECT),
    ("+", _Plurals()),
)


def _fill(template: str, m: re.Match[str], *, keep_case: bool = False) -> str:
    """The template with {n} as group n, {n*} as group n's agreeing or participle form,
    {n~}, {n^}, {n<}, {n%}, {n+} as its -ing form, past participle, plain form, present perfect
    and plural, and {n!} capitalised."""
    out = template
    for i, group in enumerate(m.groups(), start=1):
        out = out.replace(f"{{{i}!}}", (group or "").capitalize())
        for mark, forms in _TEMPLATE_FORMS:
            if f"{{{i}{mark}}}" in out:
                form = forms.get(group.lower(), group) if group else ""
                out = out.replace(f"{{{i}{mark}}}", form)
        out = out.replace(f"{{{i}}}", group or "")
    if keep_case and m.group()[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out


_VOWEL_SOUND = re.compile(r"(?i)(?:[aio]|e(?!u|we)|u(?:n[^aeiouy]|p|mb|gl|lt|tt|rg|sh))")
_ONE = re.compile(r"(?i)one(?:s|self)?$|once$")
_CONSONANT = re.compile(r"[bcdfgjklmnpqrstvwxz]")
# Words spelled with a vowel that start with a consonant sound ("a useful", "a one-off").
_YOU_SOUND = re.compile(
    r"(?i)(?:uniqu|unit|univers|union|uniform|unicorn|unif|usual|use|usag|utili|urinar|euro|eulog|"
    r"one(?:$|-))"
)
# (Not after an apostrophe or hyphen: "Ben A'an patrols" is a name.)
_ARTICLE = re.compile(r"(?<![\w'’\-])([Aa]n?)[ \t]+([A-Za-z][a-z]+)\b(?![-'’.]\w)")


def _article_fix(article: str, word: str) -> str | None:
    """'an' before a vowel sound, 'a' before a consonant sound; None when unsure or right."""
    if article.lower() == "a" and _VOWEL_SOUND.match(word) and not _ONE.match(word):
        return "an"
    if article.lower() == "an" and (_CONSONANT.match(word) or _YOU_SOUND.match(word)):
        return "a"  # h-words ("an hour", "an honor") and acronyms are never matched
    return None


def _article_hits(text: str, matches: list[re.Match[str]]) -> Iterator[Hit]:
    for m in matches:
        article, word = m.group(1), m.group(2)
        if article[0] == "A" and not _at_sentence_start(text, m.start()):
            continue  # "Series A funding", "Plan A"
        if word[0].isupper() and word.lower().startswith(("u", "eu", "one", "o")):
            continue  # names: "a Uber", "a Ohio State grad" are not safe to judge
        fix = _article_fix(article, word)
        if fix is None:
            continue
        fix = fix.capitalize() if article[0] == "A" else fix
        yield Hit(
            m.start(1),
            m.end(2),
            message=f"Write '{fix} {word}': 'an' goes before a vowel sound, 'a' before others.",
            suggestions=(f"{fix} {word}",),
        )


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 5) : pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n"


@rule("errors.confused-words", severity="error")
def confused_words(doc: Document) -> list[Hit]:
    """An unambiguous grammar mistake: "should of", "their going", "I has", "we was", "a apple",
    "these peony's".

    Only patterns that are wrong in every context are flagged; LanguageTool (when configured)
    covers the subtler ones.

    Bad: I should of mentioned that their going to expand and we was excited.
    Better: I should have mentioned that they're going to expand and we were excited.
    """
    found = _confusion_set().scan(doc)
    articles = found.pop(len(_CONFUSIONS), None)
    hits = list(_article_hits(doc.text, articles)) if articles else []
    if _APOSTROPHE_S_ARE.search(doc.text):
        for m in _PLURAL_BEFORE_ARE.finditer(doc.text):
            fix = _fill("{1+} {2}", m)
            message = f"An apostrophe does not make a plural: write '{_fill('{1+}', m)}'."
            hits.append(Hit(m.start(), m.end(), message=message, suggestions=(fix,)))
    for i, matches in sorted(found.items()):
        _, message, template = _CONFUSIONS[i]
        for m in matches:
            fix = _fill(template, m, keep_case=True)
            hits.append(Hit(m.start(), m.end(), message=_fill(message, m), suggestions=(fix,)))
    if len(hits) > 1:
        hits.sort(key=lambda h: h.start or 0)
        # One slip, one finding: "these box's are" matches two patterns.
        hits = [h for i, h in enumerate(hits) if not i or (h.start or 0) >= (hits[i - 1].end or 0)]
    return hits


# --------------------------------------------------------------------------- names

_GREETING_WORDS = _wordset(
    "dear hello hi hey yo hiya howdy sup attn attention whom concern it may greetings good "
    "morning afternoon evening day to and the all everyone team folks panel committee members "
    "member search selection hiring interview interviewers sir madam ma'am colleagues recruiter "
    "recruiting manager managers chef coach doctor professor prof captain director mr mrs ms mx "
    "dr miss of department group staff friends hr engr eng arch atty rev revd fr pastor hon sgt "
    "lt col capt cpt judge justice respected esteemed"
)
_DIMINUTIVES = {
    "bob": "robert",
    "rob": "robert",
    "robbie": "robert",
    "bobby": "robert",
    "bill": "william",
    "will": "william",
    "billy": "william",
    "liam": "william",
    "mike": "michael",
    "mick": "michael",
    "jim": "james",
    "jimmy": "james",
    "jamie": "james",
    "dick": "richard",
    "rick": "richard",
    "rich": "richard",
    "peggy": "margaret",
    "maggie": "margaret",
    "meg": "margaret",
    "kate": "katherine catherine kathryn",
    "katie": "katherine catherine kathryn",
    "cathy": "catherine",
    "kathy": "katherine kathryn",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betty": "elizabeth",
    "lisa": "elizabeth",
    "tony": "anthony antonio",
    "jack": "john",
    "johnny": "john",
    "ted": "edward theodore",
    "ed": "edward edwin edmund",
    "ned": "edward",
    "chuck": "charles",
    "charlie": "charles",
    "sue": "susan suzanne",
    "jenny": "jennifer",
    "jen": "jennifer",
    "andy": "andrew",
    "drew": "andrew",
    "steve": "steven stephen",
    "tom": "thomas",
    "tommy": "thomas",
    "joe": "joseph",
    "joey": "joseph",
    "becky": "rebecca",
    "patty": "patricia",
    "pat": "patricia patrick",
    "trish": "patricia",
    "hank": "henry",
    "larry": "lawrence laurence",
    "sandy": "sandra alexandra",
    "alex": "alexander alexandra",
    "matt": "matthew",
    "chris": "christopher christina christine",
    "dave": "david",
    "dan": "daniel",
    "danny": "daniel",
    "ben": "benjamin",
    "sam": "samuel samantha",
    "greg": "gregory",
    "jeff": "jeffrey",
    "jon": "jonathan",
    "tim": "timothy",
    "vicky": "victoria",
    "abby": "abigail",
    "debbie": "deborah",
    "deb": "deborah",
    "nick": "nicholas",
    "nate": "nathan nathaniel",
    "pete": "peter",
    "ron": "ronald",
    "don": "donald",
    "fred": "frederick",
    "gabe": "gabriel",
    "josh": "joshua",
    "zach": "zachary",
    "zack": "zachary",
    "maddie": "madison madeline",
    "mandy": "amanda",
    "manny": "manuel",
    "walt": "walter",
    "al": "albert alan allen",
    "ally": "allison alexandra",
    "val": "valerie",
}


# A word of a person's name: letters, with inner apostrophes and hyphens ("O'Brien-Smith").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _tokens(name: str) -> list[str]:
    """Lower-case name parts; a hyphenated surname also gives its halves."""
    out = []
    for token in _NAME_WORD.findall(name.lower()):
        out.append(token)
        if "-" in token:
            out.extend(token.split("-"))
    return out


def _people(doc: Document) -> list[Interviewer]:
    note = doc.note
    if note is None:
        return []
    people: list[Interviewer] = list(note.interview.interviewers) if note.interview else []
    for person in (note.to, *note.cc):
        if person is not None and person not in people:
            people.append(person)
    return people


def _same_person(token: str, person: Interviewer) -> bool:
    """Whether a greeting's name word refers to ``person``: a part of the name or a short form."""
    parts = _tokens(person.name)
    if token in parts or token in _tokens(person.last_name):
        return True
    first = parts[0] if parts else ""
    if len(token) >= 3 and first.startswith(token):
        return True  # "Kat" for Katherine, "Sam" for Samantha
    return first in _DIMINUTIVES.get(token, "").split()


@functools.lru_cache(maxsize=4096)
def _close(a: str, b: str) -> bool:
    """Two different names that are one or two letters apart ("Vandenburg", "Vandenberg")."""
    if a == b or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 3:
        return False
    need = 0.8 if min(len(a), len(b)) < 7 else 0.75
    matcher = difflib.SequenceMatcher(None, a, b)
    # the cheap upper bounds first: most word pairs share too few letters to be close
    return matcher.quick_ratio() >= need and matcher.ratio() >= need


# A capitalised name part: letters, or an Irish or Italian prefix ("O'Sullivan", "D'Angelo").
_NAME_PART = re.compile(r"(?:[A-Z][a-z]?['’](?=[A-Z]))?[^\W\d_]+")


def _name_words(doc: Document, span: Span) -> Iterator[Span]:
    """Capitalised words (hyphenated names give each part), without a possessive "'s"."""
    for word in doc.words:
        if word.start < span.start or word.end > span.end or not word.text[0].isupper():
            continue
        core = word.text[:-2] if word.text.endswith(("'s", "’s")) else word.text
        pos = word.start
        for part in core.split("-"):
            if part[:1].isupper() and _NAME_PART.fullmatch(part) and not part.isupper():
                yield Span(pos, pos + len(part), part)
            pos += len(part) + 1


def _greeting_hits(doc: Document, people: list[Interviewer], to: Interviewer) -> Iterator[Hit]:
    """A misspelled name in the greeting, or a greeting that names someone other than ``to``."""
    if doc.greeting is None:
        return
    iv = doc.interview
    skip = _GREETING_WORDS | (set(_tokens(iv.company) + _tokens(iv.role)) if iv else set())
    names = [w for w in _name_words(doc, doc.greeting) if w.text.lower() not in skip]
    greets_recipient = any(_same_person(w.text.lower(), to) for w in names)
    for word in names:
        low = word.text.lower()
        if any(_same_person(low, p) for p in people):
            continue
        close = next((t for p in people for t in _tokens(p.name) if _close(low, t)), None)
        if close is not None:
            right = _original_case(close, people) or close.capitalize()
            yield Hit(
                word.start,
                word.end,
                message=f"{word.text!r} looks like a misspelling of {right!r}.",
                suggestions=(right,),
            )
            return
    if names and not greets_recipient:
        word = names[0]
        other = next((p for p in people if _same_person(word.text.lower(), p)), None)
        why = f"greets {other.name}" if other else f"greets {word.text!r}"
        greeted_as = f"{to.honorific} {to.last_name}" if to.honorific else to.first_name
        yield Hit(
            word.start,
            word.end,
            message=f"The note is to {to.name} but {why}; check the name.",
            suggestions=(greeted_as,),
        )


@rule("errors.wrong-name", severity="error")
def wrong_name(doc: Document) -> Iterator[Hit]:
    """The interviewer's name is misspelled, or the greeting names someone else.

    A misspelled name is among the worst mistakes a note can make.  Needs a Note with its
    interview or recipient; honorific + surname, first name, full name and common short forms
    ("Bob" for Robert) are all fine.

    Bad: Dear Dr. Vandenburg, (to Pieter Vandenberg)
    Better: Dear Dr. Vandenberg,
    """
    people = _people(doc)
    if not people:
        return
    known = {t for p in people for t in _tokens(p.name)}
    context = doc.context_words
    to = doc.recipient
    if to is not None:
        yield from _greeting_hits(doc, people, to)
    yield from _lowercase_names(doc, people)
    # The greeting was checked above, against the recipient.
    after = doc.greeting.end if doc.greeting is not None and to is not None else 0
    for word in _name_words(doc, Span(after, len(doc.text), doc.text[after:])):
        low = word.text.lower()
        if low in known or low in context:
            continue
        for part in sorted(known, key=len, reverse=True):
            if _close(low, part) and not _spelling.is_known(low):
                right = part.capitalize() if word.text[1:].islower() else part
                right = _original_case(part, people) or right
                yield Hit(
                    word.start,
                    word.end,
                    message=f"{word.text!r} looks like a misspelling of {right!r}.",
                    suggestions=(right,),
                )
                break


def _lowercase_names(doc: Document, people: list[Interviewer]) -> Iterator[Hit]:
    """A name in the greeting written in lower case ("Dear dana,")."""
    if doc.greeting is None:
        return
    for m in _NAME_WORD.finditer(doc.text, doc.greeting.start, doc.greeting.end):
        word = m.group()
        if not word.islower() or word in _GREETING_WORDS:
            continue
        right = _original_case(word, people)
        if right is not None and right != word:
            yield Hit(
                m.start(),
                m.end(),
                message=f"Write the name as {right!r}, with its capital.",
                suggestions=(right,),
            )


def _original_case(token: str, people: Iterable[Interviewer]) -> str | None:
    for person in people:
        for piece in _NAME_WORD.findall(person.name):
            if str(piece).lower() == token:
                return str(piece)
    return None


# --------------------------------------------------------------------------- company

_GENERIC_ORG = _wordset(
    "the of and for at in inc llc ltd plc co corp corporation company group holdings university "
    "college school hospital medical center centre health care bank city state county department "
    "institute foundation services solutions systems technologies technology labs lab partners "
    "associates international global national american north south east west new general "
    "consulting industries enterprises agency office solicitors llp attorneys lawyers law firm "
    "accountants architects studio studios clinic practice"
)
_CAP_RUN = re.compile(
    r"(?:[A-Z][\w'’&\-]*|&)(?:[ \t]+(?:(?:of|and|the|for|de|&)[ \t]+)?(?:[A-Z][\w'’&\-]*|&))*"
)


def _org_words(phrase: str) -> list[str]:
    words = [re.sub(r"['’]s$", "", w).lower() for w in phrase.split()]
    return words[1:] if words and words[0] == "the" else words


def _misspelled(found: str, right: str) -> bool:
    # Not a listed word ("Thornberry" reads as thorn + berry, but no one writes it for a berry).
    return _close(found, right) and not _spelling.frequency(found)


def _near_miss(found: list[str], company: list[str]) -> bool:
    """Same length, differs in exactly one word, and shares a distinctive word with the company."""
    if len(found) != len(company) or found == company:
        return False
    diffs = [(a, b) for a, b in zip(found, company, strict=True) if a != b]
    if len(company) == 1 or (len(diffs) == 1 and _misspelled(*diffs[0])):
        return all(_misspelled(a, b) for a, b in diffs)  # a misspelled company word
    shared = [w for w in found if w in company and w not in _GENERIC_ORG]
    if len(diffs) != 1 or not shared:
        return False
    differing, meant = diffs[0]
    # "Harbourline Freight Services" for Harbourline Freight Solutions: one line of business
    # for another, after two or more of the company's own words.
    swapped = differing in _BUSINESS_LINES and meant in _BUSINESS_LINES and len(shared) >= 2
    return differing not in _GENERIC_ORG or swapped


# Words that say what a company does; one for another in its name is a different company.
_BUSINESS_LINES = _wordset(
    "services solutions systems technologies technology consulting consultancy industries "
    "enterprises partners associates logistics engineering"
)


@rule("errors.wrong-company", severity="error")
def wrong_company(doc: Document) -> Iterator[Hit]:
    """The company is named wrongly: a near miss of the interview's company name, or another
    organisation named as the one the candidate hopes to join.

    Only names that share a distinctive word with the company, or are a letter or two from it
    (with or without a trailing "Solicitors", "LLP" or "Group"), or stand where a note names
    its employer ("join ...", "the role at ...", "love to bring my skills to ...", "proud to
    help ... build"), are flagged, so past employers and schools mentioned in the note are left
    alone.

    Bad: I would be delighted to join Alder Ridge Lodge. (the interview was at Alder Creek Lodge)
    Better: I would be delighted to join Alder Creek Lodge.
    """
    iv = doc.interview
    if iv is None:
        return
    company = _org_words(iv.company)
    if not company:
        return
    known = doc.context_words
    flagged: set[int] = set()
    for hit in _near_misses(doc, iv.company, company, known):
        flagged.add(hit.start or 0)
        yield hit
    for hit in _joined_elsewhere(doc, iv.company, company, known):
        if hit.start not in flagged:
            flagged.add(hit.start or 0)
            yield hit
    for hit in _lowercase_company(doc, iv.company):
        if hit.start not in flagged:
            yield hit


def _lowercase_company(doc: Document, name: str) -> Iterator[Hit]:
    """The company written all in lower case ("acme robotics"), outside web addresses.

    A one-word company that is also an English word ("Kettle", "a kettle") is left alone.
    """
    name = name.strip()
    low = name.lower()
    if low == name or (" " not in low and _spelling.is_known(low)):
        return
    for m in re.finditer(rf"(?<![\w@/.\-]){re.escape(low)}(?![\w@\-]|\.\w)", doc.text):
        yield Hit(
            m.start(),
            m.end(),
            message=f"Write the company as {name!r}, with its capitals.",
            suggestions=(name,),
        )


def _near_misses(
    doc: Document, name: str, company: list[str], known: frozenset[str]
) -> Iterator[Hit]:
    # The name as people shorten it too: "Whitlock & Pryce" for Whitlock & Pryce Solicitors.
    core = list(company)
    while len(core) > 2 and core[-1] in _GENERIC_ORG:
        core.pop()
    targets = [company] if core == company else [company, core]
    seen: set[int] = set()
    for run in _CAP_RUN.finditer(doc.text):
        words = list(re.finditer(r"\S+", run.group()))
        for target, i in ((t, i) for t in targets for i in range(len(words) - len(t) + 1)):
            n = len(target)
            window = words[i : i + n]
            if i == 0 and n < len(words) and words[0].group().lower() == "the":
                continue
            phrase = " ".join(w.group() for w in window)
            found = _org_words(phrase)
            start, end = run.start() + window[0].start(), run.start() + window[-1].end()
            if len(found) != n or start in seen or not _near_miss(found, target):
                continue
            seen.add(start)
            differing = [w for w in found if w not in company]
            if "i" in differing:
                continue  # "At Copper Kettle I would start": the pronoun closes the name
            if differing and all(w in known for w in differing):
                continue  # the role's or a topic's words: "Incident Response" for the role
            end -= 2 if doc.text[start:end].endswith(("'s", "’s")) else 0
            yield Hit(
                start,
                end,
                message=f"The company is {name}; check {doc.text[start:end]!r}.",
                suggestions=(name,),
            )


# "join <Organisation>", "the role at <Organisation>", "to work at <Organisation>": in a
# thank-you the organisation there is the employer, so any other name there is the classic
# copy-paste slip from another application.  ("my role at ..." is a past employer: only "the"
# and "this" roles count.)
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")
_JOIN = re.compile(
    r"(?:\bjoin(?:ing)?|\bto work at|\b[Tt]he interview at|\b(?:[Tt]he|[Tt]his)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,5}?(?:role|position|job|opening|opportunity|post|vacancy|team)[ \t]+"
    r"(?:at|with)|\b(?:spend|spending)[ \t]+(?:the|this|next|a)[ \t]+(?:summer|year|semester|"
    r"term|fall|autumn|spring|winter|season)[ \t]+(?:at|with)|\b(?:forward to|excited to|love to|"
    r"like to|hope to|eager to|keen to|glad to|happy to|chance to|opportunity to)[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}?(?:working|work|contributing|contribute|interning|intern|starting|"
    r"start|growing|grow)[ \t]+at|\b(?:my|a)[ \t]+future[ \t]+(?:at|with)|\b(?:is|be|are)[ \t]+"
    r"(?:useful|helpful|of use)[ \t]+(?:for|to)[ \t]+the)"
    r"[ \t]+([A-Z][\w&'’.\-]*(?:[ \t]+(?:[A-Z][\w&'’.\-]*|&|of|and|the|de))*)"
)


# "<Organisation> is where I want to build my career": the employer, named before the verb;
# the employer a candidate would bring something to, or help to grow.
_WHERE_I_WANT = re.compile(
    r"(?<![\w&'’.\-])([A-Z][\w&'’.\-]*+(?:[ \t]+(?:[A-Z][\w&'’.\-]*+|&|of|and|the|de)){0,5})[ \t]+"
    r"(?:is|would be)[ \t]+(?:where|the (?:place|company|team|organi[sz]ation) (?:where|that))[ \t]+"
    r"I[ \t]+(?:want|would like|would love|hope|belong|see myself|can see myself)"
    # "excited about what <Organisation> is building"
    r"|\bwhat[ \t]+([A-Z][\w&'’.\-]*+(?:[ \t]+(?:[A-Z][\w&'’.\-]*+|&|of|and|the|de)){0,5})[ \t]+"
    r"(?:is|are)[ \t]+(?:building|doing|creating|working on|achieving|growing)"
    # "love to bring that same care to <Organisation>." (a few words brought, then the
    # employer closing the clause: "to Kafka pipelines" is a technology, not an employer)
    r"|\b(?:to|and)[ \t]+bring(?:ing)?+[ \t]+(?:[\w'’\-]+[ \t]+){1,8}?to[ \t]+"
    r"([A-Z][\w&'’.\-]*+(?:[ \t]+(?:[A-Z][\w&'’.\-]*+|&|of|and|the|de)){0,5})"
    r"(?=[ \t]*(?:[.,;:!?]|and\b|\n|$))"
    # "proud to help <Organisation> build that culture" (two words or more: "help Dana build"
    # names a person)
    # "I would be proud to represent <Organisation>" (not "I was proud to represent ...")
    r"|\b(?:would|will|'d|’d)[ \t]+be[ \t]+(?:proud|glad|happy|excited|delighted|honou?red|"
    r"thrilled)[ \t]+to[ \t]+represent[ \t]+([A-Z][\w&'’.\-]*+(?:[ \t]+(?:[A-Z][\w&'’.\-]*+|&|of|"
    r"and|the|de)){0,5})(?=[ \t]*(?:[.,;:!?]|and\b|\n|$))"
    r"|\b(?:proud|glad|happy|love|like|excited|eager|keen|delighted|honou?red|thrilled|ready)"
    r"[ \t]+to[ \t]+help[ \t]+([A-Z][\w&'’.\-]*+(?:[ \t]+(?:[A-Z][\w&'’.\-]*+|&|of|and|the|de))"
    r"{1,5})[ \t]+(?:build|grow|expand|reach|achieve|strengthen|improve|deliver|develop|create|"
    r"scale|launch|meet|succeed|continue)\b"
)


# A verb in the past right before "the ... team at": the writer's own past ("coached the 16U
# team at Lakeside Volleyball Club", "joined the data team at Finch in 2019").
_PAST_VERB = re.compile(
    r"(?<![\w'’-])(?:[a-z]+ed|led|ran|built|taught|held|kept|left|made|grew|oversaw|drove|took|"
    r"began|did|met|sat|brought|wrote|spent|found|won|rebuilt|set up)[ \t]+\Z"
)


_THE_THIS = re.compile(r"(?:[Tt]he|[Tt]his)[ \t]")


def _joined_elsewhere(
    doc: Document, name: str, company: list[str], known: frozenset[str]
) -> Iterator[Hit]:
    initials = "".join(w[0] for w in company if w not in ("of", "and", "the", "&")).upper()
    # the brand: the company's first distinctive word ("sunspire" in Sunspire Solar Installations)
    brand = next((w for w in company if w not in _GENERIC_ORG), company[0])
    for m in chain(_JOIN.finditer(doc.text), _WHERE_I_WANT.finditer(doc.text)):
        # A full stop and a space end the sentence: "join Acme. Thank you" names only "Acme".
        group = m.lastindex or 1  # the organisation's group (the second pattern has two)
        phrase = _SENTENCE_STOP.split(m.group(group), 1)[0]
        while phrase.rsplit(None, 1)[-1] in ("of", "and", "the", "de", "&") and " " in phrase:
            phrase = phrase.rsplit(None, 1)[0]  # "join Acme and help" ends before "and"
        words = _org_words(phrase)
        if len(words) == 1 and phrase.endswith(("'s", "’s")):
            continue  # "join Priya's team": a person's team
        if _THE_THIS.match(m.group()) and _PAST_VERB.search(
            doc.text, max(0, m.start() - 20), m.start()
        ):
            continue  # "I coached the 16U team at Lakeside": where the writer has been
        if brand in words or phrase.strip(".") == initials:
            continue  # "join Sunspire", "join Sunspire Solar's crew", "join SSI"
        foreign = [w for w in words if w not in _GENERIC_ORG and w not in known]
        if not foreign:
            continue  # only the interview's own words: a team, a topic, a person
        start = m.start(group)
        end = start + len(phrase)
        end -= 2 if phrase.endswith(("'s", "’s")) else 0
        yield Hit(
            start,
            end,
            message=f"The interview was with {name}; check {doc.text[start:end]!r}.",
            suggestions=(name,),
        )


# --------------------------------------------------------------------------- role

# "the Data Scientist role": a capitalised title right before a word for the job.
_ROLE_SLOT = re.compile(
    r"\b(?:[Tt]he|[Tt]his)[ \t]+((?:[A-Z][\w&'’/\-]*)(?:[ \t]+(?:[A-Z][\w&'’/\-]*|of|and|&)){0,6})"
    r"[ \t]+(?:role|position|post|opening|job|vacancy|internship)\b"
)
# Words that say a role's level or shape, not what it does.
_ROLE_LEVELS = _wordset(
    "senior junior lead principal staff associate assistant deputy chief head i ii iii iv v sr jr "
    "entry level trainee intern graduate of and the & new full time part permanent temporary "
    "contract remote hybrid"
)


def _role_stems(words: Iterable[str]) -> set[str]:
    return {w[:5] for w in words if w not in _ROLE_LEVELS}


# The levels that rank one post above another: "Associate Curator" is not Assistant Curator.
_RANKS = _wordset(
    "senior junior lead principal staff associate assistant deputy chief head sr jr trainee intern"
)


def _other_rank(words: list[str], role_words: list[str], titles: frozenset[str]) -> bool:
    """Whether the title is the role at another rank ("Associate Curator of Textiles" for
    Assistant Curator of Textiles): the same words but for the ranks, both naming one, and
    not an interviewer's own title."""
    ranks, role_ranks = _RANKS.intersection(words), _RANKS.intersection(role_words)
    return (
        bool(ranks)
        and bool(role_ranks)
        and ranks != role_ranks
        and [w for w in words if w not in _RANKS] == [w for w in role_words if w not in _RANKS]
        and " ".join(words) not in titles
    )


def _one_word_swapped(
    named: set[str], role: set[str], words: list[str], known: frozenset[str]
) -> bool:
    """A title of the role's shape with one word swapped ("Deputy Features Editor" for Deputy
    Foreign Editor), the swapped word not from the context (a topic, an interviewer's title)."""
    other = [w for w in words if w not in _ROLE_LEVELS and w[:5] not in role]
    return (
        len(named) == len(role) and len(named - role) == 1 == len(other) and other[0] not in known
    )


@rule("errors.wrong-role", severity="error")
def wrong_role(doc: Document) -> Iterator[Hit]:
    """The note names another role than the one interviewed for: "the Data Scientist role" in
    a note about a Senior Backend Engineer interview.

    Only a capitalised title right before "role", "position", "post", "opening" or "job" is
    compared, and it matches when it shares a word (other than a level such as "Senior") with
    the interview's role, unless it has the role's shape with one word swapped ("Deputy
    Features Editor" for Deputy Foreign Editor) or is the role at another rank ("Associate
    Curator" for Assistant Curator); acronyms ("the TA role") and titles made only of the
    context's own words (an interviewer's title, a topic) are left alone.

    Bad: Thank you for discussing the Data Scientist role. (the interview was for Backend Engineer)
    Better: Thank you for discussing the Backend Engineer role.
    """
    iv = doc.interview
    if iv is None or not iv.role.strip():
        return
    role_words = [w.lower() for w in re.findall(r"[^\W_]+", iv.role)]
    role = _role_stems(role_words)
    if not role:
        return
    known = doc.context_words
    titles = frozenset(
        " ".join(re.findall(r"[^\W_]+", p.title.lower())) for p in iv.interviewers if p.title
    )
    # "Literary Agent's Assistant": the post is what follows the possessive.
    owner, _, after = iv.role.lower().replace("’", "'").rpartition("'s ")
    head = set(re.findall(r"[^\W_]+", after)) if owner else set()
    for m in _ROLE_SLOT.finditer(doc.text):
        title = m.group(1)
        words = [w.lower() for w in re.findall(r"[^\W_]+", title)]
        named = _role_stems(words)
        if not named or (len(words) == 1 and title.isupper()):
            continue  # an acronym ("the TA role") is too short to compare
        if _other_rank(words, role_words, titles):
            pass  # "Associate Curator" for Assistant Curator: the same post at another rank
        elif head and not head & set(words) and not all(w in known for w in words):
            pass  # "Junior Agent" for Literary Agent's Assistant: the post is the assistant's
        elif named & role and not _one_word_swapped(named, role, words, doc.context_words):
            continue
        elif all(w in known for w in words if w not in _ROLE_LEVELS):
            continue  # an interviewer's title, a team or topic from the context
        yield Hit(
            m.start(1),
            m.end(1),
            message=f"The interview was for the {iv.role} role; check {title!r}.",
            suggestions=(iv.role,),
        )


RULES: tuple[Rule, ...] = (
    placeholder,
    repeated_word,
    lowercase_i,
    sentence_case,
    spelling,
    confused_words,
    wrong_name,
    wrong_role,
    wrong_company,
)
