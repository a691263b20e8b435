"""Character clean-up: drop what is noise in extracted text, keep what is text.

Noise: private-use glyphs (fonts' ornaments and lost symbols), zero-width and
soft-hyphen characters, ``(cid:NN)`` escapes, presentation ligatures, runs of
spaces from justified lines, bullet glyphs that mark captions.  Text: curly
quotes, apostrophes and dashes are what the page printed, so they stay.
"""

from __future__ import annotations

import re

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
_CID = re.compile(r"\(cid:\d+\)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
#: Glyphs that mark a caption or list item at the start of a line, not text.
BULLETS = "•●■▪►▶◆◼□▫◦‣⁃"


def clean_line(line: str) -> str:
    """One extracted line without noise characters and with single spaces (ends kept)."""
    if line.isascii():
        # Only the escapes and the spaces can apply to plain ASCII (29% of PDF runs have
        # double spaces from justification).
        if "(cid:" in line:
            line = _CID.sub("", line)
        if "  " in line or "\t" in line:
            line = _SPACES.sub(" ", line)
        return line
    line = _CID.sub("", line)
    line = _PRIVATE_USE.sub("", line)
    line = _INVISIBLE.sub("", line)
    line = line.translate(_LIGATURES)
    return _SPACES.sub(" ", line)


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet glyph; say whether there was one."""
    stripped = text.lstrip()
    if stripped[:1] and stripped[0] in BULLETS:
        return stripped[1:].lstrip(), True
    return text, False
