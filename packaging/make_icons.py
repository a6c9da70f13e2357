"""Render resources/icons/bruinpapier.svg to the PNG sizes desktops ask for, and a Windows .ico.

Run after changing the SVG: `python packaging/make_icons.py`; the outputs are committed so a
bundle build needs neither Qt's SVG renderer nor ImageMagick.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "bruinpapier.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    path = OUT / f"bruinpapier-{size}.png"
    image.save(str(path))
    return path


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs the application
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {size: render(size) for size in SIZES}
    ico_sizes = [pngs[s] for s in (16, 24, 32, 48, 64, 128, 256)]
    subprocess.run(["convert", *map(str, ico_sizes), str(OUT / "bruinpapier.ico")], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
