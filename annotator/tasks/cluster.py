"""Corpus-scale detection on a Dask cluster (docs/scale.md).

The input is a partitioned corpus: one or more files (local paths, or any URL ``fsspec`` can open, such as
``s3://bucket/corpus/part-*.jsonl`` where the user has the filesystem package).  The run has two stages:

1. one task per input file counts its documents (and reports the records it cannot read);
2. the documents, in input order, are cut into partitions of whole *evidence batches* — the runs of
   ``EVIDENCE_BATCH`` documents whose repeated lines ``annotator detect`` counts together as boilerplate
   evidence — and one task per partition reads its documents (from one or more files), runs the same
   pipeline in the worker's process and writes ``OUTPUT/part-NNNNN.jsonl``.

So the parts, read in order, are byte for byte the file ``annotator detect INPUTS -o OUT.jsonl`` writes.  A
part is written under a temporary name and renamed when complete: a worker killed midway leaves no partial
part, Dask runs the task again on another worker (``retries``), and stale temporary files are removed.  A
``_SUCCESS`` manifest, written last, lists the parts, their documents and where they came from.

:func:`detect_records` is the per-partition function without Dask: Spark's ``mapPartitions`` (or any other
engine) can call it on an iterator of JSONL lines.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from annotator.core.labels import LAYERS
from annotator.tasks.base import Cancel, Progress, check, never, no_progress

TEMP_PREFIX = ".tmp-"  # parts being written: <output>/.tmp-<uuid>-part-00000.jsonl
SUCCESS = "_SUCCESS"
EVIDENCE_BATCH = 500  # documents whose repeated lines count together (annotator.detect.runner's default)


@dataclass(frozen=True)
class Segment:
    """Documents ``skip`` to ``skip + take`` (counting documents, not lines) of one input file."""

    source: str
    skip: int
    take: int


@dataclass
class PartitionResult:
    part: str
    segments: list[Segment]
    documents: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class ClusterResult:
    output: str
    parts: list[PartitionResult] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # records no part holds, one line each

    @property
    def documents(self) -> int:
        return sum(p.documents for p in self.parts)

    @property
    def problems(self) -> list[str]:
        return self.unreadable + [line for part in self.parts for line in part.problems]


def part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def _is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _local(path: str) -> str:
    return path[len("file://"):] if path.startswith("file://") else path


def detect_records(lines: Iterable[bytes | str], *, layers: Iterable[str] = LAYERS, lang: str = "auto",
                   source: str = "partition") -> Iterator[bytes]:
    """The native JSONL line of every record in ``lines`` (JSONL records of any importable shape), with the
    detectors' suggestions; records that cannot be read are skipped.  For engines other than Dask, e.g.
    ``rdd.mapPartitions(lambda lines: detect_records(lines))`` in Spark."""
    from annotator.core.labels import LabelScheme
    from annotator.detect.runner import detect_lines
    from annotator.io.formats.common import RecordError
    from annotator.io.readers.jsonl import record_to_document

    scheme = LabelScheme.default()

    def documents() -> Iterator[Any]:
        for line in lines:
            if not line.strip():
                continue
            try:
                yield record_to_document(orjson.loads(line), scheme, source)
            except (orjson.JSONDecodeError, RecordError):
                continue

    yield from detect_lines(documents(), layers, lang, jobs=1)


def _local_copy(source: str, scratch: Path) -> str:
    """A local path holding ``source`` (fsspec URLs are copied to ``scratch`` first)."""
    if not _is_url(source):
        return _local(source)
    import fsspec

    from annotator.io.atomic import atomic_write

    local = scratch / (uuid.uuid4().hex + "-" + source.rsplit("/", 1)[-1])
    with fsspec.open(source, "rb") as src, atomic_write(local, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    return str(local)


def _documents(source: str, scratch: Path, problems: list[str] | None = None) -> Iterator[Any]:
    """The documents of one input file, as ``annotator detect`` reads them (``meta.source`` is the name given)."""
    from annotator.io.errors import InputError
    from annotator.io.readers import read_paths
    from annotator.io.readers.jsonl import read_jsonl

    path = _local_copy(source, scratch)
    if path == source or not path.endswith(".jsonl"):
        items: Iterator[Any] = read_paths([path])
    else:
        from annotator.core.labels import LabelScheme
        from annotator.io.readers.options import ReadOptions

        items = read_jsonl(Path(path), source, LabelScheme.default(), ReadOptions())
    for item in items:
        if isinstance(item, InputError):
            if problems is not None:
                problems.append(str(item))
        else:
            yield item


def count_documents(source: str) -> tuple[int, list[str]]:
    """Stage 1: how many documents ``source`` holds, and the records that cannot be read (one line each)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="annotator-partition-") as scratch:
        n = sum(1 for _ in _documents(source, Path(scratch), problems))
    return n, problems


def plan(counts: Sequence[tuple[str, int]], batches_per_partition: int = 4,
         evidence_batch: int = EVIDENCE_BATCH) -> list[list[Segment]]:
    """Cut the documents of ``counts`` (input files in order, with their document counts) into partitions of
    ``batches_per_partition`` whole evidence batches; each partition is the list of file segments it reads."""
    size = max(1, batches_per_partition) * evidence_batch
    partitions: list[list[Segment]] = []
    current: list[Segment] = []
    room = size
    for source, n in counts:
        skip = 0
        while skip < n:
            take = min(room, n - skip)
            current.append(Segment(source, skip, take))
            skip += take
            room -= take
            if room == 0:
                partitions.append(current)
                current, room = [], size
    if current:
        partitions.append(current)
    return partitions


def detect_partition(segments: Sequence[Segment], output: str, index: int, layers: Sequence[str] = LAYERS,
                     lang: str = "auto", evidence_batch: int = EVIDENCE_BATCH) -> PartitionResult:
    """Stage 2: detect one partition into ``output/part-<index>.jsonl``, written whole or not at all.  Runs in
    a Dask worker; safe to run again (a retry writes the same bytes)."""
    from itertools import islice

    from annotator.detect.runner import detect_lines
    from annotator.tasks.detecting import short_enough

    result = PartitionResult(part=part_name(index), segments=list(segments))
    with tempfile.TemporaryDirectory(prefix="annotator-partition-") as scratch:

        def docs() -> Iterator[Any]:
            for seg in segments:
                yield from islice(_documents(seg.source, Path(scratch)), seg.skip, seg.skip + seg.take)

        with _part_writer(output, result.part) as out:
            short = short_enough(docs(), result.problems)  # a document too long to detect is one line, not a hang
            for line in detect_lines(short, layers, lang, jobs=1, evidence_batch=evidence_batch):
                out.write(line)
                result.documents += 1
    return result


@contextmanager
def _part_writer(folder: str, name: str) -> Iterator[IO[bytes]]:
    """Write a part whole or not at all: locally through the atomic writer (a temporary file beside it,
    fsync, rename), on other filesystems under a temporary name that is moved into place when complete."""
    if not _is_url(folder):
        from annotator.io.atomic import atomic_write

        with atomic_write(os.path.join(_local(folder), name), "wb") as fh:
            yield fh
        return
    import fsspec

    fs, root = fsspec.core.url_to_fs(folder)
    temp, final = f"{root.rstrip('/')}/{TEMP_PREFIX}{uuid.uuid4().hex}-{name}", f"{root.rstrip('/')}/{name}"
    with fs.open(temp, "wb") as fh:
        yield fh
    fs.mv(temp, final)


def _stale(folder: Path) -> list[Path]:
    """Temporary files a killed run left: the atomic writer's (``.part-00000.jsonl.*.part``) and ours."""
    return [*folder.glob(".part-*.jsonl.*.part"), *folder.glob(f".{SUCCESS}.*.part"), *folder.glob(f"{TEMP_PREFIX}*")]


def _prepare_output(folder: str) -> None:
    """Create the output folder; drop what an earlier, killed run left (its temporary parts, its manifest)."""
    if _is_url(folder):
        import fsspec

        fs, root = fsspec.core.url_to_fs(folder)
        fs.makedirs(root, exist_ok=True)
        for stale in fs.glob(f"{root.rstrip('/')}/{TEMP_PREFIX}*") + fs.glob(f"{root.rstrip('/')}/{SUCCESS}"):
            fs.rm(stale)
    else:
        local = Path(_local(folder))
        local.mkdir(parents=True, exist_ok=True)
        for stale in [*_stale(local), local / SUCCESS]:
            stale.unlink(missing_ok=True)


def _finish_output(folder: str, result: ClusterResult) -> None:
    """Remove parts a killed worker left half-written, then write the manifest (last)."""
    manifest = orjson.dumps({"documents": result.documents, "parts": [
        {"part": p.part, "documents": p.documents,
         "from": [{"source": s.source, "skip": s.skip, "take": s.take} for s in p.segments]}
        for p in result.parts]}, option=orjson.OPT_INDENT_2)
    if _is_url(folder):
        import fsspec

        fs, root = fsspec.core.url_to_fs(folder)
        for stale in fs.glob(f"{root.rstrip('/')}/{TEMP_PREFIX}*"):
            fs.rm(stale)
        with fs.open(f"{root.rstrip('/')}/{SUCCESS}", "wb") as fh:
            fh.write(manifest)
        return
    local = Path(_local(folder))
    for stale in _stale(local):
        stale.unlink(missing_ok=True)
    from annotator.io.atomic import atomic_write

    with atomic_write(local / SUCCESS, "wb") as fh:
        fh.write(manifest)


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Input partitions: files as given, folders as their ``*.jsonl`` files, globs expanded (fsspec for
    URLs), in a stable order."""
    out: list[str] = []
    for item in inputs:
        if _is_url(item):
            import fsspec

            fs, root = fsspec.core.url_to_fs(item)
            protocol = item.split("://", 1)[0]
            found = sorted(fs.glob(root)) if any(c in root for c in "*?[") else [root]
            out += [f"{protocol}://{p}" for p in found]
            continue
        path = Path(_local(item))
        if path.is_dir():
            out += sorted(str(p) for p in path.glob("*.jsonl"))
        elif any(c in item for c in "*?["):
            out += sorted(str(p) for p in Path().glob(item))
        else:
            out.append(str(path))
    return out


def detect_on_dask(inputs: Sequence[str], output: str, *, scheduler: str = "local", workers: int | None = None,
                   layers: Iterable[str] = LAYERS, lang: str = "auto", retries: int = 3,
                   batches_per_partition: int = 4, evidence_batch: int = EVIDENCE_BATCH,
                   progress: Progress = no_progress, cancel: Cancel = never, client: Any = None) -> ClusterResult:
    """Run detection over a partitioned corpus on Dask: ``scheduler`` is ``"local"`` (a
    ``distributed.LocalCluster`` of ``workers`` processes on this machine) or a scheduler address
    (``tcp://host:8786``); an existing ``client`` may be passed instead.  Parts are written to ``output``;
    ``progress(done, total)`` counts partitions."""
    from distributed import Client, LocalCluster, as_completed

    sources = expand_inputs(inputs)
    if not sources:
        raise ValueError("no input partitions: name JSONL files, folders of them or globs")
    _prepare_output(output)
    result = ClusterResult(output=output)
    own_cluster = own_client = None
    if client is None:
        if scheduler == "local":
            n = workers or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
            own_cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
            own_client = client = Client(own_cluster)
        else:
            own_client = client = Client(scheduler)
    run = uuid.uuid4().hex
    futures: list[Any] = []
    try:
        futures = [client.submit(count_documents, source, retries=retries, key=f"annotator-count-{run}-{i}",
                                 pure=False) for i, source in enumerate(sources)]
        counted = client.gather(futures)
        for _n, problems in counted:
            result.unreadable += problems
        partitions = plan([(source, n) for source, (n, _) in zip(sources, counted)], batches_per_partition,
                          evidence_batch)
        layer_list = list(layers)
        futures = [client.submit(detect_partition, segments, output, i, layer_list, lang, evidence_batch,
                                 retries=retries, key=f"annotator-detect-{run}-{i}", pure=False)
                   for i, segments in enumerate(partitions)]
        done: dict[str, PartitionResult] = {}
        for future in as_completed(futures):
            check(cancel)
            part: PartitionResult = future.result()
            done[part.part] = part
            progress(len(done), len(partitions))
        result.parts = [done[part_name(i)] for i in range(len(partitions))]
        _finish_output(output, result)
    except BaseException:
        client.cancel(futures)
        raise
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()
    return result
