"""Document language from function words.

News text is long enough that the share of each language's most frequent
function words identifies it reliably; this needs no model (a statistical
identifier such as py3langid would pull NumPy into the installer for the same
answer on news articles).  Unknown languages come back as ``und``.
"""

from __future__ import annotations

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


def detect_language(text: str, sample: int = 20000) -> str:
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if len(words) < 3:
        return "und"
    scores = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _SETS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 0.08 else "und"


class LanguageDetector(Detector):
    """Sets ``meta.lang`` unless the pipeline was told the language."""

    name = "lang"
    layers = ()

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        if ctx.lang not in ("", "und", "auto"):
            return Suggestions(meta={"lang": ctx.lang})
        return Suggestions(meta={"lang": detect_language(doc.text)})
