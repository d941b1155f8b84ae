"""Whole notes from the section composers: :func:`compose`, :func:`compose_panel` and
:func:`compose_followup`.

A note is planned as paragraphs of sentences, some of them optional.  The plan is then fitted
to the channel's length (ETIQUETTE.md, "Length"): optional sentences go, lowest rank first,
while the note is too long; extra sentences of fit, interest and closing come in while it is
too short.  Nothing is random: the phrasing follows a stable hash of the recipient, company
and role, so the same input gives the same note in every run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from itertools import chain

import attrs

from . import sections as sec
from ._prose import count_words
from .model import Candidate, Channel, Interview, Interviewer, Note, NoteKind, Stage
from .sections import Context, Sentence

__all__ = ["compose", "compose_followup", "compose_panel"]

# (fewest, most) words, greeting to signature; a little inside the etiquette's range so the
# length rules never see a note on the edge.
_EMAIL = (155, 215)
_CARD = (65, 115)
_FOLLOW_UP = (65, 140)
# A phone screen earns a short note: "two or three sentences" (ETIQUETTE.md, Length).  With
# nothing specific to mention, a few sentences more on the conversation keep it from reading
# as a template.
_SCREEN = (45, 110)
_SCREEN_UNSPECIFIC = (60, 110)

Plan = list[list[Sentence]]


def compose(
    interview: Interview,
    *,
    sender: Candidate,
    to: Interviewer | str | None = None,
    highlights: Iterable[str] = (),
    strengths: Iterable[str] = (),
    unfinished: Iterable[str] = (),
    channel: Channel | str = "email",
    sent_at: dt.date | None = None,
    greeting_style: str = "auto",
    signoff: str | None = None,
) -> Note:
    """Compose a thank-you note to one interviewer.

    ``to`` defaults to the interview's only interviewer; on a panel pass it (an Interviewer or
    an interviewer's name), or use :func:`compose_panel` for one note each.  ``highlights`` are
    the specifics discussed, ``strengths`` what the candidate brings, ``unfinished`` points to
    add or answer better ("topic: answer").  ``sent_at`` is the day it goes out; it decides
    whether the note says "yesterday" or "on March 2" and dates the Note.  Without it the
    wording assumes today and the Note's ``sent_at`` stays None: a draft, not yet sent.

    An email runs about 150-220 words in three or four paragraphs with a subject line; a
    handwritten card (``channel="handwritten"``) about 60-120 words, without a subject and
    without the unfinished-business section.
    """
    _check_common(interview, sender, greeting_style, signoff)
    recipient = _recipient(interview, to)
    ctx = sec.make_context(
        interview,
        to=recipient,
        others=[p for p in interview.interviewers if p is not recipient and p != recipient],
        sender=sender,
        channel=channel,
        sent_at=_sent_day(interview, sent_at),
        highlights=highlights,
        strengths=strengths,
        unfinished=unfinished,
    )
    return _as_sent(_thank_you(ctx, recipient, greeting_style, signoff), sent_at)


# Wordings compose_panel tries per note before it keeps a near-copy (see compose_panel).
_PANEL_TRIES = 8


def compose_panel(
    interview: Interview,
    *,
    sender: Candidate,
    highlights: Iterable[str] = (),
    strengths: Iterable[str] = (),
    unfinished: Iterable[str] = (),
    channel: Channel | str = "email",
    sent_at: dt.date | None = None,
    greeting_style: str = "auto",
    signoff: str | None = None,
) -> tuple[Note, ...]:
    """One thank-you per interviewer, in the panel's order.

    Each note names its recipient, draws first on that person's ``Interviewer.topics``,
    acknowledges the panel (naming the others while there are few), and is worded differently
    from its siblings, while the facts (company, role, date) stay the same in all of them.
    """
    _check_common(interview, sender, greeting_style, signoff)
    people = interview.interviewers
    if not people:
        raise ValueError("interview has no interviewers; add them to Interview.interviewers")
    shared = sec._str_list(highlights, "highlights")
    # Shared by the whole panel, so that sibling notes take different phrasings (variant i).
    key = "\x1e".join((interview.company, interview.role, *(p.name for p in people)))
    from .panel import DistinctNotes  # the panel checks import the checker: load on use

    day = _sent_day(interview, sent_at)

    def note_for(i: int, attempt: int) -> Note:
        ctx = sec.make_context(
            interview,
            to=people[i],
            others=people[:i] + people[i + 1 :],
            sender=sender,
            channel=channel,
            sent_at=day,
            highlights=sec.rotate(shared, i),
            strengths=strengths,
            unfinished=unfinished,
            # A later attempt takes the next wording round, and a key of its own: each slot's
            # phrasing then moves its own way, so the note cannot repeat one sibling in every
            # slot (rounds alone move every slot in step and can meet the same sibling again).
            variant=i + attempt * len(people),
            key=key if not attempt else f"{key}\x1eattempt {attempt}",
        )
        return _as_sent(_thank_you(ctx, people[i], greeting_style, signoff), sent_at)

    # A panel larger than some list of phrasings must repeat phrasings; when a note comes out
    # near-identical to an earlier one (as check_panel would say), the next wording round is
    # tried, so every note reads as written for its person.
    kept = DistinctNotes(people)
    notes = []
    for i in range(len(people)):
        first = note_for(i, 0)
        others = (note_for(i, k) for k in range(1, _PANEL_TRIES))
        note = next((n for n in chain([first], others) if kept.add(n)), None)
        if note is None:  # every wording is a near-copy: keep the first
            note = first
            kept.add(note, force=True)
        notes.append(note)
    return tuple(notes)


def compose_followup(
    interview: Interview,
    *,
    sender: Candidate,
    to: Interviewer | str | None = None,
    kind: NoteKind | str = "follow-up",
    sent_at: dt.date | None = None,
    highlights: Iterable[str] = (),
    channel: Channel | str = "email",
    greeting_style: str = "auto",
    signoff: str | None = None,
) -> Note:
    """A short follow-up (``kind="follow-up"``) or status check (``kind="status-check"``).

    About 60-150 words: thanks again, renewed interest, a specific touch from the interview
    where one is known, and for a status check a courteous request for news on the timeline.
    """
    _check_common(interview, sender, greeting_style, signoff)
    note_kind = sec.to_kind(kind)
    if note_kind is NoteKind.THANK_YOU:
        raise ValueError(
            "kind must be 'follow-up' or 'status-check'; use compose() for a thank-you"
        )
    recipient = _recipient(interview, to)
    ctx = sec.make_context(
        interview,
        to=recipient,
        sender=sender,
        channel=channel,
        sent_at=_sent_day(interview, sent_at),
        highlights=highlights,
    )
    paragraphs = sec.followup_sentences(ctx, note_kind)
    plan = _fit_length(
        paragraphs,
        _FOLLOW_UP,
        [
            (paragraphs[1][0], sec.interest_padding(ctx)),
            (paragraphs[2][-1], sec.closing_padding(ctx)),
        ],
        _frame(ctx, recipient, greeting_style, signoff),
    )
    return _as_sent(_note(ctx, recipient, plan, greeting_style, signoff, note_kind), sent_at)


# ----------------------------------------------------------------------------- building


def _thank_you(ctx: Context, recipient: Interviewer, style: str, signoff: str | None) -> Note:
    thanks, specifics = sec.gratitude_sentences(ctx), sec.specifics_sentences(ctx)
    fit, interest = sec.fit_sentences(ctx), sec.interest_sentences(ctx)
    closing = sec.closing_sentences(ctx)
    if ctx.channel is Channel.EMAIL and ctx.interview.stage is Stage.PHONE_SCREEN:
        # Thanks, the specifics and the next step: two or three sentences, more only for the
        # strengths or missed points the caller gave.
        plan: Plan = [
            thanks[:1] + ([s for s in specifics if s.drop is None] or specifics[:1]),
            fit,
            sec.unfinished_sentences(ctx),
            closing[-1:],
        ]
        limits = _SCREEN if ctx.items else _SCREEN_UNSPECIFIC
    elif ctx.channel is Channel.EMAIL:
        plan = [
            thanks + specifics,
            fit + interest,
            sec.unfinished_sentences(ctx),
            closing,
        ]
        limits = _EMAIL
    else:
        # A card is short: thanks with the specifics, then one paragraph to close.
        plan = [
            thanks + specifics,
            fit + interest + closing,
        ]
        limits = _CARD
    # Each extra sentence follows the sentence it elaborates on.
    padding = [
        (specifics[-1], sec.specifics_padding(ctx)),
        (fit[-1] if fit else None, sec.fit_padding(ctx)),
        (interest[-1], sec.interest_padding(ctx)),
        (closing[0], sec.closing_padding(ctx)),
    ]
    plan = _fit_length(plan, limits, padding, _frame(ctx, recipient, style, signoff))
    return _note(ctx, recipient, plan, style, signoff, NoteKind.THANK_YOU)


def _frame(ctx: Context, recipient: Interviewer, style: str, signoff: str | None) -> int:
    """Words outside the paragraphs: greeting, sign-off and signature."""
    assert ctx.sender is not None
    top = sec.greeting(recipient, style=style)
    bottom = sec.signoff(ctx.sender, signoff=signoff, channel=ctx.channel, key=ctx.key)
    return count_words(top) + count_words(bottom)


def _fit_length(
    plan: Plan,
    limits: tuple[int, int],
    padding: Sequence[tuple[Sentence | None, list[Sentence]]],
    frame: int,
) -> Plan:
    """Drop optional sentences while too long; add padding sentences while too short.

    Each padding sentence goes in right after its anchor sentence (skipped when the anchor is
    missing).
    """
    fewest, most = limits
    plan = [list(p) for p in plan]

    def words() -> int:
        return frame + sum(s.words for p in plan for s in p)

    while words() > most:
        optional = [(s.drop, i, j) for i, p in enumerate(plan) for j, s in enumerate(p) if s.drop]
        if not optional:
            break
        _, i, j = min(optional)
        del plan[i][j]
    # One sentence from each pool in turn, so no single section swells.
    for k in range(max((len(extra) for _, extra in padding), default=0)):
        for anchor, extra in padding:
            if k < len(extra):
                if words() >= fewest:
                    return plan
                # The second extra sentence follows the first.
                _insert_after(plan, extra[k - 1] if k else anchor, extra[k])
    return plan


def _insert_after(plan: Plan, anchor: Sentence | None, sentence: Sentence) -> None:
    for paragraph in plan:
        for j, existing in enumerate(paragraph):
            if existing is anchor:
                paragraph.insert(j + 1, sentence)
                return


def _note(
    ctx: Context,
    recipient: Interviewer,
    plan: Plan,
    style: str,
    signoff: str | None,
    kind: NoteKind,
) -> Note:
    assert ctx.sender is not None
    paragraphs = [sec.text_of(p) for p in plan if p]
    body = "\n\n".join(
        [
            sec.greeting(recipient, style=style),
            *paragraphs,
            sec.signoff(ctx.sender, signoff=signoff, channel=ctx.channel, key=ctx.key),
        ]
    )
    subject = None
    if ctx.channel is Channel.EMAIL:
        subject = sec.subject(
            ctx.interview, sender=ctx.sender, kind=kind, to=recipient, variant=ctx.variant
        )
    return Note(
        body=body,
        subject=subject,
        to=recipient,
        interview=ctx.interview,
        sender=ctx.sender,
        channel=ctx.channel,
        sent_at=ctx.sent,
        kind=kind,
        highlights=ctx.highlights,
    )


# ----------------------------------------------------------------------------- validation


def _check_common(
    interview: object, sender: object, greeting_style: object, signoff: object
) -> None:
    if not isinstance(interview, Interview):
        raise TypeError(f"interview must be a thanknote.Interview; got {type(interview).__name__}")
    if not isinstance(sender, Candidate):
        raise TypeError(f"sender must be a thanknote.Candidate; got {type(sender).__name__}")
    if not isinstance(greeting_style, str):
        raise TypeError(f"greeting_style must be a str; got {type(greeting_style).__name__}")
    if greeting_style not in sec.GREETING_STYLES:
        raise ValueError(
            f"unknown greeting_style {greeting_style!r}; "
            f"expected one of {', '.join(sec.GREETING_STYLES)}"
        )
    if signoff is not None:
        sec.normalize_signoff(signoff)


def _recipient(interview: Interview, to: object) -> Interviewer:
    people = interview.interviewers
    if to is None:
        if len(people) == 1:
            return people[0]
        if not people:
            raise ValueError("interview has no interviewers; pass to= the person you write to")
        raise ValueError(
            f"the interview has a panel of {len(people)}; pass to= one of them, "
            "or use compose_panel() for one note per interviewer"
        )
    if isinstance(to, Interviewer):
        return to
    if isinstance(to, str):
        wanted = " ".join(to.split()).casefold()
        for person in people:
            if " ".join(person.name.split()).casefold() == wanted:
                return person
        names = ", ".join(repr(p.name) for p in people) or "none"
        raise ValueError(f"to={to!r} is not one of the interview's interviewers ({names})")
    raise TypeError(
        f"to must be a thanknote.Interviewer or an interviewer's name; got {type(to).__name__}"
    )


def _as_sent(note: Note, sent_at: object) -> Note:
    """The note as composed: dated ``sent_at`` when the caller gave one, else undated (a draft
    not yet sent, which the timing rules then leave alone; its wording assumes today)."""
    return note if sent_at is not None else attrs.evolve(note, sent_at=None)


def _sent_day(interview: Interview, sent_at: object) -> dt.date:
    """The day the note goes out: ``sent_at``, or today; never before the interview."""
    if sent_at is None:
        return max(dt.date.today(), interview.day)
    if not isinstance(sent_at, dt.date):
        raise TypeError(f"sent_at must be a datetime.date or None; got {type(sent_at).__name__}")
    day = sent_at.date() if isinstance(sent_at, dt.datetime) else sent_at
    return max(day, interview.day)
