"""Corpus-scale detection on Dask (annotator.tasks.cluster): the parts, in order, are byte for byte what the
local ``annotator detect`` writes for the same inputs (partitions are whole evidence batches, which may span
files), a worker killed mid-partition costs a retry and no partial file, and the per-partition function runs
without Dask (Spark's mapPartitions)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

distributed = pytest.importorskip("distributed", reason="Dask is in the test extra; `pip install -e .[test]`")

import dask  # noqa: E402

from annotator.detect.runner import detect_lines  # noqa: E402
from annotator.io.readers import read_paths  # noqa: E402
from annotator.tasks.base import readable  # noqa: E402
from annotator.tasks.cluster import (  # noqa: E402
    SUCCESS,
    TEMP_PREFIX,
    Segment,
    detect_on_dask,
    detect_records,
    plan,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
HERE = Path(__file__).resolve().parent


def _partitions(folder: Path, n: int) -> list[str]:
    """``n`` JSONL partitions made from the bundled samples (each a different mix, so parts differ)."""
    lines = (SAMPLES / "03-mixed-corpus.jsonl").read_bytes().splitlines(keepends=True)
    texts = [(SAMPLES / name).read_text(encoding="utf-8") for name in sorted(os.listdir(SAMPLES))
             if name.endswith(".txt")]
    out = []
    for i in range(n):
        path = folder / f"in-{i}.jsonl"
        extra = orjson.dumps({"text": texts[i % len(texts)], "meta": {"part": i}}) + b"\n"
        path.write_bytes(b"".join(lines[i % len(lines):] + lines[: i % len(lines)]) + extra)
        out.append(str(path))
    return out


def _local_run(inputs: list[str], evidence_batch: int = 500) -> bytes:
    """What ``annotator detect INPUTS`` writes (its runner, with the evidence batch the test chooses)."""
    return b"".join(detect_lines(readable(read_paths(inputs), []), jobs=1, evidence_batch=evidence_batch))


def _parts(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob("part-*.jsonl")))


def test_partitions_are_whole_evidence_batches_across_files():
    parts = plan([("a", 5), ("b", 2), ("c", 6)], batches_per_partition=2, evidence_batch=2)
    assert parts == [[Segment("a", 0, 4)], [Segment("a", 4, 1), Segment("b", 0, 2), Segment("c", 0, 1)],
                     [Segment("c", 1, 4)], [Segment("c", 5, 1)]]


@pytest.fixture
def cluster(monkeypatch):
    # Spawned workers import the plug-in module from this folder; generous timeouts for a loaded machine.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(HERE), str(ROOT), os.environ.get("PYTHONPATH", "")]))
    with dask.config.set({"distributed.comm.timeouts.connect": "120s", "distributed.comm.timeouts.tcp": "120s",
                          "distributed.scheduler.allowed-failures": 5}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                      silence_logs=50) as c, distributed.Client(c) as client:
            yield client


def test_parts_in_order_are_what_the_local_run_writes(tmp_path, cluster):
    inputs = _partitions(tmp_path, 3)
    seen = []
    result = detect_on_dask(inputs, str(tmp_path / "out"), client=cluster, evidence_batch=2,
                            batches_per_partition=2, progress=lambda done, total: seen.append((done, total)))
    assert len(result.parts) == 4 and seen[-1] == (4, 4)  # 15 documents in partitions of 4 that span files
    assert _parts(tmp_path / "out") == _local_run(inputs, evidence_batch=2)
    assert result.documents == 15
    manifest = orjson.loads((tmp_path / "out" / SUCCESS).read_bytes())
    assert [m["documents"] for m in manifest["parts"]] == [4, 4, 4, 3]
    assert {f["source"] for m in manifest["parts"] for f in m["from"]} == set(inputs)
    assert not list((tmp_path / "out").glob(f"{TEMP_PREFIX}*"))


def test_a_worker_killed_mid_partition_is_retried_and_leaves_no_partial_part(tmp_path, cluster):
    from cluster_plugin import KillOnce

    inputs = _partitions(tmp_path, 4)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".part-00009.jsonl.x1y2z3.part").write_bytes(b"half a record")  # what an earlier killed run left
    (out / f"{TEMP_PREFIX}stale-part-00009.jsonl").write_bytes(b"half a record")
    marker = tmp_path / "killed"
    cluster.register_plugin(KillOnce(str(marker), 2))
    result = detect_on_dask(inputs, str(out), client=cluster, evidence_batch=2, batches_per_partition=2)
    assert marker.exists(), "the plug-in did not kill the worker running partition 2"
    assert _parts(out) == _local_run(inputs, evidence_batch=2)
    assert sorted(p.name for p in out.iterdir()) == [SUCCESS, *(f"part-{i:05d}.jsonl" for i in range(5))]
    assert len(result.parts) == 5


def test_the_per_partition_function_runs_without_dask(tmp_path):
    inputs = _partitions(tmp_path, 1)
    lines = Path(inputs[0]).read_bytes().splitlines()
    expected = _local_run(inputs).splitlines(keepends=True)
    got = list(detect_records(iter(lines), source=inputs[0]))
    assert [orjson.loads(g)["spans"] for g in got] == [orjson.loads(e)["spans"] for e in expected]


def test_fsspec_urls_in_and_out(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    inputs = _partitions(tmp_path, 2)
    for i, path in enumerate(inputs):
        fs.pipe(f"/corpus/part-{i}.jsonl", Path(path).read_bytes())
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as c, \
            distributed.Client(c) as client:
        result = detect_on_dask(["memory://corpus/part-*.jsonl"], "memory://out", client=client)
    assert [s.source for s in result.parts[0].segments] == ["memory:///corpus/part-0.jsonl",
                                                            "memory:///corpus/part-1.jsonl"]
    got = [orjson.loads(line) for line in fs.cat("/out/part-00000.jsonl").splitlines()]
    want = [orjson.loads(line) for line in _local_run(inputs).splitlines()]
    assert [g["spans"] for g in got] == [w["spans"] for w in want]
    assert got[0]["meta"]["source"] == "memory:///corpus/part-0.jsonl"
    assert fs.exists("/out/_SUCCESS") and not fs.glob(f"/out/{TEMP_PREFIX}*")


def test_cli_dask_local_writes_a_folder_of_parts(tmp_path):
    inputs = _partitions(tmp_path, 2)
    run = subprocess.run([sys.executable, "-m", "annotator", "detect", *inputs, "-o", str(tmp_path / "parts"),
                          "--dask", "local", "--jobs", "1"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "10 documents in 1 part written" in run.stderr
    local = subprocess.run([sys.executable, "-m", "annotator", "detect", *inputs, "-o", str(tmp_path / "all.jsonl"),
                            "--jobs", "1"], capture_output=True, text=True, cwd=ROOT)
    assert local.returncode == 0, local.stderr
    assert _parts(tmp_path / "parts") == (tmp_path / "all.jsonl").read_bytes()
