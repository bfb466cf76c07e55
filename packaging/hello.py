"""The size baseline: the smallest PySide6 window, frozen with build.spec's options (``-- --hello``)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    window.show()
    if "--screenshot" in sys.argv:
        app.processEvents()
        window.grab().save(sys.argv[sys.argv.index("--screenshot") + 1])
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
