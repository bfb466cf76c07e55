"""Reading the attribution next to a quote: the cue and the speaker mention.

Patterns (token level, within the quote's paragraph):

- after the quote: ``"…," kata Gati`` / ``ujarnya`` (the enclitic -nya names the
  speaker implicitly) / ``ujar dia`` / ``tutur psikolog … ini`` (a role) /
  ``"…," said Smith`` / ``"…," Smith said`` / ``"…," the senator added`` /
  ``"…," according to Smith`` / ``"…" — Smith``;
- before it: ``Gati mengatakan, "…"`` / ``Kata dia, "…"`` / ``Smith said: "…"`` /
  ``Smith told reporters: "…"`` / ``Caddell continued:`` + quote in the next paragraph,
  and a cue earlier in the same sentence for a partial quote
  (``He said the plan would "destroy jobs"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.labels import ORG, PERSON
from annotator.core.tokenize import Token
from annotator.detect.entities.gazetteer import word_list
from annotator.detect.quotes.lexicon import Lexicon
from annotator.detect.quotes.marks import DOUBLE_MARKS, SINGLE_MARKS
from annotator.detect.quotes.names import Mention, NameBook
from annotator.detect.quotes.runs import is_cap

_DASHES = {"—", "–", "―", "-", "--", "~"}
_SENTENCE_END = {".", "!", "?"}
_QUOTE_MARKS = set(DOUBLE_MARKS + SINGLE_MARKS)
_ROLE_MAX = 15
_APPOSITION_JOINS = {",", "(", ")", ".", "-", "/", "&"}
_INDEFINITE = {"seorang", "sejumlah", "beberapa", "salah", "para"}
_PRONOUNS_EXCLUDED = {"saya", "kami", "we", "i"}  # not a reporter's way to name a speaker
_GROUPS = {"keduanya", "ketiganya", "mereka"}  # several speakers at once: no one speaker
_SEVERAL = {"para", "sejumlah", "beberapa"}  # before a role of several people: "kata para peneliti"
_NAMED = {"bernama", "berinisial"}  # a role, then the name: "seorang sopir angkot bernama Udin"
# "…," demikian pernyataan resmi GSF / demikian keterangan tertulis dari Kementerian X
_STATEMENT = {"pernyataan", "keterangan", "bunyi", "isi", "pesan", "rilis", "siaran", "pers", "pengumuman",
              "unggahan", "tulisan", "cuitan", "surat", "resmi", "tertulis", "dari"}
# a sentence after a quote that says who said it: "Hal itu ditegaskan …", "Pernyataan tersebut disampaikan …"
_BACK_REFERENCE = {"hal", "pernyataan", "ucapan", "penegasan", "penjelasan", "keterangan", "demikian", "itu", "begitu"}
# words that end a role phrase without a name ("kata seorang pengemudi ojek daring di lokasi")
_ROLE_STOP = {"yang", "di", "ke", "dari", "saat", "ketika", "kepada", "pada", "dalam", "usai", "seusai", "setelah",
              "sesudah", "sebelum", "selepas", "sambil", "seraya", "sembari", "dengan", "sebagai", "dan", "atau",
              "tadi", "kemarin", "juga", "pun", "lagi", "sendiri", "lain", "lainnya", "asal", "bernama",
              "berinisial", "berusia", "kala", "menjelang", "akan", "sudah", "telah", "tak", "tidak", "soal",
              "terkait", "tentang", "mengenai", "bahwa", "pagi", "siang", "sore", "malam", "kepadaku", "untuk"}


@dataclass
class Attribution:
    cue: tuple[int, int] | None  # token range, inclusive
    speaker: Mention | None  # None: the speaker is implicit (-nya, or no mention) and comes from the context
    end: int  # first token after the attribution ("after" forms) or the cue's first token ("before" forms)
    where: str  # after | before | dash
    gap: int = 0  # words between a before-cue and the quote (a partial quote)


class Attributor:
    def __init__(self, tokens: Sequence[Token], book: NameBook, lex: Lexicon, para: list[int]):
        self.tokens = tokens
        self.book = book
        self.lex = lex
        self.para = para  # paragraph number of each token

    # ---- helpers ----------------------------------------------------------------------------
    def low(self, i: int) -> str:
        return self.tokens[i].text.lower() if 0 <= i < len(self.tokens) else ""

    def same_para(self, a: int, b: int) -> bool:
        n = len(self.tokens)
        return 0 <= a < n and 0 <= b < n and self.para[a] == self.para[b]

    def abbreviation(self, i: int) -> bool:
        """Token ``i`` is the dot of an abbreviation or initial ("Rep.", "E.", "Mr.")."""
        if self.tokens[i].text != "." or i == 0 or self.tokens[i - 1].ws:
            return False
        # "R-Ky.,"
        return self.book.runs.abbreviated(i - 1) or (i + 1 < len(self.tokens) and self.tokens[i + 1].text == ",")

    def is_pronoun(self, i: int) -> bool:
        word = self.low(i)
        return word in self.lex.pronouns and word not in _PRONOUNS_EXCLUDED

    # ---- speaker mentions -------------------------------------------------------------------
    def speaker_at(self, i: int, anchor: int) -> Mention | None:
        """A speaker mention starting at token ``i`` (after a cue); a name joined to another by "dan" is several
        people at once, no one speaker ("jawab Aryo dan Clara")."""
        found = self._speaker_at(i, anchor)
        if found is None or found.kind not in ("entity", "name"):
            return found
        k = found.last + 1
        if k + 1 >= len(self.tokens) or self.low(k) not in ("dan", "and", "&") or not self.same_para(k + 1, anchor):
            return found
        other = self.book.entity_start.get(k + 1)
        run_end = self.book.runs.run_from(k + 1)
        if (other is not None and other.label == PERSON
                or other is None and run_end is not None and self.book.clean(k + 1, run_end) is not None):
            return Mention(found.first, k + 1, "group", self.book.runs.span_text(found.first, k + 1))
        return found

    def _speaker_at(self, i: int, anchor: int) -> Mention | None:
        if not self.same_para(i, anchor):
            return None
        if self.low(i) in _GROUPS:  # "kata keduanya": several people at once
            return Mention(i, i, "group", self.tokens[i].text)
        if self.is_pronoun(i):
            return Mention(i, i, "pronoun", self.tokens[i].text)
        handle = self.handle_at(i, anchor)  # "tulis @someone"
        if handle is not None:
            return handle
        found: Mention | None = None
        ent = self.book.entity_start.get(i)
        if ent is not None:
            found = self._entity(i, self.book.entity_end_index(ent), ent)
        else:
            last = self.book.runs.run_from(i)
            if last is not None:
                cleaned = self.book.clean(i, last)
                if cleaned is not None:
                    found = self._named(*cleaned)
        if found is None or found.kind == "name" or (found.entity is not None and found.entity.label != PERSON):
            role = self.role_at(i, anchor)  # "pungkas Kepala Badan … DKI Jakarta itu": a role that refers back
            if role is not None and (found is None or role.kind == "role" and role.last > found.last):
                found = role
        if found is None or found.kind in ("role", "anon"):
            named = self._role_then_name(i, anchor)  # "kata anggota komite pengarah GSF, Saif Abukeshek"
            if named is not None:
                return named
        if found is None and is_cap(self.tokens[i]):
            named = self._described_name(i, anchor)  # "New York attorney Eric Levine said"
            if named is not None:
                return named
        if found is not None and found.kind in ("entity", "name"):
            ranked = self._office_then_ranked_name(i, found, anchor)
            if ranked is not None:
                return ranked
        if found is None or found.kind in ("entity", "name"):
            if found is not None and found.entity is not None and found.entity.label == PERSON and (
                    found.last + 1 >= len(self.tokens) or self.tokens[found.last + 1].text == ","
                    or self.tokens[found.last + 1].text == "(" and self.tokens[found.first].text not in self.book.titles
                    or self.tokens[found.last + 1].text != "(" and not self.tokens[found.last + 1].text[0].isupper()):
                return found  # "ucap Monica Vionna, Manajer Pemasaran Shopee Indonesia": the name comes first
            return self._appositive(i, anchor, found)
        return found

    def _described_name(self, i: int, anchor: int) -> Mention | None:
        """A name after a capitalised qualifier that is none and a role in lower case: "New York attorney Eric
        Levine", "Democratic strategist Simon Rosenberg", "Republican party boss Reince Priebus"."""
        toks = self.tokens
        run_end = self.book.runs.run_from(i)
        if run_end is None:
            return None
        k = run_end + 1
        while k < min(run_end + 4, len(toks)) and self.same_para(k, anchor) and toks[k].text.isalpha() and \
                toks[k].text.islower() and not self.lex.after_cue(toks[k].text)[0] and toks[k].text not in (
                    "of", "at", "for", "in", "from", "and", "dari", "di", "dan", "untuk"):
            k += 1
        if k == run_end + 1 or not self.same_para(k, anchor):
            return None
        last = self.book.runs.run_from(k)
        cleaned = self.book.clean(k, last) if last is not None else None
        if cleaned is None or cleaned[1] == cleaned[0]:
            return None
        return self._named(*cleaned)

    def _office_then_ranked_name(self, i: int, found: Mention, anchor: int) -> Mention | None:
        """An office and its unit, a comma, then a rank or title and the name: in "kata Kapolsek Kebayoran Lama,
        Kompol Widya Agustiono" the speaker is Widya Agustiono, not the district."""
        toks = self.tokens
        k = found.last + 1
        if toks[i].text not in self.book.titles or found.first == i or k + 1 >= len(toks) or toks[k].text != ",":
            return None
        if not self.same_para(k + 1, anchor):
            return None
        run_end = self.book.runs.run_from(k + 1)
        cleaned = self.book.clean(k + 1, run_end) if run_end is not None else None
        if cleaned is None:
            return None
        if cleaned[0] > k + 1 and toks[k + 1].text in self.book.titles:
            return self._named(*cleaned)  # a rank or title, then the name
        if found.entity is None and cleaned[1] > cleaned[0]:
            return self._named(*cleaned)  # "ujar Direktur Kemahasiswaan Unpad, Inu Isnaeni Sidiq"
        return None

    def _role_then_name(self, i: int, anchor: int) -> Mention | None:
        """A person named after a role in lower case and a comma, within the attribution's clause."""
        toks = self.tokens
        for k in range(i, min(i + 12, len(toks) - 1)):
            text = toks[k].text
            if not self.same_para(k, anchor) or text in _QUOTE_MARKS or text in _SENTENCE_END:
                return None
            if text == ",":
                person = next((p for p in self.book.persons if p[0] == k + 1), None)
                if person is not None:
                    return self._entity(person[0], person[1], person[2])
                return None
            if not (text[0].isalnum() or text in ("(", ")", "-", "/")):
                return None
        return None

    def _person_ends(self, i: int) -> bool:
        span = self.book.entity_end.get(i)
        return span is not None and span.label == PERSON

    def _appositive(self, i: int, anchor: int, found: Mention | None) -> Mention | None:
        """The person a long apposition after a cue ends with: in ``kata Kepala Biro Komunikasi dan Informasi
        Publik Kementerian Perhubungan, Adita Irawati`` the speaker is the last person named, not the
        organisation at its start."""
        toks = self.tokens
        stop = i
        while stop < len(toks) and stop - i < 30 and self.same_para(stop, anchor):
            text = toks[stop].text
            if text in _QUOTE_MARKS or (text in _SENTENCE_END and not self.abbreviation(stop)):
                break
            if not (text[0].isupper() or text[0].isdigit() or text in _APPOSITION_JOINS
                    or (text == "dan" and not self._person_ends(stop - 1))
                    or (text in ("of", "for") and stop > i and toks[stop - 1].text[0].isupper()
                        and stop + 1 < len(toks) and toks[stop + 1].text[0].isupper())):  # "Deputy Mayor for …"
                break
            stop += 1
        persons = [(first, last, span) for first, last, span in self.book.persons if i <= first and last < stop]
        if persons:
            first, last, span = persons[-1]
            if found is not None and found.entity is span:
                return found
            cleaned = self.book.clean(first, last)
            return self._named(*cleaned) if cleaned is not None else self._entity(first, last, span)
        if ((found is None and any(self.low(k) == "dan" for k in range(i, stop))
             or found is not None and found.entity is None and self.low(found.last + 1) == "dan"
             and stop - 1 > found.last + 1) and stop - 1 > i and is_cap(toks[stop - 1])):
            # "Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia": the portfolio went on past "dan"
            tail_first = self.book.runs.run_to(stop - 1)
            cleaned = self.book.clean(tail_first, stop - 1) if tail_first is not None else None
            if cleaned is not None:
                return self._named(*cleaned)
        if (found is not None and found.entity is None and stop - 1 > found.last + 1
                and all(toks[k].text in self.book.titles for k in range(found.first, found.last + 1))):
            # only titles, then the office goes on to the name: "said Deputy Mayor for Operations Linda Okafor"
            tail_first = self.book.runs.run_to(stop - 1)
            cleaned = self.book.clean(tail_first, stop - 1) if tail_first is not None else None
            if cleaned is not None and cleaned[1] > cleaned[0] and cleaned[0] > found.last:
                given = word_list("person-given-names-en.txt", "person-given-names.txt")
                first = next((k for k in range(cleaned[0], cleaned[1]) if toks[k].text in given), cleaned[0])
                return self._named(first, cleaned[1])  # "… for Operations [Linda Okafor]"
        if found is not None and (found.entity is None and found.first not in self.book.in_organisation
                                  or found.entity is not None and found.entity.label == PERSON):
            return found
        if found is not None and found.entity is not None and toks[i].text in self.book.titles:
            # an office with the name at its end, all taken for an organisation ("kata Kepala [Dinas Pendidikan
            # Provinsi Jawa Tengah Sadimin]"): the name after the office's words
            run_end = self.book.runs.run_from(i, limit=12)
            cleaned = self.book.clean(i, run_end) if run_end is not None else None
            if cleaned is not None and cleaned[0] > i and cleaned[1] == found.last:
                return self._named(*cleaned)
        # no PERSON entity: a name run after the apposition's comma ("Ketua PSI Aceh, Zulkarnaini atau …"; the
        # "Aceh" of "PSI Aceh" is no person)
        for k in range(stop - 1, i, -1):
            if toks[k].text != ",":
                continue
            run_end = self.book.runs.run_from(k + 1)
            if run_end is not None and run_end < stop and self.book.entity_start.get(k + 1) is None:
                cleaned = self.book.clean(k + 1, run_end)
                if cleaned is not None:
                    return self._named(*cleaned)
            break
        return found

    def _named(self, first: int, last: int) -> Mention:
        ent = self.book.entity_exactly(first, last)
        if ent is not None:
            return self._entity(first, last, ent)
        return Mention(first, last, "name", self.book.runs.span_text(first, last))

    def _entity(self, first: int, last: int, ent) -> Mention:
        """An entity span as a mention, named by its full form when it is a short one ("Gati")."""
        return Mention(first, last, "entity", self.book.canonical.entity_name(ent, first, last), ent)

    def anonymous_at(self, i: int, anchor: int) -> Mention | None:
        """A speaker with no name, who is the speaker as written: ``kata seorang warga``, ``ujar salah satu
        netizen``, ``ujar salah satu orator`` (any role after "seorang" or "salah satu": someone never named),
        ``kata netizen lainnya``, ``ujar moderator``; a handle: ``tulis akun @someone``."""
        toks = self.tokens
        k = i
        if self.low(k) == "akun":  # "tulis akun X @someone", "kata akun @someone": the handle
            return next((m for h in range(k + 1, min(k + 6, len(toks) - 1))
                         if (m := self.handle_at(h, anchor)) is not None), None)
        if (self.low(k) in _SEVERAL and k + 1 < len(toks) and self.same_para(k + 1, anchor)
                and toks[k + 1].text.islower() and self._role_word(k + 1)):
            last = k + 1  # "kata para peneliti": several people at once, no one speaker
            while last - k < 3 and self.same_para(last + 1, anchor) and self._role_word(last + 1):
                last += 1
            return Mention(i, last, "group", self.book.runs.span_text(i, last))
        indefinite = False  # "seorang", "salah satu": one person the text does not name
        if self.low(k) in ("salah",) and self.low(k + 1) in ("satu", "seorang"):
            k, indefinite = k + 2, True
        elif self.low(k) in _INDEFINITE:
            k, indefinite = k + 1, self.low(k) == "seorang"
        elif self.low(k) not in self.lex.anonymous_roles:
            return None
        if k >= len(toks) or not self.same_para(k, anchor) or not (self.low(k) in self.lex.anonymous_roles or (
                indefinite and toks[k].text.islower() and self._role_word(k))):
            return None
        last = k
        if self.low(k + 1) in ("lain", "lainnya") and self.same_para(k + 1, anchor):
            last = k + 1
        else:  # the rest of the role phrase: "seorang pengemudi ojek daring", "petugas SPBU"
            while last - k < 3 and self.same_para(last + 1, anchor) and self._role_word(last + 1):
                last += 1
        nxt = toks[last + 1].text if last + 1 < len(toks) else ""
        if nxt and (is_cap(toks[last + 1]) or nxt.lower() in self.lex.demonstratives):
            return None  # "warga Desa X", "warga itu": a name or a person met before
        if nxt.lower() in _NAMED and self.same_para(last + 2, anchor):  # "seorang sopir angkot bernama Udin"
            run_end = self.book.runs.run_from(last + 2)
            cleaned = self.book.clean(last + 2, run_end) if run_end is not None else None
            if cleaned is not None:
                return self._named(*cleaned)
        return Mention(i, last, "anon", self.book.runs.span_text(i, last))

    def handle_at(self, h: int, anchor: int) -> Mention | None:
        """A social-media handle starting at token ``h`` ("@warga.jkt123"), as a speaker as written."""
        toks = self.tokens
        if not (h + 1 < len(toks) and toks[h].text == "@" and not toks[h].ws and self.same_para(h + 1, anchor)):
            return None
        end = h + 1
        while end + 1 < len(toks) and not toks[end].ws:  # "@BarnsleyLass" (two tokens), "@warga.jkt123"
            if toks[end + 1].text[0].isalnum():
                end += 1
            elif (toks[end + 1].text in (".", "_") and end + 2 < len(toks) and not toks[end + 1].ws
                  and toks[end + 2].text[0].isalnum()):
                end += 2
            else:
                break
        return Mention(h, end, "anon", self.book.runs.span_text(h, end))

    def _role_word(self, k: int) -> bool:
        """Token ``k`` goes on a role phrase without a name: a lower-case noun or an acronym, no function word,
        time word or verb (active, or passive "ditemui", "terpisah")."""
        text = self.tokens[k].text
        if text.isupper() and len(text) >= 2 and text.isalpha():
            return True
        word = text.lower()
        return (text.isalpha() and text.islower() and word not in _ROLE_STOP and word not in self.lex.demonstratives
                and not self.lex.is_verb(word) and not self.lex.after_cue(word)[0]
                and not (len(word) >= 6 and word.startswith(("di", "ter"))))

    def role_at(self, i: int, anchor: int) -> Mention | None:
        """A role instead of a name: "Ketum PKB ini", "psikolog … ini", "the senator"."""
        toks = self.tokens
        word = self.low(i)
        if not word or not toks[i].text[0].isalpha():
            return None
        anonymous = self.anonymous_at(i, anchor)
        if anonymous is not None:
            return anonymous
        if self.lex.demonstratives:
            for k in range(i, min(i + _ROLE_MAX, len(toks))):
                if not self.same_para(k, anchor) or toks[k].text in _SENTENCE_END or toks[k].text in _QUOTE_MARKS:
                    break
                if toks[k].text == "," and k > i:
                    break
                if self.low(k) in self.lex.demonstratives and k > i:
                    return Mention(i, k, "role", self.book.runs.span_text(i, k))
        if word in ("the", "a", "an", "his", "her", "their", "one", "another", "its", "my", "our", "sang"):
            last = i
            for k in range(i + 1, min(i + 7, len(toks))):
                w = self.low(k)
                if not toks[k].text[0].isalnum() or w in ("who", "in", "on", "at", "during", "after", "before", "to",
                                                          "that", "and", "kepada", "dalam", "di", "saat", "ketika"):
                    break
                if w in self.lex.after_cues:
                    break
                last = k
            if last > i:
                return Mention(i, last, "role", self.book.runs.span_text(i, last))
        return None

    def speaker_ending(self, i: int, anchor: int) -> Mention | None:
        """A speaker mention ending at token ``i`` (before a cue): "Gati", "Dia", "The senator"."""
        if not self.same_para(i, anchor) or i < 0:
            return None
        if self.is_pronoun(i):
            return Mention(i, i, "pronoun", self.tokens[i].text)
        ent = self.book.entity_end.get(i)
        if ent is not None:
            return self._entity(self.book.entity_start_index(ent), i, ent)
        first = self.book.runs.run_to(i)
        if first is not None:
            cleaned = self.book.clean(first, i)
            if cleaned is not None:
                return self._named(*cleaned)
        if self.low(i) in self.lex.demonstratives:  # "Politikus Partai Gerindra ini mengaku"
            start = i
            while start - 1 >= 0 and self.same_para(start - 1, i) and i - start < _ROLE_MAX:
                prev = self.tokens[start - 1].text
                if prev in _SENTENCE_END or prev in _QUOTE_MARKS or prev == ",":
                    break
                start -= 1
            if start < i:
                return Mention(start, i, "role", self.book.runs.span_text(start, i))
        for k in range(i, max(i - 7, -1), -1):  # "the senator said", "a campaign spokesman said"
            w = self.low(k)
            if not self.same_para(k, anchor) or not self.tokens[k].text[0].isalnum():
                break
            if w in ("the", "a", "an", "his", "her", "their", "another", "one"):
                if k < i:
                    return Mention(k, i, "role", self.book.runs.span_text(k, i))
                break
        return None

    # ---- after the quote --------------------------------------------------------------------
    def after(self, j: int, anchor: int) -> Attribution | None:
        """The attribution starting at token ``j``, the first token after a closing mark."""
        dash = False
        while self.same_para(j, anchor) and self.tokens[j].text in {",", *_DASHES}:
            dash = dash or self.tokens[j].text in _DASHES
            j += 1
        if self.low(j) in _BACK_REFERENCE and is_cap(self.tokens[j]):
            found = self._back_reference(j, anchor)
            if found is not None:
                return found
        if not self.same_para(j, anchor):
            return None
        word = self.low(j)
        is_cue, nya = self.lex.after_cue(word)
        if is_cue and (self.tokens[j].text[0].islower() or j == 0 or self.tokens[j - 1].text in _QUOTE_MARKS
                       or self.tokens[j - 1].text == ","):
            if nya:
                return Attribution((j, j), None, j + 1, "after")
            speaker = self.speaker_at(j + 1, anchor)
            end = speaker.last + 1 if speaker is not None else j + 1
            return Attribution((j, j), speaker, end, "after")
        if word == "demikian":  # '"…," demikian pernyataan GSF' / 'demikian kata Budi' / 'demikian disampaikan X'
            statement = self._statement(j + 1, anchor)
            if statement is not None:
                return statement
        if word == "according" and self.low(j + 1) == "to":
            speaker = self.speaker_at(j + 2, anchor)
            if speaker is not None:
                return Attribution((j, j + 1), speaker, speaker.last + 1, "after")
        # speaker first, then the cue: '"…," Smith said' / '"…," he added' / '"…," Sen. Mitch McConnell, R-Ky., said'
        for cue in range(j + 1, min(j + 15, len(self.tokens))):
            text = self.tokens[cue].text
            if (not self.same_para(cue, anchor) or text in _QUOTE_MARKS
                    or (text in _SENTENCE_END and not self.abbreviation(cue))):
                break
            if self.lex.after_cue(self.low(cue))[0] and text[0].islower():
                speaker = self.speaker_at(j, anchor)
                if speaker is not None and speaker.last < cue:
                    return Attribution((cue, cue), speaker, cue + 1, "after")
                break
        if dash and is_cap(self.tokens[j]):
            speaker = self.speaker_at(j, anchor)
            if speaker is not None and speaker.kind in ("name", "entity"):
                return Attribution(None, speaker, speaker.last + 1, "dash")
        return None

    def _back_reference(self, j: int, anchor: int) -> Attribution | None:
        """A sentence after the quote, or opening the next paragraph, that names who said it: '"…." Hal itu
        ditegaskan Menteri ESDM Bahlil Lahadalia di …', 'Pernyataan tersebut disampaikan oleh …'."""
        if not (self.same_para(j, anchor) or (0 <= anchor < j < len(self.tokens)
                                              and self.para[j] == self.para[anchor] + 1
                                              and self.para[j - 1] != self.para[j])):
            return None
        k = j
        while k < j + 4 and (self.low(k) in _BACK_REFERENCE or self.low(k) in self.lex.demonstratives
                             or self.low(k) in ("pun", "juga")):
            k += 1
        if k == j or self.low(k) not in self.lex.passive_cues:
            return None
        cue = k
        k += 1 + (self.low(k + 1) == "oleh")
        speaker = self.speaker_at(k, k)
        if speaker is None or speaker.kind not in ("entity", "name"):
            return None
        return Attribution((cue, cue), speaker, speaker.last + 1, "after")

    def _statement(self, j: int, anchor: int) -> Attribution | None:
        """After "demikian": a cue or the words of a statement, then who made it (a person, or an organisation
        whose statement it is: "pernyataan GSF")."""
        k, nya = j, False
        while k < j + 4 and self.same_para(k, anchor):
            word = self.low(k)
            if word in _STATEMENT or word in self.lex.passive_cues:
                k += 1
            elif word.endswith("nya") and (word[:-3] in _STATEMENT or self.lex.after_cue(word)[0]):
                k, nya = k + 1, True  # "demikian pernyataannya", "demikian katanya"
                break
            elif self.lex.after_cue(word)[0]:
                k += 1
            else:
                break
        if k == j:
            return None
        if nya:
            return Attribution((j - 1, k - 1), None, k, "after")
        speaker = self.speaker_at(k, anchor)
        if speaker is None and self.same_para(k, anchor) and self.tokens[k].text.isupper() and len(
                self.tokens[k].text) >= 2:
            speaker = Mention(k, k, "organisation", self.tokens[k].text)  # an acronym: "pernyataan GSF"
        elif speaker is not None and speaker.entity is not None and speaker.entity.label == ORG:
            speaker = Mention(speaker.first, speaker.last, "organisation", self.book.runs.span_text(speaker.first,
                                                                                            speaker.last),
                              speaker.entity)
        if speaker is None:
            return None
        return Attribution((j - 1, k - 1), speaker, speaker.last + 1, "after")

    # ---- before the quote -------------------------------------------------------------------
    def before(self, o: int) -> Attribution | None:
        """The attribution ending just before the opening mark at token ``o``."""
        p = o - 1
        if p < 0:
            return None
        if not self.same_para(p, o) and self.tokens[p].text != ":":
            return None
        while p >= 0 and self.tokens[p].text in {",", ":", *_DASHES}:
            p -= 1
        words = 0
        for c in range(p, max(p - 26, -1), -1):
            text = self.tokens[c].text
            if text in _SENTENCE_END or text in _QUOTE_MARKS or (not self.same_para(c, p)):
                return None
            word = text.lower()
            if word in self.lex.before_cues or word in self.lex.reported_cues:
                if text[0].isupper() and c > 0 and self.tokens[c - 1].text not in _SENTENCE_END:
                    return None
                speaker = self._subject(c - 1, c)
                return Attribution((c, c), speaker, c, "before", words)
            is_cue, nya = self.lex.after_cue(word)
            if is_cue and (text[0].isupper() or self.tokens[c - 1].text == ","):  # "Kata dia, …" / ", katanya, …"
                speaker = None if nya else self.speaker_at(c + 1, c)
                if speaker is not None and speaker.first <= p or nya:
                    return Attribution((c, c), speaker, c, "before", 0)
            if word in self.lex.reported_prefix:  # "Menurut dia, …", "According to Smith: …"
                k = c + 2 if word == "according" and self.low(c + 1) == "to" else c + 1
                speaker = self.speaker_at(k, c)
                if speaker is not None and speaker.last <= p:
                    return Attribution((c, k - 1), speaker, c, "before", 0)
            if text[0].isalnum():
                words += 1
        return None

    def _subject(self, i: int, anchor: int) -> Mention | None:
        """The subject right before a cue, past particles and an appositive comma."""
        while i >= 0 and self.same_para(i, anchor) and (self.low(i) in self.lex.subject_particles
                                                        or self.tokens[i].text == ","):
            i -= 1
        if i < 0 or not self.same_para(i, anchor):
            return None
        return self.speaker_ending(i, anchor)

    def inline_cue(self, first: int, last: int, anchor: int) -> tuple[int, Attribution] | None:
        """In a quote whose closing mark was lost, an attribution inside it
        (``… meningkat, tutur Divani.``): the comma's token and the attribution."""
        for k in range(last - 1, first, -1):
            if self.tokens[k].text != ",":
                continue
            found = self.after(k + 1, anchor)
            if found is not None and found.cue is not None and found.cue[0] == k + 1:
                rest = [t.text for t in self.tokens[found.end : last + 1]]
                if len(rest) <= 25 and not any(t in _QUOTE_MARKS for t in rest):
                    return k, found
        return None
