"""A fuzz run bounded in time: random mutations of real-looking notes through every entry point.

``THANKNOTE_FUZZ_SECONDS`` sets how long it runs (default 10; CI uses the default).  The seed is
printed on failure so a crash can be replayed with ``THANKNOTE_FUZZ_SEED``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import time

import thanknote as tn

SEEDS = [
    "Dear Dana,\n\nThank you for speaking with me about the Senior Backend Engineer role at Acme "
    "Robotics. I enjoyed our talk about moving fleet telemetry onto Kafka!\n\nBest regards,\nJordan Lee",
    "Hey Dana!!! thx 4 the chat lol :) i think the the team is awesome.\n\nCheers mate,\nJo",
    "To whom it may concern,\n\nI am writing to thank you for your time and consideration at "
    "[Company Name]. I am a team player.\n\nSincerely,\n{name}",
]
ALPHABET = list("abcXYZ .,!?;:'\"()[]{}<>\n\t-—–…😀👍🏽\u200d\u0301\ud800\x00#$%@/\\_*~`")


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.4:
            chars[pos:pos] = rng.choices(ALPHABET, k=rng.randint(1, 8))
        elif op < 0.7 and chars:
            del chars[pos : pos + rng.randint(1, 20)]
        elif chars:
            start = rng.randint(0, len(chars) - 1)
            chars[pos:pos] = chars[start : start + rng.randint(1, 40)] * rng.randint(1, 30)
    return "".join(chars)


def test_fuzz_check_compose_and_plan_for_a_bounded_time() -> None:
    seconds = float(os.environ.get("THANKNOTE_FUZZ_SECONDS", "10"))
    seed = int(os.environ.get("THANKNOTE_FUZZ_SEED", str(random.randrange(2**32))))
    rng = random.Random(seed)
    checker = tn.Checker()
    stop = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < stop:
        text = _mutate(rng, rng.choice(SEEDS))
        name = _mutate(rng, "Dana Whitfield").strip() or "Dana"
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
        try:
            person = tn.Interviewer(name=name)
            iv = tn.Interview(
                company=_mutate(rng, "Acme").strip() or "Acme",
                role="Engineer",
                date=day,
                interviewers=[person],
                topics=[_mutate(rng, "Kafka")],
                decision_by=day + dt.timedelta(days=rng.randint(-5, 30)),
            )
            note = tn.Note(
                body=text,
                interview=iv,
                to=person,
                sender=tn.Candidate("Jordan Lee"),
                sent_at=day + dt.timedelta(days=rng.randint(-2, 10)),
            )
            report = checker.check(note)
            json.loads(report.to_json())
            for f in report.findings:
                assert f.start is None or 0 <= f.start <= (f.end or 0) <= len(text)
            composed = tn.compose(
                iv, sender=tn.Candidate("Jordan Lee"), highlights=[_mutate(rng, "the ingest path")]
            )
            assert composed.body
            assert tn.plan_followups(iv)
        except AssertionError:
            raise
        except Exception as exc:  # pragma: no cover - the failure message is the point
            raise AssertionError(
                f"fuzz seed {seed}, run {runs}: {type(exc).__name__}: {exc}"
            ) from exc
        runs += 1
    assert runs > 0
