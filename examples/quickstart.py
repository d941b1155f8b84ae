"""Compose a thank-you note after an interview, then check it with the built-in offline rules.

Run: python examples/quickstart.py
"""

from __future__ import annotations

import datetime as dt

import thanknote as tn


def main() -> None:
    dana = tn.Interviewer(name="Dana Whitfield", title="Engineering Manager")
    interview = tn.Interview(
        company="Acme Robotics",
        role="Senior Backend Engineer",
        date=dt.date(2026, 3, 2),
        format="video",
        interviewers=[dana],
        topics=["moving fleet telemetry onto Kafka", "the on-call rotation"],
    )
    me = tn.Candidate(name="Jordan Lee")

    note = tn.compose(
        interview,
        sender=me,
        highlights=["your plan to split the ingest path by region"],
        strengths=["five years running event pipelines in Go"],
        unfinished=[
            "back-pressure when a consumer falls behind: bounded queues with explicit shedding"
        ],
        sent_at=dt.date(2026, 3, 2),
    )
    print(f"Subject: {note.subject}\n")
    print(note.body)
    print("\n--- check of the composed note ---")
    print(tn.check(note))

    draft = tn.Note(
        body=(
            "Hey Dana!!!\n\nThanks for your time and consideration. I am a team player who can "
            "hit the ground running at [Company Name] :)\n\nCheers,\nJordan"
        ),
        to=dana,
        interview=interview,
        sender=me,
        sent_at=dt.date(2026, 3, 6),
    )
    print("\n--- check of a hasty draft ---")
    print(tn.check(draft))


if __name__ == "__main__":
    main()
