"""Geometry layout: positioned text lines → blocks → roles → articles.

`layout_pages` is the one entry point, shared by every reader of positioned
text (PDF, OCR, ALTO, hOCR).  It is a pure function of the `LayoutPage`s: it
uses only line boxes, sizes and styles (font, bold, italic; fonts may be
unknown and sizes estimated from line heights for scans), picture boxes and
rules, never anything PDF-specific.

The stages, each in its own module:

1. here: style runs → printed lines (`build_lines`: runs on one baseline are
   joined unless a column gutter separates them) → blocks (`build_blocks`:
   lines of one style stacked in one column);
2. `roles`: each block's role from typography and geometry, relative to the
   page's body style (headline, deck, byline, kicker, caption, pull quote,
   drop cap, jump line, folio);
3. `articles`: each block's article (a headline owns the columns beneath it
   until the next rule or headline), reading order, paragraphs,
   hyphenation, and "Continued on page N" jumps joined across pages.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from ..model import LayoutPage, Page, PageInfo, Source, TextLine
from ..text.normalize import clean_line

#: Pages with more style runs than this skip the gutter test (quadratic in the worst case).
_MAX_RUNS_FOR_GUTTERS = 20_000
#: Blocks still open for more lines at once (a page has a few per column).
_MAX_OPEN_BLOCKS = 48
#: A letter or digit (``str.isalnum``: ``\w`` without the underscore).
_ALNUM = re.compile(r"[^\W_]")


@dataclass(slots=True, eq=False)
class Line:
    """A printed line: its runs joined, with the dominant style."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    font: str
    bold: bool
    italic: bool
    runs: list[TextLine]
    confidence: float | None = None
    #: Set beside a drop cap: the line is shifted right, not indented.
    beside_dropcap: bool = False

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(slots=True, eq=False)
class Block:
    """Lines of one style stacked in one column, with their role and article once known."""

    lines: list[Line]
    page: int
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    role: str = "body"
    article: int | None = None
    #: Extra data a role needs (the drop cap letter, the jump page...).
    info: dict[str, Any] = field(default_factory=dict)

    def add(self, line: Line) -> None:
        if not self.lines:
            self.x0, self.y0, self.x1, self.y1 = line.x0, line.y0, line.x1, line.y1
        else:
            if line.x0 < self.x0:
                self.x0 = line.x0
            if line.y0 < self.y0:
                self.y0 = line.y0
            if line.x1 > self.x1:
                self.x1 = line.x1
            if line.y1 > self.y1:
                self.y1 = line.y1
        self.lines.append(line)

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def bbox(self) -> list[float]:
        return [round(self.x0, 2), round(self.y0, 2), round(self.x1, 2), round(self.y1, 2)]


def style_of(line: Line) -> tuple[float, str, bool, bool]:
    """A hashable style: size to the half point, font, bold, italic."""
    return (round(line.size * 2) / 2, line.font, line.bold, line.italic)


def x_overlap(a: Block | Line, b: Block | Line) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


# --- runs → lines -----------------------------------------------------------------------


def _size(run: TextLine) -> float:
    return run.size or max(run.bbox[3] - run.bbox[1], 0.1) / 1.2


@dataclass(slots=True)
class _Run:
    """A run with the geometry that line building asks for again and again."""

    run: TextLine
    x0: float
    x1: float
    mid: float
    height: float
    size: float
    row: int = -1


def build_lines(runs: list[TextLine], rules: list[list[float]] | None = None) -> list[Line]:
    """Join the style runs of each printed line.

    Runs on one baseline are joined when their gap is a word space, or when
    text of the same size just above or below spans the gap (a wide gap of a
    justified line); otherwise the gap is a column gutter and they stay apart,
    as they do across a vertical rule.
    """
    items: list[_Run] = []
    for run in runs:
        if run.text.strip():
            x0, y0, x1, y1 = run.bbox
            height = max(y1 - y0, 0.1)
            items.append(_Run(run, x0, x1, (y0 + y1) / 2, height, run.size or height / 1.2))  # as _size
    items.sort(key=attrgetter("mid"))
    rows: list[list[_Run]] = []
    heads: list[_Run] = []  # each row's first run
    for item in items:
        mid, h, size = item.mid, item.height, item.size
        for r in range(len(rows) - 1, max(-1, len(rows) - 12), -1):
            other = heads[r]
            dy = abs(other.mid - mid)
            if dy > 2 * h:
                break
            ratio = size / other.size if size > other.size else other.size / size
            if dy <= 0.3 * min(h, other.height) and ratio <= 1.35:
                item.row = r
                rows[r].append(item)
                break
        if item.row < 0:
            item.row = len(rows)
            rows.append([item])
            heads.append(item)
    check_gutters = len(items) <= _MAX_RUNS_FOR_GUTTERS
    vertical = sorted((r for r in rules or () if r[3] - r[1] > r[2] - r[0]), key=lambda v: v[0])
    rule_xs = [v[0] for v in vertical]
    mids = [it.mid for it in items]
    lines: list[Line] = []
    for row in rows:
        if len(row) == 1:
            lines.append(_line([row[0].run]))
            continue
        row.sort(key=attrgetter("x0"))
        group = [row[0].run]
        right = row[0].x1
        for prev, item in itertools.pairwise(row):
            gap = item.x0 - right
            size = max(prev.size, item.size)
            joined = gap >= -0.3 * size and (  # text of two columns colliding is never one line
                gap <= 0.3 * size
                or (gap <= 0.6 * size and not _ALNUM.search(prev.run.text))  # "▶ Caption"
                or (check_gutters and gap < 20 * size and _spanned(items, mids, prev, item.x0, size))
            )
            if joined and rule_xs:  # unless a vertical rule stands between: prev.x1 - 1 <= x <= item.x0 + 1
                lo, hi = bisect.bisect_left(rule_xs, prev.x1 - 1), bisect.bisect_right(rule_xs, item.x0 + 1)
                joined = not any(v[1] <= item.mid <= v[3] for v in vertical[lo:hi])
            if joined:
                group.append(item.run)
                right = max(right, item.x1)
            else:
                lines.append(_line(group))
                group, right = [item.run], item.x1
        lines.append(_line(group))
    return lines


def _spanned(items: list[_Run], mids: list[float], at: _Run, gx1: float, size: float) -> bool:
    """True when runs of about `size` on two other rows within three lines cover x ∈ [at.x1, gx1]."""
    reach, left, right = 3.5 * size * 1.2, at.x1 + 1, gx1 - 1
    lo, hi = bisect.bisect_left(mids, at.mid - reach), bisect.bisect_right(mids, at.mid + reach)
    covering: set[int] = set()
    for other in itertools.islice(items, lo, min(hi, lo + 400)):
        if other.x0 <= left and other.x1 >= right and other.row != at.row and 0.9 <= other.size / size <= 1.1:
            covering.add(other.row)
            if len(covering) >= 2:
                return True
    return False


def _line(runs: list[TextLine]) -> Line:
    if len(runs) == 1:
        run = runs[0]
        x0, y0, x1, y1 = run.bbox
        size = run.size or max(y1 - y0, 0.1) / 1.2  # as _size
        # positional: the most frequent call of line building
        return Line(clean_line(run.text).strip(), x0, y0, x1, y1, size, run.font, run.bold, run.italic, runs,
                    run.confidence)
    parts: list[str] = []
    weight: dict[tuple[float, str, bool, bool], int] = {}
    for i, run in enumerate(runs):
        text = run.text
        if i and parts:
            gap = run.bbox[0] - runs[i - 1].bbox[2]
            if gap > 0.12 * _size(run) and not parts[-1].endswith(" ") and not text.startswith(" "):
                parts.append(" ")
        parts.append(text)
        key = (_size(run), run.font, run.bold, run.italic)
        weight[key] = weight.get(key, 0) + max(len(text.strip()), 1)
    size, font, bold, italic = max(weight, key=weight.__getitem__)
    confidences = [r.confidence for r in runs if r.confidence is not None]
    return Line(
        text=clean_line("".join(parts)).strip(),
        x0=min(r.bbox[0] for r in runs), y0=min(r.bbox[1] for r in runs),
        x1=max(r.bbox[2] for r in runs), y1=max(r.bbox[3] for r in runs),
        size=size, font=font, bold=bold, italic=italic, runs=runs,
        confidence=sum(confidences) / len(confidences) if confidences else None,
    )


# --- lines → blocks -----------------------------------------------------------------------


def _fits_column(block: Block, line: Line) -> bool:
    """The line sits in the block's column: inside it, or a little wider (after a drop cap)."""
    em = line.size
    if line.x0 >= block.x0 - 0.5 * em and line.x1 <= block.x1 + 0.5 * em:
        return True
    if abs(line.x0 - block.x0) <= 0.5 * em and x_overlap(block, line) > 0:
        return True  # left-aligned lines vary in length (headlines, a short line on top)
    near = line.x0 >= block.x0 - 1.5 * em and line.x1 <= block.x1 + 1.5 * em
    if near and x_overlap(block, line) >= 0.5 * min(block.width, line.x1 - line.x0):
        return True  # a hanging bullet or a slightly longer line
    returns = block.x1 - 3 * em <= line.x1 <= block.x1 + 0.5 * em and len(block.lines) <= 6
    if line.x0 < block.x0 and returns and x_overlap(block, line) >= 0.5 * block.width:
        return True  # back to the column's left edge below a drop cap or a float
    widening = (block.x0 - line.x0) + (line.x1 - block.x1)
    contains = line.x0 <= block.x0 + 0.5 * em and line.x1 >= block.x1 - 0.5 * em
    # a block's first line may be short (after a quote mark or a drop cap)
    share = 0.5 if len(block.lines) == 1 else 0.3
    return contains and widening <= share * (line.x1 - line.x0)


def _between_rule(block: Block, line: Line, rules: list[list[float]]) -> bool:
    for x0, y0, x1, y1 in rules:
        if y0 >= block.y1 - 1 and y1 <= line.y0 + 1 and min(x1, line.x1) - max(x0, line.x0) > 0.3 * (
            line.x1 - line.x0
        ):
            return True
    return False


def build_blocks(lines: list[Line], page: int, rules: list[list[float]]) -> list[Block]:
    """Stack lines of one style in one column into blocks (paragraph gaps stay inside)."""
    lines = sorted(lines, key=attrgetter("y0", "x0"))
    horizontal = [r for r in rules if r[2] - r[0] > r[3] - r[1]]
    blocks: list[Block] = []
    active: list[Block] = []
    for line in lines:
        best: Block | None = None
        reach = 1.6 * line.size
        closed = line.y0 - 4 * line.size
        y0, size, bold, italic, font = line.y0, line.size, line.bold, line.italic, line.font
        overlap = -0.3 * (line.y1 - y0)
        keep: list[Block] = []
        for block in active:
            if block.y1 < closed:
                continue  # too far above: closed
            keep.append(block)
            last = block.lines[-1]
            gap = y0 - last.y1
            if gap < overlap or gap > reach:
                continue
            if last.bold != bold or last.italic != italic or last.font != font:
                continue  # another style
            small, large = (size, last.size) if size < last.size else (last.size, size)
            if not large / (small if small > 0.1 else 0.1) <= 1.1:
                continue  # another size
            if line.x0 > block.x1 + 1.5 * size or line.x1 < block.x0 - 0.5 * size:
                continue  # another column: what `_fits_column` would say, without the call
            if not _fits_column(block, line):
                continue
            if best is None or block.y1 > best.y1:
                best = block
        # a page of scattered text keeps many blocks open: the most recent ones are enough
        if len(keep) > _MAX_OPEN_BLOCKS:
            keep = sorted(keep, key=lambda b: b.y1)[-_MAX_OPEN_BLOCKS:]
        active = keep
        if best is not None and not _between_rule(best, line, horizontal):
            best.add(line)
        else:
            block = Block(lines=[], page=page)
            block.add(line)
            blocks.append(block)
            active.append(block)
    return blocks


# --- the entry point ----------------------------------------------------------------------


def layout_pages(pages: list[LayoutPage], *, source: Source, options: object | None = None) -> Page:
    """Articles from positioned lines: the layout of PDF, OCR, ALTO and hOCR inputs.

    `pages` are the pages to read, in order (their `number`s are the printed
    page numbers used in regions and jumps).  Lines need boxes in points with
    the origin at the top left; `size` (0 = estimate from the line height),
    `font`, `bold` and `italic` sharpen the roles but may be unknown.
    `options` is the `ReadOptions` of the call (unused by the layout itself).
    """
    from .articles import assemble
    from .roles import assign_roles

    page_blocks: list[tuple[LayoutPage, list[Block], float]] = []
    for layout in pages:
        lines = [ln for ln in build_lines(layout.lines, layout.rules) if ln.text]
        blocks = build_blocks(lines, layout.number, layout.rules)
        size = assign_roles(blocks, layout)
        page_blocks.append((layout, blocks, size))
    result = Page(source=source)
    result.pages = [PageInfo(number=p.number, width=round(p.width, 2), height=round(p.height, 2))
                    for p in pages]
    assemble(page_blocks, result)
    return result
