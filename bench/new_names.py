"""People renamed: every word of a gold PERSON name replaced by an invented word of the same length, in the whole
article, for ``bench/id_gold_eval.py --new-names SEED``.

Unseen articles quote people our resources and the development articles never named. Renaming measures how much
of the entity and speaker figures rests on names the detectors already know (the CRF's lexicon, the gazetteers,
rules tuned on development names). A name word is replaced wherever it stands as a whole word (also in capitals)
or glued to the word before it by a scraper (``baruFajar``), by a pronounceable invented word of the same length,
so every gold offset stays valid; a name word inside a longer one (a short form: ``Enggar`` of ``Enggartiasto``)
becomes the same part of the longer one's new word; the gold speakers are renamed the same way. A word that is
also part of a gold ORG or LOC of the article is left as it is (renaming it would measure place and organisation
knowledge instead), as are titles and words under three letters.
"""

from __future__ import annotations

import random
import zlib

import regex

_CONSONANTS = "bdgjklmnprstwy"
_VOWELS = "aiueo"


def invented(word: str, rng: random.Random, avoid: set[str]) -> str:
    """A capitalised consonant-vowel word as long as ``word``, none of ``avoid`` (lower-case words)."""
    while True:
        letters = [rng.choice(_CONSONANTS if k % 2 == 0 else _VOWELS) for k in range(len(word))]
        new = "".join(letters)
        if new not in avoid:
            return new.capitalize()


def renamed(rec: dict, text: str, seed: int, titles: set[str], avoid: set[str]) -> tuple[str, dict]:
    """``text`` and ``rec`` with every PERSON name word of ``rec`` replaced (see the module docstring); ``avoid``:
    words the invented ones must not be (the development articles' lower-case words: "kala" is a word, not a
    name)."""
    other = {w for s, e, label in rec["entities"] if label != "PERSON" for w in text[s:e].split()}
    words = {w for s, e, label in rec["entities"] if label == "PERSON" for w in regex.findall(r"\p{L}+", text[s:e])}
    words |= {w for _, _, speaker in rec["quotes"] if speaker for w in regex.findall(r"\p{L}+", speaker)}
    words = {w for w in words if len(w) >= 3 and w[0].isupper() and w not in other and w.lower() not in titles}
    rng = random.Random(seed * 1_000_003 + zlib.crc32(rec["file"].encode()))
    new: dict[str, str] = {}
    for w in sorted(words, key=lambda w: (-len(w), w)):  # a short form inside a longer name word ("Enggar" of
        longer = next((n for n in new if w.lower() in n.lower()), None)  # "Enggartiasto") stays inside its new name
        if longer is not None:
            at = longer.lower().index(w.lower())
            new[w] = new[longer][at:at + len(w)].capitalize()
        else:
            new[w] = invented(w, rng, avoid)
    if not new:
        return text, rec
    new |= {w.upper(): n.upper() for w, n in list(new.items())}
    alternatives = "|".join(map(regex.escape, sorted(new, key=len, reverse=True)))
    # a name word also where the scraper glued it to the word before ("duet baruFajar"), not inside another word
    pattern = regex.compile(r"(?<!\p{Lu})(?<!\p{Lu}\p{Ll}*)(" + alternatives + r")(?!\p{L})")

    def swap(s: str) -> str:
        return pattern.sub(lambda m: new[m.group(1)], s)

    quotes = [[s, e, swap(speaker) if speaker else speaker] for s, e, speaker in rec["quotes"]]
    return swap(text), {**rec, "quotes": quotes}
