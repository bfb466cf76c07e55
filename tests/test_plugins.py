"""A third party adds a format and a detector by installing a package: the toy plug-in in tests/plugins
(an importable package and its ``*.dist-info`` with ``entry_points.txt``, as pip would leave them) is put on
PYTHONPATH, and the command line lists, runs, writes and reads it back; without it nothing of it shows."""

import os
import subprocess
import sys
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = Path(__file__).resolve().parent / "plugins"
TEXT = "Penjualan Kopiko naik di Jakarta, kata Budi Santoso. Kopiko diekspor ke Filipina."


def run(*args, plugin=True):
    env = dict(os.environ)
    if plugin:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PLUGINS), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env)


def records(path):
    return [orjson.loads(line) for line in Path(path).read_bytes().splitlines()]


def test_the_plugin_s_format_and_detector_are_listed_only_when_installed():
    assert "toy" in run("export", "--help").stdout.split("--format {")[1].split("}")[0].split(",")
    assert "entities: entities, patterns, toy;" in " ".join(run("detect", "--help").stdout.split())
    assert "toy" not in run("export", "--help", plugin=False).stdout
    assert "toy" not in run("detect", "--help", plugin=False).stdout


def test_the_plugin_s_detector_finds_spans_and_its_format_writes_and_reads_them(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    detected = tmp_path / "det.jsonl"
    r = run("detect", article, "--output", detected, "--layers", "entities", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    toy = [s for s in records(detected)[0]["spans"] if s["source"] == "detector:toy"]
    assert [(TEXT[s["start"]:s["end"]], s["label"], s["status"]) for s in toy] == [("Kopiko", "MISC", "suggested")] * 2
    project = tmp_path / "p.annotator"
    assert run("import", detected, "--project", project).returncode == 0
    out = tmp_path / "out.toy.jsonl"
    r = run("export", "--project", project, "--format", "toy", "--status", "all", "--include-suggestions",
            "--output", out)
    assert r.returncode == 0, r.stderr
    assert "MISC" in r.stderr  # the summary counts the format's labels
    [record] = records(out)
    assert record["toy_text"] == TEXT
    assert sum(1 for s, e, label, _ in record["marks"] if TEXT[s:e] == "Kopiko" and label == "MISC") == 2
    again = tmp_path / "again.annotator"
    r = run("import", out, "--project", again)  # the plug-in's importer recognises its records
    assert r.returncode == 0 and "1 documents added" in r.stderr, r.stderr
    stats = orjson.loads(run("stats", "--project", again, "--json").stdout)
    assert stats["spans"]["entities"]["MISC"]["import (accepted)"] == 2
    r = run("import", out, "--project", tmp_path / "without.annotator", plugin=False)
    assert r.returncode == 1 and 'the record has no "text" string' in r.stderr


def test_a_broken_or_clashing_plugin_is_skipped_with_a_warning(monkeypatch, caplog):
    from importlib.metadata import EntryPoint

    from annotator.core import plugins
    from annotator.detect import registry as detectors
    from annotator.io.formats import registry as formats

    points = {
        plugins.FORMATS: [EntryPoint("broken", "annotator_no_such_module:FORMAT", plugins.FORMATS),
                          EntryPoint("again", "annotator.io.formats.native:NativeExporter", plugins.FORMATS),
                          EntryPoint("odd", "annotator.core.labels:LAYERS", plugins.FORMATS)],
        plugins.DETECTORS: [EntryPoint("again", "annotator.detect.lang:LanguageDetector", plugins.DETECTORS)],
    }
    monkeypatch.setattr(plugins, "entry_points", lambda group: points[group])
    detectors.refresh()
    try:
        with caplog.at_level("WARNING", logger="annotator.plugins"):
            assert [f.name for f in formats.installed()] == [f.name for f in formats.BUILT_IN]
            assert [k.name for k in detectors.kinds()] == ["lang", "segments", "site", "entities", "patterns", "quotes"]
    finally:
        detectors.refresh()
    said = caplog.text
    assert "'broken' (annotator_no_such_module:FORMAT) could not be loaded: ModuleNotFoundError" in said
    assert "the format name 'native' is taken" in said and "the detector name 'lang' is taken" in said
    assert "'odd' is not used: it is neither a Format nor an Exporter subclass" in said
