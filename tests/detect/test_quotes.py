"""The quote detector on real Indonesian snippets, each attribution pattern, and English."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.core.model import Document, Span
from annotator.detect.base import Context
from annotator.detect.pipeline import available_detectors
from annotator.detect.quotes import QuoteDetector
from annotator.detect.quotes.lexicon import lexicon

DATA = Path(__file__).resolve().parents[1] / "data" / "quotes"


@dataclass
class Q:
    text: str
    speaker: str | None
    direct: bool
    cue: str | None
    mention: str | None  # text of the SPEAKER relation's child
    mention_label: str | None


def quotes(text: str, lang: str = "id", previous: list[Span] | None = None) -> list[Q]:
    found = QuoteDetector().detect(Document(text=text), Context(lang=lang, previous=previous or []))
    by_id = {s.id: s for s in (*found.spans, *(previous or []))}
    rel = {(r.label, r.head): by_id[r.child] for r in found.relations}
    out = []
    for s in found.spans:
        if s.label != "QUOTE":
            continue
        cue, who = rel.get(("CUE", s.id)), rel.get(("SPEAKER", s.id))
        out.append(Q(text[s.start : s.end], s.attrs.get("speaker"), s.attrs["direct"],
                     text[cue.start : cue.end] if cue else None, text[who.start : who.end] if who else None,
                     who.label if who else None))
    return out


def direct(text: str, lang: str = "id", previous: list[Span] | None = None) -> list[Q]:
    return [q for q in quotes(text, lang, previous) if q.direct]


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# ---- the seed article -----------------------------------------------------------------------------------
def test_seed_article_has_its_three_quotes_with_full_speaker_names():
    found = direct(read("seed-mediaindonesia.txt"))
    assert [q.speaker for q in found] == ["Gati Wibawaningsih", "Mira Tayyiba", "Monica Vionna"]
    assert [q.cue for q in found] == ["tutur", "kata", "ucap"]
    assert found[0].text.startswith("Kami sudah menjalin") and found[0].text.endswith("sudah dapat tercapai")
    assert found[2].text == "Tahun lalu Kampus Shopee diikuti 30 ribu pengusaha lokal dari 13 kota"


def test_seed_article_nickname_is_not_a_quote():
    text = read("seed-mediaindonesia.txt")
    found = QuoteDetector().detect(Document(text=text), Context(lang="id"))
    singa = text.index("Negeri Singa")
    assert not any(s.start <= singa < s.end for s in found.spans)


def test_seed_article_reported_speech_is_indirect():
    reported = [q for q in quotes(read("seed-mediaindonesia.txt")) if not q.direct]
    gati = next(q for q in reported if q.cue == "mengungkapkan")
    assert gati.text.startswith("pemerintah terus mendorong pelaku IKM")
    assert gati.speaker == "Gati Wibawaningsih"


# ---- Indonesian attribution patterns --------------------------------------------------------------------
AFTER_CUES = ["kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "papar", "tegas", "terang", "tambah", "tandas",
              "imbuh", "lanjut", "pungkas", "tukas", "sambung", "jawab"]


@pytest.mark.parametrize("cue", AFTER_CUES)
def test_after_cue_with_name(cue):
    text = f'Rapat itu berlangsung lama. "Kami siap bekerja keras tahun ini," {cue} Gati di Jakarta.'
    [q] = direct(text)
    assert (q.text, q.cue, q.speaker, q.mention) == ("Kami siap bekerja keras tahun ini", cue, "Gati", "Gati")


@pytest.mark.parametrize("cue", AFTER_CUES)
def test_after_cue_nya_form_resolves_to_the_subject(cue):
    text = ("Direktur Jenderal IKM Gati Wibawaningsih menghadiri peluncuran program itu.\n"
            f'"Kami siap bekerja keras tahun ini," {cue}nya.')
    [q] = direct(text)
    assert q.cue == f"{cue}nya"
    assert q.speaker == "Gati Wibawaningsih"


@pytest.mark.parametrize("pronoun", ["dia", "ia", "beliau"])
def test_pronoun_speaker_is_a_speaker_span_and_resolves(pronoun):
    text = ("Menteri Perindustrian Airlangga Hartarto meninjau pabrik di Bekasi.\n"
            f'"Industri kita harus tumbuh lebih cepat," kata {pronoun}.')
    [q] = direct(text)
    assert (q.mention, q.mention_label, q.speaker) == (pronoun, "SPEAKER", "Airlangga Hartarto")


def test_role_speaker_resolves_to_the_person_meant():
    text = ("Muhaimin Iskandar menghadiri acara itu di Surabaya.\n"
            '"Kami akan terus mendukung program ini," kata Ketum PKB ini kepada wartawan.')
    [q] = direct(text)
    assert (q.mention, q.mention_label, q.speaker) == ("Ketum PKB ini", "SPEAKER", "Muhaimin Iskandar")


def test_real_role_after_cue():
    found = direct(read("detik-puan-role.txt"))
    role = next(q for q in found if q.text.startswith("Saya minta maaf"))
    assert role.mention == "perempuan pertama yang menjabat sebagai Menko PMK itu"
    assert role.speaker == "Puan Maharani"
    assert all(q.speaker == "Puan Maharani" for q in found)


@pytest.mark.parametrize("verb", ["mengatakan", "berkata", "menegaskan", "menjelaskan"])
def test_cue_before_the_quote(verb):
    text = f'Gati Wibawaningsih {verb}, "Kami siap bekerja keras tahun ini."'
    [q] = direct(text)
    assert (q.cue, q.speaker) == (verb, "Gati Wibawaningsih")


def test_kata_dia_before_the_quote():
    text = 'Gati Wibawaningsih hadir di Jakarta. Kata dia, "Kami siap bekerja keras tahun ini."'
    [q] = direct(text)
    assert (q.cue, q.mention, q.speaker) == ("Kata", "dia", "Gati Wibawaningsih")


def test_short_name_resolves_to_the_full_name_used_earlier():
    text = ("Kepala BPS Ateng Hartono hadir dalam rapat itu.\n"
            '"Data kami selalu diperbarui setiap bulan," ujar Ateng.')
    [q] = direct(text)
    assert q.speaker == "Ateng Hartono"


def test_title_before_name_is_left_out():
    found = direct(read("detik-gus-ipul-title-name.txt"))
    assert found[0].speaker == "Saifullah Yusuf"
    # "jelasnya" after "Gus Ipul mengatakan …": the alias the text declared ("Saifullah Yusuf (Gus Ipul)")
    assert found[1].speaker == "Saifullah Yusuf"


def test_real_snippet_dia_nya_and_quote_without_cue():
    found = direct(read("tempo-dia-nya-cueless.txt"))
    by_start = {q.text.split()[0]: q for q in found}
    assert by_start["Ada"].speaker == "Tito" and by_start["Ada"].mention == "dia"  # the excerpt names him once
    assert by_start["Sudah"].speaker == "Muzakir Manaf"  # "Mualem, sapaan akrab Muzakir Manaf": the canonical name
    assert by_start["Apa"].cue == "ujarnya" and by_start["Apa"].speaker == "Muzakir Manaf"
    assert by_start["Agaknya"].speaker == "Muzakir Manaf"  # "dia menegaskan" goes back past "Jusuf Kalla (JK),"


def test_continuation_in_the_same_paragraph_keeps_speaker_and_cue():
    text = '"Kami siap," kata Gati, "dan kami akan mulai besok pagi."'
    found = direct(text)
    assert [q.text for q in found] == ["Kami siap", "dan kami akan mulai besok pagi."]
    assert [q.speaker for q in found] == ["Gati", "Gati"]
    assert [q.cue for q in found] == ["kata", "kata"]


# ---- marks: paragraphs, missing and mismatched closes, nesting ------------------------------------------
def test_quote_continuing_over_paragraphs():
    text = ("Gati Wibawaningsih berbicara di depan peserta.\n\n"
            '"Kami sudah bekerja sama dengan banyak pihak untuk program ini.\n\n'
            '"Tahun depan kami berharap semua sentra sudah terhubung," kata Gati.')
    found = direct(text)
    assert [q.text for q in found] == ["Kami sudah bekerja sama dengan banyak pihak untuk program ini.",
                                       "Tahun depan kami berharap semua sentra sudah terhubung"]
    assert all(q.speaker == "Gati Wibawaningsih" and q.cue == "kata" for q in found)


def test_missing_closing_mark_ends_before_the_inline_cue():
    found = direct(read("kompas-psikolog-role-unclosed.txt"))
    last = found[-1]
    assert last.text.endswith("bahkan mungkin bisa meningkat")
    assert (last.cue, last.speaker) == ("tutur", "Divani Aery Lovian")
    first = found[0]
    assert first.mention.startswith("psikolog NALA Mindspace") and first.speaker == "Divani Aery Lovian"


def test_mismatched_marks_pair_up():
    [q] = direct(read("kompas-dony-mismatched.txt"))
    assert q.text.startswith("Saya tidak ingin istri direksi") and q.text.endswith("bukan warisan keluarga")
    assert (q.cue, q.speaker) == ("beber", "Dony Oskaria")


def test_nested_quote_stays_inside_one_quote_and_nickname_is_rejected():
    text = read("okezone-el-nested-nickname.txt")
    found = direct(text)
    assert found[0].text.startswith("Kadang orang-orang juga suka nanya, 'Ini siapa")
    assert found[0].text.endswith("repot juga") and found[0].speaker == "El Rumi"
    assert not any("korban pertama" == q.text for q in found)
    assert len(found) == 2


def test_video_title_is_not_a_quote():
    found = direct(read("detik-marcella-video-title.txt"))
    assert not any("Kejagung Tambah Daftar" in q.text for q in found)
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    'Simak juga Video "Puan Minta Maaf soal Kinerja DPR: Kami Akan Berbenah Diri"',
    "Platform asal 'Negeri Singa' itu masuk ke Indonesia pada 2015.",
    'Mereka menyebutnya "pahlawan devisa" sejak lama.',
    "Film berjudul “Agak Laen” ditonton jutaan orang.",
])
def test_titles_nicknames_and_scare_quotes_are_rejected(text):
    assert direct(text) == []


def test_glued_scraper_text():
    [q] = direct(read("republika-glued.txt"))
    assert q.text.startswith("Untuk perluasan (MRT)") and q.cue == "kata" and q.mention == "dia"


@pytest.mark.parametrize("text", [
    "«Kami siap bekerja keras tahun ini», kata Gati.",
    "„Kami siap bekerja keras tahun ini“, kata Gati.",
    "‘Kami siap bekerja keras tahun ini,’ kata Gati.",
    "“Kami siap bekerja keras tahun ini,” kata Gati.",
])
def test_every_mark_style(text):
    [q] = direct(text)
    assert (q.text, q.speaker) == ("Kami siap bekerja keras tahun ini", "Gati")


# ---- entity spans from the entity detector --------------------------------------------------------------
def test_entity_spans_are_used_for_speakers():
    text = ("Direktur Jenderal IKM Gati Wibawaningsih hadir.\n"
            '"Kami siap bekerja keras tahun ini," tutur Gati.')
    full = text.index("Gati Wibawaningsih")
    short = text.rindex("Gati")
    ents = [Span(start=full, end=full + 18, label="PERSON", layer="entities", source="detector:entities",
                 status="suggested"),
            Span(start=short, end=short + 4, label="PERSON", layer="entities", source="detector:entities",
                 status="suggested", attrs={"canonical": "Gati Wibawaningsih"})]
    found = QuoteDetector().detect(Document(text=text), Context(lang="id", previous=ents))
    [quote] = [s for s in found.spans if s.label == "QUOTE" and s.attrs["direct"]]
    assert quote.attrs["speaker"] == "Gati Wibawaningsih"
    assert any(r.label == "SPEAKER" and r.head == quote.id and r.child == ents[1].id for r in found.relations)
    assert not any(s.label == "SPEAKER" and s.start == short for s in found.spans)


def test_fallback_name_becomes_a_speaker_span_without_entities():
    [q] = direct('"Kami siap bekerja keras tahun ini," tutur Gati.')
    assert (q.mention, q.mention_label) == ("Gati", "SPEAKER")


# ---- English --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, cue, mention", [
    ('"We will win this state," said John Smith.', "said", "John Smith"),
    ('"We will win this state," Smith said on Monday.', "said", "Smith"),
    ('"We will win this state," he added.', "added", "he"),
    ('"We will win this state," the senator told reporters.', "told", "the senator"),
    ('"We will win this state," Sen. Mitch McConnell, R-Ky., said Tuesday.', "said", "Mitch McConnell"),
    ('"We will win this state," according to Smith.', "according to", "Smith"),
    ('Smith said: "We will win this state."', "said", "Smith"),
    ('Smith told reporters: "We will win this state."', "told", "Smith"),
    ("''We will win this state,'' Mr. Smith said.", "said", "Smith"),
])
def test_english_patterns(text, cue, mention):
    [q] = direct(text, "en")
    assert q.text.startswith("We will win this state") and q.cue == cue and q.mention == mention


def test_english_dash_attribution():
    [q] = direct("“Trump must stop portraying us as gangsters.” ― Carla Sanchez.", "en")
    assert (q.cue, q.mention, q.speaker) == (None, "Carla Sanchez", "Carla Sanchez")


def test_english_said_colon_then_quote_paragraph():
    text = 'Pat Caddell spoke on Thursday.\n\nCaddell continued:\n\n"The health issue is very much a partisan issue."'
    [q] = direct(text, "en")
    assert (q.cue, q.speaker) == ("continued", "Pat Caddell")


def test_english_reported_speech():
    found = quotes("Hillary Clinton met voters in Ohio. She said that the economy needs a fresh start.", "en")
    [q] = [q for q in found if not q.direct]
    assert q.text == "the economy needs a fresh start" and q.cue == "said" and q.speaker == "Hillary Clinton"


def test_reported_speech_can_be_turned_off():
    found = QuoteDetector(reported=False).detect(Document(text=read("seed-mediaindonesia.txt")), Context(lang="id"))
    assert all(s.attrs["direct"] for s in found.spans if s.label == "QUOTE")


# ---- wiring ---------------------------------------------------------------------------------------------
def test_registered_last_in_the_pipeline():
    detectors = available_detectors()
    assert isinstance(detectors[-1], QuoteDetector)
    assert not any(isinstance(d, QuoteDetector) for d in available_detectors(("entities", "segments")))


def test_unknown_language_uses_every_lexicon():
    lex = lexicon("xx")
    assert "kata" in lex.after_cues and "said" in lex.after_cues
    [q] = direct('"Nous gagnerons," said Marie.', "fr")
    assert q.speaker == "Marie"


# ---- every real article -----------------------------------------------------------------------------------
def test_every_real_article_gets_direct_quotes(shared_data):
    articles = sorted((shared_data / "articles" / "id").glob("*.txt"))
    assert articles
    for path in articles:
        found = direct(path.read_text(encoding="utf-8"))
        assert found, path.name  # every article there has direct quotes with a speech verb
        assert sum(q.speaker is not None for q in found) >= len(found) - 1, path.name
