"""Timing rules: must-flag and must-pass tables (read by test_rule_meta)."""

from __future__ import annotations

import datetime as dt

import thanknote as tn

MONDAY = dt.date(2026, 3, 2)
IV = tn.Interview(company="Acme Robotics", role="Backend Engineer", date=MONDAY,
                  interviewers=[tn.Interviewer("Dana Whitfield")])
BODY = "Dear Dana,\n\nThank you for the conversation about the ingest path.\n\nBest regards,\nJordan Lee"


def _note(sent: dt.date, kind: str = "thank-you") -> tn.Note:
    return tn.Note(body=BODY, interview=IV, sent_at=sent, kind=kind)


EXAMPLES = {
    "timing.late-thank-you": (
        [_note(MONDAY + dt.timedelta(days=2)), _note(MONDAY + dt.timedelta(days=9))],
        [_note(MONDAY), _note(MONDAY + dt.timedelta(days=1)), tn.Note(body=BODY, interview=IV),
         _note(MONDAY + dt.timedelta(days=8), kind="follow-up")],
    ),
}
