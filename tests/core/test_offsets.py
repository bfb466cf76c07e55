from hypothesis import given
from hypothesis import strategies as st

from annotator.core.offsets import Utf16Map, utf16_len

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60) | st.text(
    alphabet="a é\u0301😀👍🏽\U0001F1EE\U0001F1E9\r\n\u05d0\u0627𝔸", max_size=40)


def test_emoji_counts_two_units():
    m = Utf16Map("a😀b")
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert m.length16 == 4


def test_position_inside_surrogate_pair_maps_to_character_start():
    m = Utf16Map("x😀y")
    assert m.to_cp(2) == 1  # between the two halves of the emoji


@given(TEXT)
def test_round_trip_matches_python_utf16(text):
    m = Utf16Map(text)
    assert m.length16 == utf16_len(text)
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == utf16_len(text[:cp])
        assert m.to_cp(u16) == cp
