"""In-document person coreference for speakers: the aliases a text declares.

Indonesian news introduces a person once with a nickname or a second name and then
quotes them under it: ``Basuki Tjahaja Purnama alias Ahok``, ``Tgk Mustafa Sarong atau
Walidi``, ``Zulkarnaini atau yang akrab disapa Syeh Joel``, ``Saifullah Yusuf (Gus Ipul)``,
``Mualem, sapaan akrab Muzakir Manaf``.  :func:`declared_aliases` reads those patterns and
maps each alias to the name the pattern gives as the real one, so every quote of that
person gets one canonical speaker.  Words a scraper glued onto the connective
(``Purnamaatau Ahok``) are split off, not kept in the name.
"""

from __future__ import annotations

import regex

_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Lu}\p{Ll}+)"
_LINK = r"(?:bin|binti|van|von|de|al)"
_SP = r"[ \t\u00a0]+"
_NAME = rf"{_WORD}(?:{_SP}(?:{_WORD}|{_LINK}{_SP}{_WORD})){{0,5}}"
# the last word of the full name may have the connective glued to it: "Purnamaatau Ahok"
_FULL_GLUED = rf"(?P<full>{_WORD}(?:{_SP}{_WORD}){{0,5}}?)(?:{_SP}|(?<=\p{{Ll}}))"
_NICK = (r"(?:(?:yang|dan)\s+)?(?:akrab|biasa|kerap|lebih\s+dikenal|dikenal)\s+(?:di)?(?:sapa|panggil|kenal)(?:an)?"
         r"(?:\s+dengan)?")
_PATTERNS = [
    # Basuki Tjahaja Purnama alias Ahok / X atau Y / X atau yang akrab disapa Y / X yang akrab disapa Y
    regex.compile(rf"{_FULL_GLUED}(?:alias|atau(?:\s*,?\s*{_NICK})?|,?\s*{_NICK})\s+(?P<alias>{_NAME})"),
    # Saifullah Yusuf (Gus Ipul)
    regex.compile(rf"(?P<full>{_NAME})\s*\(\s*(?P<alias>{_NAME})\s*\)"),
    # Mualem, sapaan akrab Muzakir Manaf
    regex.compile(rf"(?P<alias>{_NAME})\s*,\s*(?:sapaan|panggilan|nama\s+panggilan)(?:\s+akrab(?:nya)?)?\s+"
                  rf"(?P<full>{_NAME})"),
]
# words each pattern's every match holds: a window without any of a pattern's is not searched with it
_NEEDS = [("alias", "atau", "sapa", "panggil", "kenal"), ("(",), ("sapaan", "panggilan")]
_ATAU = regex.compile(r"atau\b")
_ANCHOR = regex.compile(r"alias\b|atau\b|disapa|dipanggil|dikenal|sapaan|panggilan|\(\s*\p{Lu}")


def _strip(name: str, titles: frozenset[str], common: frozenset[str] = frozenset()) -> str:
    """``name`` without leading titles and the words of a portfolio after them ("Menteri Sosial …": words the
    text also writes in lower case), and without the trailing dots and hyphens of the run."""
    words = name.replace("\u00a0", " ").split()
    titled = False
    while len(words) > 1 and (words[0] in titles or words[0].rstrip(".") in titles
                              or words[0].lower().rstrip(".") in titles
                              or len(words) > 2 and words[0].isupper() and words[0].isalpha() and len(words[0]) > 1):
        words, titled = words[1:], True  # also an office's acronym: "Ketua RT Sugiharto Wibowo"
    while titled and len(words) > 2 and words[0].lower() in common:
        words = words[1:]
    return " ".join(words).rstrip(".-")


def declared_aliases(text: str, titles: frozenset[str], persons: list[str] | None = None,
                     common: frozenset[str] = frozenset()) -> dict[str, str]:
    """``{alias: real name}`` for the aliases ``text`` declares.

    A bare ``X atau Y`` ("or") is read as an alias only when one side is a known person name (``persons``,
    the PERSON entities of the document), since "Kemenkeu atau Kementerian Keuangan" is no person."""
    names = sorted(persons or (), key=len, reverse=True)
    known = set(names)
    # the word-final parts of known names: "Mustafa Sarong" of "Tgk Mustafa Sarong"
    endings = {" ".join(words[k:]) for p in known if len(words := p.split()) > 1 for k in range(1, len(words))}

    def person(name: str) -> str | None:
        """The longest known person name that ``name`` is or ends with ("Menteri Sosial Saifullah Yusuf"); ``name``
        itself when a known name ends with it ("Tgk Mustafa Sarong" known, "Mustafa Sarong" without the title)."""
        if name in endings:
            return name
        words = name.split()
        return next((tail for k in range(len(words)) if (tail := " ".join(words[k:])) in known), None)

    found: dict[str, str] = {}
    # the patterns run only on short windows around their connectives: a whole article, tried at every start
    # with overlapping matches, would cost more than the rest of the quote detector
    windows = [text[max(0, a.start() - 80) : a.end() + 60] for a in _ANCHOR.finditer(text)]
    for number, (pattern, needs) in enumerate(zip(_PATTERNS, _NEEDS)):
        for m in (m for window in windows if any(word in window for word in needs)
                  for m in pattern.finditer(window, overlapped=True)):
            # the alias keeps its title: "Gus Ipul"
            full, alias = _strip(m["full"], titles, common), _strip(m["alias"], frozenset())
            if not full or not alias or full == alias or alias in found:
                continue
            full = person(full) or full
            connective = m.string[m.end("full"):m.start("alias")]  # the match is on a window, not on ``text``
            nickname = regex.search(r"alias|sapa|panggil|kenal", connective) is not None
            if number == 1 and (alias.isupper() and len(alias) > 4 or full.split()[-1].isupper()):
                continue  # "(KPK)" after an organisation: not a person's second name
            bare = _strip(alias, titles)  # "Yati" of "Bu Yati": a form of address before the alias
            if (number == 1 or (number == 0 and not nickname)) and persons is not None:
                # a bare "X atau Y" or "X (Y)" names one person only when X is a known person with a full name
                # and Y is no other person's name ("pilih Prabowo atau Ganjar")
                titled = _strip(m["full"], titles) != m["full"].replace("\u00a0", " ").strip().rstrip(".-")
                if (person(full) is None and not ((titled or bare != alias) and person(bare) is not None)
                        or len(full.split()) < 2):
                    continue  # (a titled full name, or an alias with a form of address, whose alias is a known person:
                    # "Menteri Sosial X Y (Gus Ipul)", "Nurhayati Rahmawati atau Bu Yati" where only "Yati" is tagged)
                if number == 0 and alias in names and len(alias.split()) > 1:
                    continue  # "memilih Anton Sujarwo atau Budi Santoso": two people, each with a full name
                if any(alias in p.split() and p not in (full, alias) for p in names if len(p.split()) > 1):
                    continue
            found[alias] = full
            if bare != alias and bare not in found:
                found[bare] = full  # "kata Yati" after "… atau Bu Yati"
    return found
