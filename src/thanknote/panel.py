"""Checks across a set of notes: a panel's individual notes, and the follow-ups to one person.

Some problems only show when the notes are read together, as the employer reads them
(ETIQUETTE.md, "Panels and several interviewers"): "employers compare notes".
:func:`check_panel` checks each note as :func:`thanknote.check` does and adds the findings of the
set-level rules in :data:`PANEL_RULES`:

- ``generic.panel-identical``: two notes near-identical once the names are swapped;
- ``errors.panel-facts``: notes that disagree on the facts (company, role, interview day);
- ``generic.panel-cc``: one note CC'd to, or addressed to, several interviewers;
- ``timing.too-many-follow-ups``: a third follow-up (or a second status check) to one person.

The rules are ordinary :class:`~thanknote.rules.base.Rule` objects with docstrings and examples,
but they are not in ``DEFAULT_RULES``: they need the whole set.  Given to a :class:`Checker` on
their own, each reads its one note as a set of one (a CC to panelists is still flagged; a note
cannot disagree with itself).
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from difflib import SequenceMatcher

import attrs

from .checker import Checker, default_checker
from .document import Document
from .findings import Finding, Hit
from .model import Interview, Interviewer, Note, NoteKind
from .report import Report
from .rules.base import Rule, rule

__all__ = ["IDENTICAL_RATIO", "LARGE_PANEL", "PANEL_RULES", "SHARED_SENTENCES", "check_panel"]

#: Word-level similarity (difflib ratio) above which two notes count as near-identical.
IDENTICAL_RATIO = 0.8
#: Share of the shorter note's sentences found word for word in the other note above which the
#: two count as near-identical (templated letters often differ only in one sentence or two).
SHARED_SENTENCES = 0.5
#: ETIQUETTE.md: with more than about 7 panelists, one note to the coordinator naming everyone
#: is acceptable.
LARGE_PANEL = 7
#: ETIQUETTE.md, Following up: at most two follow-ups, then one polite status request.
MAX_FOLLOWUPS = 2
MAX_STATUS_CHECKS = 1

#: What a set-level check yields: the index of the note in the set and a hit in that note.
SetHits = Iterator[tuple[int, Hit]]
SetCheck = Callable[[Sequence[Document]], SetHits]


@attrs.frozen(slots=True)
class _SetOfOne:
    """A set-level check run on one note, so the rule also works inside a plain Checker."""

    check: SetCheck

    def __call__(self, doc: Document) -> Iterator[Hit]:
        for _, hit in self.check([doc]):
            yield hit


def _set_rule(rule_id: str, severity: str) -> Callable[[SetCheck], Rule]:
    def wrap(func: SetCheck) -> Rule:
        made = rule(rule_id, severity=severity)(_SetOfOne(func))
        # The docstring lives on the set-level function; rule() read the wrapper's.
        doc = inspect.getdoc(func) or rule_id
        return attrs.evolve(made, message=doc.splitlines()[0], doc=doc)

    return wrap


# --------------------------------------------------------------------------- shared helpers

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_NAME_TOKEN = "\x00name\x00"


def _people(docs: Sequence[Document]) -> list[Interviewer]:
    """Everyone the set mentions as an interviewer, recipient or CC."""
    out: list[Interviewer] = []
    for doc in docs:
        note = doc.note
        if note is None:
            continue
        if note.interview is not None:
            out += note.interview.interviewers
        out += [p for p in (note.to, *note.cc) if p is not None]
    return out


def _name_variants(people: Iterable[Interviewer]) -> set[str]:
    names: set[str] = set()
    for p in people:
        names.update(v.casefold() for v in (p.name, p.first_name, p.last_name) if len(v) > 1)
        if p.honorific:
            names.add(f"{p.honorific} {p.last_name}".casefold())
    return names


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(names), key=len, reverse=True)
    if not ordered:
        return None
    # One alternation of escaped literals: linear, no nested quantifiers.
    return re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w'’])")


def _key(person: Interviewer | None) -> str:
    return " ".join(person.name.casefold().split()) if person is not None else ""


def _panelists(docs: Sequence[Document]) -> dict[str, Interviewer]:
    """The interviewers of the set, by normalised name: the interviews' and the recipients'."""
    found: dict[str, Interviewer] = {}
    for doc in docs:
        note = doc.note
        if note is None:
            continue
        if note.interview is not None:
            for p in note.interview.interviewers:
                found.setdefault(_key(p), p)
        if note.to is not None:
            found.setdefault(_key(note.to), note.to)
    return found


def _who(doc: Document, index: int) -> str:
    person = doc.recipient
    return f"the note to {person.name}" if person is not None else f"note {index + 1}"


# --------------------------------------------------------------------------- panel-identical


@attrs.frozen(slots=True)
class _Form:
    """A note reduced for comparison: its words and sentences with every name as one token."""

    words: list[str]
    counts: Counter[str]
    sentences: set[str]


def _normalised(doc: Document, names: re.Pattern[str] | None) -> _Form:
    def words(text: str) -> list[str]:
        if names is not None:
            text = names.sub(_NAME_TOKEN, text)
        return [w.casefold() for w in _WORD.findall(text.replace(_NAME_TOKEN, " NAME "))]

    body = doc.text
    if doc.greeting is not None:
        body = body[doc.greeting.end :]  # greetings differ by design
    sentences = {" ".join(words(s.text)) for s in doc.sentences}
    tokens = words(body)
    return _Form(tokens, Counter(tokens), {s for s in sentences if len(s.split()) >= 3})


def _similar(a: _Form, b: _Form) -> bool:
    if not a.words or not b.words:
        return False
    fewer = min(len(a.sentences), len(b.sentences))
    if fewer >= 2 and len(a.sentences & b.sentences) / fewer > SHARED_SENTENCES:
        return True
    # The shared-word count bounds difflib's ratio from above (it is quick_ratio, computed from
    # counts made once per note), so most pairs never build a matcher.
    common = sum((a.counts & b.counts).values())
    if 2 * common / (len(a.words) + len(b.words)) <= IDENTICAL_RATIO:
        return False
    return SequenceMatcher(None, a.words, b.words, autojunk=False).ratio() > IDENTICAL_RATIO


class DistinctNotes:
    """The notes of a panel kept so far, as :func:`panel_identical` compares them: tells whether
    a new note would read as a near-copy of one of them (``compose_panel`` uses it to try
    another wording)."""

    def __init__(self, people: Iterable[Interviewer]) -> None:
        self._pattern = _name_pattern(_name_variants(people))
        self._kept: list[_Form] = []

    def add(self, note: Note, *, force: bool = False) -> bool:
        """Keep ``note`` unless it is near-identical to a kept one (``force`` keeps it anyway);
        whether it was kept."""
        form = _normalised(Document(note.body, note), self._pattern)
        if not force and any(_similar(form, kept) for kept in self._kept):
            return False
        self._kept.append(form)
        return True


@_set_rule("generic.panel-identical", severity="warning")
def panel_identical(docs: Sequence[Document]) -> SetHits:
    """Two notes in the set are near-identical once the interviewers' names are swapped.

    ETIQUETTE.md: one individual note per interviewer, each different ("no identical letters"):
    panelists compare notes, and a copied letter reads as a template.  Each note's names (full,
    first, last, with honorific) become one token; two notes count as near-identical when more
    than half of the shorter one's sentences appear word for word in the other, or their words
    match with a difflib ratio above 0.8.  Both notes get the finding.

    Bad: "Dear Dana, thank you for the interview..." and "Dear Sam, thank you for the
    interview..." with every other sentence the same.
    Better: thank each person for what you discussed with them in particular.
    """
    if len(docs) < 2:
        return
    pattern = _name_pattern(_name_variants(_people(docs)))
    forms = [_normalised(d, pattern) for d in docs]
    twins: dict[int, list[int]] = defaultdict(list)
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            if _similar(forms[i], forms[j]):
                twins[i].append(j)
                twins[j].append(i)
    for i, others in sorted(twins.items()):
        names = ", ".join(_who(docs[j], j) for j in others)
        yield (
            i,
            Hit(
                message=f"This note is nearly the same as {names} once the names are swapped; "
                "panelists compare notes, so mention what you discussed with each person."
            ),
        )


# --------------------------------------------------------------------------- panel-facts


def _consensus(values: Sequence[str | dt.date | None]) -> str | dt.date | None:
    """The value most notes agree on, or None when no value has more votes than the others."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _facts(iv: Interview) -> dict[str, str | dt.date]:
    return {
        "company": " ".join(iv.company.casefold().split()),
        "role": " ".join(iv.role.casefold().split()),
        "date": iv.day,
    }


def _shown(value: str | dt.date, interviews: Sequence[Interview | None], field: str) -> str:
    """The value as the user wrote it (first spelling that normalises to it)."""
    for iv in interviews:
        if iv is not None and _facts(iv)[field] == value:
            if field == "date":
                return f"{iv.day:%A} {iv.day.isoformat()}"
            return repr(getattr(iv, field))
    return repr(value)


def _interview_disagreements(docs: Sequence[Document]) -> SetHits:
    interviews = [d.interview for d in docs]
    for field in ("company", "role", "date"):
        values = [_facts(iv)[field] if iv is not None else None for iv in interviews]
        if len({v for v in values if v is not None}) < 2:
            continue
        agreed = _consensus(values)
        for i, value in enumerate(values):
            if value is None or value == agreed:
                continue
            others = sorted({str(v) for v in values if v is not None and v != value})
            theirs = agreed if agreed is not None else others[0]
            yield (
                i,
                Hit(
                    message=f"This note's interview gives the {field} as "
                    f"{_shown(value, interviews, field)}, but other notes in the set say "
                    f"{_shown(theirs, interviews, field)}; the notes must agree on the facts.",
                ),
            )


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"(?i)(?<![\w'’])(" + "|".join(_WEEKDAYS) + r")(?:['’]s)?(?![\w'’])")
# A weekday names the interview only in a sentence that thanks for or recalls the meeting, and
# not as a future date or deadline ("I look forward to hearing by Friday").
_MEETING = re.compile(
    r"(?i)\b(?:interview\w*|met|meet(?:ing)?|conversation|chat(?:ted|ting)?|spoke|speaking|"
    r"talk(?:ed|ing)?|visit(?:ed|ing)?|discussion|call|thank\w*|appreciat\w*|enjoy(?:ed)?|"
    r"pleasure|walk(?:ed|ing) me)\b"
)
_FUTURE = re.compile(
    r"(?i)\b(?:will|look(?:ing)? forward|hope to|next|upcoming|coming|plan to|schedul\w*|"
    r"available|free|could|would|tomorrow)\b"
)
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|until|till|before|after|on or before)\s+$")


def _meeting_weekdays(doc: Document) -> Iterator[tuple[int, int, int]]:
    """(start, end, weekday) for each weekday a sentence gives as the day of the meeting."""
    for sentence in doc.sentences:
        text = sentence.text
        if not _MEETING.search(text) or _FUTURE.search(text):
            continue
        for m in _WEEKDAY.finditer(text):
            if _DEADLINE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                continue
            start = sentence.start + m.start(1)
            yield start, start + len(m.group(1)), _WEEKDAYS.index(m.group(1).lower())


def _weekday_disagreements(docs: Sequence[Document]) -> SetHits:
    mentions = [list(_meeting_weekdays(d)) for d in docs]
    agreed_day = _consensus([_facts(d.interview)["date"] if d.interview else None for d in docs])
    if isinstance(agreed_day, dt.date):
        truth: int | None = agreed_day.weekday()
    else:
        votes = [str(day) for found in mentions for day in {w for _, _, w in found}]
        named = _consensus(votes)
        truth = int(named) if isinstance(named, str) else None
    if truth is None:
        return
    for i, found in enumerate(mentions):
        for start, end, weekday in found:
            if weekday != truth:
                yield (
                    i,
                    Hit(
                        start,
                        end,
                        message=f"The interview was on a {_WEEKDAYS[truth].title()}, but this note "
                        f"says {_WEEKDAYS[weekday].title()}.",
                        suggestions=(_WEEKDAYS[truth].title(),),
                    ),
                )


def _mention_disagreements(docs: Sequence[Document]) -> SetHits:
    """Text naming another note's company or role instead of the one the set agrees on."""
    interviews = [d.interview for d in docs]
    for field in ("company", "role"):
        agreed = _consensus([_facts(iv)[field] if iv else None for iv in interviews])
        if not isinstance(agreed, str):
            continue
        wrong = {
            getattr(iv, field).strip()
            for iv in interviews
            if iv is not None and _facts(iv)[field] != agreed
        }
        # A shortened name ("Acme" for "Acme Robotics") is not a different company.
        wrong = {w for w in wrong if w.casefold() not in agreed}
        pattern = _name_pattern(w.casefold() for w in wrong)
        if pattern is None:
            continue
        right = next(getattr(iv, field) for iv in interviews if iv and _facts(iv)[field] == agreed)
        for i, doc in enumerate(docs):
            for m in pattern.finditer(doc.text):
                yield (
                    i,
                    Hit(
                        m.start(),
                        m.end(),
                        message=f"This note names {m.group()!r} as the {field}; the other notes "
                        f"say {right!r}.",
                        suggestions=(right,),
                    ),
                )


@_set_rule("errors.panel-facts", severity="error")
def panel_facts(docs: Sequence[Document]) -> SetHits:
    """Notes in the set disagree on the facts: the company, the role or the interview day.

    ETIQUETTE.md: a panel's notes are individual "yet consistent in tone and facts", and a wrong
    company name is among the worst mistakes there are.  Flags a note whose Interview gives a
    different company, role or date from the one most notes give (every note when there is no
    majority), a note whose text names another note's company or role, and a note that gives
    the interview a different weekday ("thank you for meeting me on Tuesday") from the
    interview date, or from the other notes when no date is known.

    Bad: three notes for a Monday interview at Acme Robotics, one saying "our conversation on
    Tuesday" or naming "Apex Robotics".
    Better: the same company, role and day in every note; only the personal parts differ.
    """
    yield from _interview_disagreements(docs)
    yield from _mention_disagreements(docs)
    yield from _weekday_disagreements(docs)


# --------------------------------------------------------------------------- panel-cc

_GROUP_GREETING = re.compile(
    r"(?i)\b(?:all|everyone|everybody|team|panel|committee|colleagues|folks|both|you all)\b"
)


def _greets_several(doc: Document, panel: dict[str, Interviewer]) -> bool:
    greeting = doc.greeting
    if greeting is None:
        return False
    # Where any panelist's name stands; one name that fits two panelists ("Dear Hannah," with
    # Hannah Lee and Hannah Kim on the panel) is still one person greeted.
    spans = sorted(
        m.span()
        for person in panel.values()
        if (pattern := _name_pattern(_name_variants([person]))) is not None
        for m in pattern.finditer(greeting.text)
    )
    named, end = 0, -1
    for start, stop in spans:
        if start >= end:
            named += 1
        end = max(end, stop)
    return named >= 2 or (len(panel) >= 2 and bool(_GROUP_GREETING.search(greeting.text)))


@_set_rule("generic.panel-cc", severity="warning")
def panel_cc(docs: Sequence[Document]) -> SetHits:
    """One note goes to several interviewers: CC'd to panelists, or greeting several of them.

    ETIQUETTE.md: one individual note per interviewer, never one note CC'd to all.  A note whose
    ``cc`` names panelists, or whose greeting names two or more of them ("Dear Dana and Sam",
    "Dear all" on a panel), is flagged, at the greeting when it points at text.  With a very
    large panel (more than about 7 people) one note to the coordinator naming everyone is
    acceptable, so nothing is flagged then.

    Bad: "Dear Dana, Sam and Priya," in one email CC'd to all three.
    Better: three notes, each to one person, each about what you discussed with them.
    """
    panel = _panelists(docs)
    if len(panel) > LARGE_PANEL:
        return
    for i, doc in enumerate(docs):
        note = doc.note
        copied = [p.name for p in (note.cc if note else ()) if _key(p) in panel]
        if copied:
            yield (
                i,
                Hit(
                    message=f"This note is CC'd to {', '.join(copied)}; send each interviewer a "
                    "note of their own instead.",
                ),
            )
        if doc.greeting is not None and _greets_several(doc, panel):
            yield (
                i,
                Hit(
                    doc.greeting.start,
                    doc.greeting.end,
                    message="This greeting addresses several interviewers; write each of them an "
                    "individual note.",
                ),
            )


# --------------------------------------------------------------------------- follow-up count


def _thread_key(doc: Document) -> tuple[str, str, str]:
    iv = doc.interview
    company, role = (_facts(iv)["company"], _facts(iv)["role"]) if iv else ("", "")
    return _key(doc.recipient), str(company), str(role)


def _sent_order(doc: Document, index: int) -> tuple[bool, dt.date, int]:
    return (doc.sent_at is None, doc.sent_at or dt.date.min, index)


@_set_rule("timing.too-many-follow-ups", severity="warning")
def too_many_follow_ups(docs: Sequence[Document]) -> SetHits:
    """A third follow-up, or a second status check, to the same person about the same job.

    ETIQUETTE.md, Following up: at most two follow-ups, about a week apart; after that, one
    polite request for the status of the application.  A Note does not know how many came
    before it, so this rule reads the whole set: notes of kind "follow-up" and "status-check" to
    the same recipient about the same company and role, in ``sent_at`` order (notes without a
    date after the dated ones, in the order given).

    Bad: a third "Just checking in again" follow-up to Dana a week after the second.
    Better: after two follow-ups, one status check; then let the application rest.
    """
    threads: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        if doc.kind is not NoteKind.THANK_YOU:
            threads[_thread_key(doc)].append(i)
    for indexes in threads.values():
        ordered = sorted(indexes, key=lambda i: _sent_order(docs[i], i))
        followups = status_checks = 0
        for i in ordered:
            doc = docs[i]
            who = f" to {doc.recipient.name}" if doc.recipient else ""
            if doc.kind is NoteKind.FOLLOW_UP:
                followups += 1
                if followups > MAX_FOLLOWUPS:
                    yield (
                        i,
                        Hit(
                            message=f"This is follow-up number {followups}{who}; the sources advise "
                            "at most two, then one polite request for the status of the application.",
                        ),
                    )
            else:
                status_checks += 1
                if status_checks > MAX_STATUS_CHECKS:
                    yield (
                        i,
                        Hit(
                            message=f"This is status check number {status_checks}{who}; one is "
                            "enough, and repeating it reads as pressure.",
                        ),
                    )


#: The set-level rules :func:`check_panel` runs, in order; not part of ``DEFAULT_RULES``.
PANEL_RULES: tuple[Rule, ...] = (panel_identical, panel_facts, panel_cc, too_many_follow_ups)


# --------------------------------------------------------------------------- check_panel


def _notes(notes: object) -> list[Note]:
    if isinstance(notes, Note | str | bytes) or not isinstance(notes, Iterable):
        raise TypeError(
            f"check_panel takes an iterable of thanknote.Note; got {type(notes).__name__}"
        )
    items = list(notes)
    for item in items:
        if not isinstance(item, Note):
            raise TypeError(
                "check_panel takes an iterable of thanknote.Note (the set rules need each "
                f"note's context); got an item of type {type(item).__name__}"
            )
    return items


def _set_findings(checker: Checker, docs: Sequence[Document]) -> list[list[Finding]]:
    out: list[list[Finding]] = [[] for _ in docs]
    config = checker.config
    for r in PANEL_RULES:
        if not config.is_enabled(r.id, r.enabled):
            continue
        check = r.func.check if isinstance(r.func, _SetOfOne) else None
        if check is None:
            continue
        override = config.severity_for(r.id)
        for i, hit in check(docs):
            out[i].append(r.finding(hit, override))
    return out


def check_panel(notes: Iterable[Note], checker: Checker | None = None) -> tuple[Report, ...]:
    """Check a set of notes about one interview: one Report per note, in the same order.

    Each report holds the note's own findings (as ``checker.check`` gives them; the default
    checker when ``checker`` is None) plus the findings of :data:`PANEL_RULES`, which only show
    across the set.  ``notes`` must be Notes, not plain strings: the set rules need each note's
    recipient and interview.  An empty set gives ``()``.  The config's ``disable`` and
    ``severity`` settings apply to the set rules by prefix ("generic", "errors", "timing").
    """
    items = _notes(notes)
    if checker is None:
        checker = default_checker()
    elif not isinstance(checker, Checker):
        kind = type(checker).__name__
        raise TypeError(f"checker must be a thanknote.Checker or None; got {kind}")
    if not items:
        return ()
    reports = checker.check_many(items)
    docs = [checker.parse(n) for n in items]
    extra = _set_findings(checker, docs)
    return tuple(
        Report(r.text, (*r.findings, *more), note=r.note)
        for r, more in zip(reports, extra, strict=True)
    )
