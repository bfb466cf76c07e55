"""The suggestion merge on one big document, beside a same-run baseline.

    .venv/bin/python bench/merge_rows.py [--spans 100000]

A 4 MB text made of real articles (bench/corpus.py) carries 10,000 kept (accepted) entity spans; detection
brings ``--spans`` suggestions over the whole text in three layers, a tenth of them on or across a kept span.
``merge_suggestions`` decides which to add; the baseline is sorting the same spans once, the floor of any
merge that is O(n log n).  The merge is also timed at a tenth of the spans: its time per span must stay flat
(it was quadratic: 47,000 suggestions took half an hour).
"""

from __future__ import annotations

import argparse
import random
import time

from common import Row, ms, print_table, ratio

from corpus import article

from annotator.core.merge import merge_suggestions
from annotator.core.model import Span, trusted_span

TEXT_BYTES = 4_000_000
LAYERS = ("entities", "quotes", "segments")


def big_text() -> str:
    rng = random.Random(4)
    parts: list[str] = []
    size = 0
    while size < TEXT_BYTES:
        parts.append(article(len(parts), rng))
        size += len(parts[-1].encode("utf-8")) + 2
    return "\n\n".join(parts)


def spans(n_text: int, n: int, seed: int) -> tuple[list[Span], list[Span]]:
    """10,000 kept entity spans (a tenth as many for a tenth of the suggestions) and ``n`` suggestions."""
    rng = random.Random(seed)
    n_kept = max(1, n // 10)
    step = n_text // n_kept
    kept = [trusted_span(f"k{i}", i * step, i * step + 12, "PERSON", "entities", "user", "accepted", None, {})
            for i in range(n_kept)]
    new = []
    for i in range(n):
        layer = LAYERS[i % 3]
        start = rng.randrange(0, n_text - 40) if i % 10 else (i // 10) * step + rng.choice((0, 4))
        new.append(trusted_span(f"s{i}", start, start + rng.randrange(4, 30), "ORG", layer, "detector:bench",
                                "suggested", 0.9, {}))
    return kept, new


def best(f, reps: int = 3) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def rows(n: int = 100_000) -> list[Row]:
    text = big_text()
    kept, new = spans(len(text), n, 1)
    small_kept, small_new = spans(len(text), n // 10, 2)
    ours = best(lambda: merge_suggestions(kept, set(), new, []))
    base = best(lambda: sorted(kept + new, key=lambda s: (s.layer, s.start, s.end)))
    small = best(lambda: merge_suggestions(small_kept, set(), small_new, []))
    per_span, per_small = ours / n, small / (n // 10)
    return [Row(f"suggestion merge: {len(text.encode()) / 1e6:.1f} MB document, {n:,} suggestions over "
                f"{len(kept):,} kept spans",
                f"{ms(ours)} ({per_span * 1e6:.1f} µs per span; {per_small * 1e6:.1f} µs at {n // 10:,})",
                f"{ms(base)} sorting the same spans once", ratio(ours, base),
                "O(n log n): µs per span ≤ 2× that at a tenth",
                "met" if per_span <= 2 * per_small else "missed")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--spans", type=int, default=100_000)
    args = parser.parse_args()
    print_table(rows(args.spans), "suggestion merge")


if __name__ == "__main__":
    main()
