"""Draw installer/pilotzone.ico (16–256 px): a white 「先」 on a blue rounded square.

A stand-in until the UI provides resources/icons/pilotzone.ico (the spec and the
Inno Setup script prefer that one when it exists).  Needs Pillow:
``python installer/make_icon.py``.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
SIZES = [16, 24, 32, 48, 64, 128, 256]


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=(22, 93, 175, 255))
    font = ImageFont.truetype(str(FONT), int(size * 0.72), index=0)
    d.text((size / 2, size / 2), "先", font=font, fill=(255, 255, 255, 255), anchor="mm")
    return image


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "pilotzone.ico"
    draw().save(out, format="ICO", sizes=[(s, s) for s in SIZES])
    print(out)
