"""Timing rules: when a note is sent, measured against the interview and the employer's timeline."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..findings import Hit
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


def _days(n: int) -> str:
    return "a day" if n == 1 else f"{n} days"


RULES: tuple[Rule, ...] = (late_thank_you,)
