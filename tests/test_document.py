"""The shared parse: greeting, paragraphs, sign-off, signature and postscript."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.document import count_words


def test_a_postscript_after_the_signature_is_not_a_body_paragraph() -> None:
    text = (
        "Dear Ana,\n\nThanks for the talk.\n\nWith thanks and best wishes,\nNkechi Obi-Walters"
        "\n\nP.S. The guide is attached."
    )
    doc = tn.Document(text)
    assert [p.text for p in doc.paragraphs] == ["Thanks for the talk."]
    assert doc.signoff is not None and doc.signoff.text == "With thanks and best wishes,"
    assert doc.signature is not None and doc.signature.text == "Nkechi Obi-Walters"
    assert doc.postscript is not None and doc.postscript.text == "P.S. The guide is attached."


def test_a_signature_block_of_several_lines_is_the_signature() -> None:
    text = (
        "Dear Mr Koh,\n\nThank you for the talk about the Jakarta office.\n\nBest regards,\n\n"
        "Rachel Goh\nBSc (Hons) Psychology, National University of Singapore\n+65 9123 4567\n"
        "rachel.goh@example.sg\nlinkedin.com/in/rachelgoh\nshe/her\n\nP.S. The deck is attached."
    )
    doc = tn.Document(text)
    assert [p.text for p in doc.paragraphs] == ["Thank you for the talk about the Jakarta office."]
    assert doc.signoff is not None and doc.signoff.text == "Best regards,"
    assert doc.signature is not None and doc.signature.text.startswith("Rachel Goh\nBSc")
    assert doc.signature.text.endswith("she/her")
    assert doc.postscript is not None and doc.postscript.text == "P.S. The deck is attached."


def test_sentences_after_a_sign_off_like_line_stay_in_the_body() -> None:
    text = "Dear Ana,\n\nThanks again!\nI will send the forecast model on Friday.\n\nBest,\nJo"
    doc = tn.Document(text)
    assert doc.signoff is not None and doc.signoff.text == "Best,"
    assert "I will send the forecast model on Friday." in doc.paragraphs[-1].text


def test_a_ps_before_the_sign_off_stays_in_the_body() -> None:
    doc = tn.Document("Dear Ana,\n\nThanks.\n\nPS: one more thing.\n\nBest,\nJo")
    assert [p.text for p in doc.paragraphs] == ["Thanks.", "PS: one more thing."]
    assert doc.postscript is None


def test_greeting_sentences_and_words_have_exact_offsets() -> None:
    text = "Hi Dana,\r\n\r\nThank you, Dr. Osei. I enjoyed it!\r\n\r\nBest regards,\r\nJo"
    doc = tn.Document(text)
    assert (
        doc.greeting is not None
        and text[doc.greeting.start : doc.greeting.end].strip() == "Hi Dana,"
    )
    assert [s.text for s in doc.sentences] == ["Thank you, Dr. Osei.", "I enjoyed it!"]
    for w in doc.words:
        assert text[w.start : w.end] == w.text
    assert doc.word_count == 12


def test_a_short_closing_line_before_a_name_is_a_sign_off_in_any_language() -> None:
    doc = tn.Document("Dear Janet,\n\nThank you for the call.\n\nNgā mihi,\nWiremu Parata")
    assert doc.signoff is not None and doc.signoff.text == "Ngā mihi,"
    assert doc.signature is not None and doc.signature.text == "Wiremu Parata"
    assert [p.text for p in doc.paragraphs] == ["Thank you for the call."]
    run_on = tn.Document("Dear Janet,\n\nThank you for the call.\nIn short,\nit went well")
    assert run_on.signoff is None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=" \t\r\n\u00a0ab1_-—.,!é[", max_size=60),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
def test_span_word_count_is_count_words_of_the_span(text: str, a: int, b: int) -> None:
    doc = tn.Document(text)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    spans = [tn.Span(start, end, text[start:end]), *doc.paragraphs, *doc.sentences]
    for span in spans:
        assert doc.span_word_count(span) == count_words(span.text)
    assert doc.word_count == count_words(text)
    assert doc.sentence_word_counts == [count_words(s.text) for s in doc.sentences]
    # a span that does not match the text is counted from its own text
    assert doc.span_word_count(tn.Span(0, 3, "one two")) == 2


_WORDY = st.text(alphabet=st.sampled_from("ab Z9'’-_.,\n\té\u0301ÅİΣ"), max_size=80)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), _WORDY))
def test_words_gaps_and_tokens_are_what_the_word_pattern_finds(text: str) -> None:
    from thanknote.document import _WORD

    doc = tn.Document(text)
    starts, texts = doc.word_list  # found together with the tokens, in one split
    words = list(_WORD.finditer(text))
    assert list(zip(starts, texts, strict=True)) == [(m.start(), m.group()) for m in words]
    assert doc.lower_words == [m.group().lower() for m in words]
    runs = list(re.finditer(r"[^\W_]+", text))
    assert doc.tokens == ([m.start() for m in runs], [m.group().lower() for m in runs])
    # the gaps: the text before each word, and after the last one
    edges = [0, *(e for m in words for e in m.span()), len(text)]
    assert doc._split.gaps == [text[a:b] for a, b in zip(edges[::2], edges[1::2], strict=True)]


def test_et_al_does_not_end_a_sentence() -> None:
    doc = tn.Document("Thank you for the Orth et al. paper. It helped.\n\nBest,\nJo")
    assert [s.text for s in doc.sentences] == ["Thank you for the Orth et al. paper.", "It helped."]
    assert [f for f in tn.check(doc.text).findings if f.rule == "errors.sentence-case"] == []
