"""Peak memory of exports: 1,000 vs 100,000 documents, streamed.

Documents are generated one at a time from the real Indonesian articles
(bench/corpus.py: shuffled, cut, numbered), annotated like reviewed work:
entities on capitalised tokens, quotes between quotation marks with a SPEAKER
relation, the first line as TITLE.  Each run is a fresh process; its peak RSS
is printed beside the baseline measured in the same run: the same documents
turned into native records with ``orjson.dumps`` and written to a file, no
export machinery.  Memory that does not grow from 1k to 100k documents is
what "streams with constant memory" means.

    .venv/bin/python bench/export_memory.py                      # 1k and 100k, every format
    .venv/bin/python bench/export_memory.py --sizes 1000,20000 --formats native,spacy
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from common import Row, machine, measured, print_table, ratio

BASELINE = "orjson.dumps"
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{3,400})[\"”]")


def documents(n: int, seed: int = 0) -> Iterator:
    """``n`` annotated documents, made one at a time (nothing is kept)."""
    from corpus import article

    from annotator.core.model import Document, DocStatus, Relation, Span
    from annotator.core.tokenize import tokenize

    rng = random.Random(seed)
    labels = ("PERSON", "ORG", "LOC")
    for i in range(n):
        text = article(i, rng)
        spans, people = [], []
        first_line = text.index("\n") if "\n" in text else len(text)
        spans.append(Span(start=0, end=first_line, label="TITLE", layer="segments"))
        for k, tok in enumerate(tokenize(text)):
            if k % 9 == 0 and tok.text[:1].isupper():
                span = Span(start=tok.start, end=tok.end, label=labels[k % 3], layer="entities")
                spans.append(span)
                if span.label == "PERSON":
                    people.append(span)
        relations = []
        for m in _QUOTE.finditer(text):
            quote = Span(start=m.start(1), end=m.end(1), label="QUOTE", layer="quotes",
                         attrs={"speaker": "Gati Wibawaningsih"})
            spans.append(quote)
            speaker = next((p for p in people if p.start >= quote.end), None)
            if speaker is not None:
                relations.append(Relation(label="SPEAKER", head=quote.id, child=speaker.id))
        yield Document(id=f"b{i}", text=text, spans=spans, relations=relations, status=DocStatus.DONE,
                       meta={"source": "bench", "site": "bench"})


def run(fmt: str, n: int) -> dict:
    """One measurement (in a fresh process): export ``n`` documents."""
    import orjson

    from annotator.io.formats import SUFFIXES, export, native

    suffix = SUFFIXES.get(fmt, ".jsonl")
    with tempfile.TemporaryDirectory(prefix="export-memory-") as tmp:
        out = Path(tmp) / f"out{suffix}"
        start = time.perf_counter()
        if fmt == BASELINE:
            with open(out, "wb") as fh:
                for doc in documents(n):
                    fh.write(orjson.dumps(native.to_record(doc)) + b"\n")
        else:
            export(fmt, documents(n), out)
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
    return {"seconds": seconds, "mb_written": size / 1e6}


CHILD = "import sys\nfrom export_memory import run\nresult = run(sys.argv[1], int(sys.argv[2]))\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--formats", default="native,spacy,doccano,doccano-relations,hf,conll,labelstudio,quotes,"
                                             "boilerplate")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    formats = [x for x in args.formats.split(",") if x]
    print(f"machine: {machine()}")
    peaks: dict[tuple[str, int], float] = {}
    for n in sizes:
        for fmt in [BASELINE, *formats]:
            out = measured(CHILD, fmt, str(n))
            peaks[(fmt, n)] = out["peak_mb"]
            print(f"  {fmt:<18} {n:>7,} docs: peak {out['peak_mb']:7.1f} MB, {out['seconds']:7.1f} s, "
                  f"{out['mb_written']:8.1f} MB written", flush=True)
    small, large = sizes[0], sizes[-1]
    rows = []
    for fmt in formats:
        growth = peaks[(fmt, large)] - peaks[(fmt, small)]
        base_growth = peaks[(BASELINE, large)] - peaks[(BASELINE, small)]
        rows.append(Row(
            what=f"{fmt}: peak RSS {small:,} → {large:,} docs",
            ours=f"{peaks[(fmt, small)]:.0f} → {peaks[(fmt, large)]:.0f} MB ({growth:+.0f})",
            baseline=f"{peaks[(BASELINE, small)]:.0f} → {peaks[(BASELINE, large)]:.0f} MB ({base_growth:+.0f})",
            ratio=ratio(peaks[(fmt, large)], peaks[(BASELINE, large)]),
            aim="no growth with the corpus",
            verdict="ok" if growth < 50 else "GROWS",
        ))
    print_table(rows, f"Export peak memory, {BASELINE} of native records as the baseline")


if __name__ == "__main__":
    sys.exit(main())
