"""Hostile input, scale and concurrency: every public entry point holds (docs/guarantees.md)."""

from __future__ import annotations

import datetime as dt
import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.rules import DEFAULT_RULES

IV = tn.Interview(
    company="Acme Robotics",
    role="Senior Backend Engineer",
    date=dt.date(2026, 3, 2),
    format="video",
    interviewers=[tn.Interviewer("Dana Whitfield"), tn.Interviewer("Sam O'Neill")],
    topics=["moving fleet telemetry onto Kafka"],
)
ME = tn.Candidate("Jordan Lee")

HOSTILE = [
    "",
    " ",
    "\n\n\n",
    "\t \r\n \x0b\x0c",
    "\x00\x01\x02 Dear Dana,\x00",
    "Dear Dana,\ud800 thank you \udfff.",
    "e\u0301\u0301\u0301 combining marks \u0300" * 20,
    "Family 👨\u200d👩\u200d👧\u200d👦 and flags 🇫🇷 and skin 👍🏽 and keycap 1\ufe0f\u20e3",
    "\u202eright-to-left override\u202c and \u200f marks",
    "Dear Dana,\r\n\r\nThank you for the chat.\r\n\r\nBest regards,\r\nJordan",
    "<html><body><p>Dear Dana,</p><script>alert('x')</script></body></html>",
    "a" * 200_000,
    "!" * 50_000,
    "?!.,;:" * 10_000,
    "Dear Dana,\n\n" + "Thank you.\n\n" * 3000,
    "[" * 10_000 + "]" * 10_000,
    "{" * 5_000 + "x" + "}" * 5_000,
    "<" * 20_000,
    "the " * 20_000,
    "I I I I " * 5_000,
    "A. " * 20_000,
    "HELLO " * 10_000,
    ":) " * 10_000,
    "http://" + "a." * 20_000,
    "x@" * 20_000,
    "Dear " + "Dana " * 10_000,
    "'" * 30_000,
    "- " * 30_000,
    "\n" * 100_000,
    "Hey!!! 😀😀😀 lol u r gr8 " * 2_000,
    "[x] " * 20_000,
    "[Company Name] LOUD WORDS {name} " * 4_000,
]


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging CI) if the block runs away; not a speed measurement."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"took more than {seconds} s: super-linear behaviour?")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _assert_sound(report: tn.Report, text: str) -> None:
    assert report.text == text
    assert 0 <= report.score <= 100
    for f in report.findings:
        if f.start is not None:
            assert f.end is not None
            assert 0 <= f.start <= f.end <= len(text), (f.rule, f.start, f.end, len(text))
        assert f.message
    data = json.loads(report.to_json())
    assert len(data["findings"]) == len(report.findings)
    assert isinstance(str(report), str)
    assert isinstance(report._repr_html_(), str)


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_any_string_gets_a_sound_report(text: str) -> None:
    with deadline(30):
        _assert_sound(tn.check(text), text)
        note = tn.Note(
            body=text, interview=IV, to=IV.interviewers[0], sender=ME, sent_at=dt.date(2026, 3, 3)
        )
        _assert_sound(tn.check(note), text)


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=[r.id for r in DEFAULT_RULES])
def test_every_rule_stays_linear_on_adversarial_text(rule: tn.Rule) -> None:
    """Each rule alone over ~100k-character adversarial strings finishes promptly."""
    checker = tn.Checker(rules=[rule], builtin=False, plugins=False)
    with deadline(20):
        for text in HOSTILE:
            if len(text) >= 10_000:
                _assert_sound(checker.check(text), text)


def test_a_megabyte_of_prose_checks_in_seconds() -> None:
    sentence = (
        "Thank you for the conversation about moving fleet telemetry onto Kafka; "
        "I enjoyed hearing how the team plans the on-call rotation. "
    )
    text = "Dear Dana,\n\n" + (sentence * 8 + "\n\n") * (1_000_000 // (len(sentence) * 8))
    assert len(text) > 1_000_000
    with deadline(60):
        _assert_sound(tn.check(text), text)


def test_the_size_cap_gives_a_clear_error() -> None:
    with pytest.raises(tn.TextTooLong, match="max_chars"):
        tn.Checker(tn.Config(max_chars=1_000)).check("x" * 1_001)


@pytest.mark.parametrize("bad", [None, b"bytes", 3, 4.5, ["a"], {"body": "x"}, object()])
def test_wrong_types_get_a_type_error_naming_what_was_expected(bad: object) -> None:
    with pytest.raises(TypeError, match="str or a thanknote.Note"):
        tn.check(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tn.check_many([bad])  # type: ignore[list-item]


def test_same_input_same_report_once_twice_threads_and_batches() -> None:
    texts = [t for t in HOSTILE if len(t) < 5_000] + [
        "Hey Dana!!! Thanks 4 the chat lol. i think the the team is awesome :)\n\nCheers,\nJo",
        "Dear Dana,\n\nThank you for your time and consideration. I am a team player.\n\nSincerely,\nJordan",
    ]
    checker = tn.Checker()
    first = [checker.check(t) for t in texts]
    assert [checker.check(t) for t in texts] == first
    assert checker.check_many(texts) == first
    assert checker.check_many(texts, workers=2) == first

    results: list[list[tn.Report]] = [[] for _ in range(8)]

    def work(i: int) -> None:
        results[i] = (
            [tn.Checker().check(t) for t in texts] if i % 2 else [checker.check(t) for t in texts]
        )

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == first for r in results)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2_000))
def test_check_never_raises_on_free_text(text: str) -> None:
    _assert_sound(tn.check(text), text)


@settings(max_examples=100, deadline=None)
@given(
    st.text(max_size=500),
    st.text(min_size=1, max_size=40).filter(str.strip),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.integers(min_value=-30, max_value=400),
)
def test_check_never_raises_on_any_note(text: str, name: str, day: dt.date, delay: int) -> None:
    person = tn.Interviewer(name=name)
    iv = tn.Interview(company=name, role=name, date=day, interviewers=[person], topics=[name])
    sent = day + dt.timedelta(days=delay)
    _assert_sound(
        tn.check(
            tn.Note(body=text, interview=iv, to=person, sender=tn.Candidate(name), sent_at=sent)
        ),
        text,
    )
