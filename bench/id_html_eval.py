"""Speakers of direct quotes on the saved Indonesian HTML pages (``../shared/data/articles/id-html``, 5 detik.com
pages, ``tests/data/gold/id-html-speakers.jsonl``).

The gold names each direct quote by the first words of its text and gives the guideline's canonical speaker
(``docs/guideline.md``); two pages hold none. The pages go through the same path as ``annotator detect FOLDER``
(the HTML reader, then every detector), so this is the one check of speakers on text the HTML reader extracted.
Prints the direct quotes found (of the gold ones), the speaker accuracy, and with ``--failures`` every miss.

    .venv/bin/python bench/id_html_eval.py [--data ../shared/data/articles/id-html] [--failures]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from id_gold_eval import norm_name  # noqa: E402

from annotator.cli import main as cli  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "articles" / "id-html"
GOLD = ROOT / "tests" / "data" / "gold" / "id-html-speakers.jsonl"


def detected(data: Path) -> dict[str, dict]:
    """The native record of every page, by file name, as ``annotator detect`` writes it."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pages.jsonl"
        if cli(["detect", str(data), "--output", str(out), "--quiet"]) != 0:
            raise SystemExit("annotator detect failed")
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {Path(rec["meta"]["source"]).name: rec for rec in records}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help=f"the saved pages (default {DATA})")
    ap.add_argument("--failures", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = detected(args.data)
    found = right = 0
    misses: list[str] = []
    for g in gold:
        rec = pages[g["file"]]
        text = rec["text"]
        at = text.index(g["quote"])
        holding = [s for s in rec["spans"]
                   if s["label"] == "QUOTE" and s.get("direct") and s["start"] <= at < s["end"]]
        if not holding:
            misses.append(f"{g['file']}: quote missed «{g['quote']}»")
            continue
        found += 1
        speaker = holding[0].get("speaker")
        if norm_name(speaker) == norm_name(g["speaker"]):
            right += 1
        else:
            misses.append(f"{g['file']}: speaker {speaker!r}, gold {g['speaker']!r} «{g['quote']}»")
    print(f"Indonesian HTML pages: {len(pages)} pages, {len(gold)} direct quotes ({GOLD.relative_to(ROOT)})")
    print(f"  direct quotes found {found}/{len(gold)}, speaker accuracy {right / max(found, 1):.3f} "
          f"({right}/{found})")
    if args.failures:
        print("\n".join("  " + line for line in misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
