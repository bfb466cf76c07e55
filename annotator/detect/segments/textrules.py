"""Rules on text: boilerplate lines, inline fragments and article structure.

Plain text has no markup, so structure comes from position and layout: the
lines before the first paragraph of prose hold the title, byline, dateline and
the photo caption; a short line between paragraphs is a subheading; short
lines after the last paragraph are the site's footer.  Inline rules find what
scrapers glue into paragraphs ("… kata dia.Ikuti Whatsapp Channel Republika",
"Baca JugaJudul Lain…", "(Ant/S-4)").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import islice

import regex

from annotator.core.labels import BOILERPLATE, BYLINE, CAPTION, DATELINE, SUBHEADING, TITLE
from annotator.detect.quotes.lexicon import lexicon
from annotator.detect.segments.assemble import Cand
from annotator.detect.segments.packs import Pack, Rule
from annotator.detect.segments.units import WORD, Unit, piece_end, pieces

# Where scrapers glue two texts together: "JakartaSopir", "ujar dia.Ikuti", a quote opening the next paragraph.
_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=[.!?])(?=\p{Lu})|(?=[\"“])")
_NAME_LINE = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*)(?:\s*(?:,|&|\band\b|\bdan\b|-|\|)?\s*\p{Lu}[\p{L}'’.-]*){0,5}")
_SENTENCE_BREAK = regex.compile(r"(?<=[\p{Ll}\d][\p{Ll}\d)\]\"”’])[.!?][\"”’]?\s+\p{Lu}")
_DIGIT = regex.compile(r"\d")
_DATE_TOKEN = regex.compile(r"\p{L}+(?:\.\p{L}+)*")
_NUMERIC_DATE = regex.compile(r"\d{1,4}[/.:-]\d{1,2}")
TITLE_MAX_WORDS = 30
_SEARCH_LIMIT = 100_000
GLUED_MIN_CHARS = 300  # a line this long may be paragraphs a scraper glued together
SUBHEADING_MAX_WORDS = 10


def _is_cap(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _plain(word: str, small: frozenset[str]) -> bool:
    """A lowercase word that is not a small word of headlines: running text."""
    return word[0].islower() and word.lower() not in small


def _quoted_headline(text: str, start: int, limit: int, small: frozenset[str]) -> int | None:
    """The end of a quoted headline after a name and a colon ('Baca juga: Danang Setiawan: "Jangan Salahkan
    Warga"'): after the closing mark, when the quotation (15 words at most) is title-cased; else None."""
    opening = start
    while opening < limit and text[opening].isspace():
        opening += 1
    colon = start - 1  # the last character before the quotation that is no space (no copy of the text before)
    while colon >= 0 and text[colon].isspace():
        colon -= 1
    closing = min((k for k in (text.find(q, opening + 1, limit) for q in "\"”") if k != -1), default=-1)
    if colon < 0 or text[colon] != ":" or closing == -1:
        return None
    words = WORD.findall(text, opening + 1, closing)
    if not 1 <= len(words) <= 15 or not all(_is_cap(w) or w.lower() in small for w in words):
        return None
    return closing + 1


def headline_end(text: str, start: int, limit: int, small: frozenset[str], max_words: int = 60) -> int:
    """End of the headline(s) that start at ``start``: title-cased words, up
    to where running text resumes (a quote, a sentence glued on, or a
    capitalised word followed by ordinary lowercase words)."""
    cuts = [start, *(m.start() for m in _GLUE.finditer(text, start, limit) if m.start() > start), limit]
    cuts = sorted(set(cuts))
    taken: list[tuple[int, int, int]] = []  # (start, end, words) of accepted pieces
    total = 0
    for a, b in zip(cuts, cuts[1:]):
        words = list(WORD.finditer(text, a, b))
        if not words:
            if text[a:b].strip() and not text[a:b].lstrip().startswith(("\"", "“")):
                taken.append((a, b, 0))  # punctuation between headlines
                continue
            break
        if text[a:b].lstrip().startswith(("\"", "“")):
            quoted = _quoted_headline(text, a, limit, small)
            if quoted is not None:
                taken.append((a, quoted, 3))  # a whole headline, however short (not popped below)
            break
        if not _is_cap(words[0].group()):
            break
        if any(_plain(w.group(), small) for w in words[:4]):
            break
        cut = None
        for i, w in enumerate(words[4:], 4):
            if _plain(w.group(), small):
                j = i - 1
                while j > 0 and words[j].group().lower() in small:
                    j -= 1
                cut = words[j].start() if j > 0 else None
                break
        if cut is not None:
            taken.append((a, cut, i))
            break
        taken.append((a, b, len(words)))
        total += len(words)
        if total >= max_words:
            break
    # A short piece cut off by a glue point that the next piece did not continue is a camel-cased word of
    # the running text ("InaWis itu memuat"), not a headline.
    while len(taken) > 1 and taken[-1][2] < 3 and taken[-1][1] < limit:
        taken.pop()
    return taken[-1][1] if taken else start


# A point where a scraper glued the next paragraph on with no space: "LebaranMenurut", "2025).Baca",
# "kata dia.Sementara", 'Google News"Armada'.
# (four letters on each side, so that "WhatsApp", "YouTube" and "TikTok" are no glue points)
_TIGHT_GLUE = regex.compile(r"(?<=\p{L}{3}\p{Ll})(?=\p{Lu}\p{Ll}{3})|(?<=[\d)\]])(?=\p{Lu}\p{Ll})"
                            r"|(?<=[.!?][\"”’]?)(?=\p{Lu})|(?<=[\p{Ll}.!?])(?=[\"“]\p{Lu})")


def prose_resumes(text: str, start: int, end: int, small: frozenset[str]) -> int | None:
    """The first point in ``text[start:end]`` where a glued-on paragraph of running text begins: a tight glue
    point followed by a sentence (at least two ordinary lower-case words among the next six), or a quotation
    mark opening speech.  None when the rest reads as more of the same boilerplate."""
    for m in _TIGHT_GLUE.finditer(text, start, end):
        g = m.start()
        if g <= start:
            continue
        if text[g] in "\"“":
            return g
        words = [w.group() for w in islice(WORD.finditer(text, g, end), 6)]
        if len(words) >= 4 and sum(_plain(w, small) for w in words) >= 2:
            return g
    return None


def _rule_span(text: str, rule: Rule, m: regex.Match, unit: Unit, pack: Pack) -> tuple[int, int]:
    """Where a rule's fragment ends: at the end of its line, or where a glued-on paragraph resumes;
    a headline-introducing rule ("Baca juga:") ends with its headline(s)."""
    s, e = m.span()
    if rule.extend == "line":
        cut = prose_resumes(text, e, unit.end, pack.headline_words)
        return s, cut if cut is not None else unit.end
    if rule.extend == "headline":
        if s == unit.start and unit.words <= 25:
            cut = prose_resumes(text, e, unit.end, pack.headline_words)
            return s, cut if cut is not None else unit.end
        found = headline_end(text, e, unit.end, pack.headline_words)
        return s, max(e, found, _headline_piece(text, e, found, unit.end))
    return s, e


HEADLINE_PIECE_WORDS = 15


def _headline_piece(text: str, start: int, found: int, limit: int) -> int:
    """The end of a short headline after a marker that :func:`headline_end` stopped inside at a lower-case word
    ("Baca juga:Mengapa BUMN China sangat Perkasa dan Mendunia?", "Baca juga: Kompas.com Sabet …"): the sentence-like
    piece after the marker, when it holds no quotation mark and at most ``HEADLINE_PIECE_WORDS`` words, and either
    nothing was found or the piece ends with the line or where the next text is glued on with no space.
    ``start`` when there is no such piece."""
    cut = piece_end(text, start, limit)
    piece = text[start:cut]
    words = WORD.findall(piece)
    if (cut <= found or not words or len(words) > HEADLINE_PIECE_WORDS or not _is_cap(words[0])
            or any(q in piece for q in "\"“”")):
        return start
    if found > start and cut < limit and text[cut].isspace():
        return start
    return cut


def _unit_at(units: list[Unit], pos: int, hint: int) -> tuple[Unit | None, int]:
    i = hint
    while i < len(units) and units[i].end <= pos:
        i += 1
    if i < len(units) and units[i].start <= pos:
        return units[i], i
    return None, i


def inline_fragments(text: str, units: list[Unit], pack: Pack, body: set[int] | None = None) -> list[Cand]:
    """Boilerplate fragments anywhere in the text (inside ``body`` units only, if given)."""
    out: list[Cand] = []
    for rule in pack.inline_rules:
        hint = 0
        for m in rule.pattern.finditer(text):
            unit, hint = _unit_at(units, m.start(), hint)
            if unit is None or (body is not None and hint not in body):
                continue
            s, e = _rule_span(text, rule, m, unit, pack)
            out.append(Cand(s, e, rule.label, 0.95, rule.id))
    return out


def line_rules(units: list[Unit], pack: Pack) -> None:
    """Whole lines that match a line rule (and the headlines a heading introduces)."""
    i = 0
    while i < len(units):
        u = units[i]
        if u.label is None:
            for rule in pack.line_rules:
                if u.words <= rule.max_words and rule.pattern.match(u.text):
                    u.set(rule.label, 0.95, rule.id)
                    if rule.absorb:
                        i = _absorb(units, i, rule, pack)
                    break
        i += 1


def _title_like(u: Unit, pack: Pack) -> bool:
    if u.label is not None or not u.text or u.words == 0 or u.words > 20 or u.text[-1] in ".:;,":
        return False
    words = WORD.findall(u.text)
    caps = sum(_is_cap(w) or w.lower() in pack.headline_words for w in words)
    return _is_cap(words[0]) and caps >= 0.6 * len(words)


def _absorb(units: list[Unit], i: int, rule: Rule, pack: Pack) -> int:
    if rule.absorb == "teaser":
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt is not None and nxt.label is None and nxt.words <= 40:
            nxt.set(rule.label, 0.9, rule.id)
            return i + 1
        return i
    while i + 1 < len(units) and _title_like(units[i + 1], pack):
        i += 1
        units[i].set(rule.label, 0.85, rule.id)
    return i


def is_date_line(text: str, pack: Pack) -> bool:
    """A line made only of a date and time ("22/1/2018 10:30", "Sabtu, 10 Des 2022 07:16 WIB")."""
    if not _DIGIT.search(text) or len(text) > 80:
        return False
    words = [w.lower() for w in _DATE_TOKEN.findall(text)]
    return all(w in pack.date_words for w in words) and bool(words or _NUMERIC_DATE.search(text))


def _credit(u: Unit, pack: Pack) -> str:
    """'alone', 'start' or 'end' when the line is, begins or ends with a photo credit."""
    for p in pack.credits:
        for m in p.finditer(u.text):
            if m.start() == 0 and m.end() >= len(u.text.rstrip(".")):
                return "alone"
            if m.start() == 0:
                return "start"
            if m.end() >= len(u.text.rstrip(". ")):
                return "end"
    return ""


def captions(units: list[Unit], pack: Pack, lo: int = 0, hi: int | None = None, above: bool = True) -> None:
    """Photo captions: a credit line and (``above``) the short line above it,
    or a short line that starts or ends with a credit."""
    hi = len(units) if hi is None else hi
    for i in range(lo, hi):
        u = units[i]
        if u.label is not None or u.words > 60:
            continue
        kind = _credit(u, pack)
        if not kind:
            continue
        u.set(CAPTION, 0.9, "credit")
        if kind == "alone" and above and i > 0:
            prev = units[i - 1]
            if (prev.label is None and prev.words <= 30 and not prev.is_prose and not prev.text.endswith(":")
                    and not is_date_line(prev.text, pack) and not byline_match(prev.text, pack)):
                prev.set(CAPTION, 0.75, "credit-caption")


def byline_match(text: str, pack: Pack) -> regex.Match | None:
    for p in pack.bylines:
        m = p.match(text)
        if m:
            return m
    return None


def _similar(a: str, b: str) -> bool:
    wa, wb = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return bool(wa and wb) and len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _headline_first(text: str, units: list[Unit]) -> Unit | None:
    """A short first line set off by a blank line is the headline, even when a
    feed has put a full stop after it."""
    u = units[0]
    if (len(units) > 1 and u.label is None and not u.piece and u.words <= 20 and _is_cap(u.text)
            and not u.text.endswith(":")
            and not _SENTENCE_BREAK.search(u.text) and text[u.end:units[1].start].count("\n") >= 2):
        u.set(TITLE, 0.8, "first-line")
        return u
    return None


def dateline_match(text: str, pack: Pack) -> regex.Match | None:
    for p in pack.datelines:
        m = p.match(text)
        if m and m.end() > 0:
            return m
    return None


def head(units: list[Unit], body_start: int, pack: Pack, title: Unit | None = None) -> None:
    """Title, byline, dateline and caption lines above the first paragraph."""
    captions(units, pack, 0, body_start)
    for u in units[:body_start]:
        if u is title or (u.label is not None and u.rule != "credits-line"):
            continue
        if byline_match(u.text, pack) and u.words <= 12:
            u.set(BYLINE, 0.85, "byline")
        elif u.label is not None:
            continue
        elif is_date_line(u.text, pack):
            u.set(DATELINE, 0.9, "date-line")
        elif title is None:
            if u.words <= TITLE_MAX_WORDS and u.text[-1] not in ".:" and not _SENTENCE_BREAK.search(u.text):
                u.set(TITLE, 0.8, "first-line")
                title = u
        elif _similar(u.text, title.text) and u.words <= TITLE_MAX_WORDS:
            u.set(TITLE, 0.7, "title-variant")
        elif 2 <= u.words <= 6 and _NAME_LINE.fullmatch(u.text) and not _DIGIT.search(u.text):
            u.set(BYLINE, 0.75, "name-line")


def opening(text: str, u: Unit, pack: Pack) -> list[Cand]:
    """Byline and dateline that open the first paragraph ("Laporan Wartawan …,
    NAME", "KOMPAS.com –", "JAKARTA, KOMPAS.com —")."""
    out: list[Cand] = []
    pos = u.start
    m = byline_match(u.text, pack)
    if m and m.end() < len(u.text):
        out.append(Cand(u.start, u.start + m.end(), BYLINE, 0.8, "byline"))
        pos = u.start + m.end()
    d = dateline_match(text[pos:u.end], pack)
    if d:
        out.append(Cand(pos, pos + d.end(), DATELINE, 0.9, "dateline"))
    return out


def subheadings(units: list[Unit], lo: int, hi: int, fragments: Sequence[Cand] = ()) -> None:
    """Short title-like lines between paragraphs (after a sentence or after boilerplate)."""
    ends = {c.end for c in fragments}
    for i in range(max(lo, 1), min(hi, len(units) - 1)):
        u, prev, nxt = units[i], units[i - 1], units[i + 1]
        if (u.label is not None or u.words == 0 or u.words > SUBHEADING_MAX_WORDS or not _is_cap(u.text)
                or u.text[-1] in ".,:;!?\"”’)'" or u.text[0] in "\"“'‘(["):
            continue
        if not (prev.label is not None or prev.ends_sentence or prev.end in ends):
            continue
        if nxt.label is None and nxt.is_prose:
            u.set(SUBHEADING, 0.7, "short-line")


def tail(units: list[Unit], body_end: int) -> None:
    """Short lines after the last paragraph: the site's footer."""
    for u in units[body_end + 1:]:
        if u.label is None and u.words <= 12 and not u.ends_sentence:
            u.set(BOILERPLATE, 0.6, "footer")


def duplicates(text: str, units: list[Unit]) -> None:
    """A line the document already contains earlier (a scraper that captured
    nested blocks twice, a repeated widget), and lines without a letter or digit.
    Up to ``_SEARCH_LIMIT`` characters a line is looked for anywhere in the text
    before it; in longer documents only repeated whole lines count."""
    search = len(text) <= _SEARCH_LIMIT
    seen: set[str] = set()
    for u in units:
        repeated = u.text in seen
        seen.add(u.text)
        if u.label is not None:
            continue
        if not any(ch.isalnum() for ch in u.text):
            u.set(BOILERPLATE, 0.6, "no-words")
        elif len(u.text) >= 40 and (repeated or (search and text.find(u.text, 0, u.start) != -1)):
            u.set(BOILERPLATE, 0.85, "repeated-in-document")


def plain_structure(text: str, units: list[Unit], pack: Pack) -> list[Cand]:
    """Structure of a plain-text article; labels units and returns inline fragments."""
    line_rules(units, pack)
    duplicates(text, units)
    fragments = inline_fragments(text, units, pack)
    first = _headline_first(text, units)
    prose = [i for i, u in enumerate(units)
             if u.label is None and (u.is_prose or u.piece or dateline_match(u.text, pack))]
    if not prose:
        captions(units, pack)
        return fragments
    body_start, body_end = prose[0], prose[-1]
    head(units, body_start, pack, first)
    cands = opening(text, units[body_start], pack) + fragments
    captions(units, pack, body_start)
    subheadings(units, body_start, body_end, cands)
    tail(units, body_end)
    return cands + glued_lines(text, units, pack)


# A sentence glued to the next with no space ("… Rabu (4/6/2025).Baca", "… kata dia.Sementara"): a scraper lost
# the break between two paragraphs there.
_SENTENCE_GLUE = regex.compile(r"[\p{Ll}\d)][.!?][\"”’]?\p{Lu}\p{Ll}")
REPEATED_RUN_CHARS = 200  # a run of pieces repeated from earlier in the text, not one quote the article repeats


def _repeated_run(text: str, parts: list[Unit]) -> None:
    """Runs of consecutive pieces that the text already contains earlier, ``REPEATED_RUN_CHARS`` long or more and
    with two pieces of 40 characters or more: a scraper that stored the article's paragraphs again (a piece a
    line rule marked in between does not break the run).  One sentence repeated (an article quoting a statement
    twice) stays body text."""
    if len(text) > _SEARCH_LIMIT:
        return
    run: list[Unit] = []
    for p in [*parts, None]:
        if p is not None and p.label is not None and run:
            continue  # a piece a rule marked ("Ikuti Whatsapp Channel …") does not break a run
        if p is not None and text.find(p.text, 0, p.start) != -1:
            run.append(p)
            continue
        if run and run[-1].end - run[0].start >= REPEATED_RUN_CHARS and sum(len(q.text) >= 40 for q in run) >= 2:
            for q in run:
                q.set(BOILERPLATE, 0.85, "repeated-in-document")
        run = []


def glued_lines(text: str, units: list[Unit], pack: Pack) -> list[Cand]:
    """Boilerplate inside lines that are paragraphs glued together by a scraper (a long line that holds half the
    text or more, or where a sentence runs into the next with no space): each such line is cut into sentence-like
    pieces (:func:`~annotator.detect.segments.units.pieces`), and the line rules, the repetition in the document
    and the photo credits are applied to the pieces as if they were lines; title-like pieces after the last
    sentence of the text are the site's footer (related headlines).  Only the pieces are marked, never the rest
    of the line."""
    out: list[Cand] = []
    last = max((i for i, u in enumerate(units) if u.label is None), default=-1)
    for i, u in enumerate(units):
        if (u.label is not None or len(u.text) < GLUED_MIN_CHARS
                or not (len(u.text) >= 0.5 * len(text) or _SENTENCE_GLUE.search(u.text))):
            continue
        parts = pieces(text, u)
        if len(parts) < 2:
            continue
        line_rules(parts, pack)
        _repeated_run(text, parts)
        captions(parts, pack)
        if i == last:
            for p in reversed(parts):
                if p.label is not None:
                    continue
                if not _title_like(p, pack) or p.ends_sentence:
                    break
                p.set(BOILERPLATE, 0.6, "footer")
        out += [Cand(p.start, p.end, p.label, p.score, p.rule) for p in parts if p.label in (BOILERPLATE, CAPTION)]
    return out


# Rules that may take a quoted statement with its speaker: text the document or its source repeats, which the
# gold treats as boilerplate however much speech it holds (a scraper that stored the closing paragraphs twice).
_MAY_HOLD_SPEECH = frozenset({"repeated-in-document", "repeated-in-source"})


@cache
def _speech_pattern(lang: str) -> regex.Pattern:
    """A direct quote followed by a speech verb and a speaker: '"…," kata Hendra', '"…," ujarnya'."""
    cues = sorted(lexicon(lang).after_cues, key=len, reverse=True)
    alternatives = "|".join(regex.escape(c) for c in cues)
    return regex.compile(rf"[\"“”][^\"“”\n]{{12,}}?[,.!?]?[\"”]\s*,?\s*(?:{alternatives})(?:nya)?\b", regex.IGNORECASE)


def speech_in_boilerplate(text: str, cand: Cand, lang: str) -> bool:
    """A BOILERPLATE candidate that holds a quote with its speech verb: body text, never boilerplate."""
    if cand.label != BOILERPLATE or cand.rule in _MAY_HOLD_SPEECH or cand.end - cand.start < 40:
        return False
    return _speech_pattern(lang).search(text, cand.start, cand.end) is not None
