"""Follow-up planning: what to send after an interview, and when.

:func:`plan_followups` turns an :class:`~thanknote.model.Interview` into dated
:class:`Step` objects, following ETIQUETTE.md ("Timing" and "Following up"):

- the thank-you within 24 hours of the interview (most career centres);
- after an in-person interview, optionally a handwritten card too, within a few days;
- when the employer gave a decision date, no follow-up on or before it: the first follow-up a
  business day or two after it passes without news;
- with no date given, the first follow-up at least five business days after the interview
  (some sources say 5-7);
- at most two follow-ups, about a week (five business days) apart; after that, a polite request
  for the status of the application.

Business days are Monday to Friday, less any ``holidays`` the caller passes.  The helpers
:func:`is_business_day`, :func:`add_business_days` and :func:`business_days_between` are public
so that rules and applications count days the same way the planner does.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

import attrs

from .model import Channel, Format, Interview

__all__ = [
    "FOLLOWUP_GAP_DAYS",
    "MAX_FOLLOWUPS",
    "NO_DATE_WAIT_DAYS",
    "Step",
    "StepKind",
    "add_business_days",
    "business_days_between",
    "is_business_day",
    "plan_followups",
]

#: ETIQUETTE.md: "wait at least five business days (some say 5-7) after the interview".
NO_DATE_WAIT_DAYS = 5
#: The far end of that window: the first follow-up's due date when no decision date was given.
NO_DATE_LATEST_DAYS = 7
#: ETIQUETTE.md: follow-ups "about a week apart", counted as five business days.
FOLLOWUP_GAP_DAYS = 5
#: ETIQUETTE.md: "at most two follow-ups".
MAX_FOLLOWUPS = 2
#: Calendar days after the interview by which a handwritten card should be posted: the same
#: day as the thank-you email, since a card is a thank-you too (the checker's
#: ``timing.late-thank-you`` counts a card posted later as late, as career centres do).
CARD_DAYS = 1

_SATURDAY = 5


class StepKind(enum.StrEnum):
    """What a planned step sends."""

    THANK_YOU = "thank-you"
    HANDWRITTEN_CARD = "handwritten-card"
    FOLLOW_UP = "follow-up"
    STATUS_CHECK = "status-check"


# --------------------------------------------------------------------------- business days


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _check_date(value: object, name: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise TypeError(
            f"{name} must be a datetime.date or datetime.datetime; got {type(value).__name__}"
        )
    return _as_date(value)


def _holiday_set(holidays: Iterable[dt.date]) -> frozenset[dt.date]:
    if isinstance(holidays, frozenset) and all(type(d) is dt.date for d in holidays):
        return holidays  # already normalised: the helpers call each other with it
    if isinstance(holidays, str | bytes) or not isinstance(holidays, Iterable):
        raise TypeError(
            f"holidays must be an iterable of datetime.date; got {type(holidays).__name__}"
        )
    out = set()
    for day in holidays:
        if not isinstance(day, dt.date):
            raise TypeError(
                f"holidays must contain only datetime.date values; got {type(day).__name__} {day!r}"
            )
        out.add(_as_date(day))
    return frozenset(out)


def is_business_day(day: dt.date, holidays: Iterable[dt.date] = ()) -> bool:
    """True when ``day`` is a Monday to Friday and not one of ``holidays``.

    >>> is_business_day(dt.date(2026, 3, 6)), is_business_day(dt.date(2026, 3, 7))
    (True, False)
    """
    day = _check_date(day, "day")
    return day.weekday() < _SATURDAY and day not in _holiday_set(holidays)


def add_business_days(day: dt.date, n: int, holidays: Iterable[dt.date] = ()) -> dt.date:
    """The ``n``-th business day after ``day`` (``n`` >= 1); ``n == 0`` is ``day`` itself.

    ``day`` need not be a business day: five business days after a Saturday is the Friday after.

    >>> add_business_days(dt.date(2026, 3, 6), 1)   # Friday -> Monday
    datetime.date(2026, 3, 9)
    """
    day = _check_date(day, "day")
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise TypeError(f"n must be a whole number >= 0; got {n!r}")
    off = _holiday_set(holidays)
    while n:
        day += dt.timedelta(days=1)
        if day.weekday() < _SATURDAY and day not in off:
            n -= 1
    return day


def business_days_between(start: dt.date, end: dt.date, holidays: Iterable[dt.date] = ()) -> int:
    """How many business days fall after ``start`` up to and including ``end`` (0 if end <= start).

    A note sent on ``end`` is ``business_days_between(interview, end)`` business days after the
    interview.

    >>> business_days_between(dt.date(2026, 3, 2), dt.date(2026, 3, 9))   # Monday -> next Monday
    5
    """
    start, end = _check_date(start, "start"), _check_date(end, "end")
    if end <= start:
        return 0
    off = _holiday_set(holidays)
    # Whole weeks at once keep this O(1) in the span plus O(holidays).
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for i in range(1, rest + 1):
        if (start + dt.timedelta(days=i)).weekday() < _SATURDAY:
            count += 1
    count -= sum(1 for h in off if start < h <= end and h.weekday() < _SATURDAY)
    return count


# --------------------------------------------------------------------------- the plan


def _kind(value: object) -> StepKind:
    try:
        return StepKind(str(value))
    except ValueError:
        kinds = ", ".join(repr(k.value) for k in StepKind)
        raise ValueError(f"Step.kind must be one of {kinds}; got {value!r}") from None


def _channel(value: object) -> Channel:
    try:
        return Channel(str(value))
    except ValueError:
        raise ValueError(f"Step.channel must be 'email' or 'handwritten'; got {value!r}") from None


def _optional_date(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.date):
        kind = type(value).__name__
        raise TypeError(f"Step.{attr.name} must be a datetime.date or None; got {kind}")


@attrs.frozen(slots=True, kw_only=True)
class Step:
    """One thing to send: what, through which channel, and in which window.

    ``not_before`` is the first day it should go out (the employer's timeline comes first);
    ``due`` the day it should have gone out by (None: no deadline).  ``description`` is a
    sentence a person reads: what to send, by when, and why.
    """

    kind: StepKind = attrs.field(converter=_kind)
    not_before: dt.date | None = attrs.field(validator=_optional_date)
    due: dt.date | None = attrs.field(validator=_optional_date)
    channel: Channel = attrs.field(converter=_channel)
    description: str

    @property
    def why(self) -> str:
        """The same sentence as :attr:`description`."""
        return self.description

    def __str__(self) -> str:
        return self.description

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data (dates as ISO strings)."""
        return {
            "kind": self.kind.value,
            "not_before": self.not_before.isoformat() if self.not_before else None,
            "due": self.due.isoformat() if self.due else None,
            "channel": self.channel.value,
            "description": self.description,
        }


def _fmt(day: dt.date, year: int) -> str:
    """ "Tuesday, March 3", with the year only when it is not the interview's year."""
    text = f"{day:%A}, {day:%B} {day.day}"
    return text if day.year == year else f"{text}, {day.year}"


def _max_followups(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_followups must be a whole number (0, 1 or 2); got {value!r}")
    if not 0 <= value <= MAX_FOLLOWUPS:
        raise ValueError(
            "max_followups must be 0, 1 or 2 (the sources advise at most two follow-ups); "
            f"got {value}"
        )
    return value


def _wants_card(interview: Interview, card: object) -> bool:
    if card is not None and not isinstance(card, bool):
        raise TypeError(f"card must be True, False or None; got {type(card).__name__}")
    return interview.format is Format.IN_PERSON if card is None else card


def _thank_you(day: dt.date, year: int) -> Step:
    due = day + dt.timedelta(days=1)
    weekend = " (send it before the weekend if you can)" if due.weekday() >= _SATURDAY else ""
    return Step(
        kind=StepKind.THANK_YOU,
        not_before=day,
        due=due,
        channel=Channel.EMAIL,
        description=f"Send a thank-you email by {_fmt(due, year)}{weekend}: most employers "
        "expect one within 24 hours.",
    )


def _card(day: dt.date, year: int) -> Step:
    due = day + dt.timedelta(days=CARD_DAYS)
    return Step(
        kind=StepKind.HANDWRITTEN_CARD,
        not_before=day,
        due=due,
        channel=Channel.HANDWRITTEN,
        description=f"Post a short handwritten card by {_fmt(due, year)}, with the email: it is "
        "a welcome extra after meeting in person, and it must arrive while the decision is "
        "still open.",
    )


def _first_window(
    base: dt.date, decision_by: dt.date | None, off: frozenset[dt.date]
) -> tuple[dt.date, dt.date, str]:
    """The first follow-up's window and the reason for it."""
    if decision_by is not None:
        # A day or two after the decision date, but never crowding the thank-you itself.
        start = max(add_business_days(decision_by, 1, off), add_business_days(base, 2, off))
        why = "the employer said they would decide by " + _fmt(decision_by, base.year)
        return start, add_business_days(start, 1, off), why
    start = add_business_days(base, NO_DATE_WAIT_DAYS, off)
    due = add_business_days(base, NO_DATE_LATEST_DAYS, off)
    return start, due, "with no decision date given, wait at least five business days"


def _followups(
    base: dt.date, decision_by: dt.date | None, count: int, year: int, off: frozenset[dt.date]
) -> list[Step]:
    start, due, reason = _first_window(base, decision_by, off)
    steps: list[Step] = []
    for i in range(count):
        if i:
            start = add_business_days(start, FOLLOWUP_GAP_DAYS, off)
            due = add_business_days(start, 2, off)
            reason = "about a week after the first, if there is still no news"
        which = "a first" if i == 0 else "a second and last"
        steps.append(
            Step(
                kind=StepKind.FOLLOW_UP,
                not_before=start,
                due=due,
                channel=Channel.EMAIL,
                description=f"If you have heard nothing, send {which} short follow-up email "
                f"between {_fmt(start, year)} and {_fmt(due, year)}: {reason}.",
            )
        )
    status_day = add_business_days(start, FOLLOWUP_GAP_DAYS, off) if count else start
    steps.append(
        Step(
            kind=StepKind.STATUS_CHECK,
            not_before=status_day,
            due=None,
            channel=Channel.EMAIL,
            description=f"From {_fmt(status_day, year)}, if there is still no news, politely ask "
            "for the status of your application: after two follow-ups, further nudges hurt.",
        )
    )
    return steps


def plan_followups(
    interview: Interview,
    sent_at: dt.date | None = None,
    *,
    holidays: Iterable[dt.date] = (),
    max_followups: int = MAX_FOLLOWUPS,
    card: bool | None = None,
) -> tuple[Step, ...]:
    """The steps after an interview, in date order.

    - **thank-you** (email): not before the interview day, due the day after it; a Friday
      interview's thank-you is due on Saturday, since "within 24 hours" is a clock, not a
      business-day count (the description suggests sending it before the weekend).
    - **handwritten-card**: after an in-person interview (``card=None``), or whenever
      ``card=True``; ``card=False`` leaves it out.  Due the day after the interview, like the
      email (a card posted later counts as late).
    - **follow-up** (``max_followups`` of them, 0 to 2): the first a business day or two after
      the interview's ``decision_by``, never on or before it (nor sooner than the second
      business day after the interview, so it does not crowd the thank-you); without a
      decision date, five to seven business days after the interview.  The second five
      business days after the first.
    - **status-check**: five business days after the last follow-up; it has no due date.

    A ``decision_by`` before the interview day is stale and ignored.  ``sent_at`` is the day the
    thank-you actually went out: the thank-you step is dropped (it is done), and when it went out
    after the interview day the follow-ups count from that day, so no nudge lands on the heels of
    a late thank-you.  Every follow-up and status check falls on a business day: Monday to
    Friday and not in ``holidays``.

    >>> import thanknote as tn
    >>> iv = tn.Interview(company="Acme", role="Engineer", date=dt.date(2026, 3, 2), format="video")
    >>> for step in plan_followups(iv):
    ...     print(step.kind.value, step.not_before)
    thank-you 2026-03-02
    follow-up 2026-03-09
    follow-up 2026-03-16
    status-check 2026-03-23
    """
    if not isinstance(interview, Interview):
        raise TypeError(f"interview must be a thanknote.Interview; got {type(interview).__name__}")
    count = _max_followups(max_followups)
    off = _holiday_set(holidays)
    with_card = _wants_card(interview, card)
    day = interview.day
    base = day
    if sent_at is not None:
        sent = _check_date(sent_at, "sent_at")
        if sent < day:
            raise ValueError(
                f"sent_at ({sent.isoformat()}) is before the interview ({day.isoformat()}); "
                "a thank-you cannot go out before the interview"
            )
        base = sent
    decision = _as_date(interview.decision_by) if interview.decision_by is not None else None
    if decision is not None and decision < day:
        decision = None  # a date already past at the interview is stale, not a timeline

    steps: list[Step] = []
    try:
        if sent_at is None:
            steps.append(_thank_you(day, day.year))
        if with_card:
            steps.append(_card(day, day.year))
        steps += _followups(base, decision, count, day.year, off)
    except OverflowError:  # date arithmetic past datetime.date.max
        last = max(base, decision or base)
        raise ValueError(
            f"cannot plan follow-ups after {last.isoformat()}: the plan would run past the "
            "last date the calendar holds"
        ) from None
    # Stable: the thank-you stays ahead of a card planned for the same day.
    return tuple(sorted(steps, key=lambda s: s.not_before or dt.date.max))
