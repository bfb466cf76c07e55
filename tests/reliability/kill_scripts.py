"""Scripted sessions that the kill tests run in a forked child and replay.

A script is a generator of :class:`Edit` steps chosen by a seeded RNG from
what the project holds, so the same seed on the same project gives the same
edits: the test replays a killed child's script on a copy of the project
taken before the child started, and the killed project must equal the replay
after exactly the acknowledged edits (or one more, when the child was killed
inside a call).  Refused edits (an overlap, say) are part of the script too:
they exercise the store's rollback path.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.core.model import DocStatus, Document, Relation, Span, SpanStatus
from annotator.io.formats import export
from annotator.io.readers import read_paths
from annotator.store import DocFilter, ProjectStore, StoreError, open_project

WORDS = ("presiden kata menteri jakarta rapat anggaran warga kota polisi banjir sekolah hari senin "
         "ekonomi pasar harga beras gubernur partai pemilu rakyat desa jalan tol kereta").split()
NAMES = ("Joko Widodo", "Sri Mulyani", "Anies Baswedan", "Gati", "Budi Santoso", "Retno Marsudi")
PLACES = ("Jakarta", "Surabaya", "Bandung", "Medan", "Makassar")
LABELS = {"entities": ("PERSON", "ORG", "LOC", "DATE", "MISC"), "quotes": ("QUOTE", "CUE", "SPEAKER"),
          "segments": ("BOILERPLATE", "TITLE", "BYLINE")}
SETTING = "reliability.counter"


@dataclass
class Edit:
    """One store call: one transaction, acknowledged when it returns."""

    name: str
    call: Callable[[], object]
    result: object = None
    ok: bool = False

    def run(self) -> str:
        try:
            self.result = self.call()
        except StoreError as exc:  # refused: the store rolled the transaction back
            return f"refused: {exc}"
        self.ok = True
        return "ok"


def article(rng: random.Random) -> str:
    """A short article with a title line, a direct quote and names."""
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
    name, place = rng.choice(NAMES), rng.choice(PLACES)
    quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9)))
    return (f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {place}\n"
            f"{place.upper()} - {body.capitalize()}.\n\"{quote.capitalize()},\" kata {name} di {place}.")


def _pks(project: ProjectStore) -> list[int]:
    return [s.pk for s in project.list_documents(DocFilter(), 0, 100_000)]


def _random_span(rng: random.Random, text: str, source: str = "user",
                 status: SpanStatus = SpanStatus.ACCEPTED) -> Span:
    layer = rng.choice(tuple(LABELS))
    start = rng.randrange(len(text))
    end = min(len(text), start + rng.randint(1, 15))
    score = round(rng.random(), 3) if status == SpanStatus.SUGGESTED else None
    return Span(start=start, end=end, label=rng.choice(LABELS[layer]), layer=layer, source=source, status=status,
                score=score)


def store_edits(project: ProjectStore, rng: random.Random, steps: int) -> Iterator[Edit]:
    """Every edit method of the store, at random, with the undo inverses the
    UI's commands use."""
    removed = []  # RemovedSpan stack, for restore_span (undo of a removal)
    ops = ("add_docs", "add_span", "add_span", "add_span", "update_span", "update_span", "remove_span",
           "restore_span", "add_relation", "remove_relation", "set_status", "accept_document",
           "accept_suggestions", "set_span_status", "replace_suggestions", "set_setting")
    for _ in range(steps):
        pks = _pks(project)
        op = rng.choice(ops) if pks else "add_docs"
        if op == "add_docs":
            texts = [article(rng) for _ in range(rng.randint(1, 3))]
            if pks and rng.random() < 0.3:
                texts.append(project.get_document(rng.choice(pks)).text)  # a duplicate: skipped
            docs = [Document(text=t, meta={"source": f"doc{rng.randrange(10**6)}.txt"}) for t in texts]
            yield Edit(op, lambda docs=docs: project.add_documents(docs))
            continue
        pk = rng.choice(pks)
        doc = project.get_document(pk)
        spans = doc.spans
        span = rng.choice(spans) if spans else None
        if op == "add_span" or span is None and op in ("update_span", "remove_span", "add_relation"):
            new = _random_span(rng, doc.text)
            yield Edit("add_span", lambda pk=pk, new=new: project.add_span(pk, new))
        elif op == "update_span":
            if rng.random() < 0.5:
                changes = {"label": rng.choice(LABELS[span.layer])}
            else:
                start = max(0, span.start + rng.randint(-3, 3))
                changes = {"start": start, "end": min(len(doc.text), max(start + 1, span.end + rng.randint(-3, 3)))}
            yield Edit(op, lambda pk=pk, sid=span.id, ch=changes: project.update_span(pk, sid, **ch))
        elif op == "remove_span":
            yield Edit(op, lambda pk=pk, sid=span.id: removed.append((pk, project.remove_span(pk, sid))))
        elif op == "restore_span":
            if removed:
                rpk, item = removed.pop()
                yield Edit(op, lambda rpk=rpk, item=item: project.restore_span(rpk, item))
            else:
                yield Edit("set_setting", lambda: project.set_setting(SETTING, str(rng.random())))
        elif op == "add_relation":
            other = rng.choice(spans)
            rel = Relation(label=rng.choice(("SPEAKER", "CUE")), head=span.id, child=other.id)
            yield Edit(op, lambda pk=pk, rel=rel: project.add_relation(pk, rel))
        elif op == "remove_relation":
            rid = rng.choice(doc.relations).id if doc.relations else "no-such-relation"
            yield Edit(op, lambda pk=pk, rid=rid: project.remove_relation(pk, rid))
        elif op == "set_status":
            status = rng.choice(tuple(DocStatus))
            yield Edit(op, lambda pk=pk, st=status: project.set_status(pk, st))
        elif op == "accept_document":
            yield Edit(op, lambda pk=pk: project.accept_document(pk))
        elif op == "accept_suggestions":
            ids = None if rng.random() < 0.5 else [s.id for s in spans if rng.random() < 0.5]
            yield Edit(op, lambda pk=pk, ids=ids: project.accept_suggestions(pk, ids))
        elif op == "set_span_status":
            ids = [s.id for s in spans if rng.random() < 0.5]
            status = rng.choice(tuple(SpanStatus))
            yield Edit(op, lambda pk=pk, ids=ids, st=status: project.set_span_status(pk, ids, st))
        elif op == "replace_suggestions":
            source = f"detector:{rng.choice(('entities', 'quotes'))}"
            found = [_random_span(rng, doc.text, source, SpanStatus.SUGGESTED) for _ in range(rng.randint(0, 6))]
            found = [s for i, s in enumerate(found) if not any(o.layer == s.layer and o.overlaps(s) for o in found[:i])]
            rels = [Relation(label="SPEAKER", head=found[0].id, child=found[-1].id, source=source,
                             status=SpanStatus.SUGGESTED)] if len(found) > 1 else []
            meta = {"lang": rng.choice(("id", "en"))}
            yield Edit(op, lambda pk=pk, src=source, f=found, r=rels, m=meta:
                       project.replace_suggestions(pk, [src], f, r, m))
        else:
            value = str(rng.random())
            yield Edit("set_setting", lambda v=value: project.set_setting(SETTING, v))


def app_edits(project: ProjectStore, rng: random.Random, steps: int, corpus: str, export_to: str) -> Iterator[Edit]:
    """A person's session through the store calls the GUI makes: the import
    job (batches of documents, then detection per document), the undo
    commands' calls and their inverses, marking documents done, and the
    export job's atomic write.  Each yielded edit is one store call."""
    from annotator.detect.pipeline import Pipeline

    pipeline = _pipeline(Pipeline)
    files = sorted(str(p) for p in Path(corpus).iterdir())
    undo: list[list[Edit]] = []  # the undo stack: each entry is the inverse calls of one command
    for _ in range(steps):
        pks = _pks(project)
        roll = rng.random()
        if not pks or roll < 0.08:  # ImportJob: add a batch, then detect each new document
            chosen = rng.sample(files, rng.randint(1, 3))
            docs = [d for d in read_paths(chosen, project.scheme) if isinstance(d, Document)]
            edit = Edit("import", lambda docs=docs: project.add_documents(docs))
            yield edit
            for pk in edit.result.added if edit.ok else []:
                found = pipeline.run(project.get_document(pk))
                yield Edit("detect", lambda pk=pk, f=found:
                           project.replace_suggestions(pk, f.sources, f.spans, f.relations, f.meta))
            continue
        if roll < 0.14:  # ExportJob
            yield Edit("export", lambda: export("native", project.iter_documents(DocStatus.DONE), export_to))
            continue
        if roll < 0.30 and undo:
            yield from undo.pop()
            continue
        pk = project.next_unfinished(rng.choice(pks)) or rng.choice(pks)
        doc = project.get_document(pk)
        suggested = [s for s in doc.spans if s.status == SpanStatus.SUGGESTED]
        accepted = [s for s in doc.spans if s.status == SpanStatus.ACCEPTED]
        if roll < 0.42 and suggested:  # AcceptSuggestions on a selection
            ids = [s.id for s in suggested if rng.random() < 0.6] or [suggested[0].id]
            edit = Edit("accept", lambda pk=pk, ids=ids: project.accept_suggestions(pk, ids))
            yield edit
            inverse = [Edit("undo accept", lambda pk=pk, ids=ids: project.set_span_status(pk, ids, SpanStatus.SUGGESTED))]
        elif roll < 0.62:  # AddSpan from a keyboard selection
            new = _random_span(rng, doc.text)
            edit = Edit("add_span", lambda pk=pk, new=new: project.add_span(pk, new))
            yield edit
            inverse = [Edit("undo add", lambda pk=pk, e=edit: project.remove_span(pk, e.result.id))]
        elif roll < 0.72 and accepted:  # UpdateSpan: relabel
            span = rng.choice(accepted)
            label = rng.choice(LABELS[span.layer])
            edit = Edit("relabel", lambda pk=pk, sid=span.id, lab=label: project.update_span(pk, sid, label=lab))
            yield edit
            inverse = [Edit("undo relabel", lambda pk=pk, sid=span.id, lab=span.label:
                            project.update_span(pk, sid, label=lab))]
        elif roll < 0.80 and doc.spans:  # RemoveSpan
            span = rng.choice(doc.spans)
            edit = Edit("remove_span", lambda pk=pk, sid=span.id: project.remove_span(pk, sid))
            yield edit
            inverse = [Edit("undo remove", lambda pk=pk, e=edit: project.restore_span(pk, e.result))]
        elif roll < 0.86:  # AddRelation QUOTE → speaker, or skip the document
            quotes = [s for s in doc.spans if s.label == "QUOTE"]
            people = [s for s in doc.spans if s.label in ("PERSON", "SPEAKER")]
            if quotes and people:
                rel = Relation(label="SPEAKER", head=rng.choice(quotes).id, child=rng.choice(people).id)
                edit = Edit("link", lambda pk=pk, rel=rel: project.add_relation(pk, rel))
                yield edit
                inverse = [Edit("undo link", lambda pk=pk, rid=rel.id: project.remove_relation(pk, rid))]
            else:
                edit = Edit("skip", lambda pk=pk: project.set_status(pk, DocStatus.SKIPPED))
                yield edit
                inverse = [Edit("undo skip", lambda pk=pk, e=edit: project.set_status(pk, e.result))]
        else:  # AcceptDocument: mark done (its undo is two calls, as in the GUI)
            edit = Edit("done", lambda pk=pk: project.accept_document(pk))
            yield edit
            inverse = [Edit("undo done: suggestions", lambda pk=pk, e=edit:
                            project.set_span_status(pk, e.result[1], SpanStatus.SUGGESTED)),
                       Edit("undo done: status", lambda pk=pk, e=edit: project.set_status(pk, e.result[0]))]
        if edit.ok:
            undo.append(inverse)


_pipelines: dict = {}


def _pipeline(factory):
    """One pipeline per process (models load once, before the fork server forks)."""
    if "p" not in _pipelines:
        _pipelines["p"] = factory(lang="id")
    return _pipelines["p"]


def warm_up() -> None:
    """Build the pipeline and run it once, so every lazy model load happens
    in the fork server, before it forks."""
    from annotator.detect.pipeline import Pipeline

    _pipeline(Pipeline).run(Document(text=article(random.Random(0))))


SCRIPTS = {"store": store_edits, "app": app_edits}


def session(args: dict, emit) -> None:
    """The child: open the project, run the script, acknowledge each edit
    once its store call has returned."""
    rng = random.Random(args["seed"])
    project = open_project(args["path"])
    emit({"opened": True})
    script = SCRIPTS[args["script"]](project, rng, args["steps"], **args.get("extra", {}))
    for i, edit in enumerate(script):
        emit({"intent": i, "op": edit.name})
        outcome = edit.run()
        emit({"ack": i, "outcome": outcome})
        if i == 0 and args.get("kill_after_ack") is not None:
            _kill_me_after(args["kill_after_ack"])
    emit({"finished": True})


def _kill_me_after(delay: float) -> None:
    """SIGKILL this process ``delay`` seconds from now, counted from its first acknowledged edit, so
    how many edits a round gets through does not depend on how long start-up took on a loaded machine."""

    def kill() -> None:
        time.sleep(delay)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=kill, daemon=True).start()


def replay(project: ProjectStore, script: str, seed: int, steps: int, extra: dict) -> Iterator[Edit]:
    """The child's edits again, on a copy of the project as it was: yields
    each edit after it has run."""
    rng = random.Random(seed)
    for edit in SCRIPTS[script](project, rng, steps, **extra):
        edit.run()
        yield edit


def snapshot(project: ProjectStore) -> dict:
    """Everything a person could lose: documents, statuses, spans, relations, settings."""
    return {
        "documents": [doc.model_dump() for doc in project.iter_documents()],
        "setting": project.get_setting(SETTING),
    }


def cli(args: dict, emit) -> None:
    """The command line in the child: ``annotator <argv>``."""
    from annotator.cli import main

    emit({"exit": main(args["argv"])})
