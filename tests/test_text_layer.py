"""The Arabic text layer: normalisation, sentences, byline, tokens, clitics, offsets."""

from __future__ import annotations

import gc

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from khabar.model import Document, Segment, Sentence, Span, Token
from khabar.pipeline import analyze, text_layer
from khabar.text import normalize_text, normalize_word, split_sentences, tokenize
from khabar.text.normalize import arabic_ratio
from khabar.text.records import build, maker
from khabar.text.tokens import ARTICLE_PREFIXES, TOKEN_RE, segment_word


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
        assert len(tok.segments) != 1  # a word without clitics keeps an empty list
        assert "".join(seg.text for seg in tok.segments or [tok]) == tok.text
        for seg in tok.segments:
            assert text[seg.start : seg.end] == seg.text


def test_future_sin_only_on_verbs_and_no_pronoun_after_the_article():
    assert segment_word(normalize_word("سبيل")) == ((), "سبيل", ())  # no س + بيل (Bill)
    assert segment_word(normalize_word("الرئيسي"))[1] == "الرييسي"  # an adjective


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



def test_every_kind_of_line_break_ends_a_sentence_alike():
    lines = ["قال الوزير إن “الوضع صعب", "وأكد أنه لن يستقيل", "", "(سيرياهوم نيوز)"]
    expected = [line for line in lines if line]
    for brk in ("\n", "\r\n", "\r", "\u2028", "\u2029"):
        text = brk.join(lines)
        assert [text[a:b] for a, b in split_sentences(text)] == expected, repr(brk)

def test_clitics_checked_against_lexicon():
    assert segment_word(normalize_word("بوتين")) == ((), "بوتين", ())
    assert segment_word(normalize_word("وأعلن")) == (("و",), "اعلن", ())
    pre, stem, _ = segment_word(normalize_word("لأوكرانيا"))
    assert pre == ("ل",) and stem == "اوكرانيا"
    pre, stem, _ = segment_word(normalize_word("للرئيس"))
    assert pre == ("ل",) and stem == "الرييس"
    pre, stem, _ = segment_word(normalize_word("والمتظاهرين"))
    assert pre == ("و",) and stem.startswith("ال")


def test_article_prefixes_start_no_other_and_split_unknown_words():
    # The fallback finds a word's article prefix by one slice per length, which holds only
    # while no prefix starts another.
    assert not [(a, b) for a in ARTICLE_PREFIXES for b in ARTICLE_PREFIXES
                if a != b and b.startswith(a)]
    assert segment_word("وبالمخيمستان") == (("و", "ب"), "المخيمستان", ())
    assert segment_word("فللمخيمستان") == (("ف", "ل"), "المخيمستان", ())
    assert segment_word("للمخيمستان") == (("ل",), "المخيمستان", ())


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
        assert len(tok.segments) != 1
        assert "".join(s.text for s in tok.segments or [tok]) == tok.text
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
    assert tok.segments == [] and tok.stem == tok.norm
    tok = tokenize("بلاده")[0]
    assert [s.role for s in tok.segments] == ["stem", "enclitic"]


def test_built_records_are_the_validated_records(example_doc):
    as_json = TypeAdapter(Token).dump_json
    for tok in example_doc.tokens[:200]:
        validated = Token(**vars(tok))
        assert tok == validated and vars(tok) == vars(validated)
        assert as_json(tok) == as_json(validated)
    for sent in example_doc.sentences:
        assert sent == Sentence(**vars(sent))
    seg = {"start": 3, "end": 4, "text": "و", "role": "proclitic", "norm": "و"}
    built = build(Segment, dict(seg))
    assert built == Segment(**seg)
    built.norm = "ف"  # a built record stays an ordinary, mutable record
    assert built.norm == "ف"
    a, b = (maker(Segment)(dict(seg)) for _ in range(2))
    a.norm = "ف"
    assert (a.norm, b.norm) == ("ف", "و")


def test_document_spans_are_the_validated_spans():
    doc = Document(id="d", text="قال الوزير إن الوفد وصل.")
    span = doc.span(4, 10)
    assert span == Span(start=4, end=10, text="الوزير")
    assert vars(span) == vars(Span(start=4, end=10, text="الوزير"))
    with pytest.raises(ValidationError):
        doc.span(-1, 3)


def test_word_analysis_does_not_depend_on_position():
    first = tokenize("وأعلن لبايدن")
    later = tokenize("قال إن الرئيس وأعلن لبايدن", sentence=3, first_index=10)[-2:]
    for a, b in zip(first, later, strict=True):
        shift = b.start - a.start
        assert (a.norm, a.stem, a.text) == (b.norm, b.stem, b.text)
        assert [(s.start + shift, s.end + shift, s.text, s.role, s.norm) for s in a.segments] == \
            [(s.start, s.end, s.text, s.role, s.norm) for s in b.segments]
    assert [t.i for t in later] == [13, 14] and {t.sentence for t in later} == {3}


def test_collector_is_left_as_it_was():
    text = "قال الوزير إن الوفد وصل."
    analyze(text)
    assert gc.isenabled()
    gc.disable()
    try:
        analyze(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_arabic_ratio_counts_letters_only():
    assert arabic_ratio("سلام abc 123 !") == 4 / 7
    assert arabic_ratio("123 !") == 0.0
    assert arabic_ratio("ﷺ") == 1.0  # a ligature is a letter of the Arabic script
    # Marks and digits are no letters; the tatweel is one, of no script in particular.
    assert arabic_ratio("مُحَمَّد Ωé ـ٣") == 4 / 7


def test_token_columns_follow_the_tokens():
    doc = analyze("قال الرئيس الروسي إن بلاده ستدعم الحوار. وأكد الوزير ذلك.", stages=[])
    columns = doc.token_columns()
    assert columns.starts == [t.start for t in doc.tokens]
    assert columns.norms == [t.norm for t in doc.tokens]
    assert columns.stems == [t.stem for t in doc.tokens]
    doc.tokens = doc.tokens[:3]  # a replaced token list gets columns of its own
    assert doc.token_columns().norms == [t.norm for t in doc.tokens]
    read = Document.from_json(doc.to_json())  # a document read back builds them on first use
    assert read.token_starts() == [t.start for t in doc.tokens]


def test_a_personal_name_takes_no_possessive_pronoun():
    from khabar.text.tokens import analyse_word

    norm, stem, _, segments = analyse_word("بتولي")
    assert stem != "بتول"
    assert all(seg[3] != "enclitic" for seg in segments)


def test_segments_cover_a_leading_tatweel():
    from khabar.text.tokens import tokenize

    tok = tokenize("ـؤآغ")[0]
    assert "".join(s.text for s in tok.segments or [tok]) == tok.text


def test_proclitic_on_a_place_is_split_though_a_lexicon_writes_it_inside_a_name():
    doc = text_layer(Document(id="t", text="وكان البيت الحرام بمكة مقصدا."))
    assert [t.stem for t in doc.tokens if t.text == "بمكة"] == ["مكه"]


def test_two_dots_before_a_clause_with_wa_join_a_headline():
    text = "برلين ترد على موسكو.. وتستدعي السفير الروسي\nقال الوزير.. إن الأمر صعب."
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans[0] == "برلين ترد على موسكو.. وتستدعي السفير الروسي"
    assert spans[1] == "قال الوزير.."


# The token pattern as first written: numbers, then words of letters and marks, then any
# other character that is no space. The shipped pattern reorders it for speed only.
_PLAIN_TOKEN_RE = regex.compile(
    r"\d+(?:[.,٫]\d+)*|[\p{L}\p{M}\u0640\u200c\u200d]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]")


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), ARABIC,
                 st.text(alphabet="ؠءاـًٌٍَُِّْٰٖٟ٠١٢3٫,.'’ \u200c\u200déΩ«»،؟-", max_size=60)))
def test_token_pattern_cuts_as_the_plain_pattern(text):
    assert [m.span() for m in TOKEN_RE.finditer(text)] == \
        [m.span() for m in _PLAIN_TOKEN_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), ARABIC,
                 st.text(alphabet="قال «وبالمدينة»، 12٫5\t\n\xa0\u2003\u3000\x1c\x85\u200c.", max_size=60)),
       st.integers(0, 20))
def test_tokens_are_the_pattern_matches_of_the_text(text, start):
    """Tokens are found run by run between white space; they are the pattern's matches of
    the whole text, from any start offset on."""
    start = min(start, len(text))
    tokens = tokenize(text, start)
    assert [(t.start, t.end, t.i) for t in tokens] == \
        [(*m.span(), k) for k, m in enumerate(TOKEN_RE.finditer(text, start))]
