"""Speakers on made-up Indonesian text: the canonical name of a person across aliases, appositions,
short forms, titles and scraper glue; speakers without a name; pronoun chains."""

from __future__ import annotations

import pytest

from annotator.core.model import Document, Span
from annotator.detect.pipeline import Pipeline
from annotator.detect.quotes.coref import declared_aliases


def speakers(text: str) -> dict[str, str | None]:
    """First word of each direct quote → its speaker, with the entity detector run first."""
    spans = Pipeline(layers=("entities", "quotes"), lang="id").run(Document(text=text)).spans
    return {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in spans
            if s.layer == "quotes" and s.label == "QUOTE" and s.attrs.get("direct")}


@pytest.mark.parametrize("text, alias, full", [
    ("Gubernur Basuki Tjahaja Purnama alias Ahok meninjau pasar.", "Ahok", "Basuki Tjahaja Purnama"),
    ("Gubernur Basuki Tjahaja Purnamaatau Ahok meninjau pasar.", "Ahok", "Basuki Tjahaja Purnama"),
    ("Ketua koperasi Sutrisno Hadi yang akrab disapa Pak Tris menyambut warga.", "Pak Tris", "Sutrisno Hadi"),
    ("Ketua PSI, Zulkarnaen atau yang akrab disapa Syeh Jufri saat dikonfirmasi.", "Syeh Jufri", "Zulkarnaen"),
    ("Menteri Pangan Rahmat Wibisono (Gus Mamat) hadir.", "Gus Mamat", "Rahmat Wibisono"),
    ("Bang Jali, sapaan akrab Rizal Maulana, menegaskan sikapnya.", "Bang Jali", "Rizal Maulana"),
])
def test_declared_aliases(text, alias, full):
    persons = [full, alias]
    assert declared_aliases(text, frozenset({"Gubernur", "Menteri", "Ketua", "Pak"}), persons)[alias] == full


def test_or_between_two_full_names_is_no_alias():
    text = "Pemilih bisa memilih Anton Sujarwo atau Budi Santoso, dan Badan Pusat Statistik (BPS) mencatat."
    assert declared_aliases(text, frozenset(), ["Anton Sujarwo", "Budi Santoso"]) == {}


def test_quotes_by_an_alias_carry_the_canonical_name():
    text = ("Menteri Pangan Rahmat Wibisono (Gus Mamat) meninjau gudang beras di Bekasi, Senin.\n"
            '"Stok aman sampai akhir tahun," ujar Gus Mamat di lokasi.\n'
            "Bang Jali, sapaan akrab Rizal Maulana, menegaskan koperasi siap menyerap gabah petani.\n"
            '"Kami beli dengan harga wajar," kata Bang Jali.')
    found = speakers(text)
    assert found["Stok"] == "Rahmat Wibisono"
    assert found["Kami"] == "Rizal Maulana"


def test_long_apposition_before_the_name_gives_the_person_not_the_organisation():
    text = ('"Jalur itu ditutup sementara karena perbaikan," kata Kepala Biro Komunikasi dan Informasi Publik '
            "Kementerian Perhubungan, Wulan Sartika, di Jakarta, Rabu (4/6/2025).")
    assert speakers(text)["Jalur"] == "Wulan Sartika"


def test_a_name_first_keeps_its_apposition_after_it():
    text = '"Pembeli naik dua kali lipat," ucap Monika Sari, Manajer Pemasaran Toko Makmur Indonesia.'
    assert speakers(text)["Pembeli"] == "Monika Sari"


def test_speakers_without_a_name_are_the_role_as_written():
    text = ("Banjir merendam tiga desa sejak Selasa pagi.\n"
            '"Airnya naik cepat sekali," kata seorang warga.\n'
            '"Pengungsi butuh selimut," ujar salah satu relawan di posko.\n'
            '"Semoga cepat surut," tulis akun @dewi.lestari di media sosial.')
    found = speakers(text)
    assert found["Airnya"] == "seorang warga"
    assert found["Pengungsi"] == "salah satu relawan"
    assert found["Semoga"] == "@dewi.lestari"


def test_titles_degrees_and_glued_words_are_not_part_of_the_name():
    text = ("Pengacara Hendra Siregar mendaftarkan gugatan ke pengadilan.\n"
            '"Klien kami dirugikan," kata Hendra kepadaTempo, Kamis.\n'
            "Psikolog Rina Kartika, M.Psi. menjelaskan dampak rumah sempit.\n"
            '"Stres bisa meningkat," ujar dr. Rina.')
    found = speakers(text)
    assert found["Klien"] == "Hendra Siregar"
    assert found["Stres"] == "Rina Kartika"


def test_a_short_form_grows_to_the_full_name():
    text = ("Kabid Humas Polda Kombes Budi Hartono Saputra mengatakan pelaku sudah ditahan.\n"
            '"Motifnya masih didalami," kata Budi Hartono.\n'
            "Menteri Perdagangan Wirahadikusuma Lubis membuka pameran dagang di Surabaya.\n"
            '"Ekspor naik empat kali lipat," ujar Wira.')
    found = speakers(text)
    assert found["Motifnya"] == "Budi Hartono Saputra"
    assert found["Ekspor"] == "Wirahadikusuma Lubis"


def test_english_surname_alone_after_the_full_name_is_that_person():
    text = ("Singer Taylor Morgan announced a new tour on Monday. Her manager, Robert Allen, said tickets would "
            'sell fast.\n"We are thrilled to be back on the road," Morgan said in a statement.\n'
            '"Demand is huge," Allen told reporters.')
    spans = Pipeline(layers=("entities", "quotes"), lang="en").run(Document(text=text)).spans
    people = {text[s.start:s.end]: s.attrs.get("canonical") for s in spans if s.label == "PERSON"}
    assert people["Morgan"] == "Taylor Morgan" and people["Allen"] == "Robert Allen"
    said = {text[s.start:s.end].split()[0]: s.attrs["speaker"] for s in spans if s.label == "QUOTE"
            and s.attrs.get("direct")}
    assert said == {"We": "Taylor Morgan", "Demand": "Robert Allen"}


def test_a_pronoun_quote_after_a_name_with_its_acronym_glued_on():
    text = ("Menteri Sosial Rahmat Wibisono menjelaskan bantuan sudah disalurkan.\n"
            '"Penyaluran sudah 80 persen," ujar Rahmat.\n'
            "Pada kesempatan yang sama, Deputi Statistik Sosial Badan Pusat Statistik (BPS), Hartono Wijaya BPS "
            "mengatakan data penerima terus diperbarui.\n"
            '"Kami mencocokkan data setiap bulan," ucapnya.')
    assert speakers(text)["Kami"] == "Hartono Wijaya"


def full_pipeline_speakers(text: str) -> dict[str, str | None]:
    spans = Pipeline(layers=("segments", "entities", "quotes"), lang="id").run(Document(text=text)).spans
    return {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in spans
            if s.layer == "quotes" and s.label == "QUOTE" and s.attrs.get("direct")}


def test_a_run_of_quotes_opened_by_menurut_and_a_pronoun_chain_across_paragraphs():
    text = ("Menurut Hendra Wijaya, harga cabai naik karena cuaca buruk di sentra produksi.\n"
            '"Petani gagal panen di banyak tempat," ujarnya.\n'
            '"Stok di gudang juga menipis," tambahnya.\n'
            "Kepala Dinas Pertanian Suryadi Rahman meninjau sawah di Karawang, Senin.\n"
            "Ia menyebut panen tahun ini turun karena hama wereng yang menyerang sawah milik petani binaan Bupati "
            "Aep Saepuloh.\n"
            '"Kami sudah menyiapkan pestisida gratis," katanya.\n'
            "Dia menambahkan bantuan akan dibagikan pekan depan.\n"
            '"Warga cukup membawa KTP," ujarnya.')
    found = full_pipeline_speakers(text)
    assert found["Petani"] == found["Stok"] == "Hendra Wijaya"
    assert found["Kami"] == found["Warga"] == "Suryadi Rahman"


def test_a_related_headline_with_quotation_marks_is_no_quote():
    text = ("Harga beras naik di pasar tradisional sejak awal pekan ini.\n"
            'Baca juga: Ganjar: "Saya Siap Maju" dan Prabowo "Kita Lihat Nanti"\n'
            "Pedagang mengeluhkan pasokan yang seret dari Jawa Tengah sejak pekan lalu.")
    assert full_pipeline_speakers(text) == {}


def test_a_pronoun_quote_skips_a_subject_who_does_not_speak():
    text = ("Kuasa hukum Rudi Hartawan mengapresiasi kerja polisi dalam kasus itu.\n"
            '"Hasilnya memuaskan," kata Rudi.\n'
            "Rudi menilai kliennya sudah berada di jalur yang benar. Sebagaimana diketahui, Andika Pratama "
            "melaporkan Sinta Lestari ke polisi bulan lalu.\n"
            '"Kami akan terus mengawal kasus ini," ungkapnya.')
    found = speakers(text)
    assert found["Kami"] == "Rudi Hartawan"


def test_a_lower_case_role_then_the_name_and_a_long_role_that_refers_back():
    text = ('"Kapal kami diserang di perairan internasional," kata anggota komite pengarah Koalisi Nelayan, Rahmat '
            "Hidayat.\n"
            "Anggota DPRD Riau Budi Santoso menilai program itu penting bagi warga pesisir.\n"
            '"Pelaksanaannya harus diawasi," pungkas Kepala Badan Penanggulangan Bencana DPD Partai Maju Provinsi '
            "Riau itu.")
    found = speakers(text)
    assert found["Kapal"] == "Rahmat Hidayat"
    assert found["Pelaksanaannya"] == "Budi Santoso"


def test_a_full_name_glued_onto_the_word_before_it_still_completes_the_short_form():
    text = ("Target tinggi dipasang duet baruRaka Pratama/Dimas Saputra di turnamen bulan depan.\n"
            '"Kami ingin juara tahun ini," ucap Raka saat ditemui di pelatnas.')
    assert speakers(text)["Kami"] == "Raka Pratama"


def test_names_a_scraper_glued_to_the_words_around_them():
    text = ("Pemprov menyiapkan jalur baru ke pinggiran DKI JakartaPramono Anungmengatakan, saat ini pihaknya "
            "masih menghitung biaya.\n"
            '"Untuk perluasan kami butuh dukungan pusat," ujarnya.\n'
            "AdvokatRina Santosomembantah tudingan bahwa dia membuat konten itu.\n"
            '"Bukan saya yang bikin," kata Rina.')
    found = full_pipeline_speakers(text)
    assert found["Untuk"] == "Pramono Anung"
    assert found["Bukan"] == "Rina Santoso"


def test_a_name_ending_in_a_common_word_keeps_it():
    text = ("Ketua panitia Budi Wardana membuka acara.\n"
            '"Semua siap," kata Budi.')
    assert speakers(text)["Semua"] == "Budi Wardana"


def test_menurut_inside_a_sentence_makes_its_person_the_speaker_of_the_next_quote():
    text = ("Wali Kota Semarang Hendra Prasetyo meninjau posko pemenangan, Jumat.\n"
            '"Kami optimistis," ujar Hendra.\n'
            "Survei hanya mengambil sampel. Kemudian Budi Santoso menang sehingga menurut Hendra, warga Semarang "
            "masih akan memilih Budi Santoso dalam pemilu.\n"
            '"Target kami menang sampai 70 persen," tegasnya.')
    assert full_pipeline_speakers(text)["Target"] == "Hendra Prasetyo"


def test_a_name_in_apposition_before_said_is_the_subject_of_the_reported_clause():
    text = "Taylor Morgan released an album on Friday. Her producer, Robert Allen, said the record took two years."
    spans = Pipeline(layers=("entities", "quotes"), lang="en").run(Document(text=text)).spans
    reported = [(text[s.start:s.end], s.attrs.get("speaker")) for s in spans
                if s.label == "QUOTE" and not s.attrs.get("direct")]
    assert reported == [("the record took two years", "Robert Allen")]


def test_a_place_inside_an_organisation_before_the_comma_is_not_the_speaker():
    text = ("Prabowo Subianto berkunjung ke Banda Aceh, Selasa. Calon presiden itu datang bukan untuk kampanye.\n"
            '"Bukan sebagai capres," kata Ketua PSI Aceh, Zulkarnaini atau yang akrab disapa Syeh Joel saat '
            "dikonfirmasi, Senin (25/12/2023).")
    assert speakers(text)["Bukan"] == "Zulkarnaini"


def test_a_name_in_a_teaser_does_not_complete_the_speakers_short_name():
    text = ("Maskapai itu membuka rute baru ke Denpasar, Bali.\n"
            "Baca juga: Tran Thi Lan, Miliarder Wanita Pemilik Maskapai Berbiaya Rendah\n"
            "Dalam suratnya kepada Menteri Perhubungan, Wakil Presiden Direktur Sky Air Tran Van Minh menyatakan hal "
            "itu tidak akan terjadi.\n"
            '"Kami menghormati budaya setempat," tulis Tran dalam suratnya.\n'
            'Ia menegaskan, seragam itu bukan seragam resmi. "Itu hanya untuk satu acara," jelas Tran.')
    found = full_pipeline_speakers(text)
    assert found["Kami"] == found["Itu"] == "Tran Van Minh"


def test_an_alias_of_two_words_and_a_nickname_declared_deep_in_the_article():
    text = ("Diskusi publik soal otonomi daerah digelar di sebuah hotel di Jakarta Pusat, Selasa (3/6/2025) siang.\n"
            "Mantan Gubernur Soekarwo Hadinoto alias Pakde Karwo hadir sebagai pembicara utama.\n"
            '"Banyak kewenangan yang tumpang tindih," kata Pakde Karwo.\n'
            "Ketua RT setempat, Muhammad Yusuf yang akrab disapa Bang Ucup, ikut bertanya.\n"
            '"Kampung kami banjir tiap tahun," ujar Bang Ucup.')
    found = speakers(text)
    assert found["Banyak"] == "Soekarwo Hadinoto"
    assert found["Kampung"] == "Muhammad Yusuf"


def test_the_region_of_an_office_and_a_police_rank_are_not_part_of_the_name():
    text = ("Bupati Sleman Harda Kiswaya meresmikan pasar rakyat di Kecamatan Depok, Sabtu.\n"
            '"Pasar ini harus bersih," kata Harda.\n'
            "Kapolres Metro Jakarta Selatan Kombes Pol Ade Rahmat Idnal memantau arus lalu lintas.\n"
            '"Personel kami siagakan di sepuluh titik," ujar Ade Rahmat.')
    found = speakers(text)
    assert found["Pasar"] == "Harda Kiswaya"
    assert found["Personel"] == "Ade Rahmat Idnal"


def test_a_role_phrase_is_the_speaker_as_written_and_a_name_after_it_wins():
    text = ("Banjir datang lagi ke kampung itu.\n"
            '"Air naik cepat," kata seorang warga Kampung Melayu, Budi Santoso, Senin.\n'
            '"Kami lelah," ujar seorang pedagang sayur di pasar itu.\n'
            '"Tolong bantu," balas warga setempat.')
    assert speakers(text) == {"Air": "Budi Santoso", "Kami": "seorang pedagang sayur", "Tolong": "warga setempat"}


def test_a_statement_of_an_organisation_carries_its_declared_full_name():
    text = ("Kapal bantuan armada Global Sumud Flotilla(GSF) diserang drone di pelabuhan, Selasa.\n"
            '"Serangan ini tidak akan menghentikan misi kami," demikian pernyataan GSF.\n'
            "Juru bicara kepolisian setempat membantah ada serangan.")
    assert speakers(text)["Serangan"] == "Global Sumud Flotilla"


def test_a_mononym_does_not_grow_into_a_channel_title_or_a_plural_before_it():
    text = ("Komedian Sule dirawat di rumah sakit sejak Senin.\n"
            "Video itu diunggah di kanal YouTube Diary Sule Family pada Selasa malam.\n"
            "Anak-anak Sule bergantian menjaga ayah mereka.\n"
            '"Saya sudah membaik, doakan saja," kata Sule.')
    assert speakers(text)["Saya"] == "Sule"


def test_a_short_name_nobody_declared_and_a_rank_before_a_lone_name():
    text = ("Anggota DPRD Hardiman Kenneth Wijaya mendorong klinik hewan baru.\n"
            '"Pemilik hewan terus bertambah," kata Kent.\n'
            "Kapolsek Tambun AKP Wuryanto membenarkan laporan warga.\n"
            '"Anggota kami sudah ke lokasi," kata Wuryanto.')
    found = speakers(text)
    assert found["Pemilik"] == "Hardiman Kenneth Wijaya"
    assert found["Anggota"] == "Wuryanto"


def test_the_agent_of_a_passive_cue_past_an_office_speaks_the_next_quote():
    text = ("Harga telur naik di Pasar Kosambi.\n"
            "Kepala Dinas Perdagangan Kota Bandung Elly Wasliah menyebut pakan jadi penyebabnya.\n"
            '"Harga jagung naik," katanya.\n'
            "Hal senada disampaikan Ketua Asosiasi Peternak Layer Jawa Barat, Ahmad Dawami.\n"
            '"Peternak kecil paling terpukul," ujarnya.')
    assert speakers(text)["Peternak"] == "Ahmad Dawami"


def test_portfolio_and_region_words_of_an_office_are_not_part_of_the_name():
    text = ("Wakil Menteri Luar Negeri Arrmanatha Nasir membuka pameran budaya Jepang.\n"
            '"Hubungan kedua negara sudah 67 tahun," kata Arrmanatha.\n'
            '"Pendaftaran dibuka 1 Juli," kata Kepala Dinas Pendidikan Provinsi Jawa Tengah Sadimin, Selasa.\n'
            '"Penutupan dua minggu," ujar Sekretaris Daerah (Sekda) Kota Bandung Ema Sumarna di Balai Kota.')
    found = speakers(text)
    assert found["Hubungan"] == "Arrmanatha Nasir"
    assert found["Pendaftaran"] == "Sadimin"
    assert found["Penutupan"] == "Ema Sumarna"


def test_the_sentence_after_a_quote_names_its_speaker():
    text = ('"Kami tidak akan menaikkan harga BBM tahun ini." Hal itu ditegaskan Menteri Energi dan Sumber Daya '
            "Mineral Bahlil Lahadalia di Jakarta, Senin.\n"
            "Bahlil menyebut subsidi energi cukup.")
    assert speakers(text)["Kami"] == "Bahlil Lahadalia"


def test_a_nickname_given_in_a_role_that_refers_back():
    text = ("Agus Salim Hutapea sudah dua puluh tahun berjualan bakso di depan stasiun.\n"
            '"Dulu sehari habis 300 mangkuk," kata pria yang akrab disapa Ucok itu.\n'
            "Kini, menurut Ucok, pembeli berkurang.\n"
            '"Sekarang 100 mangkuk saja sudah syukur," ujar Ucok.')
    found = speakers(text)
    assert found["Dulu"] == found["Sekarang"] == "Agus Salim Hutapea"


def test_an_office_with_its_unit_then_a_rank_and_the_name_and_an_unnamed_recorder():
    text = ("Seorang pemotor melapor ke polisi setelah ditodong pistol di Cipulir.\n"
            '"Korban kami dampingi membuat laporan," kata Kapolsek Kebayoran Lama, Kompol Widya Agustiono, Kamis.\n'
            '"Bawa beceng, bawa beceng," kata perekam suara dalam video tersebut.')
    found = speakers(text)
    assert found["Korban"] == "Widya Agustiono"
    assert found["Bawa"] == "perekam suara"


def test_an_inline_nya_cue_keeps_the_previous_speaker():
    text = ("Ekonom Indef Rizal Taufikurahman menilai menteri keuangan menjaga kredibilitas fiskal.\n"
            '"Ia dikenal hati-hati," katanya. Kementerian Keuangan di bawah Sri Mulyani, sambungnya, berkontribusi '
            'pada ketahanan ekonomi. "Namun tax ratio tidak meningkat," katanya.')
    assert speakers(text)["Namun"] == "Rizal Taufikurahman"


def test_a_typo_of_a_name_and_a_name_in_a_title_case_headline():
    text = ("Khofifah Pernah Sebut Mahfud MD Sebagai Sosok yang Tidak Dapat Dikendalikan\n"
            "Gubernur Jawa Timur, Khofifah Indar Parawansa pernah bercerita tentang Mahfud MD dalam sebuah acara.\n"
            '"Tidak ada yang bisa mengendalikan beliau," ucap Khafifah kala itu.\n'
            '"Saya tegak lurus pada hukum," kata Mahfud MD sebagai sosok yang lugas.')
    found = speakers(text)
    assert found["Tidak"] == "Khofifah Indar Parawansa"
    assert found["Saya"] == "Mahfud MD"


def quote_speakers_with_persons(text: str, persons: list[str]) -> dict[str, str | None]:
    """Speakers when the entity detector found only ``persons`` (each PERSON at every occurrence): it missed
    the rest, as it does on unseen text."""
    from annotator.detect.base import Context
    from annotator.detect.quotes.detector import QuoteDetector

    spans = [Span(start=k, end=k + len(name), label="PERSON", layer="entities")
             for name in persons for k in range(len(text)) if text.startswith(name, k)]
    found = QuoteDetector().detect(Document(text=text), Context(lang="id", previous=spans)).spans
    return {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in found
            if s.label == "QUOTE" and s.attrs.get("direct")}


def test_a_speaking_name_the_entity_detector_missed_and_an_alias_of_an_untagged_full_name():
    text = ("Ketua tim pemenangan Rudi Hartono membuka rapat di Jakarta.\n"
            '"Kita harus menang," kata Rudi.\n'
            "Pengacara senior Todung Mulya Lubis mengatakan proses hukum harus adil bagi semua calon.\n"
            '"Kami minta semua pihak menahan diri," ujarnya.\n'
            "Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau penyaluran bansos.\n"
            '"Bansos sudah tersalur," kata Gus Ipul.')
    found = quote_speakers_with_persons(text, ["Rudi Hartono", "Rudi", "Gus Ipul"])
    assert found == {"Kita": "Rudi Hartono", "Kami": "Todung Mulya Lubis", "Bansos": "Saifullah Yusuf"}


def test_an_organisation_cut_short_runs_on_into_the_person_after_it():
    from annotator.detect.base import Context
    from annotator.detect.quotes.detector import QuoteDetector

    text = ("Direktur Eksekutif Indonesia Corruption Watch Agus Sunaryanto menyoroti dana desa.\n"
            '"Banyak kepala desa tidak paham aturan," kata Agus.')

    def span(words: str, label: str) -> Span:
        return Span(start=text.index(words), end=text.index(words) + len(words), label=label, layer="entities")

    entities = [span("Eksekutif Indonesia", "ORG"), span("Corruption Watch Agus Sunaryanto", "PERSON")]
    found = QuoteDetector().detect(Document(text=text), Context(lang="id", previous=entities)).spans
    assert [s.attrs["speaker"] for s in found if s.label == "QUOTE" and s.attrs.get("direct")] == ["Agus Sunaryanto"]


def test_a_doer_inside_a_bahwa_clause_does_not_take_the_pronoun_quote():
    text = ("Tetangga korban, Rahman Hakim, mendengar cekcok dari kontrakan sebelah.\n"
            '"Saya kira mereka sudah tidur," kata Rahman.\n'
            "Setelah mengetahui fakta bahwa Joni Prasetyo membunuh istrinya, Rahman langsung lemas. Dia tidak "
            "menyangka kejadian itu.\n"
            '"Dua hari ini kami susah makan," ujarnya.')
    assert speakers(text)["Dua"] == "Rahman Hakim"


def test_a_balinese_birth_order_name_and_a_link_word_stay_in_the_name():
    text = ("Kepala Dinas Pariwisata Bali I Wayan Sumarajaya mengatakan kunjungan wisatawan naik.\n"
            '"Bali masih jadi tujuan favorit," kata Sumarajaya.\n'
            "Duta Besar Arab Saudi Faisal bin Abdullah Al-Amudi menghadiri peluncuran layanan haji.\n"
            '"Kuota haji tetap," kata Faisal.')
    found = speakers(text)
    assert found["Bali"] == "I Wayan Sumarajaya"
    assert found["Kuota"] == "Faisal bin Abdullah Al-Amudi"


def test_a_one_word_speaking_name_the_entity_detector_missed_when_it_is_a_known_name():
    text = ("Menteri Dalam Negeri Tito Karnavian memutuskan empat pulau masuk wilayah Aceh.\n"
            '"Keputusan ini final," kata Bima.\n'
            "Tito menuturkan dokumen asli itu ditemukan di gedung arsip.\n"
            '"Ada tiga gedung dibongkar," kata dia.')
    found = quote_speakers_with_persons(text, ["Tito Karnavian", "Bima"])
    assert found["Ada"] == "Tito Karnavian"


def test_english_a_surname_that_is_also_a_title_and_initials_after_a_title():
    text = ("Last week, I caught Larry King on his new network.\n\n"
            "''They pay us a lot of money,'' Mr. King said.\n\n"
            "“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.")
    spans = Pipeline(layers=("quotes",), lang="en").run(Document(text=text)).spans
    said = {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in spans
            if s.label == "QUOTE" and s.attrs.get("direct")}
    assert said == {"They": "Larry King", "This": "G.K. Butterfield"}


def test_english_a_name_after_a_qualifier_and_a_role_and_no_possessive_in_a_name():
    text = ("Donald Trump’s speech drew laughs but little support.\n\n"
            "“He is funny,” New York attorney Eric Levine said of Trump.\n\n"
            "“The delegate math is daunting,” explained Democratic strategist Simon Rosenberg, president of a think "
            "tank.")
    spans = Pipeline(layers=("quotes",), lang="en").run(Document(text=text)).spans
    said = {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in spans
            if s.label == "QUOTE" and s.attrs.get("direct")}
    assert said == {"He": "Eric Levine", "The": "Simon Rosenberg"}


def test_a_canonical_name_run_on_from_glued_boilerplate_is_not_the_speaker():
    """Glued text: the entity detector read "SCROLL TO CONTINUE WITH CONTENT Rahman" as one PERSON, dropped it
    (it overlaps boilerplate) but kept it as the canonical name of the later "Rahman"s."""
    from annotator.detect.base import Context
    from annotator.detect.quotes.detector import QuoteDetector

    text = ('Warga geger pada Selasa malam. "Saya dengar teriakan," kata Rahman Hakim kepada wartawan. SCROLL TO '
            'CONTINUE WITH CONTENT Rahman menuturkan pelaku tampak tenang. "Mukanya datar saja," kata Rahman.')
    glued = "SCROLL TO CONTINUE WITH CONTENT Rahman"
    k = text.index(glued)
    previous = [Span(start=k, end=k + len("SCROLL TO CONTINUE WITH CONTENT"), label="BOILERPLATE", layer="segments"),
                Span(start=text.index("Rahman Hakim"), end=text.index("Rahman Hakim") + 12, label="PERSON",
                     layer="entities")]
    for at in (k + len(glued) - 6, text.rindex("Rahman")):
        previous.append(Span(start=at, end=at + 6, label="PERSON", layer="entities", attrs={"canonical": glued}))
    found = QuoteDetector().detect(Document(text=text), Context(lang="id", previous=previous)).spans
    assert [s.attrs["speaker"] for s in found if s.label == "QUOTE" and s.attrs.get("direct")] == [
        "Rahman Hakim", "Rahman Hakim"]


def test_a_name_the_entity_detector_tagged_alone_elsewhere_is_known_where_it_missed_it():
    """Glued text: the detector missed "Darsono Wiryo" and the speaking "Darsono", and tagged one "Darsono"."""
    from annotator.detect.base import Context
    from annotator.detect.quotes.detector import QuoteDetector

    text = ('Menteri Investasi Darsono Wiryo meninjau pabrik baja di Cilegon. "Kami kawal perizinannya," kata dia. '
            'Darsono menegaskan bahwa investor wajib taat aturan. "Jangan anggap negara ini tanpa aturan," katanya. '
            "Pernyataan itu disampaikan Darsono di depan pengusaha.")
    last = text.rindex("Darsono")
    previous = [Span(start=last, end=last + len("Darsono"), label="PERSON", layer="entities")]
    found = QuoteDetector().detect(Document(text=text), Context(lang="id", previous=previous)).spans
    said = {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in found
            if s.label == "QUOTE" and s.attrs.get("direct")}
    assert said["Jangan"] == "Darsono Wiryo"


def test_a_full_name_the_entity_detector_missed_before_a_pronoun_subject_when_one_short_form_is_tagged():
    from annotator.detect.base import Context
    from annotator.detect.quotes.detector import QuoteDetector

    text = ("Menteri Investasi Darsono Wiryo angkat bicara soal antrean izin pabrik. Ia mengaku menerima banyak "
            'keluhan dari pengusaha. "Izin kami percepat mulai bulan depan," ujarnya. Pernyataan itu disampaikan '
            "Darsono di Cilegon.")
    last = text.rindex("Darsono")
    previous = [Span(start=last, end=last + len("Darsono"), label="PERSON", layer="entities")]
    found = QuoteDetector().detect(Document(text=text), Context(lang="id", previous=previous)).spans
    assert [s.attrs.get("speaker") for s in found if s.label == "QUOTE" and s.attrs.get("direct")] == [
        "Darsono Wiryo"]


def quote_speakers_with_entities(text: str, entities: list[tuple[str, str]]) -> dict[str, str | None]:
    """Speakers when the entity detector gave exactly ``entities`` (text, label; every occurrence): the wrong
    extents and labels it gives on unseen text."""
    from annotator.detect.base import Context
    from annotator.detect.quotes.detector import QuoteDetector

    spans = [Span(start=k, end=k + len(name), label=label, layer="entities")
             for name, label in entities for k in range(len(text)) if text.startswith(name, k)
             and (k == 0 or not text[k - 1].isalnum()) and not text[k + len(name):k + len(name) + 1].isalnum()]
    found = QuoteDetector().detect(Document(text=text), Context(lang="id", previous=spans)).spans
    return {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in found
            if s.label == "QUOTE" and s.attrs.get("direct")}


def test_a_person_span_run_on_into_the_words_around_the_name_gives_only_the_name():
    text = ("Kunjungan Jokowi ke gudang beras di Kelapa Gading berlangsung singkat, kunjungan kedua bulan ini.\n"
            '"Stok beras aman sampai Lebaran," kata Jokowi.\n'
            "Peneliti Indef menilai stok itu cukup. Ekonom Indef Bhima Yudhistira meminta harga diawasi.\n"
            '"Harga di daerah masih tinggi," kata Bhima.\n'
            "Komedian itu membantah kabar soal kesehatan Sule.\n"
            '"Saya sehat," ujar Sule.')
    found = quote_speakers_with_entities(text, [("Kunjungan Jokowi", "PERSON"), ("Jokowi", "PERSON"),
                                                ("Indef", "ORG"), ("Indef Bhima Yudhistira", "PERSON"),
                                                ("Bhima", "PERSON"), ("kesehatan Sule", "PERSON"), ("Sule", "PERSON")])
    assert found == {"Stok": "Jokowi", "Harga": "Bhima Yudhistira", "Saya": "Sule"}


def test_a_person_the_entity_detector_tagged_as_a_place_or_an_organisation_still_speaks():
    text = ("Psikolog klinis Divani Aery Lovian menjelaskan dampak rumah yang sempit.\n"
            '"Ruang pribadi itu penting," kata Divani.\n'
            "Peneliti senior Rudi Hartono mengatakan harga rumah terus naik.\n"
            '"Anak muda makin sulit membeli rumah," ujarnya.\n'
            '"Subsidi harus tepat sasaran," kata Kenneth Wibisono di Jakarta.')
    found = quote_speakers_with_entities(text, [("Divani Aery Lovian", "LOC"), ("Divani", "PERSON"),
                                                ("Rudi Hartono", "ORG"), ("Kenneth Wibisono", "LOC")])
    assert found == {"Ruang": "Divani Aery Lovian", "Anak": "Rudi Hartono", "Subsidi": "Kenneth Wibisono"}


def test_a_lone_office_or_portfolio_word_tagged_person_is_no_speaker():
    text = ("Menteri Pariwisata dan Ekonomi Kreatif Sandiaga Uno membuka pameran wisata di Jakarta.\n"
            "Anggota DPRD DKI Jakarta Hardiyanto Kenneth juga hadir.\n"
            '"Kunjungan wisman naik dua kali lipat," kata Menteri Pariwisata dan Ekonomi Kreatif Sandiaga Uno.\n'
            "Anggota dewan itu memuji pameran tersebut.\n"
            '"Pameran ini harus rutin," ujar Anggota DPRD DKI Jakarta Hardiyanto Kenneth.')
    found = quote_speakers_with_entities(text, [("Pariwisata", "PERSON"), ("Sandiaga Uno", "PERSON"),
                                                ("Anggota", "PERSON"), ("Hardiyanto Kenneth", "PERSON"),
                                                ("DPRD DKI Jakarta", "ORG")])
    assert found == {"Kunjungan": "Sandiaga Uno", "Pameran": "Hardiyanto Kenneth"}


def test_a_person_opening_the_sentence_before_a_pronoun_quote_is_its_speaker_when_new_or_in_its_paragraph():
    found = full_pipeline_speakers(
        '"Anak saya anak yang rajin," kata Yayah Rohayati, ibu salah satu korban.\n'
        "Bupati Subang Reynaldi Putra turut hadir di pemakaman.\n"
        '"Pemerintah daerah menanggung biaya perawatan," ujarnya.')
    assert found == {"Anak": "Yayah Rohayati", "Pemerintah": "Reynaldi Putra"}
    text = ('"The delays reflect testing," Ramirez said.\n'
            'Senator Margaret Ellison was not persuaded. "Testing should not take a decade," she said.')
    spans = Pipeline(layers=("entities", "quotes"), lang="en").run(Document(text=text)).spans
    assert [s.attrs.get("speaker") for s in sorted(spans, key=lambda s: s.start)
            if s.label == "QUOTE" and s.attrs.get("direct")] == ["Ramirez", "Margaret Ellison"]


def test_a_subject_reluctant_to_comment_is_a_speaking_subject():
    found = full_pipeline_speakers(
        "KPK memeriksa Hadi Susanto, mantan direktur perusahaan itu.\n"
        '"Saksi didalami soal pengadaan gerbong," kata Juru Bicara KPK Arif Mahendra.\n'
        "Usai diperiksa, Hadi enggan berkomentar banyak.\n"
        '"Tanya penyidik saja," ujarnya singkat.')
    assert found == {"Saksi": "Arif Mahendra", "Tanya": "Hadi Susanto"}


def test_menurut_a_role_then_the_name_opens_a_run_of_quotes():
    found = full_pipeline_speakers(
        "Menurut Ketua Koperasi Pedagang Pasar Induk Cipinang, Zulfikar Hasan, kenaikan dipicu panen yang mundur.\n"
        '"Pasokan berkurang hampir separuh," ujarnya.\n'
        "Menurut Kepala Badan Pangan Nasional, Arief Sasongko, stok beras pemerintah masih aman.\n"
        '"Stok kami cukup sampai akhir tahun," katanya.')
    assert found == {"Pasokan": "Zulfikar Hasan", "Stok": "Arief Sasongko"}


def test_menurutnya_refers_back_past_the_person_its_clause_is_about():
    found = full_pipeline_speakers(
        "Pelatih tim nasional Ayu Rahmawati Sitorus mengumumkan 14 pemain.\n"
        '"Kami memberi jam terbang kepada pemain muda," kata Ayu.\n'
        "Ayu juga menyinggung absennya kapten tim, Dinda Lestari.\n"
        "Menurutnya, Dinda masih menjalani pemulihan cedera lutut.\n"
        '"Tidak ada risiko yang kami ambil," ucapnya.')
    assert found == {"Kami": "Ayu Rahmawati Sitorus", "Tidak": "Ayu Rahmawati Sitorus"}


def test_a_quote_of_several_paragraphs_gets_the_speaker_named_at_its_end():
    found = full_pipeline_speakers(
        "Suasana haru menyelimuti pemakaman korban kecelakaan bus di Subang, Minggu.\n"
        '"Anak saya baru lulus SMA dan ingin kuliah di Bandung. Dia anak yang rajin."\n'
        '"Pagi itu dia pamit dan bilang akan pulang membawa oleh-oleh," kata Yayah Rohayati, ibu salah satu korban.')
    assert found == {"Anak": "Yayah Rohayati", "Pagi": "Yayah Rohayati"}


def test_a_role_then_bernama_and_the_name_and_a_nameless_role():
    found = full_pipeline_speakers(
        '"Penumpang sudah mulai mengeluh," kata seorang sopir angkot bernama Udin Samsudin.\n'
        "Seorang penumpang mengaku keberatan.\n"
        '"Gaji saya tidak naik," ujar seorang karyawati.')
    assert found == {"Penumpang": "Udin Samsudin", "Gaji": "seorang karyawati"}


def test_two_people_speaking_at_once_give_no_speaker():
    found = full_pipeline_speakers(
        "Dua pengamat, Rudi Hartanto dan Sari Dewanti, menilai kebijakan itu terburu-buru.\n"
        '"Belum ada kajian dampaknya," kata keduanya dalam diskusi daring.\n'
        "Rudi menambahkan, pemerintah perlu melibatkan kampus.\n"
        '"Kampus punya data yang lengkap," ujarnya.')
    assert found == {"Belum": None, "Kampus": "Rudi Hartanto"}


def test_an_organisation_speaking_gets_its_declared_full_name():
    found = full_pipeline_speakers(
        "Kementerian Kesehatan (Kemenkes) mencatat 1.200 kasus demam berdarah sepanjang Mei.\n"
        '"Masyarakat diimbau menguras bak mandi seminggu sekali," kata Kemenkes dalam keterangannya.')
    assert found == {"Masyarakat": "Kementerian Kesehatan"}


def test_an_acronym_or_a_sentence_word_tagged_person_does_not_take_a_pronoun_quote():
    text = ("Direktur Utama PT Sinar Baja, Hendrik Gunawan, memaparkan rencana yang sayangnya tertunda.\n"
            '"Kami buka 20 gerai baru," kata Hendrik.\n'
            "APBN tahun ini tidak banyak membantu.\n"
            'APBN bukan andalan kami. Sayangnya, pembiayaan bank juga seret. "Pasar utang sedang lesu," ujarnya.')
    found = quote_speakers_with_entities(text, [("Hendrik Gunawan", "PERSON"), ("Hendrik", "PERSON"),
                                                ("APBN", "PERSON"), ("Sayangnya", "PERSON")])
    assert found == {"Kami": "Hendrik Gunawan", "Pasar": "Hendrik Gunawan"}
    text = ('"Kami buka 20 gerai baru," kata Hendrik Gunawan.\n'
            'Sayangnya, pembiayaan bank seret. "Pasar utang sedang lesu," ujarnya.')
    found = quote_speakers_with_entities(text, [])
    assert found == {"Kami": "Hendrik Gunawan", "Pasar": "Hendrik Gunawan"}


def test_a_role_named_only_in_a_later_sentence():
    found = full_pipeline_speakers(
        "Seorang guru honorer di Garut viral setelah mengajar di kelas yang atapnya bocor.\n"
        '"Kalau hujan, murid-murid saya pindahkan ke teras masjid," kata guru tersebut.\n'
        "Guru bernama Enung Suhartini itu sudah mengajar selama dua belas tahun.")
    assert found == {"Kalau": "Enung Suhartini"}


def test_english_said_before_an_office_with_for_and_the_name_at_its_end():
    text = '"It is a painful choice," said Deputy Mayor for Operations Linda Okafor.'
    spans = Pipeline(layers=("entities", "quotes"), lang="en").run(Document(text=text)).spans
    assert [s.attrs.get("speaker") for s in spans if s.label == "QUOTE"] == ["Linda Okafor"]


def test_a_speaking_name_the_entity_detector_labelled_an_organisation_everywhere_is_a_speaker():
    text = ("Rapat evaluasi angkutan umum digelar di Balai Kota, Senin.\n"
            "Menurut Tumpal Ompusunggu, penumpang bus naik dua kali lipat dalam setahun.\n"
            '"Kami akan menambah armada tahun depan," ujarnya.')
    found = quote_speakers_with_entities(text, [("Tumpal Ompusunggu", "ORG"), ("Balai Kota", "LOC")])
    assert found == {"Kami": "Tumpal Ompusunggu"}


def test_a_mislabelled_name_with_an_initial_is_still_a_person():
    text = ("Menteri Ketenagakerjaan M. Hanif Dhakiri bertemu pejabat Hong Kong, Senin.\n"
            '"Kami minta perlindungan pekerja migran," kata Hanif.')
    found = quote_speakers_with_entities(text, [("M. Hanif Dhakiri", "LOC"), ("Hanif", "PERSON"), ("Hong Kong", "LOC")])
    assert found == {"Kami": "M. Hanif Dhakiri"}


def test_a_short_form_does_not_grow_over_the_repeated_first_word_of_the_next_mention():
    text = ("Bakal calon gubernur, Andika Pratama Andika ditanya soal banjir tahunan, begini jawabnya.\n"
            "Andika mengatakan tanggul baru akan dibangun tahun depan.\n"
            '"Kami bangun tanggul di sepanjang sungai," kata Andika di Semarang, Senin.\n'
            '"Anggarannya sudah ada," ujar Andika.')
    assert speakers(text) == {"Kami": "Andika Pratama", "Anggarannya": "Andika Pratama"}


def test_a_person_span_run_on_over_a_sentence_end_an_organisation_or_a_repeated_word_gives_the_name():
    text = ("Warga menanti keputusan pemerintah soal status wilayah.\n"
            '"Posisi ini harus terus kita dorong," kata Direktur Jenderal Bina Administrasi Kewilayahan Kementerian '
            "Dalam Negeri Rusdianto dalam keterangan tertulis, Selasa.\n"
            "Calon gubernur Wiratmo Pranoto berkampanye di pasar.\n"
            '"Kita selalu bersama rakyat," kata Wiratmo Hal tersebut disampaikan Wiratmo saat blusukan.\n'
            '"Saya kenal betul dengan beliau," ucap Wiratmo. Hal itu ia sampaikan di Solo.\n'
            "Bakal calon bupati, Andika Pratama Andika ditanya soal banjir.\n"
            '"Tanggul akan dibangun," kata Andika.')
    found = quote_speakers_with_entities(text, [
        ("Kementerian Dalam Negeri Rusdianto", "PERSON"),  # an organisation run into the name after it
        ("Wiratmo Pranoto", "PERSON"),
        ("Wiratmo Hal", "PERSON"),  # a lost full stop: the next sentence's first word
        ("Wiratmo. Hal", "PERSON"),  # over the full stop
        ("Andika Pratama Andika", "PERSON")])  # the next mention's repeated first word
    assert found == {"Posisi": "Rusdianto", "Kita": "Wiratmo Pranoto", "Saya": "Wiratmo Pranoto",
                     "Tanggul": "Andika Pratama"}


def test_an_acronym_spells_its_organisation_from_a_word_the_text_also_writes_in_lower_case():
    text = ("BANDUNG - Forum Warga Peduli Sungai (FWPS) menolak rencana pengurukan bantaran Sungai Cikapundung.\n"
            '"Bantaran adalah ruang air, bukan lahan kosong," demikian pernyataan FWPS yang diterima redaksi, Senin.\n'
            "Ketua forum, Yayan Supriatna, mengatakan forum akan menyurati wali kota.")
    assert speakers(text)["Bantaran"] == "Forum Warga Peduli Sungai"


def test_a_pronoun_quote_after_a_sentence_whose_subject_is_followed_by_a_time_word():
    text = ("Pebulu tangkis muda Ratna Kusumawati menjuarai turnamen di Surabaya.\n"
            '"Sejak babak awal saya bermain lepas," ujar Ratna usai final.\n'
            "Pelatihnya, Bambang Siswoyo, menilai Ratna matang di lapangan.\n"
            '"Dia cepat belajar dari kekalahan," kata Bambang.\n'
            "Ratna kini bersiap menghadapi kejuaraan Asia di Manila.\n"
            '"Saya ingin juara lagi," ucapnya.')
    assert speakers(text)["Saya"] == "Ratna Kusumawati"


def test_an_english_role_nobody_was_introduced_as_is_the_speaker_as_written():
    from annotator.core.model import Document
    from annotator.detect.pipeline import Pipeline

    text = ("On the podcast, the mayor, Helen Adeyemi, defended the new bus lanes.\n"
            '"Did you expect the backlash?" the host asked.\n'
            '"Not this much," Adeyemi said.\n'
            '"We will review it in a year," the mayor said.')
    spans = Pipeline(layers=("entities", "quotes"), lang="en").run(Document(text=text)).spans
    found = [s.attrs.get("speaker") for s in sorted(spans, key=lambda s: s.start)
             if s.layer == "quotes" and s.attrs.get("direct")]
    assert found == ["the host", "Helen Adeyemi", "Helen Adeyemi"]


def test_a_name_ending_like_a_verb_without_its_prefix_form_is_no_glued_verb():
    text = ("Kepala Puskesmas Tegalrejo Dyah Ayu Prameswari meminta warga memeriksakan balita.\n"
            '"Posyandu buka setiap Selasa," kata Dyah Ayu Prameswari.\n'
            '"Vaksin sudah tersedia," ujar Prameswari.')
    assert speakers(text) == {"Posyandu": "Dyah Ayu Prameswari", "Vaksin": "Dyah Ayu Prameswari"}


def test_a_shouted_quote_an_indefinite_role_and_the_account_named_before_are_the_speakers():
    text = ("Ratusan buruh pabrik tekstil berunjuk rasa di depan kantor bupati, Rabu.\n"
            '"Upah kami belum dibayar tiga bulan!" teriak koordinator lapangan, Yusuf Maulana, dari atas mobil.\n'
            "Akun Instagram @suaraburuh.id menyebut pabrik itu sudah dua kali menunda gaji.\n"
            '"Ini bukan pertama kali," tulis akun tersebut.\n'
            '"Kami akan datang lagi pekan depan," ujar salah satu orator sebelum membubarkan diri.')
    assert speakers(text) == {"Upah": "Yusuf Maulana", "Ini": "@suaraburuh.id", "Kami": "salah satu orator"}


def test_an_alias_with_a_form_of_address_names_the_full_name_when_only_the_alias_is_tagged():
    text = ("Kerja bakti digelar warga Kampung Cibogo, Minggu pagi. Ketua RT Sugiharto Wibowoatau Pak Harto memimpin "
            "pembersihan selokan.\n"
            '"Selokan harus bersih sebelum musim hujan," kata Harto.')
    assert quote_speakers_with_persons(text, ["Harto"]) == {"Selokan": "Sugiharto Wibowo"}


def test_a_pronoun_quote_after_a_question_asked_in_the_narrative_is_the_asker():
    text = ("Kepala SMP Negeri 4 Tegal, Sri Handayani, menjadi tamu siniar yang dipandu jurnalis Bima Saputra, Minggu.\n"
            '"Ibu tidak takut dikritik?" tanya Bima membuka obrolan.\n'
            '"Saya sudah biasa dikritik," jawab Sri sambil tertawa.\n'
            "Menurut Sri, aturan itu disusun bersama komite sekolah.\n"
            "Bima lalu menanyakan soal siswa yang butuh ponsel untuk urusan keluarga.\n"
            '"Kalau ada keadaan darurat bagaimana, Bu?" tanya dia.')
    assert speakers(text)["Kalau"] == "Bima Saputra"


def test_an_acronym_keeps_the_legal_form_of_its_organisation():
    text = ("Penyanyi Laras menggugat label rekamannya, PT Suara Nusa Abadi (SNA), ke pengadilan.\n"
            '"Kontrak itu sah dan berlaku sampai 2027," demikian pernyataan SNA yang diterima redaksi, Jumat.')
    assert speakers(text)["Kontrak"] == "PT Suara Nusa Abadi"


def test_a_short_form_made_of_a_declared_nickname_and_a_surname_is_the_full_name():
    text = ('"Pabrik baru beroperasi tahun depan," kata Direktur Utama PT Baja Timur Tbk Ronald Gunawan. Ronald, '
            "sapaan akrab Ronaldus Gunawan Setiadi, menyebut kontrak baru sudah diteken.\n"
            '"Kami bagi dividen tahun ini," tutur Ronald.')
    assert speakers(text) == {"Pabrik": "Ronaldus Gunawan Setiadi", "Kami": "Ronaldus Gunawan Setiadi"}


def test_a_nickname_given_by_a_role_in_the_narrative_names_the_person_quoted_before():
    text = ("Ketua paguyuban pedagang Pasar Baru, Sarmin Wijaya, menolak rencana relokasi.\n"
            '"Kami sudah berdagang di sini tiga puluh tahun," kata Sarmin.\n'
            "Pria yang akrab disapa Acong itu juga meminta pemerintah kota menyediakan lahan parkir.\n"
            '"Pembeli susah parkir, makanya pasar sepi," kata Acong.')
    assert speakers(text) == {"Kami": "Sarmin Wijaya", "Pembeli": "Sarmin Wijaya"}


def test_two_people_joined_by_dan_and_a_plural_role_after_a_cue_are_no_one_speaker():
    text = ("Diskusi soal sampah plastik digelar di Balai Kota, Sabtu. Hadir aktivis Rina Anggraeni dan peneliti "
            "Joko Santoso.\n"
            '"Kurangi dulu, baru daur ulang," jawab Rina dan Joko hampir bersamaan.\n'
            '"Data kami terbuka untuk umum," kata para peneliti di akhir diskusi.\n'
            '"Kami mulai dari pasar tradisional," ujar Rina.')
    assert speakers(text) == {"Kurangi": None, "Data": None, "Kami": "Rina Anggraeni"}


def test_an_organisation_short_form_no_entity_span_holds_carries_its_declared_full_name():
    text = ("Konsulat Jenderal Republik Samudra Selatan (Konjen RSS) di Surabaya memantau kasus nelayan yang ditahan.\n"
            '"Proses hukum harus terbuka," tulis Konjen RSS dalam keterangan resminya, Senin.')
    assert speakers(text) == {"Proses": "Konsulat Jenderal Republik Samudra Selatan"}


def test_balinese_priestly_titles_are_not_part_of_the_name():
    text = ("Upacara di Pura Desa Batuan dipimpin Jro Mangku Nyoman Sutama, Minggu.\n"
            '"Air subak harus dibagi adil," kata Jro Mangku Nyoman Sutama.\n'
            '"Semua krama ikut menjaga," ujar Mangku Sutama.')
    assert speakers(text) == {"Air": "Nyoman Sutama", "Semua": "Nyoman Sutama"}


def test_an_english_pronoun_quote_after_a_paragraph_opened_by_a_new_untagged_name():
    from annotator.core.model import Document
    from annotator.detect.pipeline import Pipeline

    text = ("The council's finance chief, Martin Hale, said the budget would balance by spring.\n"
            '"We have cut where it hurts least," Hale said.\n'
            'Economist Tomasz Wrobel was doubtful. "Those savings are on paper only," he said.')
    spans = Pipeline(layers=("entities", "quotes"), lang="en").run(Document(text=text)).spans
    found = [s.attrs.get("speaker") for s in sorted(spans, key=lambda s: s.start)
             if s.layer == "quotes" and s.attrs.get("direct")]
    assert found == ["Martin Hale", "Tomasz Wrobel"]
