"""The task layer on its own: what each task stores or writes, its progress, its problems, and that a
cancelled task stops after the last short transaction it committed and leaves no half-written file."""

import orjson
import pytest

from annotator import tasks
from annotator.core.model import DocStatus
from annotator.io.formats import ExportOptions
from annotator.store import DocFilter, open_project

ARTICLES = ["Joko Widodo berkunjung ke Jakarta pada hari Senin.", "Presiden Prabowo tiba di Surabaya.",
            "Menteri Sri Mulyani berbicara di Bandung.", "Gubernur Anies Baswedan di Jakarta.",
            "Wali kota Bogor meresmikan pasar."]


@pytest.fixture
def project(tmp_path):
    with open_project(tmp_path / "p.annotator") as p:
        yield p


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(ARTICLES):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_import_commits_in_batches_reports_progress_and_lists_problems(project, files):
    (files / "bad.txt").write_bytes(b"\x00\x01binary")
    progress, changed = [], []
    result = tasks.import_paths(project, [str(files)], batch_size=2, progress=lambda d, t: progress.append((d, t)),
                                changed=changed.append)
    assert len(result.added) == 5 and project.count() == 5 and result.duplicates == 0
    assert [len(c) for c in changed] == [2, 2, 1]  # one transaction per batch, each reported as it commits
    assert sum(changed, []) == result.added and result.first == result.added[0]
    assert progress[-1] == (5, 5) and [d for d, _ in progress[:-1]] == [1, 2, 3, 4, 5]
    assert len(result.problems) == 1 and "bad.txt" in result.problems[0] and "\n" not in result.problems[0]
    again = tasks.import_paths(project, [str(files)])
    assert again.added == [] and again.duplicates == 5 and again.first == result.first


def test_a_cancelled_import_keeps_the_batches_it_committed(project, files):
    with pytest.raises(tasks.Cancelled):
        tasks.import_paths(project, [str(files)], batch_size=2, cancel=lambda: project.count() >= 2)
    assert project.count() == 2


def test_detection_stores_each_document_as_it_is_found(project, files):
    added = tasks.import_paths(project, [str(files)]).added
    changed, counts = [], []

    def seen(pks):  # what the store holds when the task says a document changed
        changed.extend(pks)
        counts.append(sum(s.n_suggested for s in project.list_documents()))

    result = tasks.detect_documents(project, added[:3], layers=["entities"], changed=seen)
    assert changed == added[:3] and result.documents == 3
    assert counts == sorted(counts) and counts[0] > 0  # stored one document at a time
    assert result.suggestions == counts[-1] == sum(result.kept.values())
    assert set(result.kept) == {"detector:entities"} and result.languages == {"id": 3}
    assert [project.summary(pk).n_suggested for pk in added[3:]] == [0, 0]


def test_detection_on_a_selection_and_its_cancellation(project, files):
    added = tasks.import_paths(project, [str(files)]).added
    project.set_status(added[0], DocStatus.SKIPPED)
    done = tasks.detect_documents(project, DocFilter(status=DocStatus.SKIPPED), layers=["entities"])
    assert done.documents == 1 and project.summary(added[0]).n_suggested > 0
    with pytest.raises(tasks.Cancelled):
        tasks.detect_documents(project, None, layers=["entities"],
                               cancel=lambda: project.summary(added[1]).n_suggested > 0)
    assert project.summary(added[1]).n_suggested > 0 and project.summary(added[2]).n_suggested == 0


def test_detection_on_files_writes_records_and_a_cancelled_run_writes_nothing(tmp_path, files):
    (files / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out.jsonl"
    result = tasks.detect_files([str(files)], out, layers=["entities"], jobs=1)
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert result.documents == len(records) == 5 and len(result.problems) == 1
    assert sorted(r["text"] for r in records) == sorted(ARTICLES)
    assert any(s["label"] == "LOC" and s["source"] == "detector:entities" for r in records for s in r["spans"])
    other = tmp_path / "other.jsonl"
    with pytest.raises(tasks.Cancelled):
        tasks.detect_files([str(files)], other, layers=["entities"], jobs=1, cancel=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]  # no other.jsonl, no temp file


def test_export_reports_progress_against_the_total_and_a_cancelled_one_keeps_the_old_file(project, files, tmp_path):
    tasks.import_paths(project, [str(files)])
    out = tmp_path / "o.jsonl"
    progress = []
    summary = tasks.export(project, "native", out, ExportOptions(), status=None,
                           progress=lambda d, t: progress.append((d, t)))
    assert summary.documents == 5 and progress[-1] == (5, 5)
    assert tasks.export(project, "native", tmp_path / "d.jsonl", ExportOptions()).documents == 0  # default: done
    before = out.read_bytes()
    with pytest.raises(tasks.Cancelled):
        tasks.export(project, "native", out, ExportOptions(), status=None, cancel=lambda: True)
    assert out.read_bytes() == before


def test_stats_counts_documents_and_spans(project, files):
    added = tasks.import_paths(project, [str(files)]).added
    tasks.detect_documents(project, added, layers=["entities"])
    found = tasks.stats(project)
    assert found.documents["total"] == 5 and found.documents["todo"] == 5
    assert sum(sum(by.values()) for by in found.spans["entities"].values()) == sum(
        s.n_suggested for s in project.list_documents())
    assert found.as_dict() == project.stats()
