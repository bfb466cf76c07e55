"""The property every reader and importer must hold, for any input bytes.

:func:`check_file` reads one file the way the app imports it and checks:
nothing but documents and :class:`InputError` come out (no exception
escapes); each error is one line that starts with the file's path; each
document is valid (text non-empty with ``\\n`` newlines only, spans inside
the text and valid for the scheme, no overlap in a layer, relations between
its spans, block hints inside the text); the store takes it; and its native
export reads back to the same text, spans and relations.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from annotator.core.labels import LabelScheme
from annotator.core.model import Document
from annotator.core.validate import problems
from annotator.io.errors import InputError
from annotator.io.formats import native
from annotator.io.readers import read_paths
from annotator.io.readers.jsonl import record_to_document
from annotator.store import ProjectStore

SCHEME = LabelScheme.default()


def check_file(path: Path, project: ProjectStore | None = None, tally: Counter | None = None) -> None:
    shown = str(path)
    items = list(read_paths([shown], SCHEME))
    docs = []
    for item in items:
        if isinstance(item, InputError):
            message = str(item)
            assert message.startswith(shown) and "\n" not in message and "\x1b" not in message, message
            if tally is not None:
                tally["errors"] += 1
            continue
        assert isinstance(item, Document), type(item)
        check_document(item, shown)
        docs.append(item)
    if tally is not None:
        tally["documents"] += len(docs)
    if project is not None and docs:
        project.add_documents(docs)


def check_document(doc: Document, shown: str) -> None:
    assert doc.text.strip(), "a document without text"
    assert "\r" not in doc.text and "\u2028" not in doc.text, "newlines are not normalised"
    assert doc.meta.get("source") == shown
    assert problems(doc, SCHEME) == [], problems(doc, SCHEME)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(doc.text)
    again = record_to_document(native.to_record(doc), SCHEME, shown)
    assert again.text == doc.text
    key = lambda s: (s.start, s.end, s.label, s.layer, str(s.status))  # noqa: E731
    assert sorted(map(key, again.spans)) == sorted(map(key, doc.spans))
    assert sorted((r.label, r.head, r.child) for r in again.relations) == sorted(
        (r.label, r.head, r.child) for r in doc.relations)
