"""Detection on scraped text that lost its line breaks: the Indonesian gold (``bench/id_gold_eval.py``) glued.

Scrapers often drop paragraph breaks, so a "Baca Juga: HEADLINE" teaser or a promo ends up inside a body line
(``…Rabu (4/6/2025).Baca Juga: Harga Cabai Naik Jelang LebaranMenurut dia, …``). This bench measures that
phenomenon rather than the development layouts: each article of ``tests/data/gold/id-dev.jsonl`` is rewritten
with every run of whitespace that holds a line break replaced by

- ``glued``: nothing (``…(4/6/2025).Baca Juga: …``),
- ``1 space`` / ``2 spaces``: one or two spaces,
- ``mixed``: per break, chosen at random (seeded by the article's hash) among nothing, one space, two spaces and
  the original break,

the gold offsets are mapped exactly onto each variant, and the pipeline runs as in ``bench/id_gold_eval.py``:
each folder one batch with its corpus evidence (``batch``), and each article alone without corpus evidence, as a
single unseen document (``alone``). Printed per variant beside the original text: boilerplate character P/R/F1
(BOILERPLATE+CAPTION, whitespace not counted), direct-quote F1, speaker accuracy and entity P/R/F1 (exact, PERSON,
ORG and LOC), for all articles and the development and held-out splits of ``id_gold_eval.held_out``.
``--failures`` lists the boilerplate misses of the development split, ``--entity-failures`` its entity misses (the
held-out split's are never listed: it is not tuned on); ``--development`` prints the development rows only.

    .venv/bin/python bench/glued_eval.py [--data ../shared/data/articles] [--variant glued] [--failures]
        [--entity-failures] [--development]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from id_gold import DATA, FOLDERS, GOLD, SEGMENT_LABELS, article_text, load  # noqa: E402
from id_gold_eval import Tally, held_out, score  # noqa: E402

from annotator.core.model import Document, Span  # noqa: E402
from annotator.detect.pipeline import Pipeline  # noqa: E402
from annotator.detect.segments import corpus_evidence  # noqa: E402

_BREAK = regex.compile(r"[ \t\r\f\v\u00a0]*\n\s*")

Joiner = Callable[[str, random.Random], str]
VARIANTS: dict[str, Joiner] = {
    "original": lambda brk, rng: brk,
    "glued": lambda brk, rng: "",
    "1 space": lambda brk, rng: " ",
    "2 spaces": lambda brk, rng: "  ",
    "mixed": lambda brk, rng: rng.choice(("", " ", "  ", brk)),
}


def perturb(text: str, join: Joiner, seed: str) -> tuple[str, list[int]]:
    """The text with each whitespace run holding a line break replaced by ``join(run, rng)``, and the map of
    every offset of the original (``len(text) + 1`` entries) to the new text; a removed character maps to
    where its replacement starts."""
    rng = random.Random(seed)
    out: list[str] = []
    where: list[int] = []
    pos = new = 0
    for m in _BREAK.finditer(text):
        out.append(text[pos:m.start()])
        where.extend(range(new, new + m.start() - pos))
        new += m.start() - pos
        repl = join(m.group(), rng)
        out.append(repl)
        if repl == m.group():
            where.extend(range(new, new + len(repl)))
        else:
            where.extend([new] * (m.end() - m.start()))
        new += len(repl)
        pos = m.end()
    out.append(text[pos:])
    where.extend(range(new, new + len(text) - pos + 1))
    return "".join(out), where


def remap(rec: dict, where: list[int]) -> dict:
    """The gold record with its offsets moved onto the perturbed text (labels and speakers unchanged)."""
    moved = dict(rec)
    for layer in ("segments", "quotes", "entities"):
        moved[layer] = [[where[s], where[e], v] for s, e, v in rec.get(layer, [])]
    return moved


def run(data: Path, records: list[dict], variant: str, corpus: bool) -> dict[str, tuple[dict, str, list[Span]]]:
    """Per gold file: the moved record, the perturbed text and the pipeline's spans on it."""
    pipeline = Pipeline()
    by_file = {r["file"]: r for r in records}
    out: dict[str, tuple[dict, str, list[Span]]] = {}
    for folder in FOLDERS:
        paths = sorted((data / folder).glob("*.txt"))
        docs, moved = [], []
        for p in paths:
            name = f"{folder}/{p.name}"
            rec = by_file.get(name)
            original = article_text(rec, data) if rec else p.read_text(encoding="utf-8")
            text, where = perturb(original, VARIANTS[variant], name)
            docs.append(Document(text=text, meta={"source": str(p)}))
            moved.append((name, remap(rec, where) if rec else None))
        evidence = corpus_evidence(docs) if corpus else None
        for doc, (name, rec) in zip(docs, moved):
            if rec is not None:
                out[name] = (rec, doc.text, pipeline.run(doc, evidence).spans)
    return out


def tallies(results: dict[str, tuple[dict, str, list[Span]]], failures: list[str] | None = None,
            entity_failures: list[str] | None = None) -> dict[str, Tally]:
    out = {k: Tally() for k in ("all", "development", "held-out")}
    for rec, text, found in results.values():
        dev = not held_out(rec)
        misses: list[str] | None = [] if entity_failures is not None and dev else None
        t = score(rec, text, found, misses)
        out["all"].add(t)
        out["development" if dev else "held-out"].add(t)
        if failures is not None and dev:
            failures.extend(_bp_failures(rec, text, found))
        if entity_failures is not None and misses:
            entity_failures.extend(line for line in misses if ": entity " in line)
    return out


def _bp_failures(rec: dict, text: str, found: list[Span]) -> list[str]:
    """Each run of wrongly marked or missed boilerplate characters of one article, with its text."""
    gold = {i for s, e, label in rec["segments"] if label in SEGMENT_LABELS for i in range(s, e)}
    pred = {i for s in found if s.layer == "segments" and s.label in SEGMENT_LABELS for i in range(s.start, s.end)}
    lines = []
    for what, chars in (("too many", pred - gold), ("missed", gold - pred)):
        runs: list[list[int]] = []
        for i in sorted(chars):
            if runs and i <= runs[-1][1] + 1:
                runs[-1][1] = i
            else:
                runs.append([i, i])
        for s, e in runs:
            piece = text[s:e + 1]
            if piece.strip():
                shown = piece if len(piece) <= 150 else piece[:70] + " … " + piece[-70:]
                lines.append(f"{rec['file']}: {what} {len(piece.strip())} «{shown}»")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help=f"the article folders (default {DATA})")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--variant", action="append", choices=list(VARIANTS)[1:],
                    help="only these perturbations (repeatable; default all)")
    ap.add_argument("--failures", action="store_true",
                    help="list the boilerplate misses on the development split of each variant (batch runs)")
    ap.add_argument("--entity-failures", action="store_true",
                    help="list the entity misses on the development split of each variant (batch runs)")
    ap.add_argument("--development", action="store_true", help="print the development split's rows only")
    args = ap.parse_args(argv)
    records = load(args.gold)
    variants = ["original", *(args.variant or list(VARIANTS)[1:])]
    print(f"Glued scraped text: {len(records)} articles of {args.gold.relative_to(ROOT)}, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"  {'split':12} {'variant':9} {'mode':6} {'boilerplate chars':>20}   {'quote F1':>8} {'speaker':>8}   "
          f"{'entities (exact)':>20}")
    print(f"  {'':12} {'':9} {'':6} {'P':>6} {'R':>6} {'F1':>6}   {'':>8} {'':>8}   {'P':>6} {'R':>6} {'F1':>6}")
    splits = ("development",) if args.development else ("all", "development", "held-out")
    rows: dict[str, list[str]] = {k: [] for k in splits}
    failures: dict[tuple[str, str], list[str]] = {}
    for variant in variants:
        for corpus in (True, False):
            mode = "batch" if corpus else "alone"
            fails: list[str] | None = [] if args.failures and corpus and variant != "original" else None
            ent_fails: list[str] | None = [] if args.entity_failures and corpus else None
            for split, t in tallies(run(args.data, records, variant, corpus), fails, ent_fails).items():
                if split not in rows:
                    continue
                bp, q, ent = Tally.prf(*t.bp), Tally.prf(*t.q), Tally.prf(*t.ent)
                spk = t.spk[0] / t.spk[1] if t.spk[1] else 0.0
                rows[split].append(f"  {split:12} {variant:9} {mode:6} {bp[0]:6.3f} {bp[1]:6.3f} {bp[2]:6.3f}   "
                                   f"{q[2]:8.3f} {spk:8.3f}   {ent[0]:6.3f} {ent[1]:6.3f} {ent[2]:6.3f}")
            if fails is not None:
                failures[("Boilerplate", variant)] = fails
            if ent_fails is not None:
                failures[("Entity", variant)] = ent_fails
    for split in rows:
        print("\n".join(rows[split]))
    for (what, variant), lines in failures.items():
        print(f"\n{what} misses on the development split, {variant} (batch):")
        for line in lines:
            print("  " + line)
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
