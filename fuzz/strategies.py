"""Hypothesis strategies: generated inputs for every reader and importer.

Each strategy gives ``bytes`` for one file.  They mix well-formed input (so
the deep paths run: span validation, relations, UTF-16 offsets, block hints)
with the damage real files have: wrong offsets, unknown labels, truncated
lines, stray bytes, odd encodings, hostile markup.
"""

from __future__ import annotations

import codecs
import json

import orjson
from hypothesis import strategies as st

LABELS = ["PERSON", "ORG", "LOC", "DATE", "MISC", "QUOTE", "CUE", "SPEAKER", "BOILERPLATE", "TITLE", "BYLINE",
          "DATELINE", "CAPTION", "SUBHEADING"]
ODD_LABELS = ["", "person", "WIZARD", "PER", "B-PERSON", "🙂"]
LAYERS = ["entities", "quotes", "segments", "nope", ""]

# Text that survives JSON (no lone surrogates) but has everything else: newlines of every kind,
# astral characters, combining marks, RTL, controls, NUL.
SAMPLES = ["Joko Widodo", "“Kami siap,” kata Gati.", "\r\n", "\r", "\n", "\u2028", "\x85", "😀", "e\u0301",
           "مرحبا", "\t", " ", "東京", "&amp;", "<b>", "\ufeff"]
text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.lists(st.sampled_from(SAMPLES), max_size=16).map("".join),
)
offset = st.one_of(st.integers(-3, 250), st.sampled_from([0, 1, 2**31, -(2**31), 2**63 - 1]))
scalar = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=False), text)
json_value = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(text, inner, max_size=4)), max_leaves=6)
# Values that crashed a whole import or made the window arbitrarily wide (issue 18): nesting deeper than a
# JSON writer takes, meta fields of the wrong type, strings of 100,000 characters, control characters.
HOSTILE_META = [{"x": orjson.loads(b'{"a":' * 255 + b"1" + b"}" * 255)}, {"lang": [1]}, {"source": {"a": 1}},
                {"title": 5}, {"title": "W" * 100_000}, {"lang": "x" * 100}, {"source": "a\x1b[31mb"},
                # a record naming another file as its source (the file read wins), and a kept one of the wrong type
                {"source": "/etc/passwd"}, {"source": "x.txt", "record_source": {"a": 1}},
                {"encoding_note": "\x1b[2J"}, {"encoding_note": 7}]
HUGE = "W" * 100_000
known_label = st.sampled_from(LABELS)
label = st.one_of(known_label, known_label, known_label, st.sampled_from(ODD_LABELS), json_value)  # mostly valid
span_id = st.one_of(st.none(), st.sampled_from(["a", "b", "c", "s1", ""]), st.integers(0, 3))


@st.composite
def _offsets(draw, text_value: str) -> tuple[int, int]:
    """Mostly inside the text (so validation passes and deeper code runs), sometimes not."""
    n = len(text_value)
    if n and draw(st.integers(0, 3)):
        start = draw(st.integers(0, n - 1))
        return start, draw(st.integers(start + 1, n))
    return draw(offset), draw(offset)


@st.composite
def native_record(draw) -> dict:
    t = draw(text)
    spans = []
    for _ in range(draw(st.integers(0, 5))):
        start, end = draw(_offsets(t))
        span = {"start": start, "end": end, "label": draw(label)}
        for key, value in (("id", span_id), ("layer", st.sampled_from(LAYERS)), ("text", st.just(t[start:end])),
                           ("source", st.sampled_from(["user", "import", "detector:x"])),
                           ("status", st.sampled_from(["suggested", "accepted", "bogus"])),
                           ("score", st.one_of(st.floats(0, 1), text)),
                           ("speaker", st.one_of(text, st.just(HUGE))), ("extra", st.just({"deep": [HUGE]}))):
            if draw(st.integers(0, 3)) == 0:
                span[key] = draw(value)
        spans.append(span)
    record: dict = {"text": t, "spans": spans}
    if draw(st.booleans()):
        record["relations"] = [{"label": draw(st.sampled_from(["SPEAKER", "CUE", "X"])),
                                "head_id": draw(span_id), "child_id": draw(span_id),
                                "head_span": draw(st.one_of(st.none(), st.sampled_from(spans) if spans else st.none())),
                                } for _ in range(draw(st.integers(0, 3)))]
    for key, value in (("id", st.one_of(text, st.integers(-(2**63), 2**63 - 1), st.none())),
                       ("meta", st.one_of(json_value, st.sampled_from(HOSTILE_META))),
                       ("answer", st.sampled_from(["accept", "reject", "ignore", "x"])), ("tokens", json_value)):
        if draw(st.booleans()):
            record[key] = draw(value)
    return record


WRONG_DOCCANO = [{"label": "PERSON"}, {"label": ["sports"]}, {"label": [[0, 1, "PERSON"], "LOC"]}, {"label": [{}]},
                 {"label": [[0, 1]]}, {"entities": {"start_offset": 0}}, {"entities": "x"},
                 {"label": [[0, 1, "PERSON"]], "relations": [{"from_id": 0, "to_id": 0}]}, {"label": None},
                 {"source": "/elsewhere.txt", "label": []}]
WRONG_REGIONS = [{"type": "labels", "value": {"start": 0}}, {"type": "labels", "value": {"start": 0, "end": 1}},
                 {"value": {"start": 0, "end": 1, "labels": []}}, {"type": "labels", "value": "0-1 PERSON"},
                 {"type": "hypertextlabels"}, {"id": "zz", "type": "textarea", "from_name": "speaker",
                                                "value": {"start": 0, "end": 1, "text": ["x"]}},
                 {"type": "choices", "value": {"choices": ["whole task"]}}, "not an object"]


@st.composite
def doccano_record(draw) -> dict:
    t = draw(text)
    if draw(st.integers(0, 4)) == 0:  # wrongly shaped annotations (issue 18): reported, never dropped silently
        return {"text": t, **draw(st.sampled_from(WRONG_DOCCANO))}
    if draw(st.booleans()):
        return {"text": t, "label": [[*draw(_offsets(t)), draw(label)] for _ in range(draw(st.integers(1, 5)))]}
    entities = [{"id": draw(st.one_of(st.integers(0, 4), text)), "label": draw(label),
                 "start_offset": (o := draw(_offsets(t)))[0], "end_offset": o[1]}
                for _ in range(draw(st.integers(0, 5)))]
    relations = [{"id": i, "from_id": draw(st.integers(0, 5)), "to_id": draw(st.integers(0, 5)),
                  "type": draw(st.sampled_from(["SPEAKER", "CUE", None]))} for i in range(draw(st.integers(0, 3)))]
    return {"text": t, "entities": entities, "relations": relations}


@st.composite
def _region(draw, t: str, rid: str) -> dict:
    start, end = draw(_offsets(t))
    shown = t[start:end] if 0 <= start <= end else ""
    if draw(st.booleans()) and 0 <= start <= len(t) and 0 <= end <= len(t):  # Label Studio's UTF-16 offsets
        start, end = (len(t[:i].encode("utf-16-le", "surrogatepass")) // 2 for i in (start, end))
    value = {"start": start, "end": end, "labels": draw(st.one_of(st.lists(label, max_size=2), label))}
    if draw(st.booleans()):
        value["text"] = draw(st.one_of(st.just(shown), text))
    region = {"id": rid, "type": "labels", "from_name": "label", "to_name": "text", "value": value}
    if draw(st.booleans()):
        region["score"] = draw(st.one_of(st.floats(0, 1), text))
    return region


@st.composite
def labelstudio_record(draw) -> dict:
    t = draw(text)

    def result():
        regions = [draw(_region(t, f"r{i}")) for i in range(draw(st.integers(0, 4)))]
        links = [{"type": "relation", "from_id": draw(st.sampled_from(["r0", "r1", "r9"])),
                  "to_id": draw(st.sampled_from(["r0", "r1", "r9"])),
                  "direction": draw(st.sampled_from(["right", "left", "bi"])),
                  "labels": draw(st.lists(st.sampled_from(["SPEAKER", "CUE"]), max_size=1))}
                 for _ in range(draw(st.integers(0, 2)))]
        wrong = draw(st.lists(st.sampled_from(WRONG_REGIONS), max_size=1))
        return regions + links + wrong if draw(st.integers(0, 3)) else "0-1 PERSON"

    record: dict = {"data": {"text": t, **({"meta": draw(json_value)} if draw(st.booleans()) else {})}}
    if draw(st.booleans()):
        record["annotations"] = [{"result": result(), "was_cancelled": draw(st.booleans())}]
    if draw(st.booleans()):
        record["predictions"] = [{"result": result(), "score": draw(st.one_of(st.floats(0, 1), st.none()))}]
    if draw(st.booleans()):
        record["id"] = draw(st.integers(0, 3))
    return record


def _serialise(record) -> bytes:
    try:
        return orjson.dumps(record)
    except TypeError:  # nested deeper than orjson writes (HOSTILE_META): the standard library still can
        return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")


@st.composite
def jsonl_file(draw, records) -> bytes:
    """Records one per line, with the damage corpora have: blank lines, CRLF,
    a BOM, garbage lines, a truncated last line."""
    lines = [_serialise(r) for r in draw(st.lists(records, min_size=1, max_size=4))]
    for _ in range(draw(st.integers(0, 2))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.one_of(
            st.binary(max_size=40), st.sampled_from([b"", b"   ", b"[1,2]", b"null", b'{"text":', b"\xff\xfe"]),
            json_value.map(_serialise))))
    sep = draw(st.sampled_from([b"\n", b"\r\n"]))
    data = sep.join(lines) + draw(st.sampled_from([b"", sep]))
    if draw(st.integers(0, 5)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.integers(0, 5)) == 0:
        data = codecs.BOM_UTF8 + data
    return data


@st.composite
def json_array_file(draw) -> bytes:
    records = st.one_of(native_record(), doccano_record(), labelstudio_record(), json_value)
    value = draw(st.one_of(st.lists(records, max_size=6), records))
    data = _serialise(value)
    if draw(st.integers(0, 5)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return data


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "cp1251",
             "shift_jis", "gb18030", "koi8-r"]


@st.composite
def txt_file(draw) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=600))
    data = draw(text).encode(draw(st.sampled_from(ENCODINGS)), "ignore")
    if kind == 3 and draw(st.booleans()):  # UTF-8 lines and Windows-1252 lines in one file (issue 18)
        data = draw(text).encode("utf-8") + b"\n" + draw(text).encode("cp1252", "ignore")
    if kind == 2 and data:  # stray bytes in otherwise good text
        for _ in range(draw(st.integers(1, 3))):
            i = draw(st.integers(0, len(data)))
            data = data[:i] + draw(st.binary(min_size=1, max_size=3)) + data[i:]
    return data


TAGS = ["p", "div", "span", "a", "b", "br", "pre", "h1", "li", "ul", "table", "td", "tr", "script", "style",
        "noscript", "template", "svg", "math", "iframe", "title", "meta", "head", "body", "html", "article", "nav",
        "footer", "figure", "figcaption", "blockquote", "xi:include", "x-custom", "select", "option", "textarea"]
ATTRS = ['class="c1 c2"', 'id="main"', "hidden", 'aria-hidden="true"', 'style="display:none"',
         'style="visibility: hidden"', 'href="http://127.0.0.1:9/x"', 'src="file:///etc/passwd"', 'lang="id"',
         'charset="utf-8"', 'content="x"', 'name="author"', 'property="og:title"', 'x=">"',
         # declared charsets that are codecs but no text encodings, or make no sense for the bytes (issue 18)
         'charset="rot13"', 'charset="base64"', 'charset="zlib"', 'charset="hex"', 'charset="uu"',
         'charset="utf-16"', 'charset="utf-32"', 'charset="x-bogus"', 'charset="koi8-r"', 'charset="shift_jis"',
         'charset="iso-8859-1"', 'charset="windows-1252"']
ENTITIES = ["&amp;", "&lt;", "&nbsp;", "&#x1F600;", "&#0;", "&#xD800;", "&bogus;", "&", "&#99999999;"]
DOCTYPES = ["", "<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>',
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://127.0.0.1:9/x.dtd">',
            '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "<!-- c -->", "<![CDATA[ x ]]>"]


@st.composite
def html_file(draw) -> bytes:
    parts = [draw(st.sampled_from(DOCTYPES))]
    open_tags: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        choice = draw(st.integers(0, 5))
        if choice <= 1:
            tag = draw(st.sampled_from(TAGS))
            attrs = " ".join(draw(st.lists(st.sampled_from(ATTRS), max_size=3)))
            parts.append(f"<{tag} {attrs}>" if attrs else f"<{tag}>")
            open_tags.append(tag)
        elif choice == 2 and open_tags:
            parts.append(f"</{open_tags.pop()}>" if draw(st.booleans()) else f"</{draw(st.sampled_from(TAGS))}>")
        elif choice == 3:
            parts.append(draw(st.sampled_from(ENTITIES)))
        else:
            parts.append(draw(text))
    if draw(st.booleans()):
        parts += [f"</{t}>" for t in reversed(open_tags)]
    source = "".join(parts)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "cp1252", "shift_jis"]))
    data = source.encode(encoding, "ignore")
    if draw(st.integers(0, 5)) == 0 and data:
        i = draw(st.integers(0, len(data)))
        data = data[:i] + draw(st.binary(min_size=1, max_size=4)) + data[i:]
    return data


# reader name → (file suffix, strategy of file bytes)
READERS = {
    "txt": (".txt", txt_file()),
    "html": (".html", html_file()),
    "jsonl-native": (".jsonl", jsonl_file(native_record())),
    "jsonl-doccano": (".jsonl", jsonl_file(doccano_record())),
    "jsonl-labelstudio": (".jsonl", jsonl_file(labelstudio_record())),
    "json-array": (".json", json_array_file()),
}
