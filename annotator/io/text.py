"""Bytes → text: encodings, binary detection, newline normalisation."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


class DecodeError(ValueError):
    pass


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
    text = data[: 4 * 1024 * 1024].decode("utf-8", "replace")
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


def _plain_cp1252(data: bytes) -> bool:
    """The bytes are Windows-1252 text of Latin letters and punctuation (no undefined byte, no control)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return not _LATIN_TEXT.search(text) and not _CONTROL.search(text)


def _guess_legacy(data: bytes) -> str | None:
    """charset-normalizer's best guess; Windows-1252 (the most common legacy encoding of Western and
    Indonesian web text) wins a tie, and wins whenever it reads the bytes as plain Latin text and the guess
    is no other script: on a few accented letters the guess is close to chance (one "ï" in an Indonesian
    text was read as cp775, another as cp1250)."""
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return "cp1252" if _plain_cp1252(data) else None
    if best.encoding != "cp1252" and _plain_cp1252(data) and not _OTHER_SCRIPT.search(str(best)):
        return "cp1252"
    for match in matches:
        if ("cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.01
                and match.coherence >= best.coherence - 0.05):
            return "cp1252"
    return best.encoding


def _mixed(data: bytes) -> tuple[str, str] | None:
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
    guessed = _guess_legacy(b"".join(legacy)[: 4 * 1024 * 1024])
    if guessed is None:
        return None
    try:
        text = "".join(x if x is not None else line.decode(guessed) for x, line in zip(utf8, lines))
    except UnicodeDecodeError:
        return None
    return text, f"utf-8+{guessed}"


def _declared_codec(declared: str) -> str | None:
    """The codec a page's declared charset names, if it is a text encoding that can describe an HTML page.
    ``rot13``, ``base64``, ``zlib`` … are codecs but not text encodings; a page that declares UTF-16 or
    UTF-32 was read as ASCII-compatible bytes to find the declaration, so it is not UTF-16 (browsers treat
    the declaration as UTF-8, as the HTML standard says)."""
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    if info.name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return info.name


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode file bytes; return ``(text, encoding)``.

    Order: a byte-order mark; the declared charset (HTML); UTF-16 without a
    BOM; UTF-8 (refused when damaged); charset-normalizer's best guess for
    legacy encodings.
    Raises :class:`DecodeError` for binary or undecodable data.
    """
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the file starts with a {name} byte-order mark but is not valid {name}: "
                                  f"{exc.reason} at byte {exc.start}") from None
            break
    codec = _declared_codec(declared) if text is None and declared else None
    if codec:
        try:
            text, encoding = data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:  # before UTF-8: ASCII text in UTF-16 is valid UTF-8 full of NULs
        utf16 = _looks_like_utf16(data)
        if utf16:
            try:
                text, encoding = data.decode(utf16), utf16
            except UnicodeDecodeError:
                pass
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            _refuse_damaged_utf8(data, exc)
            mixed = _mixed(data)
            if mixed is not None:
                text, encoding = mixed
    if text is None:
        if b"\x00" in data[:65536]:
            raise DecodeError("this looks like a binary file, not text")
        guessed = _guess_legacy(data[: 4 * 1024 * 1024])
        if guessed is None:
            raise DecodeError("the text encoding could not be recognised (not UTF-8, UTF-16 or a legacy code page)")
        encoding = guessed
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise DecodeError(f"the file is not valid {encoding} throughout") from None
    if "\x00" in text:
        raise DecodeError("the text contains NUL characters: a binary or damaged file")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 100):
        raise DecodeError("this looks like a binary file, not text")
    return text, encoding
