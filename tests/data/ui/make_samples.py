"""Writes samples.jsonl: three short Indonesian articles (a Media Indonesia
article in full, the first paragraphs of two others) from
../shared/data/articles/id, with hand-made spans in all three layers.

They stand in for pre-annotations in the UI tests and the screenshots: most
spans are imported suggestions (source ``import``, which detectors never
replace, so the pictures and tests do not depend on them), a few accepted.
Run from the repository root: ``python tests/data/ui/make_samples.py``.
"""

from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT.parent / "shared" / "data" / "articles" / "id"
OUT = Path(__file__).with_name("samples.jsonl")

SEGMENTS = [("Headline", "BOILERPLATE"),
            ("Program Makan Bergizi Gratis mengambil hampir separuh anggaran pendidikan.", "BOILERPLATE"),
            ("IKM Butuh Dukungan Jaringan Internet", "TITLE"), ("Ghani Nurcahyadi", "BYLINE"),
            ("22/1/2018 10:30", "DATELINE"), ("IKM Butuh Dukungan Jaringan Internet\n(ANTARA /WAHYU PUTRO A)", "CAPTION"),
            ("Belum signifikan", "SUBHEADING"), ("(Ant/S-4)", "BOILERPLATE"),
            ("Cek berita dan artikel yg lain di Google News dan dan ikuti WhatsApp channel mediaindonesia.com",
             "BOILERPLATE"), ("Editor : Vicky", "BYLINE"), ("Berita Lainnya", "BOILERPLATE")]
ENTITIES = [("Gati Wibawaningsih", "PERSON"), ("Gati", "PERSON"), ("Mira Tayyiba", "PERSON"), ("Mira", "PERSON"),
            ("Monica Vionna", "PERSON"), ("Ratna Utarianingrum", "PERSON"), ("Airlangga Hartarto", "PERSON"),
            ("Road Show Kampus Shopee", "MISC"), ("Kementerian Perindustrian", "ORG"),
            ("Kementerian Komunikasi dan Informatika", "ORG"), ("Kemenkominfo", "ORG"), ("Kemenperin", "ORG"),
            ("Badan Pusat Statistik", "ORG"), ("Kemenko Perekonomian", "ORG"), ("Shopee Indonesia", "ORG"),
            ("E-smart IKM", "MISC"), ("Palapa Ring", "MISC"), ("Jakarta", "LOC"), ("Jawa Barat", "LOC"),
            ("Jawa Tengah", "LOC"), ("Jawa Timur", "LOC"), ("Selasa (16/1)", "DATE"), ("pada 2019", "DATE")]
QUOTES = [("Kami sudah menjalin", "tutur", "Gati", "Gati Wibawaningsih"),
          ("Kami juga terus mengkaji", "kata", "Mira", "Mira Tayyiba"),
          ("Tahun lalu Kampus Shopee", "ucap", "Monica Vionna", "Monica Vionna")]
ACCEPTED = {"TITLE", "BYLINE"}  # a few spans a person already accepted, to show the difference


def free(spans, layer, start, end):
    return all(s["layer"] != layer or s["end"] <= start or end <= s["start"] for s in spans)


def add(spans, text, start, end, label, layer):
    status = "accepted" if label in ACCEPTED else "suggested"
    span = {"id": f"{layer[0]}{len(spans)}", "start": start, "end": end, "label": label, "layer": layer,
            "source": "import" if status == "suggested" else "user", "status": status}
    if status == "suggested":
        span["score"] = 0.9
    assert text[start:end]
    spans.append(span)
    return span


def article():
    text = (ARTICLES / "00-mediaindonesia-ikm-butuh-dukungan-jaringan-internet.txt").read_text()
    spans, relations = [], []
    for needle, label in SEGMENTS:
        start = text.index(needle, 0 if label != "CAPTION" else text.index("22/1/2018"))
        add(spans, text, start, start + len(needle), label, "segments")
    for needle, label in ENTITIES:
        start = text.find(needle)
        while start >= 0:
            if free(spans, "entities", start, start + len(needle)) and (start == 0 or not text[start - 1].isalnum()) \
                    and not text[start + len(needle)].isalnum():
                add(spans, text, start, start + len(needle), label, "entities")
            start = text.find(needle, start + 1)
    for opening, cue, speaker, name in QUOTES:
        start = text.index(opening)
        end = text.index('"', start)
        quote = add(spans, text, start, end, "QUOTE", "quotes")
        quote["speaker"] = name
        cue_at = text.index(cue, end)
        cue_span = add(spans, text, cue_at, cue_at + len(cue), "CUE", "quotes")
        who = next(s for s in spans if s["layer"] == "entities" and s["start"] >= cue_at
                   and text[s["start"]:s["end"]] == speaker)
        for label, child in (("SPEAKER", who), ("CUE", cue_span)):
            relations.append({"label": label, "head_id": quote["id"], "child_id": child["id"],
                              "source": "import", "status": "suggested"})
    return {"id": "mi-ikm", "text": text, "meta": {"title": "IKM Butuh Dukungan Jaringan Internet"},
            "spans": spans, "relations": relations}


def excerpt(name, doc_id, paragraphs):
    text = "\n".join((ARTICLES / name).read_text().split("\n")[:paragraphs])
    return {"id": doc_id, "text": text}


def main():
    records = [article(), excerpt("05-liputan6-bukan-jakarta-bandung-jadi-kota-termacet.txt", "l6-bandung", 4),
               excerpt("23-detik-bertemu-akademisi-tokoh-keagamaan-puan-t.txt", "dt-puan", 2)]
    OUT.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


if __name__ == "__main__":
    main()
