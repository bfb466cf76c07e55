#!/usr/bin/env python3
"""Indonesian entity model: held-out quality and tagging speed, beside a plain-CRF baseline.

    .venv/bin/python bench/ner_eval.py [--data ../shared/data/ner/id] [--articles ../shared/data/articles/id]
        [--hidden-copies SHARE]

Both models are trained here, in the same run and the same way (IDNer-news-2k
train + NERGrit train, L-BFGS, the shipped c1/c2), and scored entity by entity
(exact match) on IDNer-news-2k dev and NERGrit valid, which neither saw.  The
baseline has only basic word features (word, shape, two suffixes, neighbours);
ours adds affixes, gazetteers, capitalised-run context, trigger lists, a mention
lexicon from the train splits' labels (jackknifed in training) and per-corpus
convention features.  Ours scores each held-out set in its own corpus's
convention; NERGrit valid is also scored in the news convention the detector
uses (row "NERGrit (news)").  ``--hidden-copies SHARE`` trains ours with that share
of the sentences naming a person added again with the names hidden
(``scripts/train_ner_id.py --hidden-copies``; the shipped model has none).
Speed: tokens per second on one core, features included, on a cold feature
cache; and the whole entity detector (tokenizer, dates, CRF, consistency) on
the Indonesian articles.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.model import Document  # noqa: E402
from annotator.detect.base import Context  # noqa: E402
from annotator.detect.entities import EntityDetector  # noqa: E402
from annotator.detect.entities.crftrain import prf, read_conll, tag_all, train_crf, training_items  # noqa: E402
from annotator.detect.entities.crf import PARAMS  # noqa: E402
from annotator.detect.entities.features import NEWS, FeatureExtractor  # noqa: E402
from annotator.detect.entities.gazetteer import load_gazetteer  # noqa: E402
from annotator.detect.entities.lexicon import MentionLexicon  # noqa: E402

# name -> (file, convention ours is scored in)
SETS = {"IDNer-2k dev": ("idner2k_dev.txt", "idner"), "NERGrit valid": ("nergrit_valid.txt", "nergrit"),
        "NERGrit (news)": ("nergrit_valid.txt", NEWS)}


def _speed(sentences, make_extractor, model: Path, rounds: int = 3) -> float:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    n = sum(len(words) for words, _ in sentences)
    best = 0.0
    for _ in range(rounds):
        extractor = make_extractor()  # cold cache: the first sight of every word is paid for
        t0 = time.perf_counter()
        for words, _ in sentences:
            tagger.tag(extractor.sequence(words))
        best = max(best, n / (time.perf_counter() - t0))
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ner" / "id")
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "data" / "articles" / "id")
    ap.add_argument("--hidden-copies", type=float, default=0.0, metavar="SHARE",
                    help="train ours with copies of that share of the sentences naming a person, names hidden")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    print("$ " + shlex.join(["python", "bench/ner_eval.py", *(argv if argv is not None else sys.argv[1:])]))
    print(f"CRF c1={PARAMS['c1']} c2={PARAMS['c2']} iterations={PARAMS['max_iterations']}; "
          "trained on IDNer-2k train + NERGrit train; entity-level exact match"
          + (f"; ours with hidden copies {args.hidden_copies}" if args.hidden_copies else "") + "\n")

    idner, nergrit = read_conll(args.data / "idner2k_train.txt"), read_conll(args.data / "nergrit_train.txt")
    held_out = {name: read_conll(args.data / file) for name, (file, _) in SETS.items()}
    gaz = load_gazetteer()
    lexicon = MentionLexicon.from_sentences(idner + nergrit)
    basic = lambda convention: FeatureExtractor(basic=True)  # noqa: E731
    ours = lambda convention: FeatureExtractor(gaz, lexicon=lexicon, convention=convention)  # noqa: E731
    systems = {"baseline (plain CRF)": basic, "ours": ours}
    results: dict[str, dict] = {}
    speeds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in systems.items():
            model = Path(tmp) / (name.split()[0] + ".crfsuite")
            t0 = time.perf_counter()
            if make is basic:
                items = [(make(None).sequence(words), tags) for words, tags in idner + nergrit]
            else:
                items = training_items([(idner, "idner"), (nergrit, "nergrit")], gaz,
                                       hidden_copies=args.hidden_copies)
            train_crf(items, model, PARAMS["c1"], PARAMS["c2"], PARAMS["max_iterations"])
            train_s = time.perf_counter() - t0
            results[name] = {set_name: prf([t for _, t in s], tag_all(s, make(SETS[set_name][1]), model))
                             for set_name, s in held_out.items()}
            speed_set = held_out["IDNer-2k dev"] + held_out["NERGrit valid"]
            speeds[name] = _speed(speed_set, lambda make=make: make(NEWS), model)
            print(f"trained {name} in {train_s:.1f} s, model {model.stat().st_size / 1e6:.1f} MB")
    print()
    print(f"{'corpus':<15} {'label':<7} " + "  ".join(f"{n:>27}" for n in systems))
    print(f"{'':<15} {'':<7} " + "  ".join(f"{'P':>9}{'R':>9}{'F1':>9}" for _ in systems))
    for set_name in SETS:
        labels = ["ALL", *sorted(k for k in results["ours"][set_name] if k != "ALL")]
        for label in labels:
            row = ""
            for name in systems:
                r = results[name][set_name].get(label, {"p": 0, "r": 0, "f1": 0})
                row += f"{r['p']:>9.4f}{r['r']:>9.4f}{r['f1']:>9.4f}  "
            print(f"{set_name:<15} {label:<7} {row}")
    print()
    n_tok = sum(len(w) for name in ("IDNer-2k dev", "NERGrit valid") for w, _ in held_out[name])
    for name in systems:
        print(f"tagging speed, {name}: {speeds[name]:,.0f} tokens/s (one core, features included, {n_tok} tokens)")

    docs = [Document(text=p.read_text(encoding="utf-8")) for p in sorted(args.articles.glob("*.txt"))]
    if docs:
        from annotator.core.tokenize import tokenize

        detector = EntityDetector()
        detector.detect(docs[0], Context(lang="id"))  # load the model and lists
        n = sum(len(tokenize(d.text)) for d in docs)
        t0 = time.perf_counter()
        for d in docs:
            detector.detect(d, Context(lang="id"))
        dt = time.perf_counter() - t0
        print(f"whole entity detector on {len(docs)} Indonesian articles: {n / dt:,.0f} tokens/s, "
              f"{len(docs) / dt:,.1f} articles/s (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
