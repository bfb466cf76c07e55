"""Whole-pipeline throughput on typical news articles, one core.

Runs every detector registered in ``annotator.detect.pipeline`` (language,
segments, entities, quotes, whatever is registered at the time) through
``detect_all(..., jobs=1)`` – the path ``annotator detect --jobs 1`` takes,
corpus evidence included – over the real Indonesian articles in
``../shared/data/articles/id`` (repeated to get a stable timing), and prints
articles per second per core with the time each detector takes.  The
tokenizer alone over the same texts is printed beside it as the floor any
annotation pass pays.  Aim: 20 articles/s per core on ~4 KB articles.

    .venv/bin/python bench/pipeline_throughput.py [--rounds N] [--data DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.model import Document  # noqa: E402
from annotator.core.tokenize import tokenize  # noqa: E402
from annotator.detect.pipeline import Pipeline  # noqa: E402
from annotator.detect.runner import detect_all  # noqa: E402
from annotator.detect.segments import corpus_evidence  # noqa: E402
from annotator.io.readers import read_paths  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


class _Timed:
    """Wraps a detector's ``detect`` to add up its time."""

    def __init__(self, detector, totals: dict[str, float]):
        self.detector, self.totals = detector, totals
        self.name = detector.name

    def __call__(self, doc, ctx):
        t0 = time.process_time()
        try:
            return self._detect(doc, ctx)
        finally:
            self.totals[self.name] += time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="passes over the articles (default 5)")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    folder = args.data / "articles" / "id"
    base = [d for d in read_paths([str(folder)]) if isinstance(d, Document)]
    if not base:
        print(f"no articles in {folder}")
        return 1
    # each round gets its own ids/sources so nothing is cached across rounds
    docs = [Document(text=d.text, meta={**d.meta, "source": f"{d.meta['source']}#{r}"})
            for r in range(args.rounds) for d in base]
    sizes = [len(d.text.encode("utf-8")) for d in base]

    Pipeline().run(base[0])  # import and load the models outside the timing
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(1 for _ in detect_all(iter(docs), jobs=1))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0

    # the same work again, one detector at a time, for the breakdown
    totals: dict[str, float] = defaultdict(float)
    pipeline = Pipeline()
    for det in pipeline.detectors:
        timed = _Timed(det, totals)
        timed._detect = det.detect
        det.detect = timed
    evidence = corpus_evidence(docs)
    for d in docs:
        pipeline.run(d, evidence)

    t1 = time.process_time()
    for d in docs:
        tokenize(d.text)
    tok_cpu = time.process_time() - t1

    print(f"{n} articles ({len(base)} real Indonesian articles x {args.rounds} rounds), "
          f"size mean {statistics.mean(sizes) / 1024:.1f} KB, median {statistics.median(sizes) / 1024:.1f} KB")
    print(f"detectors: {', '.join(d.name for d in pipeline.detectors)}")
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    print(f"  whole pipeline (detect_all, jobs=1): {n / cpu:7.1f} articles/s per core (CPU time; "
          f"wall {n / wall:.1f}/s); {kb / cpu / 4:.1f} 4-KB articles/s   aim: 20")
    print(f"  baseline, tokenizer alone:           {n / tok_cpu:7.1f} articles/s per core")
    print("  CPU time per article by detector:")
    for name, secs in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"    {name:10} {secs / n * 1000:7.2f} ms")
    print(f"    {'total':10} {cpu / n * 1000:7.2f} ms   (detect_all: detectors, corpus evidence, merging)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
