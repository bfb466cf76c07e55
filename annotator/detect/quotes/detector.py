"""The quote and speaker detector.

Finds the text between quotation marks (``marks``), keeps what is speech —
a quote with an attribution, one that continues a quoted speaker, or a
sentence-like quote standing on its own — and rejects scare quotes, titles
and nicknames; reads the cue and the speaker mention (``attribution``),
resolves pronouns, roles and ``-nya`` to a full name (``resolve``), and adds
reported speech (``reported``) as QUOTE spans with ``direct: false``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from annotator.core.labels import (BOILERPLATE, CUE, ENTITIES, ORG, QUOTE, QUOTES, REL_CUE, REL_SPEAKER, SEGMENTS,
                                   SPEAKER)
from annotator.core.model import Document, Relation, Span
from annotator.core.tokenize import TokenIndex, tokenize
from annotator.detect.base import Context, Detector, Suggestions
from annotator.detect.quotes.attribution import Attribution, Attributor
from annotator.detect.quotes.lexicon import lexicon
from annotator.detect.quotes.marks import DOUBLE, DOUBLE_MARKS, SINGLE_MARKS, Quoted, find_quoted, paragraphs
from annotator.detect.quotes.names import Mention, NameBook
from annotator.detect.quotes.reported import find_reported
from annotator.detect.quotes.resolve import Resolved, Resolver

LAYER = QUOTES
_QUOTE_MARKS = set(DOUBLE_MARKS + SINGLE_MARKS)
_SENTENCE_OPENERS = {".", "!", "?", ":", ";"} | _QUOTE_MARKS
# words after a role that end it before any name: "seorang peserta dari Gowa"
_ROLE_ENDS = {"dari", "di", "yang", "asal", "untuk", "bernama", "berinisial"}
_INTRODUCING = {"seorang", "satu", "sebuah"}  # before a role given to someone new
_DETERMINERS = {"sang", "seorang", "para", "si", "the", "a", "an", "his", "her", "their", "its"}


@dataclass
class _Candidate:
    quoted: Quoted
    pieces: list[tuple[int, int]]  # token ranges of the text inside the marks, inclusive
    open_tok: int
    after_tok: int  # first token after the closing mark (or after the cut of an unclosed quote)
    words: int
    attribution: Attribution | None = None
    score: float = 0.0
    shares_cue: bool = False
    speaker: Resolved | None = None
    mention: Mention | None = None  # the SPEAKER relation's child
    extra: dict = field(default_factory=dict)


class QuoteDetector(Detector):
    """Direct quotes (QUOTE inside the marks), their cues and speakers, and reported speech."""

    name = "quotes"
    layers = (LAYER,)

    def __init__(self, reported: bool = True):
        self.reported = reported

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        return _Run(doc.text, ctx, self.reported).run()


class _Run:
    def __init__(self, text: str, ctx: Context, reported: bool):
        self.text = text
        self.lex = lexicon(ctx.lang)
        self.tokens = tokenize(text)
        self.index = TokenIndex.shared(self.tokens)
        self.starts, self.ends = self.index.starts, self.index.ends
        # each token's paragraph (the last to start at or before it; -1 before the first): the tokens of
        # paragraph j run from the first token at or after its start to the next one's
        firsts = [bisect_left(self.starts, s) for s, _ in paragraphs(text)]
        self.para = [-1] * (firsts[0] if firsts else len(self.tokens))
        for j, (a, b) in enumerate(zip(firsts, [*firsts[1:], len(self.tokens)])):
            self.para += [j] * (b - a)
        entities = [s for s in ctx.previous if s.layer == ENTITIES]
        # text that is not the article (a teaser, a block the scraper stored twice): no quotes are suggested there
        self.boilerplate = sorted((s.start, s.end) for s in ctx.previous
                                  if s.layer == SEGMENTS and s.label == BOILERPLATE)
        self.hidden = self._boilerplate_tokens()  # per token: it starts in boilerplate
        self.book = NameBook(text, self.tokens, entities, self.lex, self.hidden if self.boilerplate else None)
        self.att = Attributor(self.tokens, self.book, self.lex, self.para)
        self.with_reported = reported
        self.spans: dict[tuple[int, int], Span] = {}
        self.relations: list[Relation] = []
        self.narrative: list[bool] = []  # per token: outside quotes and boilerplate (set by ``run``)

    # ---- token helpers ------------------------------------------------------------------------
    def tok_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Tokens wholly inside ``[start, end)``."""
        first = bisect_left(self.starts, start)
        last = bisect_right(self.ends, end) - 1
        return (first, last) if first <= last else None

    def tok_at(self, pos: int) -> int:
        return bisect_left(self.starts, pos)

    # ---- candidates ---------------------------------------------------------------------------
    def candidates(self, quoted: list[Quoted]) -> list[_Candidate]:
        out = []
        for q in quoted:
            pieces = []
            for piece in q.pieces:
                rng = self.tok_range(piece.start, piece.end)
                if rng is not None:
                    pieces.append(rng)
            if not pieces:
                continue
            open_tok = self.tok_at(q.open)
            close = q.close
            after_tok = (self.tok_at(close + 1 + (self.text[close : close + 2] == "''")) if close is not None
                         else pieces[-1][1] + 1)
            cand = _Candidate(q, pieces, open_tok, after_tok, 0)
            if not q.closed:
                cut = self.att.inline_cue(pieces[-1][0], pieces[-1][1], pieces[-1][0])
                if cut is not None:
                    comma, attribution = cut
                    pieces[-1] = (pieces[-1][0], comma - 1)
                    cand.attribution = attribution
                    cand.after_tok = comma
            if pieces[-1][1] < pieces[-1][0]:
                continue
            while pieces[-1][1] > pieces[-1][0] and self.tokens[pieces[-1][1]].text == ",":
                pieces[-1] = (pieces[-1][0], pieces[-1][1] - 1)
            cand.words = sum(1 for a, b in pieces for k in range(a, b + 1) if self.tokens[k].text[0].isalnum())
            out.append(cand)
        return out

    def _non_speech_context(self, cand: _Candidate) -> bool:
        """A title, name or term: 'Simak Video "…"', 'julukan "…"', 'the "deplorables"'."""
        o = cand.open_tok
        for k in (o - 1, o - 2):
            if k >= 0 and self.para[k] == self.para[o] and self.tokens[k].text.lower() in self.lex.non_speech_context:
                return True
        after = cand.after_tok
        if after < len(self.tokens) and self.tokens[after].text == ":" and (
                after + 1 >= len(self.tokens) or self.para[after + 1] != self.para[after]):
            return True  # 'Simak Video "…":' at the end of a line
        return False

    def _sentence_like(self, cand: _Candidate) -> bool:
        o = cand.open_tok
        prev = self.tokens[o - 1].text if o > 0 and self.para[o - 1] == self.para[o] else None
        starts = prev is None or prev in _SENTENCE_OPENERS or prev.endswith(".")
        a, b = cand.pieces[-1]
        ends = self.tokens[b].text in {".", "!", "?", ",", "…"} or (
            b + 1 < len(self.tokens) and self.tokens[b + 1].text in {",", "."})
        first_word = self.tokens[cand.pieces[0][0]].text
        return starts and (first_word[0].isupper() or first_word[0] in _QUOTE_MARKS) and (ends or cand.words >= 8)

    def classify(self, cands: list[_Candidate]) -> list[_Candidate]:
        kept: list[_Candidate] = []
        for cand in cands:
            q = cand.quoted
            if cand.attribution is None:
                cand.attribution = self.att.after(cand.after_tok, cand.after_tok - 1) if q.closed else None
            if cand.attribution is None:
                before = self.att.before(cand.open_tok)
                if before is not None and (before.gap == 0 or (cand.words >= 4 and q.family == DOUBLE)):
                    cand.attribution = before
            attribution = cand.attribution
            prev = kept[-1] if kept else None
            if attribution is not None and (attribution.gap == 0 or attribution.where != "before"):
                cand.score = 0.95 if q.family == DOUBLE else 0.85
            elif attribution is not None:
                cand.score = 0.75  # a partial quote inside reported speech
            elif q.family != DOUBLE or cand.words < 1:
                continue
            elif prev is not None and self._continues(prev, cand) and not self._non_speech_context(cand):
                cand.score = 0.85  # (a title after the speaker's quote is none: 'lomba bertema "…"')
            elif len(q.pieces) > 1 or (cand.words >= 3 and self._sentence_like(cand)
                                       and not self._non_speech_context(cand)):
                cand.score = 0.6
            else:
                continue
            kept.append(cand)
        return kept

    def _continues(self, prev: _Candidate, cand: _Candidate) -> bool:
        """``cand`` follows ``prev`` in its paragraph with nothing but ``prev``'s attribution between:
        the same speaker goes on ("…," kata Gati. "…")."""
        if self.para[prev.after_tok - 1] != self.para[cand.open_tok] or prev.attribution is None:
            return False
        after = prev.attribution.end if prev.attribution.where != "before" else prev.after_tok
        gap = [t.text for t in self.tokens[after:cand.open_tok]]
        cand.shares_cue = all(t in {",", ".", ":", ";"} for t in gap)
        return len(gap) <= 12 and cand.words >= 1

    # ---- speakers -----------------------------------------------------------------------------
    def speakers(self, kept: list[_Candidate], resolver: Resolver) -> None:
        previous: _Candidate | None = None
        for cand in kept:
            attribution = cand.attribution
            lo = 0
            if previous is not None:
                pa = previous.attribution
                lo = pa.end if pa is not None and pa.where != "before" else previous.after_tok
            prev_speaker = previous.speaker if previous is not None else None
            if previous is not None and prev_speaker is not None and prev_speaker.anchor.kind in ("entity", "name"):
                # "… kata Mamat. / Pria yang akrab disapa Abah itu …" / "…," kata Abah.
                self.book.canonical.name_role_nicknames(self.tokens[previous.open_tok].start,
                                                        self.tokens[cand.open_tok].start, prev_speaker.name)
            mention = attribution.speaker if attribution is not None else None
            if attribution is None and previous is not None and self._continues(previous, cand):
                cand.speaker, cand.mention = previous.speaker, previous.mention
                if cand.shares_cue:
                    cand.attribution = previous.attribution
            elif mention is not None and mention.kind == "organisation":
                # "demikian pernyataan GSF"
                cand.speaker = Resolved(self.book.canonical.organisation(mention.text), mention)
                cand.mention = mention
            elif mention is not None and mention.kind == "group":  # "kata keduanya": several people, no speaker
                cand.mention = mention
            elif mention is not None and mention.kind in ("entity", "name"):
                name = self.book.canonical.full(mention.text, mention.entity)
                if name == mention.text and (mention.entity is None or mention.entity.label == ORG):
                    # an organisation's statement ("kata Kemenkes dalam keterangannya", "tulis Kedubes RNT" that no
                    # entity span holds) carries its declared full name; an ORG that is a short form of a person's
                    # name is that person
                    name = self.book.canonical.organisation(mention.text)
                cand.speaker = Resolved(name, mention)
                cand.mention = mention
            elif mention is not None and mention.kind == "anon":  # "kata seorang warga": the speaker as written
                cand.speaker = Resolved(mention.text, mention)
                cand.mention = mention
            elif mention is not None and mention.kind == "role" and (
                    antecedent := self._role_antecedent(mention, cand.after_tok)) is not None:
                cand.speaker, cand.mention = antecedent, mention  # "ujar peserta tersebut", "tulis akun tersebut"
            else:
                before = min(cand.open_tok, attribution.cue[0]) if attribution and attribution.cue else cand.open_tok
                cand.speaker = resolver.resolve(before, min(lo, before), prev_speaker)
                cand.mention = mention if mention is not None else (cand.speaker.anchor if cand.speaker else None)
                if mention is not None and mention.kind == "role" and (self._unheard_role(mention, cand.open_tok) or (
                        cand.speaker is not None and self._holder_of(mention, cand.speaker.anchor))):
                    # "the interviewer asked" with no interviewer before; "kata sang juru bicara" of X's spokesperson
                    cand.speaker = Resolved(mention.text, mention)
                elif mention is not None and mention.kind == "role" and cand.speaker is not None:
                    # "pria yang akrab disapa Ucok itu"
                    self.book.canonical.declare_in_role(mention.text, cand.speaker.name)
                elif mention is not None and mention.kind == "role" and cand.speaker is None:
                    cand.speaker = self._named_later(mention, cand.after_tok)  # "kata guru tersebut. / Guru bernama …"
            if cand.speaker is not None or attribution is not None:
                previous = cand
        # a quote of its own paragraph with no cue and no speaker, followed by the next paragraph's quote that
        # names its speaker, is the start of that speaker's quote over several paragraphs
        for cand, nxt in zip(reversed(kept[:-1]), reversed(kept[1:])):
            if (cand.speaker is None and cand.attribution is None and nxt.speaker is not None
                    and nxt.mention is not None and nxt.mention.kind in ("entity", "name")
                    and self.para[nxt.open_tok] == self.para[cand.open_tok] + 1 and self._opens_para(nxt.open_tok)
                    and self._opens_para(cand.open_tok)):
                cand.speaker, cand.mention = nxt.speaker, nxt.mention

    def _unheard_role(self, role: Mention, before: int) -> bool:
        """``role`` is a noun after an article ("the interviewer asked") that the text has not used before token
        ``before``: it refers back to no one introduced, so it is the speaker as written ("the chief executive said"
        after "the company's chief executive, Daniel Osei" refers back)."""
        head = self.tokens[role.last].text
        if self.tokens[role.first].text.lower() not in ("the", "a", "an") or not (head.isalpha() and head.islower()):
            return False
        at = self.book.runs.positions()
        return all(not (found := at.get(word)) or found[0] >= before for word in (head, head.capitalize()))

    def _holder_of(self, role: Mention, anchor: Mention) -> bool:
        """The name a role was resolved to is only the one the role-holder works for: the role's words come before
        it with a word between, in lower case ("juru bicara keluarga Hartono menyatakan …" … "kata sang juru
        bicara"; "A spokesman for Delaney said …" … "the spokesman said"). The role is then the speaker as written."""
        head = [t.text.lower() for t in self.tokens[role.first:role.last + 1]
                if t.text.isalpha() and t.text.lower() not in _DETERMINERS]
        before: list[str] = []
        k = anchor.first - 1
        while k >= 0 and len(before) < 8 and self.tokens[k].text.isalpha() and self.tokens[k].text.islower():
            before.insert(0, self.tokens[k].text)
            k -= 1
        n = len(head)
        return n > 0 and any(before[s:s + n] == head for s in range(len(before) - n))

    def _role_antecedent(self, role: Mention, after: int) -> Resolved | None:
        """Who a role that refers back ("peserta tersebut", "akun itu") is: the last time the
        narrative gave that role with a name or a handle after it ("Seorang pejabat dinas, Ratna Sari, …", "akun
        @pantaupesisir") or before it ("Ratna Sari, pejabat dinas, …"), that person; the last time it gave the role
        to someone new with no name ("Seorang peserta dari Gowa mengaku …", "seorang ibu rumah tangga"), the one a
        later sentence names ("Guru bernama X itu"), else the role as written. None when the narrative never gave
        the role (a role that names an earlier subject: "psikolog … ini")."""
        toks, lex = self.tokens, self.lex
        if self.att.low(role.last) not in lex.demonstratives:
            return None
        head = [t.text.lower() for t in toks[role.first:role.last + 1] if t.text.isalpha()
                and t.text.lower() not in _DETERMINERS and t.text.lower() not in lex.demonstratives]
        n = len(head)
        for k in range(role.first - n, max(role.first - 400, -1), -1):
            if not n or not self.narrative[k] or [t.text.lower() for t in toks[k:k + n]] != head:
                continue
            j = k + n
            if j < len(toks) and self.att.low(j) in lex.demonstratives:
                continue  # another reference back to it
            while j < len(toks) and j - k - n < 3 and toks[j].text.isalpha() and toks[j].text.islower() and (
                    self.att.low(j) not in lex.after_cues and not lex.is_verb(self.att.low(j))
                    and self.att.low(j) not in _ROLE_ENDS):
                j += 1  # "pejabat dinas", "akun resmi"
            j += self.att.low(j) in (",", "bernama", "berinisial")
            handle = self.att.handle_at(j, j) or (
                self.att.handle_at(j + 1, j) if j < len(toks) and toks[j].text.isalpha() else None)
            if handle is not None:  # "akun @pantaupesisir", "Akun X @pantaupesisir", "akun Instagram @…"
                return Resolved(handle.text, handle)
            named = self.att.speaker_at(j, j) if j < len(toks) and toks[j].text[:1].isupper() else None
            if named is None and k >= 2 and toks[k - 1].text == ",":
                named = self.att.speaker_ending(k - 2, k - 2)  # "Ratna Sari, pejabat dinas, …"
            if named is not None and named.kind in ("entity", "name"):
                return Resolved(self.book.canonical.full(named.text, named.entity), named)
            d = 1
            while d < 3 and k - d > 0 and toks[k - d].text.isalpha() and toks[k - d].text.islower() \
                    and self.att.low(k - d) not in _INTRODUCING:
                d += 1  # "seorang ibu rumah tangga"
            if self.att.low(k - d) in _INTRODUCING:  # "Seorang peserta dari Gowa …"
                return self._named_later(role, after) or Resolved(role.text, role)
        return None

    def _named_later(self, role: Mention, after: int) -> Resolved | None:
        """The name a role nobody was named before is given in the next sentences: "kata guru tersebut." … "Guru
        bernama Enung Suhartini itu …" (the role's first noun, then "bernama"/"berinisial" and the name), looked for
        in the next 60 tokens."""
        head = next((t.text.lower() for t in self.tokens[role.first:role.last + 1]
                     if t.text.isalpha() and t.text.lower() not in ("seorang", "sang", "para", "si")), None)
        if head is None:
            return None
        for k in range(after, min(after + 60, len(self.tokens) - 2)):
            if self.tokens[k].text.lower() in ("bernama", "berinisial") and self.tokens[k - 1].text.lower() == head:
                run_end = self.book.runs.run_from(k + 1)
                cleaned = self.book.clean(k + 1, run_end) if run_end is not None else None
                if cleaned is not None:
                    name = self.book.runs.span_text(*cleaned)
                    return Resolved(self.book.canonical.full(name), Mention(*cleaned, "name", name))
        return None

    def _opens_para(self, k: int) -> bool:
        return k == 0 or self.para[k - 1] != self.para[k]

    # ---- output -------------------------------------------------------------------------------
    def _span(self, first: int, last: int, label: str, score: float, attrs: dict | None = None) -> Span | None:
        start, end = self.tokens[first].start, self.tokens[last].end
        key = (start, end)
        if key in self.spans:
            return self.spans[key] if self.spans[key].label == label else None
        for other in self.spans.values():
            if other.start < end and start < other.end:
                return None
        span = Span(start=start, end=end, label=label, layer=LAYER, score=score, attrs=attrs or {})
        self.spans[key] = span
        return span

    def emit(self, kept: list[_Candidate]) -> None:
        for cand in kept:
            attrs: dict[str, object] = {"direct": True}
            if cand.speaker is not None:
                attrs["speaker"] = cand.speaker.name
            quotes = [s for a, b in cand.pieces if (s := self._span(a, b, QUOTE, cand.score, dict(attrs)))]
            cue = None
            if cand.attribution is not None and cand.attribution.cue is not None:
                cue = self._span(*cand.attribution.cue, CUE, cand.score)
            child = self._mention_span(cand.mention, cand.score)
            for quote in quotes:
                if child is not None:
                    self.relations.append(Relation(label=REL_SPEAKER, head=quote.id, child=child))
                if cue is not None:
                    self.relations.append(Relation(label=REL_CUE, head=quote.id, child=cue.id))

    def _mention_span(self, mention: Mention | None, score: float) -> str | None:
        if mention is None:
            return None
        if mention.entity is not None:
            return mention.entity.id
        span = self._span(mention.first, mention.last, SPEAKER, score)
        return span.id if span is not None else None

    def _boilerplate_tokens(self) -> list[bool]:
        """Per token, whether it starts inside the last boilerplate span that starts at or before it (one
        sweep: the tokens and the spans are both in order)."""
        spans, flags = self.boilerplate, []
        k, m = -1, len(self.boilerplate)
        for tok in self.tokens:
            while k + 1 < m and spans[k + 1][0] <= tok.start:
                k += 1
            flags.append(k >= 0 and tok.start < spans[k][1])
        return flags

    def run(self) -> Suggestions:
        quoted = find_quoted(self.text)
        inside = [False] * len(self.tokens)
        for q in quoted:
            close = q.close if q.close is not None else q.end
            for k in range(self.tok_at(q.open), min(self.tok_at(close) + 1, len(self.tokens))):
                inside[k] = True
        kept = self.classify(self.candidates(quoted))
        # the resolver looks for speakers in the article's own narrative: not inside quotes, not in boilerplate
        narrative_hidden = [flag or hidden for flag, hidden in zip(inside, self.hidden)]
        self.narrative = [not flag for flag in narrative_hidden]
        resolver = Resolver(self.tokens, self.book, self.lex, self.para, narrative_hidden)
        self.speakers(kept, resolver)
        self.emit([c for c in kept if not self.hidden[c.pieces[0][0]]])
        if self.with_reported:
            for found in find_reported(self.att, resolver, self.lex, inside):
                if self.hidden[found.first]:
                    continue
                quote = self._span(found.first, found.last, QUOTE, 0.6,
                                   {"direct": False, **({"speaker": found.speaker.name} if found.speaker else {})})
                if quote is None:
                    continue
                cue = self._span(*found.cue, CUE, 0.6)
                child = self._mention_span(found.mention, 0.6)
                if child is not None:
                    self.relations.append(Relation(label=REL_SPEAKER, head=quote.id, child=child))
                if cue is not None:
                    self.relations.append(Relation(label=REL_CUE, head=quote.id, child=cue.id))
        spans = sorted(self.spans.values(), key=lambda s: s.start)
        ids = {s.id for s in spans} | {s.id for s in self.book.entity_start.values()}
        relations, seen = [], set()
        for rel in self.relations:
            if rel.head in ids and rel.child in ids and rel.id not in seen:
                seen.add(rel.id)
                relations.append(rel)
        return Suggestions(spans=spans, relations=relations)
