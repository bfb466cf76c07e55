"""An office and an organisation written before a person's name with no comma ("Ekonom CSIS Mari Santosa",
"Ketum Partai Hanura Oesman Sapta") that a model read as one PERSON name: the organisation and the person apart,
the office in neither (``entities/bounds.py``). Names the model has never seen need this most: on renamed
development articles (``bench/id_gold_eval.py --new-names``) it was the commonest speaker error."""

from __future__ import annotations

from detected import direct_quotes, repaired


def test_an_acronym_or_a_known_organisation_inside_a_person_span_is_cut_off():
    text = ("Ekonom CSIS Wurado Kemapi Suteno menilai ekonomi melambat . "
            "Ketum Partai Hanura Nolipi Sudit Kajor hadir . Jampidsus Kejagung Woyul Dayos menjelaskan .")
    got = repaired(text, [("Ekonom CSIS Wurado Kemapi Suteno", "PERSON"),
                          ("Ketum Partai Hanura Nolipi Sudit Kajor", "PERSON"),
                          ("Jampidsus Kejagung Woyul Dayos", "PERSON")])
    assert got == [("CSIS", "ORG"), ("Wurado Kemapi Suteno", "PERSON"), ("Partai Hanura", "ORG"),
                   ("Nolipi Sudit Kajor", "PERSON"), ("Kejagung", "ORG"), ("Woyul Dayos", "PERSON")]


def test_initials_and_names_without_an_organisation_stay_whole():
    text = ("Jaksa Agung ST Burhanuddin hadir . Pengusaha Rudi BMW Santoso datang . "
            "Warga SBY Center Jakarta berkumpul . Muhammad Rian Ardianto bertanding .")
    got = repaired(text, [("ST Burhanuddin", "PERSON"), ("Rudi BMW Santoso", "PERSON"),
                          ("Muhammad Rian Ardianto", "PERSON")])
    assert got == [("ST Burhanuddin", "PERSON"), ("Rudi BMW Santoso", "PERSON"), ("Muhammad Rian Ardianto", "PERSON")]


def test_the_speaker_is_the_person_without_the_organisation():
    text = ("Pertumbuhan ekonomi diperkirakan melambat tahun ini.\n"
            "Ekonom CSIS Wurado Kemapi Suteno menilai permintaan bahan baku akan turun.\n"
            '"Ekspor kita paling terpukul," kata Wurado.')
    assert [q.attrs.get("speaker") for q in direct_quotes("id", text)] == ["Wurado Kemapi Suteno"]


def test_an_organisation_span_run_into_an_unknown_name_before_its_initials():
    text = ("Ketum Partai Hanura Nolipi Sudit Kajor ( NSK ) memotivasi kader . "
            "Pengurus Partai Hanura Jawa Barat hadir . Kader Partai Golkar Sumatera Utara datang .")
    got = repaired(text, [("Partai Hanura Nolipi Sudit Kajor", "ORG"), ("Partai Hanura Jawa Barat", "ORG"),
                          ("Partai Golkar Sumatera Utara", "ORG")])
    assert got == [("Partai Hanura", "ORG"), ("Nolipi Sudit Kajor", "PERSON"), ("NSK", "PERSON"),
                   ("Partai Hanura Jawa Barat", "ORG"), ("Partai Golkar Sumatera Utara", "ORG")]


def test_a_club_word_before_a_name_the_text_also_writes_alone_is_not_part_of_the_name():
    text = ("Persija Jakarta menang atas Arema . Pelatih Persija Tomas Rijken memuji pemainnya . "
            "Tomas Rijken puas . Suporter Persija bernyanyi .")
    got = repaired(text, [("Persija Jakarta", "ORG"), ("Arema", "ORG"), ("Persija Tomas Rijken", "PERSON"),
                          ("Tomas Rijken", "PERSON"), ("Persija", "ORG")])
    assert got == [("Persija Jakarta", "ORG"), ("Arema", "ORG"), ("Persija", "ORG"), ("Tomas Rijken", "PERSON"),
                   ("Tomas Rijken", "PERSON"), ("Persija", "ORG")]
