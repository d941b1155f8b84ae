"""Length rules: must-flag and must-pass tables (read by test_rule_meta), and behaviour tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.rules import length
from thanknote.testing import findings_of

IV = tn.Interview(
    company="Acme Robotics",
    role="Backend Engineer",
    date=dt.date(2026, 3, 2),
    interviewers=[tn.Interviewer("Dana Whitfield")],
)
SENTENCE = "I enjoyed our talk about moving the fleet telemetry onto Kafka last week."  # 13 words


def _note(
    words: int, paragraphs: int = 3, channel: str = "email", kind: str = "thank-you"
) -> tn.Note:
    """A note of about ``words`` words (greeting to signature) in ``paragraphs`` paragraphs."""
    body_words = max(1, words - 5)  # "Dear Dana," + "Best regards, Jordan Lee"
    filler = ("word " * body_words).split()
    size = max(1, len(filler) // paragraphs)
    chunks = [filler[i : i + size] for i in range(0, len(filler), size)]
    if len(chunks) > paragraphs:
        chunks[paragraphs - 1 :] = [[w for c in chunks[paragraphs - 1 :] for w in c]]
    body = "\n\n".join(" ".join(c) + "." for c in chunks)
    return tn.Note(
        body=f"Dear Dana,\n\n{body}\n\nBest regards,\nJordan Lee",
        interview=IV,
        channel=channel,
        kind=kind,
    )


def _sentences(n: int, per_paragraph: int = 4) -> str:
    paras = [" ".join([SENTENCE] * per_paragraph) for _ in range(n)]
    return "Dear Dana,\n\n" + "\n\n".join(paras) + "\n\nBest regards,\nJordan Lee"


LONG_SENTENCE = "I " + " and ".join(["enjoyed the talk"] * 12) + "."  # 48 words
RAMBLING = "I " + " and ".join(["enjoyed the talk"] * 18) + "."  # 72 words
DENSE = (
    "Notwithstanding organizational considerations, operationalizing cross-functional "
    "infrastructure necessitates comprehensive stakeholder alignment methodologies. "
) * 4

EXAMPLES = {
    "length.too-long": (
        [
            _note(420),
            _note(360, paragraphs=4),
            _note(380, channel="handwritten"),
            _note(250, channel="handwritten"),
            _note(300, kind="follow-up"),
        ],
        [
            _note(180),
            _note(340),
            _note(120, channel="handwritten"),
            _note(190, channel="handwritten"),
            _note(150, kind="follow-up"),
        ],
    ),
    "length.too-short": (
        [
            _note(25),
            _note(12),
            _note(30, channel="handwritten"),
            _note(15, kind="status-check"),
            "Thanks for your time today. Talk soon.\nJordan",
        ],
        [_note(45), _note(180), _note(60, channel="handwritten"), _note(30, kind="follow-up"), ""],
    ),
    "length.outside-target": (
        [
            _note(60),
            _note(290),
            _note(45, channel="handwritten"),
            _note(150, channel="handwritten"),
        ],
        [
            _note(180),
            _note(120),
            _note(100, channel="handwritten"),
            _note(20),
            _note(400),
            _note(60, kind="follow-up"),
        ],
    ),
    "length.too-many-paragraphs": (
        [_sentences(7, 1), _sentences(8, 2)],
        [
            _sentences(6, 1),
            _sentences(5, 1),
            _sentences(4, 2),
            _sentences(5, 1).replace("Best regards,", "Thanks again!\n\nBest regards,"),
        ],
    ),
    "length.wall-of-text": (
        [_note(300, paragraphs=1), _sentences(1, 22)],
        [_note(200, paragraphs=1), _note(380, paragraphs=4)],
    ),
    "length.long-sentence": (
        [f"Dear Dana,\n\n{LONG_SENTENCE}\n\nBest,\nJo", f"Dear Dana,\n\n{RAMBLING}\n\nBest,\nJo"],
        [_sentences(3), "Dear Dana,\n\nShort one. Another short one.\n\nBest,\nJo"],
    ),
    "length.readability": (
        [f"Dear Dana,\n\n{DENSE}\n\nBest,\nJo"],
        [_sentences(3), "Dear Dana,\n\nThanks.\n\nBest,\nJo"],
    ),
}


def test_long_sentence_is_advice_until_it_rambles() -> None:
    """Over 25 words is info; over 60 words is a warning that counts as a length problem."""
    [info] = findings_of("length.long-sentence", f"Dear Dana,\n\n{LONG_SENTENCE}\n\nBest,\nJo")
    assert info.severity is tn.Severity.INFO
    well_built = "I " + " and ".join(["enjoyed the talk"] * 14) + "."  # 56 words
    [info] = findings_of("length.long-sentence", f"Dear Dana,\n\n{well_built}\n\nBest,\nJo")
    assert info.severity is tn.Severity.INFO
    [warning] = findings_of("length.long-sentence", f"Dear Dana,\n\n{RAMBLING}\n\nBest,\nJo")
    assert warning.severity is tn.Severity.WARNING
    assert f"{len(RAMBLING.split())} words" in warning.message


def test_thresholds_come_from_config() -> None:
    """Config.email_words moves the warning; Config.max_paragraphs moves the paragraph limit."""
    note = _note(300)
    assert findings_of("length.too-long", note) == []
    assert (
        findings_of(
            "length.too-long", note, tn.Config(email_words=(40, 250), email_target=(100, 200))
        )
        != []
    )
    assert (
        findings_of("length.too-many-paragraphs", _sentences(4, 1), tn.Config(max_paragraphs=3))
        != []
    )


def test_whole_note_findings_have_no_span() -> None:
    """Too long / too short are about the whole note, so they carry no span."""
    note = _note(20)
    [found] = findings_of("length.too-short", note)
    assert found.start is None and found.end is None
    assert f"{tn.Checker().parse(note).word_count} words" in found.message


def test_too_many_paragraphs_spans_the_extra_paragraphs() -> None:
    """The span starts at the first paragraph over the limit and runs to the last."""
    note = _sentences(8, 1)
    [found] = findings_of("length.too-many-paragraphs", note)
    assert found.start is not None and found.end is not None
    assert note[found.start : found.end].count(SENTENCE) == 2


def test_one_line_thanks_is_not_a_paragraph() -> None:
    """Leftover one-liners ("Thanks again!", an unparsed sign-off) do not count as paragraphs."""
    text = _sentences(3, 1).replace("Best regards,", "Thanks again!\n\nPeace out,")
    doc = tn.Checker().parse(text)
    assert len(length.body_paragraphs(doc)) == 3


def test_readability_reports_a_grade() -> None:
    """The message names the grade, and the finding is advice only."""
    [found] = findings_of("length.readability", f"Dear Dana,\n\n{DENSE}\n\nBest,\nJo")
    assert found.severity is tn.Severity.INFO
    assert "grade" in found.message


@settings(max_examples=60, deadline=None)
@given(
    words=st.integers(0, 600),
    paragraphs=st.integers(1, 9),
    channel=st.sampled_from(["email", "handwritten"]),
)
def test_length_warnings_follow_the_word_count(words: int, paragraphs: int, channel: str) -> None:
    """too-long fires exactly above the upper bound, too-short exactly below the lower one."""
    note = _note(words, paragraphs=paragraphs, channel=channel)
    count = tn.Checker().parse(note).word_count
    low, high = tn.Config().email_words if channel == "email" else tn.Config().handwritten_words
    assert bool(findings_of("length.too-long", note)) == (count > high)
    assert bool(findings_of("length.too-short", note)) == (0 < count < low)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=600))
def test_length_rules_take_any_text(text: str) -> None:
    """Any text checks without raising; spans lie inside the text."""
    for rule in length.RULES:
        for f in findings_of(rule, text):
            if f.start is not None and f.end is not None:
                assert 0 <= f.start <= f.end <= len(text)
