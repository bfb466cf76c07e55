"""Benchmark corpora built from the real articles in ../shared/data (never lorem ipsum).

Each generated document is a real Indonesian article whose paragraphs are
shuffled and cut, with a numbered lead line, so every text differs (import
de-duplicates identical texts) while reading like news.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import orjson

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@cache
def paragraphs() -> list[list[str]]:
    folder = DATA / "articles" / "id"
    if not folder.is_dir():
        raise SystemExit(f"benchmark data not found at {folder}")
    out = []
    for path in sorted(folder.glob("*.txt")):
        paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        if len(paras) < 3:  # one-line articles: cut at sentence ends instead
            text = " ".join(paras)
            paras = [s.strip() + "." for s in text.split(". ") if s.strip()]
        out.append(paras)
    return out


def article(i: int, rng: random.Random) -> str:
    paras = list(rng.choice(paragraphs()))
    head, body = paras[:2], paras[2:]
    rng.shuffle(body)
    keep = body[: max(3, int(len(body) * rng.uniform(0.6, 1.0)))]
    return "\n".join([f"Berita {i}: {head[0]}", *head[1:], *keep])


def write_corpus(path: Path, n: int, seed: int = 0) -> int:
    """Write ``n`` JSONL records; returns the file size in bytes."""
    rng = random.Random(seed)
    with open(path, "wb") as fh:
        for i in range(n):
            fh.write(orjson.dumps({"id": f"b{i}", "text": article(i, rng), "meta": {"site": "bench"}}) + b"\n")
    return path.stat().st_size
