"""`annotator detect` on 1,000 news pages, one core and all cores, beside trafilatura on the same pages.

    .venv/bin/python bench/detect_rows.py [--pages 1000] [--lengths-only]

The pages are the 148 ScrapingHub pages with gold article bodies and the 5
detik.com pages in ../shared/data, copied until there are --pages files (each
copy carries a distinct comment, so no two files are identical).  Ours is the
whole command (`annotator detect DIR --output OUT --jobs N`: reading, all four
detectors, writing native records) in a fresh process; trafilatura's `extract`
runs over the same files in a fresh process on one core.  F1 is the
article-body figure of bench/boilerplate_eval.py (4-token shingles, upstream
scoring) on the 148 pages with gold bodies: ours from `annotator detect` on
those pages alone (copies repeat every line of a page, which the
cross-document repetition signal rightly reads as boilerplate), trafilatura's
from its timed run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from boilerplate_eval import body_text, prf, tp_fp_fn
from common import ROOT, Row, measured, print_table

DATA = ROOT.parent / "shared" / "data"

TRAFILATURA = """
import sys, time, json
from pathlib import Path
import trafilatura
files = sorted(Path(sys.argv[1]).glob("*.html"))
trafilatura.extract(files[0].read_bytes())  # imports and compiled patterns outside the timing
t, c = time.perf_counter(), time.process_time()
bodies = {}
for f in files:
    bodies[f.name] = trafilatura.extract(f.read_bytes()) or ""
seconds, cpu = time.perf_counter() - t, time.process_time() - c
Path(sys.argv[2]).write_text(json.dumps({k: v for k, v in bodies.items() if k.startswith("c0000-")}))
result = {"seconds": seconds, "cpu": cpu, "pages": len(files)}
"""


def make_pages(folder: Path, n: int) -> dict[str, str]:
    """Write ``n`` pages; returns {file name: gold body} for the copies with gold."""
    src = DATA / "boilerplate" / "en"
    gold = json.loads((src / "ground_truth.json").read_text(encoding="utf-8"))
    originals = sorted((src / "pages").glob("*.html")) + sorted((DATA / "articles" / "id-html").glob("*.html"))
    bodies = {}
    for i in range(n):
        page = originals[i % len(originals)]
        copy = i // len(originals)
        name = f"c{copy:04d}-{page.name}"
        (folder / name).write_bytes(page.read_bytes() + f"\n<!-- copy {copy} -->\n".encode())
        if copy == 0 and page.name in gold:
            bodies[name] = gold[page.name]["articleBody"]
    return bodies


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_ours(folder: Path, out: Path, jobs: int, layers: str = "entities,quotes,segments") -> tuple[float, float]:
    """Wall-clock and CPU seconds of the whole command (its start, imports and model loads included)."""
    t, c = time.perf_counter(), _children_cpu()
    run = subprocess.run([sys.executable, "-m", "annotator", "detect", str(folder), "--output", str(out),
                          "--jobs", str(jobs), "--layers", layers], capture_output=True, text=True, cwd=ROOT)
    seconds, cpu = time.perf_counter() - t, _children_cpu() - c
    if run.returncode != 0:
        raise RuntimeError(run.stderr[-2000:])
    return seconds, cpu


def our_f1(out: Path, gold: dict[str, str]) -> float:
    from annotator.core.model import Span

    scores = []
    with out.open("rb") as fh:
        for line in fh:
            rec = json.loads(line)
            name = Path(rec["meta"]["source"]).name
            if name in gold:
                spans = [Span(**{k: s[k] for k in ("start", "end", "label", "layer")}) for s in rec["spans"]]
                scores.append(tp_fp_fn(gold[name], body_text(rec["text"], spans)))
    return prf(scores)[2]


def rows(pages: int = 1000) -> list[Row]:
    from annotator.detect.runner import default_jobs

    with tempfile.TemporaryDirectory(prefix="annotator-detect-bench-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        gold = make_pages(folder, pages)
        out1, outn, traf = Path(tmp) / "one.jsonl", Path(tmp) / "all.jsonl", Path(tmp) / "traf.json"
        jobs = default_jobs()
        one_wall, one = run_ours(folder, out1, 1)
        many, _ = run_ours(folder, outn, jobs)
        structure_wall, structure = run_ours(folder, outn, 1, "segments")
        base = measured(TRAFILATURA, str(folder), str(traf))
        # F1 from the first copy of each page, detected on its own: copies of a page repeat its every line, which
        # the cross-document repetition signal rightly reads as boilerplate.
        unique = Path(tmp) / "unique"
        unique.mkdir()
        for name in gold:
            (unique / name).write_bytes((folder / name).read_bytes())
        out_u = Path(tmp) / "unique.jsonl"
        run_ours(unique, out_u, 1)
        f_ours = our_f1(out_u, gold)
        extracted = json.loads(traf.read_text())
        f_traf = prf([tp_fp_fn(gold[name], extracted.get(name, "")) for name in gold])[2]
        shutil.rmtree(folder)
    # One core: CPU time per page on both sides (on a shared machine the clock also counts the other jobs' turns);
    # the clock in brackets.  Both cores: the clock, against trafilatura's clock on one.
    per_one, per_many, per_base = one / pages, many / pages, base["cpu"] / pages
    per_structure, per_base_wall = structure / pages, base["seconds"] / pages
    note = f"F1 ours {f_ours:.3f} vs trafilatura {f_traf:.3f} on {len(gold)} pages with gold bodies"
    return [
        Row(f"`annotator detect` on {pages:,} pages, 1 core (all layers), CPU time",
            f"{per_one * 1000:.1f} ms/page (clock {one_wall / pages * 1000:.1f})",
            f"trafilatura.extract {per_base * 1000:.1f} ms/page (clock {per_base_wall * 1000:.1f})",
            f"{per_one / per_base:.2f}×", "faster than trafilatura per page; F1 printed",
            ("met" if per_one < per_base else "missed") + f"; {note}"),
        Row(f"`annotator detect` on {pages:,} pages, {jobs} cores, clock", f"{per_many * 1000:.1f} ms/page",
            f"trafilatura.extract {per_base_wall * 1000:.1f} ms/page (1 core)", f"{per_many / per_base_wall:.2f}×",
            "faster than trafilatura per page", "met" if per_many < per_base_wall else "missed"),
        Row(f"`annotator detect --layers segments` on {pages:,} pages, 1 core (the same job as trafilatura's), "
            "CPU time", f"{per_structure * 1000:.1f} ms/page (clock {structure_wall / pages * 1000:.1f})",
            f"trafilatura.extract {per_base * 1000:.1f} ms/page", f"{per_structure / per_base:.2f}×",
            "faster than trafilatura per page", "met" if per_structure < per_base else "missed"),
    ]


LENGTHS = """
import sys, time
from shared_work import article
from annotator.core.model import Document
from annotator.detect.pipeline import Pipeline
pipeline = Pipeline()
pipeline.run(Document(text=article(3000)))  # models and lexicons loaded outside the timing
result = {}
for kb in map(int, sys.argv[1].split(",")):
    doc = Document(text=article(kb * 1000))
    t = time.process_time()
    pipeline.run(doc)
    result[kb] = time.process_time() - t
"""


def length_rows(sizes: tuple[int, ...] = (10, 110, 440)) -> list[Row]:
    """All layers on one document of each size (Indonesian articles run together, as bench/shared_work.py
    cuts them), in a fresh process, CPU time: linear when the time per kB stays the same."""
    took = {int(k): v for k, v in measured(LENGTHS, ",".join(map(str, sizes))).items() if k.isdigit()}
    per_kb = {kb: took[kb] / kb for kb in sizes}
    small, large = sizes[0], sizes[-1]
    growth = per_kb[large] / per_kb[small]
    return [Row(f"all layers on one document of {' / '.join(f'{kb} kB' for kb in sizes)} (CPU time)",
                "; ".join(f"{took[kb]:.2f} s ({per_kb[kb] * 1000:.1f} ms/kB)" for kb in sizes),
                f"{per_kb[small] * 1000:.1f} ms/kB at {small} kB", f"{growth:.2f}×",
                f"ms/kB at {large} kB ≤ 1.5× that at {small} kB (linear)", "met" if growth <= 1.5 else "missed")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--lengths-only", action="store_true", help="only the time-by-text-length row")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    table = length_rows() if args.lengths_only else [*rows(args.pages), *length_rows()]
    print_table(table, f"detection (load average {load:.1f} at the start)")


if __name__ == "__main__":
    main()
