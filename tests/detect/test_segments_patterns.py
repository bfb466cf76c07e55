"""Each pattern of the segments packs on real snippets (short excerpts of the
development articles; synthetic only where noted), including the inline
fragments scrapers glue into paragraphs."""

from __future__ import annotations

import pytest

from annotator.core.labels import LabelScheme
from annotator.core.model import Document, Span
from annotator.core.resources import resource
from annotator.detect.base import Context
from annotator.detect.segments import LABELS, SegmentDetector
from annotator.detect.segments.packs import pack_for

BODY = ("Pemerintah Provinsi Jawa Barat akan menyiapkan rumah singgah bagi keluarga pasien yang menjalani "
        "perawatan di sejumlah rumah sakit rujukan di Bandung.")
BODY2 = ("Dengan demikian, warga pun tak perlu mengeluarkan dana tambahan selama proses perawatan anggota "
         "keluarga di rumah sakit, kata Dedi.")


def detect(text: str, lang: str = "id") -> list[Span]:
    return SegmentDetector().detect(Document(text=text, meta={"source": "x/a.txt"}), Context(lang=lang)).spans


def covering(text: str, spans: list[Span], needle: str) -> set[str]:
    pos = text.index(needle)
    return {s.label for s in spans if s.start <= pos and pos + len(needle) <= s.end}


def exact(text: str, spans: list[Span], needle: str) -> set[str]:
    pos = text.index(needle)
    return {s.label for s in spans if (s.start, s.end) == (pos, pos + len(needle))}


def touching(text: str, spans: list[Span], needle: str) -> set[str]:
    pos = text.index(needle)
    return {s.label for s in spans if s.start < pos + len(needle) and pos < s.end}


# Whole lines between two body paragraphs: (line, label)
LINES = [
    ("Baca juga: Ganjar dan Mahfud MD Daftar ke KPU pada Kamis Besok Setelah Anies-Cak Imin", "BOILERPLATE"),
    ("Baca juga:Heboh Rumah Susbidi 18 Meter Persegi, Pemerintah Siap Dengarkan Suara Rakyat", "BOILERPLATE"),
    ("Baca Juga", "BOILERPLATE"),
    ("Lihat juga Video: Cekcok Polisi dengan Ketua RT Gegara Parkir Mobil, Mahfud Minta Polri Usut", "BOILERPLATE"),
    ("Simak juga Video: Mensos Ipul Pastikan Bansos Regular dan BPNT Cair Bulan Ini", "BOILERPLATE"),
    ("Simak Video 'Kejagung Tambah Daftar Tersangka Kasus Korupsi Timah-Impor Gula':", "BOILERPLATE"),
    ("Tonton juga video: Banjir Rendam Kampung Melayu", "BOILERPLATE"),  # synthetic
    ("Advertisement", "BOILERPLATE"),
    ("ADVERTISEMENT", "BOILERPLATE"),
    ("SCROLL TO CONTINUE WITH CONTENT", "BOILERPLATE"),
    ("SCROLL TO RESUME CONTENT", "BOILERPLATE"),
    ("[Gambas:Video 20detik]", "BOILERPLATE"),
    ("Editor : Vicky", "BOILERPLATE"),
    ("Penulis: Arby Salim", "BOILERPLATE"),
    ("Pewarta: Fathur Rochman", "BOILERPLATE"),  # Antara style, synthetic name
    ("Reporter: Ahmad Romadoni", "BOILERPLATE"),  # synthetic name
    ("Sumber: Antara", "BOILERPLATE"),
    ("(Penulis: Ardito Ramadhan | Editor: Sabrina Asril)", "BOILERPLATE"),
    ("Pilihan editor:Mereka Menolak Penulisan Ulang Sejarah Indonesia", "BOILERPLATE"),
    ("Artikel ini bersumber dari pemberitaan di KONTAN dan KOMPAS.com berjudul:", "BOILERPLATE"),
    ("Cek berita dan artikel yg lain di Google News dan dan ikuti WhatsApp channel mediaindonesia.com", "BOILERPLATE"),
    ("Ikuti Whatsapp Channel Republika", "BOILERPLATE"),
    ("Ikuti berita terkini dari kami di Telegram Channel Warta", "BOILERPLATE"),  # synthetic
    ("Dapatkan update berita pilihan setiap hari, gabung di WhatsApp Channel kami", "BOILERPLATE"),  # synthetic
    ("Berita Lainnya", "BOILERPLATE"),
    ("Kompas.com/Aisyah Sekar Ayu MaharaniMock up rumah subsidi yang diluncurkan oleh Lippo Group", "CAPTION"),
    ("Khofifah Indar Parawansa (Kompas.com/Kurnia Sari Aziza)", "CAPTION"),
    ("Bacawapres Ganjar Pranowo, Mahfud MD sampaikan pidato politik perdana usai ditunjuk sebagai pendamping Ganjar, "
     "di Kantor DPP PDIP, Menteng, Jakarta, Rabu (18/10/2023). (KompasTV)", "CAPTION"),
    ("Presiden Joko Widodo meninjau Pasar Anyar di Kota Tangerang. ANTARA FOTO/Fauzan/nym.", "CAPTION"),  # synthetic
    ("Petugas memeriksa kendaraan di Jalan Tol Cikampek. MI/Ramdani", "CAPTION"),  # synthetic
    ("Sam Bankman Fried. Foto: Getty Images", "CAPTION"),
]


@pytest.mark.parametrize("line,label", LINES)
def test_line_patterns(line, label):
    text = f"{BODY}\n{line}\n{BODY2}"
    spans = detect(text)
    assert exact(text, spans, line) == {label}
    assert touching(text, spans, BODY) == set() and touching(text, spans, BODY2) == set()


# Fragments inside a paragraph: (text, fragment, label, body that must stay unlabelled)
INLINE = [
    ("Menteri Perindustrian Airlangga Hartarto pun mengajak kepada para santri untuk menjadi wirausaha industri. "
     "(Ant/S-4)", "(Ant/S-4)", "BOILERPLATE", "mengajak kepada para santri"),
    ("Pemerintah menyiapkan sanksi bagi pelanggar aturan tersebut. (Z-2)", "(Z-2)", "BOILERPLATE", "menyiapkan sanksi"),
    ("Polisi masih menyelidiki penyebab kebakaran gudang tersebut. (OL-4)", "(OL-4)", "BOILERPLATE", "menyelidiki"),
    ("mementingkan hubungan baik dengan semua orang.(*)", "(*)", "BOILERPLATE", "hubungan baik"),
    ("kata Widya saat dihubungi wartawan, Sabtu (10/12/2022). (mea/mea)", "(mea/mea)", "BOILERPLATE", "kata Widya"),
    ("dari Lembaga Pemasyarakatan Gunung Sindur. (Fabian Januarius Kuwado) Artikel ini telah tayang di Kompas.com "
     "dengan judul \"Yusril Optimistis Pemerintah Bebaskan Ba'asyir, Ini Alasannya...\",",
     "(Fabian Januarius Kuwado) Artikel ini telah tayang di Kompas.com", "BOILERPLATE", "Gunung Sindur."),
    ("Leony semakin terkejut ketika ia juga dibebani pajak ahli waris atas rumah mendiang ayahnya.  ADVERTISEMENT "
     "SCROLL TO CONTINUE WITH CONTENT \"Gue mau curhat dikit ya,\" ujar Leony via Instagram @leonyvh, Senin (8/9).",
     "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT", "BOILERPLATE", "\"Gue mau curhat dikit ya,\""),
    ("sekitar puluhan juta.  [Gambas:Video CNN]  Leony mengatakan jumlah itu begitu besar.", "[Gambas:Video CNN]",
     "BOILERPLATE", "Leony mengatakan jumlah itu"),
    ("\"Nanti kami akan detailkan,\" ujar dia.Ikuti Whatsapp Channel Republika", "Ikuti Whatsapp Channel Republika",
     "BOILERPLATE", "ujar dia."),
    ("dalam hal ini digital technology,\" kata dia. Baca juga: Layani Rute Cengkareng-Ho Chi Minh City, VietJet "
     "Tegaskan Tak Pakai Bikini Adapun pesawat yang digunakan adalah Airbus 321 terbaru dengan kapasitas 226 "
     "penumpang.",
     "Baca juga: Layani Rute Cengkareng-Ho Chi Minh City, VietJet Tegaskan Tak Pakai Bikini", "BOILERPLATE",
     "Adapun pesawat yang digunakan"),
    ("dengan Pemprov Banten.Baca JugaKemenpanRB Terbitkan Aturan WFA untuk ASN, Pramono Optimistis Bisa Diterapkan "
     "di JakartaSopir Mikrotrans Respons Gubernur Pramono: Siap Dipecat Jika Ugal-ugalan\"Untuk perluasan (MRT) "
     "Jakarta sampai Tangerang Selatan akan kami matangkan,\" kata dia.",
     "Baca JugaKemenpanRB Terbitkan Aturan WFA untuk ASN, Pramono Optimistis Bisa Diterapkan di JakartaSopir "
     "Mikrotrans Respons Gubernur Pramono: Siap Dipecat Jika Ugal-ugalan", "BOILERPLATE",
     "\"Untuk perluasan (MRT)"),
    ("Level 3Kabupaten Natuna dan Kota Tanjung Pinang.NTT, NTB dan Kalimantan ada di halaman berikutnya.Simak Video "
     "'Jokowi Izinkan Mudik, Satgas Covid-19 Ingatkan Masyarakat Segera Booster':[Gambas:Video 20detik]",
     "NTT, NTB dan Kalimantan ada di halaman berikutnya.Simak Video 'Jokowi Izinkan Mudik, Satgas Covid-19 Ingatkan "
     "Masyarakat Segera Booster':[Gambas:Video 20detik]", "BOILERPLATE", "Kota Tanjung Pinang"),
]


@pytest.mark.parametrize("text,fragment,label,body", INLINE)
def test_inline_fragments(text, fragment, label, body):
    spans = detect(text)
    assert covering(text, spans, fragment) == {label}
    assert touching(text, spans, body) == set()


# Openers of the first paragraph: (text, dateline)
DATELINES = [
    ("KOMPAS.com– Pemerintah berencana membuat rumah bersubsidi dengan ukuran 18 meter persegi.", "KOMPAS.com–"),
    ("JAKARTA, KOMPAS.com - Pernyataan Menteri Investasi Bahlil Lahadalia mendapat tanggapan.",
     "JAKARTA, KOMPAS.com -"),
    ("KONTAN.CO.ID - JAKARTA. Perusahaan perhiasan PT Hartadinata Abadi Tbk memproyeksikan pertumbuhan.",
     "KONTAN.CO.ID - JAKARTA."),
    ("TEMPO.CO,Jakarta- Kementerian Keuangan menyatakan surat berharga negara tetap menarik minat investor.",
     "TEMPO.CO,Jakarta-"),
    ("Liputan6.com, Bandung -Menurut laporan tahunan TomTom Traffic Index, Bandung kota termacet.",
     "Liputan6.com, Bandung -"),
    ("REPUBLIKA.CO.ID, INDRAMAYU--Badan Meteorologi, Klimatologi, dan Geofisika memberikan pelatihan.",
     "REPUBLIKA.CO.ID, INDRAMAYU--"),
    ("Bisnis.com, JAKARTA – Pertumbuhan ekonomi Indonesia yang ditargetkan sebesar 5,3% bakal sulit dicapai.",
     "Bisnis.com, JAKARTA –"),
    ("SERAMBINEWS.COM – Ketua Umum PDIP, Megawati Soekarnoputri resmi menunjuk Mahfud MD.", "SERAMBINEWS.COM –"),
    ("JAKARTA– El Rumi mengaku gerah dengan perdebatan yang muncul terkait pernikahan kakaknya.", "JAKARTA–"),
    ("WASHINGTON (AP) — The Latest on the U.S. presidential race, with the candidates in Ohio today.",
     "WASHINGTON (AP) —"),
]


@pytest.mark.parametrize("text,dateline", DATELINES)
def test_datelines(text, dateline):
    spans = detect(text)
    assert exact(text, spans, dateline) == {"DATELINE"}
    rest = text[len(dateline):].strip()
    assert touching(text, spans, rest) == set()


def test_inline_byline_and_dateline_glued_into_one_token():
    text = ("Laporan Wartawan Wartakotalive.com, Arie Puji WaluyoTRIBUNNEWS.COM, JAKARTA - - Nama Inul Daratista "
            "dianggap sebagai artis yang sukses dengan bisnis rumah karaokenya selama ini.")
    spans = detect(text)
    # the tokenizer cuts "Waluyo" | "TRIBUNNEWS" (a word in capitals glued on)
    assert exact(text, spans, "Laporan Wartawan Wartakotalive.com, Arie Puji Waluyo") == {"BYLINE"}
    assert exact(text, spans, "TRIBUNNEWS.COM, JAKARTA - -") == {"DATELINE"}


ENGLISH = [
    ("Advertisement", "BOILERPLATE"),
    ("Read more: Trump urges supporters to monitor polling places", "BOILERPLATE"),
    ("Related Articles", "BOILERPLATE"),
    ("Sign up for our daily newsletter", "BOILERPLATE"),
    ("Follow us on Twitter", "BOILERPLATE"),
    ("© 2019 Hearst Communications, Inc. All rights reserved.", "BOILERPLATE"),
    ("Copyright 2019 The Associated Press.", "BOILERPLATE"),
    ("Photo: Hau Dinh, AP", "CAPTION"),
]


@pytest.mark.parametrize("line,label", ENGLISH)
def test_english_lines(line, label):
    body = ("The Defense Secretary accused China of intimidating smaller nations in the region, officials said on "
            "Wednesday after the meeting in Hanoi.")
    text = f"{body}\n{line}\n{body.replace('Wednesday', 'Thursday')}"
    spans = detect(text, "en")
    assert exact(text, spans, line) == {label}
    assert touching(text, spans, body) == set()


@pytest.mark.parametrize("text", [
    "Ditemui di rumah mantan Wakil Presiden Jusuf Kalla (JK), dia menegaskan niat tersebut.",
    "seperti dikutip dariAntara. Kapolsek Tembagapura Iptu Firman mengatakan jajarannya masih berkoordinasi.",
    "Gubernur mengatakan warga bisa membaca juga aturan baru itu di laman resmi pemerintah provinsi.",
    "The advertisement campaign was criticised by lawmakers, who said it related to an earlier scandal.",
    "Simak baik-baik, kata dia, karena aturan ini berlaku untuk semua warga yang tinggal di kota tersebut.",
])
def test_running_text_is_not_boilerplate(text):
    assert detect(text) == [] and detect(text, "en") == []


def test_every_pack_compiles_and_uses_labels_of_the_scheme():
    scheme_labels = {lab.name for layer in LabelScheme.default().layers if layer.name == "segments"
                     for lab in layer.labels}
    assert set(LABELS) == scheme_labels
    packs = sorted(p.stem for p in resource("patterns", "segments").glob("*.json"))
    assert {"common", "id", "en"} <= set(packs)
    for lang in [*packs, "und", "de"]:
        pack = pack_for(lang)
        assert pack.inline_rules and pack.line_rules and pack.datelines
        assert {r.label for r in (*pack.line_rules, *pack.inline_rules)} <= scheme_labels
    assert pack_for("id").stopwords and pack_for("de").stopwords is None
    und_rules = {r.id for r in pack_for("und").inline_rules}
    assert {r.id for r in pack_for("id").inline_rules} <= und_rules


def test_title_and_date_lines_need_their_shape():
    text = ("Berikut adalah tujuh kota di Indonesia yang dianggap paling nyaman untuk ditinggali:\n\n"
            "Kota Yogyakarta menempati urutan pertama karena biaya hidup yang rendah dan warga yang ramah, kata "
            "peneliti.\n55 '.\nKota Malang berada di urutan kedua dengan udara sejuk dan banyak ruang terbuka hijau.")
    assert detect(text) == []
