"""Advertisements among the text: they go to `Page.other`, never into a story.

Old papers ran paid "reading notices" at the foot of their columns, set in
body type: a short centred heading and a paragraph that ends in "—Advt.",
the mark paid matter carried.  Layout stacks them onto the story above
(same type, same column), so this pass cuts them out of body blocks and
gives them the role ``advertisement``.  The evidence, none of it about
particular words of a page:

- the source marks the area as an advertisement (ALTO ``ComposedBlock
  TYPE="Advertisement"``, in `LayoutPage.adverts`);
- a paragraph ends in an advertisement mark ("Advt.", "Adv.",
  "Advertisement"; OCR's "AdvL", "-lAdvt." too);
- notices stack: a short piece headed by a centred line right above or
  below a marked notice, or a fragment of a few lines below the last one
  at the foot of the block, belongs to the stack;
- a heading set right above a notice, with nothing else under it, is the
  notice's heading;
- a display advertisement, read as a story, is short pieces of type in
  three sizes or more with prices in them and no paragraph of running text
  (`display_ad`).
"""

from __future__ import annotations

import re

from ..model import LayoutPage
from .geometry import Block, Line, x_overlap

ROLE = "advertisement"
#: "—Advt." at the end of a paragraph, with the noise OCR makes of it.
_MARK = re.compile(r"(?:^|[^a-z])[a-z]?adv(?:t|l|t\.|\.|ertisement)?[\W\d]{0,6}$", re.IGNORECASE)
#: A price: "$3", "£1 10s", "25c.", "50 cents".
_PRICE = re.compile(r"[$£€¢]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:c|cts|cents|¢)(?![a-z])", re.IGNORECASE)
#: A piece of an advertisement is short; a story has paragraphs longer than this (words).
_AD_PIECE_WORDS = 40
#: A notice headed by a centred line is short; longer pieces are a story's sections.
_MAX_NOTICE_LINES = 10
#: Lines left under the last mark at the foot of a block: a notice cut off by the page edge.
_MAX_FRAGMENT_LINES = 3


def advertisements(blocks: list[Block], page: LayoutPage, size: float) -> None:
    """Give advertisements the role ``advertisement``, cutting notices out of body blocks.

    `blocks` is changed in place: a body block holding notices is replaced
    by its pieces, in order.
    """
    out: list[Block] = []
    for block in blocks:
        if _in_marked_area(block, page.adverts):
            block.role = ROLE
            out.append(block)
        elif block.role == "body" and len(block.lines) > 1:
            out.extend(_split(block, size))
        else:
            if block.role == "body" and _MARK.search(block.text):
                block.role = ROLE
            out.append(block)
    blocks[:] = out
    _notice_heads(blocks, size)


def _in_marked_area(block: Block, areas: list[list[float]]) -> bool:
    cx, cy = (block.x0 + block.x1) / 2, (block.y0 + block.y1) / 2
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in areas)


def _centred(line: Line, block: Block, size: float) -> bool:
    """Set in the middle of its column, well clear of both edges: a heading in body type."""
    left, right = line.x0 - block.x0, block.x1 - line.x1
    return min(left, right) >= 1.5 * size and abs(left - right) <= max(1.5 * size, 0.3 * max(left, right))


def _units(block: Block, size: float) -> list[list[Line]]:
    """The block's lines cut before every centred line and after every advertisement mark."""
    units: list[list[Line]] = [[]]
    for line in block.lines:
        if units[-1] and _centred(line, block, size):
            units.append([])
        units[-1].append(line)
        if _MARK.search(line.text):
            units.append([])
    return [u for u in units if u]


def _paragraph_start(unit: list[Line], block: Block, size: float) -> int:
    """Index in `unit` of its last paragraph's first line (after a line that stops short)."""
    for i in range(len(unit) - 1, 0, -1):
        if block.x1 - unit[i - 1].x1 >= 3 * size:
            return i
    return 0


def _split(block: Block, size: float) -> list[Block]:
    units = _units(block, size)
    marked = [bool(_MARK.search(u[-1].text)) for u in units]
    if not any(marked):
        return [block]
    ad = [False] * len(units)
    for i in range(len(units)):
        if not marked[i]:
            continue
        ad[i] = True
        j = i - 1  # notices stacked above: short, headed by a centred line
        while (j >= 0 and not ad[j] and len(units[j]) <= _MAX_NOTICE_LINES
               and _centred(units[j][0], block, size)):
            ad[j] = True
            j -= 1
    last = max(i for i, m in enumerate(marked) if m)
    for i in range(last + 1, len(units)):  # below the last mark, down to the foot of the block
        if sum(len(u) for u in units[i:]) <= _MAX_FRAGMENT_LINES or (
                len(units[i]) <= _MAX_NOTICE_LINES and _centred(units[i][0], block, size)):
            ad[i] = True
        else:
            break
    lines: list[tuple[Line, bool, int]] = []  # (line, in a notice, which unit)
    for n, (unit, is_ad) in enumerate(zip(units, ad, strict=True)):
        if is_ad and not _centred(unit[0], block, size) and not (lines and lines[-1][1]):
            # an unheaded notice right after story text: only its own paragraph
            cut = _paragraph_start(unit, block, size)
            lines.extend((line, k >= cut, n) for k, line in enumerate(unit))
        else:
            lines.extend((line, is_ad, n) for line in unit)
    pieces: list[Block] = []
    for i, (line, is_ad, n) in enumerate(lines):
        if i == 0 or is_ad != lines[i - 1][1] or (is_ad and n != lines[i - 1][2]):  # one block per notice
            pieces.append(Block(lines=[], page=block.page, role=ROLE if is_ad else block.role,
                                article=block.article, info=dict(block.info)))
        pieces[-1].add(line)
    return pieces


def _notice_heads(blocks: list[Block], size: float) -> None:
    """A short heading right above an advertisement, over nothing else, is the notice's."""
    ads = [b for b in blocks if b.role == ROLE]
    for block in blocks:
        if block.role in (ROLE, "body", "folio", "jump") or len(block.lines) > 2:
            continue
        under = [b for b in blocks if b is not block and 0 <= b.y0 - block.y1 <= 2 * max(size, block.size)
                 and x_overlap(b, block) > 0.5 * min(b.width, block.width)]
        if under and all(b in ads for b in under):
            block.role = ROLE


def display_ad(blocks: list[Block]) -> bool:
    """The blocks of one would-be story make a display advertisement.

    Display ads set a few words at a time in many sizes, and sell: three
    sizes or more, at least three prices (one for every 25 words or
    fewer), and no piece of running text longer than a short paragraph.
    """
    if not blocks or any(len(b.text.split()) > _AD_PIECE_WORDS for b in blocks):
        return False
    lines = [line for b in blocks for line in b.lines]
    words = sum(len(line.text.split()) for line in lines)
    prices = sum(len(_PRICE.findall(line.text)) for line in lines)
    sizes = {round(line.size * 2) / 2 for line in lines}
    return len(sizes) >= 3 and prices >= 3 and prices * 25 >= words

