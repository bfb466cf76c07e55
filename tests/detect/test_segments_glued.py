"""Boilerplate inside glued lines (made-up text): only the boilerplate part of a line is marked, and a body
sentence with a quote and its speaker never is."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import Document, Span
from annotator.detect.pipeline import Pipeline
from annotator.detect.segments.units import Unit, piece_end, pieces


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


# ---- a whole article that lost its line breaks (scrapers that glue paragraphs with no space or one space) -------
PARAS = [
    "Pemerintah kota menambah armada bus kota untuk melayani warga di pinggiran mulai pekan depan, Senin (2/6/2025).",
    "Kepala Dinas Perhubungan Joko Susilo mengatakan tambahan armada itu diharapkan memangkas waktu tunggu penumpang "
    "di halte yang selama ini dikeluhkan warga.",
    '"Kami menambah dua puluh bus dan semuanya mulai beroperasi pekan ini," ujar Joko di Balai Kota, Senin.',
    "Menurut dia, rute baru akan menghubungkan terminal utama dengan kawasan perumahan di timur kota yang belum "
    "terlayani angkutan umum.",
]


def _glued(parts: list[str], sep: str) -> str:
    return sep.join(parts)


@pytest.mark.parametrize("sep", ["", " "])
def test_a_paragraph_the_scraper_stored_again_is_boilerplate_from_where_it_repeats(sep):
    first = _glued(PARAS, sep)
    repeat = _glued(PARAS[1:], sep)
    text = first + sep + repeat
    assert boilerplate(text) == [repeat]


@pytest.mark.parametrize("sep", ["", " "])
def test_one_sentence_the_article_repeats_stays_body(sep):
    text = _glued(PARAS + ["Warga menyambut baik rencana itu.", PARAS[2]], sep)
    assert boilerplate(text) == []


@pytest.mark.parametrize("sep", ["", " "])
def test_short_boilerplate_lines_glued_into_the_article_are_marked_alone(sep):
    text = _glued([PARAS[0], PARAS[1], "Advertisement", PARAS[2], PARAS[3], "Penulis: Rina Kartika"], sep)
    assert boilerplate(text) == ["Advertisement", "Penulis: Rina Kartika"]


def test_a_glued_photo_caption_and_its_credit_are_a_caption():
    text = _glued([PARAS[0], "Bus Kota Baru di Terminal Utama(ANTARA /SITI RAHMA)", PARAS[1], PARAS[2]], "")
    spans = Pipeline(layers=("segments",), lang="id").run(Document(text=text)).spans
    assert [text[s.start:s.end] for s in spans if s.label == "CAPTION"] == [
        "Bus Kota Baru di Terminal Utama", "(ANTARA /SITI RAHMA)"]
    assert boilerplate(text) == []


@pytest.mark.parametrize("sep", ["", " "])
def test_related_headlines_after_the_last_sentence_are_boilerplate(sep):
    text = _glued([*PARAS, "Tarif Parkir di Pusat Kota Naik Mulai Juli"], sep)
    assert boilerplate(text) == ["Tarif Parkir di Pusat Kota Naik Mulai Juli"]


def test_a_long_paragraph_with_its_line_breaks_is_not_cut_into_sentences():
    # the sentence rules apply to glued lines only: a paragraph of an article that kept its breaks is left alone
    body = " ".join(PARAS[:2])
    more = ["Sebelumnya, warga di kawasan timur kota harus berganti angkutan dua kali untuk mencapai pusat kota.",
            "Dinas Perhubungan juga akan memasang papan informasi jadwal di setiap halte yang dilalui bus kota.",
            "Tarif bus kota tidak berubah dan pembayaran tetap bisa dilakukan dengan kartu elektronik maupun tunai."]
    text = "\n\n".join([f"{body} Sumber: data dinas yang dirilis pekan lalu menunjukkan jumlah penumpang naik.",
                        *PARAS[2:], *more])
    assert boilerplate(text) == []


@pytest.mark.parametrize("sep", ["", " "])
def test_a_short_headline_with_lower_case_words_after_read_also_ends_where_the_next_text_begins(sep):
    for headline in ("Mengapa Harga Cabai sangat Mahal di Musim Hujan?", "Kotakita.com Raih Penghargaan Media Daerah"):
        text = _glued([PARAS[0], PARAS[1], f"Baca juga: {headline}", PARAS[2], PARAS[3]], sep)
        assert boilerplate(text) == [f"Baca juga: {headline}"]


def test_a_headline_is_not_stretched_over_a_short_sentence_that_follows_it_with_a_space():
    text = _glued([PARAS[0], PARAS[1]], "") + ("Baca juga: Harga Cabai Naik Jelang Lebaran Menurut dia, harga naik. "
                                               + PARAS[3])
    assert boilerplate(text) == ["Baca juga: Harga Cabai Naik Jelang Lebaran"]


@pytest.mark.parametrize("sep", ["", " "])
def test_a_repeated_run_goes_on_across_a_promo_the_scraper_stored_with_each_copy(sep):
    promo = "Ikuti Whatsapp Channel Kotakita"
    text = _glued([*PARAS, promo, *PARAS[2:], promo, PARAS[3]], sep)
    # the first promo, then everything stored again (boilerplate separated only by whitespace is one span)
    assert boilerplate(text) == [_glued([promo, *PARAS[2:], promo, PARAS[3]], sep)]


def test_advertisement_between_two_sentences_joined_by_one_space():
    text = _glued([PARAS[0], PARAS[2], "Advertisement", PARAS[3], PARAS[1]], " ")
    assert boilerplate(text) == ["Advertisement"]


_GLUE_ALPHABET = st.sampled_from(list('aeiKLMZ .,!?"“”()/:0129 \t') + ["Baca", "juga", "ABC", "Warga", "mengatakan"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_GLUE_ALPHABET, max_size=60).map("".join))
def test_pieces_cover_a_line_in_order_and_lose_only_whitespace(body):
    text = " x " + body + " y "
    u = Unit(1, len(text) - 1, text[1:-1], 0)
    parts = pieces(text, u)
    assert all(u.start <= p.start < p.end <= u.end and text[p.start:p.end] == p.text for p in parts)
    assert all(a.end <= b.start for a, b in zip(parts, parts[1:]))
    kept = "".join(p.text for p in parts)
    assert "".join(kept.split()) == "".join(u.text.split())
    for p in parts:  # each piece ends where piece_end says the piece that begins there ends
        assert text[p.start:piece_end(text, p.start, u.end)].strip() == p.text


@pytest.mark.parametrize("code", ["(Ant/S-4)", "(ant)", "(Z-2)"])
def test_an_agency_code_glued_to_the_next_paragraph_ends_the_article(code):
    text = _glued([*PARAS, code + "Warga berharap layanan bus kota tetap tepat waktu saat musim hujan tiba."], "")
    assert boilerplate(text) == [code]
