"""Bytes → text: encodings, binary detection, newline normalisation."""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from charset_normalizer import CharsetMatches, from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# the same characters as bytes: in UTF-8 each is its own byte, and no other character's bytes hold one
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


# charset-normalizer looks at this much of a file: enough evidence, and bounded time on a 50 MB one.
_SAMPLE = 4 * 1024 * 1024
_FEW = 16  # non-ASCII bytes: fewer are too little evidence for a legacy code page (a wrong one misreads them)
_HIGH = bytes(range(128, 256))
_EVIDENCE = 256 * 1024  # of lines with non-ASCII bytes, where readings in two encodings are compared


class DecodeError(ValueError):
    pass


class Decoded(NamedTuple):
    """A file's text, the encoding it was read in, and ``note``: why that reading may be wrong (an encoding
    guessed on little evidence, a declared charset ignored, lines in two encodings), for the import summary
    and the document's ``meta.encoding_note``; None when there is no doubt."""

    text: str
    encoding: str
    note: str | None = None


def normalize_newlines(text: str) -> str:
    """``\\r\\n``, lone ``\\r`` and Unicode line/paragraph separators → ``\\n``."""
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text and "\x85" not in text:
        return text
    return _NEWLINES.sub("\n", text)


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    # CJK text has NULs only after its ASCII (newlines, digits, punctuation): all at one parity.
    if odd >= max(2, half // 200) and not even:
        return "utf-16-le"
    if even >= max(2, half // 200) and not odd:
        return "utf-16-be"
    return None


def _refuse_damaged_utf8(data: bytes, exc: UnicodeDecodeError) -> None:
    """Mostly valid UTF-8 with a few bad bytes is damaged UTF-8, not a legacy
    code page: decoding it as one would turn every quote mark, accented letter
    and emoji of the document into mojibake."""
    text = data[:_SAMPLE].decode("utf-8", "replace")
    bad = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if bad == 0 or multibyte >= 2 * bad:
        raise DecodeError(f"the file is UTF-8 but has invalid bytes (the first at byte {exc.start}); "
                          "repair it or save it again as UTF-8")


# What Windows-1252 decodes Western and Indonesian text into: Latin letters and typographic punctuation.
_LATIN_TEXT = re.compile("[^\x00-\x7f\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                         "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
# Letters of scripts other than Latin: a guess that yields them is trusted over Windows-1252.
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f]")


def _plain(text: str) -> bool:
    """Latin letters and punctuation only (what Western and Indonesian text reads as), no control."""
    return not _LATIN_TEXT.search(text) and not _CONTROL.search(text)


def _plain_cp1252(data: bytes) -> bool:
    """The bytes are Windows-1252 text of Latin letters and punctuation (no undefined byte, no control)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return _plain(text)


def _rivals(data: bytes, chosen: str, matches: CharsetMatches) -> list[str]:
    """The encodings charset-normalizer found as likely as ``chosen`` that read ``data`` into another text of
    the same kind (a Latin reading when ``chosen`` gives Latin text): the guess could as well have been one of
    them.  Compared on the lines that hold non-ASCII bytes (the only ones two readings can differ on)."""
    best = matches.best()
    assert best is not None
    evidence = b"\n".join(line for line in data.splitlines() if not line.isascii())[:_EVIDENCE]
    text = evidence.decode(chosen, "replace")
    latin = _plain(text)
    found = []
    for match in matches:
        if match.encoding == chosen or match.chaos > best.chaos + 0.01:
            continue
        other = evidence.decode(match.encoding, "replace")
        if other != text and (_plain(other) if latin else match.coherence >= best.coherence - 0.05):
            found.append(match.encoding)
    return found


def _guess_legacy(data: bytes) -> tuple[str, str | None] | None:
    """charset-normalizer's best guess, and a note when it is a weak one; Windows-1252 (the most common legacy
    encoding of Western and Indonesian web text) wins a tie, and wins whenever it reads the bytes as plain
    Latin text and the guess is no other script: on a few accented letters the guess is close to chance (one
    "ï" in an Indonesian text was read as cp775, another as cp1250)."""
    matches = from_bytes(data, preemptive_behaviour=False)  # a declaration in the bytes was already weighed
    best = matches.best()
    if best is None:
        if _plain_cp1252(data):
            return "cp1252", "no encoding reads the file well; it was read as cp1252: check its accented letters"
        return None
    chosen = best.encoding
    if best.encoding != "cp1252" and _plain_cp1252(data) and not _OTHER_SCRIPT.search(str(best)):
        chosen = "cp1252"
    elif any("cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.01
             and match.coherence >= best.coherence - 0.05 for match in matches):
        chosen = "cp1252"
    if best.chaos > 0.1:
        return chosen, (f"the encoding was guessed as {chosen}, but {best.percent_chaos:.0f}% of the text reads "
                        "as noise: check it")
    few = len(data) - len(data.translate(None, _HIGH))
    if few < _FEW:
        return chosen, (f"the encoding was guessed as {chosen} from only {few} non-ASCII "
                        f"byte{'s' if few != 1 else ''}: check its accented letters")
    rivals = _rivals(data, chosen, matches)
    if rivals:
        return chosen, (f"the encoding was guessed as {chosen} on little evidence ({', '.join(rivals[:3])} "
                        "would read it differently): check its accented letters")
    return chosen, None


def _mixed(data: bytes) -> Decoded | None:
    """A file of UTF-8 lines and lines in a legacy code page (two files joined, an editor that saved part of
    one): each line decoded on its own, the legacy lines with the guess made on them alone.  None when no
    line is UTF-8 beyond ASCII (a plain legacy file)."""
    lines = data.splitlines(keepends=True)
    utf8: list[str | None] = []
    legacy: list[bytes] = []
    for line in lines:
        try:
            utf8.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            utf8.append(None)
            legacy.append(line)
    if not legacy or not any(x is not None and not x.isascii() for x in utf8):
        return None
    guessed = _guess_legacy(b"".join(legacy)[:_SAMPLE])
    if guessed is None:
        return None
    try:
        text = "".join(x if x is not None else line.decode(guessed[0]) for x, line in zip(utf8, lines))
    except UnicodeDecodeError:
        return None
    note = (f"{len(legacy):,} of {len(lines):,} lines are not UTF-8; they were read as {guessed[0]}"
            + (f" ({guessed[1]})" if guessed[1] else ""))
    return Decoded(text, f"utf-8+{guessed[0]}", note)


def _declared_codec(declared: str) -> tuple[str | None, str | None]:
    """The codec a page's declared charset names, if it is a text encoding that can describe an HTML page, and
    a note when the declaration is ignored or replaced.  ``rot13``, ``base64``, ``zlib`` … are codecs but not
    text encodings; a page that declares UTF-16 or UTF-32 was read as ASCII-compatible bytes to find the
    declaration, so it is not UTF-16 (browsers treat the declaration as UTF-8, as the HTML standard says)."""
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return None, f"the page declares charset {declared!r}, which is unknown; ignored"
    if not getattr(info, "_is_text_encoding", True):
        return None, f"the page declares charset {declared!r}, which is not a text encoding; ignored"
    if info.name.startswith(("utf-16", "utf-32")):
        return "utf-8", None
    return info.name, None


def _read_declared(data: bytes, declared: str) -> tuple[Decoded | None, str | None]:
    """The page read in the charset it declares, or None and why the declaration was ignored: the bytes are
    not valid in it, they are UTF-8 (a page converted without its declaration), or charset-normalizer finds
    the reading too messy to be text (a Latin page declared koi8-r)."""
    codec, note = _declared_codec(declared)
    if codec is None:
        return None, note
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None, f"the page declares charset {declared!r} but is not valid {codec}; ignored"
    if codec == "utf-8" or data.isascii():
        return Decoded(text, codec), None
    try:
        data.decode("utf-8")
        return None, f"the page declares charset {declared!r} but its bytes are UTF-8; read as UTF-8"
    except UnicodeDecodeError:
        pass
    if from_bytes(data[:_SAMPLE], cp_isolation=[codec], preemptive_behaviour=False).best() is None:
        return None, f"the page declares charset {declared!r}, which reads its bytes as garbage; ignored"
    return Decoded(text, codec), None


def _controls(text: str) -> int:
    """How many characters of ``text`` _CONTROL matches (three times quicker than counting its matches)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode file bytes into :class:`Decoded` (text, encoding, note).

    Order: a byte-order mark; the declared charset (HTML) unless it makes no sense for the bytes; UTF-16
    without a BOM; UTF-8 (refused when damaged); UTF-8 and legacy lines mixed; charset-normalizer's best
    guess for legacy encodings (with a note when the guess is weak).
    Raises :class:`DecodeError` for binary or undecodable data.
    """
    result: Decoded | None = None
    note: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                result = Decoded(data[len(bom):].decode(name), name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the file starts with a {name} byte-order mark but is not valid {name}: "
                                  f"{exc.reason} at byte {exc.start}") from None
            break
    if result is None and declared:
        result, note = _read_declared(data, declared)
    if result is None:  # before UTF-8: ASCII text in UTF-16 is valid UTF-8 full of NULs
        utf16 = _looks_like_utf16(data)
        if utf16:
            try:
                result = Decoded(data.decode(utf16), utf16)
            except UnicodeDecodeError:
                pass
    if result is None:
        try:
            result = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError as exc:
            _refuse_damaged_utf8(data, exc)
            result = _mixed(data)
    if result is None:
        if b"\x00" in data[:65536]:
            raise DecodeError("this looks like a binary file, not text")
        guessed = _guess_legacy(data[:_SAMPLE])
        if guessed is None:
            raise DecodeError("the text encoding could not be recognised (not UTF-8, UTF-16 or a legacy code page)")
        try:
            result = Decoded(data.decode(guessed[0]), guessed[0], guessed[1])
        except UnicodeDecodeError:
            raise DecodeError(f"the file is not valid {guessed[0]} throughout") from None
    text = result.text
    if "\x00" in text:
        raise DecodeError("the text contains NUL characters: a binary or damaged file")
    controls = _controls(text[:65536])
    if controls > max(8, len(text[:65536]) // 100):
        raise DecodeError("this looks like a binary file, not text")
    if note:  # the declaration was ignored: say so, with what the reading itself found
        result = result._replace(note=f"{note}; {result.note}" if result.note else note)
    return result
