"""Boilerplate inside glued lines (made-up text): only the boilerplate part of a line is marked, and a body
sentence with a quote and its speaker never is."""

from __future__ import annotations

import pytest

from annotator.core.model import Document, Span
from annotator.detect.pipeline import Pipeline


def boilerplate(text: str) -> list[str]:
    spans = Pipeline(layers=("segments",), lang="id").run(Document(text=text)).spans
    return [text[s.start:s.end] for s in spans if isinstance(s, Span) and s.label == "BOILERPLATE"]


BODY_AFTER = "Menurut dia, kenaikan itu dipicu cuaca buruk yang membuat petani gagal panen di banyak daerah."


@pytest.mark.parametrize("text, marked", [
    # a teaser glued between two sentences: "2025).Baca Juga: …LebaranMenurut"; the glued token goes to the
    # side holding more of its letters
    ("Pedagang mengeluhkan pasokan yang seret dari sentra produksi di Jawa Tengah, Rabu (4/6/2025).Baca Juga: "
     "Harga Cabai Naik Jelang Lebaran" + BODY_AFTER, "Baca Juga: Harga Cabai Naik Jelang Lebaran"),
    # a line that starts with the teaser and goes on with the body
    ("Baca juga: Harga Beras Turun di Pasar TradisionalMenurut Kepala Bulog daerah, stok beras cukup untuk enam "
     'bulan ke depan. "Kami pastikan distribusi lancar," ujarnya.', "Baca juga: Harga Beras Turun di Pasar Tradisional"),
    # the editor's pick and the Google News promo end where the next paragraph resumes
    ("Petugas membersihkan lumpur di jalan utama kampung.Pilihan Editor: Banjir Rendam Tiga Desa di "
     "HuluSementara itu, pemerintah daerah menyiapkan bantuan sembako untuk 500 keluarga terdampak banjir.",
     "Pilihan Editor: Banjir Rendam Tiga Desa di"),
    ('"Kami akan mengawal anggaran ini," kata Ketua DPRD Siti Aminah kepada wartawan.Cek Berita dan Artikel yang '
     "lain di Google NewsSidang akan dilanjutkan pekan depan dengan agenda pandangan fraksi atas rancangan.",
     "Cek Berita dan Artikel yang lain di Google"),
    # a teaser followed by a quote opening the next paragraph
    ('Pemerintah kota menambah armada bus.Baca juga: Tarif Bus Kota Naik Mulai Senin Depan"Armada tambahan mulai '
     'beroperasi pekan ini," ujar Kepala Dinas Perhubungan Joko Susilo di Balai Kota, Senin.',
     "Baca juga: Tarif Bus Kota Naik Mulai Senin Depan"),
])
def test_only_the_boilerplate_part_of_a_glued_line_is_marked(text, marked):
    found = boilerplate(text)
    assert len(found) == 1
    assert found[0].startswith(marked) and len(found[0]) - len(marked) <= 7, found


def test_brand_names_in_a_promo_are_no_glue_points():
    text = ("Warga antre sejak pagi di balai desa untuk mendapat vaksin.\n"
            "Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp channel kotakita.com")
    assert boilerplate(text) == ["Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp channel kotakita.com"]


def test_a_body_sentence_with_a_quote_and_its_speaker_is_never_boilerplate():
    # a line rule would take this line ("Sumber: …" opens a credits line), but it holds speech
    text = ("Harga gabah naik di tingkat petani sejak awal bulan ini.\n"
            'Sumber: "Harga gabah kering panen sudah Rp7.000 per kilogram," kata Kepala Dinas Pertanian Budi '
            "Santoso di kantornya.\n"
            "Pemerintah daerah akan memantau harga setiap pekan.")
    assert boilerplate(text) == []
