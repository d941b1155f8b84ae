"""The section composers and the prose helpers, each used alone."""

from __future__ import annotations

import datetime as dt

import pytest

import thanknote as tn
from tests._compose_data import BERG, DANA, HIGHLIGHT, JOSE, ME, MONDAY, TUESDAY, debris, interview
from thanknote import _prose, sections


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["Kafka"], "Kafka"),
        (["Kafka", "Go"], "Kafka and Go"),
        (["Kafka", "Go", "SQL"], "Kafka, Go, and SQL"),
        (["Kafka, mostly", "Go", "SQL"], "Kafka, mostly; Go; and SQL"),
    ],
)
def test_join_list_uses_the_serial_comma(items: list[str], expected: str) -> None:
    assert _prose.join_list(items) == expected


@pytest.mark.parametrize(
    ("phrase", "article"),
    [
        ("engineer", "an"),
        ("Data Engineer", "a"),
        ("SRE", "an"),
        ("UX designer", "a"),
        ("hour", "an"),
        ("university", "a"),
        ("one-off", "a"),
        ("FAQ", "an"),
        ("QA lead", "a"),
    ],
)
def test_a_or_an_follows_the_sound(phrase: str, article: str) -> None:
    assert _prose.a_or_an(phrase) == article


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("The on-call rotation", "the on-call rotation"),
        ("Your plan to split the ingest path", "your plan to split the ingest path"),
        ("Moving fleet telemetry onto Kafka", "moving fleet telemetry onto Kafka"),
        ("Kafka", "Kafka"),
        ("SQL tuning", "SQL tuning"),
        ("Spring Boot upgrades", "Spring Boot upgrades"),
        ("GraphQL federation", "GraphQL federation"),
        ("the on-call rotation.", "the on-call rotation"),
    ],
)
def test_mid_sentence_lowers_only_a_leading_common_word(phrase: str, expected: str) -> None:
    assert _prose.mid_sentence(phrase) == expected


def test_plural_and_sentence_helpers() -> None:
    assert _prose.plural(1, "interviewer") == "1 interviewer"
    assert _prose.plural(3, "interviewer") == "3 interviewers"
    assert _prose.plural(2, "company") == "2 companies"
    assert _prose.finish_sentence("thanks to Acme Inc.") == "Thanks to Acme Inc."
    assert _prose.role_phrase("Data Analyst position") == "the Data Analyst position"
    assert _prose.role_phrase("Data Analyst") == "the Data Analyst role"


@pytest.mark.parametrize(
    ("sent", "relative", "expected"),
    [
        (MONDAY, True, "today"),
        (TUESDAY, True, "yesterday"),
        (TUESDAY, False, "on Monday"),
        (MONDAY + dt.timedelta(days=4), True, "on Monday"),
        (MONDAY + dt.timedelta(days=9), True, "on March 2"),
        (dt.date(2027, 1, 5), True, "on March 2, 2026"),
    ],
)
def test_when_phrase_is_relative_to_the_send_day(
    sent: dt.date, relative: bool, expected: str
) -> None:
    assert _prose.when_phrase(MONDAY, sent, relative=relative) == expected


def test_when_phrase_names_the_time_of_day_for_a_datetime() -> None:
    morning = dt.datetime(2026, 3, 2, 9, 30)
    assert _prose.when_phrase(morning, MONDAY) == "this morning"


def test_stable_index_is_deterministic_and_in_range() -> None:
    values = {_prose.stable_index(f"name{i}", "slot", 4) for i in range(40)}
    assert values == {0, 1, 2, 3}
    assert _prose.stable_index("Dana", "slot", 7) == _prose.stable_index("Dana", "slot", 7)


# ----------------------------------------------------------------------------- sections


def test_greeting_styles_and_validation() -> None:
    assert sections.greeting(BERG) == "Dear Dr. van der Berg,"
    assert sections.greeting(BERG, style="hello") == "Hello Pieter,"
    assert sections.greeting(JOSE, style="formal") == "Dear José-Luis García,"
    with pytest.raises(ValueError, match="unknown greeting_style 'hey'"):
        sections.greeting(DANA, style="hey")
    with pytest.raises(TypeError, match=r"to must be a thanknote\.Interviewer"):
        sections.greeting("Dana")  # type: ignore[arg-type]


@pytest.mark.parametrize("variant", range(5))
def test_gratitude_names_role_company_and_day(variant: int) -> None:
    text = sections.gratitude(interview(), sent_at=TUESDAY, variant=variant)
    assert "Senior Backend Engineer role at Acme Robotics" in text
    assert "yesterday" in text and "video" in text
    assert debris(text) == []


def test_gratitude_has_at_least_three_phrasings_per_situation() -> None:
    for fmt in ("video", "phone", "in-person"):
        texts = {sections.gratitude(interview(fmt=fmt), variant=v).split(".")[0] for v in range(6)}
        assert len(texts) >= 3
    for stage in ("phone-screen", "take-home", "offer"):
        texts = {
            sections.gratitude(interview(stage=stage), variant=v).split(".")[0] for v in range(6)
        }
        assert len(texts) >= 3


def test_specifics_weaves_in_highlights_and_falls_back_to_topics() -> None:
    with_highlight = sections.specifics(interview(), highlights=[HIGHLIGHT])
    assert HIGHLIGHT in with_highlight
    from_topics = sections.specifics(interview())
    assert "moving fleet telemetry onto Kafka" in from_topics
    assert sections.specifics(interview(topics=())) != ""


def test_fit_is_empty_without_strengths_and_names_them_otherwise() -> None:
    assert sections.fit(interview()) == ""
    assert "ten years of Go" in sections.fit(interview(), strengths=["ten years of Go"])


def test_unfinished_business_takes_the_interview_first_like_the_other_sections() -> None:
    """``unfinished_business(interview, unfinished=...)`` reads like ``fit(interview, ...)``."""
    iv = interview()
    points = ["back-pressure: bounded queues"]
    first = sections.unfinished_business(iv, unfinished=points)
    assert first == sections.unfinished_business(points, interview=iv)
    assert "bounded queues" in first
    assert sections.unfinished_business(iv) == ""
    with pytest.raises(TypeError, match="interview twice"):
        sections.unfinished_business(iv, interview=iv)
    with pytest.raises(TypeError, match="points twice"):
        sections.unfinished_business(points, unfinished=points)


def test_unfinished_business_reads_topic_and_answer() -> None:
    assert sections.unfinished_business([]) == ""
    text = sections.unfinished_business(["back-pressure: bounded queues"], interview=interview())
    assert "back-pressure" in text and "bounded queues" in text and debris(text) == []
    assert "rate limits" in sections.unfinished_business(["rate limits"])


def test_interest_and_closing_are_sentences() -> None:
    assert sections.interest(interview()).endswith(".")
    closing = sections.closing(interview(decision_by=dt.date(2026, 3, 16)), sent_at=TUESDAY)
    assert "March 16" in closing and closing.startswith("Than")


def test_offer_closing_does_not_thank_for_a_conversation() -> None:
    for v in range(3):
        text = sections.closing(interview(stage="offer"), variant=v)
        assert "conversation" not in text.split(".")[0]


def test_signoff_defaults_and_validation() -> None:
    assert (
        sections.signoff(ME, signoff="sincerely,") == "Sincerely,\nJordan Lee\njordan@example.com"
    )
    assert (
        sections.signoff(ME, channel="handwritten", signoff="Kind regards")
        == "Kind regards,\nJordan Lee"
    )
    assert sections.signoff(ME).split(",")[0] in sections.PREFERRED_SIGNOFFS
    with pytest.raises(ValueError, match="unknown signoff 'xoxo'"):
        sections.signoff(ME, signoff="xoxo")
    with pytest.raises(TypeError, match="signoff must be a str"):
        sections.signoff(ME, signoff=3)  # type: ignore[arg-type]


def test_subject_lines() -> None:
    subjects = {sections.subject(interview(), sender=ME, variant=v) for v in range(3)}
    assert all("Senior Backend Engineer" in s and "hank you" in s for s in subjects)
    assert len(subjects) == 3
    follow = sections.subject(interview(), kind="follow-up")
    assert follow.startswith("Following up") and "Senior Backend Engineer interview" in follow
    assert "offer" in sections.subject(interview(stage="offer"))


def test_sections_reject_wrong_types() -> None:
    with pytest.raises(TypeError, match=r"interview must be a thanknote\.Interview"):
        sections.gratitude("Acme")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="highlights must be a list of str"):
        sections.specifics(interview(), highlights="Kafka")
    with pytest.raises(ValueError, match="unknown channel"):
        sections.gratitude(interview(), channel="pigeon")


def test_sections_module_is_exported_lazily() -> None:
    assert tn.sections is sections
    assert callable(tn.compose) and callable(tn.compose_panel) and callable(tn.compose_followup)
