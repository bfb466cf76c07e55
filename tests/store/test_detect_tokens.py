"""Issue 17: a detection on a project's documents keeps the token bounds the detectors made of each text (in
``texts.tokens``, in the transaction that stores its suggestions), so that the first export after ``annotator
detect`` reads them instead of tokenizing: it writes the same bytes as an export that tokenizes.  Bounds of
another tokenizer version are replaced; keeping them is not an edit (no event of its own)."""

from __future__ import annotations

from annotator import tasks
from annotator.cli import main
from annotator.core.events import SuggestionsReplaced
from annotator.core.model import Document
from annotator.core.tokenize import BOUNDS_HEADER
from annotator.io.formats import ExportOptions, native
from annotator.store import open_project

TEXTS = [("“Kami siap menghadapi pemilihan ini,” kata Gati Wibawaningsih di JakartaPramono, Senin (12/3). "
          "Presiden Joko Widodo berkata di Jakarta bahwa harga beras naik \"lagi\". 😀👍🏽\n") * 14,
         ("Menurut Tumpal Ompusunggu, banjir merendam tiga desa di Kabupaten Bandung pekan lalu. "
          "\"Air naik sejak malam,\" ujarnya kepada wartawan di lokasi.\nBaca juga: Banjir lagi\n") * 16,
         "Presiden Joko Widodo berkata di Jakarta.", "x"]


def fill(project, texts: list[str]) -> list[int]:
    return project.add_documents([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]).added


def no_tokenizing(monkeypatch) -> None:
    def refuse(text: str) -> list:
        raise AssertionError(f"tokenized again: {text[:20]!r}")
    monkeypatch.setattr(native, "token_dicts", refuse)


def forget_bounds(project) -> None:
    with project._tx() as db:
        db.execute("UPDATE texts SET tokens = NULL")


def export(project, path) -> bytes:
    tasks.export(project, "native", path, ExportOptions(), status=None)
    return path.read_bytes()


def test_detection_keeps_the_bounds_an_export_would_keep(project, project_location, tmp_path, monkeypatch):
    fill(project, TEXTS)
    events: list[object] = []
    project.events.connect(events.append)
    tasks.detect_documents(project, None, jobs=1)
    assert events and all(isinstance(e, SuggestionsReplaced) for e in events)  # no event of their own
    cache = project.token_cache()
    kept = cache.get_many(TEXTS)
    assert all(blob is not None and blob.startswith(BOUNDS_HEADER) for blob in kept)
    with open_project(tmp_path / "never-detected.annotator") as other:  # the same packing as an export's
        fill(other, TEXTS)
        export(other, tmp_path / "other.jsonl")
        assert other.token_cache().get_many(TEXTS) == kept
    with monkeypatch.context() as patch:
        no_tokenizing(patch)
        after_detect = export(project, tmp_path / "1.jsonl")
    forget_bounds(project)  # as if the project had never run a detection: the export tokenizes
    assert cache.get_many(TEXTS) == [None] * len(TEXTS)
    assert export(project, tmp_path / "2.jsonl") == after_detect


def test_detection_replaces_bounds_of_another_tokenizer_version_only(project):
    fill(project, TEXTS)
    cache = project.token_cache()
    current = BOUNDS_HEADER + b"kept as they are"  # bounds of this tokenizer version are not written again
    cache.put_many([(TEXTS[0], b"tk\x00\x00\x00\x00" + b"x" * 10), (TEXTS[1], current)])
    tasks.detect_documents(project, None, jobs=1)
    stale_replaced, kept, *others = cache.get_many(TEXTS)
    assert stale_replaced is not None and stale_replaced.startswith(BOUNDS_HEADER) and len(stale_replaced) > 100
    assert kept == current
    assert all(blob is not None and blob.startswith(BOUNDS_HEADER) for blob in others)


def test_annotator_detect_with_worker_processes_keeps_the_bounds(tmp_path, monkeypatch):
    path = tmp_path / "p.annotator"
    with open_project(path) as project:
        fill(project, TEXTS)
    assert main(["detect", "--project", str(path), "--all", "--jobs", "2", "--quiet"]) == 0
    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        no_tokenizing(patch)
        assert main(["export", "--project", str(path), "--output", str(out), "--status", "all", "--quiet"]) == 0
    expected = out.read_bytes()
    with open_project(path) as project:
        forget_bounds(project)
    assert main(["export", "--project", str(path), "--output", str(out), "--status", "all", "--quiet"]) == 0
    assert out.read_bytes() == expected
