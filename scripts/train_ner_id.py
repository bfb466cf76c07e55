#!/usr/bin/env python3
"""Train the built-in Indonesian entity model (PERSON, ORG, LOC) and record its scores.

    .venv/bin/python scripts/train_ner_id.py [--data ../shared/data/ner/id]

Two trainings, same features and settings:
1. on the train splits only (IDNer-news-2k train + NERGrit train), scored on the
   held-out IDNer-news-2k dev and NERGrit valid sets: these are the reported figures;
   the mention lexicon used for scoring comes from the train splits only;
2. on all four files: the model that ships, ``resources/models/ner-id.crfsuite``,
   and its mention lexicon, ``resources/models/ner-id.lexicon.tsv``.
Each sentence is trained in its corpus's labelling convention (``features.py``).
``--hidden-copies SHARE`` adds that share of the sentences that name a person once
more with every name hidden from the model (``crftrain.training_items``); the
shipped model is trained without (0, docs/detection.md says why).
Held-out sets are scored in their own corpus's convention, and NERGrit valid also
in the news convention the detector uses.  The figures go to
``resources/models/ner-id.scores.json`` beside the model.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.detect.entities.crftrain import prf, read_conll, tag_all, train_crf, training_items  # noqa: E402
from annotator.detect.entities.crf import LEXICON_NAME, MODEL_NAME, PARAMS  # noqa: E402
from annotator.detect.entities.features import NEWS, FeatureExtractor  # noqa: E402
from annotator.detect.entities.gazetteer import load_gazetteer  # noqa: E402
from annotator.detect.entities.lexicon import MentionLexicon  # noqa: E402

FILES = {"idner_train": "idner2k_train.txt", "idner_dev": "idner2k_dev.txt",
         "nergrit_train": "nergrit_train.txt", "nergrit_valid": "nergrit_valid.txt"}
# held-out set -> (convention, name in the report); NERGrit valid also in the news convention
SCORED = [("idner_dev", "idner", "idner_dev"), ("nergrit_valid", "nergrit", "nergrit_valid"),
          ("nergrit_valid", NEWS, "nergrit_valid_news_convention")]


def _rounded(scores: dict) -> dict:
    return {label: {k: round(v, 4) if isinstance(v, float) else v for k, v in row.items()}
            for label, row in scores.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ner" / "id")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "models" / MODEL_NAME)
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--hidden-copies", type=float, default=0.0, metavar="SHARE",
                    help="copies of that share of the sentences naming a person, with the names hidden")
    args = ap.parse_args(argv)

    data = {key: read_conll(args.data / name) for key, name in FILES.items()}
    gaz = load_gazetteer()
    held_out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "heldout.crfsuite"
        t0 = time.perf_counter()
        splits = [(data["idner_train"], "idner"), (data["nergrit_train"], "nergrit")]
        train_crf(training_items(splits, gaz, hidden_copies=args.hidden_copies), model, args.c1, args.c2,
                  args.iterations)
        print(f"held-out model trained in {time.perf_counter() - t0:.1f} s")
        lexicon = MentionLexicon.from_sentences(data["idner_train"] + data["nergrit_train"])
        for key, convention, name in SCORED:
            gold = data[key]
            extractor = FeatureExtractor(gaz, lexicon=lexicon, convention=convention)
            scores = prf([tags for _, tags in gold], tag_all(gold, extractor, model))
            held_out[name] = _rounded(scores)
            print(f"{name}: P {scores['ALL']['p']:.4f} R {scores['ALL']['r']:.4f} F1 {scores['ALL']['f1']:.4f}")
    t0 = time.perf_counter()
    splits = [(data[key], key.split("_")[0]) for key in FILES]
    train_crf(training_items(splits, gaz, hidden_copies=args.hidden_copies), args.out, args.c1, args.c2,
              args.iterations)
    MentionLexicon.from_sentences([s for split, _ in splits for s in split]).save(args.out.parent / LEXICON_NAME)
    print(f"shipped model trained on all four files in {time.perf_counter() - t0:.1f} s: {args.out}")
    report = {
        "model": args.out.name,
        "command": shlex.join(["python", "scripts/train_ner_id.py", *(argv if argv is not None else sys.argv[1:])]),
        "params": {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                   **({"hidden_copies": args.hidden_copies} if args.hidden_copies else {})},
        "trained_on": "idner2k_train + idner2k_dev + nergrit_train + nergrit_valid",
        "held_out": {"trained_on": "idner2k_train + nergrit_train", "metric": "entity-level exact match",
                     "conventions": {name: convention for _, convention, name in SCORED},
                     "scores": held_out},
        "size_bytes": args.out.stat().st_size,
        "lexicon_entries": len(MentionLexicon.load(args.out.parent / LEXICON_NAME).entries),
    }
    (args.out.parent / "ner-id.scores.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
