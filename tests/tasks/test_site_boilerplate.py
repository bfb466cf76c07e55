"""Boilerplate people marked on a few documents of one site is suggested on that site's other documents."""

from __future__ import annotations

from annotator.core.model import Document, Span
from annotator.store import open_project
from annotator.tasks import detect_documents
from annotator.tasks.patterns import set_min_count

LINE = "Redaksi menerima tulisan pembaca setiap hari Senin."
BODY = ["Harga cabai di pasar naik tajam pekan ini menurut pedagang.",
        "Pemerintah kota menambah armada bus untuk rute baru ke bandara.",
        "Hujan deras membuat beberapa jalan tergenang sejak pagi tadi.",
        "Warga antre membeli minyak goreng murah di kantor kelurahan.",
        "Sekolah di kabupaten itu mulai belajar tatap muka bulan depan.",
        "Pabrik tekstil itu menambah tiga ratus pekerja tahun ini."]


def article(k: int, site: str) -> Document:
    return Document(text=f"{BODY[k]}\n\n{BODY[(k + 1) % len(BODY)]}\n\n{LINE}",
                    meta={"lang": "id", "url": f"https://www.{site}/read/{k}"})


def detect_one_by_one(store, pks: list[int]) -> None:
    """Detection as the window's Detect again does it: one document, no other document's lines as evidence."""
    for pk in pks:
        detect_documents(store, [pk], layers=["segments"])


def line_labels(store, pk: int) -> list[tuple[str, str]]:
    doc = store.get_document(pk)
    return [(s.label, s.source) for s in doc.spans if s.layer == "segments" and doc.text[s.start:s.end] == LINE]


def test_boilerplate_marked_on_a_site_is_suggested_on_its_other_documents(project_location):
    with open_project(project_location) as store:
        pks = store.add_documents([*(article(k, "kompas.com") for k in range(5)), article(5, "detik.com")]).added
        *kompas, detik = pks
        detect_one_by_one(store, pks)
        assert all(line_labels(store, pk) == [] for pk in pks)  # the line alone is no boilerplate to the rules
        for pk in kompas[:2]:  # a person marks the line on two documents of the site
            start = store.get_document(pk).text.index(LINE)
            store.add_span(pk, Span(start=start, end=start + len(LINE), label="BOILERPLATE", layer="segments"))
        detect_one_by_one(store, pks)
        for pk in kompas[2:]:
            assert line_labels(store, pk) == [("BOILERPLATE", "detector:site")]
        assert line_labels(store, detik) == []  # another site

        # rejected on three documents (more often than marked): no longer suggested
        new = store.add_documents([article(3, "kompas.com").model_copy(update={"text": f"Lagi. {LINE}"})]).added
        detect_one_by_one(store, new)
        assert line_labels(store, new[0]) == [("BOILERPLATE", "detector:site")]
        set_min_count(store, 3)
        for pk in kompas[2:]:
            doc = store.get_document(pk)
            span = next(s for s in doc.spans if s.source == "detector:site")
            store.remove_span(pk, span.id)
        detect_one_by_one(store, new)
        assert line_labels(store, new[0]) == []
