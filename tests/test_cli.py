"""The command line end to end, and the native round trip through a project."""

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.model import Document, DocStatus, Relation, Span, SpanStatus
from annotator.io.formats import native
from annotator.io.readers import read_paths
from annotator.store import open_project

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
NATIVE_KEYS = ["id", "text", "meta", "tokens", "spans", "relations"]


def run(*args):
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT)


def records(path):
    return [orjson.loads(line) for line in Path(path).read_bytes().splitlines()]


def check_native(rec):
    assert list(rec)[:6] == NATIVE_KEYS
    assert isinstance(rec["_input_hash"], int) and isinstance(rec["_task_hash"], int)
    assert rec["meta"]["source"]
    for tok in rec["tokens"]:
        assert rec["text"][tok["start"]:tok["end"]] == tok["text"]
    for span in rec["spans"]:
        assert {"start", "end", "label", "layer", "source", "status", "token_start", "token_end"} <= set(span)


def test_import_stats_export_detect(tmp_path, project_location):
    project = project_location
    r = run("import", SAMPLES, "--project", project)
    assert r.returncode == 0, r.stderr
    n = len(list(read_paths([SAMPLES])))
    assert f"{n} documents added" in r.stderr
    assert f"0 documents added, {n} already in the project" in run("import", SAMPLES, "--project", project).stderr
    r = run("stats", "--project", project)
    assert r.returncode == 0 and f"documents: {n} (todo {n}, done 0, skipped 0)" in r.stdout
    out = tmp_path / "out.jsonl"
    r = run("export", "--project", project, "--format", "native", "--output", out, "--status", "all")
    assert r.returncode == 0, r.stderr
    recs = records(out)
    assert len(recs) == n
    for rec in recs:
        check_native(rec)
        assert rec["meta"]["source"].startswith(str(SAMPLES))
    det = tmp_path / "det.jsonl"
    r = run("detect", SAMPLES, "--output", det, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    recs = records(det)
    assert len(recs) == n and all(rec["meta"]["lang"] in ("id", "en") for rec in recs)
    for rec in recs:
        check_native(rec)


def test_real_articles_import_and_export(shared_data, tmp_path):
    project = tmp_path / "p.annotator"
    assert main(["import", str(shared_data / "articles" / "id"), "--project", str(project)]) == 0
    out = tmp_path / "o.jsonl"
    assert main(["export", "--project", str(project), "--output", str(out), "--status", "all"]) == 0
    recs = records(out)
    assert len(recs) == 31
    for rec in recs:
        check_native(rec)


def test_bad_inputs_give_one_line_each_and_a_nonzero_exit(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Berita baik.")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{broken\n')
    project = tmp_path / "p.annotator"
    r = run("import", good, binary, bad, tmp_path / "nope.txt", "--project", project)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    problems = [line for line in r.stderr.splitlines() if line.startswith("annotator: ")]
    assert len(problems) == 3
    assert any(str(binary) in p for p in problems) and any(f"{bad}:2:" in p for p in problems)
    with open_project(project, readonly=True) as p:
        assert sorted(s.title for s in p.list_documents()) == ["Berita baik.", "ok"]


def test_unreadable_project_and_missing_output_dir_are_clear(tmp_path):
    junk = tmp_path / "junk.annotator"
    junk.write_bytes(b"junk" * 1000)
    r = run("stats", "--project", junk)
    assert r.returncode == 2 and "not a usable project" in r.stderr and "Traceback" not in r.stderr
    r = run("export", "--project", tmp_path / "missing.annotator", "--output", tmp_path / "o.jsonl")
    assert r.returncode == 2 and "no such project" in r.stderr


def test_failed_export_leaves_the_old_file(tmp_path, monkeypatch):
    project = tmp_path / "p.annotator"
    with open_project(project) as p:
        p.add_documents([Document(text="a"), Document(text="b")])
    out = tmp_path / "o.jsonl"
    out.write_text("old\n")

    def explode(doc, index, tokens):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(native, "_record", explode)
    with pytest.raises(RuntimeError):
        main(["export", "--project", str(project), "--output", str(out), "--status", "all"])
    assert out.read_text() == "old\n" and [f.name for f in tmp_path.iterdir() if f.name.startswith(".o")] == []


# -- property: random text and spans survive export → import → export -----------------------------
TEXT = st.text(alphabet=st.sampled_from(list("ab Z\n\r\t.,\"'😀👍🏽\u0301é\u05d0\U0001D538-")), min_size=1, max_size=60)
LABELS = {"entities": ["PERSON", "LOC"], "quotes": ["QUOTE", "CUE"], "segments": ["BOILERPLATE"]}


@st.composite
def documents(draw):
    text = draw(TEXT.filter(lambda t: t.strip()))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    spans = []
    for layer, labels in LABELS.items():
        cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=6)))
        for a, b in zip(cuts[::2], cuts[1::2]):
            if a < b:
                spans.append(Span(start=a, end=b, label=draw(st.sampled_from(labels)), layer=layer,
                                  status=draw(st.sampled_from(list(SpanStatus))),
                                  source=draw(st.sampled_from(["user", "import", "detector:x"])),
                                  score=draw(st.none() | st.floats(0, 1)),
                                  attrs=draw(st.sampled_from([{}, {"speaker": "Gati W."}, {"direct": False}]))))
    rels = []
    quotes = [s for s in spans if s.label == "QUOTE"]
    others = [s for s in spans if s.layer == "entities"]
    if quotes and others:
        rels.append(Relation(label="SPEAKER", head=quotes[0].id, child=others[0].id))
    return Document(text=text, spans=spans, relations=rels, status=draw(st.sampled_from(list(DocStatus))),
                    meta={"source": "x.txt", "k": draw(st.text(max_size=5))})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents())
def test_native_export_import_export_is_identical(tmp_path_factory, doc):
    tmp = tmp_path_factory.mktemp("rt")
    with open_project(tmp / "a.annotator") as p:
        p.add_documents([doc])
        first = tmp / "first.jsonl"
        assert main(["export", "--project", p.path, "--output", str(first), "--status", "all"]) == 0
    assert main(["import", str(first), "--project", str(tmp / "b.annotator")]) == 0
    second = tmp / "second.jsonl"
    assert main(["export", "--project", str(tmp / "b.annotator"), "--output", str(second), "--status", "all"]) == 0
    (rec,) = records(second)
    # identical but for meta.source, which names the file read; the source the record named is kept beside it
    assert rec["meta"].pop("source") == str(first)
    rec["meta"]["source"] = rec["meta"].pop("record_source")
    assert records(first) == [rec]
    for s in rec["spans"]:
        original = next(x for x in doc.spans if x.id == s["id"])
        assert rec["text"][s["start"]:s["end"]] == doc.text[original.start:original.end]


def test_commands_that_only_read_upgrade_an_old_project_first(tmp_path):
    import shutil

    old = tmp_path / "v1.annotator"
    shutil.copy(ROOT / "tests" / "store" / "fixtures" / "v1.annotator", old)
    r = run("stats", "--project", old)
    assert r.returncode == 0, r.stderr
    assert "upgrading" in r.stderr and "documents: " in r.stdout
    r = run("export", "--project", old, "--output", tmp_path / "o.jsonl", "--status", "all")
    assert r.returncode == 0 and "upgrading" not in r.stderr
