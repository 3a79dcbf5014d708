"""The Arabic text layer: normalisation, sentences, byline, tokens, clitics, offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.model import Document
from khabar.pipeline import text_layer
from khabar.text import normalize_text, normalize_word, split_sentences, tokenize
from khabar.text.tokens import segment_word


def test_example_has_19_sentences_and_byline(example_doc):
    assert len(example_doc.sentences) == 19
    assert example_doc.byline is not None
    assert example_doc.byline.text == "سيرياهوم نيوز-الميادين"


def test_every_span_slices_the_original(example_doc):
    text = example_doc.text
    for sent in example_doc.sentences:
        assert text[sent.start : sent.end] == sent.text
    for tok in example_doc.tokens:
        assert text[tok.start : tok.end] == tok.text
        assert "".join(seg.text for seg in tok.segments) == tok.text
        for seg in tok.segments:
            assert text[seg.start : seg.end] == seg.text


def test_normalisation_folds_variants():
    assert normalize_word("الأميركي") == normalize_word("الأمريكي")
    assert normalize_word("حذّر") == normalize_word("حذر")
    assert normalize_word("إيران") == normalize_word("ايران")
    assert normalize_word("مدرسة") == normalize_word("مدرسه")
    assert normalize_word("مصطفى") == normalize_word("مصطفي")
    assert normalize_word("١٠") == "10"
    assert normalize_word("شرقـــاً") == "شرقا"


def test_normalize_text_keeps_offsets():
    text = "حذّر الرئيسُ الأميركيُّ"
    norm, offsets = normalize_text(text)
    assert norm == "حذر الرييس الامريكي".replace("امريكي", "اميركي")
    for i, ch in enumerate(norm):
        assert normalize_word(text[offsets[i]]) in (ch, "")


def test_no_split_on_arabic_comma_and_quotes_span():
    text = "قال الوزير، في بيان، إن “الوضع صعب. والحل قريب” وأضاف أنه متفائل. ثم غادر."
    spans = split_sentences(text)
    assert len(spans) == 2
    assert text[spans[0][0] : spans[0][1]].endswith("متفائل.")


def test_unclosed_quote_closes_at_line_end():
    text = "قال إنّ “الأمر خطير. وسنرد\nوأكد الوزير أنه لن يستقيل."
    spans = split_sentences(text)
    assert len(spans) == 2


def test_decimal_and_abbreviation_do_not_split():
    text = "ارتفع المؤشر 3.5 في المئة بحسب أ.ف.ب اليوم."
    assert len(split_sentences(text)) == 1


def test_clitics_checked_against_lexicon():
    assert segment_word(normalize_word("بوتين")) == ((), "بوتين", ())
    assert segment_word(normalize_word("وأعلن")) == (("و",), "اعلن", ())
    pre, stem, _ = segment_word(normalize_word("لأوكرانيا"))
    assert pre == ("ل",) and stem == "اوكرانيا"
    pre, stem, _ = segment_word(normalize_word("للرئيس"))
    assert pre == ("ل",) and stem == "الرييس"
    pre, stem, _ = segment_word(normalize_word("والمتظاهرين"))
    assert pre == ("و",) and stem.startswith("ال")


def test_token_segments_for_clitic_words():
    text = "وأعلن لبايدن"
    toks = tokenize(text)
    assert [s.text for s in toks[0].segments] == ["و", "أعلن"]
    assert [s.role for s in toks[0].segments] == ["proclitic", "stem"]


ARABIC = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ ًٌٍَُِّْـ،.؟!“”«»\"\n 0123456789٠١٢")),
    max_size=400,
)


def _check_spans(text: str) -> None:
    doc = text_layer(Document(id="x", text=text))
    for sent in doc.sentences:
        assert text[sent.start : sent.end] == sent.text
        assert sent.text.strip() == sent.text
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
        assert tok.segments and "".join(s.text for s in tok.segments) == tok.text
    if doc.byline:
        assert text[doc.byline.start : doc.byline.end] == doc.byline.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_spans_property_arbitrary_unicode(text):
    _check_spans(text)


@settings(max_examples=300, deadline=None)
@given(ARABIC)
def test_spans_property_arabic(text):
    _check_spans(text)


def test_ta_marbuta_is_not_a_pronoun():
    tok = tokenize("زيادة")[0]
    assert [s.role for s in tok.segments] == ["stem"]
    tok = tokenize("بلاده")[0]
    assert [s.role for s in tok.segments] == ["stem", "enclitic"]
