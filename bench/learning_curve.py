#!/usr/bin/env python3
"""The learning curve: how fast a team's corrections teach the entity model its convention (docs/learning.md).

    .venv/bin/python bench/learning_curve.py [--data ../shared/data/ner/id] [--plot docs/learning-curve.png]

A simulated annotator corrects NERGrit train documents (each sentence a document) in order, in batches of
25, 50, 100, 200, 400 and then all 1,672: after correcting, a document holds NERGrit's gold, as a
person following NERGrit's guidelines would leave it.  After each batch the model is retrained exactly as
``annotator train`` does (``detect/entities/training.py``, 3-fold cross-validation then the final model) and
scored on NERGrit valid (entity-level exact match, PERSON/ORG/LOC), beside the shipped model on the same
sentences.  Three ways to train:

- ``scratch``: the team's documents alone (``--from-scratch``); the clean figure.
- ``base``: stacked on a base model trained here on IDNer-news-2k only, which has never seen NERGrit: what
  stacking does for a team whose documents the shipped model has not seen.
- ``shipped``: stacked on the shipped model (the default of ``annotator train``).  The shipped model was
  trained on NERGrit train *and valid* (``resources/models/ner-id.scores.json``), so this column is
  optimistic; it is printed for completeness, not as evidence.

The shipped model's held-out figure on NERGrit valid in the news convention (0.656, trained without NERGrit
valid) is the one to beat.  A second table gives ORG, learned from scratch, as the figure for a label the
model knows nothing about beforehand.  Retrain times are on one core, cross-validation included ("retrain":
wall clock, and "CPU": the CPU seconds the process used, which a loaded machine does not inflate) and the
final model alone ("final").  The end-to-end check of the issue follows: NERGrit train imported as
gold into a fresh project (``--format conll``), ``train``, detection on NERGrit valid's text through the
project, spans scored against the gold by character offsets; and the shipped model's own figures, which
training a project never changes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.labels import LabelScheme  # noqa: E402
from annotator.detect.entities.bio import Sentence  # noqa: E402
from annotator.detect.entities.crf import CrfTagger, default_tagger, split_coordinated  # noqa: E402
from annotator.detect.entities.crftrain import prf, read_conll, train_crf, training_items  # noqa: E402
from annotator.detect.entities.gazetteer import load_gazetteer  # noqa: E402
from annotator.detect.entities.learned import LearnedTagger  # noqa: E402
from annotator.detect.entities.lexicon import MentionLexicon  # noqa: E402
from annotator.detect.entities.training import train_entities  # noqa: E402

BATCHES = (25, 50, 100, 200, 400)
HELD_OUT = "nergrit_valid_news_convention"


def score(tagger: CrfTagger, sentences: list[Sentence]) -> dict[str, dict[str, float]]:
    pred = [split_coordinated(words, tagger.tagger.tag(tagger.features.sequence(words))) for words, _ in sentences]
    return prf([tags for _, tags in sentences], pred)


def idner_base(data: Path, tmp: Path) -> CrfTagger:
    """A base model like the shipped one, trained on IDNer-news-2k train + dev only (it never saw NERGrit)."""
    sentences = read_conll(data / "idner2k_train.txt") + read_conll(data / "idner2k_dev.txt")
    train_crf(training_items([(sentences, "idner")], load_gazetteer()), tmp / "base.crfsuite", 0.05, 0.05, 150)
    MentionLexicon.from_sentences(sentences).save(tmp / "base.lexicon.tsv")
    return CrfTagger(tmp / "base.crfsuite", tmp / "base.lexicon.tsv")


def curve(train: list[Sentence], valid: list[Sentence], bases: dict[str, CrfTagger | None]) -> list[dict]:
    rows = []
    for n in [*BATCHES, len(train)]:
        row: dict = {"docs": n}
        for name, base in bases.items():
            t0, c0 = time.perf_counter(), time.process_time()
            model = train_entities([[s] for s in train[:n]], base, folds=3 if name == "scratch" else 0)
            seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
            scores = score(LearnedTagger(model, base), valid)
            row[name] = round(scores["ALL"]["f1"], 4)
            if name == "scratch":
                row.update(cv=model.info["f1"], retrain=round(seconds, 1), cpu=round(cpu, 1),
                           final=model.info["train_seconds"],
                           org=round(scores.get("ORG", {"f1": 0.0})["f1"], 4))
            print(f"  {n:>5} docs, {name}: F1 {row[name]:.3f} ({seconds:.1f} s)", file=sys.stderr, flush=True)
        rows.append(row)
    return rows


def end_to_end(data: Path, tmp: Path) -> dict:
    """Import NERGrit train as gold, train, detect NERGrit valid through the project, score by offsets."""
    from annotator import tasks
    from annotator.core.model import DocStatus
    from annotator.io.readers import read_paths
    from annotator.io.readers.options import ReadOptions
    from annotator.store import open_project

    gold = {}
    for doc in read_paths([data / "nergrit_valid.txt"], LabelScheme.default(), ReadOptions(format="conll")):
        gold[doc.text] = {(s.start, s.end, s.label) for s in doc.spans}
    out: dict = {}
    with open_project(tmp / "check.annotator") as project:
        tasks.import_paths(project, [str(data / "nergrit_train.txt")], options=ReadOptions(format="conll"))
        t0 = time.perf_counter()
        [result] = tasks.train(project)
        out["train_seconds"] = round(time.perf_counter() - t0, 1)
        out["cv_f1"] = result.stored.info["f1"]
        added = project.add_documents(
            doc.model_copy(update={"spans": [], "status": DocStatus.TODO, "meta": {"lang": "id"}})
            for doc in read_paths([data / "nergrit_valid.txt"], LabelScheme.default(), ReadOptions(format="conll")))
        tasks.detect_documents(project, added.added, layers=["entities"], lang="id")
        golds, preds, names = [], [], set()
        for pk in added.added:
            doc = project.get_document(pk)
            names.add(doc.meta.get("entity_model"))
            golds.append(gold[doc.text])
            preds.append({(s.start, s.end, s.label) for s in doc.spans if s.label != "DATE"})
    tp = sum(len(g & p) for g, p in zip(golds, preds))
    p = tp / max(1, sum(map(len, preds)))
    r = tp / max(1, sum(map(len, golds)))
    out.update(f1=round(2 * p * r / (p + r) if p + r else 0.0, 4), documents=len(golds), models=sorted(names))
    return out


def plot(rows: list[dict], shipped: float, held_out: float, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [r["docs"] for r in rows]
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=110)
    ax.plot(xs, [r["scratch"] for r in rows], "o-", label="from scratch (the team's documents alone)")
    ax.plot(xs, [r["base"] for r in rows], "s-", label="stacked on a base that never saw NERGrit")
    ax.plot(xs, [r["org"] for r in rows], "^--", label="ORG alone, from scratch (a label new to the model)")
    ax.axhline(held_out, color="grey", linestyle=":", label=f"shipped model, held out ({held_out:.3f})")
    ax.axhline(0.75, color="red", linewidth=0.8, linestyle="--", label="aim 0.75")
    ax.set_xscale("log")
    ax.set_xticks(xs)
    ax.set_xticklabels([str(x) for x in xs])
    ax.set_xlabel("NERGrit train documents corrected")
    ax.set_ylabel("F1 on NERGrit valid")
    ax.set_ylim(0, 1)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    ax.set_title("Learning NERGrit's convention from corrections")
    fig.tight_layout()
    fig.savefig(path)
    print(f"plot: {path} (the shipped model as it ships scores {shipped:.3f}: it saw NERGrit valid)",
          file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ner" / "id")
    ap.add_argument("--plot", type=Path, default=ROOT / "docs" / "learning-curve.png")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)

    train = read_conll(args.data / "nergrit_train.txt")
    valid = read_conll(args.data / "nergrit_valid.txt")
    reported = json.loads((ROOT / "resources" / "models" / "ner-id.scores.json").read_text())
    held_out = reported["held_out"]["scores"][HELD_OUT]["ALL"]["f1"]
    shipped = round(score(default_tagger(), valid)["ALL"]["f1"], 4)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        t0 = time.perf_counter()
        base = idner_base(args.data, tmp)
        print(f"IDNer-only base trained in {time.perf_counter() - t0:.0f} s; on NERGrit valid: "
              f"{score(base, valid)['ALL']['f1']:.3f}", file=sys.stderr)
        rows = curve(train, valid, {"scratch": None, "base": base, "shipped": default_tagger()})
        check = end_to_end(args.data, tmp)
    shipped_after = round(score(default_tagger(), valid)["ALL"]["f1"], 4)

    print("\nNERGrit valid F1 after each batch of corrected NERGrit train documents (PERSON, ORG, LOC)")
    print(f"shipped model: {held_out:.3f} held out (reported), {shipped:.3f} as shipped (it saw NERGrit valid)\n")
    print("| documents | from scratch | CV F1 (scratch) | retrain s | retrain CPU s | final s | on IDNer-only base "
          "| on shipped (saw valid) | ORG from scratch |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['docs']:,} | {r['scratch']:.3f} | {r['cv'] if r['cv'] is not None else 'n/a'} "
              f"| {r['retrain']:.1f} | {r['cpu']:.1f} | {r['final']:.1f} | {r['base']:.3f} | {r['shipped']:.3f} "
              f"| {r['org']:.3f} |")
    print(f"\nend to end: NERGrit train imported as gold, `annotator train`, detection on NERGrit valid's text: "
          f"F1 {check['f1']:.3f} on {check['documents']} documents (models used: {', '.join(check['models'])}; "
          f"training {check['train_seconds']} s, cross-validated F1 {check['cv_f1']})")
    print(f"the shipped model on NERGrit valid before and after: {shipped:.3f} / {shipped_after:.3f}")
    plot(rows, shipped, held_out, args.plot)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "check": check, "shipped": shipped, "held_out": held_out},
                                        indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
