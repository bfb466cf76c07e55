"""Reported (indirect) speech: what someone said, without quotation marks.

Three forms, in both languages:

- ``Gati mengungkapkan (bahwa) pemerintah terus mendorong …`` / ``She said (that) …``;
- ``…, kata Gati.`` / ``…, sources said.`` (the clause before the attribution);
- ``Menurut Gati, …`` / ``According to Smith, …``.

The QUOTE is the reported clause (``direct: false``); clauses that contain a
quotation mark are left to the direct-quote rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.labels import PERSON
from annotator.detect.quotes.attribution import Attributor
from annotator.detect.quotes.lexicon import Lexicon
from annotator.detect.quotes.names import Mention
from annotator.detect.quotes.resolve import Resolved, Resolver

_SENTENCE_END = {".", "!", "?"}
_MIN_WORDS = 4
_NOT_CLAUSE_START = {"in", "on", "at", "during", "to", "of", "for", "with", "by", "from", "kepada", "dalam", "di",
                     "pada", "saat", "ketika", "usai", "seusai", "kemarin"}


@dataclass
class Reported:
    first: int
    last: int  # token range of the reported clause, inclusive
    cue: tuple[int, int]
    mention: Mention | None
    speaker: Resolved | None


def _sentence_bounds(att: Attributor) -> tuple[list[int], list[int]]:
    """For every token, the first token of its sentence and the last (the
    sentence-final mark, or the paragraph's last token): two linear passes."""
    toks, para, n = att.tokens, att.para, len(att.tokens)
    starts, ends = [0] * n, [0] * n
    for i in range(n):
        starts[i] = i if i == 0 or para[i - 1] != para[i] or toks[i - 1].text in _SENTENCE_END else starts[i - 1]
    for i in range(n - 1, -1, -1):
        ends[i] = i if i == n - 1 or para[i + 1] != para[i] or toks[i].text in _SENTENCE_END else ends[i + 1]
    return starts, ends


def _clause(att: Attributor, first: int, last: int, inside: list[bool]) -> tuple[int, int] | None:
    toks = att.tokens
    while last >= first and not toks[last].text[0].isalnum() and toks[last].text not in (")", "%"):
        last -= 1
    if last < first or any(inside[first : last + 1]) or att.low(first) in _NOT_CLAUSE_START:
        return None
    if sum(1 for k in range(first, last + 1) if toks[k].text[0].isalnum()) < _MIN_WORDS:
        return None
    return first, last


def _speaker(att: Attributor, resolver: Resolver, mention: Mention | None,
             at: int) -> tuple[Mention | None, Resolved | None]:
    if mention is None:
        found = resolver.resolve(at, 0, None)
        return (found.anchor if found else None), found
    if mention.kind in ("entity", "name"):
        return mention, Resolved(att.book.canonical.full(mention.text, mention.entity), mention)
    return mention, resolver.resolve(mention.first, 0, None)


def find_reported(att: Attributor, resolver: Resolver, lex: Lexicon, inside: list[bool]) -> list[Reported]:
    toks = att.tokens
    found: list[Reported] = []
    taken = [False] * len(toks)
    starts, ends = _sentence_bounds(att)
    for c, tok in enumerate(toks):
        word = tok.text.lower()
        if inside[c] or taken[c]:
            continue
        sent_start, sent_end = starts[c], ends[c]
        if word in lex.reported_cues and tok.text[0].islower():
            subject = att._subject(c - 1, c)
            if subject is None or subject.first < sent_start:
                continue
            k = c + 1
            if word == "told":
                k = next((j + 1 for j in range(c + 1, min(c + 6, sent_end)) if att.low(j) == "that"), k + 1)
            while k <= sent_end and (toks[k].text == "," or att.low(k) in lex.complementizers):
                k += 1
            clause = _clause(att, k, sent_end, inside)
            if clause is None:
                continue
            mention, speaker = _speaker(att, resolver, subject, c)
            found.append(Reported(*clause, (c, c), mention, speaker))
        elif tok.text == "," and c > sent_start:
            attribution = att.after(c + 1, c)
            if attribution is None or attribution.cue is None or attribution.where != "after":
                continue
            tail = [t.text for t in toks[attribution.end : sent_end]]
            if len(tail) > 10 or "," in tail:
                continue
            if attribution.speaker is None or attribution.speaker.kind == "role":
                before = att.speaker_ending(c - 1, c)
                if before is not None and before.kind in ("entity", "name") and (
                        before.entity is None or before.entity.label == PERSON):
                    continue  # "Her producer, Jack Antonoff, said the record …": the name is the subject
            clause = _clause(att, sent_start, c - 1, inside)
            if clause is None:
                continue
            mention, speaker = _speaker(att, resolver, attribution.speaker, attribution.cue[0])
            found.append(Reported(*clause, attribution.cue, mention, speaker))
        elif word in lex.reported_prefix and c == sent_start:
            k = c + 2 if word == "according" and att.low(c + 1) == "to" else c + 1
            mention = att.speaker_at(k, c)
            if mention is None or mention.last + 1 > sent_end or toks[mention.last + 1].text != ",":
                continue
            clause = _clause(att, mention.last + 2, sent_end, inside)
            if clause is None:
                continue
            mention, speaker = _speaker(att, resolver, mention, c)
            found.append(Reported(*clause, (c, k - 1), mention, speaker))
        else:
            continue
        for k in range(found[-1].first, found[-1].last + 1):
            taken[k] = True
    return found
