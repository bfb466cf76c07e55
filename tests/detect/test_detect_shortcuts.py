"""The detectors' shortcuts give what the general computation gives: each fast path taken for speed
(docs/performance.md, detection) is checked against the plain form it replaces, on generated text."""

from __future__ import annotations

import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.core.tokenize import tokenize
from annotator.detect.segments.assemble import _chunk, snap

PIECES = ["Baca juga:", "WaluyoTRIBUNNEWS.COM,", "DapurAplikasi", "e-commerce", "22/1/2018 10:30", "https://x.id/a.",
          "kata dia.", "(Ant/S-4)", "é", "🙂", "e\u0301", "ａ", "—", ".", ",", "“", "\n", "  ", "\t", "\xa0", "\x1c"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=80)


def _start(text: str, s: int) -> int:  # assemble._snap_start without its shortcut
    n = len(text)
    while s < n and text[s].isspace():
        s += 1
    if s >= n:
        return n
    a, b = _chunk(text, s)
    for t in tokenize(text[a:b]):
        ts, te = a + t.start, a + t.end
        if ts <= s < te:
            return ts if s == ts or s - ts <= te - s else _start(text, te)
        if ts > s:
            return ts
    return _start(text, b)


def _end(text: str, e: int) -> int:  # assemble._snap_end without its shortcut
    while e > 0 and text[e - 1].isspace():
        e -= 1
    if e <= 0:
        return 0
    a, b = _chunk(text, e - 1)
    prev_end = a
    for t in tokenize(text[a:b]):
        ts, te = a + t.start, a + t.end
        if ts < e <= te:
            if e == te or e - ts >= te - e:
                return te
            return ts if ts > a else _end(text, a)
        if ts >= e:
            break
        prev_end = te
    return prev_end if prev_end > a else _end(text, a)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_snapping_a_fragment_with_shortcuts_equals_the_scan_of_its_tokens(text, data):
    start = data.draw(st.integers(-2, len(text) + 2))
    end = data.draw(st.integers(-2, len(text) + 2))
    s, e = _start(text, max(0, start)), _end(text, min(len(text), end))
    assert snap(text, start, end) == ((s, e) if s < e else None)


def test_the_date_scan_tries_every_word_that_may_begin_a_date():
    """``find_dates`` tries the pattern at every run that begins with a digit and at every first word in any
    casing (str.lower and the pattern's case folding agree on every such letter): it finds what the pattern's
    own scan of every position finds."""
    from annotator.detect.entities.dates import _FIRST_WORDS, _pattern, find_dates

    assert all(w.isascii() and w.isalpha() for words in _FIRST_WORDS.values() for w in words)
    folded = {c: c.lower() for c in map(chr, range(sys.maxunicode + 1))
              if len(c.lower()) == 1 and c.lower().isascii() and c.lower().isalpha()}
    for lang in _FIRST_WORDS:
        for word in _FIRST_WORDS[lang]:
            exotic = max(c for c in folded if folded[c] == word[0])  # e.g. the Kelvin sign for "k"
            for variant in {word, word.upper(), word.title(), exotic + word[1:]}:
                for text in (f"({variant}) x", f"x {variant} 2019", f"{variant} 12 Juni 2019 10:30 WIB",
                             f"{variant} lalu", f"{variant} ago", f"the {variant} years ago"):
                    assert find_dates(text, lang) == [m.span() for m in _pattern(lang).finditer(text)], text
    digits = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isdigit()]
    for lang in _FIRST_WORDS:
        text = " ".join(f"{d}/1/2019 {d}2:30 WIB {d}" for d in digits)
        assert find_dates(text, lang) == [m.span() for m in _pattern(lang).finditer(text)]


@given(texts)
def test_a_line_s_key_folds_its_whitespace_as_the_pattern_does(text):
    import mmh3

    from annotator.detect.segments.repetition import _MAX_LINE, _SPACE, line_key

    norm = _SPACE.sub(" ", text).strip().lower()
    assert line_key(text) == (mmh3.hash64(norm, signed=False)[0] if 3 <= len(norm) <= _MAX_LINE else None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "Mr", "Corp", "\n\n", " \n ", "\r\n", "!"]), max_size=40).map("".join))
def test_chunks_break_after_the_tokens_a_line_break_follows(text):
    from annotator.detect.entities.crf import _MAX_CHUNK, _SENTENCE_END, _abbreviation, chunks

    tokens, plain, start = tokenize(text), [], 0
    for i, tok in enumerate(tokens):  # chunks without the line-break shortcut
        breaks = i + 1 == len(tokens) or (tok.ws and text.find("\n", tok.end, tokens[i + 1].start) >= 0) or (
            tok.text in _SENTENCE_END and not (tok.text == "." and i > 0 and _abbreviation(tokens[i - 1].text)))
        if breaks or i + 1 - start >= _MAX_CHUNK:
            plain.append((start, i + 1))
            start = i + 1
    assert chunks(tokens, text) == plain


WORDS = st.lists(st.sampled_from(["Pak", "Bu", "Joko", "JK", "ÉTÉ", "é", "1", ".", "", "ａ", "Ǆ", "ǅ", "Ibu", "dia"]),
                 max_size=12)


@given(WORDS)
def test_name_forms_position_scans_equal_their_loops(words):
    from annotator.detect.entities.forms import _HONORIFICS, _after

    for stop in (len(words) - 1, len(words), 0):
        assert list(_after(words, _HONORIFICS, stop)) == [i for i in range(1, stop) if words[i - 1] in _HONORIFICS]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "Joko", "Widodo", "dia", "JK", "ÉTÉ", "Ǆ", "ǅ", "ａ", "'Ali", "1",
                                 "Ia"]), max_size=30).map(" ".join))
def test_capitalised_runs_start_only_at_the_tokens_the_resolver_reads(text):
    from annotator.detect.quotes.lexicon import lexicon
    from annotator.detect.quotes.resolve import _capitalised
    from annotator.detect.quotes.runs import NameRuns

    tokens = tokenize(text)
    for lang in ("id", "en"):
        runs = NameRuns(text, tokens, lexicon(lang))
        starts = [i for i in range(len(tokens)) if runs.run_from(i) is not None]
        assert set(starts) <= set(_capitalised(tokens))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Basuki Tjahaja", "Ahok", "alias", "atau", "yang akrab disapa", "biasa dipanggil",
                                 "lebih dikenal dengan", "(", ")", ",", "sapaan akrab", "nama panggilan", "Gus Ipul",
                                 "kenal", "di", "an", "akrab", "dikenal", "sapa", "dipanggil"]), max_size=12).map(" ".join))
@example("Muzakir Manaf , nama panggilan Mualem")
@example("Basuki akrab kenal Ahok")
@example("Basuki Purnamaalias Ahok")
@example("Saifullah Yusuf (Gus Ipul)")
def test_alias_patterns_match_only_windows_holding_their_words(text):
    from annotator.detect.quotes.coref import _NEEDS, _PATTERNS

    for pattern, needs in zip(_PATTERNS, _NEEDS, strict=True):
        if not any(word in text for word in needs):
            assert not list(pattern.finditer(text, overlapped=True))


@given(st.lists(texts, min_size=1, max_size=5))
def test_a_shared_token_index_is_the_index_of_the_tokens_given(many):
    from annotator.core.tokenize import TokenIndex, _tokenize

    for text in many:
        for tokens in (tokenize(text), _tokenize(text)):  # the cached tuple and a fresh one of the same tokens
            index = TokenIndex.shared(tokens)
            assert index.tokens is tokens and index is TokenIndex.shared(tokens)
            assert list(index.starts) == [t.start for t in tokens] and list(index.ends) == [t.end for t in tokens]
