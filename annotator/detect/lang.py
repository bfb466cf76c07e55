"""Document language from function words.

News text is long enough that the share of each language's most frequent
function words identifies it reliably; this needs no model (a statistical
identifier such as py3langid would pull NumPy into the installer for the same
answer on news articles).  Unknown languages come back as ``und``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from annotator.core.model import Document
from annotator.detect.base import Context, Detector, Suggestions

_STOPWORDS = {
    "id": "yang dan di ke dari untuk dengan ini itu pada dalam tidak akan juga adalah karena oleh sebagai bahwa "
          "kata ujar sudah telah bisa atau saat tersebut mereka kami kita ia dia lebih menjadi ada para",
    "en": "the and of to in a is that for on with as was it by he she said at from his her are be this have "
          "has which an not were but they their will would who its also been",
    "de": "der die das und ist nicht ein eine zu den mit von sich des auf für im dem auch es als an wird sie "
          "nach bei aus wie",
    "fr": "le la les de des et est un une du en que qui dans pour pas sur au avec il elle ce par plus sont "
          "ont été aux",
    "es": "el la los las de del y que en un una es por con para se no su al lo como más pero sus le ha",
    "pt": "o a os as de do da dos das e que em um uma para com não no na por se ao mais foi como",
    "it": "il lo la gli le di del della e che un una per con non è sono si da al nel alla anche come più",
    "nl": "de het een en van is dat op te in voor niet met zijn aan er ook als bij door maar om",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = regex.compile(r"\p{L}+")


LANGUAGES = tuple(_STOPWORDS)  # the languages the text guess knows
# other spellings of those codes: ISO 639-2/3, the old "in" for Indonesian, language names
_ALIASES = {"in": "id", "ind": "id", "indonesian": "id", "eng": "en", "english": "en", "deu": "de", "ger": "de",
            "fra": "fr", "fre": "fr", "spa": "es", "por": "pt", "ita": "it", "nld": "nl", "dut": "nl"}


def normalise_lang(code: str) -> str | None:
    """A known language code for ``code`` ("id-ID" → "id", "en_US" → "en", "in" → "id"); None if unknown."""
    primary = regex.split(r"[-_\s]", code.strip().lower(), maxsplit=1)[0]
    primary = _ALIASES.get(primary, primary)
    return primary if primary in _SETS else None


def check_lang(value: str) -> str:
    """The ``--lang`` value to use: ``auto`` or a known language code; a ``ValueError`` that says what is
    accepted otherwise."""
    if value.strip().lower() in ("auto", ""):
        return "auto"
    code = normalise_lang(value)
    if code is None:
        raise ValueError(f"unknown language {value!r}: use auto (detected per document) or one of "
                         f"{', '.join(LANGUAGES)}")
    return code


@lru_cache(maxsize=4)  # a document's scores are asked for up to three times
def _scores(text: str, sample: int) -> tuple[dict[str, float], int]:
    if len(text) > sample:  # a page often starts with navigation: read its start, middle and end
        third = sample // 3
        mid = len(text) // 2
        text = " ".join((text[:third], text[mid - third // 2 : mid + third // 2], text[-third:]))
    counts = Counter(map(str.lower, _WORD.findall(text)))
    n = sum(counts.values())
    if not n:
        return {}, 0
    get = counts.get  # each profile's few words looked up among the text's (not every word of the text in each)
    return {lang: sum(get(w, 0) for w in vocab) / n for lang, vocab in _SETS.items()}, n


def detect_language(text: str, sample: int = 30000) -> str:
    """The language of ``text`` from its function words; ``und`` when too short or unclear. The best profile
    must cover 8 % of the words, or 3 % and twice the runner-up's share (a page with little running text)."""
    scores, n = _scores(text, sample)
    if n < 3:
        return "und"
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    best, second = scores[ranked[0]], scores[ranked[1]]
    if best >= 0.08 or (best >= 0.03 and best >= 2 * second and n >= 30):
        return ranked[0]
    return "und"


def document_language(text: str, declared: str | None) -> str:
    """The page's declared language, unless its text clearly says another (a page that declares ``en`` and
    is written in Indonesian); without a usable declaration, the text's guess."""
    code = normalise_lang(declared) if declared else None
    guess = detect_language(text)
    if code is None:
        if declared and regex.fullmatch(r"[a-zA-Z]{2,3}(?:[-_].*)?", declared.strip()) and guess == "en" \
                and _scores(text, 30000)[0]["en"] < 0.08:
            return "und"  # a page declaring a language the profiles lack ("ja") with a few English words
        return guess
    if guess not in ("und", code):
        scores, _ = _scores(text, 30000)
        if scores[guess] >= 0.08 and scores[guess] >= 3 * scores[code]:
            return guess
    return code


class LanguageDetector(Detector):
    """Sets ``meta.lang``: the language the pipeline was told or the document carries, else the page's
    declared language checked against its text, else the text's guess."""

    name = "lang"
    layers = ()

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        told = normalise_lang(ctx.lang) if ctx.lang not in ("", "und", "auto") else None
        if told is not None:  # --lang, or a language the document already carries ("id-ID" read as "id")
            return Suggestions(meta={"lang": told})
        declared = doc.meta.get("html_lang")
        return Suggestions(meta={"lang": document_language(doc.text, declared if isinstance(declared, str) else None)})
