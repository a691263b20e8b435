"""Recognised words to `TextLine`s: what the OCR, ALTO and hOCR readers share.

OCR files give words with boxes in their own units (pixels, 1/1200 inch,
1/10 mm) and, at best, a font size estimate.  The layout stages compare
boxes and sizes in PDF points, so every reader converts with one scale
factor and, when no font size is known, estimates it from the ink height of
the line (`size_from_height`), the same way for every source so that
headlines and body text compare fairly.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Box, LayoutPage, TextLine

#: Glyph variants of old and OCRed print that are the same letters: long s and
#: the Latin ligatures.  Mapping them is not a correction of OCR confusions
#: (which are left alone): it is the same text, spelled with modern glyphs.
_GLYPHS = str.maketrans({
    "ſ": "s", "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
    "\u00a0": " ",
})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200d\ufeff]")
#: A "word" made only of these is a column rule or underline read as text.
_RULE_GLYPHS = re.compile(r"[|¦_]+")
_DESCENDERS = frozenset("gjpqyQ(),;[]{}|/@$")
_TALL = re.compile(r"[A-Zbdfhklt0-9'\"“”‘’!?%&]")
#: Letters that reach the capital height (i and j by their dots) and the t, which stops short of it.
_CAPITAL_HEIGHT = re.compile(r"[A-Zbdfhklij0-9'\"“”‘’!?%&]")


def normalize(text: str) -> str:
    """Modern glyphs for long s and ligatures, no control characters, single spaces."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text).translate(_GLYPHS))
    return " ".join(text.split())


def size_from_height(text: str, height: float) -> float:
    """Font size (same unit as `height`) of a line whose ink is `height` tall.

    An OCR box holds the ink, not the font's em: a line with descenders
    spans about 0.95 em, capitals or ascenders alone about 0.72 em, and
    x-height letters alone about 0.5 em.  Dividing by the right share keeps an
    all-capitals headline from looking smaller than it is.
    """
    if any(ch in _DESCENDERS for ch in text):
        share = 0.95
    elif _TALL.search(text):
        share = 0.72
    else:
        share = 0.5
    return round(height / share, 2)


_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


def word_size(text: str, height: float) -> tuple[float, int] | None:
    """Font size of one word from its ink height and the letters it has, and its rank (0 best).

    Capitals, digits, ascenders and the dots of i and j reach about 0.72 em
    above the baseline, the t about 0.64 em, x-height letters about 0.5 em;
    descenders (and a trailing comma) add the part below it.  Per word, and
    the median over a line, this is steadier than the line's box, which any
    tall mark or speck stretches.  The x-height and the t's height vary
    most between typefaces, so a word that reaches the capital height ranks
    first (0), one whose tallest letter is a t next (1), x-height words last
    (2): a line's size is taken from its best-ranked words.
    """
    core = _EDGE_PUNCT.sub("", text)
    if not core or height <= 0:
        return None
    if _CAPITAL_HEIGHT.search(text):  # quote marks and ! ? reach it too, around any word
        share, rank = 0.72, 0
    elif "t" in core:
        share, rank = 0.64, 1
    else:
        share, rank = 0.5, 2
    if any(ch in "gjpqyQ" for ch in core):
        share += 0.22
    elif text.rstrip()[-1:] in ",;":
        share += 0.12
    if any(ch in "()[]{}|/" for ch in text):  # brackets reach from ascender to descender
        share = max(share, 0.92)
    return height / share, rank


def _low_median(values: list[float]) -> float:
    """The median, the lower middle value for an even count: specks make boxes taller, not shorter."""
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def weighted_median(values: list[tuple[float, int]]) -> float:
    """The median of (value, weight) pairs: the first value, in order, reaching half the total weight."""
    ordered = sorted(values)
    half, seen = sum(n for _, n in ordered) / 2, 0
    for value, n in ordered:
        seen += n
        if seen >= half:
            return value
    return ordered[-1][0]


def _line_size(shaped: list[tuple[float, int]]) -> float:
    """A line's size from its words' (size, rank) estimates (`word_size`): low median of the best-ranked."""
    best = min(rank for _, rank in shaped)
    return _low_median([est for est, rank in shaped if rank == best])


@dataclass(slots=True)
class Word:
    """One recognised word in source units; `confidence` in 0..1."""

    text: str
    bbox: Box | None = None
    confidence: float | None = None
    bold: bool = False
    italic: bool = False
    #: Font size in points when the source gives one (ALTO styles).
    size: float | None = None
    font: str = ""
    #: Stroke width in source units, measured on the image (`ocr.add_strokes`).
    stroke: float | None = None


#: A word whose strokes are this much thicker than the page's usual, for its size, is bold.
BOLD_STROKE = 1.4


def mark_bold(lines: list[list[Word]]) -> bool:
    """Mark words bold whose stroke width, relative to their line's size, is well above the page's.

    Stroke width grows with the font size, so each word's stroke is divided
    by its line's size estimated from the ink of the line's best-ranked
    words (`word_size`): a word's own estimate misleads for words of
    x-height letters only ("sworn" under "Congress" looked a size larger,
    and so not bold).  The page's usual ratio is the median over its letters
    (body text is most of them).  Returns False (nothing marked) when no
    word has a measured stroke.
    """
    ratios: list[tuple[Word, float]] = []
    for words in lines:
        shaped = [est for w in words if w.bbox and (est := word_size(w.text, w.bbox[3] - w.bbox[1]))]
        if not shaped:
            continue
        size = _line_size(shaped)
        ratios.extend((w, w.stroke / size) for w in words if w.stroke and size > 0)
    if not ratios:
        return False
    usual = weighted_median([(r, len(w.text)) for w, r in ratios])
    for w, ratio in ratios:
        w.bold = w.bold or ratio >= BOLD_STROKE * usual
    return True


def union(boxes: Iterable[Box | None]) -> Box | None:
    """The smallest box holding all given boxes (None when none is given)."""
    known = [b for b in boxes if b is not None]
    if not known:
        return None
    return [min(b[0] for b in known), min(b[1] for b in known),
            max(b[2] for b in known), max(b[3] for b in known)]


def _majority(flags: list[tuple[bool, int]]) -> bool:
    total = sum(n for _, n in flags)
    return total > 0 and sum(n for flag, n in flags if flag) * 2 > total


def _without_specks(words: list[Word]) -> list[Word]:
    """`words` without punctuation-only "words" above, below or taller than the line's letters.

    A speck of dust, or the edge of a picture right under a headline, is
    read as a dash or a ``>`` at the end of the line, the end of a rule as
    ``_—``; a real dash, quote mark or bullet sits between the tops and the
    bottoms of the letters and is no taller than they are.
    """
    lettered = [w.bbox for w in words if w.bbox and any(ch.isalnum() for ch in w.text)]
    if not lettered:
        return words
    tops = sorted(b[1] for b in lettered)
    bottoms = sorted(b[3] for b in lettered)
    heights = sorted(b[3] - b[1] for b in lettered)
    top, bottom, height = tops[len(tops) // 2], bottoms[len(bottoms) // 2], heights[len(heights) // 2]
    return [w for w in words if w.bbox is None or any(ch.isalnum() for ch in w.text)
            or (top <= (w.bbox[1] + w.bbox[3]) / 2 <= bottom and w.bbox[3] - w.bbox[1] <= 1.2 * height)]


def _clip_to_line(words: list[Word]) -> bool:
    """Trim word boxes that reach far above or below the line's letters; True if any was.

    A speck or a rule touching a word stretches its box into the next line,
    and the line's box with it: the two lines of a headline then overlap and
    are read as two headlines.  Ascenders and descenders stay within about
    a third of the letters' median height of the median top and bottom.
    """
    boxed = [w for w in words if w.bbox]
    if len(boxed) < 2:
        return False
    tops = sorted(w.bbox[1] for w in boxed)  # type: ignore[index]
    bottoms = sorted(w.bbox[3] for w in boxed)  # type: ignore[index]
    top, bottom = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
    reach = 0.35 * (bottom - top)
    clipped = False
    for w in boxed:
        x0, y0, x1, y1 = w.bbox  # type: ignore[misc]
        low, high = max(y0, top - reach), min(y1, bottom + reach)
        if (low, high) != (y0, y1) and high - low > 0.25 * (bottom - top):  # a word off the band stays
            w.bbox = [x0, low, x1, high]
            clipped = True
    return clipped


#: A lower-case l before a consonant starts no English word: OCR read a capital I (one glyph
#: in most sans-serif faces) as l ("lt", "ln", "lraq").  Units and abbreviations keep theirs.
_L_FOR_I = re.compile(r"l(?=[bcdfghjkmnpqrstvwxz][a-z]*\b)")
_L_WORDS = frozenset({"lb", "lbs", "lm", "lx", "ltd", "lp", "lz"})


def capital_i(text: str) -> str:
    """``I`` for an OCRed ``l`` starting a lower-case word where no word can start with l.

    l before a consonant (other than l and y) starts no word in English nor
    in the other western European languages (Czech and Slovak have a few,
    which this would change).
    """
    def fix(match: re.Match[str]) -> str:
        start = match.start()
        word = re.match(r"[a-z]+", text[start:])
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            return "l"  # inside a word
        return "l" if word is None or word.group(0) in _L_WORDS else "I"

    return _L_FOR_I.sub(fix, text)


def make_line(words: list[Word], bbox: Box | None, scale: float, size: float | None = None
              ) -> TextLine | None:
    """A `TextLine` from a line's words; `scale` turns source units into points.

    The size is the source's own (ALTO styles), else the median of the
    best-ranked words' sizes from their ink (`word_size`), else `size` (an
    engine's estimate in points, such as Tesseract's row height), else the
    line's ink.

    Words that are only ``|`` or ``_`` are dropped: OCR reads column rules and
    underlines as such glyphs, and news text never has them as words; so are
    specks read as punctuation (`_without_specks`).  An ``l`` that cannot
    start a word is read as the ``I`` it is (`capital_i`).
    Returns None for a line without text.  A line without any box gets a
    zero box here; `place_boxless` gives such lines a place.
    """
    kept = [w for w in words if normalize(w.text) and not _RULE_GLYPHS.fullmatch(w.text.strip())]
    clean = _without_specks(kept)
    if len(clean) < len(kept) or _clip_to_line(clean):
        kept, bbox = clean, None  # the engine's line box holds the speck
    for w in kept:  # a column rule read as | run into a word
        w.text = w.text.strip("|¦") if any(ch.isalnum() for ch in w.text) else w.text
    text = capital_i(normalize(" ".join(w.text for w in kept)))
    if not text:
        return None
    box = bbox or union(w.bbox for w in kept)
    pts = [round(v * scale, 2) for v in box] if box else [0.0, 0.0, 0.0, 0.0]
    weights = [(w, len(w.text)) for w in kept]
    sizes = [w.size for w in kept if w.size]
    shaped = [est for w in kept if w.bbox and (est := word_size(w.text, (w.bbox[3] - w.bbox[1]) * scale))]
    if sizes:  # the source's own font sizes (ALTO styles)
        size = max(set(sizes), key=sizes.count)
    elif shaped:
        size = round(_line_size(shaped), 2)
    elif size:
        size = round(size, 2)
    else:
        size = size_from_height(text, pts[3] - pts[1]) if box else 0.0
    confs = [(w.confidence, n) for w, n in weights if w.confidence is not None]
    confidence = (round(sum(c * n for c, n in confs) / sum(n for _, n in confs), 3)
                  if confs and sum(n for _, n in confs) else None)
    fonts = [w.font for w in kept if w.font]
    return TextLine(
        text=text, bbox=pts, size=size,
        font=max(set(fonts), key=fonts.count) if fonts else "",
        bold=_majority([(w.bold, n) for w, n in weights]),
        italic=_majority([(w.italic, n) for w, n in weights]),
        confidence=confidence,
    )


#: Sizes within this factor of a page's size level are read as that level.
_SAME_SIZE = 1.1


def steady_sizes(page: LayoutPage) -> None:
    """Snap estimated line sizes to the page's few size levels.

    Sizes measured from OCR boxes wobble by 10–20 % from line to line of one
    paragraph, and layout treats a size change as a change of role.  Each
    level is the most common remaining size (weighted by text length); the
    lines within `_SAME_SIZE` of it take it exactly.
    """
    left = [line for line in page.lines if line.size > 0]
    while left:
        weight: dict[float, int] = {}
        for line in left:
            key = round(line.size * 4) / 4
            weight[key] = weight.get(key, 0) + len(line.text)
        level = max(weight, key=lambda k: (weight[k], k))
        # (the level's own lines always go: a tiny size rounds to a level of 0, near nothing)
        near = [line for line in left if level / _SAME_SIZE <= line.size <= level * _SAME_SIZE
                or round(line.size * 4) / 4 == level]
        for line in near:
            line.size = level
        left = [line for line in left if line.size != level]


def steady_styles(page: LayoutPage) -> None:
    """Give every line of the body size the page's majority style at that size.

    OCR engines guess bold, italic and the typeface word by word, and on a
    scanned column of one face the guesses flicker from line to line; layout
    takes a style change for a change of role and breaks the column into
    interleaved pieces.  Display text is set in other sizes and keeps its own
    style.  Run after `steady_sizes`.
    """
    weight: dict[float, int] = {}
    for line in page.lines:
        weight[line.size] = weight.get(line.size, 0) + len(line.text)
    if not weight:
        return
    body = max(weight, key=lambda k: (weight[k], k))
    lines = [line for line in page.lines if line.size == body]
    styles: dict[tuple[str, bool, bool], int] = {}
    for line in lines:
        key = (line.font, line.bold, line.italic)
        styles[key] = styles.get(key, 0) + len(line.text)
    font, bold, italic = max(styles, key=lambda k: (styles[k], k))
    for line in lines:
        line.font, line.bold, line.italic = font, bold, italic


def stack_sizes(page: LayoutPage) -> None:
    """Give the lines of one paragraph stack one size: the median of their estimates.

    One speck or tall mark makes a line's box, and so its estimated size,
    jump within a paragraph.  Lines set tightly one under the other in one
    column (at the line pitch, starting within an indent of each other,
    sizes within a third) are one stack; the median of a stack is steady.
    Run before `steady_sizes`.
    """
    lines = sorted((ln for ln in page.lines if ln.size > 0 and ln.bbox[3] > ln.bbox[1]),
                   key=lambda ln: ln.bbox[1])
    tops = [ln.bbox[1] for ln in lines]
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, line in enumerate(lines):
        x0, y0, x1, y1 = line.bbox
        h = y1 - y0
        j = bisect_left(tops, y0)
        while j < len(lines) and tops[j] <= y1 + 0.6 * h:
            other = lines[j]
            j += 1
            if other is line:
                continue
            ox0, oy0, ox1, oy1 = other.bbox
            oh = min(h, oy1 - oy0)
            overlap = min(x1, ox1) - max(x0, ox0)
            ratio = max(line.size, other.size) / min(line.size, other.size)
            # a paragraph's last word or two under a full line: one word's box is a poor size estimate
            tail = len(other.text.split()) <= 2 and ox1 - ox0 <= 0.5 * (x1 - x0)
            if (oy0 - y1 >= -0.3 * oh and abs(ox0 - x0) <= 1.5 * oh
                    and overlap >= 0.5 * min(x1 - x0, ox1 - ox0)
                    and (ratio <= 1.35 or (tail and ratio <= 1.6))):
                parent[root(j - 1)] = root(i)
    groups: dict[int, list[TextLine]] = {}
    for i, line in enumerate(lines):
        groups.setdefault(root(i), []).append(line)
    for group in groups.values():
        if len(group) > 1:
            sizes = sorted(ln.size for ln in group)
            median = sizes[len(sizes) // 2]
            for line in group:
                line.size = median


#: Line pitch and character width (points) given to lines that came without boxes.
_PITCH, _CHAR = 12.0, 5.0


def place_boxless(page: LayoutPage) -> bool:
    """Give lines without boxes a place: one column, one line under the other.

    Files without geometry (hOCR from some engines, ALTO with the position
    attributes left out) still have their text in reading order; laid out as
    a single column they read as running text.  Returns True when any line
    had to be placed.
    """
    boxless = [line for line in page.lines if line.bbox == [0.0, 0.0, 0.0, 0.0]]
    if not boxless:
        return False
    placed = [line for line in page.lines if line.bbox != [0.0, 0.0, 0.0, 0.0]]
    bottom = max((line.bbox[3] for line in placed), default=0.0)
    for i, line in enumerate(boxless):
        top = bottom + _PITCH * (i + 1)
        line.bbox = [0.0, top, round(len(line.text) * _CHAR, 2), top + _PITCH * 0.8]
        line.size = line.size or 10.0
    page.width = max(page.width, max(line.bbox[2] for line in page.lines))
    page.height = max(page.height, max(line.bbox[3] for line in page.lines) + _PITCH)
    return True
