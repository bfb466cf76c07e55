"""``annotator --self-test``: prove that an installed copy works, without a window.

It imports the bundled sample articles into a temporary project, runs every detector and stores the
suggestions, accepts the documents, exports them in every format, and checks each export against the
project: the file parses, every document is there once, offsets point at the right text, label counts
match, and the formats the app can import come back with the same spans.  Packagers run it on the frozen
bundle (``make dist-test``); a user can run it to tell a broken install from a broken file.

Qt-free, so it runs on a machine with no display.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any, TextIO

import orjson

from annotator import __version__, tasks
from annotator.core.labels import ENTITIES, LAYERS, QUOTE, SEGMENTS
from annotator.core.model import Document, DocStatus
from annotator.core.offsets import Utf16Map
from annotator.core.resources import resource, resources_dir
from annotator.core.tokenize import TokenIndex, tokenize
from annotator.io.errors import InputError
from annotator.io.formats import EXPORTERS, INSTALLED, SUFFIXES, ExportOptions, Format
from annotator.io.formats.base import sidecar_path
from annotator.io.formats.iob import COLUMNS
from annotator.io.readers import read_paths


def round_trip(fmt: str) -> Format | None:
    """The format if the app imports it again (a round trip checks it), else None."""
    return next((f for f in INSTALLED if f.name == fmt and f.importer is not None), None)


class Failed(Exception):
    """One check failed; the message says what and where."""


def expect(ok: bool, message: str) -> None:
    if not ok:
        raise Failed(message)


def spans_of(doc: Document, layers: Iterable[str] = LAYERS) -> set[tuple[int, int, str]]:
    wanted = set(layers)
    return {(s.start, s.end, s.label) for s in doc.spans if s.layer in wanted}


# -- parsing -------------------------------------------------------------------------------------------


def jsonl(path: Path) -> list[Any]:
    records = []
    for n, line in enumerate(path.read_bytes().splitlines(), 1):
        if line.strip():
            try:
                records.append(orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                raise Failed(f"{path.name} line {n} is not JSON: {exc}") from None
    return records


def iob_counts(tags: list[str], where: str) -> Counter:
    """Spans per label in an IOB2 sequence; fails on an I- that continues nothing."""
    found: Counter = Counter()
    previous = "O"
    for tag in tags:
        if tag.startswith("B-"):
            found[tag[2:]] += 1
        elif tag.startswith("I-"):
            expect(previous[2:] == tag[2:] and previous != "O", f"{where}: {tag} follows {previous}")
        else:
            expect(tag == "O", f"{where}: {tag!r} is not an IOB2 tag")
        previous = tag
    return found


def expected_tag_counts(docs: list[Document], layer: str) -> tuple[Counter, Counter]:
    """Spans per label of ``layer``: those on token boundaries (they must be tagged) and all of them (the
    others are left out with a warning)."""
    aligned: Counter = Counter()
    every: Counter = Counter()
    for doc in docs:
        index = TokenIndex(tokenize(doc.text))
        for span in doc.spans_in(layer):
            every[span.label] += 1
            if index.char_span_to_tokens(span.start, span.end) is not None:
                aligned[span.label] += 1
    return aligned, every


def check_tag_counts(found: Counter, docs: list[Document], layer: str, where: str) -> None:
    aligned, every = expected_tag_counts(docs, layer)
    for label in set(found) | set(every):
        expect(aligned[label] <= found[label] <= every[label],
               f"{where}: {found[label]} {label} spans tagged; the project has {every[label]} "
               f"({aligned[label]} on token boundaries)")


# -- per-format checks: each returns a short description of what it verified --------------------------


def check_round_trip(fmt: Format, path: Path, docs: list[Document]) -> str:
    relations = fmt.exporter is not None and fmt.exporter.keeps_relations
    by_text = {d.text: d for d in docs}
    seen: set[str] = set()
    n_spans = n_relations = 0
    for item in read_paths([path]):
        if isinstance(item, InputError):
            raise Failed(f"importing the export back failed: {item}")
        ref = by_text.get(item.text)
        if ref is None:
            raise Failed(f"an exported document's text is not in the project: {item.text[:60]!r}")
        expect(ref.id not in seen, f"document {ref.id} is exported twice")
        seen.add(ref.id)
        got, want = spans_of(item), spans_of(ref)
        expect(got == want, f"document {ref.id}: spans differ after import: missing {sorted(want - got)[:3]}, "
                            f"extra {sorted(got - want)[:3]}")
        if relations:
            expect(len(item.relations) == len(ref.relations),
                   f"document {ref.id}: {len(item.relations)} relations came back of {len(ref.relations)}")
        n_spans += len(got)
        n_relations += len(item.relations)
    expect(len(seen) == len(docs), f"{len(seen)} of {len(docs)} documents are in the export")
    return f"{len(seen)} documents, {n_spans} spans, {n_relations} relations imported back identical"


def check_labelstudio_offsets(path: Path, docs: list[Document]) -> None:
    """Label Studio shows ``value.text`` for a region: it must be the text at the region's offsets."""
    for task in orjson.loads(path.read_bytes()):
        text = task["data"]["text"]
        for group in [*task.get("annotations", []), *task.get("predictions", [])]:
            for item in group["result"]:
                value = item.get("value", {})
                if "start" in value and isinstance(value.get("text"), str):
                    expect(text[value["start"]:value["end"]] == value["text"],
                           f"region {item.get('id')}: its text {value['text']!r} is not at "
                           f"[{value['start']}, {value['end']})")


def check_doccano_offsets(path: Path, docs: list[Document]) -> None:
    """doccano counts UTF-16 code units: converted back, every offset must fall inside the text."""
    for record in jsonl(path):
        u16 = Utf16Map(record["text"])
        pairs = [(s, e) for s, e, _ in record.get("label", [])]
        pairs += [(x["start_offset"], x["end_offset"]) for x in record.get("entities", [])]
        for s, e in pairs:
            start, end = u16.to_cp(s), u16.to_cp(e)
            expect(0 <= start < end <= len(record["text"]), f"document {record.get('id')}: [{s}, {e}) is outside")


def check_hf(path: Path, docs: list[Document]) -> str:
    labels_path = sidecar_path(path, ".labels.json")
    expect(labels_path.is_file(), f"{labels_path.name} (the tag names) was not written")
    names: dict[str, list[str]] = orjson.loads(labels_path.read_bytes())
    records = jsonl(path)
    by_id = {d.id: d for d in docs}
    expect(sorted(r["doc_id"] for r in records) == sorted(by_id), "the records are not one per document")
    counts: dict[str, Counter] = {column: Counter() for column in names}
    for record in records:
        doc = by_id[record["doc_id"]]
        expect(record["tokens"] == [t.text for t in tokenize(doc.text)],
               f"document {doc.id}: the tokens are not the document's tokens")
        for column, tag_names in names.items():
            ids = record[column]
            expect(len(ids) == len(record["tokens"]), f"document {doc.id}: {column} and tokens differ in length")
            expect(all(isinstance(i, int) and 0 <= i < len(tag_names) for i in ids),
                   f"document {doc.id}: {column} has ids outside {labels_path.name}")
            counts[column] += iob_counts([tag_names[i] for i in ids], f"document {doc.id} {column}")
    for layer, column in COLUMNS.items():
        if column in counts:
            check_tag_counts(counts[column], docs, layer, column)
    total = sum(sum(c.values()) for c in counts.values())
    return f"{len(records)} records, {total} tagged spans in {len(names)} columns, tokens match"


def check_conll(path: Path, docs: list[Document]) -> str:
    blocks = path.read_text(encoding="utf-8").split("-DOCSTART- -X- O O\n")
    expect(blocks[0].strip() == "", "the file does not start with -DOCSTART-")
    blocks = blocks[1:]
    expect(len(blocks) == len(docs), f"{len(blocks)} -DOCSTART- blocks for {len(docs)} documents")
    columns: list[Counter] = []
    for doc, block in zip(docs, blocks):
        rows = [line.split(" ") for line in block.splitlines() if line]
        expect([r[0] for r in rows] == [t.text for t in tokenize(doc.text)],
               f"document {doc.id}: the token column is not the document's tokens (in export order)")
        width = {len(r) for r in rows}
        expect(len(width) <= 1, f"document {doc.id}: rows have {sorted(width)} columns")
        for k in range(1, width.pop() if width else 1):
            while len(columns) < k:
                columns.append(Counter())
            columns[k - 1] += iob_counts([r[k] for r in rows], f"document {doc.id} column {k + 1}")
    for layer, found in zip(COLUMNS, columns):
        check_tag_counts(found, docs, layer, f"the {layer} column")
    return f"{len(blocks)} documents, {sum(sum(c.values()) for c in columns)} tagged spans, tokens match"


def check_quotes(path: Path, docs: list[Document]) -> str:
    by_id = {d.id: d for d in docs}
    records = jsonl(path)
    for r in records:
        doc = by_id.get(r["doc_id"])
        if doc is None:
            raise Failed(f"quote {r.get('id')} names a document that is not in the project")
        expect(doc.text[r["start"]:r["end"]] == r["text"], f"quote {r['id']}: its text is not at its offsets")
        for part in ("cue", "speaker_mention", "context"):
            sub = r.get(part)
            if sub is not None:
                expect(doc.text[sub["start"]:sub["end"]] == sub["text"],
                       f"quote {r['id']}: its {part} text is not at its offsets")
    want = sum(1 for d in docs for s in d.spans if s.label == QUOTE)
    expect(len(records) == want, f"{len(records)} quote records; the project has {want} quotes")
    speakers = sum(1 for r in records if r.get("speaker_mention"))
    return f"{len(records)} quotes ({speakers} with a speaker mention), offsets match"


def check_boilerplate(path: Path, docs: list[Document]) -> str:
    by_id = {d.id: d for d in docs}
    records = jsonl(path)
    roles: Counter = Counter()
    last_end: dict[str, int] = {}
    for r in records:
        doc = by_id[r["doc_id"]]
        expect(doc.text[r["start"]:r["end"]] == r["text"], f"document {doc.id}: a piece's text is not at its offsets")
        expect(r["start"] >= last_end.get(doc.id, 0), f"document {doc.id}: pieces overlap or are out of order")
        last_end[doc.id] = r["end"]
        expect(r["cats"].get(r["role"]) == 1.0 and sum(r["cats"].values()) == 1.0,
               f"document {doc.id}: cats do not mark the role {r['role']!r}")
        inside = [s.label for s in doc.spans_in(SEGMENTS) if s.start <= r["start"] and r["end"] <= s.end]
        expect((inside[0] if inside else "content") == r["role"],
               f"document {doc.id}: piece [{r['start']}, {r['end']}) has role {r['role']!r}, its segment says "
               f"{inside[0] if inside else 'content'!r}")
        roles[r["role"]] += 1
    expect(set(last_end) == {d.id for d in docs if d.text.strip()}, "not every document has pieces")
    return f"{len(records)} pieces ({', '.join(f'{k} {v}' for k, v in sorted(roles.items()))}), roles match"


def check_spacy(path: Path, docs: list[Document]) -> str:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    files = sorted(path.glob("*.spacy")) if path.is_dir() else [path]
    vocab = Vocab()
    got = [d for f in files for d in DocBin().from_disk(f).get_docs(vocab)]
    by_text = {d.text: d for d in docs}
    expect(sorted(d.text for d in got) == sorted(by_text), "the .spacy documents' texts are not the project's")
    n = 0
    for sdoc in got:
        ref = by_text[sdoc.text]
        index = TokenIndex(tokenize(ref.text))
        want = {(s.start, s.end, s.label) for s in ref.spans_in(ENTITIES)
                if index.char_span_to_tokens(s.start, s.end) is not None}
        ents = {(e.start_char, e.end_char, e.label_) for e in sdoc.ents}
        expect(ents == want, f"document {ref.id}: doc.ents differ from the entity spans")
        n += len(ents)
    return f"{len(got)} docs, {n} entities in doc.ents, offsets match"


def check_generic(path: Path, docs: list[Document]) -> str:
    """A format this self-test has no specific check for: it must at least parse and say something."""
    expect(path.exists() and (path.is_dir() or path.stat().st_size > 0), "nothing was written")
    if path.suffix in (".jsonl", ".json"):
        records = jsonl(path) if path.suffix == ".jsonl" else orjson.loads(path.read_bytes())
        return f"{len(records)} records parse (no format-specific check)"
    return f"{path.stat().st_size:,} bytes written (no format-specific check)"


CHECKS: dict[str, Callable[[Path, list[Document]], str]] = {
    "hf": check_hf, "conll": check_conll, "quotes": check_quotes, "boilerplate": check_boilerplate,
    "spacy": check_spacy,
}
EXTRA_CHECKS = {"labelstudio": check_labelstudio_offsets, "doccano": check_doccano_offsets,
                "doccano-relations": check_doccano_offsets}


def verify(fmt: str, path: Path, docs: list[Document]) -> str:
    if fmt in EXTRA_CHECKS:
        EXTRA_CHECKS[fmt](path, docs)
    importable = round_trip(fmt)
    if importable is not None:
        return check_round_trip(importable, path, docs)
    return CHECKS.get(fmt, check_generic)(path, docs)


# -- the run -------------------------------------------------------------------------------------------


class Report:
    def __init__(self, out: TextIO):
        self.out, self.failures, self.checks = out, 0, 0

    def line(self, what: str, text: str) -> None:
        self.out.write(f"  {what:<24} {text}\n")
        self.out.flush()

    def step(self, what: str, fn: Callable[[], str]) -> bool:
        self.checks += 1
        try:
            self.line(what, f"ok   {fn()}")
            return True
        except Failed as exc:
            self.line(what, f"FAIL {exc}")
        except Exception as exc:  # noqa: BLE001 - the self-test reports what broke instead of dying on the first error
            self.line(what, f"FAIL {type(exc).__name__}: {exc}")
            traceback.print_exc(file=sys.stderr)
        self.failures += 1
        return False


def run(out: TextIO = sys.stdout, samples: Path | None = None, formats: Iterable[str] | None = None) -> int:
    """Run the self-test; 0 when everything passed, 1 otherwise (the report says what failed)."""
    started = time.perf_counter()
    frozen = getattr(sys, "frozen", False)
    out.write(f"annotator {__version__} self-test ({'bundle ' + sys.executable if frozen else 'from source'})\n")
    report = Report(out)
    samples = samples or resource("samples")
    state: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="annotator-selftest-") as tmp:
        from annotator.store import open_project

        project = open_project(Path(tmp) / "selftest.annotator")
        try:
            report.step("resources", lambda: _resources(samples))
            ok = report.step("import", lambda: _import(project, samples, state))
            ok = ok and report.step("detect", lambda: _detect(project, state))
            ok = ok and report.step("accept", lambda: _accept(project, state))
            if ok:
                docs = list(project.iter_documents(DocStatus.DONE))
                for fmt in formats or EXPORTERS:
                    if fmt == "spacy" and importlib.util.find_spec("spacy") is None:
                        report.line(f"export {fmt}", "skip spaCy is not installed (the `spacy` extra); "
                                                     "the installer leaves it out")
                        continue
                    path = Path(tmp) / "exports" / fmt / f"out{SUFFIXES[fmt]}"
                    path.parent.mkdir(parents=True)
                    report.step(f"export {fmt}", partial(_export, project, fmt, path, docs))
        finally:
            project.close()
    seconds = time.perf_counter() - started
    if report.failures:
        out.write(f"self-test FAILED: {report.failures} of {report.checks} checks failed ({seconds:.1f} s)\n")
        return 1
    out.write(f"self-test passed: {report.checks} checks in {seconds:.1f} s\n")
    return 0


def _resources(samples: Path) -> str:
    scheme = resource("labels", "default.json")
    expect(scheme.is_file(), f"the label scheme {scheme} is missing")
    files = sorted(p for p in samples.iterdir() if p.is_file()) if samples.is_dir() else []
    expect(bool(files), f"no sample articles in {samples}")
    return f"{resources_dir()} ({len(files)} sample files)"


def _import(project, samples: Path, state: dict[str, Any]) -> str:
    result = tasks.import_paths(project, [str(samples)])
    problems = result.problems
    expect(not problems, f"{len(problems)} samples could not be read, e.g. {problems[0] if problems else ''}")
    n = len(result.added) + result.duplicates
    expect(len(result.added) == n and project.count() == n, f"{len(result.added)} of {n} documents were added")
    state["pks"] = result.added
    sources = {str(s.meta.get("source")) for s in map(project.get_document, result.added)}
    return f"{n} documents from {len(sources)} files"


def _detect(project, state: dict[str, Any]) -> str:
    from annotator.detect.pipeline import available_detectors

    pks = state["pks"]
    found = tasks.detect_documents(project, pks, layers=LAYERS, lang="auto", jobs=1)
    per_source, langs = found.kept, found.languages  # kept: less than found where a sample has accepted spans
    stored = sum(s.n_suggested for s in project.list_documents(limit=len(pks)))
    expect(stored == found.suggestions > 0, f"{found.suggestions} suggestions kept, {stored} stored")
    silent = [d.source for d in available_detectors() if d.layers and not d.project_only and not per_source[d.source]]
    expect(not silent, f"detectors found nothing in the samples: {', '.join(silent)} (a missing model or resource?)")
    expect("?" not in langs, f"{langs['?']} documents got no language")
    by_source = ", ".join(f"{k.split(':', 1)[-1]} {v}" for k, v in sorted(per_source.items()))
    return f"{stored} suggestions ({by_source}); languages {', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}"


def _accept(project, state: dict[str, Any]) -> str:
    for pk in state["pks"]:
        project.accept_document(pk)
    done = project.progress()["done"]
    expect(done == len(state["pks"]), f"{done} of {len(state['pks'])} documents are done")
    return f"{done} documents done"


def _export(project, fmt: str, path: Path, docs: list[Document]) -> str:
    # whole documents (no 512-token cap for hf), so every record can be checked against its document's tokens
    options = ExportOptions(max_tokens=0) if fmt in ("hf", "conll") else ExportOptions()
    summary = tasks.export(project, fmt, path, options, status=DocStatus.DONE)
    expect(summary.documents == len(docs), f"{summary.documents} of {len(docs)} documents exported")
    for name in summary.files:
        expect(Path(name).exists(), f"{name} is listed as written but does not exist")
    return verify(fmt, path, docs)
