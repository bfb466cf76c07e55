"""HTML pages → visible text in reading order, with per-block layout hints.

The parser is lxml's HTML parser with the network off; HTML parsing never
loads a DTD or expands external entities.  The tree is walked iteratively, so
pathological nesting cannot exhaust the Python stack.  Every block-level
element starts a new line of the text; ``<br>`` breaks a line too.  Each line
gets a :class:`BlockHint` (tag, class/id tokens of the block and its
ancestors, link density, DOM depth) for the boilerplate detector.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from annotator.core.model import BlockHint, Document, trusted_block
from annotator.io.text import decode, normalize_newlines

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul".split()
)
DROP_TAGS = frozenset(
    "script style noscript template head title meta link iframe object embed svg math canvas select "
    "option datalist audio video source track map".split()
)
_WS = re.compile(r"\s+")
_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# An internal DTD subset declaring entities: HTML never has one; XXE and "billion laughs" pages do.
_ENTITY_DECL = re.compile(r"<!DOCTYPE[^\[>]*\[[^\]]*?<!ENTITY", re.I)
# News pages have a few thousand tags; millions would take gigabytes to parse and walk.
MAX_TAGS = 200_000

# lxml.etree's parser, not lxml.html's: the same libxml2 parser without a Python element class per node; no
# table of the ids (nothing looks an element up by its id; 7 % of the parse)
_PARSER = etree.HTMLParser(
    no_network=True, remove_comments=True, remove_pis=True, recover=True, huge_tree=False, default_doctype=False,
    collect_ids=False,
)

_AUTHOR_KEYS = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author", "dtk:author")
_DATE_KEYS = (
    "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "date",
    "dc.date", "dc.date.issued", "datepublished", "dtk:publishdate", "parsely-pub-date", "sailthru.date",
)


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET_META.search(data[:8192])
    return m.group(1).decode("ascii", "replace") if m else None


def _is_hidden(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


class _Builder:
    """Collects lines of text and their hints while the tree is walked."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.blocks: list[BlockHint] = []
        self.offset = 0
        self._parts: list[tuple[str, bool]] = []  # (text, inside <a>)
        self._pre = 0

    def flush(self, tag: str, cls: str, depth: int) -> None:
        parts = self._parts  # the walk appends to this list; it is emptied here, never replaced
        if not parts:
            return
        raw = "".join([p for p, _ in parts]) if len(parts) > 1 else parts[0][0]
        if raw.isspace():  # only the layout between tags: no line
            parts.clear()
            return
        # " ".join(x.split()) is _WS.sub(" ", x).strip() (the same whitespace), three times quicker
        link_chars = sum(len(" ".join(p.split())) for p, a in parts if a)
        parts.clear()
        if self._pre:
            pieces = [line.rstrip() for line in normalize_newlines(raw).split("\n")]
        else:
            pieces = [" ".join(raw.split())]
        for piece in pieces:
            if not piece.strip():
                continue
            start = self.offset + (1 if self.lines else 0)
            self.lines.append(piece)
            self.offset = start + len(piece)
            density = min(1.0, link_chars / len(piece)) if piece else 0.0
            self.blocks.append(trusted_block(start, self.offset, tag, cls, round(density, 3), depth))


_TAG_NAMES: dict[Any, str] = {}  # an element's tag as lxml gives it -> its name, lower case ("" for comments, PIs)


def _tag_name(tag: Any) -> str:
    name = _TAG_NAMES.get(tag)
    if name is None:
        name = tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""
        if len(_TAG_NAMES) < 4096:  # pages may invent tags; keep the table bounded
            _TAG_NAMES[tag] = name
    return name


_SKIPPED = 0  # what an element's start did, for its end: it was skipped, or its tag's name
_BLOCK_TAGS_OR_SPECIAL = BLOCK_TAGS | {"a", "pre", "br"}
_BLOCK_CLASSES: dict[str, str] = {}  # a block's own class/id tokens and its parent's -> the first 24 of them


def _block_classes(cls: str) -> str:
    kept = _BLOCK_CLASSES.get(cls)
    if kept is None:
        kept = " ".join(cls.split()[:24])
        if len(_BLOCK_CLASSES) < 16384:  # sites repeat their class names; keep the table bounded
            _BLOCK_CLASSES[cls] = kept
    return kept


def extract(root: Any) -> tuple[str, list[BlockHint]]:
    """Visible text and block hints of a parsed page."""
    out = _Builder()
    parts = out._parts
    flush = out.flush
    # Stack of the enclosing block elements: (tag, class/id tokens of it and its ancestors, depth)
    blocks: list[tuple[str, str, int]] = [("body", "", 0)]
    links = 0
    depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    opened: list[Any] = []  # per open element: _SKIPPED, or its tag's name
    for event, el in walker:
        if event == "start":
            depth += 1
            tag = _tag_name(el.tag)
            if not tag or tag in DROP_TAGS or _is_hidden(el):
                opened.append(_SKIPPED)
                walker.skip_subtree()
                continue
            opened.append(tag)
            if tag in _BLOCK_TAGS_OR_SPECIAL:
                if tag in BLOCK_TAGS:
                    if parts:
                        flush(*blocks[-1])
                    parent_cls = blocks[-1][1]  # already split and cut to 24 tokens
                    own, ident = el.get("class"), el.get("id")
                    if ident:
                        own = f"{own} {ident}" if own else ident
                    if own:
                        blocks.append((tag, _block_classes(f"{own} {parent_cls}" if parent_cls else own), depth))
                    else:
                        blocks.append((tag, parent_cls, depth))
                elif tag == "br":
                    if parts:
                        flush(*blocks[-1])
                if tag == "a":
                    links += 1
                if tag == "pre":
                    out._pre += 1
            text = el.text
            if text:
                parts.append((text, links > 0))
        else:
            depth -= 1
            tag = opened.pop()
            if tag is not _SKIPPED and tag in _BLOCK_TAGS_OR_SPECIAL:
                if tag in BLOCK_TAGS:
                    if parts:
                        flush(*blocks[-1])
                    blocks.pop()
                if tag == "a":
                    links -= 1
                if tag == "pre":
                    if parts:
                        flush(*blocks[-1])
                    out._pre -= 1
            text = el.tail
            if text:
                parts.append((text, links > 0))
    flush(*blocks[-1])
    return "\n".join(out.lines), out.blocks


def _meta(root: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    titles = root.xpath("//title")
    if titles:
        title = _WS.sub(" ", "".join(titles[0].itertext())).strip()
        if title:
            meta["title"] = title
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    if "og:title" in found:
        meta["og_title"] = found["og:title"]
    for key in _AUTHOR_KEYS:
        if key in found:
            meta["author"] = found[key]
            break
    for key in _DATE_KEYS:
        if key in found:
            meta["date"] = found[key]
            break
    if "description" in found:
        meta["description"] = found["description"]
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        meta["html_lang"] = lang.strip()
    return meta


def parse_html(data: bytes) -> tuple[str, list[BlockHint], dict[str, Any], str]:
    """Decode and parse a page: ``(text, blocks, meta, encoding)``."""
    decoded = decode(data, declared_charset(data))
    source, encoding = _XML_DECL.sub("", decoded.text, count=1), decoded.encoding
    if not source.strip():
        return "", [], {}, encoding
    if _ENTITY_DECL.search(source, 0, 65536):
        raise ValueError("the page declares XML entities (<!ENTITY ...>), which HTML pages never do; it is not read")
    if source.count("<") > MAX_TAGS:
        raise ValueError(f"the page has over {MAX_TAGS:,} tags, far more than any article page")
    try:
        root = etree.fromstring(source, _PARSER)
    except etree.LxmlError as exc:
        raise ValueError(f"the HTML parser gave up: {exc}") from None
    if root is None:  # no element at all (only a doctype or comments): no text
        return "", [], {}, encoding
    fatal = [e.message for e in _PARSER.error_log if e.level_name == "FATAL"]
    if fatal:  # libxml2 stopped early (nesting over 256 deep, a text block over 10 MB): the text would be cut short
        raise ValueError(f"the page is beyond the HTML parser's limits ({fatal[0].split(',')[0].strip()})")
    text, blocks = extract(root)
    meta = _meta(root)
    if decoded.note:
        meta["encoding_note"] = decoded.note
    return text, blocks, meta, encoding


def read_html(data: bytes, source: str) -> Document:
    text, blocks, meta, encoding = parse_html(data)
    return Document(text=text, blocks=blocks, meta={**meta, "source": source, "encoding": encoding})
