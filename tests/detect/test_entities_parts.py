"""The parts under the entity detector: corpus reading and scoring, features, lists, lexicon, the spaCy adapter."""

from types import SimpleNamespace

from annotator.core.tokenize import TokenIndex
from annotator.detect.entities.bio import bio_spans
from annotator.detect.entities.crftrain import prf, read_conll
from annotator.detect.entities.crf import split_coordinated
from annotator.detect.entities.features import FeatureExtractor, short_shape, word_shape
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.lexicon import MentionLexicon, jackknife
from annotator.detect.entities.spacy_ner import spacy_entities


def test_reads_both_corpus_formats_and_maps_labels(tmp_path):
    idner = tmp_path / "idner.txt"
    idner.write_bytes(b"Kata NOUN O\r\nAnis PROPN B-PER\r\ndi ADP O\r\nJawa PROPN B-LOC\r\nBarat PROPN I-LOC\r\n\r\n"
                      b"DPR PROPN B-ORG\r\n")
    grit = tmp_path / "grit.txt"
    grit.write_text("Timor\tB-PLACE\nLeste\tI-PLACE\n\nGigi\tB-ORGANISATION\nAriel\tB-PERSON\n", encoding="utf-8")
    assert read_conll(idner) == [(["Kata", "Anis", "di", "Jawa", "Barat"], ["O", "B-PERSON", "O", "B-LOC", "I-LOC"]),
                                 (["DPR"], ["B-ORG"])]
    assert read_conll(grit) == [(["Timor", "Leste"], ["B-LOC", "I-LOC"]), (["Gigi", "Ariel"], ["B-ORG", "B-PERSON"])]


def test_entity_scoring_is_exact_match():
    assert bio_spans(["B-PERSON", "I-PERSON", "O", "I-LOC", "B-ORG", "B-ORG"]) == {
        (0, 2, "PERSON"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG")}
    gold = [["B-PERSON", "I-PERSON", "O", "B-LOC"]]
    pred = [["B-PERSON", "O", "O", "B-LOC"]]  # a person cut short is wrong, the place right
    scores = prf(gold, pred)
    assert scores["ALL"]["p"] == 0.5 and scores["ALL"]["r"] == 0.5
    assert scores["LOC"]["f1"] == 1.0 and scores["PERSON"]["f1"] == 0.0


def test_features_carry_lists_shapes_and_context():
    words = ["Gubernur", "Jawa", "Barat", "Ridwan", "Kamil", "berkata"]
    feats = FeatureExtractor(load_gazetteer()).sequence(words)
    assert len(feats) == len(words)
    assert "g=LOC.B" in feats[1] and "g=LOC.I" in feats[2] and "g-1=LOC.B" in feats[2]
    assert "L=title" in feats[0] and "L-1=title" in feats[1] and "L=given" in feats[3]
    assert "w-1=gubernur" in feats[1] and "BOS" in feats[0] and "EOS" in feats[5]
    assert word_shape("Kemenkes2") == "Xxxxxxxxd" and short_shape("DPR-RI") == "X-X"
    basic = FeatureExtractor(basic=True).sequence(words)
    assert not any(f.startswith(("g=", "L=")) for f in basic[1] + basic[0])


def test_gazetteer_matches_longest_and_respects_abbreviation_case():
    gaz = load_gazetteer()
    words = ["di", "Jawa", "Barat", "dan", "AS", "serta", "as", "JAKARTA", "batu", "Batu"]
    hits = {(m.start, m.end, m.label) for m in gaz.matches(words)}
    assert (1, 3, "LOC") in hits and (1, 2, "LOC") not in hits
    assert (4, 5, "LOC") in hits and not any(s == 6 for s, _, _ in hits)
    assert (7, 8, "LOC") in hits and not any(s == 8 for s, _, _ in hits) and (9, 10, "LOC") in hits


def test_spacy_entities_are_mapped_and_snapped_to_our_tokens():
    text = "Joe Biden visited Jakarta on Monday with UNICEF staff."

    def ent(surface, label, cut=0):
        start = text.index(surface)
        return SimpleNamespace(start_char=start + cut, end_char=start + len(surface), label_=label)

    def fake_nlp(t):
        return SimpleNamespace(ents=[ent("Joe Biden", "PERSON"), ent("Jakarta", "GPE", cut=2),
                                     ent("Monday", "DATE"), ent("UNICEF", "NORP")])

    index = TokenIndex.of(text)
    got = [(label, " ".join(t.text for t in index.tokens[a:b])) for a, b, label, _ in
           spacy_entities(fake_nlp, text, index)]
    assert got == [("PERSON", "Joe Biden"), ("LOC", "Jakarta"), ("DATE", "Monday")]


def test_mention_lexicon_longest_match_reliability_and_round_trip(tmp_path):
    train = [(["Bank", "Indonesia", "naik", "di", "Indonesia"], ["B-ORG", "I-ORG", "O", "O", "B-LOC"]),
             (["Warga", "Indonesia", "dan", "Bank", "Indonesia"], ["O", "O", "O", "B-ORG", "I-ORG"])]
    lexicon = MentionLexicon.from_sentences(train)
    # "Indonesia" occurs 4 times, once as a mention: unreliable; "Bank Indonesia" always an ORG
    assert lexicon.entries == {("Bank", "Indonesia"): ("ORG", "h"), ("Indonesia",): ("LOC", "l")}
    feats = lexicon.features(["Kata", "Bank", "Indonesia", "di", "Indonesia"])
    assert feats[1] == ["X=ORG.B", "X=ORG.B.h"] and feats[2] == ["X=ORG.I", "X=ORG.I.h"]
    assert "X+1=ORG" in feats[0] and "X-1=ORG" in feats[3] and "X=LOC.B.l" in feats[4]
    path = tmp_path / "lexicon.tsv"
    lexicon.save(path)
    assert MentionLexicon.load(path).entries == lexicon.entries


def test_jackknife_never_shows_a_sentence_its_own_mentions():
    sentences = [([f"Nama{i}"], ["B-PERSON"]) for i in range(10)]
    for i, lexicon in enumerate(jackknife(sentences, folds=5)):
        assert (f"Nama{i}",) not in lexicon.entries
        assert len(lexicon.entries) == 8


def test_convention_features_are_prefixed_copies_and_english_names_need_a_capital():
    gaz = load_gazetteer()
    words = ["Kata", "Warren", "di", "Jakarta", ",", "warren", "itu"]
    plain = FeatureExtractor(gaz).sequence(words)
    grit = FeatureExtractor(gaz, convention="nergrit").sequence(words)
    news = FeatureExtractor(gaz, convention="idner").sequence(words)
    assert "L=gen" in plain[1] and "L-1=gen" in plain[2] and "L=gen" not in plain[5]
    assert set(plain[3]) < set(grit[3]) and "N:w=jakarta" in grit[3] and "N:g=LOC.B" in grit[3]
    assert "I:w=jakarta" in news[3] and not any(f.startswith("N:") for f in news[3])
    assert all(f.startswith("N:") for f in set(grit[3]) - set(plain[3]))


def test_coordinated_organisations_are_split_only_between_two_organisation_names():
    words = ["Badan", "Pusat", "Statistik", "dan", "Asosiasi", "Fintech",
             "serta", "Kementerian", "Koperasi", "dan", "UKM"]
    tags = ["B-ORG"] + ["I-ORG"] * 5 + ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    assert bio_spans(split_coordinated(words, tags)) == {(0, 3, "ORG"), (4, 6, "ORG"), (7, 11, "ORG")}


def test_one_label_per_name_in_a_document():
    from annotator.detect.entities.consistency import Found, harmonise

    words = "Kemenperin bekerja . Kemenperin lagi . Kemenperin juga . Jakarta".split()
    found = [Found(0, 1, "LOC", 0.67), Found(3, 4, "ORG", 0.96), Found(6, 7, "ORG", 0.86), Found(9, 10, "LOC", 1.0)]
    harmonise(words, found)
    assert [f.label for f in found] == ["ORG", "ORG", "ORG", "LOC"]
    assert found[0].score < 0.67 and found[1].score == 0.96  # the outvoted mention keeps a share of its score
