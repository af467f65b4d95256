"""The generated icons (`make icons`) match the SVG they are drawn from."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def test_the_package_carries_the_same_svg_as_resources() -> None:
    source = (ICONS / "seminarkoll.svg").read_bytes()
    assert (ROOT / "src" / "seminarkoll" / "resources" / "seminarkoll.svg").read_bytes() == source


@pytest.mark.parametrize("size", SIZES)
def test_each_hicolor_png_has_its_size(size: int) -> None:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "seminarkoll.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0


def test_the_windows_icon_holds_every_size() -> None:
    data = (ICONS / "seminarkoll.ico").read_bytes()
    assert data[:4] == b"\0\0\1\0"
    count = int.from_bytes(data[4:6], "little")
    sides = sorted(data[6 + 16 * i] or 256 for i in range(count))
    assert sides == list(SIZES)
