"""The readers' shortcuts give what the plain computation gives (docs/performance.md, detection): the control
character count of decoding, the HTML reader's whitespace folding and its blocks' class/id tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.io.readers.html import _WS, parse_html
from annotator.io.text import _CONTROL, _controls

ODD = "\x00\x01\x08\t\n\x0b\x0c\r\x0e\x1c\x1f \x7f\x80\x85\xa0é\u2028\u3000\ud800\udfff🙂"
odd_text = st.text(alphabet=st.sampled_from(ODD) | st.characters(), max_size=60)


@given(odd_text)
def test_the_control_count_is_the_number_of_matches(text):
    assert _controls(text) == len(_CONTROL.findall(text))


@given(odd_text)
def test_whitespace_folding_by_split_is_the_pattern_s(text):
    assert " ".join(text.split()) == _WS.sub(" ", text).strip()


names = st.sampled_from([None, "", " ", "a", "b c", "  d\te ", " ".join(f"k{i}" for i in range(30))])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(names, names), min_size=1, max_size=6))
def test_nested_blocks_carry_their_own_and_their_ancestors_first_24_class_tokens(levels):
    html, expected, cls = "", [], ""
    for i, (klass, ident) in enumerate(levels):
        attrs = "".join(f' {k}="{v}"' for k, v in (("class", klass), ("id", ident)) if v is not None)
        html += f"<div{attrs}>t{i}"
        own = " ".join(x for x in (klass, ident) if x)  # the plain computation of each level's tokens
        cls = " ".join(" ".join(x for x in (own, cls) if x).split()[:24])
        expected.append(cls)
    text, blocks, _meta, _enc = parse_html(f"<html><body>{html}{'</div>' * len(levels)}</body></html>".encode())
    assert text.split("\n") == [f"t{i}" for i in range(len(levels))]
    assert [b.cls for b in blocks] == expected
