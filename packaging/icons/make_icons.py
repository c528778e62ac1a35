"""Draw the app icon: an SVG written here as text, PNGs rendered from it with Qt, and a
Windows .ico packing those PNGs. Everything it writes is rebuilt by running it again.

    python packaging/icons/make_icons.py        # writes src/review_desk/resources/icons/
    python packaging/icons/make_icons.py --check  # fail if the committed files differ

The picture: a red square (the colour of official documents' headers) holding a white
page with text lines and a round red seal with a tick — a reviewed proposal. No text is
drawn, so it does not depend on the fonts of the machine that renders it.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "review_desk" / "resources" / "icons"
NAME = "review-desk"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Review Desk 提案审查台</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#d42a2a"/>
      <stop offset="1" stop-color="#a31515"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="44" fill="url(#bg)"/>
  <path d="M64 36 H158 L196 74 V220 H64 Z" fill="#ffffff"/>
  <path d="M158 36 V74 H196 Z" fill="#f1c9c9"/>
  <rect x="84" y="70" width="56" height="12" rx="6" fill="#b71c1c"/>
  <rect x="84" y="100" width="92" height="10" rx="5" fill="#8a8f98"/>
  <rect x="84" y="124" width="92" height="10" rx="5" fill="#8a8f98"/>
  <rect x="84" y="148" width="60" height="10" rx="5" fill="#8a8f98"/>
  <circle cx="170" cy="180" r="46" fill="#ffffff"/>
  <circle cx="170" cy="180" r="38" fill="none" stroke="#c62828" stroke-width="9"/>
  <path d="M150 181 L165 196 L193 164" fill="none" stroke="#c62828" stroke-width="12"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn at `size` × `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit("the icon SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Windows Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def build() -> dict[str, bytes]:
    """Every icon file by name."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = SVG.encode("utf-8")
    pngs = {size: render_png(svg, size) for size in SIZES}
    files = {f"{NAME}.svg": svg, f"{NAME}.ico": pack_ico({s: pngs[s] for s in ICO_SIZES})}
    files.update({f"{NAME}-{size}.png": png for size, png in pngs.items()})
    del app
    return files


def main() -> int:
    """Write the icons, or with --check compare them with the committed ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail when the files in the package differ from a fresh build")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="folder to write (default: %(default)s)")
    args = parser.parse_args()
    files = build()
    if args.check:
        stale = [n for n, data in files.items()
                 if not (args.out / n).is_file() or (args.out / n).read_bytes() != data]
        if stale:
            print("stale icons (run packaging/icons/make_icons.py):", *stale, file=sys.stderr)
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}  {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
