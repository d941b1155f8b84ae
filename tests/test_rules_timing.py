"""Timing rules: must-flag and must-pass tables (read by test_rule_meta), and their messages."""

from __future__ import annotations

import datetime as dt

import thanknote as tn
from thanknote.testing import assert_flags, findings_of

MONDAY = dt.date(2026, 3, 2)
FRIDAY = dt.date(2026, 3, 6)
DANA = tn.Interviewer("Dana Whitfield")
IV = tn.Interview(
    company="Acme Robotics", role="Backend Engineer", date=MONDAY, interviewers=[DANA]
)
# The employer said they would decide by Friday 6 March.
IV_DECIDES = tn.Interview(
    company="Acme Robotics",
    role="Backend Engineer",
    date=MONDAY,
    interviewers=[DANA],
    decision_by=FRIDAY,
)
# A decision date before the interview is stale: the five-business-day rule applies instead.
IV_STALE = tn.Interview(
    company="Acme Robotics",
    role="Backend Engineer",
    date=MONDAY,
    interviewers=[DANA],
    decision_by=dt.date(2026, 2, 27),
)
BODY = (
    "Dear Dana,\n\nThank you for the conversation about the ingest path.\n\n"
    "Best regards,\nJordan Lee"
)


def _note(sent: dt.date, kind: str = "thank-you", iv: tn.Interview = IV) -> tn.Note:
    return tn.Note(body=BODY, interview=iv, sent_at=sent, kind=kind)


def _days(n: int) -> dt.date:
    return MONDAY + dt.timedelta(days=n)


EXAMPLES = {
    "timing.late-thank-you": (
        [_note(_days(2)), _note(_days(9))],
        [
            _note(MONDAY),
            _note(_days(1)),
            tn.Note(body=BODY, interview=IV),
            _note(_days(8), kind="follow-up"),
        ],
    ),
    "timing.early-follow-up": (
        [
            _note(_days(3), kind="follow-up"),  # Thursday: 3 business days
            _note(_days(6), kind="follow-up"),  # Sunday: still 4 business days
            _note(_days(1), kind="status-check"),
            _note(FRIDAY, kind="follow-up", iv=IV_DECIDES),  # on the decision date
            _note(_days(2), kind="follow-up", iv=IV_DECIDES),  # before it
            _note(_days(3), kind="follow-up", iv=IV_STALE),  # stale date: five-day rule
        ],
        [
            _note(_days(7), kind="follow-up"),  # next Monday: 5 business days
            _note(_days(14), kind="status-check"),
            _note(_days(9), kind="follow-up", iv=IV_DECIDES),  # the Monday after the decision date
            _note(_days(1)),  # a thank-you is not a follow-up
            tn.Note(body=BODY, interview=IV, kind="follow-up"),  # no sent_at: nothing to judge
            tn.Note(body=BODY, sent_at=_days(1), kind="follow-up"),  # no interview
        ],
    ),
    "timing.sent-too-soon": (
        [_note(_days(-1)), _note(_days(-30), kind="follow-up")],
        [_note(MONDAY), _note(_days(1)), tn.Note(body=BODY, interview=IV), BODY],
    ),
}


def test_late_thank_you_says_how_late() -> None:
    """The message gives the number of days, so the user knows how late it is."""
    (finding,) = assert_flags("timing.late-thank-you", _note(_days(3)))
    assert "3 days after the interview" in finding.message


def test_early_follow_up_names_the_decision_date() -> None:
    """Before a decision date, the message names that date."""
    (finding,) = assert_flags("timing.early-follow-up", _note(_days(3), "follow-up", IV_DECIDES))
    assert "Friday, March 6, 2026" in finding.message
    assert finding.severity is tn.Severity.WARNING
    assert finding.span is None


def test_early_follow_up_counts_business_days_not_calendar_days() -> None:
    """Seven calendar days from a Wednesday include a weekend: five business days, not flagged."""
    wednesday = dt.date(2026, 3, 4)
    iv = tn.Interview(company="Acme", role="Engineer", date=wednesday)
    ok = tn.Note(
        body=BODY, interview=iv, sent_at=wednesday + dt.timedelta(days=7), kind="follow-up"
    )
    early = tn.Note(
        body=BODY, interview=iv, sent_at=wednesday + dt.timedelta(days=6), kind="follow-up"
    )
    assert findings_of("timing.early-follow-up", ok) == []
    (finding,) = findings_of("timing.early-follow-up", early)
    assert "4 business days" in finding.message


def test_sent_too_soon_is_advice_not_a_timing_flag() -> None:
    """A date before the interview is a slip in the data: info, so timing is not flagged."""
    report = tn.Checker().check(_note(_days(-2)))
    assert [f.rule for f in report.findings if f.category == "timing"] == ["timing.sent-too-soon"]
    assert not report.flagged("timing")


def test_timing_flagged_from_two_days_after_the_interview() -> None:
    """The default config flags a thank-you sent two or more days after the interview."""
    checker = tn.Checker()
    assert not checker.check(_note(_days(1))).flagged("timing")
    assert checker.check(_note(_days(2))).flagged("timing")
