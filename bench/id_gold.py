"""The Indonesian development gold set (``tests/data/gold/id-dev.jsonl``): load, check, render, draft.

One JSON object per article, offsets only (the publishers' text stays in ``../shared/data``)::

    {"file": "id-more/07-….txt", "sha256": "<of the UTF-8 text>",
     "layers": ["segments", "quotes", "entities"],        # the layers annotated by hand in this record
     "segments": [[start, end, "BOILERPLATE"], …],         # BOILERPLATE and CAPTION
     "quotes": [[start, end, "Canonical Speaker"], …],     # direct quotes: the text inside the marks
     "entities": [[start, end, "PERSON"], …]}

A layer not listed in ``layers`` was not annotated in that record and is not scored.
``docs/guideline.md`` is the guideline the annotations follow.

    .venv/bin/python bench/id_gold.py render FILE [FILE …]   # the text with the gold marks, for review
    .venv/bin/python bench/id_gold.py draft OUT.jsonl        # the detectors' output as a draft to correct
    .venv/bin/python bench/id_gold.py apply DRAFT EDITS_DIR OUT.jsonl  # a draft plus hand corrections

Render marks: ``⟦B …⟧`` boilerplate, ``⟦C …⟧`` caption, ``«…»{Speaker}`` a direct quote, ``[…|PER]`` an entity.

Hand corrections (``apply``), one file per article named like the article (``id-more/07-….txt`` →
``EDITS_DIR/id-more/07-….txt``), one command a line; ``TEXT`` is a literal piece of the article, ``TEXT#2``
its second occurrence:

    layers segments quotes entities      the layers this record vouches for
    +B TEXT / +C TEXT                    add a BOILERPLATE / CAPTION span over TEXT
    -B TEXT                              cut TEXT out of the segment spans
    B.. FROM .. TO                       a BOILERPLATE span from FROM to the end of TO
    S PREFIX | Speaker                   the quote starting at PREFIX gets this speaker ("-" = unknown)
    +Q TEXT | Speaker                    add a direct quote
    -Q PREFIX                            drop the quote starting at PREFIX
    +E LABEL TEXT / -E TEXT              add / drop an entity (dropping also removes overlapping ones);
                                         "+E LABEL NAME@CONTEXT" adds NAME where it stands inside CONTEXT
    =E LABEL TEXT                        every entity whose text is TEXT gets LABEL ("-": is dropped)
    +E* LABEL TEXT / -E* TEXT            add TEXT as LABEL at every occurrence on token boundaries outside
                                         boilerplate and longer entities / drop every entity overlapping an
                                         occurrence of TEXT
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# ``../shared/data`` beside the checkout (a worktree under ``wt/`` finds it one level higher)
DATA = next((p / "shared" / "data" / "articles" for p in (ROOT.parent, ROOT.parent.parent)
             if (p / "shared" / "data" / "articles").is_dir()), ROOT.parent / "shared" / "data" / "articles")
GOLD = ROOT / "tests" / "data" / "gold" / "id-dev.jsonl"
FOLDERS = ("id", "id-more")
SEGMENT_LABELS = ("BOILERPLATE", "CAPTION")
ENTITY_LABELS = ("PERSON", "ORG", "LOC", "DATE")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_text(rec: dict, data: Path = DATA) -> str:
    """The article's text, checked against the record's hash (a changed file would shift every offset)."""
    text = (data / rec["file"]).read_text(encoding="utf-8")
    if sha256(text) != rec["sha256"]:
        raise ValueError(f"{rec['file']}: the text changed since it was annotated (sha256 differs)")
    return text


def articles(data: Path = DATA) -> list[tuple[str, str]]:
    """(relative file name, text) of every article of the gold folders, in order."""
    out = []
    for folder in FOLDERS:
        for path in sorted((data / folder).glob("*.txt")):
            out.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8")))
    return out


def dump(records: list[dict], path: Path) -> None:
    lines = [json.dumps(rec, ensure_ascii=False, separators=(",", ":")) for rec in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---- rendering ------------------------------------------------------------------------------------
def render(rec: dict, text: str) -> str:
    marks: list[tuple[int, int, str]] = []  # (offset, order, mark): closing marks before opening ones
    for s, e, label in rec.get("segments", []):
        marks += [(s, 1, f"⟦{label[0]} "), (e, 0, "⟧")]
    for s, e, speaker in rec.get("quotes", []):
        marks += [(s, 2, "«"), (e, 0, f"»{{{speaker or '-'}}}")]
    for s, e, label in rec.get("entities", []):
        marks += [(s, 3, "["), (e, 0, f"|{label[:3]}]")]
    out, pos = [], 0
    for off, _, mark in sorted(marks):
        out.append(text[pos:off])
        out.append(mark)
        pos = off
    out.append(text[pos:])
    return "".join(out)


# ---- drafting and corrections ---------------------------------------------------------------------
def draft(data: Path = DATA) -> list[dict]:
    """The detectors' output on every article, in the gold format (nothing vouched for yet)."""
    from annotator.core.model import Document
    from annotator.detect.pipeline import Pipeline
    from annotator.detect.segments import corpus_evidence

    pipeline = Pipeline()
    old = {r["text"]: r for r in load(ROOT / "tests" / "data" / "gold" / "segments-id.jsonl")}
    records = []
    for folder in FOLDERS:
        docs = [Document(text=(p.read_text(encoding="utf-8")), meta={"source": str(p)})
                for p in sorted((data / folder).glob("*.txt"))]
        evidence = corpus_evidence(docs)
        for doc in docs:
            spans = pipeline.run(doc, evidence).spans
            segments = [[s.start, s.end, s.label] for s in spans if s.layer == "segments" and s.label in SEGMENT_LABELS]
            if doc.text in old:  # the older segments gold of 18 articles: its hand-made spans, not the detector's
                segments = [[s["start"], s["end"], s["label"]] for s in old[doc.text]["spans"]
                            if s["label"] in SEGMENT_LABELS]
            records.append({
                "file": f"{folder}/{Path(doc.meta['source']).name}", "sha256": sha256(doc.text), "layers": [],
                "segments": segments,
                "quotes": [[s.start, s.end, s.attrs.get("speaker")] for s in spans
                           if s.layer == "quotes" and s.label == "QUOTE" and s.attrs.get("direct")],
                "entities": [[s.start, s.end, s.label] for s in spans
                             if s.layer == "entities" and s.label in ENTITY_LABELS],
            })
    return records


def _find(text: str, piece: str) -> tuple[int, int]:
    nth = 1
    if "#" in piece and piece.rsplit("#", 1)[1].isdigit():
        piece, n = piece.rsplit("#", 1)
        nth = int(n)
    pattern = re.compile(r"\s+".join(re.escape(word) for word in piece.split(" ")))  # any space matches a space
    found = list(pattern.finditer(text))
    if len(found) < nth:
        raise ValueError(f"not found: {piece!r} (occurrence {nth})")
    return found[nth - 1].start(), found[nth - 1].end()


def _cut(spans: list[list], start: int, end: int) -> list[list]:
    out = []
    for s, e, label in spans:
        if e <= start or s >= end:
            out.append([s, e, label])
            continue
        if s < start:
            out.append([s, start, label])
        if e > end:
            out.append([end, e, label])
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _occurrences(text: str, piece: str) -> list[tuple[int, int]]:
    """Every occurrence of PIECE (any space matching a space) that starts and ends on token boundaries."""
    from annotator.core.tokenize import tokenize

    tokens = tokenize(text)
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    pattern = re.compile(r"\s+".join(re.escape(word) for word in piece.split(" ")))
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.start() in starts and m.end() in ends]


def apply_edits(rec: dict, text: str, edits: str) -> dict:
    rec = {**rec, "segments": [list(x) for x in rec["segments"]], "quotes": [list(x) for x in rec["quotes"]],
           "entities": [list(x) for x in rec["entities"]]}
    for raw in edits.splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("//"):
            continue
        cmd, _, arg = line.partition(" ")
        if cmd == "layers":
            rec["layers"] = arg.split()
        elif cmd in ("+B", "+C"):
            s, e = _find(text, arg)
            label = "BOILERPLATE" if cmd == "+B" else "CAPTION"
            rec["segments"] = _cut(rec["segments"], s, e) + [[*_trim(text, s, e), label]]
        elif cmd == "-B":
            s, e = _find(text, arg)
            rec["segments"] = _cut(rec["segments"], s, e)
        elif cmd == "B..":
            first, _, last = arg.partition(" .. ")
            s, _ = _find(text, first)
            _, le = _find(text[s:], last)
            rec["segments"] = _cut(rec["segments"], s, s + le) + [[*_trim(text, s, s + le), "BOILERPLATE"]]
        elif cmd in ("S", "-Q"):
            prefix, _, speaker = arg.partition(" | ")
            s, _ = _find(text, prefix)
            hit = [q for q in rec["quotes"] if q[0] == s]
            if not hit:
                raise ValueError(f"no quote starts at {prefix!r}")
            if cmd == "-Q":
                rec["quotes"].remove(hit[0])
            else:
                hit[0][2] = None if speaker.strip() == "-" else speaker.strip()
        elif cmd == "+Q":
            piece, _, speaker = arg.partition(" | ")
            s, e = _find(text, piece)
            rec["quotes"] = [q for q in rec["quotes"] if q[1] <= s or q[0] >= e]
            rec["quotes"].append([s, e, None if speaker.strip() in ("", "-") else speaker.strip()])
        elif cmd == "+E":  # "+E PERSON David@kata David kepadaTempo": David, found inside that context
            label, _, piece = arg.partition(" ")
            if "@" in piece and not piece.startswith("@"):
                sub, _, context = piece.partition("@")
                cs, ce = _find(text, context)
                s = text.index(sub, cs, ce)
                e = s + len(sub)
            else:
                s, e = _find(text, piece)
            rec["entities"] = [x for x in rec["entities"] if x[1] <= s or x[0] >= e] + [[s, e, label]]
        elif cmd == "+E*":
            label, _, piece = arg.partition(" ")
            boilerplate = [(s, e) for s, e, seg in rec["segments"] if seg == "BOILERPLATE"]
            hits = [(s, e) for s, e in _occurrences(text, piece)
                    if not any(bs < e and s < be for bs, be in boilerplate)]
            if not hits:
                raise ValueError(f"not found on token boundaries: {piece!r}")
            for s, e in hits:  # an occurrence inside a longer entity stays part of it
                if not any(x[0] <= s and e <= x[1] and x[1] - x[0] > e - s for x in rec["entities"]):
                    rec["entities"] = [x for x in rec["entities"] if x[1] <= s or x[0] >= e] + [[s, e, label]]
        elif cmd == "-E*":
            hits = _occurrences(text, arg)
            if not hits:
                raise ValueError(f"not found on token boundaries: {arg!r}")
            rec["entities"] = [x for x in rec["entities"] if not any(x[0] < e and s < x[1] for s, e in hits)]
        elif cmd == "-E":
            s, e = _find(text, arg)
            rec["entities"] = [x for x in rec["entities"] if x[1] <= s or x[0] >= e]
        elif cmd == "=E":  # every entity whose text is TEXT gets LABEL ("-": none of them is an entity)
            label, _, piece = arg.partition(" ")
            rec["entities"] = [x if text[x[0]:x[1]] != piece else [x[0], x[1], label] for x in rec["entities"]
                               if text[x[0]:x[1]] != piece or label != "-"]
        else:
            raise ValueError(f"unknown command: {line!r}")
    boilerplate = [(s, e) for s, e, label in rec["segments"] if label == "BOILERPLATE"]
    rec["entities"] = [x for x in rec["entities"] if x[2] != "DATE"  # DATE is not in the gold (docs/guideline.md)
                       and not any(s < x[1] and x[0] < e for s, e in boilerplate)]
    rec["quotes"] = [x for x in rec["quotes"] if not any(s <= x[0] < e for s, e in boilerplate)]
    for key in ("segments", "quotes", "entities"):
        rec[key] = sorted((x for x in rec[key] if x[1] > x[0]), key=lambda x: (x[0], x[1]))
    return rec


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("render", help="print the text of articles with their gold marks")
    r.add_argument("files", nargs="*", help="article names as in the gold (default: all)")
    r.add_argument("--gold", type=Path, default=GOLD)
    d = sub.add_parser("draft", help="write the detectors' output as a draft gold")
    d.add_argument("out", type=Path)
    a = sub.add_parser("apply", help="a draft plus hand corrections")
    a.add_argument("draft", type=Path)
    a.add_argument("edits", type=Path)
    a.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "render":
        for rec in load(args.gold):
            if args.files and not any(rec["file"].endswith(f) for f in args.files):
                continue
            print(f"===== {rec['file']} (layers: {' '.join(rec['layers']) or '-'})")
            print(render(rec, article_text(rec)))
    elif args.cmd == "draft":
        dump(draft(), args.out)
    else:
        out = []
        for rec in load(args.draft):
            path = args.edits / rec["file"]
            if path.is_file():
                rec = apply_edits(rec, article_text(rec), path.read_text(encoding="utf-8"))
            out.append(rec)
        dump(out, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
