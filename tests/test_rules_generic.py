"""Generic rules: must-flag and must-pass tables (read by test_rule_meta), and behaviour tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.testing import findings_of

LEE = tn.Interviewer("Morgan Lee", title="Head of Data")
IV = tn.Interview(
    company="Orchard Freight",
    role="Data Analyst",
    date=dt.date(2026, 4, 6),
    interviewers=[LEE],
    topics=[
        "forecasting pallet demand for the Memphis depot",
        "retiring the legacy Access reports",
    ],
)

SPECIFIC = (
    "Dear Morgan,\n\nThank you for talking with me about the Data Analyst role at Orchard Freight. "
    "Your plan for forecasting pallet demand at the depot stayed with me, and I sketched how "
    "weekly seasonality could be modelled.\n\nBest regards,\nSam Ortiz"
)
TEMPLATE = (
    "Dear Morgan,\n\nThank you for taking the time to meet with me about the Data Analyst "
    "position. I appreciated learning about the role and the team, and our conversation "
    "confirmed my interest.\n\nI hope to speak with you again soon.\n\nBest regards,\nSam Ortiz"
)
BUZZY = (
    "Dear Morgan,\n\nI am a detail-oriented self-starter and a proven track record of success. "
    "I think outside the box and would hit the ground running on forecasting pallet demand.\n\n"
    "Best regards,\nSam Ortiz"
)
ONE_ROUTINE = (
    "Dear Morgan,\n\nThank you again for your time and consideration. I enjoyed hearing about "
    "the Memphis depot forecasts.\n\nBest regards,\nSam Ortiz"
)


def _note(body: str, **kw: object) -> tn.Note:
    return tn.Note(body=body, interview=IV, **kw)  # type: ignore[arg-type]


def _at(company: str, topic: str, body: str) -> tn.Note:
    """A note about an interview at another company, with one topic."""
    iv = tn.Interview(company=company, role="Coordinator", date=dt.date(2026, 3, 2), topics=[topic])
    return tn.Note(body=body, interview=iv)


EXAMPLES = {
    "generic.stock-phrase": (
        [
            "I am a true team player.",
            "She is thinking outside the box.",
            "I hit the ground running.",
            "I am passionate about logistics.",
            "It was a great opportunity to meet you.",
            "I am a rockstar at SQL.",
            "I will give 110% to the team.",
            "We circled back and moved the needle.",
            "I wore many hats and thrive in fast-paced settings.",
            "Leveraging my skills, I would touch base weekly.",
            "I'm hard-working and have a can-do attitude.",
            "I wish the firm continued success.",
        ],
        [
            "I enjoyed our conversation about pallet forecasts.",
            "The rock samples and the star chart.",
            "We moved the pallets and the needle valves.",
            "Thank you again.",
            "Please let me know if I can provide anything further.",
        ],
    ),
    "generic.stock-heavy": (
        [BUZZY, _note(BUZZY)],
        [SPECIFIC, ONE_ROUTINE, "I am a team player."],
    ),
    "generic.nothing-specific": (
        [
            _note(TEMPLATE),
            TEMPLATE,
            _note(
                "Dear Morgan,\n\nThank you for the interview held on 14/10/2025 for the role. "
                "It was a pleasure to learn about the organisation on March 3rd, 2026.\n\n"
                "Best regards,\nSam\n+44 20 7946 0958\nsam@example.org"
            ),
            _at(
                "Greenleaf Energy",
                "the rooftop solar co-op on Harrow Street",
                "Dear Ms. Osei,\n\nThank you for the call. I have long admired Greenleaf's "
                "mission and values.\n\nBest regards,\nNoah",
            ),
            _note("Hi Morgan,\n\nThanks for the interview! I hope to hear back soon.\n\n- Sam"),
            _at(
                "Windward Loft Sailmakers",
                "Dacron versus laminate mainsails",
                "Dear Mr. Bell,\n\nThank you for meeting me about the role at Westward Loft "
                "Sailmakers. I appreciated hearing about the team.\n\nSincerely,\nMarguerite",
            ),
            _note(
                "Hey Morgan!\n\nThanks for the chat about the gig 🙌 Super fun hearing about the "
                "team. Can't wait to hear back!! TTYL\n\nKayla"
            ),
            _at(
                "Sundial Creative",
                "the studio's move to a shared type library",
                "Dear Ms. Abernathy,\n\nThank you for meeting me. I enjoyed learning more about "
                "the studio and its work.\n\nKind regards,\nJulian",
            ),
        ],
        [
            _note(
                'Dear Morgan,\n\nYour remark that "the first departure of the day sets the pace" '
                "has stayed with me.\n\nBest regards,\nSam"
            ),
            _note(SPECIFIC),
            _note(ONE_ROUTINE),
            SPECIFIC,
            _note(
                "Dear Morgan,\n\nThank you for the interview. I keep thinking about the 14 "
                "warehouses you said share one planner.\n\nBest regards,\nSam Ortiz"
            ),
            _note(TEMPLATE, kind="status-check"),
        ],
    ),
    "generic.no-name-greeting": (
        [
            "To whom it may concern,\n\nThank you.",
            "Dear Sir or Madam,\n\nThank you.",
            _note("Dear Hiring Manager,\n\nThank you."),
            _note("Hello,\n\nThank you for the call."),
        ],
        [
            "Dear Morgan,\n\nThank you.",
            "Hello Morgan,\n\nThank you.",
            "Dear Hiring Manager,\n\nThank you.",
        ],
    ),
    "generic.subject-line": (
        [_note(SPECIFIC, subject="Following up"), _note(SPECIFIC, subject="Thank you!")],
        [
            _note(SPECIFIC, subject="Thank you - Data Analyst interview"),
            _note(SPECIFIC),
            _note(SPECIFIC, subject="Following up", channel="handwritten"),
        ],
    ),
}


def test_no_name_greeting_suggests_the_recipients_first_name() -> None:
    found = findings_of("generic.no-name-greeting", _note("Dear Hiring Manager,\n\nThanks."))
    assert found[0].suggestions == ("Dear Morgan",)
    assert found[0].start == 0 and found[0].end == len("Dear Hiring Manager")


def test_topic_matching_accepts_other_inflections_and_word_orders() -> None:
    body = (
        "Dear Morgan,\n\nThank you for the call. I have been thinking about how to retire "
        "those old Access reports.\n\nBest regards,\nSam"
    )
    assert findings_of("generic.nothing-specific", _note(body)) == []


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("scheduling part-time staff", "a fair schedule for the part-timers"),
        ("planning the spring menu", "the menu you planned for spring"),
    ],
)
def test_a_topic_word_meets_its_other_forms(topic: str, said: str) -> None:
    """ "schedule" and "scheduling" (a silent e), "planning" and "planned" (a doubled letter)."""
    body = f"Dear Morgan,\n\nThank you for the call. I keep thinking about {said}.\n\nBest,\nSam"
    assert findings_of("generic.nothing-specific", _at("Greenleaf Market", topic, body)) == []


def test_naming_the_company_and_role_alone_is_not_specific() -> None:
    body = (
        "Dear Morgan,\n\nThank you for the interview for the Data Analyst role at Orchard "
        "Freight. I enjoyed our conversation and learning about the team.\n\nBest,\nSam"
    )
    assert [f.severity for f in findings_of("generic.nothing-specific", _note(body))] == [
        tn.Severity.WARNING
    ]


def test_placeholders_do_not_count_as_concrete_detail() -> None:
    body = (
        "Dear Morgan,\n\nThank you for the interview at [Company Name]. I enjoyed our "
        "conversation and learning about the team.\n\nBest,\nSam"
    )
    assert findings_of("generic.nothing-specific", _note(body))


def test_stock_heavy_counts_a_repeated_buzzword_once() -> None:
    text = "I am a team player. Truly a team player. A team player above all."
    assert findings_of("generic.stock-heavy", text) == []


def test_stock_phrase_spans_point_at_the_phrase() -> None:
    text = "Hello. I am a results-driven professional."
    (f,) = findings_of("generic.stock-phrase", text)
    assert text[f.start : f.end] == "results-driven"  # type: ignore[misc]
    assert f.severity is tn.Severity.INFO and "example" in f.message


def test_user_phrases_from_config_are_flagged() -> None:
    config = tn.Config(extra_phrases={"generic": ["excited to learn more"]})
    found = findings_of("generic.stock-phrase", "I am Excited to  learn more.", config)
    assert [(f.start, f.end, f.severity) for f in found] == [(5, 27, tn.Severity.WARNING)]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_generic_rules_never_raise_and_keep_spans_inside_the_text(text: str) -> None:
    for rule_id in EXAMPLES:
        for f in findings_of(rule_id, _note(text, subject="x")):
            if f.start is not None:
                assert 0 <= f.start <= f.end <= len(text)  # type: ignore[operator]


def test_a_common_verb_does_not_count_as_mentioning_a_distinctive_topic_word() -> None:
    iv = tn.Interview(
        company="Whitlock Kerr",
        role="Tax Associate",
        date=dt.date(2026, 3, 2),
        interviewers=[tn.Interviewer("Raj Malhotra")],
        topics=["partnership returns and K-1 preparation during busy season"],
    )
    body = (
        "Dear Mr. Malhotra,\n\nThank you for meeting with me. My internship prepared me well "
        "for the responsibilities we discussed.\n\nBest regards,\nEmily"
    )
    assert findings_of("generic.nothing-specific", tn.Note(body=body, interview=iv))
    body = body.replace("responsibilities we discussed", "partnership work you described")
    assert not findings_of("generic.nothing-specific", tn.Note(body=body, interview=iv))


def test_a_notes_own_highlights_count_as_this_conversation() -> None:
    body = (
        "Dear Morgan,\n\nThank you for the call. I keep thinking about the trade-off between "
        "accuracy and cost in the sampler.\n\nBest regards,\nSam"
    )
    assert findings_of("generic.nothing-specific", _note(body))
    highlighted = tn.Note(
        body=body,
        interview=IV,
        highlights=["the trade-off between accuracy and cost in the sampler"],
    )
    assert not findings_of("generic.nothing-specific", highlighted)


def test_a_rare_topic_word_is_telling_and_the_roles_own_words_are_not() -> None:
    iv = tn.Interview(
        company="Eastfield Fire",
        role="Campaigns Officer",
        date=dt.date(2026, 3, 2),
        interviewers=[tn.Interviewer("Ann Blythe")],
        topics=["meeting the five-minute turnout time", "the pay campaign for staff"],
    )
    short = (
        "Dear Ann,\n\nI live four minutes away, so the turnout time is achievable.\n\nBest,\nLiam"
    )
    assert not findings_of("generic.nothing-specific", tn.Note(body=short, interview=iv))
    vague = (
        "Dear Ann,\n\nThank you for discussing the Campaigns Officer position. It gave me a "
        "clearer picture of the work and the challenges ahead.\n\nBest,\nLiam"
    )
    assert findings_of("generic.nothing-specific", tn.Note(body=vague, interview=iv))


def test_giving_100_percent_is_a_stock_phrase_not_a_concrete_detail() -> None:
    body = (
        "Hi Morgan,\n\nThanks for the interview today. I am a friendly person and I always "
        "give 100 percent.\n\nBest wishes,\nHolly"
    )
    assert findings_of("generic.nothing-specific", _note(body))
    (f,) = findings_of("generic.stock-phrase", body)
    assert body[f.start : f.end] == "give 100 percent"  # type: ignore[misc]
    detail = body.replace("give 100 percent", "restock 100 cases before opening")
    assert not findings_of("generic.nothing-specific", _note(detail))


@pytest.mark.parametrize(
    ("off", "on"),
    [
        # a figure in the sentence that asks about pay, or in a short answer right after it
        (
            "What is the pay, and how many hours a week would I get? I need at least 30.",
            "I have restocked 30 fitting rooms a shift at Harlow's.",
        ),
        (
            "What are the hours like? I would want 40 if possible.",
            "Your 40-minute turnaround target for the fitting rooms stayed with me.",
        ),
        # the countries of the writer's past: background, not the conversation
        (
            "I have worked with dairy cattle for many years in Türkiye and in the United States.",
            "Your plan for the Lely robots in the east barn stayed with me.",
        ),
        # a place in a personal question, a nationality in an overshare
        (
            "Are you from Glasgow or Edinburgh? My ex-boyfriend was Scottish.",
            "Your story about the Glasgow office move stayed with me.",
        ),
    ],
)
def test_figures_and_names_off_the_conversation_are_no_detail(off: str, on: str) -> None:
    def body(middle: str) -> str:
        return (
            "Dear Ms. Braun,\n\nThank you for the interview today about the role. "
            f"{middle}\n\nI enjoyed our conversation.\n\nBest regards,\nJasmine Lee"
        )

    assert findings_of("generic.nothing-specific", _note(body(off)))
    assert not findings_of("generic.nothing-specific", _note(body(on)))


def test_a_detail_after_pay_talk_in_a_new_paragraph_or_a_long_sentence_still_counts() -> None:
    new_paragraph = (
        "Dear Ms. Braun,\n\nThank you for the interview today. What are the hours like?\n\n"
        "Your 40-minute turnaround target stayed with me.\n\nBest regards,\nJasmine Lee"
    )
    assert not findings_of("generic.nothing-specific", _note(new_paragraph))
    long_sentence = (
        "Dear Ms. Braun,\n\nThank you for the interview today. What are the hours like? "
        "Your plan to cut the fitting-room queue to 40 seconds at weekends stayed with me.\n\n"
        "Best regards,\nJasmine Lee"
    )
    assert not findings_of("generic.nothing-specific", _note(long_sentence))
