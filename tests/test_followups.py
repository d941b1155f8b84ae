"""plan_followups and the business-day helpers: the plan respects the etiquette's figures."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thanknote as tn
from thanknote.followups import (
    StepKind,
    add_business_days,
    business_days_between,
    is_business_day,
)

DANA = tn.Interviewer("Dana Whitfield")
MONDAY = dt.date(2026, 3, 2)
WEEK = [MONDAY + dt.timedelta(days=i) for i in range(7)]  # Monday 2 .. Sunday 8 March 2026


def _iv(
    day: dt.date | dt.datetime = MONDAY, *, fmt: str = "video", decision_by: dt.date | None = None
) -> tn.Interview:
    return tn.Interview(
        company="Acme Robotics",
        role="Backend Engineer",
        date=day,
        format=fmt,
        interviewers=[DANA],
        decision_by=decision_by,
    )


def _kinds(plan: tuple[tn.Step, ...]) -> list[str]:
    return [s.kind.value for s in plan]


def _of(plan: tuple[tn.Step, ...], kind: str) -> list[tn.Step]:
    return [s for s in plan if s.kind == kind]


# --------------------------------------------------------------------------- business days


def test_weekends_are_not_business_days() -> None:
    assert [is_business_day(d) for d in WEEK] == [True] * 5 + [False] * 2


def test_holidays_are_not_business_days() -> None:
    assert not is_business_day(MONDAY, holidays=[MONDAY])


def test_adding_business_days_skips_weekends_and_holidays() -> None:
    friday = WEEK[4]
    assert add_business_days(friday, 1) == dt.date(2026, 3, 9)
    assert add_business_days(friday, 1, holidays=[dt.date(2026, 3, 9)]) == dt.date(2026, 3, 10)
    assert add_business_days(WEEK[5], 5) == dt.date(2026, 3, 13)  # from a Saturday
    assert add_business_days(friday, 0) == friday


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)),
    st.integers(0, 40),
    st.sets(st.dates(dt.date(1990, 1, 1), dt.date(2090, 3, 1)), max_size=5),
)
def test_business_days_between_inverts_adding_them(
    start: dt.date, n: int, holidays: set[dt.date]
) -> None:
    """Counting the business days up to the n-th business day gives back n."""
    end = add_business_days(start, n, holidays)
    assert business_days_between(start, end, holidays) == n
    assert n == 0 or is_business_day(end, holidays)


def test_business_day_helpers_reject_wrong_types() -> None:
    with pytest.raises(TypeError, match=r"day must be a datetime\.date"):
        is_business_day("2026-03-02")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="n must be a whole number"):
        add_business_days(MONDAY, -1)
    with pytest.raises(TypeError, match=r"holidays must contain only datetime\.date"):
        add_business_days(MONDAY, 1, holidays=["2026-03-03"])  # type: ignore[list-item]


# --------------------------------------------------------------------------- the plan


def test_plan_for_a_video_interview_without_a_decision_date() -> None:
    plan = tn.plan_followups(_iv())
    assert _kinds(plan) == ["thank-you", "follow-up", "follow-up", "status-check"]
    thanks, first, second, status = plan
    assert (thanks.not_before, thanks.due, thanks.channel) == (MONDAY, dt.date(2026, 3, 3), "email")
    assert (first.not_before, first.due) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    assert second.not_before == dt.date(2026, 3, 16)
    assert (status.not_before, status.due) == (dt.date(2026, 3, 23), None)


def test_descriptions_say_what_to_send_by_when_and_why() -> None:
    thanks, first, *_ = tn.plan_followups(_iv())
    assert thanks.description == (
        "Send a thank-you email by Tuesday, March 3: most employers expect one within 24 hours."
    )
    assert thanks.why == thanks.description == str(thanks)
    assert "Monday, March 9" in first.description
    assert "five business days" in first.description


@pytest.mark.parametrize("day", WEEK, ids=[f"{d:%a}" for d in WEEK])
def test_plan_on_every_weekday(day: dt.date) -> None:
    """The thank-you is due the next calendar day; follow-ups wait five business days."""
    plan = tn.plan_followups(_iv(day))
    thanks = plan[0]
    assert thanks.kind == "thank-you"
    assert thanks.not_before == day and thanks.due == day + dt.timedelta(days=1)
    first = _of(plan, "follow-up")[0]
    assert business_days_between(day, first.not_before) == 5
    assert is_business_day(first.not_before)


def test_friday_interview_thank_you_is_due_saturday_and_says_so() -> None:
    thanks = tn.plan_followups(_iv(WEEK[4]))[0]
    assert thanks.due == WEEK[5]
    assert "before the weekend" in thanks.description


def test_decision_date_on_a_friday_puts_the_follow_up_on_monday() -> None:
    friday = dt.date(2026, 3, 13)
    first = _of(tn.plan_followups(_iv(decision_by=friday)), "follow-up")[0]
    assert first.not_before == dt.date(2026, 3, 16)
    assert first.due == dt.date(2026, 3, 17)
    assert "decide by Friday, March 13" in first.description


def test_decision_date_on_a_weekend_puts_the_follow_up_on_the_next_business_day() -> None:
    sunday = dt.date(2026, 3, 15)
    first = _of(tn.plan_followups(_iv(decision_by=sunday)), "follow-up")[0]
    assert first.not_before == dt.date(2026, 3, 16)


def test_decision_date_before_the_interview_is_ignored() -> None:
    stale = tn.plan_followups(_iv(decision_by=dt.date(2026, 2, 20)))
    assert stale == tn.plan_followups(_iv())


def test_decision_date_far_ahead_is_respected() -> None:
    far = dt.date(2026, 6, 30)
    plan = tn.plan_followups(_iv(decision_by=far))
    for step in _of(plan, "follow-up") + _of(plan, "status-check"):
        assert step.not_before is not None and step.not_before > far
    assert _of(plan, "follow-up")[0].not_before == dt.date(2026, 7, 1)


def test_decision_date_right_after_the_interview_leaves_room_for_the_thank_you() -> None:
    """A decision due the day after the interview: the follow-up waits two business days."""
    first = _of(tn.plan_followups(_iv(decision_by=WEEK[1])), "follow-up")[0]
    assert first.not_before == WEEK[2]


def test_card_only_after_an_in_person_interview() -> None:
    in_person = tn.plan_followups(_iv(fmt="in-person"))
    assert _kinds(in_person)[:2] == ["thank-you", "handwritten-card"]
    card = in_person[1]
    assert card.channel == "handwritten" and card.due == WEEK[1]
    for fmt in ("video", "phone"):
        assert not _of(tn.plan_followups(_iv(fmt=fmt)), "handwritten-card")


def test_card_can_be_forced_on_or_off() -> None:
    assert _of(tn.plan_followups(_iv(fmt="video"), card=True), "handwritten-card")
    assert not _of(tn.plan_followups(_iv(fmt="in-person"), card=False), "handwritten-card")


def test_a_holiday_on_the_follow_up_day_moves_it_to_the_next_business_day() -> None:
    holiday = dt.date(2026, 3, 9)
    first = _of(tn.plan_followups(_iv(), holidays=[holiday]), "follow-up")[0]
    assert first.not_before == dt.date(2026, 3, 10)


def test_datetime_interview_uses_its_day() -> None:
    at_four = dt.datetime(2026, 3, 2, 16, 0)
    assert tn.plan_followups(_iv(at_four)) == tn.plan_followups(_iv(MONDAY))


@pytest.mark.parametrize("count", [0, 1, 2])
def test_max_followups_limits_the_follow_ups(count: int) -> None:
    plan = tn.plan_followups(_iv(), max_followups=count)
    assert len(_of(plan, "follow-up")) == count
    assert _kinds(plan)[-1] == "status-check"


def test_sent_at_drops_the_thank_you_and_counts_from_it() -> None:
    on_time = tn.plan_followups(_iv(), sent_at=WEEK[1])
    assert "thank-you" not in _kinds(on_time)
    assert _of(on_time, "follow-up")[0].not_before == dt.date(2026, 3, 10)
    late = tn.plan_followups(_iv(), sent_at=dt.datetime(2026, 3, 5, 9, 30))
    assert _of(late, "follow-up")[0].not_before == dt.date(2026, 3, 12)


def test_to_dict_is_plain_data() -> None:
    step = tn.plan_followups(_iv())[-1]
    assert step.to_dict() == {
        "kind": "status-check",
        "not_before": "2026-03-23",
        "due": None,
        "channel": "email",
        "description": step.description,
    }


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"interview": "Acme"}, TypeError, "interview must be a thanknote.Interview"),
        ({"holidays": dt.date(2026, 3, 9)}, TypeError, "holidays must be an iterable"),
        ({"holidays": "2026-03-09"}, TypeError, "holidays must be an iterable"),
        ({"holidays": [20260309]}, TypeError, "holidays must contain only datetime.date"),
        ({"max_followups": 3}, ValueError, "at most two follow-ups"),
        ({"max_followups": True}, TypeError, "max_followups must be a whole number"),
        ({"max_followups": 1.0}, TypeError, "max_followups must be a whole number"),
        ({"card": "yes"}, TypeError, "card must be True, False or None"),
        ({"sent_at": "2026-03-03"}, TypeError, "sent_at must be a datetime.date"),
        ({"sent_at": dt.date(2026, 3, 1)}, ValueError, "before the interview"),
    ],
)
def test_bad_arguments_say_what_was_expected(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    args: dict[str, object] = {"interview": _iv(), **kwargs}
    with pytest.raises(error, match=match):
        tn.plan_followups(**args)  # type: ignore[arg-type]


def test_step_validates_its_fields() -> None:
    with pytest.raises(ValueError, match=r"Step\.kind must be one of"):
        tn.Step(kind="nudge", not_before=None, due=None, channel="email", description="x")
    with pytest.raises(TypeError, match=r"Step\.due must be a datetime\.date or None"):
        tn.Step(
            kind="follow-up",
            not_before=None,
            due="soon",
            channel="email",  # type: ignore[arg-type]
            description="x",
        )


# --------------------------------------------------------------------------- invariants

_DAYS = st.dates(dt.date(1950, 1, 1), dt.date(2150, 12, 31))


@given(
    day=_DAYS,
    decision_offset=st.none() | st.integers(-30, 120),
    holidays=st.lists(st.integers(0, 60), max_size=8),
    count=st.integers(0, 2),
    fmt=st.sampled_from(["in-person", "phone", "video"]),
    sent_offset=st.none() | st.integers(0, 5),
)
def test_plan_invariants(
    day: dt.date,
    decision_offset: int | None,
    holidays: list[int],
    count: int,
    fmt: str,
    sent_offset: int | None,
) -> None:
    """Any date: date order, thank-you within a day, no nudge on a weekend, a holiday or on or
    before the decision date, at most two follow-ups, a card only when in person."""
    decision = None if decision_offset is None else day + dt.timedelta(days=decision_offset)
    off = {day + dt.timedelta(days=h) for h in holidays}
    sent = None if sent_offset is None else day + dt.timedelta(days=sent_offset)
    plan = tn.plan_followups(
        _iv(day, fmt=fmt, decision_by=decision), sent, holidays=off, max_followups=count
    )

    starts = [s.not_before for s in plan]
    assert all(d is not None for d in starts)
    assert starts == sorted(starts)  # type: ignore[type-var]
    thanks = _of(plan, "thank-you")
    assert len(thanks) == (0 if sent is not None else 1)
    for step in thanks:
        assert step.due is not None and step.not_before == day
        assert (step.due - day).days == 1
    assert bool(_of(plan, "handwritten-card")) == (fmt == "in-person")
    nudges = _of(plan, "follow-up") + _of(plan, "status-check")
    assert len(_of(plan, "follow-up")) == count <= 2
    assert len(_of(plan, "status-check")) == 1
    for step in nudges:
        assert step.not_before is not None
        assert is_business_day(step.not_before, off)
        assert step.not_before > day
        if decision is not None and decision >= day:
            assert step.not_before > decision
        else:
            assert business_days_between(sent or day, step.not_before, off) >= 5
        assert step.due is None or (step.due >= step.not_before and is_business_day(step.due, off))
    firsts = [s.not_before for s in _of(plan, "follow-up")]
    for a, b in itertools.pairwise(firsts):
        assert a is not None and b is not None
        assert business_days_between(a, b, off) == 5


# --------------------------------------------------------------------------- with the checker


def test_a_follow_up_sent_on_the_planned_day_is_not_early() -> None:
    """The planner and the timing.early-follow-up rule count days the same way."""
    for decision in (None, dt.date(2026, 3, 13)):
        iv = _iv(decision_by=decision)
        for step in _of(tn.plan_followups(iv), "follow-up") + _of(
            tn.plan_followups(iv), "status-check"
        ):
            note = tn.Note(
                body="Dear Dana,\n\nAny news?\n\nBest regards,\nJordan Lee",
                interview=iv,
                sent_at=step.not_before,
                kind=step.kind.value,
            )
            rules = [f.rule for f in tn.check(note).findings if f.category == "timing"]
            assert rules == []
            day_before = tn.Note(
                body=note.body,
                interview=iv,
                kind=step.kind.value,
                sent_at=add_business_days(iv.day, 1),
            )
            assert "timing.early-follow-up" in [f.rule for f in tn.check(day_before).findings]


def test_step_kinds_match_note_kinds() -> None:
    """Every nudge a plan names can be written as a Note of the same kind."""
    for kind in (StepKind.THANK_YOU, StepKind.FOLLOW_UP, StepKind.STATUS_CHECK):
        assert tn.Note(body="x", kind=kind.value).kind == kind.value


def test_composed_follow_ups_on_the_planned_days_pass_the_timing_rules() -> None:
    """compose_followup on each planned day gives notes the timing rules accept."""
    iv = _iv(decision_by=dt.date(2026, 3, 11))
    me = tn.Candidate("Jordan Lee")
    for step in tn.plan_followups(iv):
        if step.kind in ("follow-up", "status-check"):
            note = tn.compose_followup(
                iv, sender=me, to=DANA, kind=step.kind.value, sent_at=step.not_before
            )
            assert note.kind == step.kind.value
            assert not tn.check(note).flagged("timing")
