"""A kill in the middle of an export leaves each output file as it was (or
absent) or complete, never torn: ``annotator export`` in a forked child,
SIGKILLed at random moments, for every format.  A complete file must be
byte-identical to the same export run to the end."""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from forkserver import ForkServer
from kill_scripts import article

from annotator.cli import main as cli_main
from annotator.core.model import Document, DocStatus
from annotator.detect.pipeline import Pipeline
from annotator.io.formats import EXPORTERS
from annotator.store import open_project

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill tests fork (POSIX)")

KILLS_PER_FORMAT = int(os.environ.get("RELIABILITY_EXPORT_KILLS", "4"))
OLD = b"the previous export\n"
CASES = [(fmt, []) for fmt in EXPORTERS] + [("native", ["--split", "0.8,0.1,0.1"])]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export-kill") / "p.annotator"
    rng = random.Random(4)
    pipeline = Pipeline(lang="id")
    docs = [pipeline.apply(Document(text=f"{article(rng)}\n{article(rng)}", meta={"source": f"a{i}.txt"},
                                    status=DocStatus.DONE)) for i in range(300)]
    with open_project(path) as p:
        p.add_documents(docs)
    return path


def args_for(project: Path, fmt: str, output: Path, extra: list[str]) -> list[str]:
    return ["export", "--project", str(project), "--format", fmt, "--output", str(output), "--status", "all",
            "--include-suggestions", *extra]


def visible_files(folder: Path) -> dict[str, bytes | None]:
    """Every non-hidden entry: a file's bytes, or None for a folder (a sharded .spacy export)."""
    out = {}
    for entry in sorted(folder.iterdir()):
        if not entry.name.startswith("."):
            out[entry.name] = entry.read_bytes() if entry.is_file() else None
    return out


@pytest.mark.parametrize(("fmt", "extra"), CASES, ids=[f"{f}{'-split' if e else ''}" for f, e in CASES])
def test_export_killed_midway_leaves_old_or_complete_files(project, tmp_path, fmt, extra):
    ref_dir, out_dir = tmp_path / "ref", tmp_path / "out"
    ref_dir.mkdir()
    out_dir.mkdir()
    started = time.perf_counter()
    assert cli_main(args_for(project, fmt, ref_dir / "export.out", extra)) == 0
    span = time.perf_counter() - started  # only to spread the kills over the export; nothing is asserted on it
    reference = visible_files(ref_dir)
    assert reference and all(v is not None for v in reference.values())
    rng = random.Random(fmt)
    preload = ["kill_scripts", "annotator.cli"] + (["spacy"] if fmt == "spacy" else [])
    outcomes: dict[str, int] = {}
    with ForkServer(*preload) as server:
        kills = 2 if fmt == "spacy" else KILLS_PER_FORMAT  # a spaCy DocBin export takes a second each
        for _ in range(kills):
            for name in reference:
                (out_dir / name).write_bytes(OLD)
            result = server.run("kill_scripts:cli", {"argv": args_for(project, fmt, out_dir / "export.out", extra)},
                                kill_after=rng.uniform(0, 1.3 * span))
            assert result.exception is None, result.exception
            assert result.killed
            got = visible_files(out_dir)
            assert set(got) == set(reference), "an export left a stray visible file"
            for name, data in got.items():
                assert data in (OLD, reference[name]), f"{name} is torn after a kill mid-export"
            outcome = "new" if all(d != OLD for d in got.values()) else "old" if all(
                d == OLD for d in got.values()) else "mixed"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    leftovers = len([p for p in out_dir.iterdir() if p.name.startswith(".")])
    print(f"\nexport {fmt} {' '.join(extra)}: {kills} kills, files afterwards {outcomes}, "
          f"{leftovers} hidden temp files left by killed writers")
