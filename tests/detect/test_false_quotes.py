"""Quotation marks that are no speech on glued scraped text: a related headline "Name: "Headline"" after "Baca
juga:" is boilerplate whole, an "ADVERTISEMENT" glued to the next quote takes only itself, and a title after
"bertema" right after a speaker's quote does not continue that speaker."""

from __future__ import annotations

from annotator.core.model import Document
from annotator.detect.pipeline import Pipeline

TEXT = ('"Tahun ini kami usulkan tambahan 12 truk," kata Yuniarti.Ia juga mengajak warga mengikuti lomba bertema '
        '"Semarang Resik 2025" yang berhadiah Rp 500 juta.ADVERTISEMENT"Lombanya bukan sekadar hadiah. Kami ingin '
        'kebiasaan memilah itu jadi budaya," tutur dia.Baca juga: Danang Setiawan: "Jangan Salahkan Warga Soal '
        'Banjir"Warga lain, Sri Lestari, berharap jadwal pengangkutan ditambah sebelum musim hujan tiba di kota.')


def spans() -> list[tuple[str, str, object]]:
    found = Pipeline(layers=("segments", "entities", "quotes"), lang="id").run(Document(text=TEXT)).spans
    return [(s.label, TEXT[s.start:s.end], s.attrs.get("speaker")) for s in found
            if s.label == "BOILERPLATE" or s.label == "QUOTE" and s.attrs.get("direct")]


def test_headlines_titles_and_glued_markers_are_no_quotes_and_the_real_quotes_stay():
    assert spans() == [
        ("BOILERPLATE", "ADVERTISEMENT", None),
        ("BOILERPLATE", 'Baca juga: Danang Setiawan: "Jangan Salahkan Warga Soal Banjir"', None),
        ("QUOTE", "Tahun ini kami usulkan tambahan 12 truk", "Yuniarti"),
        ("QUOTE", "Lombanya bukan sekadar hadiah. Kami ingin kebiasaan memilah itu jadi budaya", "Yuniarti"),
    ]
