"""Training the entity CRF for people it has never seen: copies of sentences with their names hidden (``crftrain``)."""

from annotator.detect.entities.crftrain import person_tokens, training_items
from annotator.detect.entities.features import FeatureExtractor
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.lexicon import MentionLexicon

SENTENCE = (["Kata", "Joko", "Widodo", "di", "Jakarta", ",", "Widodo", "tersenyum", "bersama", "Ani", "."],
            ["O", "B-PERSON", "I-PERSON", "O", "B-LOC", "O", "B-PERSON", "O", "O", "B-PERSON", "O"])


def _identity(feats: list[str], word: str) -> list[str]:
    """The features that name ``word`` (alone, as a neighbour or in a bigram)."""
    low = word.lower()
    return [f for f in feats if f.endswith(("=" + low, "|" + low)) or "=" + low + "|" in f]


def test_an_unseen_token_keeps_its_shape_and_loses_everything_that_names_it():
    gaz = load_gazetteer()
    words = ["Kata", "Gubernur", "Ridwan", "Kamil", "di", "Jawa", "Barat"]
    lexicon = MentionLexicon({("Ridwan", "Kamil"): ("PERSON", "h")})
    extractor = FeatureExtractor(gaz, lexicon=lexicon, convention="idner")
    seen = extractor.sequence(words)
    hid = extractor.sequence(words, unseen={2, 3})
    assert "w=ridwan" in seen[2] and "L=given" in seen[2] and "X=PERSON.B" in seen[2] and "p3=rid" in seen[2]
    for i in (2, 3):
        assert not [f for f in hid[i] if f.startswith(("w=", "p", "x", "L=", "X=", "I:w=", "I:L="))]
        assert "s=Xx" in hid[i] and "T" in hid[i] and "I:T" in hid[i]
    for i, feats in enumerate(hid):  # no token, the hidden ones' neighbours included, names them any more
        assert not _identity(feats, "Ridwan") + _identity(feats, "Kamil"), i
    assert "w1=ridwan" in seen[1] and "s1=Xx" in hid[1] and "L1=given" in seen[1] and "L1=given" not in hid[1]
    assert "rt=kamil" in seen[1] and "rh=kata" in hid[1] and not [f for f in hid[1] if f.startswith("rt=")]
    # what does not depend on the hidden words is as before
    assert hid[6] == seen[6] and extractor.sequence(words, unseen=()) == seen


def test_hidden_copies_add_sentences_that_name_a_person_with_every_name_unseen():
    sentences = [SENTENCE, (["Polisi", "menangkap", "Udin", "."], ["O", "O", "B-PERSON", "O"]),
                 (["Hujan", "di", "Bogor"], ["O", "O", "B-LOC"])]
    assert person_tokens(SENTENCE[1]) == {1, 2, 6, 9}
    gaz = load_gazetteer()
    plain = training_items([(sentences, "idner")], gaz)
    assert len(plain) == 3 and "w=joko" in plain[0][0][1]
    copied = training_items([(sentences, "idner")], gaz, hidden_copies=1.0)
    assert copied[:3] == plain and len(copied) == 5  # the originals as they were, then one copy of each named one
    (first, first_tags), (second, second_tags) = copied[3:]
    assert first_tags == SENTENCE[1] and second_tags == sentences[1][1]  # the tags stay aligned with the words
    for i in (1, 2, 6, 9):
        assert not [f for f in first[i] if f.startswith(("w=", "p3=", "X=", "L=", "I:w="))] and "T" in first[i]
    assert "w=udin" not in second[2] and "w-1=menangkap" in second[2]
    assert {"w=jakarta", "g=LOC.B", "w-2=widodo"} <= set(plain[0][0][4]) and "w-2=widodo" not in first[4]
    assert {"w=jakarta", "g=LOC.B"} <= set(first[4])  # the place is no person: still itself
    some = [len(training_items([(sentences, "idner")], gaz, hidden_copies=0.5, seed=seed)) for seed in range(20)]
    assert set(some) == {3, 4, 5}
