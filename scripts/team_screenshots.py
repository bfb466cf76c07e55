#!/usr/bin/env python3
"""Render the screenshots of the team views in docs/team.md: the curation view and the agreement view.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/team_screenshots.py [--out docs/screenshots]

A small made-up project (short sentences written for this script, no publisher's text): three annotators
finish the same six documents with some differences; a fourth person opens it, curates one document and
computes the agreement.  The window is rendered offscreen with ``QWidget.grab``; settings go to a
temporary folder, so nothing of yours is read or changed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEXTS = [
    "Menteri Keuangan Budi Santoso mengatakan di Jakarta, Senin, bahwa anggaran tahun depan naik.\n\n"
    '"Kami siap menghadapi tekanan global," kata Budi kepada wartawan di Gedung Djuanda.\n\n'
    "Bank Indonesia memperkirakan inflasi tetap terkendali hingga akhir tahun.",
    "Gubernur Jawa Barat Ridwan Hakim meresmikan jembatan di Bandung pada Selasa pagi.",
    "Bank Indonesia memperkirakan inflasi tetap terkendali hingga akhir tahun, kata Siti Rahma.",
    "Presiden bertemu Perdana Menteri Malaysia di Istana Merdeka, Jakarta, pada Rabu.",
    "PT Kereta Api Indonesia menambah perjalanan dari Surabaya ke Malang selama libur Natal.",
    "Ketua KPU Andi Pratama menyatakan tahapan pemilu berjalan sesuai jadwal di seluruh provinsi.",
]
GOLD = [
    [("Budi Santoso", "PERSON"), ("Jakarta", "LOC"), ("Senin", "DATE"), ("Budi", "PERSON", 2),
     ("Gedung Djuanda", "LOC"), ("Bank Indonesia", "ORG")],
    [("Jawa Barat", "LOC"), ("Ridwan Hakim", "PERSON"), ("Bandung", "LOC"), ("Selasa", "DATE")],
    [("Bank Indonesia", "ORG"), ("Siti Rahma", "PERSON")],
    [("Malaysia", "LOC"), ("Istana Merdeka", "LOC"), ("Jakarta", "LOC"), ("Rabu", "DATE")],
    [("PT Kereta Api Indonesia", "ORG"), ("Surabaya", "LOC"), ("Malang", "LOC"), ("Natal", "MISC")],
    [("KPU", "ORG"), ("Andi Pratama", "PERSON")],
]
# the first document's differences, shown in the curation view
BOB_FIRST = [("Budi Santoso", "PERSON"), ("Jakarta", "ORG"), ("Budi", "PERSON", 2), ("Djuanda", "PERSON"),
             ("Bank Indonesia", "ORG"), ("akhir tahun", "DATE")]
FLIP = {"LOC": "ORG", "ORG": "LOC", "PERSON": "ORG", "DATE": "MISC", "MISC": "ORG"}


def _span(text: str, mark: tuple) -> object:
    from annotator.core.model import Span

    word, label, nth = mark[0], mark[1], (mark[2] if len(mark) > 2 else 1)
    start = -1
    for _ in range(nth):
        start = text.index(word, start + 1)
    return Span(start=start, end=start + len(word), label=label, layer="entities")


def make_project(path: Path) -> None:
    from annotator.core.model import Document, DocStatus
    from annotator.store import open_project

    with open_project(path, annotator="manager") as p:
        p.add_documents([Document(text=t, id=f"berita-{i + 1}", meta={"source": f"berita-{i + 1}.txt"})
                         for i, t in enumerate(TEXTS)])
    rng = random.Random(4)
    for name, noise in (("alice", 0.1), ("bob", 0.3), ("carol", 0.2)):
        with open_project(path, annotator=name) as p:
            for pk, (text, gold) in enumerate(zip(TEXTS, GOLD), 1):
                marks = list(gold)
                if pk == 1 and name == "bob":
                    marks = BOB_FIRST
                elif pk > 1:  # the others differ at random, more for bob
                    marks = []
                    for mark in gold:
                        r = rng.random()
                        if r >= noise / 2:
                            marks.append((mark[0], FLIP[mark[1]] if r < noise else mark[1]))
                for mark in marks:
                    p.add_span(pk, _span(text, mark))  # type: ignore[arg-type]
                p.set_status(pk, DocStatus.DONE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNGs")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="team-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.store import open_project
    from annotator.ui.jobs import AgreementJob
    from annotator.ui.state.prefs import Prefs
    from annotator.ui.state.workspace import Workspace
    from annotator.ui.window import MainWindow

    _app = QApplication.instance() or QApplication(sys.argv)  # held: the windows need it alive
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    path = tmp / "team.annotator"
    make_project(path)
    store = open_project(path, annotator="dewi")
    window = MainWindow(Workspace(store), Prefs())
    window.resize(1400, 900)
    window.show()

    def settle() -> None:
        QTest.qWait(800)  # the corpus list's counts follow edits after half a second

    settle()
    out = Path(args.out)
    # curation: the agreed places taken, one label chosen, the next disagreement selected
    window.curate(True)
    settle()
    window.curation.accept_agreed()
    window.panels.curation.select_rows([1])
    window.curation.take(["alice"])
    window.panels.curation.select_rows([4])
    window.panels.curation.table.setFocus()
    settle()
    window.grab().save(str(out / "curation.png"))
    # agreement: computed here, in the same job the window runs in the background
    window.curate(False)
    window.panels.curation_dock.hide()
    window.flow.open(2)
    window._show_dock(window.panels.agreement_dock)
    window.panels.agreement.show_report(AgreementJob(store.ref(), ["entities"]).run_here(store))
    settle()
    window.grab().save(str(out / "agreement.png"))
    window.ws.close()
    print(f"wrote {out / 'curation.png'} and {out / 'agreement.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
