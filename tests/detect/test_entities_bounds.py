"""Where a name ends on broken scraped text (made-up Indonesian text, ``entities/bounds.py``): a lost full stop, a
repeated first name, an organisation run into a person's name, a platform run into its channel."""

from __future__ import annotations

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
