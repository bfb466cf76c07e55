"""Render resources/icons/app.svg to the raster icons the platforms want.

    .venv/bin/python packaging/make_icons.py            # app.png, app.ico, app.icns beside app.svg (committed)
    .venv/bin/python packaging/make_icons.py --hicolor DIR
                                                        # DIR/<N>x<N>/apps/annotator.png + scalable/apps/annotator.svg

Qt renders the SVG (QtSvg ships with PySide6-Essentials) and writes ICO and ICNS through its image plugins,
so no other image tool is needed on the build machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "app.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def save(image: QImage, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), fmt):
        raise SystemExit(f"make_icons: Qt could not write {path} as {fmt}")


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(path: Path) -> None:
    """A Windows .ico holding every size as a PNG image (supported since Windows Vista); Qt's own ICO writer
    stores a single uncompressed bitmap."""
    images = [png_bytes(render(size)) for size in ICO_SIZES]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in zip(ICO_SIZES, images):
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(out + b"".join(images))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hicolor", type=Path, help="write the freedesktop hicolor theme tree into this folder")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if args.hicolor:
        for size in HICOLOR_SIZES:
            save(render(size), args.hicolor / f"{size}x{size}" / "apps" / "annotator.png", "PNG")
        (args.hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SVG, args.hicolor / "scalable" / "apps" / "annotator.svg")
        return 0
    save(render(256), ICONS / "app.png", "PNG")
    write_ico(ICONS / "app.ico")
    save(render(512), ICONS / "app.icns", "ICNS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
