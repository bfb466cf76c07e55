from hypothesis import given
from hypothesis import strategies as st

from annotator.core.offsets import Utf16Map, display_breaks, utf16_len, with_breaks

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


def test_a_long_line_is_broken_after_spaces_without_moving_offsets():
    text = ("kata " * 3000 + "\n" + "x" * 9000)
    breaks = display_breaks(text, limit=1000)
    shown = with_breaks(text, breaks)
    assert max(map(len, shown.split("\n"))) <= 1000 and len(shown) == len(text) + len(breaks)
    assert all(text[b - 1] == " " for b in breaks if b < 15000) and breaks[-8:] == list(range(16001, 24001, 1000))
    m = Utf16Map(text, breaks)
    for cp in range(len(text) + 1):
        q = m.to_utf16(cp)
        assert m.to_cp(q) == cp and shown[q:q + 1] == text[cp:cp + 1]
    assert m.to_cp(m.to_utf16(breaks[0]) - 1) == breaks[0]  # the end of the block before a break
    assert m.length16 == len(shown)


@given(TEXT.map(lambda t: t * 30), st.integers(3, 50))
def test_breaks_and_astral_characters_together_round_trip(text, limit):
    breaks = display_breaks(text, limit)
    shown = with_breaks(text, breaks)
    assert all(len(line) <= limit for line in shown.split("\n")) or "\n" in text
    m = Utf16Map(text, breaks)
    assert m.length16 == utf16_len(shown)
    for cp in range(len(text) + 1):
        q = m.to_utf16(cp)
        assert q == utf16_len(shown[:cp + sum(b <= cp for b in breaks)])
        assert m.to_cp(q) == cp


@given(st.lists(st.text(alphabet="ab \r", max_size=40), max_size=8).map("\n".join), st.integers(3, 12))
def test_breaks_fall_only_in_lines_longer_than_the_limit_and_shorten_them_all(text, limit):
    breaks = display_breaks(text, limit)
    shown = with_breaks(text, breaks)
    assert all(len(line) <= limit for line in shown.split("\n"))
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for b in breaks:
        line_start = max(s for s in starts if s <= b)
        line_end = text.find("\n", line_start) % (len(text) + 1)
        assert b > line_start and line_end - line_start > limit


def _breaks_by_regex(text: str, limit: int) -> list[int]:
    """The definition: every line longer than ``limit`` (one regex scan), cut as display_breaks cuts."""
    import re

    breaks = []
    for match in re.finditer(f"(?m)^[^\n]{{{limit + 1},}}", text):
        pos, end = match.span()
        while end - pos > limit:
            cut = text.rfind(" ", pos + limit // 2, pos + limit) + 1
            breaks.append(cut if cut > pos else pos + limit)
            pos = breaks[-1]
    return breaks


@given(st.lists(st.tuples(st.integers(0, 300), st.sampled_from(["a", "ab ", " ", "é😀 "])), max_size=30),
       st.integers(3, 120))
def test_long_lines_are_found_alike_among_short_and_long_lines(lines, limit):
    """Texts of mostly short lines take the regex scan, of long lines the line-by-line search: same breaks."""
    text = "\n".join((piece * n)[:n] for n, piece in lines)
    assert display_breaks(text, limit) == _breaks_by_regex(text, limit)
    assert display_breaks(text + "\n" * 50, limit) == _breaks_by_regex(text + "\n" * 50, limit)
