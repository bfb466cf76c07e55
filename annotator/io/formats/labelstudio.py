"""Label Studio tasks: ``{"data": {"text": …}, "annotations": [...], "predictions": [...]}``.

Offsets: Label Studio's front end (since 1.4) converts the browser's UTF-16
selection offsets to code points before it stores a region
(``fixCodePointsInRange``), and counts code points when it shows one
(``findOnPosition``); so the exporter writes code points, the same as every
other offset here.  Older versions stored UTF-16 code units.  A region's
``value.text`` tells which count was used, so the importer reads offsets as
code points when they match and converts from UTF-16 otherwise.

The export is a JSON array of tasks (one per line) plus ``<stem>.config.xml``,
the labelling configuration to paste into the project's settings: one
``<Labels>`` per layer (``from_name`` is the layer), the relations, a
per-region text area ``speaker`` (a quote's resolved speaker) and a choice
``direct`` (``reported`` for reported speech).  Accepted spans and relations
are the task's annotation; suggestions (with ``--include-suggestions``) are
its prediction, whose ``model_version`` is the detector (``detector:quotes``)
when one made them all; imported, such a prediction's regions get that
detector as their source.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr

import orjson

from annotator.core.labels import LAYERS, QUOTES, LabelScheme
from annotator.core.model import (
    DETECTOR_PREFIX,
    SOURCE_IMPORT,
    Document,
    DocStatus,
    Relation,
    Span,
    SpanStatus,
    sort_spans,
)
from annotator.core.offsets import Utf16Map
from annotator.io.atomic import atomic_write
from annotator.io.formats.base import Exporter, sidecar_path
from annotator.io.formats.common import RecordError

CONFIG_SUFFIX = ".config.xml"
TEXT_NAME = "text"
SPEAKER_NAME = "speaker"
DIRECT_NAME = "direct"
REPORTED = "reported"
MODEL_VERSION = "annotator"  # a prediction's model_version unless one detector made all its regions


_REGION_TYPES = ("labels", "hypertextlabels")  # the result types that mark a region of the text


def is_labelstudio(record: dict[str, Any]) -> bool:
    return isinstance(record.get("data"), dict) and isinstance(record["data"].get("text"), str)


def meta_of(record: dict[str, Any]) -> dict[str, Any]:
    """The task's data fields other than the text and the document id."""
    return {k: v for k, v in record["data"].items() if k not in ("text", "id")}


def id_of(record: dict[str, Any]) -> Any:
    """The document id: ``data.id`` (written by the exporter), else the task id."""
    data_id = record["data"].get("id")
    return data_id if data_id is not None else record.get("id")


def _offsets(value: dict[str, Any], text: str, u16: Utf16Map, where: str) -> tuple[int, int]:
    start, end = value.get("start"), value.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise RecordError(f"{where} has non-integer offsets")
    shown = value.get("text")
    if isinstance(shown, str) and text[start:end] != shown:
        start, end = u16.to_cp(start), u16.to_cp(end)
        if text[start:end] != shown:
            raise RecordError(f"{where}: its text {shown!r} is not at its offsets")
    if not 0 <= start < end <= len(text):
        raise RecordError(f"{where} lies outside the text")
    return start, end


class _Regions:
    """Spans and relations read from the results of one task; a prediction's
    region at the place of an annotation region is that region."""

    def __init__(self, text: str, scheme: LabelScheme):
        self.text, self.scheme, self.u16 = text, scheme, Utf16Map(text)
        self.spans: list[Span] = []
        self.relations: list[Relation] = []
        self._at: dict[tuple[int, int, str], Span] = {}

    def _free_id(self, region_id: str) -> str:
        """The region's id, made unique: a prediction may reuse an id of the annotation."""
        taken = {s.id for s in self.spans}
        candidate, n = region_id, 1
        while candidate and candidate in taken:
            n += 1
            candidate = f"{region_id}-{n}"
        return candidate

    def read(self, result: list[Any], status: SpanStatus, score: float | None, where: str,
             source: str = SOURCE_IMPORT) -> None:
        by_id: dict[str, Span] = {}
        links: list[dict[str, Any]] = []
        extras: list[dict[str, Any]] = []
        skipped: set[str] = set()
        for i, item in enumerate(result):
            if not isinstance(item, dict):
                raise RecordError(f"{where} result {i} is not an object")
            kind = item.get("type")
            if kind == "relation":
                links.append(item)
                continue
            value = item.get("value")
            name = f"{where} region {item.get('id', i)}"
            region = kind in _REGION_TYPES or (isinstance(value, dict) and "labels" in value)
            if region and not isinstance(value, dict):
                raise RecordError(f"{name} has no value object")
            if not isinstance(value, dict) or "start" not in value:
                if region:
                    raise RecordError(f"{name} has no start and end")
                continue  # not a text region (e.g. a choice about the whole task): nothing to import
            if not region:
                extras.append(item)
                continue
            if not value.get("labels"):
                raise RecordError(f"{name} has no label")
            start, end = _offsets(value, self.text, self.u16, name)
            label = value["labels"][0] if isinstance(value["labels"], list) else value["labels"]
            if not isinstance(label, str):
                raise RecordError(f"{name} has a label that is not a string: {label!r}")
            layer = self.scheme.layer_of(label)
            span = self._at.get((start, end, label))
            if span is None:
                if status == SpanStatus.SUGGESTED and any(
                        o.layer == layer and o.start < end and start < o.end for o in self.spans):
                    skipped.add(str(item.get("id")))
                    continue  # a prediction that overlaps an annotation region of its layer
                region_score = item.get("score", value.get("score", score))
                span = Span(id=self._free_id(str(item.get("id") or "")), start=start, end=end, label=label,
                            layer=layer, source=source, status=status,
                            score=float(region_score) if isinstance(region_score, (int, float)) else None)
                self.spans.append(span)
                self._at[(start, end, label)] = span
            if item.get("id") is not None:
                by_id[str(item["id"])] = span
        for item in extras:  # per-region attributes: the quote's speaker, reported speech
            span = by_id.get(str(item.get("id")))
            value = item["value"]
            if span is None:
                if str(item.get("id")) in skipped:
                    continue  # it goes with a prediction region that was left out
                raise RecordError(f"{where} result {item.get('id')!r} ({item.get('type') or 'no type'}) is about "
                                  "a region that is not in the task")
            if item.get("from_name") == SPEAKER_NAME and value.get("text"):
                shown = value["text"]
                span.attrs["speaker"] = shown[0] if isinstance(shown, list) else shown
            elif item.get("from_name") == DIRECT_NAME and REPORTED in (value.get("choices") or []):
                span.attrs["direct"] = False
        have = {(r.label, r.head, r.child) for r in self.relations}
        for link in links:
            ends = (str(link.get("from_id")), str(link.get("to_id")))
            head, child = by_id.get(ends[0]), by_id.get(ends[1])
            if skipped.intersection(ends):
                continue  # it goes with a prediction region that was left out
            if head is None or child is None:
                raise RecordError(f"{where} relation points at a region that is not in the task")
            if link.get("direction") == "left":
                head, child = child, head
            labels = link.get("labels") or ["RELATION"]
            label = labels[0] if isinstance(labels, list) else labels
            if not isinstance(label, str):
                raise RecordError(f"{where} relation has a label that is not a string: {label!r}")
            if (label, head.id, child.id) not in have:
                have.add((label, head.id, child.id))
                self.relations.append(Relation(label=label, head=head.id, child=child.id, source=SOURCE_IMPORT,
                                               status=status))


def from_record(record: dict[str, Any], scheme: LabelScheme) -> Document:
    text = record["data"]["text"]
    regions = _Regions(text, scheme)
    given = [a for a in record.get("annotations") or [] if isinstance(a, dict)]
    done = [a for a in given if not a.get("was_cancelled")]
    status = DocStatus.DONE if done else DocStatus.SKIPPED if given else DocStatus.TODO
    if done:  # the first completed annotation; Label Studio keeps one per annotator
        regions.read(done[0].get("result") or [], SpanStatus.ACCEPTED, None, "annotation")
    for pred in record.get("predictions") or []:
        if isinstance(pred, dict):
            score, version = pred.get("score"), pred.get("model_version")
            source = version if isinstance(version, str) and version.startswith(DETECTOR_PREFIX) else SOURCE_IMPORT
            regions.read(pred.get("result") or [], SpanStatus.SUGGESTED,
                         float(score) if isinstance(score, (int, float)) else None, "prediction", source)
    return Document(text=text, spans=regions.spans, relations=regions.relations, status=status)


# -- export -------------------------------------------------------------------------------------------


def _region(span: Span, text: str) -> list[dict[str, Any]]:
    value = {"start": span.start, "end": span.end, "text": text[span.start:span.end]}
    item: dict[str, Any] = {"id": span.id, "from_name": span.layer, "to_name": TEXT_NAME, "type": "labels",
                            "value": {**value, "labels": [span.label]}}
    if span.score is not None and span.status == SpanStatus.SUGGESTED:
        item["score"] = span.score
    out = [item]
    if isinstance(span.attrs.get("speaker"), str):
        out.append({"id": span.id, "from_name": SPEAKER_NAME, "to_name": TEXT_NAME, "type": "textarea",
                    "value": {**value, "text": [span.attrs["speaker"]]}})
    if span.attrs.get("direct") is False:
        out.append({"id": span.id, "from_name": DIRECT_NAME, "to_name": TEXT_NAME, "type": "choices",
                    "value": {**value, "choices": [REPORTED]}})
    return out


def _link(rel: Relation) -> dict[str, Any]:
    return {"from_id": rel.head, "to_id": rel.child, "type": "relation", "direction": "right", "labels": [rel.label]}


def task(doc: Document) -> dict[str, Any]:
    """The Label Studio task of a document."""
    spans = sort_spans(doc.spans)
    by_id = {s.id: s for s in spans}
    accepted = [s for s in spans if s.status == SpanStatus.ACCEPTED]
    firm: list[Relation] = []
    loose: list[Relation] = []
    for rel in doc.relations:
        accepted_ends = by_id[rel.head].status == by_id[rel.child].status == SpanStatus.ACCEPTED
        (firm if rel.status == SpanStatus.ACCEPTED and accepted_ends else loose).append(rel)
    data: dict[str, Any] = {"text": doc.text, "id": doc.id}
    data.update((k, v) for k, v in doc.meta.items() if k not in ("text", "id"))
    out: dict[str, Any] = {"data": data}
    if accepted or doc.status == DocStatus.DONE:
        result = [item for s in accepted for item in _region(s, doc.text)] + [_link(r) for r in firm]
        out["annotations"] = [{"result": result}]
    suggested = [s for s in spans if s.status == SpanStatus.SUGGESTED]
    if suggested or loose:
        # A prediction holds the suggested regions and the relations not in the
        # annotation, with the accepted regions those relations point at.
        ends = {end for r in loose for end in (r.head, r.child)}
        regions = [s for s in spans if s.status == SpanStatus.SUGGESTED or s.id in ends]
        sources = {s.source for s in suggested}
        (source,) = sources if len(sources) == 1 else ("",)
        out["predictions"] = [{"model_version": source if source.startswith(DETECTOR_PREFIX) else MODEL_VERSION,
                               "result": [item for s in regions for item in _region(s, doc.text)]
                               + [_link(r) for r in loose]}]
    return out


def label_config(scheme: LabelScheme, layers: tuple[str, ...], extra: dict[str, set[str]]) -> str:
    """The labelling configuration (XML) that shows an export as it was made."""
    lines = ["<View>", f'  <Text name="{TEXT_NAME}" value="$text" granularity="symbol"/>']
    for layer in LAYERS:
        if layer not in layers:
            continue
        try:
            labels = [(lab.name, lab.color) for lab in scheme.layer(layer).labels]
        except KeyError:
            labels = []
        labels += [(name, "#cccccc") for name in sorted(extra.get(layer, set()) - {n for n, _ in labels})]
        lines.append(f'  <Labels name="{layer}" toName="{TEXT_NAME}">')
        lines += [f"    <Label value={quoteattr(name)} background={quoteattr(color)}/>" for name, color in labels]
        lines.append("  </Labels>")
    lines.append("  <Relations>")
    lines += [f"    <Relation value={quoteattr(r)}/>" for r in scheme.relation_names()]
    lines.append("  </Relations>")
    if QUOTES in layers:
        lines += [
            '  <View visibleWhen="region-selected">',
            f'    <TextArea name="{SPEAKER_NAME}" toName="{TEXT_NAME}" perRegion="true" maxSubmissions="1" '
            'placeholder="Resolved speaker of the selected quote"/>',
            f'    <Choices name="{DIRECT_NAME}" toName="{TEXT_NAME}" perRegion="true">',
            f'      <Choice value="{REPORTED}"/>',
            "    </Choices>",
            "  </View>",
        ]
    lines.append("</View>")
    return "\n".join(lines) + "\n"


class _TaskWriter:
    def __init__(self, fh: IO[bytes], exporter: LabelStudioExporter):
        self.fh, self.exporter, self.first = fh, exporter, True

    def add(self, doc: Document) -> None:
        ex = self.exporter
        for span in doc.spans:
            ex.summary.add(span.label)
            ex.seen.setdefault(span.layer, set()).add(span.label)
        self.fh.write((b"[\n" if self.first else b",\n") + orjson.dumps(task(doc)))
        self.first = False


class LabelStudioExporter(Exporter):
    name = "labelstudio"
    keeps_relations = True
    description = "Label Studio tasks (JSON) + labelling config"
    suffix = ".json"
    companion = "the labelling configuration (OUT.config.xml)"

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.seen: dict[str, set[str]] = {}

    @contextmanager
    def open(self, path: Path) -> Iterator[_TaskWriter]:
        with atomic_write(path, "wb") as fh:
            writer = _TaskWriter(fh, self)
            yield writer
            fh.write(b"[]\n" if writer.first else b"\n]\n")

    def finish(self) -> None:
        path = sidecar_path(self.output, CONFIG_SUFFIX)
        config = label_config(self.options.label_scheme(), self.options.layers, self.seen)
        with atomic_write(path, "wb") as fh:
            fh.write(config.encode("utf-8"))
        self.summary.files.append(str(path))
