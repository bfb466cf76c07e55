"""Issue 18, item 12: what an import did silently — annotations of the wrong shape dropped, a record's
``meta.source`` standing in for the file it came from, span ids that collide, escape sequences printed to the
terminal, a project in a read-only folder that cannot be read."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.core.ids import span_id
from annotator.core.model import Document, Span
from annotator.io.errors import InputError
from annotator.io.readers import read_paths
from annotator.store import open_project


def _items(tmp_path: Path, name: str, *records: object) -> list[Document | InputError]:
    path = tmp_path / name
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return list(read_paths([path]))


@pytest.mark.parametrize("record", [
    {"text": "Budi pergi ke Bandung.", "label": "PERSON"},  # doccano: a label that is not a list
    {"text": "Budi pergi ke Bandung.", "label": [[0, 4, "PERSON"], "LOC"]},  # one item not [start, end, label]
    {"text": "Budi pergi ke Bandung.", "label": ["sports"]},  # doccano text classification: not spans
    {"text": "Budi pergi ke Bandung.", "entities": {"start_offset": 0, "end_offset": 4, "label": "PERSON"}},
    {"text": "Budi pergi ke Bandung.", "relations": [{"from_id": 1, "to_id": 2, "type": "X"}]},
])
def test_wrongly_shaped_doccano_annotations_are_reported_with_file_and_line(tmp_path, record):
    good = {"text": "Ani ke Solo.", "label": [[0, 3, "PERSON"]]}
    items = _items(tmp_path, "d.jsonl", good, record)
    assert isinstance(items[0], Document) and len(items[0].spans) == 1
    assert isinstance(items[1], InputError) and items[1].line == 2, items[1]
    assert str(items[1]).startswith(f"{tmp_path / 'd.jsonl'}:2: ")


@pytest.mark.parametrize("result", [
    [{"type": "labels", "value": {"start": 0}}],  # no end
    [{"type": "labels", "value": {"start": 0, "end": 3}}],  # a labels region without labels
    [{"value": {"start": 0, "end": 3, "labels": []}}],  # no label in it
    [{"type": "labels", "value": "0-3 PER"}],  # value not an object
    "0-3 PER",  # result not a list
    [{"type": "relation", "from_id": "a", "to_id": "b"}],  # a relation between regions that are not there
])
def test_wrongly_shaped_label_studio_annotations_are_reported_with_file_and_line(tmp_path, result):
    good = {"data": {"text": "Ani ke Solo."},
            "annotations": [{"result": [{"id": "a", "type": "labels",
                                         "value": {"start": 0, "end": 3, "labels": ["PERSON"]}}]}]}
    bad = {"data": {"text": "Ani ke Solo lagi."}, "annotations": [{"result": result}]}
    items = _items(tmp_path, "ls.jsonl", good, bad)
    assert isinstance(items[0], Document) and len(items[0].spans) == 1
    assert isinstance(items[1], InputError) and items[1].line == 2, items[1]


def test_label_studio_choices_about_the_whole_task_are_no_problem(tmp_path):
    record = {"data": {"text": "Ani ke Solo."},
              "annotations": [{"result": [{"type": "choices", "value": {"choices": ["ok"]}},
                                          {"id": "a", "type": "labels",
                                           "value": {"start": 0, "end": 3, "labels": ["PERSON"]}}]}]}
    [doc] = _items(tmp_path, "ls.jsonl", record)
    assert isinstance(doc, Document) and len(doc.spans) == 1


@pytest.mark.parametrize("record", [
    {"text": "Berita hari ini.", "meta": {"source": "/etc/somewhere-else.txt"}},
    {"text": "Berita hari ini.", "meta": {"source": "/etc/somewhere-else.txt"}, "spans": []},
    {"text": "Berita hari ini.", "label": [], "source": "/etc/somewhere-else.txt"},  # doccano: flat meta
    {"data": {"text": "Berita hari ini.", "source": "/etc/somewhere-else.txt"}},  # Label Studio
])
def test_the_real_file_path_wins_over_a_records_meta_source(tmp_path, record):
    [doc] = _items(tmp_path, "r.jsonl", record)
    assert isinstance(doc, Document)
    assert doc.meta["source"] == str(tmp_path / "r.jsonl")
    assert doc.meta["record_source"] == "/etc/somewhere-else.txt"


def test_a_record_source_already_kept_is_not_replaced_on_a_second_import(tmp_path):
    record = {"text": "Berita.", "meta": {"source": "export.jsonl", "record_source": "/data/asli.txt"}}
    [doc] = _items(tmp_path, "r.jsonl", record)
    assert isinstance(doc, Document)
    assert doc.meta["source"] == str(tmp_path / "r.jsonl") and doc.meta["record_source"] == "/data/asli.txt"


# Two spans of one layer whose 40-bit ids were equal (found by a birthday search over (start, end)).
COLLIDING = ((26695, 26699), (30667, 30680))


def test_span_ids_do_not_collide_on_a_valid_record(tmp_path):
    assert span_id("entities", "PERSON", *COLLIDING[0]) != span_id("entities", "PERSON", *COLLIDING[1])
    text = "a" * 31_000
    record = {"text": text, "spans": [{"start": s, "end": e, "label": "PERSON"} for s, e in COLLIDING]}
    [doc] = _items(tmp_path, "big.jsonl", record)
    assert isinstance(doc, Document), doc
    assert len({s.id for s in doc.spans}) == 2
    with open_project(tmp_path / "p.annotator") as p:
        [pk] = p.add_documents([doc]).added
        assert len(p.get_document(pk).spans) == 2


def test_span_ids_stay_deterministic_and_ignore_the_label():
    a = Span(start=3, end=9, label="PERSON", layer="entities")
    assert a.id == Span(start=3, end=9, label="ORG", layer="entities").id  # relabelling keeps the id
    assert a.id != Span(start=3, end=9, label="QUOTE", layer="quotes").id


ESC = "\x1b[31m"


def test_escape_sequences_in_names_never_reach_the_terminal(tmp_path, capfd):
    (tmp_path / "a.txt").write_text("Berita hari ini.")
    project = str(tmp_path / f"p{ESC}.annotator")
    main(["import", str(tmp_path / "a.txt"), "--project", project])
    main(["import", str(tmp_path / f"missing{ESC}.txt"), "--project", project])
    main(["stats", "--project", str(tmp_path / f"nope{ESC}.annotator")])
    main(["export", "--project", project, "-o", project, "--status", "all"])
    main(["export", "--project", project, "-o", str(tmp_path / f"out{ESC}.jsonl"), "--status", "all"])
    out, err = capfd.readouterr()
    assert "\x1b" not in out + err
    assert "missing\\x1b[31m.txt" in err and "nope\\x1b[31m.annotator" in err


def _as_nobody() -> list[str]:
    """Run as an unprivileged user when the tests run as root (root may write anywhere)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_a_project_in_a_read_only_folder_can_be_read(tmp_path):
    if os.geteuid() == 0:  # pytest's temporary folders are private to root: use one the other user can reach
        tmp_path = Path(tempfile.mkdtemp(prefix="annotator-ro-"))
    folder = tmp_path / "ro"
    folder.mkdir()
    project = folder / "p.annotator"
    with open_project(project) as p:
        p.add_documents([Document(text="Budi pergi ke Bandung.")])
    out = tmp_path / "out"
    out.mkdir()
    for path in (tmp_path, out):
        path.chmod(0o777)
    project.chmod(0o444)
    folder.chmod(0o555)
    before = sorted(os.listdir(folder))
    try:
        cmd = [*_as_nobody(), sys.executable, "-m", "annotator"]
        stats = subprocess.run([*cmd, "stats", "--project", str(project)], capture_output=True, text=True,
                               timeout=300)
        assert stats.returncode == 0, stats.stderr
        assert "documents: 1" in stats.stdout
        export = subprocess.run([*cmd, "export", "--project", str(project), "--status", "all",
                                 "-o", str(out / "x.jsonl")], capture_output=True, text=True, timeout=300)
        assert export.returncode == 0, export.stderr
        assert b"Bandung" in (out / "x.jsonl").read_bytes()
        assert sorted(os.listdir(folder)) == before  # nothing written beside it
    finally:
        folder.chmod(stat.S_IRWXU)
        if os.geteuid() == 0:
            shutil.rmtree(tmp_path)
