"""Grammar and spelling through a LanguageTool HTTP server.

:class:`LanguageTool` is the grammar back end a :class:`~thanknote.Checker` takes.  With a
``url`` it talks to that server and to nothing else; without one it lets language-tool-python
start a local server (which downloads LanguageTool where the internet is reachable and needs
Java 17).  Nothing is ever sent to the public LanguageTool API.

Why the checking request does not go through ``language_tool_python.LanguageTool.check``
(read in language-tool-python 3.4.0, ``server.py`` and ``match.py``):

- its request timeout is a private class constant (``_TIMEOUT = 300`` seconds) with no
  parameter, and ``check`` retries once on any I/O error, so a hung server holds a check for
  ten minutes;
- constructing it with ``remote_server=`` already sends ``GET /v2/languages`` under that same
  300-second timeout, so even creating it lazily can block a check for minutes;
- its ``Match`` converts LanguageTool's UTF-16 offsets through class-level shared state
  (``Match.PREVIOUS_MATCHES_TEXT``), which races when checks run in threads as ``check_many``
  runs them, and it corrects the offset but not the length of a match;
- ``requests`` honours ``$HTTP_PROXY``/``$HTTPS_PROXY``, which would route note texts through a
  server the caller did not name.

So the checking call is one ``POST /v2/check`` with :mod:`http.client` to exactly the server
named (no proxy, no redirects), with the same form fields language-tool-python sends
(``language``, ``text``, ``disabledRules``), bounded by ``timeout`` (for connecting and for each
wait on the reply).  language-tool-python is still what starts, manages and stops a local server
when no ``url`` is given (its public ``url`` property tells where that server listens); it is
imported only then, since it costs half a second to import.

Faults never raise (unless ``required=True``): a server that is down, refuses, times out or
answers garbage gives one ``errors.grammar-unavailable`` finding of severity info, and a circuit
breaker answers the same way without a request for ``retry_after`` seconds before trying again.
Note texts are never logged.
"""

from __future__ import annotations

import atexit
import bisect
import http.client
import json
import logging
import re
import threading
import time
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs

from . import _spelling
from .document import Document
from .exceptions import GrammarUnavailable
from .findings import Category, Finding, Severity
from .rules._misspellings import LEGIT_DOUBLES, LOANWORDS, MISSPELLINGS, NOT_SPELLING

__all__ = ["DEFAULT_DISABLED_RULES", "LanguageTool"]

log = logging.getLogger(__name__)

UNAVAILABLE_RULE = "errors.grammar-unavailable"
RULE_PREFIX = "languagetool"

#: LanguageTool rules left out by default: they hurt precision on clean business prose
#: (layout of an email, typographic quotes and dashes people type by hand) and say nothing a
#: hiring manager would notice.  Measured on the dev corpus's clean notes; see docs/languagetool.md.
DEFAULT_DISABLED_RULES: tuple[str, ...] = (
    "WHITESPACE_RULE",  # double spaces, spaces around line breaks in pasted email text
    "CONSECUTIVE_SPACES",
    "EN_QUOTES",  # straight quotes instead of typographic ones
    "DASH_RULE",  # hyphen where an en/em dash would be typeset
    "PUNCTUATION_PARAGRAPH_END",  # a signature line has no full stop
    "EN_UNPAIRED_QUOTES",
    "EN_UNPAIRED_BRACKETS",
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE",  # three sentences starting with "I": style, not an error
    "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA",
    "COMMA_COMPOUND_SENTENCE",  # a comma before "and"/"so": house style, flagged on clean notes
    "PLUS_MINUS",
    "MULTIPLICATION_SIGN",
    # reads a gerund subject as a plural noun: "Training seasonal staff before Easter is ..."
    "NNS_IN_NNP_VBZ",
)

# LanguageTool category id -> (thanknote category, severity).  Mistakes a reader notices are
# errors; LanguageTool's style advice goes to the category it is about, as info.
_CATEGORIES: Mapping[str, tuple[Category, Severity]] = {
    "TYPOS": (Category.ERRORS, Severity.ERROR),
    "GRAMMAR": (Category.ERRORS, Severity.ERROR),
    "CONFUSED_WORDS": (Category.ERRORS, Severity.ERROR),
    "CASING": (Category.ERRORS, Severity.ERROR),
    "REPETITIONS": (Category.ERRORS, Severity.ERROR),
    "MULTITOKEN_SPELLING": (Category.ERRORS, Severity.ERROR),
    # Commas, hyphenation, collocations and word-sense hints are house style or guesses on
    # clean notes (measured on the project's corpora): advice.
    "PUNCTUATION": (Category.ERRORS, Severity.INFO),
    "TYPOGRAPHY": (Category.ERRORS, Severity.INFO),
    "COMPOUNDING": (Category.ERRORS, Severity.INFO),
    "COLLOCATIONS": (Category.ERRORS, Severity.INFO),
    "SEMANTICS": (Category.ERRORS, Severity.INFO),
    "COLLOQUIALISMS": (Category.TONE, Severity.INFO),
    "NONSTANDARD_PHRASES": (Category.TONE, Severity.INFO),
    "STYLE": (Category.TONE, Severity.INFO),
    "GENDER_NEUTRALITY": (Category.TONE, Severity.INFO),
    "REDUNDANCY": (Category.LENGTH, Severity.INFO),
    "PLAIN_ENGLISH": (Category.LENGTH, Severity.INFO),
    "REPETITIONS_STYLE": (Category.GENERIC, Severity.INFO),
}
# Other categories (MISC holds the repeated-word rule, for one) go by the match's issue type;
# anything else (WIKIPEDIA, TEXT_ANALYSIS, categories added later) is advice about errors.
_ISSUES: Mapping[str, tuple[Category, Severity]] = {
    "misspelling": (Category.ERRORS, Severity.ERROR),
    "grammar": (Category.ERRORS, Severity.ERROR),
    "duplication": (Category.ERRORS, Severity.ERROR),
    "typographical": (Category.ERRORS, Severity.WARNING),
}
_OTHER = (Category.ERRORS, Severity.INFO)
# Issue types that are a matter of taste or locale even inside an errors category.
_ADVICE_ISSUES = frozenset({"style", "register", "locale-violation"})
# Rules whose matches are advice: right often enough to show, wrong too often on clean notes to
# count (measured on the project's corpora).
_ADVICE_RULES = frozenset(
    {
        "AGREEMENT_SENT_START_2",  # a field's name as a subject: "Human resources has always ..."
        "SOME_FACULTY",  # "teams of up to six staff", good British English
        # a singular noun after a number: on the project's corpora it never caught a slip and
        # misread clean notes three times ("three paddock walks", "made fourteen feel
        # manageable", "two bed wards")
        "CD_NN",
    }
)
_MAX_SUGGESTIONS = 3
# A lower-case misspelling this short is advice (see _misspelling_severity).
_SHORT_WORD = 4
# LanguageTool words its guesses as guesses ("Consider removing", "Possibly", "A comma is
# probably missing"); a hedged grammar hint is advice, not a mistake to count.
_HEDGED = re.compile(
    r"(?i)\b(?:consider|possibly|probably|might|make sure|is it possible|recommended|usually|"
    r"normally|may want|may be|may have|may need|you could|check (?:if|whether)|please verify)\b|"
    r"American English|British English|"
    # Part-of-speech prescriptions ("'installs' is not a noun") reject living trade usage.
    r"is not an? (?:noun|verb|adjective)\b"
)

# A flagged word that looks like jargon or a product name: inner capitals (CronJobs), all
# capitals (SKU), digits, or joining punctuation (k8s, on-call, node.js).
_TECHNICAL = re.compile(r"[A-Za-z]*[a-z][A-Z]|[A-Z]{2,}|\d|[_./+#]")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SENTENCE_START = frozenset(".!?\n:;")
_SPACE = re.compile(r"\s")
# LanguageTool's dictionary rules (MORFOLOGIK_RULE_EN_US, EN_MULTITOKEN_SPELLING_TWO, ...).
_DICTIONARY_RULE = re.compile(r"MORFOLOGIK|HUNSPELL|SPELLING")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "st"})


# ------------------------------------------------------------------------ offsets


def _utf16_index(text: str) -> list[int]:
    """The UTF-16 offsets of the astral characters (two UTF-16 units each) in ``text``."""
    return [i + k for k, i in enumerate(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)]


def _to_str_index(astral: list[int], units: int) -> int:
    """A UTF-16 offset as a Python ``str`` index: each astral character before it counts once."""
    return units - bisect.bisect_left(astral, units) if astral else units


# ------------------------------------------------------------------------ mapping


def _flagged_words(flagged: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(flagged)]
    # "Brightwater's" is the company's name in the possessive.
    return [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] not in _SENTENCE_START:
        return False
    # "Dear Dr. Vandenburg": a full stop after an honorific does not end a sentence.
    before = text[max(0, i - 5) : i].split()
    return not (text[i] == "." and before and before[-1].lower() in _HONORIFICS)


def _legit_double(flagged: str) -> bool:
    """A doubling that grammar allows ("had had", "that that"), as the offline rule judges it."""
    words = {w.lower() for w in _WORD.findall(flagged)}
    return len(words) == 1 and words <= LEGIT_DOUBLES


# After "on going", words that make "going" a verb: "prided myself on going above and beyond".
_GOING_ON = re.compile(
    r"\s+(?:above|beyond|to|ahead|back|out|through|forward|into|for|on|with|the)\b"
)


def _going_somewhere(text: str, end: int) -> bool:
    """Whether the "on going" LanguageTool would join is "on" + the verb "going" ("on going
    above and beyond"), not the adjective "ongoing"."""
    return bool(_GOING_ON.match(text, end))


def _grammar_as_typo(m: _Match, flagged: str) -> bool:
    """A grammar pattern that LanguageTool files as a typo, over several words ("me and my team
    was", CONFUSION_OF_ME_I): each word is spelled right, so the dictionary's doubts do not
    apply and the judgement stands."""
    return not _DICTIONARY_RULE.search(m.rule_id) and bool(_SPACE.search(flagged.strip()))


def _misspelling_severity(
    text: str, start: int, flagged: str, replacements: tuple[str, ...], base: Severity
) -> Severity:
    """How sure a misspelling is: LanguageTool's dictionary lacks names, jargon and compounds.

    Advice (info) for: proper nouns (capitalised, not at a sentence start) and technical-looking
    words; closed compounds LanguageTool would split into words ("runbook" -> "run book", but
    not "alot" -> "a lot"); words with no suggestion within a few edits (LanguageTool cannot
    tell what was meant, as with text-speak, which the tone rules report).
    """
    if _TECHNICAL.search(flagged):
        return Severity.INFO
    words = _flagged_words(flagged)
    known = [
        (_spelling.is_known(w) and _spelling.doubled_letter_fix(w) is None)
        or w in NOT_SPELLING
        or w in LOANWORDS
        for w in words
    ]
    if words and all(known):
        # thanknote's own word list knows it: a British spelling ("organise", "programme"), an
        # inflection or a compound that LanguageTool's en-US dictionary lacks; or it is slang or
        # text-speak ("hella", "thx"), which the tone rules report.
        return Severity.INFO
    if (
        not flagged.isascii()
        or "-" in flagged
        or len(flagged) <= 2
        or not any(ch in "aeiouyAEIOUY" for ch in flagged)
        or (len(flagged) <= _SHORT_WORD and flagged.islower() and not _short_slip(flagged))
    ):
        # a word of another language ("trânsito"), a coined compound, a two-letter
        # abbreviation ("gl"), which the tone rules judge, one with no vowel ("dbt", "sftp"),
        # or a short lower-case word, as often a term of the trade ("init", "sudo") as a slip
        # (the offline rules catch the slips they can be sure of: "teh", "haev")
        return Severity.INFO
    if not any(_common_fix(flagged, r) for r in replacements):
        return Severity.INFO  # no common English word was meant: jargon ("electroporation")
    if flagged[:1].isupper() and not _at_sentence_start(text, start):
        return Severity.INFO
    word = flagged.lower().replace("-", "")
    options = [r.lower() for r in replacements]
    if any(_compound_of(r, word) for r in options):
        return Severity.INFO
    if not any(_edits(word, r) <= 1 + len(word) // 6 for r in options):
        return Severity.INFO
    return base


def _short_slip(word: str) -> bool:
    """Whether a short word is a slip the offline rules know ("alot", "teh", "haev")."""
    return word in MISSPELLINGS or _spelling.short_swap_fix(word) is not None


def _common_fix(flagged: str, replacement: str) -> bool:
    """Whether ``replacement`` is a common English word in the flagged word's own casing.

    A capitalised suggestion for a lower-case word is a name ("julgado" -> "Delgado").
    """
    low = replacement[:1].lower() + replacement[1:]
    same_case = replacement.islower() or (flagged[:1].isupper() and low.islower())
    return same_case and _spelling.frequency(low) >= _spelling.MIN_SUGGESTION_COUNT


def _in_closing(doc: Document, start: int) -> bool:
    """Whether ``start`` falls in the sign-off or signature: names and sign-offs in any language."""
    closing = doc.signoff or doc.signature
    return (
        closing is not None
        and start >= closing.start
        and (doc.postscript is None or start < doc.postscript.start)
    )


def _compound_of(suggestion: str, word: str) -> bool:
    """True when ``suggestion`` is ``word`` split into words of three letters or more."""
    parts = suggestion.split()
    return len(parts) > 1 and "".join(parts) == word and min(map(len, parts)) >= 3


def _edits(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit ("recieve" -> "receive": 1)."""
    if abs(len(a) - len(b)) > 3:
        return 4  # far enough for the caller; saves the table
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


@attrs.frozen(slots=True)
class _Match:
    """The fields of one LanguageTool match that thanknote reads."""

    rule_id: str
    category: str
    issue_type: str
    message: str
    offset: int
    length: int
    replacements: tuple[str, ...]


class _BadReply(ValueError):
    """The server's reply is not what LanguageTool's /v2/check sends."""


def _parse_reply(payload: bytes) -> list[_Match]:
    try:
        data = json.loads(payload)
        raw = data["matches"]
        if not isinstance(raw, list):
            raise TypeError("matches is not a list")
        return [_parse_match(m) for m in raw]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _BadReply(f"{type(exc).__name__}") from None


def _parse_match(m: Mapping[str, Any]) -> _Match:
    rule = m["rule"]
    offset, length = m["offset"], m["length"]
    if not (isinstance(offset, int) and isinstance(length, int) and offset >= 0 and length >= 0):
        raise TypeError("offset and length must be non-negative integers")
    return _Match(
        rule_id=str(rule["id"]),
        category=str(rule.get("category", {}).get("id", "")),
        issue_type=str(rule.get("issueType", "")),
        message=str(m.get("message") or rule.get("description") or "LanguageTool flags this."),
        offset=offset,
        length=length,
        replacements=tuple(
            str(r["value"]) for r in m.get("replacements", ())[:_MAX_SUGGESTIONS] if "value" in r
        ),
    )


def findings_from_matches(doc: Document, matches: Sequence[_Match]) -> list[Finding]:
    """Turn LanguageTool's matches for ``doc.text`` into findings (a pure function)."""
    text = doc.text
    astral = _utf16_index(text)
    context = doc.context_words
    config = doc.config
    out: list[Finding] = []
    for m in matches:
        start = _to_str_index(astral, m.offset)
        end = min(len(text), _to_str_index(astral, m.offset + m.length))
        start = min(start, end)
        flagged = text[start:end]
        category, severity = _CATEGORIES.get(m.category) or _ISSUES.get(m.issue_type, _OTHER)
        spelling = m.category in ("TYPOS", "CASING") or m.issue_type == "misspelling"
        if spelling:
            words = _flagged_words(flagged)
            if words and all(w in context for w in words):
                continue  # the interview's own names and vocabulary
        hedged = _HEDGED.search(m.message) or (
            m.category in ("GRAMMAR", "CONFUSED_WORDS") and "did you mean" in m.message.lower()
        )
        if (
            m.issue_type in _ADVICE_ISSUES
            or m.rule_id in _ADVICE_RULES
            or hedged
            or _in_closing(doc, start)
            or (m.issue_type == "duplication" and _legit_double(flagged))
            or (m.rule_id == "ON_GOING" and _going_somewhere(text, end))
        ):
            severity = Severity.INFO
        elif m.issue_type == "misspelling" and flagged and not _grammar_as_typo(m, flagged):
            severity = _misspelling_severity(text, start, flagged, m.replacements, severity)
        rule_id = f"{category.value}.{RULE_PREFIX}.{m.rule_id}"
        if not config.is_enabled(rule_id):
            continue
        severity = config.severity_for(rule_id) or severity
        out.append(
            Finding(
                rule=rule_id,
                category=category,
                severity=severity,
                message=m.message,
                start=start,
                end=end,
                suggestions=m.replacements,
            )
        )
    return out


# ------------------------------------------------------------------------ the server


class _Unavailable(Exception):
    """A check could not be done; the message says why (never the note's text).

    ``trip`` is False when the fault is about this request only (HTTP 4xx: the text is too
    long, the language unknown), so the circuit breaker stays closed.
    """

    def __init__(self, reason: str, *, trip: bool = True) -> None:
        super().__init__(reason)
        self.trip = trip


class _Server:
    """One LanguageTool server per (url, language), shared by every LanguageTool in the process.

    It knows where to send checks (starting a local server through language-tool-python when
    no url was given) and holds the circuit breaker: after a fault, checks are refused without
    a request until ``down_until``.
    """

    def __init__(self, url: str | None, language: str) -> None:
        self.url = url
        self.language = language
        self._lock = threading.Lock()
        self._endpoint: tuple[str, str, int, str] | None = _endpoint(url) if url else None
        self._local: Any = None  # language_tool_python.LanguageTool managing a local server
        self.down_until = 0.0
        self.down_reason = ""

    # -- circuit breaker

    def refuse(self) -> str | None:
        """Why checks are refused right now, or None when a request may be tried."""
        with self._lock:
            if self.down_reason and time.monotonic() < self.down_until:
                return self.down_reason
            return None

    def failed(self, reason: str, retry_after: float) -> None:
        with self._lock:
            self.down_until = time.monotonic() + retry_after
            self.down_reason = reason

    def succeeded(self) -> None:
        with self._lock:
            self.down_until, self.down_reason = 0.0, ""

    # -- where to send checks

    def endpoint(self) -> tuple[str, str, int, str]:
        """(scheme, host, port, path of /v2/check); starts a local server on first use."""
        with self._lock:
            if self._endpoint is None:
                self._endpoint = self._start_local()
            return self._endpoint

    def _start_local(self) -> tuple[str, str, int, str]:
        try:
            import language_tool_python
        except ImportError as exc:  # pragma: no cover - it is a dependency
            raise _Unavailable("language-tool-python is not installed") from exc
        try:
            # language-tool-python downloads LanguageTool if needed and starts it on localhost.
            tool = language_tool_python.LanguageTool(self.language)
        except Exception as exc:  # no Java, no download, no free port...
            raise _Unavailable(
                f"could not start a local LanguageTool server ({type(exc).__name__}: "
                f"{_clip(str(exc))})"
            ) from None
        self._local = tool
        return _endpoint(str(tool.url))

    def close(self) -> None:
        """Stop the local server this process started, if any."""
        with self._lock:
            tool, self._local = self._local, None
            if tool is not None:
                self._endpoint = None
                try:
                    tool.close()
                except Exception:  # at exit, nothing more to do
                    log.debug("closing the local LanguageTool server failed", exc_info=True)


def _endpoint(url: str) -> tuple[str, str, int, str]:
    """Split a server URL into what http.client needs; the check path ends in /v2/check."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"LanguageTool url must be http(s)://host[:port][/path]; got {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    path = parts.path.rstrip("/").removesuffix("/check")  # the whole endpoint, pasted
    if not path.endswith("/v2"):
        path += "/v2"
    host = parts.hostname
    return parts.scheme, host, port, path + "/check"


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_servers_lock = threading.Lock()
_servers: dict[tuple[str | None, str], _Server] = {}


def _server(url: str | None, language: str) -> _Server:
    with _servers_lock:
        found = _servers.get((url, language))
        if found is None:
            found = _servers[(url, language)] = _Server(url, language)
        return found


@atexit.register
def _close_servers() -> None:
    with _servers_lock:
        servers = list(_servers.values())
    for server in servers:
        server.close()


# ------------------------------------------------------------------------ the back end


class LanguageTool:
    """Grammar and spelling findings from a LanguageTool server.

    ``url`` names a running server (``http://127.0.0.1:8081``, a company server, a Docker
    container); only that server is ever contacted.  Without one, language-tool-python starts
    a local server on the first check.  Nothing happens on the network until the first check.

    ``timeout`` bounds connecting and each wait for the reply, in seconds.  When the server is
    down, refuses, is slow or answers garbage, :meth:`findings` returns one
    ``errors.grammar-unavailable`` finding (severity info) saying why, and for ``retry_after``
    seconds answers so without a request; with ``required=True`` it raises
    :class:`~thanknote.GrammarUnavailable` instead.  ``max_concurrency`` bounds the requests
    :meth:`findings_many` keeps in flight.  ``disabled_rules`` replaces
    :data:`DEFAULT_DISABLED_RULES` (LanguageTool rule ids); ``enabled_rules`` turns on rules
    LanguageTool keeps off by default.
    """

    def __init__(
        self,
        url: str | None = None,
        language: str = "en-US",
        *,
        timeout: float = 5.0,
        required: bool = False,
        max_concurrency: int = 4,
        retry_after: float = 30.0,
        disabled_rules: Iterable[str] | None = None,
        enabled_rules: Iterable[str] = (),
    ) -> None:
        if url is not None:
            if not isinstance(url, str):
                raise TypeError(f"url must be a str or None; got {type(url).__name__}")
            _endpoint(url)  # validates; raises ValueError naming the url
        if not isinstance(language, str) or not language.strip():
            raise ValueError(f"language must be a language code such as 'en-US'; got {language!r}")
        _check_number("timeout", timeout, low=0.0, strict=True)
        _check_number("retry_after", retry_after, low=0.0, strict=False)
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int):
            raise TypeError(f"max_concurrency must be an int; got {type(max_concurrency).__name__}")
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be at least 1; got {max_concurrency}")
        self.url = url
        self.language = language.strip()
        self.timeout = float(timeout)
        self.required = required
        self.max_concurrency = max_concurrency
        self.retry_after = float(retry_after)
        if disabled_rules is None:
            disabled_rules = DEFAULT_DISABLED_RULES
        self.disabled_rules: tuple[str, ...] = _rule_ids("disabled_rules", disabled_rules)
        self.enabled_rules: tuple[str, ...] = _rule_ids("enabled_rules", enabled_rules)

    def __repr__(self) -> str:
        return f"LanguageTool(url={self.url!r}, language={self.language!r})"

    # -- checking

    def findings(self, doc: Document) -> list[Finding]:
        """LanguageTool's findings for one parsed note (GrammarChecker protocol)."""
        if not doc.text.strip():
            return []
        server = _server(self.url, self.language)
        reason = server.refuse()
        if reason is None:
            try:
                matches = self._request(server, doc.text)
            except _Unavailable as exc:
                reason = str(exc)
                if exc.trip:
                    server.failed(reason, self.retry_after)
                log.warning("LanguageTool unavailable: %s", reason)
            else:
                server.succeeded()
                return findings_from_matches(doc, matches)
        if self.required:
            raise GrammarUnavailable(f"grammar checking unavailable: {reason}")
        return [
            Finding(
                rule=UNAVAILABLE_RULE,
                category=Category.ERRORS,
                severity=Severity.INFO,
                message=f"Grammar and spelling were not checked: {reason}.",
            )
        ]

    def findings_many(self, docs: Sequence[Document]) -> list[list[Finding]]:
        """Findings for many notes, in order, with at most ``max_concurrency`` requests at once."""
        docs = list(docs)
        if len(docs) <= 1:
            return [self.findings(d) for d in docs]
        with ThreadPoolExecutor(
            max_workers=min(self.max_concurrency, len(docs)), thread_name_prefix="thanknote-lt"
        ) as pool:
            return list(pool.map(self.findings, docs))

    def _request(self, server: _Server, text: str) -> list[_Match]:
        scheme, host, port, path = server.endpoint()
        fields = {"language": self.language, "text": text}
        if self.disabled_rules:
            fields["disabledRules"] = ",".join(self.disabled_rules)
        if self.enabled_rules:
            fields["enabledRules"] = ",".join(self.enabled_rules)
        body = urllib.parse.urlencode(fields).encode("utf-8")
        kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
        conn = kind(host, port, timeout=self.timeout)
        where = f"{scheme}://{host}:{port}"
        try:
            conn.request(
                "POST",
                path,
                body=body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                    "Accept": "application/json",
                },
            )
            response = conn.getresponse()
            payload = response.read()
        except TimeoutError:
            raise _Unavailable(
                f"LanguageTool at {where} did not answer within {self.timeout:g} s"
            ) from None
        except ConnectionRefusedError:
            raise _Unavailable(f"LanguageTool at {where} refused the connection") from None
        except (OSError, http.client.HTTPException) as exc:
            raise _Unavailable(
                f"LanguageTool at {where} could not be reached ({type(exc).__name__})"
            ) from None
        finally:
            conn.close()
        if 400 <= response.status < 500:
            # LanguageTool explains a refused request in one line of plain text.
            detail = _clip(payload[:300].decode("utf-8", "replace"))
            raise _Unavailable(
                f"LanguageTool at {where} refused the request (HTTP {response.status}: {detail})",
                trip=False,
            )
        if response.status != 200:
            raise _Unavailable(f"LanguageTool at {where} answered HTTP {response.status}")
        try:
            return _parse_reply(payload)
        except _BadReply as exc:
            raise _Unavailable(f"LanguageTool at {where} sent a malformed reply ({exc})") from None


def _check_number(name: str, value: object, *, low: float, strict: bool) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds; got {type(value).__name__}")
    if value < low or (strict and value == low):
        bound = "greater than" if strict else "at least"
        raise ValueError(f"{name} must be {bound} {low:g} seconds; got {value!r}")


def _rule_ids(name: str, value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    items = tuple(value)
    for item in items:
        if not isinstance(item, str) or not re.fullmatch(r"[A-Za-z0-9_]+", item):
            raise ValueError(
                f"{name} must hold LanguageTool rule ids (letters, digits, '_'); got {item!r}"
            )
    return items
