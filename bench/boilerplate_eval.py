"""Boilerplate and structure: quality figures of the segments detector.

1. English pages (``../shared/data/boilerplate/en``, ScrapingHub's article
   extraction benchmark): article-body F1 over 4-token shingles, scored the
   upstream way (tokens are ``\\w+``; true/false positives and negatives are
   normalised per page, then summed).  "Ours" is the text our pipeline leaves
   outside BOILERPLATE, TITLE, BYLINE, DATELINE and CAPTION (SUBHEADING counts
   as body: the gold bodies keep their subheadings), read with our HTML
   reader.  trafilatura (the baseline; bench extra only) extracts from the
   same bytes in the same run.  Time per page: ours = reading the HTML +
   running the pipeline; trafilatura = its ``extract``.
2. Indonesian plain text: character-level precision and recall of
   BOILERPLATE+CAPTION against the hand-annotated gold set
   ``tests/data/gold/segments-id.jsonl`` (whitespace not counted).  The
   pipeline runs over the whole article folder with corpus evidence, as
   ``annotator detect`` does.

    .venv/bin/python bench/boilerplate_eval.py [--en] [--id] [--data DIR] [--worst N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.model import Document  # noqa: E402
from annotator.detect.pipeline import Pipeline  # noqa: E402
from annotator.detect.segments import NON_BODY, corpus_evidence  # noqa: E402
from annotator.io.readers import read_paths  # noqa: E402
from annotator.io.readers.html import read_html  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
GOLD = ROOT / "tests" / "data" / "gold" / "segments-id.jsonl"
_TOKEN = re.compile(r"\w+", re.UNICODE)


# --- upstream scoring (scrapinghub/article-extraction-benchmark, evaluate.py) ---
def _shingles(text: str, n: int = 4) -> Counter:
    toks = _TOKEN.findall(text or "")
    return Counter(" ".join(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = _shingles(true), _shingles(pred)
    tp = fp = fn = 0
    for key in t.keys() | p.keys():
        a, b = t.get(key, 0), p.get(key, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    tp, fp, fn = (sum(r[i] for r in rows) for i in range(3))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def body_text(text: str, spans) -> str:
    """The text outside the non-body labels (pieces joined by newlines, so no words merge)."""
    out, pos = [], 0
    for s in sorted((s for s in spans if s.layer == "segments" and s.label in NON_BODY), key=lambda s: s.start):
        if s.start > pos:
            out.append(text[pos:s.start])
        pos = max(pos, s.end)
    out.append(text[pos:])
    return "\n".join(out)


def eval_en(data: Path, worst: int) -> None:
    import trafilatura  # the baseline: installed with the bench extra, never needed by the app

    folder = data / "boilerplate" / "en"
    gold = json.loads((folder / "ground_truth.json").read_text(encoding="utf-8"))
    pipeline = Pipeline(layers=("segments",))
    names = sorted(gold)
    pages = {n: (folder / "pages" / n).read_bytes() for n in names}
    baselines = {"trafilatura (defaults)": {}, "trafilatura (no comments, favor_precision)": {
        "include_comments": False, "favor_precision": True}}
    # warm up both (imports, regex compilation) outside the timings
    trafilatura.extract(pages[names[0]])
    pipeline.run(read_html(pages[names[0]], names[0]))
    rows: dict[str, list] = {"ours": []}
    times: dict[str, list[float]] = {"ours": []}
    per_page = []
    for name in names:
        t0 = time.perf_counter()
        doc = read_html(pages[name], name)
        found = pipeline.run(doc)
        times["ours"].append(time.perf_counter() - t0)
        ours = tp_fp_fn(gold[name]["articleBody"], body_text(doc.text, found.spans))
        rows["ours"].append(ours)
        per_page.append((ours, name))
        for label, kwargs in baselines.items():
            t0 = time.perf_counter()
            extracted = trafilatura.extract(pages[name], **kwargs) or ""
            times.setdefault(label, []).append(time.perf_counter() - t0)
            rows.setdefault(label, []).append(tp_fp_fn(gold[name]["articleBody"], extracted))
    print(f"English article bodies: {len(names)} pages of {folder} (4-token shingles, upstream scoring)")
    print(f"  {'system':44} {'precision':>9} {'recall':>7} {'F1':>6} {'ms/page mean':>13} {'median':>7}")
    for label in rows:
        p, r, f = prf(rows[label])
        ms = [t * 1000 for t in times[label]]
        print(f"  {label:44} {p:9.3f} {r:7.3f} {f:6.3f} {statistics.mean(ms):13.1f} {statistics.median(ms):7.1f}")
    if worst:
        print(f"  worst {worst} pages (ours):")
        def f1(row):
            tp, fp, fn = row[0]
            return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

        for (tp, fp, fn), name in sorted(per_page, key=f1)[:worst]:
            p = tp / (tp + fp) if tp + fp else 0
            r = tp / (tp + fn) if tp + fn else 0
            print(f"    P={p:.2f} R={r:.2f} {name}")


def _chars(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def eval_id(data: Path) -> None:
    if not GOLD.is_file():
        print(f"Indonesian gold set not found: {GOLD}")
        return
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    folder = data / "articles" / "id"
    docs = [d for d in read_paths([str(folder)]) if isinstance(d, Document)]
    evidence = corpus_evidence(docs)
    pipeline = Pipeline(layers=("segments",))
    by_text = {d.text: d for d in docs}
    labels = ("BOILERPLATE", "CAPTION", "TITLE", "BYLINE", "DATELINE", "SUBHEADING")
    tally = {k: [0, 0, 0] for k in ("BOILERPLATE+CAPTION", *labels)}  # true positive, predicted, gold chars
    per_article = []
    for rec in gold:
        text = rec["text"]
        doc = by_text.get(text) or Document(text=text, meta={"source": str(folder / rec["meta"]["file"])})
        found = pipeline.run(doc, evidence).spans
        for key in tally:
            want = key.split("+")
            g = _chars(text, [(s["start"], s["end"]) for s in rec["spans"] if s["label"] in want])
            p = _chars(text, [(s.start, s.end) for s in found if s.layer == "segments" and s.label in want])
            tally[key][0] += len(g & p)
            tally[key][1] += len(p)
            tally[key][2] += len(g)
            if key == "BOILERPLATE+CAPTION":
                per_article.append((len(g & p) / len(p) if p else 1.0, len(g & p) / len(g) if g else 1.0))
    print(f"Indonesian plain text: {len(gold)} hand-annotated articles ({GOLD.relative_to(ROOT)}), "
          f"character level, whitespace not counted")
    print(f"  {'labels':20} {'precision':>9} {'recall':>7} {'gold chars':>11}")
    for key, (tp, npred, ngold) in tally.items():
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        print(f"  {key:20} {p:9.3f} {r:7.3f} {ngold:11,}")
    print(f"  BOILERPLATE+CAPTION averaged per article: precision "
          f"{statistics.mean(p for p, _ in per_article):.3f}, recall {statistics.mean(r for _, r in per_article):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--en", action="store_true", help="English pages only")
    ap.add_argument("--id", action="store_true", help="Indonesian gold set only")
    ap.add_argument("--data", type=Path, default=DATA, help=f"development data (default {DATA})")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst English pages")
    args = ap.parse_args(argv)
    both = not (args.en or args.id)
    if args.en or both:
        eval_en(args.data, args.worst)
    if args.id or both:
        eval_id(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
