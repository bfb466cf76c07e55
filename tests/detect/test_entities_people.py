"""Whether a name is a person (made-up Indonesian text): the label errors that make a person impossible as a
speaker, or a place, a role, an acronym or an event one (``entities/people.py``), and initials in a name."""

from __future__ import annotations

from annotator.core.model import Document
from annotator.detect.entities.consistency import Found
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.tidy import tidy
from annotator.detect.pipeline import Pipeline
from detected import repaired


def test_a_run_after_a_rank_or_starting_with_one_is_a_person():
    text = ("Kapolsek Cilandak Kompol Wirawan Santoso menyebut pelaku kabur . Hal itu dibenarkan AKBP Sutrisno "
            "Hadi . Korban dirawat dr . Yohana Maryati di Jalan Jenderal Sudirman .")
    got = repaired(text, [("Cilandak", "LOC"), ("Wirawan Santoso", "LOC"), ("AKBP Sutrisno Hadi", "ORG"),
                          ("Yohana Maryati", "LOC"), ("Jalan Jenderal Sudirman", "LOC")])
    assert got == [("Cilandak", "LOC"), ("Wirawan Santoso", "PERSON"), ("Sutrisno Hadi", "PERSON"),
                   ("Yohana Maryati", "PERSON"), ("Jalan Jenderal Sudirman", "LOC")]


def test_a_person_after_an_office_needs_a_given_name_and_no_place():
    text = "Bupati Sleman Rina Kusuma hadir . Bupati Purwakarta datang . Bupati Gondang bicara . Warga di Gondang senang ."
    got = repaired(text, [("Sleman", "LOC"), ("Rina Kusuma", "LOC"), ("Purwakarta", "LOC"), ("Gondang", "LOC"),
                          ("Gondang", "LOC")])
    assert got == [("Sleman", "LOC"), ("Rina Kusuma", "PERSON"), ("Purwakarta", "LOC"), ("Gondang", "LOC"),
                   ("Gondang", "LOC")]


def test_a_place_the_document_uses_as_one_is_no_person():
    text = ('" Pelaku sudah kami tangkap , " kata Kapolsek Pondok Jaten , Kompol Wirawan Santoso . '
            "Ia ditangkap di Rawa Gede . Warga Rawa Gede lega .")
    got = repaired(text, [("Pondok Jaten", "PERSON"), ("Wirawan Santoso", "LOC"), ("Rawa Gede", "LOC"),
                          ("Rawa Gede", "PERSON")])
    assert got == [("Pondok Jaten", "LOC"), ("Wirawan Santoso", "PERSON"), ("Rawa Gede", "LOC"),
                   ("Rawa Gede", "LOC")]


def test_a_role_an_acronym_and_an_event_are_no_person():
    text = ("Sekretaris Daerah menyebut anggaran daerah cukup . Ketua HIPMI Budi Santoso hadir bersama kader HIPMI . "
            "Warga memperingati Dark Sky dengan mematikan lampu . Dark Sky digelar tiap tahun . Pak RK dan "
            "Rahmat Kurnia datang ; tersangka berinisial ABCD ditahan .")
    got = repaired(text, [("Sekretaris Daerah", "PERSON"), ("HIPMI", "PERSON"), ("Budi Santoso", "PERSON"),
                          ("HIPMI", "PERSON"), ("Dark Sky", "PERSON"), ("Dark Sky", "PERSON"), ("RK", "PERSON"),
                          ("Rahmat Kurnia", "PERSON"), ("ABCD", "PERSON")])
    assert got == [("HIPMI", "ORG"), ("Budi Santoso", "PERSON"), ("HIPMI", "ORG"), ("RK", "PERSON"),
                   ("Rahmat Kurnia", "PERSON"), ("ABCD", "PERSON")]


def test_an_initial_belongs_to_the_name_and_to_its_canonical_form():
    text = ("Ekonom senior, M. Arif Wicaksono menilai inflasi terkendali. Menurut Arif, harga pangan stabil. "
            "Warga Blok M. Arif datang. Tokoh B.R.A. Sekar Ayu hadir.")
    spans = Pipeline(layers=("entities",), lang="id").run(Document(text=text)).spans
    people = {(text[s.start:s.end], s.attrs.get("canonical")) for s in spans if s.label == "PERSON"}
    assert ("M. Arif Wicaksono", None) in people
    assert ("Arif", "M. Arif Wicaksono") in people  # the text's spacing, not "M . Arif Wicaksono"
    assert not any(name.startswith(("M. Arif d", "A. Sekar", "B.")) for name, _ in people)


def test_a_name_does_not_take_a_word_in_capitals_glued_to_it():
    text = ("Laporan Wartawan Kabarkota.com, Rina Sari WaluyoKABARKOTA.COM, JAKARTA - Penyanyi Inul Daratista mengaku "
            'rugi.\nSCROLL TO CONTINUE WITH CONTENTBahlil mengatakan investasi naik. "Kami optimistis," kata Bahlil.')
    spans = Pipeline(layers=("segments", "entities"), lang="id").run(Document(text=text)).spans
    got = {(text[s.start:s.end], s.label) for s in spans if s.label in ("PERSON", "ORG", "BOILERPLATE")}
    assert {("SCROLL TO CONTINUE WITH CONTENT", "BOILERPLATE"), ("Bahlil", "PERSON"), ("KABARKOTA", "ORG")} <= got
    words = "Rina Sari Waluyo KABARKOTA . COM , JAKARTA - CONTENT Bahlil Lahadalia".split()
    glued = [w in ("Waluyo", "CONTENT") for w in words]
    found = [Found(0, 4, "PERSON", 0.9), Found(9, 12, "PERSON", 0.9)]
    assert [(" ".join(words[f.start:f.end]), f.label) for f in tidy(words, found, load_gazetteer(), glued)] == [
        ("Rina Sari Waluyo", "PERSON"), ("JAKARTA", "LOC"), ("Bahlil Lahadalia", "PERSON")]  # (the dateline's place)


def test_a_name_between_commas_after_an_office_is_a_person_and_the_office_alone_a_role():
    text = ("Sekretaris Daerah Kabupaten Garut , Ajat Rochmat Jatnika , membuka acara . Kepala Dinas Sosial , "
            "Yayasan Bina Warga , hadir . Sekretaris Daerah menutup acara . Penyanyi Rina Sari Dewi menyebut "
            "penyanyi lain ikut .")
    got = repaired(text, [("Kabupaten Garut", "LOC"), ("Ajat Rochmat Jatnika", "ORG"), ("Dinas Sosial", "ORG"),
                          ("Yayasan Bina Warga", "ORG"), ("Sekretaris Daerah", "PERSON"),
                          ("Penyanyi Rina Sari Dewi", "PERSON")])
    assert got == [("Kabupaten Garut", "LOC"), ("Ajat Rochmat Jatnika", "PERSON"), ("Dinas Sosial", "ORG"),
                   ("Yayasan Bina Warga", "ORG"), ("Rina Sari Dewi", "PERSON")]


def test_a_place_before_a_province_and_a_governor_after_her_office():
    text = ("Pantai Anyer dan Tanjung Lesung , Banten , ramai . Tanjung Lesung punya pantai . Gubernur Jawa Timur , "
            "Rahma Indar Sulistyowati pada Senin hadir . Menurut Hendra , Semarang aman .")
    got = repaired(text, [("Tanjung Lesung", "PERSON"), ("Banten", "LOC"), ("Tanjung Lesung", "PERSON"),
                          ("Jawa Timur", "LOC"), ("Rahma Indar Sulistyowati", "LOC"), ("Hendra", "PERSON"),
                          ("Semarang", "LOC")])
    assert got == [("Tanjung Lesung", "LOC"), ("Banten", "LOC"), ("Tanjung Lesung", "LOC"), ("Jawa Timur", "LOC"),
                   ("Rahma Indar Sulistyowati", "PERSON"), ("Hendra", "PERSON"), ("Semarang", "LOC")]


def test_a_place_of_two_words_or_more_is_no_person_and_a_route_no_entity():
    text = ("Maskapai membuka rute Ho Chi Minh-Surabaya . Pesawat terbang dari Ho Chi Minh ke Kuala Lumpur , "
            "lalu ke Da Nang bersama Minh .")
    got = repaired(text, [("Ho Chi Minh-Surabaya", "PERSON"), ("Ho Chi Minh", "PERSON"), ("Kuala Lumpur", "PERSON"),
                          ("Da Nang", "PERSON"), ("Minh", "PERSON")])
    assert got == [("Ho Chi Minh", "LOC"), ("Kuala Lumpur", "LOC"), ("Da Nang", "LOC"), ("Minh", "PERSON")]
