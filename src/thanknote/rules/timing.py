"""Timing rules: when a note is sent, measured against the interview and the employer's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..document import Document
from ..findings import Hit
from ..followups import NO_DATE_WAIT_DAYS, business_days_between
from ..model import NoteKind
from .base import Rule, rule


@rule("timing.late-thank-you", severity="warning")
def late_thank_you(doc: Document) -> Iterator[Hit]:
    """A thank-you sent more than a day after the interview loses much of its effect.

    Most career centres say send it within 24 hours (ETIQUETTE.md, Timing); the limit is
    ``Config.late_after_days``.

    Bad: interview on Monday 2 March, thank-you sent on Thursday 5 March.
    Better: send it on the day of the interview or the day after.
    """
    iv, sent = doc.interview, doc.sent_at
    if iv is None or sent is None or doc.kind is not NoteKind.THANK_YOU:
        return
    days = (sent - iv.day).days
    if days > doc.config.late_after_days:
        yield Hit(
            message=f"Sent {days} days after the interview; a thank-you should go out within "
            f"{_days(doc.config.late_after_days)}, so send it now and keep it brief.",
        )


@rule("timing.early-follow-up", severity="warning")
def early_follow_up(doc: Document) -> Iterator[Hit]:
    """A follow-up or status check sent before the employer's timeline has run out.

    ETIQUETTE.md, Following up: when the employer gave a decision date (``Interview.decision_by``)
    do not follow up on or before it; with no date, wait at least five business days (Monday to
    Friday) after the interview.  A decision date before the interview day is stale and ignored,
    as :func:`thanknote.plan_followups` does.

    Bad: interview on Monday 2 March, no decision date, a follow-up sent on Thursday 5 March.
    Better: wait until Monday 9 March (five business days), or use ``tn.plan_followups``.
    """
    iv, sent = doc.interview, doc.sent_at
    if iv is None or sent is None or doc.kind is NoteKind.THANK_YOU:
        return
    what = "status check" if doc.kind is NoteKind.STATUS_CHECK else "follow-up"
    decision = _day(iv.decision_by) if iv.decision_by is not None else None
    if decision is not None and decision >= iv.day:
        if sent <= decision:
            yield Hit(
                message=f"This {what} goes out on {_fmt(sent)}, on or before the employer's "
                f"decision date ({_fmt(decision)}); wait until a business day or two after it.",
            )
        return
    waited = business_days_between(iv.day, sent)
    if waited < NO_DATE_WAIT_DAYS:
        yield Hit(
            message=f"This {what} goes out {_business_days(waited)} after the interview; with "
            f"no decision date given, wait at least {NO_DATE_WAIT_DAYS} business days.",
        )


@rule("timing.sent-too-soon", severity="info")
def sent_too_soon(doc: Document) -> Iterator[Hit]:
    """The note is dated before the interview it is about: the date is surely wrong.

    A note cannot thank someone for a conversation that has not happened yet, so this is almost
    always a slip in ``Note.sent_at`` or ``Interview.date``, not a note sent too early.  It is
    advice (info), not a timing warning: the note's own timing is unknown until the date is fixed.

    Bad: interview on Monday 2 March, ``sent_at`` Sunday 1 March.
    Better: correct the date; send the thank-you on 2 or 3 March.
    """
    iv, sent = doc.interview, doc.sent_at
    if iv is None or sent is None or sent >= iv.day:
        return
    yield Hit(
        message=f"The note is dated {_fmt(sent)}, before the interview on {_fmt(iv.day)}; "
        "check both dates.",
    )


def _days(n: int) -> str:
    return "a day" if n == 1 else f"{n} days"


def _business_days(n: int) -> str:
    return "on the same day" if n == 0 else ("one business day" if n == 1 else f"{n} business days")


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _fmt(day: dt.date) -> str:
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


RULES: tuple[Rule, ...] = (late_thank_you, early_follow_up, sent_too_soon)
