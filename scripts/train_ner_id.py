#!/usr/bin/env python3
"""Train the built-in Indonesian entity model (PERSON, ORG, LOC) and record its scores.

    .venv/bin/python scripts/train_ner_id.py [--data ../shared/data/ner/id]

Two trainings, same features and settings:
1. on the train splits only (IDNer-news-2k train + NERGrit train), scored on the
   held-out IDNer-news-2k dev and NERGrit valid sets: these are the reported figures;
2. on all four files: the model that ships, ``resources/models/ner-id.crfsuite``.
The figures go to ``resources/models/ner-id.scores.json`` beside the model.
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

from annotator.detect.entities.corpus import prf, read_conll, tag_all, train_crf  # noqa: E402
from annotator.detect.entities.crf import MODEL_NAME, PARAMS  # noqa: E402
from annotator.detect.entities.features import FeatureExtractor  # noqa: E402
from annotator.detect.entities.gazetteer import load_gazetteer  # noqa: E402

FILES = {"idner_train": "idner2k_train.txt", "idner_dev": "idner2k_dev.txt",
         "nergrit_train": "nergrit_train.txt", "nergrit_valid": "nergrit_valid.txt"}


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
    args = ap.parse_args(argv)

    data = {key: read_conll(args.data / name) for key, name in FILES.items()}
    extractor = FeatureExtractor(load_gazetteer())
    held_out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "heldout.crfsuite"
        t0 = time.perf_counter()
        train_crf(data["idner_train"] + data["nergrit_train"], extractor, model, args.c1, args.c2, args.iterations)
        print(f"held-out model trained in {time.perf_counter() - t0:.1f} s")
        for key in ("idner_dev", "nergrit_valid"):
            gold = data[key]
            scores = prf([tags for _, tags in gold], tag_all(gold, extractor, model))
            held_out[key] = _rounded(scores)
            print(f"{key}: P {scores['ALL']['p']:.4f} R {scores['ALL']['r']:.4f} F1 {scores['ALL']['f1']:.4f}")
    t0 = time.perf_counter()
    train_crf([s for split in data.values() for s in split], extractor, args.out, args.c1, args.c2, args.iterations)
    print(f"shipped model trained on all four files in {time.perf_counter() - t0:.1f} s: {args.out}")
    report = {
        "model": args.out.name,
        "command": shlex.join(["python", "scripts/train_ner_id.py", *(argv if argv is not None else sys.argv[1:])]),
        "params": {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations},
        "trained_on": "idner2k_train + idner2k_dev + nergrit_train + nergrit_valid",
        "held_out": {"trained_on": "idner2k_train + nergrit_train", "metric": "entity-level exact match",
                     "scores": held_out},
        "size_bytes": args.out.stat().st_size,
    }
    (args.out.parent / "ner-id.scores.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
