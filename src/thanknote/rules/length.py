"""Length rules: too long or too short for the channel, and paragraphs or sentences that ramble.

Words are counted as a person counts them, greeting to signature (``Document.word_count``).
Thresholds live on :class:`~thanknote.config.Config` and follow ETIQUETTE.md: an email of about
150-200 words, a card shorter, sentences under 25 words.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import _readability
from ..config import Config
from ..document import Document, Span
from ..findings import Hit, Severity
from ..model import Channel, NoteKind, Stage
from .base import Rule, rule

# A "paragraph" this short is a one-line thanks or a sign-off the parser left in the body
# ("Peace out, Danny K."), not a block of content a reader has to get through.
_MIN_PARAGRAPH_WORDS = 5


def _count(words: int) -> str:
    """The count with its noun: "1 word", "40 words"."""
    return f"{words} word" if words == 1 else f"{words} words"


def _limits(doc: Document) -> tuple[tuple[int, int], tuple[int, int] | None, str]:
    """(warning range, target range or None, what the note is) for this note's channel/kind."""
    cfg: Config = doc.config
    if doc.kind is not NoteKind.THANK_YOU:
        return cfg.followup_words, None, f"a {doc.kind.value.replace('-', ' ')}"
    if doc.channel is Channel.HANDWRITTEN:
        return cfg.handwritten_words, cfg.handwritten_target, "a handwritten card"
    iv = doc.interview
    if iv is not None and iv.stage is Stage.PHONE_SCREEN:
        return cfg.email_words, cfg.phone_screen_target, "a thank-you after a phone screen"
    return cfg.email_words, cfg.email_target, "an email thank-you"


@rule("length.too-long", severity="warning")
def too_long(doc: Document) -> Iterator[Hit]:
    """The note is too long for its channel; a hiring manager skims a long note or skips it.

    The limit is ``Config.email_words`` (``handwritten_words``, ``followup_words``) upper bound.

    Bad: a 420-word email that re-answers every interview question.
    Better: about 150-200 words: thanks, one or two specifics, fit, interest, sign-off.
    """
    (_, high), target, what = _limits(doc)
    words = doc.word_count
    if words > high:
        aim = f"{target[0]}-{target[1]}" if target else f"under {high}"
        yield Hit(
            message=f"At {_count(words)} this is long for {what}; cut it to about {aim} words."
        )


@rule("length.too-short", severity="warning")
def too_short(doc: Document) -> Iterator[Hit]:
    """The note is too short to say anything specific: a couple of lines reads as a formality.

    The limit is ``Config.email_words`` (``handwritten_words``, ``followup_words``) lower bound.

    Bad: "Thanks for your time today. Talk soon. Jordan"
    Better: a few sentences that name what you discussed and why you want the role.
    """
    (low, _), target, what = _limits(doc)
    words = doc.word_count
    if 0 < words < low:
        aim = f"{target[0]}-{target[1]}" if target else f"at least {low}"
        yield Hit(
            message=f"At {_count(words)} this is very short for {what}; aim for about {aim} words."
        )


@rule("length.outside-target", severity="info")
def outside_target(doc: Document) -> Iterator[Hit]:
    """The note is within the limits but outside the usual target length (advice only).

    Bad: a 290-word email (long, though not too long).
    Better: an email of about 150-200 words; a card of about 50-120; two or three sentences
    after a phone screen (``Config.phone_screen_target``).
    """
    (low, high), target, what = _limits(doc)
    words = doc.word_count
    if target is None or not low <= words <= high:
        return  # too-long / too-short speak for notes outside the limits
    aim = f"{target[0]}-{target[1]}"
    if words < target[0]:
        yield Hit(message=f"{words} words is on the short side for {what}; aim for {aim}.")
    elif words > target[1]:
        yield Hit(message=f"{words} words is on the long side for {what}; aim for {aim}.")


def _paragraph_words(doc: Document) -> list[tuple[Span, int]]:
    """Each body paragraph with its word count, counted once per note."""
    return doc.memo(
        "length.paragraph-words", lambda d: [(p, d.span_word_count(p)) for p in d.paragraphs]
    )


def body_paragraphs(doc: Document) -> list[Span]:
    """The paragraphs a reader counts: the body's, without one-line leftovers of the sign-off."""
    return [p for p, words in _paragraph_words(doc) if words >= _MIN_PARAGRAPH_WORDS]


@rule("length.too-many-paragraphs", severity="warning")
def too_many_paragraphs(doc: Document) -> Iterator[Hit]:
    """The note has more body paragraphs than ``Config.max_paragraphs``: it has become a letter.

    Bad: seven paragraphs that revisit each interview question in turn.
    Better: three or four short paragraphs.
    """
    paragraphs = body_paragraphs(doc)
    limit = doc.config.max_paragraphs
    if len(paragraphs) > limit:
        extra = paragraphs[limit]
        yield Hit(
            extra.start,
            paragraphs[-1].end,
            message=f"{len(paragraphs)} body paragraphs is too many; keep it to {limit} or fewer, "
            "ideally three or four.",
        )


@rule("length.wall-of-text", severity="warning")
def wall_of_text(doc: Document) -> Iterator[Hit]:
    """A paragraph longer than ``Config.max_paragraph_words``: an unbroken wall of text.

    Bad: the whole note as one 300-word paragraph.
    Better: break it into short paragraphs, one idea each.
    """
    limit = doc.config.max_paragraph_words
    for para, words in _paragraph_words(doc):
        if words > limit:
            yield Hit(
                para.start,
                para.end,
                message=f"This paragraph runs {words} words; split it into short paragraphs of one "
                "idea each.",
            )


@rule("length.long-sentence", severity="info")
def long_sentence(doc: Document) -> Iterator[Hit]:
    """A long sentence: advice over ``Config.long_sentence_words``, a warning over
    ``Config.max_sentence_words``.

    Bad: one sentence that strings the thanks, two anecdotes and the next steps together with "and".
    Better: short sentences of under 25 words (Hemingway's rule of thumb).
    """
    cfg = doc.config
    for sent, words in zip(doc.sentences, doc.sentence_word_counts, strict=True):
        if words > cfg.max_sentence_words:
            yield Hit(
                sent.start,
                sent.end,
                message=f"This sentence runs {words} words; break it into two or three.",
                severity=Severity.WARNING,
            )
        elif words > cfg.long_sentence_words:
            yield Hit(
                sent.start,
                sent.end,
                message=f"This sentence runs {words} words; consider splitting it.",
            )


@rule("length.readability", severity="info")
def readability(doc: Document) -> Iterator[Hit]:
    """The body reads above ``Config.max_grade`` (Coleman-Liau / ARI school grade; advice only).

    Computed offline (see :mod:`thanknote._readability`).

    Bad: Notwithstanding organizational considerations, operationalizing cross-functional
    synergies necessitates comprehensive stakeholder alignment.
    Better: Getting the teams to agree early will make the launch go faster.
    """
    if not doc.paragraphs:
        return
    body = "\n\n".join(p.text for p in doc.paragraphs)
    grade = _readability.grade(body)
    if grade is not None and grade > doc.config.max_grade:
        yield Hit(
            message=f"The note reads at about grade {grade:g}; shorter words and sentences "
            f"would make it easier to read (aim for {doc.config.max_grade:g} or below).",
        )


RULES: tuple[Rule, ...] = (
    too_long,
    too_short,
    outside_target,
    too_many_paragraphs,
    wall_of_text,
    long_sentence,
    readability,
)
