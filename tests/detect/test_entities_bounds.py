"""Entity extents and kinds on scraped news (made-up Indonesian text; ``entities/bounds.py``, ``forms.py``,
``people.py``, ``tidy.py``): a lost full stop, a repeated first name, an organisation run into a person, a platform
run into its channel, ranks, tickets, generic terms, job titles, media words, places after an administrative word."""

from __future__ import annotations

from annotator.detect.entities.consistency import Found
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.tidy import tidy
from detected import direct_quotes, repaired


def test_a_name_stops_before_the_first_word_of_a_sentence_whose_full_stop_was_lost():
    text = ('" Kami tetap bersama warga , " kata Wiratmo Hal tersebut disampaikan Wiratmo di pasar . '
            "Warga menanyakan hal itu . Sementara itu , kata Yusuf Warga menunggu . "
            "Hadir pula Rina Ini kata Rina . Tokoh Dewi Anggraini Putri datang ; putri itu tersenyum .")
    got = repaired(text, [("Wiratmo Hal", "PERSON"), ("Yusuf Warga", "PERSON"), ("Rina Ini", "PERSON"),
                          ("Dewi Anggraini Putri", "PERSON")])
    assert got == [("Wiratmo", "PERSON"), ("Yusuf", "PERSON"), ("Rina", "PERSON"),
                   ("Dewi Anggraini Putri", "PERSON")]  # "Putri" is a given name, though written in lower case too


def test_the_speaker_of_a_quote_before_a_lost_full_stop_is_the_person_alone():
    text = ('Gubernur Sutarman Wiratmo meninjau pasar pada Minggu. "Kami tetap bersama warga," kata Sutarman Hal '
            "tersebut disampaikan Sutarman saat blusukan ke pasar. Warga menanyakan hal itu kepadanya.")
    assert [q.attrs.get("speaker") for q in direct_quotes("id", text)] == ["Sutarman Wiratmo"]


def test_a_name_that_repeats_its_first_word_is_the_name_then_another_mention():
    text = "Calon Presiden , Haryanto Kusumo Haryanto ditanya soal pajak . Joko Lelono Joko Lelono datang ."
    got = repaired(text, [("Haryanto Kusumo Haryanto", "PERSON"), ("Joko Lelono Joko Lelono", "PERSON")])
    assert got == [("Haryanto Kusumo", "PERSON"), ("Haryanto", "PERSON"), ("Joko Lelono", "PERSON"),
                   ("Joko Lelono", "PERSON")]


def test_an_organisation_then_a_one_word_name_before_a_lower_case_word_is_the_organisation_then_a_person():
    text = ("kata Direktur Jenderal Kementerian Dalam Negeri Sumarsono dalam keterangan . "
            "Kepala Dinas Kesehatan Hartono mengatakan vaksin cukup . Warga Yayasan Bina Sejahtera datang .")
    got = repaired(text, [("Kementerian Dalam Negeri Sumarsono", "ORG"), ("Dinas Kesehatan Hartono", "ORG"),
                          ("Yayasan Bina Sejahtera", "ORG")])
    assert got == [("Kementerian Dalam Negeri", "ORG"), ("Sumarsono", "PERSON"), ("Dinas Kesehatan", "ORG"),
                   ("Hartono", "PERSON"), ("Yayasan Bina Sejahtera", "ORG")]


def test_a_platform_is_an_organisation_apart_from_the_channel_after_it():
    text = ("Video itu tayang di kanal YouTube Kabar Pagi , Senin . Pengumuman "
            "disampaikan melalui Twitter resminya dan Instagram .")
    got = repaired(text, [("YouTube Kabar Pagi", "LOC")])
    assert got == [("YouTube", "ORG"), ("Kabar Pagi", "ORG"), ("Twitter", "ORG"), ("Instagram", "ORG")]


def test_a_rank_is_no_part_of_a_name_and_two_full_names_joined_by_dan_stay_whole():
    text = ('" Pelaku kami tangkap , " kata Kompol Wayan . Rapat dihadiri Sutarman Wiratmo dan Gilang Ramadhan '
            "Saputra ; Menteri Pariwisata dan Ekonomi Kreatif Sandi Wiratmo datang .")
    got = repaired(text, [("Kompol Wayan", "PERSON"), ("Sutarman Wiratmo", "PERSON"),
                          ("Gilang Ramadhan Saputra", "PERSON"), ("Ekonomi Kreatif Sandi Wiratmo", "PERSON")])
    assert got == [("Wayan", "PERSON"), ("Sutarman Wiratmo", "PERSON"), ("Gilang Ramadhan Saputra", "PERSON"),
                   ("Sandi Wiratmo", "PERSON")]


def test_a_ticket_of_two_people_is_no_entity():
    text = ("Survei menempatkan Anwar Hidayat-Budi Kusnadi di atas , lalu Anwar-Budi . Anwar Hidayat berkampanye . "
            "Tokoh Faisal bin Abdullah Al-Amudi hadir .")
    got = repaired(text, [("Anwar Hidayat-Budi Kusnadi", "PERSON"), ("Anwar-Budi", "PERSON"),
                          ("Anwar Hidayat", "PERSON"), ("Abdullah Al-Amudi", "PERSON")])
    assert got == [("Anwar Hidayat", "PERSON"), ("Abdullah Al-Amudi", "PERSON")]


def test_generic_terms_job_titles_and_train_services_are_no_entities():
    text = ("Direksi BUMN dan pengelola SPBU swasta hadir ; WNI membayar 500 USD . ujar Vice President Public "
            "Relations Sinar Rel Budi Santoso . Menurut Senior Manager Public Relation Garuda Indonesia , KA "
            "Sawunggalih penuh .")
    got = repaired(text, [("BUMN", "ORG"), ("SPBU", "LOC"), ("WNI", "ORG"), ("USD", "ORG"),
                          ("Vice President Public Relations", "ORG"), ("Budi Santoso", "PERSON"),
                          ("Senior Manager Public Relation Garuda Indonesia", "ORG"), ("KA Sawunggalih", "PERSON")])
    assert got == [("Budi Santoso", "PERSON"), ("Garuda Indonesia", "ORG")]


def test_a_station_or_site_is_an_organisation():
    text = ("Tersangka Direktur JakTV ditahan . Video tayang di Metro TV dan dikutip KompasTV ; Chen datang ke kantor "
            "detikcom di Jakarta .")
    got = repaired(text, [("Jakarta", "LOC"), ("KompasTV", "PERSON")])
    assert got == [("JakTV", "ORG"), ("Metro TV", "ORG"), ("KompasTV", "ORG"), ("detikcom", "ORG"),
                   ("Jakarta", "LOC")]


def test_a_place_keeps_its_administrative_word_also_glued_to_a_list_number():
    text = "Level 2Kabupaten Kampar , Kabupaten Siak dan 3Kota Pekanbaru . Warga Kota Bandung dan Provinsi Jawa Barat ."
    got = repaired(text, [("Kampar", "LOC"), ("Kabupaten Siak", "LOC")])
    assert got == [("2Kabupaten Kampar", "LOC"), ("Kabupaten Siak", "LOC"), ("3Kota Pekanbaru", "LOC"),
                   ("Kota Bandung", "LOC"), ("Provinsi Jawa Barat", "LOC")]


def test_a_unit_named_with_its_territory_is_one_organisation():
    text = ("Pemko Medan dan Pemerintah Kabupaten Garut rapat ; Polsek Tanah Abang berjaga . Warga Medan , Garut dan "
            "Tanah Abang datang .")
    got = repaired(text, [("Pemerintah Kabupaten", "ORG"), ("Garut", "ORG"), ("Tanah Abang", "LOC"),
                          ("Medan", "LOC"), ("Garut", "LOC"), ("Tanah Abang", "LOC")])
    assert got[:3] == [("Pemko Medan", "ORG"), ("Pemerintah Kabupaten Garut", "ORG"), ("Polsek Tanah Abang", "ORG")]


def test_initials_short_given_names_and_balinese_birth_order_names_belong_to_the_name():
    text = ("Ketua yayasan , Dr . H . M . Rizal Hamdani , Lc . , hadir . Ketua panitia , Muh . Syarif Lamo , bicara . "
            "Kelian subak I Wayan Sudiarsa dan Ni Luh Sari datang ; Blok M . Budi Santoso lewat .")
    got = repaired(text, [("Rizal Hamdani", "PERSON"), ("Muh", "PERSON"), ("Syarif Lamo", "PERSON"),
                          ("Wayan Sudiarsa", "PERSON"), ("Luh Sari", "PERSON"), ("Budi Santoso", "PERSON")])
    assert got == [("M . Rizal Hamdani", "PERSON"), ("Muh . Syarif Lamo", "PERSON"), ("I Wayan Sudiarsa", "PERSON"),
                   ("Ni Luh Sari", "PERSON"), ("Budi Santoso", "PERSON")]


def test_ranks_and_titles_belong_to_no_entity():
    text = ("kata pengamat Bripka ( Purn ) Sugeng Waluyo ; Kombes Pol Yusuf Hadiwijaya dan Kepala Dishub Kota Madiun "
            "Drs . Bambang Nugroho hadir .")
    got = repaired(text, [("Bripka", "LOC"), ("Purn", "LOC"), ("Sugeng Waluyo", "PERSON"),
                          ("Pol Yusuf Hadiwijaya", "PERSON"), ("Dishub Kota Madiun Drs", "ORG"),
                          ("Bambang Nugroho", "PERSON")])
    assert got == [("Sugeng Waluyo", "PERSON"), ("Yusuf Hadiwijaya", "PERSON"), ("Dishub Kota Madiun", "ORG"),
                   ("Bambang Nugroho", "PERSON")]


def test_a_place_after_an_office_that_runs_into_a_name_or_a_headline_is_the_place_then_the_person():
    text = ("Gubernur Sulawesi Tenggara Hasan Basri Ditanya Soal Tambang\nGubernur Sulawesi Tenggara Hasan Basri "
            "ditanya soal tambang . Kepala Desa Cibeureum Hilir Wahyu Kusumadinata bicara ; Kepala Desa Sukamaju "
            "Barat hadir .")
    got = repaired(text, [("Sulawesi Tenggara Hasan Basri Ditanya Soal Tambang", "LOC"),
                          ("Sulawesi Tenggara Hasan Basri", "LOC"), ("Desa Cibeureum Hilir Wahyu Kusumadinata", "LOC"),
                          ("Desa Sukamaju Barat", "LOC")])
    assert got == [("Sulawesi Tenggara", "LOC"), ("Hasan Basri", "PERSON"), ("Sulawesi Tenggara", "LOC"),
                   ("Hasan Basri", "PERSON"), ("Desa Cibeureum Hilir", "LOC"), ("Wahyu Kusumadinata", "PERSON"),
                   ("Desa Sukamaju Barat", "LOC")]


def test_an_organisation_listing_its_fields_is_one_name_with_them_and_its_place():
    text = ("Kepala Dinas Pemuda dan Olahraga Sumatera Barat hadir ; Dinas Ketahanan Pangan , Kelautan , dan "
            "Pertanian menjual beras . Dinas Kesehatan dan Bank Sentral rapat .")
    got = repaired(text, [("Dinas Pemuda", "ORG"), ("Olahraga Sumatera Barat", "LOC"),
                          ("Dinas Ketahanan Pangan", "ORG"), ("Kelautan", "LOC"), ("Dinas Kesehatan", "ORG"),
                          ("Bank Sentral", "ORG")])
    assert got == [("Dinas Pemuda dan Olahraga Sumatera Barat", "ORG"),
                   ("Dinas Ketahanan Pangan , Kelautan , dan Pertanian", "ORG"), ("Dinas Kesehatan", "ORG"),
                   ("Bank Sentral", "ORG")]


def test_an_organisation_keeps_its_branch_and_country_and_ends_before_a_person_or_a_verb():
    text = ("Ombudsman Perwakilan Jawa Timur dan Kementerian Luar Negeri Indonesia menyurati Direktur Utama PT Sinar "
            "Baja Tbk Hendrik Tanujaya ; pegawai Dinas Kesehatan Kabupaten Tanah Laut berinisial HS diperiksa "
            "Pengadilan Tipikor Banjarmasin .")
    got = repaired(text, [("Ombudsman", "ORG"), ("Jawa Timur", "LOC"), ("Kementerian Luar Negeri", "ORG"),
                          ("Indonesia", "ORG"), ("PT Sinar Baja Tbk Hendrik Tanujaya", "ORG"),
                          ("Dinas Kesehatan Kabupaten Tanah Laut berinisial HS", "ORG"),
                          ("Pengadilan Tipikor Banjarmasin", "LOC")])
    assert got == [("Ombudsman Perwakilan Jawa Timur", "ORG"), ("Kementerian Luar Negeri Indonesia", "ORG"),
                   ("PT Sinar Baja Tbk", "ORG"), ("Hendrik Tanujaya", "PERSON"),
                   ("Dinas Kesehatan Kabupaten Tanah Laut", "ORG"), ("HS", "PERSON"),
                   ("Pengadilan Tipikor Banjarmasin", "ORG")]


def test_a_street_named_after_a_person_is_a_place_and_a_headline_verb_ends_a_name():
    text = ("Kantor Imigrasi Pastikan Antrean Tertib\nWarga di Jalan Ahmad Yani dan Jl . Sudirman antre ; "
            "kantor imigrasi pastikan antrean tertib .")
    got = repaired(text, [("Kantor Imigrasi Pastikan Antrean Tertib", "ORG"), ("Ahmad Yani", "PERSON"),
                          ("Sudirman", "PERSON")])
    assert got == [("Kantor Imigrasi", "ORG"), ("Jalan Ahmad Yani", "LOC"), ("Jl . Sudirman", "LOC")]


def test_both_ends_of_a_route_are_places_but_not_a_dateline():
    text = ("Kereta tambahan melayani relasi Lempuyangan - Pasarsenen , Cirebon - Gambir serta Semarang Poncol - "
            "Cirebon Prujakan . Liputan6 . com , Jakarta - Menurut laporan itu , jalan macet .")
    got = repaired(text, [("Pasarsenen", "LOC"), ("Cirebon", "LOC"), ("Gambir", "LOC"), ("Semarang Poncol", "LOC"),
                          ("Cirebon", "LOC"), ("Jakarta", "LOC")])
    assert got == [("Lempuyangan", "LOC"), ("Pasarsenen", "LOC"), ("Cirebon", "LOC"), ("Gambir", "LOC"),
                   ("Semarang Poncol", "LOC"), ("Cirebon Prujakan", "LOC"), ("Liputan6", "ORG"), ("Jakarta", "LOC")]


def test_words_a_scraper_glued_on_leave_the_name():
    text = ("Menurut indeks itu , Kota Bandungmenyandang gelar kota termacet . Foto : Budi Santoso Maharani"
            "Mock up rumah subsidi dipamerkan ; Ikatan Alumni Fikom hadir .")
    words = text.split()
    glued = [False] * len(words)
    k = words.index("MaharaniMock")
    words[k:k + 1] = ["Maharani", "Mock"]
    glued.insert(k, True)
    found = [Found(4, 6, "LOC", 0.9), Found(k - 2, k + 2, "PERSON", 0.9),
             Found(words.index("Ikatan"), words.index("Ikatan") + 3, "PERSON", 0.9)]
    got = [(" ".join(words[f.start:f.end]), f.label) for f in tidy(words, found, load_gazetteer(), glued)]
    assert got == [("Budi Santoso Maharani", "PERSON"), ("Ikatan Alumni Fikom", "ORG")]


def test_a_datelines_place_and_a_government_before_its_short_form():
    text = ("BANDA ACEH – Tokoh Ulama Aceh bicara . JAKARTA – Warga antre . Liputan6 . com , Jakarta Ketua partai "
            "datang . Pemerintah Provinsi ( Pemprov ) DKI Jakarta menegaskan rencana itu .")
    got = repaired(text, [("BANDA ACEH – Tokoh Ulama Aceh", "LOC"), ("DKI Jakarta", "LOC")])
    assert got[:3] == [("BANDA ACEH", "LOC"), ("JAKARTA", "LOC"), ("Liputan6", "ORG")]
    assert ("Jakarta", "LOC") in got and ("Pemerintah Provinsi", "ORG") in got and ("Pemprov", "ORG") in got


def test_an_institutions_head_the_model_left_out_and_a_sentence_word_alone():
    text = ("Santri Pesantren Nurul Huda dan Pondok Pesantren Darul Falah belajar di Universitas Gadjah Mada ; "
            '" Kami siap , " ujarnya Hal itu disampaikan kemarin .')
    got = repaired(text, [("Nurul Huda", "PERSON"), ("Darul Falah", "LOC"), ("Gadjah Mada", "PERSON"),
                          ("Hal", "PERSON")])
    assert got == [("Pesantren Nurul Huda", "ORG"), ("Pondok Pesantren Darul Falah", "ORG"),
                   ("Universitas Gadjah Mada", "ORG")]
