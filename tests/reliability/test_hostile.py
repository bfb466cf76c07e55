"""Hostile and broken files: each is refused with one clear line naming the
file (or, where the file is fine, such as UTF-16 without a BOM, read right),
in bounded memory, with no change to the project beyond what was read, no
network, and no file opened that the person did not open.

Every file is imported in a forked child (``guarded_import.py``): sockets
raise, Python-level opens are recorded, and the fork server reads the
child's peak RSS.  C-level attempts are caught too: the pages point at a
listening socket on 127.0.0.1 that must see no connection, and at a named
pipe that would block any reader that opened it (the child would time out).
"""

from __future__ import annotations

import codecs
import os
import random
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from forkserver import ForkServer

from annotator.core.model import Document
from annotator.io.readers.options import DEFAULT_MAX_BYTES, MAX_JSON_VALUES
from annotator.store import open_project

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="uses fork and a named pipe (POSIX)")

MEMORY_LIMIT_KB = 1024 * 1024  # 1 GB
CANARY = "CANARY-9d41-never-read"
PASSWD = "root:x:0:0"
ARTICLE = "“Kami siap,” kata Gati Wibawaningsih di Jakarta, Senin (12/3). 😀"
MB = 1024 * 1024


@dataclass
class Case:
    name: str
    make: Callable[[Env], Path]
    expect: str  # "refused": every item is an error; "read": documents as checked
    check: Callable[[dict], None] | None = None
    timeout: float = 60.0


@dataclass
class Env:
    dir: Path
    port: int
    canary: Path
    trap: Path

    def write(self, name: str, data: bytes | str) -> Path:
        path = self.dir / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def page(body: str, head: str = "", doctype: str = "<!DOCTYPE html>") -> str:
    return f"{doctype}<html><head><title>Berita</title>{head}</head><body>{body}</body></html>"


def text_is(expected: str) -> Callable[[dict], None]:
    def check(out: dict) -> None:
        assert [d["text"] for d in out["docs"]] == [expected]
    return check


def has_article(out: dict) -> None:
    assert len(out["docs"]) == 1 and ARTICLE in out["docs"][0]["text"]


def laughs(levels: int = 10) -> str:
    decls = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return f"<!DOCTYPE html [{''.join(decls)}]>"


HTML_CASES = [
    Case("xxe-passwd", lambda e: e.write("xxe.html", page(
        f"<p>{ARTICLE} &xxe;</p>", doctype='<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM '
                                           '"file:///etc/passwd">]>')), "refused"),
    Case("xxe-canary-and-pipe", lambda e: e.write("xxe2.xhtml", page(
        "<p>&a;&b;</p>", doctype=f'<!DOCTYPE html [<!ENTITY a SYSTEM "file://{e.canary}">'
                                 f'<!ENTITY b SYSTEM "file://{e.trap}">]>')), "refused"),
    Case("xxe-http", lambda e: e.write("xxe3.html", page(
        "<p>&x;</p>", doctype=f'<!DOCTYPE html [<!ENTITY x SYSTEM "{e.url}/x">]>')), "refused"),
    Case("billion-laughs", lambda e: e.write("laughs.html", page("<p>&lol9;</p>", doctype=laughs())), "refused"),
    Case("quadratic-blowup", lambda e: e.write("quadratic.html", page(
        "<p>" + "&a;" * 20000 + "</p>", doctype=f'<!DOCTYPE html [<!ENTITY a "{"a" * 50000}">]>')), "refused"),
    Case("parameter-entity-http", lambda e: e.write("param.html", page(
        f"<p>{ARTICLE}</p>", doctype=f'<!DOCTYPE html [<!ENTITY % r SYSTEM "{e.url}/p.dtd"> %r;]>')), "refused"),
    Case("dtd-on-the-network", lambda e: e.write("dtd.html", page(
        f"<p>{ARTICLE}</p>", doctype=f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                                     f'"{e.url}/xhtml1-strict.dtd">')), "read", has_article),
    Case("xinclude-and-remote-references", lambda e: e.write("refs.xhtml", page(
        f'<p>{ARTICLE}</p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" '
        f'parse="text"/><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{e.url}/i"/>'
        f'<img src="{e.url}/a.png"><iframe src="file:///etc/passwd"></iframe><object data="{e.url}/o"></object>'
        f'<script src="{e.url}/s.js"></script><svg><image href="file://{e.trap}"/></svg>',
        head=f'<link rel="stylesheet" href="{e.url}/c.css"><base href="{e.url}/">'
             f'<meta http-equiv="refresh" content="0;url={e.url}/r">',
        doctype=f'<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="{e.url}/s.xsl"?><!DOCTYPE html>')),
        "read", has_article),
    Case("100000-deep-nesting", lambda e: e.write("deep.html", page(
        "<div>" * 100_000 + ARTICLE + "</div>" * 100_000)), "refused"),
    Case("100000-deep-unclosed", lambda e: e.write("deep2.html", page("<span><b>" * 50_000 + ARTICLE)), "refused"),
    Case("millions-of-tags", lambda e: e.write("tags.html", page("<p>x" * (3 * MB))), "refused"),
    Case("12-MB-text-block", lambda e: e.write("block.html", page("<p>" + "kata " * (12 * MB // 5) + "</p>")),
         "refused"),
    Case("xml-file", lambda e: e.write("feed.xml", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM '
                                                   '"file:///etc/passwd">]><r>&x;</r>'), "refused"),
]


def sparse(env: Env, name: str) -> Path:
    path = env.dir / name
    with path.open("wb") as fh:
        fh.truncate(1 << 30)
    return path


def utf16(text: str, codec: str) -> bytes:
    data = text.encode(codec)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return data


LONG = (ARTICLE + "\n") * 40
ASCII = "President Joko Widodo said in Jakarta on Monday.\n" * 30
CJK = "东京是日本的首都，人口众多。“我们今天讨论经济问题，”部长说。\n" * 30
TEXT_CASES = [
    Case("1-GB-txt", lambda e: sparse(e, "big.txt"), "refused"),
    Case("1-GB-html", lambda e: sparse(e, "big.html"), "refused"),
    Case("1-GB-json", lambda e: sparse(e, "big.json"), "refused"),
    Case("1-GB-jsonl", lambda e: sparse(e, "big.jsonl"), "refused"),
    Case("binary-named-txt", lambda e: e.write("binary.txt", random.Random(1).randbytes(200_000)), "refused"),
    Case("png-named-txt", lambda e: e.write("image.txt", bytes.fromhex("89504e470d0a1a0a0000000d49484452")
                                             + random.Random(2).randbytes(5000)), "refused"),
    Case("nul-bytes", lambda e: e.write("nul.txt", LONG.replace("Jakarta", "Jak\x00arta")), "refused"),
    Case("invalid-utf8", lambda e: e.write("bad.txt", LONG.encode()[:500] + b"\xff\xfe\xc3" + LONG.encode()[500:]),
         "refused"),
    Case("control-characters", lambda e: e.write("ctrl.txt", "".join(chr(random.Random(3).randrange(1, 9))
                                                                    for _ in range(5000))), "refused"),
    Case("empty", lambda e: e.write("empty.txt", b""), "refused"),
    Case("named-pipe-called-txt", lambda e: e.trap.with_name("pipe.txt") if os.mkfifo(
        e.trap.with_name("pipe.txt")) is None else None, "refused"),
    Case("utf16le-without-bom", lambda e: e.write("u16le.txt", utf16(LONG, "utf-16-le")), "read",
         text_is(LONG)),
    Case("utf16be-without-bom", lambda e: e.write("u16be.txt", utf16(LONG, "utf-16-be")), "read",
         text_is(LONG)),
    Case("utf16le-without-bom-ascii", lambda e: e.write("u16ascii.txt", utf16(ASCII, "utf-16-le")), "read",
         text_is(ASCII)),
    Case("utf16be-without-bom-ascii", lambda e: e.write("u16beascii.txt", utf16(ASCII, "utf-16-be")), "read",
         text_is(ASCII)),
    Case("utf16le-without-bom-cjk", lambda e: e.write("u16cjk.txt", utf16(CJK, "utf-16-le")), "read",
         text_is(CJK)),
    Case("mixed-newlines", lambda e: e.write("newlines.txt", "a\r\nb\rc\nd\u2028e\u0085f\u2029g\r\n"), "read",
         text_is("a\nb\nc\nd\ne\nf\ng\n")),
]


def jsonl(env: Env, name: str, lines: list[bytes]) -> Path:
    return env.write(name, b"\n".join(lines) + b"\n")


def big_record(e: Env) -> Path:
    """A 10 MB line: a long text with 60,000 entity spans."""
    text = "Jokowi di Jakarta. " * 400_000
    spans = [{"start": 19 * i, "end": 19 * i + 6, "label": "PERSON"} for i in range(60_000)]
    line = orjson.dumps({"id": "big", "text": text, "spans": spans})
    assert 9 * MB < len(line) < 13 * MB
    return jsonl(e, "big-line.jsonl", [line, orjson.dumps({"text": ARTICLE})])


def dense_record(e: Env, n: int) -> Path:
    """A line of the costliest JSON (``n`` empty arrays)."""
    return jsonl(e, "dense.jsonl", [b'{"text":"a","meta":{"x":[' + b"[]," * (n - 1) + b"[]]}}",
                                    orjson.dumps({"text": ARTICLE})])


def check_big(out: dict) -> None:
    assert [(d["chars"], d["spans"]) for d in out["docs"]] == [(19 * 400_000, 60_000), (len(ARTICLE), 0)]


JSONL_CASES = [
    Case("10-MB-line", big_record, "read", check_big),
    Case("line-at-the-value-cap-of-empty-arrays", lambda e: dense_record(e, MAX_JSON_VALUES // 2 - 10), "read",
         lambda out: None),
    Case("line-at-the-size-limit-of-empty-arrays", lambda e: dense_record(e, (DEFAULT_MAX_BYTES - 40) // 3), "read",
         text_is(ARTICLE)),
    Case("10-MB-line-of-garbage", lambda e: jsonl(e, "garbage.jsonl", [b'{"text": "' + b"x" * (10 * MB)]), "refused"),
    Case("line-over-the-limit", lambda e: jsonl(e, "over.jsonl", [orjson.dumps({"text": "y" * (DEFAULT_MAX_BYTES + 9)}),
                                                                  orjson.dumps({"text": ARTICLE})]),
         "read", text_is(ARTICLE)),
]

T = "Joko pergi ke Jakarta."
BAD_RECORDS = [  # (record or raw line, words the message must contain)
    ({"text": T, "spans": [{"start": -1, "end": 4, "label": "PERSON"}]}, "outside the text"),
    ({"text": T, "spans": [{"start": 0, "end": 400, "label": "PERSON"}]}, "outside the text"),
    ({"text": T, "spans": [{"start": 14, "end": 4, "label": "LOC"}]}, "outside the text"),
    (b'{"text": "Joko", "spans": [{"start": 1000000000000000000000000000000, "end": 1, "label": "LOC"}]}',
     "no integer 'start'"),
    ({"text": T, "spans": [{"start": 0, "end": 4, "label": "PERSON", "text": "Budi"}]}, "differs from the text"),
    ({"text": T, "spans": [{"start": 0, "end": 4, "label": "WIZARD"}]}, "unknown label 'WIZARD'"),
    ({"text": T, "spans": [{"id": "x", "start": 0, "end": 4, "label": "PERSON"},
                           {"id": "x", "start": 14, "end": 21, "label": "LOC"}]}, "used twice"),
    ({"text": T, "spans": [{"id": "x", "start": 0, "end": 4, "label": "PERSON"}],
      "relations": [{"label": "SPEAKER", "head_id": "x", "child_id": "gone"}]}, "not in the record"),
    ({"text": T, "label": [[0, 4, "PERSON"], [-2, 1, "LOC"]]}, "outside the text"),
    ({"text": T, "label": [[4, 0, "PERSON"]]}, "outside the text"),
    ({"text": T, "label": [[0, 4, "NOPE"]]}, "unknown label"),
    ({"text": T, "entities": [{"id": 1, "label": "PERSON", "start_offset": 0, "end_offset": 4}],
      "relations": [{"id": 1, "from_id": 1, "to_id": 9, "type": "SPEAKER"}]}, "not in the record"),
    ({"data": {"text": T}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 0, "end": 4, "text": "Budi", "labels": ["PERSON"]}}]}]},
     "is not at its offsets"),
    ({"data": {"text": T}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 9, "end": 2, "labels": ["PERSON"]}}]}]}, "outside the text"),
    ({"data": {"text": T}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 0, "end": 4, "labels": ["PERSON"]}},
        {"type": "relation", "from_id": "a", "to_id": "zz"}]}]}, "not in the task"),
    ({"id": "dup", "text": "Teks pertama."}, None),
    ({"id": "dup", "text": "Teks kedua, lain."}, "already used by line 16"),
    ({"text": "   "}, "empty"),
    ([1, 2, 3], "not a JSON object"),
    ({"no_text": True}, "no \"text\""),
    (b'{"text": "Lone \\ud800 surrogate"}', "not valid JSON"),
    (b'{"text": NaN}', "not valid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    (b'{"text": "truncated last li', "not valid JSON"),
]


def broken_records(e: Env) -> Path:
    lines = [r if isinstance(r, bytes) else orjson.dumps(r) for r, _ in BAD_RECORDS]
    path = e.dir / "broken.jsonl"
    path.write_bytes(b"\n".join(lines))  # no newline at the end: the last line is truncated
    return path


def check_broken(out: dict) -> None:
    expected = [(n, words) for n, (_, words) in enumerate(BAD_RECORDS, 1) if words]
    assert len(out["errors"]) == len(expected), out["errors"]
    for message, (n, words) in zip(out["errors"], expected):
        assert message.startswith(f"{out['path']}:{n}: ") and words in message, (n, message)
    assert [d["text"] for d in out["docs"]] == ["Teks pertama."]


def broken_array(e: Env) -> Path:
    return e.write("broken.json", b"[" + b",".join(r if isinstance(r, bytes) else orjson.dumps(r)
                                                   for r, _ in BAD_RECORDS if not isinstance(r, bytes)) + b"]")


def check_array(out: dict) -> None:
    expected = [(i, words) for i, (_, words) in enumerate(r for r in BAD_RECORDS if not isinstance(r[0], bytes))
                if words]
    assert len(out["errors"]) == len(expected), out["errors"]
    for message, (i, words) in zip(out["errors"], expected):
        assert message.startswith(f"{out['path']}: record {i}: ") and words.replace("line 16", "record 14") in message
    assert [d["text"] for d in out["docs"]] == ["Teks pertama."]


def truncated_array(e: Env) -> Path:
    return e.write("truncated.json", orjson.dumps([{"text": ARTICLE}] * 3)[:-20])


RECORD_CASES = [
    Case("broken-records-jsonl", broken_records, "read", check_broken),
    Case("broken-records-json-array", broken_array, "read", check_array),
    Case("truncated-json-array", truncated_array, "refused"),
]

CASES = HTML_CASES + TEXT_CASES + JSONL_CASES + RECORD_CASES


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.setblocking(False)
    canary = folder / "canary.txt"
    canary.write_text(CANARY, encoding="utf-8")
    trap = folder / "trap.fifo"
    os.mkfifo(trap)
    base = folder / "base.annotator"
    with open_project(base) as p:
        p.add_documents([Document(text="Dokumen yang sudah ada di proyek.")])
    with ForkServer("guarded_import") as server:
        yield Env(folder, listener.getsockname()[1], canary, trap), server, base, listener
    listener.close()


def connections(listener: socket.socket) -> int:
    n = 0
    while True:
        try:
            conn, _ = listener.accept()
        except BlockingIOError:
            return n
        conn.close()
        n += 1


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_file(env, case, tmp_path):
    e, server, base, listener = env
    path = case.make(e)
    project = tmp_path / "p.annotator"
    project.write_bytes(base.read_bytes())
    result = server.run("guarded_import:import_file", {
        "path": str(path), "project": str(project), "canaries": [CANARY, PASSWD]}, timeout=case.timeout)
    assert not result.timed_out, "the reader blocked: it opened the named pipe, or never finished"
    assert result.exception is None, result.exception
    out = {**result.lines[-1], "path": str(path)}
    outcome = out["errors"][0] if out["errors"] else f"{len(out['docs'])} document(s) read"
    print(f"\n{case.name}: peak {result.maxrss_kb // 1024} MB; {outcome}")
    assert result.maxrss_kb < MEMORY_LIMIT_KB, f"peak memory {result.maxrss_kb // 1024} MB"
    assert connections(listener) == 0, "a reader connected to the network"
    assert out["sockets"] == []
    assert out["stray_opens"] == [], "a reader opened a file the person did not open"
    assert out["leaked"] == []
    assert out["non_items"] == []
    for message in out["errors"]:
        assert message.startswith(f"{path}") and "\n" not in message and "Traceback" not in message
    assert out["after"] == out["before"] + out["added"]  # the project gains only what was read
    if case.expect == "refused":
        assert out["errors"] and not out["docs"] and out["added"] == 0
        assert len(out["errors"]) == 1
    else:
        assert out["docs"]
        if case.check:
            case.check(out)
