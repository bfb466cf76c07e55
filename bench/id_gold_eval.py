"""Detection on the Indonesian development gold set (``tests/data/gold/id-dev.jsonl``, ``docs/guideline.md``).

Runs the whole pipeline over ``../shared/data/articles/{id,id-more}`` (each folder one batch with its corpus
evidence, as ``annotator detect FOLDER`` does) and prints, for the articles whose record vouches for the layer:

- **boilerplate**: character-level precision / recall / F1 of BOILERPLATE+CAPTION (whitespace not counted);
- **direct quotes**: precision / recall / F1 of QUOTE spans with ``direct: true``; a prediction matches a gold quote
  when they share at least half of the longer one's characters (one to one);
- **speaker accuracy**: over matched quotes whose gold speaker is known, the predicted ``speaker`` equals the gold
  canonical name (case, punctuation, spaces and leading titles such as "Pak", "dr." or "Kombes" ignored);
- **entities**: exact-match precision / recall / F1 of PERSON, ORG and LOC (DATE is not in the gold).

Rows: all articles; the held-out split (8 articles chosen by the text's hash, never looked at while changing the
detectors) and the rest; the 9 articles opened in session 5 (the other half of the quarter held out in sessions 3
and 4, whose failures were first read then; they are part of the development split) and that whole quarter, for
comparison with the figures of sessions 3 and 4; the mean and spread over five hash folds; the 18 articles of the
older segments gold (``tests/data/gold/segments-id.jsonl``); and the 13 articles whose entities were annotated
first (the whole entity gold until the third session).

``--missed-names K`` feeds the quote detector an entity layer without one PERSON name in K (1: none at all), the
robustness of speakers to the entity detector's misses on unseen text. ``--entity-noise RATE --seed S`` feeds it
an entity layer with the errors the entity detector makes on unseen text, seeded: each PERSON span, with
probability RATE, is relabelled LOC or ORG, cut or extended by one token, or dropped; and a capitalised word no
entity covers (an acronym, a sentence's first word, a place) becomes a PERSON with probability RATE / 2.
``--relabelled-names K`` labels one PERSON name in K (all its mentions, as one-label-per-name spreads a wrong label)
LOC or ORG. ``--run-on RATE --seed S`` runs each PERSON span on, with probability RATE, over the full stop after it
and the next sentence's first word, or over the organisation named right before it: the extents an entity detector
gets wrong on broken scraped text. ``--development-only`` scores the development split alone (its row and the opened
9's; no held-out row, no "all" row or folds that would hold it, nor the old-set rows, which would hold only their
development part): for runs compared while the detectors are being changed. ``--new-names SEED`` renames every
person with invented words of the same length (``bench/new_names.py``): how much of the figures rests on names the
detectors already know.

    .venv/bin/python bench/id_gold_eval.py [--data ../shared/data/articles] [--failures] [--missed-names K]
        [--entity-noise RATE [--seed S]] [--run-on RATE [--seed S]] [--relabelled-names K] [--new-names SEED]
        [--development-only]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import zlib
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from id_gold import DATA, FOLDERS, GOLD, SEGMENT_LABELS, article_text, load  # noqa: E402
from new_names import renamed  # noqa: E402

from annotator.core.labels import ENTITIES, LOC, ORG, PERSON  # noqa: E402
from annotator.core.model import Document, Span  # noqa: E402
from annotator.core.tokenize import tokenize  # noqa: E402
from annotator.detect.base import Context, Suggestions  # noqa: E402
from annotator.detect.pipeline import Pipeline  # noqa: E402
from annotator.detect.quotes.detector import QuoteDetector  # noqa: E402
from annotator.detect.segments import corpus_evidence  # noqa: E402

ENTITY_LABELS = ("PERSON", "ORG", "LOC")
OLD_GOLD = ROOT / "tests" / "data" / "gold" / "segments-id.jsonl"
FIRST_ENTITIES = frozenset(  # the articles of the first entity gold, kept as a row for comparison
    f"{folder}/{n}-" for folder, numbers in (("id", "00 01 03 05 12 16 20 24 27"), ("id-more", "07 13 33 44"))
    for n in numbers.split())
_TITLES = {line.strip().rstrip(".").lower() for line in
           (ROOT / "resources" / "gazetteers" / "person-titles.txt").read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")}


def first_quarter(rec: dict) -> bool:
    """The held-out quarter of sessions 3 and 4 (17 articles): opened half, kept half."""
    return int(rec["sha256"][:8], 16) % 4 == 0


def held_out(rec: dict) -> bool:
    """The half of the first quarter still held out (8 articles); never looked at, never tuned on."""
    return first_quarter(rec) and int(rec["sha256"][16:24], 16) % 2 == 1


def opened(rec: dict) -> bool:
    """The half of the first quarter opened for failure reading in session 5 (9 articles), now development."""
    return first_quarter(rec) and not held_out(rec)


def fold(rec: dict, k: int = 5) -> int:
    return int(rec["sha256"][8:16], 16) % k


def norm_name(name: str | None) -> str:
    words = regex.findall(r"[\p{L}\p{N}]+", (name or "").lower())
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return "".join(words)


@dataclass
class Tally:
    bp: list[int] = field(default_factory=lambda: [0, 0, 0])  # true positive, predicted, gold characters
    q: list[int] = field(default_factory=lambda: [0, 0, 0])  # matched, predicted, gold quotes
    spk: list[int] = field(default_factory=lambda: [0, 0])  # right, scored
    ent: list[int] = field(default_factory=lambda: [0, 0, 0])
    docs: dict[str, int] = field(default_factory=lambda: {"segments": 0, "quotes": 0, "entities": 0})

    def add(self, other: Tally) -> None:
        for a, b in ((self.bp, other.bp), (self.q, other.q), (self.spk, other.spk), (self.ent, other.ent)):
            for i, v in enumerate(b):
                a[i] += v
        for k, v in other.docs.items():
            self.docs[k] += v

    @staticmethod
    def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def figures(self) -> dict[str, float | None]:
        """F1s and speaker accuracy; None for a layer no article of this tally vouches for."""
        return {"bp": self.prf(*self.bp)[2] if self.docs["segments"] else None,
                "q": self.prf(*self.q)[2] if self.docs["quotes"] else None,
                "spk": self.spk[0] / self.spk[1] if self.spk[1] else None,
                "ent": self.prf(*self.ent)[2] if self.docs["entities"] else None}


def _chars(text: str, spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def score(rec: dict, text: str, found: list[Span], failures: list[str] | None = None) -> Tally:
    t = Tally()
    layers = set(rec["layers"])
    if "segments" in layers:
        t.docs["segments"] = 1
        g = _chars(text, [(s, e) for s, e, label in rec["segments"] if label in SEGMENT_LABELS])
        p = _chars(text, [(s.start, s.end) for s in found if s.layer == "segments" and s.label in SEGMENT_LABELS])
        t.bp = [len(g & p), len(p), len(g)]
        if failures is not None and (p - g or g - p):
            failures.append(f"{rec['file']}: boilerplate chars {len(p - g)} too many, {len(g - p)} missed")
    if "quotes" in layers:
        t.docs["quotes"] = 1
        preds = [s for s in found if s.layer == "quotes" and s.label == "QUOTE" and s.attrs.get("direct")]
        gold = rec["quotes"]
        used: set[int] = set()
        t.q = [0, len(preds), len(gold)]
        for gs, ge, speaker in gold:
            best, best_ov = None, 0.0
            for i, p in enumerate(preds):
                if i in used:
                    continue
                ov = max(0, min(ge, p.end) - max(gs, p.start)) / max(ge - gs, p.end - p.start, 1)
                if ov > best_ov:
                    best, best_ov = i, ov
            if best is None or best_ov < 0.5:
                if failures is not None:
                    failures.append(f"{rec['file']}: quote missed «{text[gs:ge][:60]}»")
                continue
            used.add(best)
            t.q[0] += 1
            if speaker is not None:
                got = preds[best].attrs.get("speaker")
                t.spk[1] += 1
                if norm_name(got) == norm_name(speaker):
                    t.spk[0] += 1
                elif failures is not None:
                    failures.append(f"{rec['file']}: speaker {got!r}, gold {speaker!r} «{text[gs:ge][:50]}»")
        if failures is not None:
            for i, p in enumerate(preds):
                if i not in used:
                    failures.append(f"{rec['file']}: false quote «{text[p.start:p.end][:60]}»")
    if "entities" in layers:
        t.docs["entities"] = 1
        g = {(s, e, label) for s, e, label in rec["entities"] if label in ENTITY_LABELS}
        p = {(s.start, s.end, s.label) for s in found if s.layer == "entities" and s.label in ENTITY_LABELS}
        t.ent = [len(g & p), len(p), len(g)]
        if failures is not None:
            for s, e, label in sorted(p - g):
                failures.append(f"{rec['file']}: entity too many {text[s:e]!r} {label}")
            for s, e, label in sorted(g - p):
                failures.append(f"{rec['file']}: entity missed {text[s:e]!r} {label}")
    return t


class _MissedNames(QuoteDetector):
    """The quote detector fed an entity layer that misses names, as on unseen text (entity recall ~0.7 there):
    every PERSON span whose first word's CRC-32 is divisible by ``k`` is left out (one name in ``k``, all its
    mentions); ``k == 1`` leaves every PERSON span out."""

    def __init__(self, k: int):
        super().__init__()
        self.k = k

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        kept = [s for s in ctx.previous if not (s.label == "PERSON" and zlib.crc32(
            doc.text[s.start:s.end].split()[0].encode()) % self.k == 0)]
        return super().detect(doc, dataclasses.replace(ctx, previous=kept))


class _RelabelledNames(QuoteDetector):
    """The quote detector fed an entity layer that labels one PERSON name in ``k`` (all its mentions, as the
    entity detector's one-label-per-name does) LOC or ORG: every PERSON span whose first word's CRC-32 is divisible
    by ``k``, LOC or ORG by the CRC-32 of its text."""

    def __init__(self, k: int):
        super().__init__()
        self.k = k

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        out = []
        for s in ctx.previous:
            name = doc.text[s.start:s.end]
            if s.label == PERSON and zlib.crc32(name.split()[0].encode()) % self.k == 0:
                s = Span(id=s.id, start=s.start, end=s.end, label=LOC if zlib.crc32(name.encode()) % 2 else ORG,
                         layer=s.layer, source=s.source, status=s.status, score=s.score, attrs={})
            out.append(s)
        return super().detect(doc, dataclasses.replace(ctx, previous=out))


def noisy_entities(text: str, spans: list[Span], rate: float, rng: random.Random) -> list[Span]:
    """``spans`` with entity errors of the kinds seen on unseen text, each PERSON span hit with probability
    ``rate`` by one of: a label LOC or ORG (the same name elsewhere keeps PERSON), one token cut off at either end
    (a span of two tokens or more) or one more token at either end (a word no other entity holds), or dropped;
    and every capitalised word outside the entity spans made a PERSON with probability ``rate / 2`` (acronyms,
    sentence-initial words, places: "HIPMI", "Lebih", "Jakarta")."""
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    ents = [s for s in spans if s.layer == ENTITIES]
    taken = [False] * len(tokens)
    ranges: dict[str, tuple[int, int]] = {}
    for s in ents:
        first, last = bisect_left(starts, s.start), bisect_left(starts, s.end) - 1
        ranges[s.id] = (first, last)
        for k in range(first, last + 1):
            taken[k] = True
    out: list[Span] = [s for s in spans if s.layer != ENTITIES]
    for s in ents:
        if s.label != PERSON or rng.random() >= rate:
            out.append(s)
            continue
        first, last = ranges[s.id]
        kind = rng.choice(("label", "cut", "extend", "drop"))
        if kind == "label":
            out.append(Span(start=s.start, end=s.end, label=rng.choice((LOC, ORG)), layer=ENTITIES, source=s.source,
                            status=s.status, score=s.score, attrs={}))
            continue
        if kind == "cut" and last > first:
            first, last = (first + 1, last) if rng.random() < 0.5 else (first, last - 1)
        elif kind == "extend":
            left = first - 1 >= 0 and not taken[first - 1] and tokens[first - 1].text[0].isalnum()
            right = last + 1 < len(tokens) and not taken[last + 1] and tokens[last + 1].text[0].isalnum()
            if left and (not right or rng.random() < 0.5):
                first -= 1
            elif right:
                last += 1
            taken[first] = taken[last] = True
        elif kind == "drop":
            continue
        out.append(Span(start=tokens[first].start, end=tokens[last].end, label=PERSON, layer=ENTITIES,
                        source=s.source, status=s.status, score=s.score, attrs=dict(s.attrs)))
    for k, tok in enumerate(tokens):
        if not taken[k] and tok.text[0].isupper() and tok.text[0].isalpha() and rng.random() < rate / 2:
            out.append(Span(start=tok.start, end=tok.end, label=PERSON, layer=ENTITIES, score=0.5, attrs={}))
    return out


def run_on_entities(text: str, spans: list[Span], rate: float, rng: random.Random) -> list[Span]:
    """``spans`` with each PERSON span, with probability ``rate``, run on over what the entity detector reads into a
    name on broken scraped text: the full stop after it and the next sentence's first word ("Ganjar. Hal", as where
    a scraper lost the full stop), or the organisation span right before it, which is then dropped ("Kementerian
    Dalam Negeri Safrizal"); a span with neither next to it is kept."""
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    ents = [s for s in spans if s.layer == ENTITIES]
    taken: set[int] = set()
    org_ending: dict[int, Span] = {}  # last token -> the ORG span ending there
    for s in ents:
        first, last = bisect_left(starts, s.start), bisect_left(starts, s.end) - 1
        taken.update(range(first, last + 1))
        if s.label == ORG:
            org_ending[last] = s
    dropped: set[str] = set()
    replaced: dict[str, Span] = {}
    for s in ents:
        if s.label != PERSON or rng.random() >= rate:
            continue
        first, last = bisect_left(starts, s.start), bisect_left(starts, s.end) - 1
        kinds: list[tuple[int, int]] = []
        nxt = last + 2
        if (nxt < len(tokens) and tokens[last + 1].text in (".", "!", "?") and tokens[nxt].text.isalpha()
                and tokens[nxt].text[0].isupper() and nxt not in taken
                and "\n" not in text[tokens[last].end:tokens[nxt].start]):
            kinds.append((s.start, tokens[nxt].end))
        org = org_ending.get(first - 1)
        if org is not None and org.id not in dropped and text[org.end:s.start] == " ":
            kinds.append((org.start, s.end))
        if not kinds:
            continue
        start, end = rng.choice(kinds)
        if start < s.start and org is not None:
            dropped.add(org.id)
        else:
            taken.add(nxt)
        replaced[s.id] = Span(start=start, end=end, label=PERSON, layer=ENTITIES, source=s.source, status=s.status,
                              score=s.score, attrs=dict(s.attrs))
    return [replaced.get(s.id, s) for s in spans if s.id not in dropped]


class _RunOnEntities(QuoteDetector):
    """The quote detector fed the entity layer through ``run_on_entities``, seeded per document."""

    def __init__(self, rate: float, seed: int):
        super().__init__()
        self.rate, self.seed = rate, seed

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        rng = random.Random(self.seed * 1_000_003 + zlib.crc32(doc.text.encode()))
        return super().detect(doc, dataclasses.replace(
            ctx, previous=run_on_entities(doc.text, list(ctx.previous), self.rate, rng)))


class _NoisyEntities(QuoteDetector):
    """The quote detector fed the entity layer through ``noisy_entities``, seeded per document."""

    def __init__(self, rate: float, seed: int):
        super().__init__()
        self.rate, self.seed = rate, seed

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        rng = random.Random(self.seed * 1_000_003 + zlib.crc32(doc.text.encode()))
        noisy = noisy_entities(doc.text, list(ctx.previous), self.rate, rng)
        return super().detect(doc, dataclasses.replace(ctx, previous=noisy))


def run(data: Path, records: list[dict], missed: int = 0, noise: float = 0.0,
        seed: int = 0, relabelled: int = 0, texts: dict[str, str] | None = None,
        run_on: float = 0.0) -> dict[str, list[Span]]:
    """The pipeline's spans per gold file, each folder run as one batch with its corpus evidence; ``texts``: the
    articles' texts by file, where they are not the files' own (``--new-names``)."""
    pipeline = Pipeline()
    if missed:
        pipeline.detectors = [_MissedNames(missed) if d.name == "quotes" else d for d in pipeline.detectors]
    if relabelled:
        pipeline.detectors = [_RelabelledNames(relabelled) if d.name == "quotes" else d for d in pipeline.detectors]
    if noise:
        pipeline.detectors = [_NoisyEntities(noise, seed) if d.name == "quotes" else d for d in pipeline.detectors]
    if run_on:
        pipeline.detectors = [_RunOnEntities(run_on, seed) if d.name == "quotes" else d for d in pipeline.detectors]
    out: dict[str, list[Span]] = {}
    for folder in FOLDERS:
        paths = sorted((data / folder).glob("*.txt"))
        docs = [Document(text=(texts or {}).get(f"{folder}/{p.name}") or p.read_text(encoding="utf-8"),
                         meta={"source": str(p)}) for p in paths]
        evidence = corpus_evidence(docs)
        wanted = {r["file"] for r in records}
        for path, doc in zip(paths, docs):
            name = f"{folder}/{path.name}"
            if name in wanted:
                out[name] = pipeline.run(doc, evidence).spans
    return out


def row(label: str, t: Tally) -> str:
    bp, q, ent = Tally.prf(*t.bp), Tally.prf(*t.q), Tally.prf(*t.ent)
    spk = t.spk[0] / t.spk[1] if t.spk[1] else 0.0
    return (f"  {label:26} {t.docs['segments']:>3} {bp[0]:5.3f} {bp[1]:5.3f} {bp[2]:6.3f}   "
            f"{t.docs['quotes']:>3} {q[0]:5.3f} {q[1]:5.3f} {q[2]:6.3f} {spk:6.3f} ({t.spk[1]:>3})   "
            f"{t.docs['entities']:>3} {ent[0]:5.3f} {ent[1]:5.3f} {ent[2]:6.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help=f"the article folders (default {DATA})")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--failures", action="store_true", help="list every miss (development split only)")
    ap.add_argument("--missed-names", type=int, default=0, metavar="K",
                    help="speakers with an entity layer that misses one PERSON name in K (1: all of them)")
    ap.add_argument("--entity-noise", type=float, default=0.0, metavar="RATE",
                    help="speakers with a seeded noisy entity layer (wrong labels, extents, spurious PERSON)")
    ap.add_argument("--run-on", type=float, default=0.0, metavar="RATE",
                    help="speakers with a seeded entity layer whose PERSON spans run on over a sentence end or an "
                         "organisation before them")
    ap.add_argument("--seed", type=int, default=0, help="the seed of --entity-noise and --run-on")
    ap.add_argument("--relabelled-names", type=int, default=0, metavar="K",
                    help="speakers with an entity layer that labels one PERSON name in K LOC or ORG (1: all)")
    ap.add_argument("--development-only", action="store_true",
                    help="score the development split only (rows that hold held-out articles are not printed)")
    ap.add_argument("--new-names", type=int, default=None, metavar="SEED",
                    help="every person renamed with invented words (bench/new_names.py), seeded")
    args = ap.parse_args(argv)
    records = load(args.gold)
    if args.development_only:
        records = [rec for rec in records if not held_out(rec)]
    texts = {rec["file"]: article_text(rec, args.data) for rec in records}
    old_texts = {rec["text"] for rec in load(OLD_GOLD)}
    old = {file for file, text in texts.items() if text in old_texts}
    if args.new_names is not None:
        words = {w for rec in records if not held_out(rec) for w in regex.findall(r"\p{Ll}+", texts[rec["file"]])}
        for k, rec in enumerate(records):
            texts[rec["file"]], records[k] = renamed(rec, texts[rec["file"]], args.new_names, _TITLES, words)
    found = run(args.data, records, args.missed_names, args.entity_noise, args.seed, args.relabelled_names, texts,
                args.run_on)
    rows = ("all", "development", "held-out", "opened", "quarter", "old 18", "first 13")
    tallies: dict[str, Tally] = {k: Tally() for k in rows}
    folds = [Tally() for _ in range(5)]
    failures: list[str] = []
    for rec in records:
        text = texts[rec["file"]]
        t = score(rec, text, found[rec["file"]], failures if args.failures and not held_out(rec) else None)
        tallies["all"].add(t)
        tallies["held-out" if held_out(rec) else "development"].add(t)
        if opened(rec):
            tallies["opened"].add(t)
        if first_quarter(rec):
            tallies["quarter"].add(t)
        folds[fold(rec)].add(t)
        if rec["file"] in old:
            tallies["old 18"].add(t)
        if any(rec["file"].startswith(prefix) for prefix in FIRST_ENTITIES):
            tallies["first 13"].add(t)
    print(f"Indonesian development gold: {len(records)} articles ({args.gold.relative_to(ROOT)})")
    print(f"  {'articles':26} {'boilerplate chars':>24}   {'direct quotes':>24} {'speaker acc.':>12}   "
          f"{'entities (exact)':>24}")
    print(f"  {'':26} {'n':>3} {'P':>5} {'R':>5} {'F1':>6}   {'n':>3} {'P':>5} {'R':>5} {'F1':>6} {'':>12}   "
          f"{'n':>3} {'P':>5} {'R':>5} {'F1':>6}")
    labels = {"all": "all", "development": "development split", "held-out": "held-out split (8, hash)",
              "opened": "opened in session 5 (9)", "quarter": "held-out sessions 3-4 (17)",
              "old 18": "old 18-article set", "first 13": "first 13 entity articles"}
    for key, label in labels.items():
        if not args.development_only or key in ("development", "opened"):  # (the opened 9 are development articles)
            print(row(label, tallies[key]))
    if args.development_only:
        return _print_failures(failures) if args.failures else 0
    figs = [f.figures() for f in folds]
    parts = []
    for k, name in (("bp", "boilerplate F1"), ("q", "quote F1"), ("spk", "speaker acc."), ("ent", "entity F1")):
        values = [v for f in figs if (v := f[k]) is not None]
        parts.append(f"{name} {statistics.mean(values):.3f} ± {statistics.pstdev(values):.3f} ({len(values)})")
    print(f"  5 hash folds, mean ± sd (folds with that layer): {'  '.join(parts)}")
    return _print_failures(failures) if args.failures else 0


def _print_failures(failures: list[str]) -> int:
    print("\nFailures on the development split:")
    for line in failures:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
