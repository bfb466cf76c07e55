from hypothesis import given
from hypothesis import strategies as st

from annotator.core.tokenize import TokenIndex, _tokenize, tokenize


def texts(s):
    return [t.text for t in tokenize(s)]


def test_news_tokens():
    assert texts('"Kami siap," kata Gati, Selasa (16/1).') == [
        '"', "Kami", "siap", ",", '"', "kata", "Gati", ",", "Selasa", "(", "16/1", ")", "."]
    assert texts("22/1/2018 10:30 4.000 e-commerce don't") == ["22/1/2018", "10:30", "4.000", "e-commerce", "don't"]
    assert texts("lihat https://example.com/a?b=1.") == ["lihat", "https://example.com/a?b=1", "."]


def test_grapheme_clusters_stay_whole():
    assert texts("hai 👍🏽 cafe\u0301 👨\u200d👩\u200d👧") == ["hai", "👍🏽", "cafe\u0301", "👨\u200d👩\u200d👧"]


def test_ws_flag_and_ids():
    toks = tokenize("a b,c")
    assert [(t.text, t.ws, t.id) for t in toks] == [("a", True, 0), ("b", False, 1), (",", False, 2), ("c", False, 3)]


def test_char_span_to_tokens_and_snap():
    index = TokenIndex.of("Gati Wibawaningsih di Jakarta.")
    assert index.char_span_to_tokens(0, 18) == (0, 1)
    assert index.char_span_to_tokens(0, 17) is None
    assert index.snap(2, 8) == (0, 18)
    assert index.snap(22, 26) == (22, 29)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80) |
       st.text(alphabet="ab 12/.,-'\n\t😀\u0301\u05d0", max_size=60))
def test_tokens_partition_the_non_space_text(text):
    toks = tokenize(text)
    pos = 0
    for i, t in enumerate(toks):
        assert t.id == i
        assert text[t.start:t.end] == t.text and t.text
        assert t.start >= pos
        assert text[pos:t.start].isspace() or pos == t.start
        pos = t.end
    assert text[pos:].strip() == "" or text[pos:].isspace() or pos == len(text)
    assert _tokenize(text) == toks  # deterministic (computed again, not from the cache)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80) |
       st.text(alphabet=" \t\n\u00a0\u2003\u0301\u200dab1.,@:/-'😀🏽", max_size=60) |
       # where the tokenizer's shortcuts end: punctuation, marks and letters that join a grapheme cluster
       # (a Thai vowel, a halfwidth voiced mark), numbers that are not digits, connectors, e-mail and URL parts
       st.text(alphabet=" a_1²‿,;:!?()“”\"'’-.+@/\u00ad\u0e33\uff9e\u0301\u200dhtpsw", max_size=40))
def test_fast_path_finds_the_tokens_the_pattern_defines(text):
    from annotator.core.tokenize import _TOKEN_RE

    assert [(t.text, t.start, t.end) for t in _tokenize(text)] == [
        (m.group(), *m.span()) for m in _TOKEN_RE.finditer(text)]


def test_shortcuts_keep_grapheme_clusters_whole():
    assert texts(",\u0e33 ,\uff9e x,y") == [",\u0e33", ",\uff9e", "x", ",", "y"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80) |
       st.text(alphabet=" \t\n\u00a0ab1.,@:/-'😀\u0301", max_size=60))
def test_token_dicts_are_the_tokens_as_record_objects(text):
    from annotator.core.tokenize import token_dicts

    assert token_dicts(text) == [t._asdict() for t in _tokenize(text)]


def test_words_a_scraper_glued_are_cut_where_the_second_begins():
    assert texts("di JakartaPramono Anung, masyarakatKabupaten Bogor") == [
        "di", "Jakarta", "Pramono", "Anung", ",", "masyarakat", "Kabupaten", "Bogor"]
    assert texts("(4/6/2025).Baca Juga: Harga Naik Jelang LebaranMenurut dia, diJawa") == [
        "(", "4/6/2025", ")", ".", "Baca", "Juga", ":", "Harga", "Naik", "Jelang", "Lebaran", "Menurut", "dia", ",",
        "di", "Jawa"]
    assert texts("WITH CONTENTBahlil Lahadalia, Arie Puji WaluyoTRIBUNNEWS, BPJSKesehatan") == [
        "WITH", "CONTENT", "Bahlil", "Lahadalia", ",", "Arie", "Puji", "Waluyo", "TRIBUNNEWS", ",", "BPJS", "Kesehatan"]
    toks = tokenize("LebaranMenurut dia")
    assert [(t.start, t.end, t.ws) for t in toks] == [(0, 7, False), (7, 14, True), (15, 18, False)]


def test_a_capitals_run_glued_to_a_lower_case_word_is_cut_where_a_word_can_begin():
    # "Ttinggi", "Kmenyatakan" and "Rrapat" cannot begin a word: the cut falls after the capitals instead
    assert texts("TARGETtinggi, KPKmenyatakan, DPRrapat, BRImo") == [
        "TARGET", "tinggi", ",", "KPK", "menyatakan", ",", "DPR", "rapat", ",", "BRImo"]
    # a capital that can begin a word with what follows still starts the glued word
    assert texts("CNNIndonesia WITH CONTENTSyahrul, CONTENTDwi, CONTENTTjahjo, CONTENTSri") == [
        "CNN", "Indonesia", "WITH", "CONTENT", "Syahrul", ",", "CONTENT", "Dwi", ",", "CONTENT", "Tjahjo", ",",
        "CONTENT", "Sri"]
    # a clitic or a plural stays on its word (and a short run: "BRImo")
    assert texts("BPJSnya KPKlah ATMs PLNpun") == ["BPJSnya", "KPKlah", "ATMs", "PLNpun"]


def test_camel_case_names_with_a_short_lower_case_run_stay_whole():
    kept = "McDonald iPhone DPRD PT eKTP e-KTP YouTube NasDem TikTok PayPal DiCaprio MacBook BRImo KompasTV GoTO BPJSnya"
    assert texts(kept) == kept.split()
    assert texts("ke www.JakartaPramono.com atau redaksiJakarta@contoh.id") == [
        "ke", "www.JakartaPramono.com", "atau", "redaksiJakarta@contoh.id"]


@given(st.text(alphabet="aábBÁc dD-'’@.:/1\u0301", max_size=60))
def test_glue_points_cut_the_fast_path_as_the_pattern_does(text):
    from annotator.core.tokenize import _TOKEN_RE, token_dicts

    toks = _tokenize(text)
    assert [(t.text, t.start, t.end) for t in toks] == [(m.group(), *m.span()) for m in _TOKEN_RE.finditer(text)]
    assert token_dicts(text) == [t._asdict() for t in toks]
