"""Application start-up: import the command-line paths, show the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

from annotator.io.readers import read_paths
from annotator.store import DocFilter, open_project


def run(args) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    project = open_project(args.project)
    if args.paths:
        docs = []
        for item in read_paths(args.paths, project.scheme):
            if hasattr(item, "text"):
                docs.append(item)
            else:
                print(f"annotator: {item}", file=sys.stderr)
        project.add_documents(docs)
    window = QMainWindow()
    window.setWindowTitle(f"annotator — {project.path}")
    listing = QListWidget()
    for summary in project.list_documents(DocFilter(), 0, 1000):
        listing.addItem(f"[{summary.status}] {summary.title}")
    window.setCentralWidget(listing)
    window.resize(900, 600)
    window.show()
    if args.screenshot:
        app.processEvents()
        window.grab().save(args.screenshot)
        return 0
    return app.exec()
