"""The one tokenizer.

Deterministic and language-neutral, tuned for news text: URLs, e-mail
addresses, numbers with separators ("4.000", "22/1/2018", "10:30"), words with
inner hyphens or apostrophes ("e-commerce", "don't") and grapheme clusters
(emoji with modifiers, letters with combining marks) each stay one token;
every other non-space character is a token of its own.  Whitespace is never a
token.  Token offsets are code-point offsets into the text.

Scrapers glue words where they drop a paragraph break or a link's spaces
("JakartaPramono", "masyarakatKabupaten", "LebaranMenurut", "diJawa"): a word
ends before a capital followed by a lower-case letter when the lower-case run
before that capital has three letters or more, or two that begin the word; a
word in three capitals or more ends before a capital followed by two lower-case
letters that can begin a word ("CONTENTBahlil", "CNNIndonesia"; not before a clitic: "BPJSnya"), or else
after the capitals when three lower-case letters follow ("TARGETtinggi", "KPKmenyatakan"), and three lower-case
letters end before a run of three capitals or more that ends the word
("WaluyoTRIBUNNEWS"; not "mitraBMKGucapkan", "KompasTV").
Names written in camel case with a short lower-case run stay one token
("McDonald", "iPhone", "YouTube", "NasDem", "eKTP"); longer ones are two
tokens with no space between ("Soft" "Bank"), which a span still covers whole.
"""

from __future__ import annotations

import sys
import unicodedata
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple, Protocol, cast

import regex

# Bump when a change here gives any text other tokens: the token bounds a project keeps (see TokenCache) are
# recomputed when this, the regex module's or Python's Unicode data version differs from theirs.
TOKENIZER_VERSION = 3

_PLAIN_WORD = r"[\p{L}\p{N}\p{M}_]+(?:['’\-\u00AD][\p{L}\p{N}\p{M}_]+)*"
_NO_CLITIC = r"(?!(?:nya|lah|kah|pun)(?!\p{Ll}))"  # "BPJSnya" is one word, not "BPJ" + "Snya"
_AFTER_LOWER = r"(?:(?<=\p{Ll}{3})|(?<=(?<![\p{L}\p{N}\p{M}_])\p{Ll}{2}))"  # "masyarakat|Kabupaten", "di|Jawa"
_AFTER_CAPS = r"(?<=(?<![\p{L}\p{N}\p{M}_])\p{Lu}{3,})"  # a word in capitals: "CONTENT|Bahlil"
_CAPS_RUN = r"\p{Lu}{3,}+(?!\p{Ll})"  # capitals to the word's end: "Waluyo|TRIBUNNEWS", not "mitra|BMKGucapkan"
# a lower-case letter that can begin a word after the capital before it: a vowel or a consonant cluster's second
# letter, or any after a vowel ("Ba", "Sy", "Dw", "Tj", "Sri", "Kh", "In"; not "Tt", "Km", "Rr")
_ONSET = (r"(?:[aeiouyàáâãäåèéêëìíîïòóôõöùúûüý]|(?<=[AEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ])\p{Ll}"
          r"|(?<=[BCDFGKPTV])[lr]|(?<=[CDGKPRSTWZ])h|(?<=N)[gy]"
          r"|(?<=S)[cklmnprtwyz]|(?<=[PT])[sz]|(?<=[DGKST])w|(?<=[DST])j)")
# a glue point: where a word ends because a scraper glued the next one to it (see the module's docstring)
_GLUE = (r"(?:" + _AFTER_LOWER + r"(?=\p{Lu}\p{Ll})|" + _AFTER_CAPS + r"(?=\p{Lu}" + _NO_CLITIC + _ONSET + r"\p{Ll})"
         r"|" + _AFTER_CAPS + r"(?!" + _ONSET + r")" + _NO_CLITIC + r"(?=\p{Ll}{3})"
         r"|(?<=\p{Ll}{3})(?=" + _CAPS_RUN + r"))")
_WORD_CHAR = r"(?:(?!" + _GLUE + r")[\p{L}\p{N}\p{M}_])"
_WORD = r"[\p{L}\p{N}\p{M}_]" + _WORD_CHAR + r"*(?:['’\-\u00AD]" + _WORD_CHAR + r"+)*"
# the glue points as the starts of matches (a scan that skips to capitals: ~20 times quicker than the lookbehinds;
# the two cuts of a word in capitals are one branch from its first capital, \K marking the point: 10 times quicker)
_GLUE_START_RE = regex.compile(_AFTER_LOWER + r"\p{Lu}\p{Ll}|(?<![\p{L}\p{N}\p{M}_])\p{Lu}{3,}\K(?:(?=\p{Lu}"
                               + _NO_CLITIC + _ONSET + r"\p{Ll})|(?!" + _ONSET + r")" + _NO_CLITIC + r"(?=\p{Ll}{3}))"
                               r"|(?<=\p{Ll}{3})" + _CAPS_RUN)
_GLUED_RE = regex.compile(_PLAIN_WORD)


def _pattern(word: str) -> str:
    return r"""
      (?:https?://|www\.)[^\s<>"“”'‘’()\[\]{}]+[^\s<>"“”'‘’()\[\]{}.,;:!?]   # URL, no trailing punctuation
    | [\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+                                      # e-mail
    | \p{N}+(?:[.,:/]\p{N}+)+                                              # 4.000  22/1/2018  10:30  3,5
    | """ + word + r"""
    | (?=\S)\X                                                              # any other grapheme cluster
    """


_TOKEN_RE = regex.compile(_pattern(_WORD), regex.VERBOSE | regex.V0)  # what a token is
# Shortcuts tried before the pattern's own alternatives, for the tokens most of a news text is made of; each
# matches only where the pattern would give the same token (a letter run, a digit run, a comma or bracket
# that nothing can extend), so the tokens do not change, only fewer alternatives are tried (1.3× faster).
_CANNOT_EXTEND = r"(?![\p{L}\p{N}\p{M}\w.+\-@'’\u00AD:/])"  # no longer word, e-mail, URL or number
_SHORTCUTS = (
    r"[\p{L}_][\p{L}\p{N}_]*" + _CANNOT_EXTEND
    + r"|\p{N}+(?![\p{L}\p{N}\p{M}\w.+\-@'’\u00AD:/,])"
    # punctuation followed by nothing that joins its grapheme cluster (a mark, a joiner, a Thai vowel...)
    + r"""|[,;:!?()“”"](?=\s|\Z|(?![\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=ZWJ}])[\p{L}\p{N}])"""
)
# what the hot loops match: words whole, then cut at their glue points (quicker than stopping at each letter)
_SPACED_TOKEN_RE = regex.compile(r"(\s*)(" + _SHORTCUTS + "|" + _pattern(_PLAIN_WORD) + ")", regex.VERBOSE | regex.V0)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    id: int
    ws: bool  # followed by whitespace


_CACHE: dict[str, tuple[Token, ...]] = {}  # the tokens of the last two texts


def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``, as an immutable tuple.

    The tokens of the last two texts are kept: the entity and quote detectors, the detection's kept bounds
    (:func:`held_bounds`) and the native record of one document all ask for them, whatever its length."""
    tokens = _CACHE.get(text)
    if tokens is None:
        tokens = _tokenize(text)
        if len(_CACHE) >= 2:
            del _CACHE[next(iter(_CACHE))]
        _CACHE[text] = tokens
    return tokens


def _tokenize(text: str) -> tuple[Token, ...]:
    # The hot loop of every export: findall gives (whitespace before, token) pairs without a match object
    # per token, and offsets are counted from their lengths.
    points = [m.start() for m in _GLUE_START_RE.finditer(text)]
    if points:
        return _tokenize_glued(text, points)
    n = len(text)
    tokens: list[Token] = []
    append, new = tokens.append, tuple.__new__
    end = 0
    for i, (space, token) in enumerate(_SPACED_TOKEN_RE.findall(text)):
        start = end + len(space)
        end = start + len(token)
        append(new(Token, (token, start, end, i, end < n and text[end].isspace())))
    return tuple(tokens)


def _tokenize_glued(text: str, points: list[int]) -> tuple[Token, ...]:
    """``_tokenize`` of a text with glue points: each word holding some is cut there."""
    n = len(text)
    tokens: list[Token] = []
    append, new = tokens.append, tuple.__new__
    points.append(n + 1)
    end = k = 0
    nxt = points[0]
    for space, token in _SPACED_TOKEN_RE.findall(text):
        start = end + len(space)
        end = start + len(token)
        if nxt < end:
            while nxt <= start:
                k += 1
                nxt = points[k]
            if nxt < end and _GLUED_RE.fullmatch(token):
                while nxt < end:
                    append(new(Token, (text[start:nxt], start, nxt, len(tokens), False)))
                    start = nxt
                    k += 1
                    nxt = points[k]
                token = text[start:end]
        append(new(Token, (token, start, end, len(tokens), end < n and text[end].isspace())))
    return tuple(tokens)


def token_dicts(text: str) -> list[dict[str, object]]:
    """The tokens of ``text`` as the objects of a native record (each token's fields by name), built in one
    pass without the tuples: the hot loop of exporting documents that have no spans."""
    points = [m.start() for m in _GLUE_START_RE.finditer(text)]
    points.append(len(text) + 1)
    nxt, k, shift = points[0], 0, 0  # the next glue point; tokens added by cuts so far
    out: list[dict[str, object]] = []
    append = out.append
    end = 0
    last: dict[str, object] = {}
    for i, (space, token) in enumerate(_SPACED_TOKEN_RE.findall(text)):
        if space or token[0].isspace():  # a separator \s does not match (U+001C..U+001F) is a token
            last["ws"] = True
        start = end + len(space)
        end = start + len(token)
        if nxt < end:
            while nxt <= start:
                k += 1
                nxt = points[k]
            if nxt < end and _GLUED_RE.fullmatch(token):
                while nxt < end:
                    append({"text": text[start:nxt], "start": start, "end": nxt, "id": i + shift, "ws": False})
                    start, shift = nxt, shift + 1
                    k += 1
                    nxt = points[k]
                token = text[start:end]
        last = {"text": token, "start": start, "end": end, "id": i + shift, "ws": False}
        append(last)
    if end < len(text) and out:
        last["ws"] = text[end].isspace()
    return out


def iter_tokens(text: str) -> Iterator[tuple[str, int, int, int, bool]]:
    """The tokens of ``text`` one at a time, ``(text, start, end, id, ws)`` exactly as :func:`tokenize` (and
    :func:`token_dicts`) give them, without holding them all: a 45 MB text has 7 million tokens, 4 GB as
    objects.  The lazy form of ``_tokenize_glued``."""
    n = len(text)
    points = (m.start() for m in _GLUE_START_RE.finditer(text))
    nxt = next(points, n + 1)
    end = i = 0
    for match in _SPACED_TOKEN_RE.finditer(text):
        space, token = match.group(1), match.group(2)
        start = end + len(space)
        end = start + len(token)
        if nxt < end:
            while nxt <= start:
                nxt = next(points, n + 1)
            if nxt < end and _GLUED_RE.fullmatch(token):
                while nxt < end:
                    yield text[start:nxt], start, nxt, i, False
                    i += 1
                    start = nxt
                    nxt = next(points, n + 1)
                token = text[start:end]
        yield token, start, end, i, end < n and text[end].isspace()
        i += 1


_START, _END = itemgetter(1), itemgetter(2)  # Token.start, Token.end


class TokenIndex:
    """Char ↔ token lookups over one tokenization (binary search)."""

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self._starts: Sequence[int] = list(map(_START, tokens))  # (t.start of each: a third quicker)
        self._ends: Sequence[int] = list(map(_END, tokens))

    @classmethod
    def of(cls, text: str) -> TokenIndex:
        return cls(tokenize(text))

    @classmethod
    def shared(cls, tokens: Sequence[Token]) -> TokenIndex:
        """The index of ``tokens``, one for the last two tokenizations asked: a document's entity and quote
        detectors and its native record, all given :func:`tokenize`'s tuple, share it."""
        for index in _SHARED:
            if index.tokens is tokens:
                return index
        index = cls(tokens)
        if len(_SHARED) >= 2:
            del _SHARED[0]
        _SHARED.append(index)
        return index

    @property
    def starts(self) -> Sequence[int]:
        """Each token's start, in order (not to be changed)."""
        return self._starts

    @property
    def ends(self) -> Sequence[int]:
        """Each token's end, in order (not to be changed)."""
        return self._ends

    @classmethod
    def of_bounds(cls, bounds: Sequence[int]) -> TokenIndex:
        """An index of tokens given by their bounds (``start, end`` of each in turn), as :meth:`bounds`."""
        index = cls(())
        index._starts, index._ends = bounds[0::2], bounds[1::2]
        return index

    @classmethod
    def bounds(cls, text: str) -> TokenIndex:
        """An index of the tokens' offsets only (two arrays of integers, 16 bytes a token), for the offset
        lookups of a very long text; :meth:`snap` needs the tokens and is not available on it."""
        index = cls(())
        starts, ends = array("q"), array("q")
        for _, start, end, _, _ in iter_tokens(text):
            starts.append(start)
            ends.append(end)
        index._starts, index._ends = starts, ends
        return index

    def char_span_to_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Token ids ``(first, last)`` (``last`` inclusive, Prodigy style) of the
        tokens the span covers exactly, or ``None`` when the span does not
        start and end on token boundaries."""
        first = bisect_left(self._starts, start)
        if first >= len(self._starts) or self._starts[first] != start:
            return None
        last = bisect_left(self._ends, end)
        if last >= len(self._ends) or self._ends[last] != end or last < first:
            return None
        return first, last

    def covering_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Token ids ``(first, last)`` of every token touching ``[start, end)``."""
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end) - 1
        if first > last:
            return None
        return first, last

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen ``[start, end)`` to whole tokens and trim surrounding space.

        A selection that touches no token is returned unchanged."""
        covered = self.covering_tokens(start, end)
        if covered is None:
            return start, end
        first, last = covered
        return self.tokens[first].start, self.tokens[last].end

    def token_at(self, pos: int) -> int | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self._starts[i] <= pos < self._ends[i]:
            return i
        return None


_SHARED: list[TokenIndex] = []  # TokenIndex.shared()


# -- token bounds kept beside a text (docs/contracts.md, "Tokens") -------------------------------------------

_BOUNDS_KEY = zlib.crc32(f"{TOKENIZER_VERSION}/{regex.__version__}/{unicodedata.unidata_version}".encode())
BOUNDS_HEADER = b"tk" + _BOUNDS_KEY.to_bytes(4, "little")


class TokenCache(Protocol):
    """Where the packed token bounds of texts are kept between runs (a project: ``texts.tokens``).  A miss is
    None; what ``put_many`` cannot keep (a project open read-only, a busy file) is simply not kept."""

    def get_many(self, texts: Sequence[str]) -> list[bytes | None]: ...

    def put_many(self, items: Sequence[tuple[str, bytes]]) -> None: ...


def pack_bounds(bounds: Sequence[int]) -> bytes:
    """``bounds`` (``start, end`` of each token in turn) packed compactly: the gap before each token and its
    length as 32-bit integers, compressed (~400 bytes for a 3 KB article), behind :data:`BOUNDS_HEADER`."""
    gaps = array("I", (b - a for a, b in zip((0, *bounds), bounds)))
    if sys.byteorder == "big":
        gaps.byteswap()
    return BOUNDS_HEADER + zlib.compress(gaps.tobytes(), 1)


def held_bounds(text: str) -> bytes | None:
    """:func:`pack_bounds` of ``text``'s tokens when :func:`tokenize` still holds them (a text it tokenized last
    or last but one), else None: what a detection keeps in the project without tokenizing again."""
    tokens = _CACHE.get(text)
    if tokens is None:
        return None
    return pack_bounds([x for t in tokens for x in (t.start, t.end)])


def unpack_bounds(blob: bytes | None) -> list[int] | None:
    """The bounds :func:`pack_bounds` packed, or None when ``blob`` is None or was packed for other tokens
    (another :data:`TOKENIZER_VERSION`, ``regex`` or Unicode version)."""
    if blob is None or blob[:6] != BOUNDS_HEADER:
        return None
    gaps = array("I")
    gaps.frombytes(zlib.decompress(blob[6:]))
    if sys.byteorder == "big":
        gaps.byteswap()
    return list(accumulate(gaps))


def dicts_of_bounds(text: str, bounds: Sequence[int]) -> list[dict[str, object]]:
    """:func:`token_dicts` of ``text`` from its token bounds, without tokenizing it again."""
    starts, ends = bounds[0::2], bounds[1::2]
    ws = map(str.isspace, map((text + "x").__getitem__, ends))  # no whitespace after the last character
    return [{"text": t, "start": a, "end": b, "id": i, "ws": w}
            for t, a, b, i, w in zip(map(text.__getitem__, map(slice, starts, ends)), starts, ends,
                                     range(len(starts)), ws)]


def bounds_of_dicts(tokens: Sequence[dict[str, object]]) -> list[int]:
    """The bounds (``start, end`` of each token in turn) of :func:`token_dicts`' tokens."""
    return cast(list[int], [d[k] for d in tokens for k in ("start", "end")])
