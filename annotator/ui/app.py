"""Application start-up: ``annotator [PATH ...] [--project FILE] [--screenshot OUT.png]``.

The window opens at once; command-line paths are imported (and detected) in
the background.  With ``--screenshot`` everything is done first, the window
is rendered offscreen to a PNG, and the program exits.
"""

from __future__ import annotations

import gc
import os
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from annotator.core.labels import QUOTE, REL_SPEAKER
from annotator.core.resources import resource
from annotator.io.atomic import atomic_write
from annotator.store import StoreError, open_project
from annotator.store.base import check_annotator_name
from annotator.ui.state.prefs import Prefs
from annotator.ui.window import MainWindow
from annotator.ui.state.workspace import Workspace


def make_app() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    app.setDesktopFileName("annotator")  # Wayland matches the window to the menu entry of the .deb
    icon = resource("icons", "app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def ask_annotator_name(prefs: Prefs) -> str | None:
    """Ask for the person's name as an annotator, offering the login name, and keep it in the settings;
    None if they cancel."""
    import getpass

    from PySide6.QtWidgets import QInputDialog, QMessageBox  # dialogs: made when first needed, not at start-up

    while True:
        name, ok = QInputDialog.getText(None, "Your name", "Your name as an annotator (it marks your work):",
                                        text=getpass.getuser())
        if not ok:
            return None
        try:
            prefs.annotator = check_annotator_name(name)
        except StoreError as exc:
            QMessageBox.warning(None, "Your name", str(exc))
            continue
        return prefs.annotator


def build_window(project: str | None, annotator: str | None = None, ask: bool = False) -> MainWindow:
    """The window on ``project``, working as ``annotator`` (``--annotator``), else as the name in the
    settings, else, with ``ask``, as the name the person gives now (asked once, after the project opened,
    so a project that cannot be opened is said first)."""
    prefs = Prefs()
    name = annotator or prefs.annotator or None
    store = open_project(project, annotator=name)
    if name is None and ask and (name := ask_annotator_name(prefs)):
        store.close()
        store = open_project(project, annotator=name)
    return MainWindow(Workspace(store), prefs)


def show_first_link(window: MainWindow) -> None:
    """Select the first direct quote with a linked speaker, so a picture
    shows all three layers and the link."""
    session, view = window.ws.session, window.panels.view
    for span in session.index.ordered:
        if span.label == QUOTE and span.attrs.get("direct", True) and session.index.relations_of(span.id, REL_SPEAKER):
            session.set_current(span.id)
            cursor = view.textCursor()
            cursor.setPosition(session.to_u16(span.end))
            if not view.viewport().rect().contains(view.cursorRect(cursor)):  # keep the top in view if it fits
                window.editor.select(span)
                view.centerCursor()
            return


def screenshot(window: MainWindow, paths: list[str], out: str) -> int:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(1500, 900)
    if paths:
        result = window.projects.import_now(paths)
        for line in result.problems:
            print(f"annotator: {line}", file=sys.stderr)
    window.show()
    QApplication.processEvents()
    show_first_link(window)
    window.panels.status.clear_message()  # the picture shows what the keys do
    QApplication.processEvents()
    window.panels.spans.follow_current()  # again, now that the docks have their final sizes
    QApplication.processEvents()
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    window.grab().toImage().save(buffer, "PNG")  # type: ignore[call-overload]  # QIODevice overload not in the stubs
    try:
        with atomic_write(out, "wb") as fh:
            fh.write(png.data())
    except OSError as exc:
        print(f"annotator: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        window.ws.close()
    return 0


def exit_after_first_paint(window: MainWindow) -> None:
    """Start-up timing (``ANNOTATOR_FIRST_PAINT=1``): once the window has painted the document, print
    ``first paint`` and the CPU time the process took so far on stdout, and quit (bench/ui_rows.py times the
    process up to that line)."""

    def painted() -> None:
        print(f"first paint after {time.process_time() * 1000:.1f} ms of CPU", flush=True)
        QApplication.quit()

    window.panels.view.after_next_paint(lambda: QTimer.singleShot(0, painted))  # after the whole window's pass


def collect_after_first_paint(window: MainWindow) -> None:
    """Turn the cyclic garbage collector back on once the window has painted its document (the command line
    turned it off for the start, annotator.cli), or after a few seconds if the text is not painted (a window
    opened minimised)."""
    window.panels.view.after_next_paint(gc.enable)
    QTimer.singleShot(3000, gc.enable)


def no_display() -> bool:
    """True on Linux with no display to show a window on (no DISPLAY, no WAYLAND_DISPLAY) and no
    platform chosen: Qt would abort the process there (exit code 134) with a hint about X libraries."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY = ("annotator: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). "
              "Run it in a desktop session, or headless: xvfb-run annotator …, annotator --screenshot OUT.png, "
              "or the command line (annotator --help).")


def run(args) -> int:
    if no_display():
        if not args.screenshot:
            print(NO_DISPLAY, file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    app = make_app()
    offscreen = app.platformName() == "offscreen"  # nobody there to answer a question
    window = build_window(args.project, args.annotator, ask=not (args.screenshot or offscreen))
    if args.screenshot:
        gc.enable()
        return screenshot(window, list(args.paths), args.screenshot)
    collect_after_first_paint(window)
    if os.environ.get("ANNOTATOR_FIRST_PAINT"):
        exit_after_first_paint(window)
    window.show()
    if args.paths:
        window.projects.import_paths(list(args.paths))
    code = app.exec()
    window.ws.close()
    if window.ws.jobs.abandoned:
        # A cancelled job still inside a detector: everything it committed is whole, and it will write
        # nothing more; waiting for it would keep a quitting app on screen, so leave without joining it.
        window.prefs.q.sync()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
