"""Inter-annotator agreement on a project: who agrees with whom, on which labels and documents.

The data are the finished work of each annotator: on every document that two or more people marked done,
their accepted spans.  For each layer:

- **span F1**, exact (same start, end and label) and overlap (same label, ranges overlapping), for each pair
  of annotators and over all pairs (micro: matches over spans), per label and per document;
- **token labels**: each token of the document gets the label of the span of that layer covering it, or
  ``O``.  Over these items: Cohen's kappa for each pair (on the tokens both labelled), Fleiss' kappa over
  all annotators (items with two labels or more; with the same annotators on every item it is Scott's
  multi-pi, as NLTK's ``AnnotationTask.pi`` computes it) and Krippendorff's alpha (nominal, the
  ``krippendorff`` package; missing labels allowed).

Quotes also get **speaker agreement**: of the quotes two annotators both marked (overlapping QUOTE spans),
the share with the same speaker.  Boilerplate gets **character-level agreement**: each character is in a
BOILERPLATE span or not; observed agreement and Cohen's kappa over the characters, per pair.

:func:`agreement` is the task; :func:`heatmap_html` writes the report with a pairwise heat map per layer.
"""

from __future__ import annotations

import bisect
import html
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotator.core.labels import BOILERPLATE, LAYERS, QUOTE, REL_SPEAKER
from annotator.core.model import Document, DocStatus, Span, SpanStatus
from annotator.store import CURATED, ProjectStore
from annotator.tasks.base import Cancel, Progress, check, never, no_progress

OUTSIDE = "O"
Pair = tuple[str, str]


@dataclass
class SpanCounts:
    """Span matches between two sets of spans: ``exact`` and ``overlap`` are matched spans counted on
    both sides, ``total`` all spans of both sides, so F1 = matched / total."""

    exact: int = 0
    overlap: int = 0
    total: int = 0

    def add(self, other: SpanCounts) -> None:
        self.exact += other.exact
        self.overlap += other.overlap
        self.total += other.total

    @property
    def f1_exact(self) -> float | None:
        return self.exact / self.total if self.total else None

    @property
    def f1_overlap(self) -> float | None:
        return self.overlap / self.total if self.total else None


@dataclass
class PairScores:
    spans: SpanCounts = field(default_factory=SpanCounts)
    kappa: float | None = None  # Cohen's, over the tokens both labelled
    tokens: int = 0


@dataclass
class LayerAgreement:
    pairs: dict[Pair, PairScores] = field(default_factory=dict)
    spans: SpanCounts = field(default_factory=SpanCounts)
    labels: dict[str, SpanCounts] = field(default_factory=dict)
    documents: dict[str, SpanCounts] = field(default_factory=dict)
    document_kappa: dict[str, float | None] = field(default_factory=dict)  # mean of the pairs' kappas
    fleiss: float | None = None
    alpha: float | None = None
    items: int = 0  # tokens labelled by two annotators or more


@dataclass
class CharAgreement:
    """Character-level agreement on one label (boilerplate), per pair."""

    pairs: dict[Pair, tuple[float, float | None]] = field(default_factory=dict)  # observed, Cohen's kappa
    observed: float | None = None
    kappa: float | None = None


@dataclass
class AgreementReport:
    annotators: list[str]
    documents: int  # documents two or more annotators finished
    layers: dict[str, LayerAgreement] = field(default_factory=dict)
    speakers: dict[Pair, tuple[int, int]] = field(default_factory=dict)  # same speaker, quotes matched
    boilerplate: CharAgreement = field(default_factory=CharAgreement)

    @property
    def speaker_agreement(self) -> float | None:
        same = sum(s for s, _ in self.speakers.values())
        matched = sum(n for _, n in self.speakers.values())
        return same / matched if matched else None

    def to_json(self) -> dict[str, Any]:
        def counts(c: SpanCounts) -> dict[str, Any]:
            return {"f1_exact": c.f1_exact, "f1_overlap": c.f1_overlap, "spans": c.total}

        def pair(p: Pair) -> str:
            return f"{p[0]}|{p[1]}"

        return {
            "annotators": self.annotators,
            "documents": self.documents,
            "layers": {
                layer: {
                    **counts(la.spans), "fleiss_kappa": la.fleiss, "krippendorff_alpha": la.alpha,
                    "token_items": la.items,
                    "pairs": {pair(p): {**counts(s.spans), "cohen_kappa": s.kappa, "tokens": s.tokens}
                              for p, s in la.pairs.items()},
                    "labels": {label: counts(c) for label, c in sorted(la.labels.items())},
                    "documents": {doc: {**counts(c), "cohen_kappa": la.document_kappa.get(doc)}
                                  for doc, c in la.documents.items()},
                } for layer, la in self.layers.items()
            },
            "speakers": {"agreement": self.speaker_agreement,
                         "pairs": {pair(p): {"same": s, "quotes": n} for p, (s, n) in self.speakers.items()}},
            "boilerplate_chars": {"observed": self.boilerplate.observed, "cohen_kappa": self.boilerplate.kappa,
                                  "pairs": {pair(p): {"observed": o, "cohen_kappa": k}
                                            for p, (o, k) in self.boilerplate.pairs.items()}},
        }


# -- the measures, on plain data (tested against NLTK) -----------------------------------------------
def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa of two coders' labels of the same items; None without items or when chance agreement
    is total (both gave one and the same label to everything)."""
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def fleiss_kappa(items: Iterable[Sequence[str]]) -> float | None:
    """Fleiss' kappa of items each labelled by two coders or more (the labels of one item in any order)."""
    p_items: list[float] = []
    totals: Counter[str] = Counter()
    for labels in items:
        n = len(labels)
        if n < 2:
            continue
        counts = Counter(labels)
        totals.update(counts)
        p_items.append((sum(c * c for c in counts.values()) - n) / (n * (n - 1)))
    ratings = sum(totals.values())
    if not p_items or not ratings:
        return None
    observed = sum(p_items) / len(p_items)
    expected = sum((c / ratings) ** 2 for c in totals.values())
    return None if expected == 1 else (observed - expected) / (1 - expected)


def krippendorff_alpha(coders: Sequence[str], items: Sequence[dict[str, str]]) -> float | None:
    """Krippendorff's alpha (nominal) of items, each a mapping coder → label (missing labels allowed)."""
    import krippendorff
    import numpy as np

    codes: dict[str, int] = {}
    matrix = np.full((len(coders), len(items)), np.nan)
    row = {c: i for i, c in enumerate(coders)}
    for j, item in enumerate(items):
        for coder, label in item.items():
            matrix[row[coder], j] = codes.setdefault(label, len(codes))
    if len(codes) < 2:
        return None  # one label for everything: alpha is not defined
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def span_counts(a: Iterable[Span], b: Iterable[Span]) -> SpanCounts:
    a, b = list(a), list(b)
    exact_a = {(s.start, s.end, s.label) for s in a}
    exact = sum((s.start, s.end, s.label) in exact_a for s in b) * 2
    overlap = (sum(any(s.label == t.label and s.overlaps(t) for t in b) for s in a)
               + sum(any(s.label == t.label and s.overlaps(t) for t in a) for s in b))
    return SpanCounts(exact, overlap, len(a) + len(b))


def token_labels(text: str, spans: Iterable[Span]) -> list[str]:
    """The label of each token: the covering span's of the layer (spans of one layer never overlap), or O."""
    from annotator.core.tokenize import tokenize  # here, not at start-up: the window imports this module
    tokens = tokenize(text)
    labels = [OUTSIDE] * len(tokens)
    starts = [t[1] for t in tokens]
    for span in spans:
        i = max(0, bisect.bisect_right(starts, span.start) - 1)
        while i < len(tokens) and tokens[i][1] < span.end:
            if tokens[i][2] > span.start:
                labels[i] = span.label
            i += 1
    return labels


def char_flags(n: int, spans: Iterable[Span], label: str) -> list[bool]:
    flags = [False] * n
    for span in spans:
        if span.label == label:
            flags[span.start:span.end] = [True] * (span.end - span.start)
    return flags


def _speaker(doc: Document, quote: Span) -> str:
    name = quote.attrs.get("speaker")
    if isinstance(name, str) and name.strip():
        return " ".join(name.lower().split())
    for rel in doc.relations:
        if rel.head == quote.id and rel.label == REL_SPEAKER:
            child = doc.span_by_id(rel.child)
            if child is not None:
                return " ".join(doc.span_text(child).lower().split())
    return ""


# -- the task -----------------------------------------------------------------------------------------
def finished_sets(store: ProjectStore, pk: int) -> dict[str, Document]:
    """The annotators' finished sets on a document (not the curated one), accepted spans only."""
    out = {}
    for name in store.set_names(pk):
        if name == CURATED:
            continue
        doc = store.get_set(pk, name)
        if doc is not None and doc.status == DocStatus.DONE:
            out[name] = doc.model_copy(update={"spans": [s for s in doc.spans if s.status == SpanStatus.ACCEPTED]})
    return out


def agreement(store: ProjectStore, *, layers: Sequence[str] = LAYERS, progress: Progress = no_progress,
              cancel: Cancel = never) -> AgreementReport:
    """Agreement between the annotators of ``store`` on every document two or more of them finished."""
    total = store.count()
    per_doc: list[tuple[str, dict[str, Document]]] = []
    for i, summary in enumerate(store.list_documents(limit=max(total, 1)), 1):
        check(cancel)
        sets = finished_sets(store, summary.pk)
        if len(sets) >= 2:
            per_doc.append((summary.id, sets))
        progress(i, total)
    names = sorted({name for _, sets in per_doc for name in sets})
    report = AgreementReport(names, len(per_doc))
    for layer in layers:
        report.layers[layer] = _layer(layer, names, per_doc)
    if "quotes" in layers:
        _speakers(report, per_doc)
    if "segments" in layers:
        _boilerplate(report, per_doc)
    return report


def _layer(layer: str, names: list[str], per_doc: list[tuple[str, dict[str, Document]]]) -> LayerAgreement:
    result = LayerAgreement()
    pair_tokens: dict[Pair, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    items: list[dict[str, str]] = []
    for doc_id, sets in per_doc:
        spans = {name: [s for s in doc.spans if s.layer == layer] for name, doc in sets.items()}
        text = next(iter(sets.values())).text
        labels = {name: token_labels(text, spans[name]) for name in sets}
        doc_counts = SpanCounts()
        kappas = []
        for a, b in combinations(sorted(sets), 2):
            counts = span_counts(spans[a], spans[b])
            doc_counts.add(counts)
            result.pairs.setdefault((a, b), PairScores()).spans.add(counts)
            for label in {s.label for s in spans[a] + spans[b]}:
                result.labels.setdefault(label, SpanCounts()).add(
                    span_counts([s for s in spans[a] if s.label == label], [s for s in spans[b] if s.label == label]))
            ta, tb = pair_tokens[(a, b)]
            ta += labels[a]
            tb += labels[b]
            kappas.append(cohen_kappa(labels[a], labels[b]))
        result.documents[doc_id] = doc_counts
        known = [k for k in kappas if k is not None]
        result.document_kappa[doc_id] = sum(known) / len(known) if known else None
        result.spans.add(doc_counts)
        n_tokens = len(next(iter(labels.values())))
        items += [{name: labels[name][i] for name in sets} for i in range(n_tokens)]
    for pair, (ta, tb) in pair_tokens.items():
        result.pairs[pair].kappa = cohen_kappa(ta, tb)
        result.pairs[pair].tokens = len(ta)
    result.items = len(items)
    result.fleiss = fleiss_kappa(list(item.values()) for item in items)
    result.alpha = krippendorff_alpha(names, items) if items else None
    return result


def _speakers(report: AgreementReport, per_doc: list[tuple[str, dict[str, Document]]]) -> None:
    for _doc_id, sets in per_doc:
        for a, b in combinations(sorted(sets), 2):
            da, db = sets[a], sets[b]
            qa = [s for s in da.spans if s.label == QUOTE]
            qb = [s for s in db.spans if s.label == QUOTE]
            same, matched = report.speakers.get((a, b), (0, 0))
            for q in qa:
                other = next((t for t in qb if t.overlaps(q)), None)
                if other is not None:
                    matched += 1
                    same += _speaker(da, q) == _speaker(db, other)
            report.speakers[(a, b)] = (same, matched)


def _boilerplate(report: AgreementReport, per_doc: list[tuple[str, dict[str, Document]]]) -> None:
    chars: dict[Pair, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for _doc_id, sets in per_doc:
        n = len(next(iter(sets.values())).text)
        flags = {name: char_flags(n, doc.spans, BOILERPLATE) for name, doc in sets.items()}
        for a, b in combinations(sorted(sets), 2):
            ca, cb = chars[(a, b)]
            ca += ["B" if f else OUTSIDE for f in flags[a]]
            cb += ["B" if f else OUTSIDE for f in flags[b]]
    same_all = n_all = 0
    all_a: list[str] = []
    all_b: list[str] = []
    for pair, (ca, cb) in chars.items():
        same = sum(x == y for x, y in zip(ca, cb))
        report.boilerplate.pairs[pair] = (same / len(ca) if ca else math.nan, cohen_kappa(ca, cb))
        same_all += same
        n_all += len(ca)
        all_a += ca
        all_b += cb
    report.boilerplate.observed = same_all / n_all if n_all else None
    report.boilerplate.kappa = cohen_kappa(all_a, all_b) if n_all else None


# -- the report ---------------------------------------------------------------------------------------
def _fmt(value: float | None) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.3f}"


def _colour(value: float | None) -> str:
    """Red (0 or less) through yellow to green (1); grey when not defined."""
    if value is None or math.isnan(value):
        return "#e0e0e0"
    v = max(0.0, min(1.0, value))
    red, green = (255, int(510 * v)) if v < 0.5 else (int(510 * (1 - v)), 200)
    return f"#{red:02x}{green:02x}60"


def heatmap_html(report: AgreementReport) -> str:
    """A self-contained HTML page: per layer, a pairwise heat map of Cohen's kappa (upper triangle) and
    exact span F1 (lower triangle), the overall figures, and the most contested labels and documents."""
    esc = html.escape
    out = ["<!doctype html><meta charset=utf-8><title>Agreement</title>",
           "<style>body{font:14px sans-serif;margin:2em}td,th{padding:4px 8px;text-align:center}"
           "table{border-collapse:collapse;margin-bottom:1em}th{background:#f4f4f4}</style>",
           f"<h1>Agreement: {len(report.annotators)} annotators, {report.documents} documents done by two or more"
           "</h1>"]
    names = report.annotators
    for layer, la in report.layers.items():
        out.append(f"<h2>{esc(layer)}</h2><p>span F1 exact {_fmt(la.spans.f1_exact)}, overlap "
                   f"{_fmt(la.spans.f1_overlap)}; Fleiss' kappa {_fmt(la.fleiss)}; Krippendorff's alpha "
                   f"{_fmt(la.alpha)} ({la.items:,} tokens)</p>")
        out.append("<table><tr><th>kappa ↗ / F1 ↙</th>" + "".join(f"<th>{esc(n)}</th>" for n in names) + "</tr>")
        for i, a in enumerate(names):
            cells = []
            for j, b in enumerate(names):
                if i == j:
                    cells.append("<td>—</td>")
                    continue
                scores = la.pairs.get((a, b) if i < j else (b, a))
                value = None if scores is None else (scores.kappa if i < j else scores.spans.f1_exact)
                cells.append(f'<td style="background:{_colour(value)}">{_fmt(value)}</td>')
            out.append(f"<tr><th>{esc(a)}</th>{''.join(cells)}</tr>")
        out.append("</table>")
        rows = sorted(la.labels.items(), key=lambda kv: (kv[1].f1_exact if kv[1].f1_exact is not None else 2))
        out.append("<table><tr><th>label</th><th>F1 exact</th><th>F1 overlap</th><th>spans</th></tr>" + "".join(
            f'<tr><td>{esc(label)}</td><td style="background:{_colour(c.f1_exact)}">{_fmt(c.f1_exact)}</td>'
            f"<td>{_fmt(c.f1_overlap)}</td><td>{c.total}</td></tr>" for label, c in rows) + "</table>")
        docs = sorted(la.documents.items(), key=lambda kv: (kv[1].f1_exact if kv[1].f1_exact is not None else 2))
        out.append("<table><tr><th>document</th><th>F1 exact</th><th>kappa</th></tr>" + "".join(
            f'<tr><td>{esc(doc)}</td><td style="background:{_colour(c.f1_exact)}">{_fmt(c.f1_exact)}</td>'
            f"<td>{_fmt(la.document_kappa.get(doc))}</td></tr>" for doc, c in docs[:20]) + "</table>")
    out.append(f"<h2>Quote speakers</h2><p>same speaker on {_fmt(report.speaker_agreement)} of the quotes "
               "both annotators marked</p>")
    out.append(f"<h2>Boilerplate, by character</h2><p>observed {_fmt(report.boilerplate.observed)}, "
               f"Cohen's kappa {_fmt(report.boilerplate.kappa)}</p>")
    return "\n".join(out) + "\n"
