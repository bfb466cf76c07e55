"""Quote and speaker figures on PolNeAR dev, beside a baseline measured in the same run.

    .venv/bin/python bench/quotes_eval.py [--data ../shared/data/quotes/en/polnear] [--split dev] [--entities]

PolNeAR annotates every attribution (Source / Cue / Content), direct quotes and
paraphrases alike.  Scored here:

- **direct quotes**: gold = Content spans whose text starts with a quotation mark
  (the words in quotation marks, as our QUOTE spans are).  A predicted quote is a
  QUOTE span with ``direct: true``; the pieces of one quote that share a CUE
  (``"…," he said, "…"``) are one prediction, as PolNeAR makes them one Content.
- **all attributions**: gold = every Content span; predictions = direct and
  reported (``direct: false``) QUOTE spans.

A prediction P matches a gold span G when they share at least 30 % of the
longer one's word tokens: |P∩G| / max(|P|, |G|) ≥ 0.3 (tokens from the
project tokenizer, punctuation and quotation marks left out).  Precision counts
a prediction as right when it matches any gold Content (a quoted fragment of a
paraphrase is a real attribution, but not a direct-quote gold span); recall counts
the gold spans of the subset that some prediction matches.  Speaker accuracy:
over matched gold spans that have a Source, the share whose best-matching
prediction names the source — its speaker mention overlaps the Source span, or
its speaker name shares a capitalised word with the Source text.

Baseline: every span between a pair of quotation marks (“…", "…" or ''…'' in one
paragraph) is a quote, speaker = the nearest capitalised name in its paragraph.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.model import Document  # noqa: E402
from annotator.core.tokenize import tokenize  # noqa: E402
from annotator.detect.base import Context  # noqa: E402
from annotator.detect.quotes import QuoteDetector  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "quotes" / "en" / "polnear"
SEED = (ROOT.parent / "shared" / "data" / "articles" / "id"
        / "00-mediaindonesia-ikm-butuh-dukungan-jaringan-internet.txt")
OPENING = "\"“‘'«„"
THRESHOLD = 0.3


@dataclass
class Gold:
    tokens: frozenset[int]
    direct: bool
    source: tuple[list[tuple[int, int]], str] | None  # fragments and text


@dataclass
class Pred:
    tokens: frozenset[int]
    speaker: str | None
    mention: tuple[int, int] | None
    direct: bool = True


@dataclass
class Score:
    pred: int = 0
    pred_right: int = 0
    gold: int = 0
    gold_found: int = 0
    with_source: int = 0
    speaker_right: int = 0
    failures: list = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.pred_right / self.pred if self.pred else 0.0
        r = self.gold_found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def speaker_acc(self) -> float:
        return self.speaker_right / self.with_source if self.with_source else 0.0


# ---- data -------------------------------------------------------------------------------------------
def parse_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict[str, str]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if re.match(r"T\d+\t", line):
            tid, info, *rest = line.split("\t")
            kind, offsets = info.split(" ", 1)
            frags = [tuple(map(int, part.split())) for part in offsets.split(";")]
            spans[tid] = (kind, frags, rest[0] if rest else "")
        elif re.match(r"E\d+\t", line):
            roles = dict(part.split(":", 1) for part in line.split("\t")[1].split())
            events.append(roles)
    return spans, events


def word_tokens(text: str) -> tuple[list[int], list[int]]:
    toks = [t for t in tokenize(text) if t.text[0].isalnum()]
    return [t.start for t in toks], [t.end for t in toks]


def token_set(starts: list[int], ends: list[int], frags: list[tuple[int, int]]) -> frozenset[int]:
    out = set()
    for a, b in frags:
        out.update(i for i, (s, e) in enumerate(zip(starts, ends)) if s >= a and e <= b)
    return frozenset(out)


def load(data: Path, split: str):
    texts = sorted((data / split / "text").glob("*.txt"))
    for path in texts:
        anns = sorted((data / split / "attributions").glob(path.stem + "_*.ann"))
        anns = [a for a in anns if re.fullmatch(re.escape(path.stem) + r"_[0-9a-f]{4}", a.stem)]
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        spans, events = parse_ann(anns[0])
        starts, ends = word_tokens(text)
        golds = []
        for ev in events:
            frags = []
            for role in ("Content", "Content2"):
                if role in ev and ev[role] in spans:
                    frags += spans[ev[role]][1]
            if not frags:
                continue
            first = min(frags)
            direct = text[first[0] : first[1]].lstrip()[:1] in OPENING
            src = spans.get(ev.get("Source", ""))
            source = (src[1], " ".join(text[a:b] for a, b in src[1])) if src else None
            toks = token_set(starts, ends, frags)
            if toks:
                golds.append(Gold(toks, direct, source))
        yield path.stem, text, golds, (starts, ends)


# ---- predictions ------------------------------------------------------------------------------------
def ours(detector: QuoteDetector, text: str, words, entities: bool) -> list[Pred]:
    doc = Document(text=text)
    if entities:
        from annotator.detect.pipeline import Pipeline, available_detectors

        dets = [d for d in available_detectors(("entities",), "en") if d.name != "quotes"]
        previous = Pipeline(dets, lang="en").run(doc).spans
    else:
        previous = []
    found = detector.detect(doc, Context(lang="en", previous=previous))
    by_id = {s.id: s for s in (*found.spans, *previous)}
    cue_of = {r.head: r.child for r in found.relations if r.label == "CUE"}
    speaker_of = {r.head: r.child for r in found.relations if r.label == "SPEAKER"}
    groups: dict[str, list] = {}
    for span in found.spans:
        if span.label == "QUOTE":
            groups.setdefault(cue_of.get(span.id, span.id), []).append(span)
    preds = []
    for spans in groups.values():
        frags = [(s.start, s.end) for s in spans]
        child = by_id.get(speaker_of.get(spans[0].id, ""))
        preds.append(Pred(token_set(*words, frags), spans[0].attrs.get("speaker"),
                          (child.start, child.end) if child else None, spans[0].attrs.get("direct", True)))
    return preds


_PAIR = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"|''((?:[^'\n]|'(?!'))+)''")
_CAP_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_SENTENCE_WORDS = {"The", "A", "An", "But", "And", "In", "On", "It", "He", "She", "They", "We", "I", "This", "That",
                   "If", "When", "As", "At", "For", "So", "Yet", "Or", "Not", "No", "Yes"}


def baseline(text: str, words) -> list[Pred]:
    preds = []
    for m in _PAIR.finditer(text):
        g = next(k for k in (1, 2, 3) if m.group(k) is not None)
        start, end = m.span(g)
        para_start = text.rfind("\n", 0, m.start()) + 1
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        best = None
        for run in _CAP_RUN.finditer(text, para_start, para_end):
            if start <= run.start() < end or run.group() in _SENTENCE_WORDS:
                continue
            dist = run.start() - m.end() if run.start() >= m.end() else m.start() - run.end()
            if best is None or dist < best[0]:
                best = (dist, run)
        speaker = best[1] if best else None
        preds.append(Pred(token_set(*words, [(start, end)]), speaker.group() if speaker else None,
                          speaker.span() if speaker else None))
    return preds


# ---- scoring ----------------------------------------------------------------------------------------
def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def speaker_right(pred: Pred, gold: Gold) -> bool:
    frags, src_text = gold.source
    if pred.mention is not None and any(pred.mention[0] < b and a < pred.mention[1] for a, b in frags):
        return True
    if pred.speaker:
        caps = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", pred.speaker)}
        gold_caps = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", src_text)} - {w.lower() for w in _SENTENCE_WORDS}
        return bool(caps & gold_caps)
    return False


def score(score: Score, preds: list[Pred], golds: list[Gold], name: str) -> None:
    score.pred += len(preds)
    score.pred_right += sum(1 for p in preds if any(overlap(p.tokens, g.tokens) >= THRESHOLD for g in golds))
    for g in golds:
        score.gold += 1
        best = max(preds, key=lambda p: overlap(p.tokens, g.tokens), default=None)
        if best is None or overlap(best.tokens, g.tokens) < THRESHOLD:
            score.failures.append((name, "missed"))
            continue
        score.gold_found += 1
        if g.source is not None:
            score.with_source += 1
            if speaker_right(best, g):
                score.speaker_right += 1
            else:
                score.failures.append((name, f"speaker {best.speaker!r} ≠ {g.source[1]!r}"))


def seed_check() -> str:
    if not SEED.is_file():
        return "seed article not found"
    text = SEED.read_text(encoding="utf-8")
    found = QuoteDetector().detect(Document(text=text), Context(lang="id"))
    direct = [s for s in found.spans if s.label == "QUOTE" and s.attrs.get("direct")]
    speakers = [s.attrs.get("speaker") for s in direct]
    singa = any("Negeri Singa" in text[s.start : s.end] for s in found.spans)
    return (f"{len(direct)} direct quotes, speakers {speakers}; 'Negeri Singa' "
            f"{'WRONGLY marked' if singa else 'not marked'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--entities", action="store_true", help="feed the entity detector's spans to the quote detector")
    ap.add_argument("--failures", type=int, default=0, help="print this many failures of ours")
    args = ap.parse_args(argv)
    if not (args.data / args.split / "text").is_dir():
        print(f"PolNeAR not found at {args.data}", file=sys.stderr)
        return 1
    detector = QuoteDetector()
    direct_ours, direct_base, all_ours, all_base = Score(), Score(), Score(), Score()
    docs, elapsed = 0, 0.0
    for name, text, golds, words in load(args.data, args.split):
        docs += 1
        t0 = time.perf_counter()
        mine = ours(detector, text, words, args.entities)
        elapsed += time.perf_counter() - t0
        base = baseline(text, words)
        direct_golds = [g for g in golds if g.direct]
        mine_direct = [p for p in mine if p.direct]
        # precision against every gold Content, recall over the direct subset
        for sc, preds in ((direct_ours, mine_direct), (direct_base, base)):
            sc.pred += len(preds)
            sc.pred_right += sum(1 for p in preds if any(overlap(p.tokens, g.tokens) >= THRESHOLD for g in golds))
            sub = Score()
            score(sub, preds, direct_golds, name)
            sc.gold += sub.gold
            sc.gold_found += sub.gold_found
            sc.with_source += sub.with_source
            sc.speaker_right += sub.speaker_right
            if sc is direct_ours:
                sc.failures += sub.failures
        score(all_ours, mine, golds, name)
        score(all_base, base, golds, name)
    print(f"PolNeAR {args.split}: {docs} articles, {direct_ours.gold} direct-quote Content spans of {all_ours.gold} "
          f"(entities from the entity detector: {'yes' if args.entities else 'no'})")
    print(f"{'':34} {'P':>6} {'R':>6} {'F1':>6} {'speaker acc':>12}")
    for label, sc in (("direct quotes  ours", direct_ours), ("direct quotes  baseline", direct_base),
                      ("all attributions  ours", all_ours), ("all attributions  baseline", all_base)):
        p, r, f = sc.prf()
        print(f"{label:34} {p:6.3f} {r:6.3f} {f:6.3f} {sc.speaker_acc():12.3f}")
    print("reference (Gender Gap Tracker, its own data): quote F1 0.837, speaker accuracy 0.865")
    print(f"ours: {docs / elapsed:.1f} articles/s on one core" if elapsed else "")
    print("seed article:", seed_check())
    for name, what in direct_ours.failures[: args.failures]:
        print("  ", name, what)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
