"""``annotator --self-test`` (annotator/selftest.py), run from source; ``make dist-test`` runs it frozen."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from annotator import cli, selftest
from annotator.detect import pipeline
from annotator.detect.base import Detector, Suggestions
from annotator.io import formats

ROOT = Path(__file__).resolve().parent.parent


def run_selftest(**kwargs) -> tuple[int, str]:
    out = io.StringIO()
    code = selftest.run(out=out, **kwargs)
    return code, out.getvalue()


def test_passes_on_the_bundled_samples_and_checks_every_format():
    code, report = run_selftest()
    assert code == 0, report
    assert report.rstrip().splitlines()[-1].startswith("self-test passed")
    for fmt in formats.EXPORTERS:
        line = next(x for x in report.splitlines() if x.strip().startswith(f"export {fmt} "))
        assert " ok " in line or (fmt == "spacy" and " skip " in line), line
    assert "FAIL" not in report


def test_a_wrong_offset_in_an_export_fails_and_names_the_format(monkeypatch):
    real = formats.EXPORTERS["quotes"]

    def shifted(docs, output, options, progress):
        summary = real(docs, output, options, progress)
        lines = [orjson.loads(x) for x in Path(output).read_bytes().splitlines()]
        lines[0]["start"] += 1
        Path(output).write_bytes(b"".join(orjson.dumps(x) + b"\n" for x in lines))
        return summary

    monkeypatch.setitem(formats.EXPORTERS, "quotes", shifted)
    code, report = run_selftest()
    assert code == 1
    assert "FAIL" in next(x for x in report.splitlines() if "export quotes" in x)
    assert "its text is not at its offsets" in report
    assert "self-test FAILED: 1 of" in report


def test_a_span_lost_by_an_importable_format_fails_the_round_trip(monkeypatch):
    real = formats.EXPORTERS["doccano"]

    def lossy(docs, output, options, progress):
        summary = real(docs, output, options, progress)
        records = [orjson.loads(x) for x in Path(output).read_bytes().splitlines()]
        next(r for r in records if r["label"])["label"].pop()
        Path(output).write_bytes(b"".join(orjson.dumps(x) + b"\n" for x in records))
        return summary

    monkeypatch.setitem(formats.EXPORTERS, "doccano", lossy)
    code, report = run_selftest(formats=["doccano"])
    assert code == 1
    assert "spans differ after import" in report


def test_a_detector_that_finds_nothing_fails(monkeypatch):
    """What a bundle without its model or gazetteers looks like: the detector runs and finds nothing."""

    class Blind(Detector):
        name = "blind"
        layers = ("entities",)

        def detect(self, doc, ctx):
            return Suggestions()

    real = pipeline.available_detectors
    monkeypatch.setattr(pipeline, "available_detectors", lambda *a, **k: [*real(*a, **k), Blind()])
    code, report = run_selftest(formats=[])
    assert code == 1
    assert "detectors found nothing in the samples: detector:blind" in report


def test_missing_samples_fail_clearly(tmp_path):
    code, report = run_selftest(samples=tmp_path / "nowhere", formats=[])
    assert code == 1
    assert "no sample articles" in report


def test_spacy_missing_is_a_skip_with_a_note(monkeypatch):
    real_find_spec = selftest.importlib.util.find_spec
    monkeypatch.setattr(selftest.importlib.util, "find_spec",
                        lambda name, *a: None if name == "spacy" else real_find_spec(name, *a))
    code, report = run_selftest(formats=["spacy", "native"])
    assert code == 0, report
    assert "skip spaCy is not installed" in report


def test_the_command_line_flag_runs_it_without_qt():
    code = ("import sys; from annotator.cli import main; rc = main(['--self-test']); "
            "assert 'PySide6' not in sys.modules, 'the self-test imported Qt'; sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout


def test_a_project_file_opened_from_the_desktop_becomes_the_project(monkeypatch, tmp_path):
    """The .desktop entry runs ``annotator %F``: a double-clicked ``x.annotator`` must open that project,
    not be imported as a document."""
    seen = {}
    import annotator.ui.app as app

    monkeypatch.setattr(app, "run", lambda args: seen.update(project=args.project, paths=args.paths) or 0)
    project = str(tmp_path / "team.annotator")
    assert cli.main([project]) == 0
    assert seen == {"project": project, "paths": []}


@pytest.mark.parametrize("name", ["annotator.desktop", "annotator-mime.xml"])
def test_the_desktop_files_agree_on_the_project_mime_type(name):
    text = (ROOT / "packaging" / "linux" / name).read_text(encoding="utf-8")
    assert "application/x-annotator-project" in text
    if name.endswith(".xml"):
        assert '<glob pattern="*.annotator"/>' in text
    else:
        assert "Exec=annotator %F" in text and "Icon=annotator" in text


def _package_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("package", ROOT / "packaging" / "linux" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_deb_build_refuses_a_library_that_is_neither_bundled_nor_a_dependency(tmp_path):
    """packaging/linux/package.py computes the .deb's Depends; a bundle needing an unknown library must stop
    the build rather than make a package that fails to start on a clean machine."""
    import _ctypes

    package = _package_module()
    ctypes_so = Path(_ctypes.__file__)
    needs = package.needed(ctypes_so)
    ffi = next(x for x in needs if x.startswith("libffi"))
    (tmp_path / ctypes_so.name).write_bytes(ctypes_so.read_bytes())
    with pytest.raises(SystemExit, match=ffi.replace(".", r"\.")):
        package.depends(tmp_path)
    (tmp_path / ffi).write_bytes(b"")  # carried by the bundle: nothing more to depend on
    assert package.depends(tmp_path)[0].startswith("libc6 (>= 2.")
