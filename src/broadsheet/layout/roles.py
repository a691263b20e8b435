"""Block roles from typography and geometry, relative to the page's body style.

The body style is the style with the most characters on the page.  Against
it, in order:

- folio: short small lines in the top or bottom margin band;
- jump: "Continued on page N" / "Continued from page N";
- drop cap: one or two oversize glyphs at the top left of a body block;
- display text (larger, or bold and a little larger): a pull quote when its
  words repeat the body, else a headline (bold or much larger) or a deck;
- small text: a caption by a picture, the speaker lines under a pull quote,
  a kicker just above a headline, a byline below one;
- text of body size in another style (italic, bold): a byline under a
  headline, a bio at the end of an article, else body;
- advertisements: cut out of the body and set apart (`adverts`).
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import LayoutPage
from ..text.furniture import CREDIT_AT_END, jump_target
from .adverts import advertisements
from .geometry import Block, style_of, x_overlap

_WORD = re.compile(r"[^\W_]+")
#: Margin band (fraction of the page height) where running heads and folios live.
_MARGIN = 0.065


def body_size(blocks: list[Block]) -> tuple[float, tuple[float, str, bool, bool]]:
    """The size and style with the most characters: the body text's."""
    weight: Counter[tuple[float, str, bool, bool]] = Counter()
    for block in blocks:
        for line in block.lines:
            weight[style_of(line)] += len(line.text)
    if not weight:
        return 10.0, (10.0, "", False, False)
    style = weight.most_common(1)[0][0]
    return style[0], style


def words(text: str) -> list[str]:
    if text.isascii():  # lower case first: the same words, one call (not so for every script)
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


def _body_trigrams(blocks: list[Block]) -> set[tuple[str, ...]]:
    toks: list[str] = []
    for block in blocks:
        parts: list[str] = []  # the lines, a line-end hyphen joined to the next line's word
        for line in block.lines:
            if parts and parts[-1].endswith("-"):
                parts[-1] = parts[-1][:-1]
                parts.append(line.text)
            else:
                parts.append(f" {line.text}")
        toks.extend(words("".join(parts)))
    return set(zip(toks, toks[1:], toks[2:], strict=False))


class _BodyText:
    """The word trigrams of the body text, built on first use (most pages never ask)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.trigrams: set[tuple[str, ...]] | None = None

    def repeats(self, text: str) -> bool:
        """True when most of `text`'s word trigrams occur in the body: a pull quote."""
        if self.trigrams is None:
            self.trigrams = _body_trigrams(self.blocks)
        toks = words(text)
        grams = [tuple(toks[i:i + 3]) for i in range(len(toks) - 2)]
        return len(grams) >= 2 and sum(g in self.trigrams for g in grams) >= 0.6 * len(grams)




def _captionish(block: Block) -> bool:
    """A bullet, a bold lead-in or a credit in brackets at the end: what captions look like."""
    first = block.first
    words = [run for run in first.runs if any(ch.isalnum() for ch in run.text)]
    lead_in = bool(words) and words[0].bold and not first.bold
    bullet = bool(first.text) and not first.text[0].isalnum() and first.text[0] not in "\"“‘'([«"
    return lead_in or bullet or bool(CREDIT_AT_END.search(block.lines[-1].text))


def _near_image(block: Block, images: list[list[float]], size: float) -> str | None:
    """"below" or "above" when the block sits just below or above a picture."""
    where = None
    for x0, y0, x1, y1 in images:
        overlap = min(x1, block.x1) - max(x0, block.x0)
        if overlap <= 0.5 * min(block.width, x1 - x0):
            continue
        if -2 <= block.y0 - y1 <= 2.5 * size:
            return "below"
        if -2 <= y0 - block.y1 <= 2.5 * size:
            where = "above"
    return where


def assign_roles(blocks: list[Block], page: LayoutPage) -> float:
    """Set `Block.role` for every block of one page; return the body text size."""
    size, body_style = body_size(blocks)
    _split_stacked_initials(blocks, size)
    bodyish = [b for b in blocks if style_of(b.first) == body_style]
    body = _BodyText(bodyish)
    top, bottom = _MARGIN * page.height, (1 - _MARGIN) * page.height
    for block in blocks:
        bsize = block.size
        jump = jump_target(block.text) if len(block.lines) <= 2 and len(block.text) <= 80 else None
        if jump:
            block.role = "jump"
            block.info["jump"] = jump
            continue
        if len(block.lines) <= 2 and bsize <= 1.3 * size and (block.y1 <= top or block.y0 >= bottom):
            block.role = "folio"
            continue
        letters = block.text.strip("“”\"'‘’ ")
        if len(block.lines) == 1 and 1 <= len(letters) <= 2 and bsize >= 1.8 * size:
            block.role = "dropcap"
            continue
        display = bsize >= 1.25 * size or (block.first.bold and bsize >= 1.12 * size)
        if display and sum(ch.isalnum() for ch in letters) <= 2:
            # a letter or two, never a headline: an initial whose size OCR underestimated (it
            # goes to the text beside it, see `_drop_caps`), else a speck
            block.role = "dropcap" if letters.isalpha() and len(block.lines) == 1 else "small"
            continue
        if display:
            if body.repeats(block.text):
                block.role = "pull_quote"
            elif block.first.bold or bsize >= 1.6 * size:
                block.role = "headline"
            else:  # light or italic, a little larger: a deck under a headline, else a headline
                block.role = "deck"
        elif bsize >= 1.1 * size and not block.first.bold:
            block.role = "pull_quote" if body.repeats(block.text) else "deck"
        elif style_of(block.first) == body_style:
            block.role = "body"
        elif (near := _near_image(block, page.images, size)) and len(block.lines) <= 8 and (
            bsize < 0.95 * size or _captionish(block)
        ):
            # not the body's style, by a picture: a caption, even in a size close to the body's
            block.role = "caption" if near == "below" else "caption_above"
        elif bsize < 0.95 * size:
            block.role = "small"
        elif block.first.italic or block.first.bold:
            block.role = "pull_quote" if body.repeats(block.text) else "aside"
        else:
            block.role = "body"
    low = [b for b in blocks if b.role != "folio" and b.y1 >= bottom - size]
    for block in blocks:  # text just under a story's last line is no folio (a pull quote's speaker)
        if block.role == "folio" and block.y0 >= bottom and any(
            0 <= block.y0 - other.y1 <= size and x_overlap(other, block) > 0 for other in low
        ):
            block.role = "small"
    advertisements(blocks, page, size)
    _mast_row(blocks, page, size)
    _credits(blocks, size)
    _lone_decks(blocks, size)
    _inset_quotes(blocks)
    _context_roles(blocks, size)
    _stacked_decks(blocks, page, size)
    _drop_caps(blocks, size)
    _lost_drop_caps(blocks)
    return size


def _split_stacked_initials(blocks: list[Block], size: float) -> None:
    """A letter or two stacked as the last line of a display block is a drop cap: its own block.

    A drop cap set just under a headline of about its size (scans measure
    both roughly) joins the headline's block, and the story's first letter
    ends the headline.  `blocks` is changed in place.
    """
    out: list[Block] = []
    for block in blocks:
        last = block.lines[-1]
        letters = sum(ch.isalnum() for ch in last.text)
        if (len(block.lines) > 1 and block.size >= 1.25 * size and 1 <= letters <= 2
                and last.x1 - last.x0 <= 1.5 * last.size and abs(last.x0 - block.x0) <= 0.5 * last.size):
            head = Block(lines=[], page=block.page, role=block.role, article=block.article, info=block.info)
            for line in block.lines[:-1]:
                head.add(line)
            cap = Block(lines=[], page=block.page, role=block.role, article=block.article)
            cap.add(last)
            out.extend((head, cap))
        else:
            out.append(block)
    blocks[:] = out


_PAGE_NUMBER = re.compile(r"^\W*(?:page\s*)?\d{1,3}\W*$", re.IGNORECASE)


def _mast_row(blocks: list[Block], page: LayoutPage, size: float) -> None:
    """The masthead's dateline (volume and number, date, price, weather ear) or an inside
    page's running head belongs to no article, nor does the nameplate above it.

    The row is the first, from the top of the page (within its top quarter), of short
    pieces (one or two lines, at most 2.5 body sizes) with nothing but headings right under
    them: three or more pieces spanning most of the page width, or two or more with a page
    number among them.  It and every block above it are folios.
    """
    rest = sorted((b for b in blocks if b.role != "folio"), key=lambda b: b.y0)
    done: set[int] = set()
    for first in rest:
        if first.y0 > 0.25 * page.height:
            return
        if id(first) in done:
            continue
        row = [b for b in rest if abs(b.y0 - first.y0) <= 1.5 * size]
        done.update(id(b) for b in row)
        # an ear's second line (a forecast under the weather heading) hangs just below the row
        row += [b for b in rest if b not in row and len(b.lines) <= 2
                and any(0 <= b.y0 - r.y1 <= 0.5 * size and x_overlap(r, b) > 0 for r in row)]
        top = min(b.y0 for b in row)
        above = [b for b in blocks if b not in row and b.y1 <= top + 0.5 * size]
        # above a dateline are only the nameplate and its ears, short pieces, never a story
        if any(len(b.lines) > 4 for b in above):
            return
        if _dateline(row, rest, page, size):
            for block in (*row, *above):
                block.role = "folio"
            return


def _dateline(row: list[Block], rest: list[Block], page: LayoutPage, size: float) -> bool:
    if any(len(b.lines) > 2 or b.size > 2.5 * size or b.role in ("caption", "caption_above") for b in row):
        return False
    span = max(b.x1 for b in row) - min(b.x0 for b in row)
    numbered = any(_PAGE_NUMBER.match(b.text) for b in row)
    if not ((len(row) >= 3 and span >= 0.6 * page.width) or (len(row) >= 2 and numbered
                                                            and span >= 0.5 * page.width)):
        return False
    # a row of story heads has the stories' text or pictures right under it; a dateline has
    # headings or rules
    if any(min(i[2], r.x1) - max(i[0], r.x0) > 0 and 0 <= i[1] - r.y1 <= 2 * size
           for r in row for i in page.images):
        return False
    return not any(b not in row and b.role not in ("headline", "folio") and x_overlap(r, b) > 0
                   and 0 <= b.y0 - r.y1 <= 2 * size for r in row for b in rest)


def _stacked_decks(blocks: list[Block], page: LayoutPage, size: float) -> None:
    """Display text stacked under a headline in its column, with no body text or picture
    between and no larger than it, is that headline's deck (old front pages set a head,
    then bank after bank of smaller heads above the story; a period at the end of a bank
    does not make it a pull quote).  When a wide head has its story's text right under it
    in one column, the heads under it in other columns begin stories of their own."""
    display = ("headline", "deck", "pull_quote")
    stack = sorted((b for b in blocks if b.role in display), key=lambda b: b.y0)
    walls = [b for b in blocks if b.role == "body"]
    for upper in stack:
        if upper.role != "headline" and "deck_of" not in upper.info:
            continue
        head = upper.info.get("deck_of", upper)
        under = [b for b in walls if 0 <= b.y0 - upper.y1 <= 4 * size and x_overlap(b, upper) > 0]
        for lower in stack:
            if lower is upper or not _banks_under(upper, lower, head, walls, page, size):
                continue
            if any(x_overlap(b, lower) <= 0 for b in under):
                continue
            lower.role = "deck"
            lower.info["deck_of"] = head


def _banks_under(upper: Block, lower: Block, head: Block, walls: list[Block], page: LayoutPage,
                 size: float) -> bool:
    """`lower` is set right under `upper` in its column, no larger than the stack's `head`."""
    if lower.y0 < upper.y1 - 1 or lower.y0 - upper.y1 > 4 * size:
        return False
    if x_overlap(upper, lower) < 0.6 * min(upper.width, lower.width):
        return False
    if lower.size > 1.05 * head.size or lower.width > 1.3 * upper.width + 2 * size:
        return False
    if any(b.y0 >= upper.y1 - 1 and b.y1 <= lower.y0 + 1 and x_overlap(b, lower) > 0 for b in walls):
        return False
    return not any(i[1] >= upper.y1 - 1 and i[3] <= lower.y0 + 1
                   and min(i[2], lower.x1) - max(i[0], lower.x0) > 0 for i in page.images)


def _credit_of(block: Block, caption: Block, size: float) -> bool:
    """A short one-line piece just right of a caption line on its row: the photo credit."""
    if len(block.lines) != 1 or len(block.text) > 40:
        return False
    return any(abs(line.y0 - block.y0) <= 0.5 * size and 0 <= block.x0 - line.x1 <= 6 * size
               for line in caption.lines)


def _credits(blocks: list[Block], size: float) -> None:
    """A piece in a caption's style on the row of a caption line, just right of it: the credit."""
    captions = [b for b in blocks if b.role == "caption"]
    styles = {style_of(c.first) for c in captions}
    for block in blocks:
        if block.role not in ("caption", "body", "small", "aside") or style_of(block.first) not in styles:
            continue
        for other in captions:
            if other is not block and other.role == "caption" and _credit_of(block, other, size):
                block.role = "credit"
                block.info["caption"] = other
                break


def _lone_decks(blocks: list[Block], size: float) -> None:
    """Display text under no headline heads its own story (a light or italic headline, a
    continuation's small headline); a little larger than the body, it is an aside."""
    headlines = [b for b in blocks if b.role == "headline"]
    for block in blocks:
        if block.role != "deck":
            continue
        if any(0 <= block.y0 - h.y1 <= 8 * size and x_overlap(h, block) > 0 for h in headlines):
            continue
        block.role = "headline" if block.size >= 1.25 * size else "aside"


def _inset_quotes(blocks: list[Block]) -> None:
    """Display text set in one column under (or right of) a wider headline that reads as a
    quotation (a quote mark, a closing full stop): a pull quote whose sentence is not on this page."""
    headlines = [b for b in blocks if b.role == "headline"]
    widths = sorted(b.width for b in blocks if b.role == "body" and len(b.lines) >= 3)
    if not widths or len(headlines) < 2:
        return
    column = widths[len(widths) // 2]
    for block in headlines:
        text = block.text.strip()
        letters = [ch for ch in block.first.text if ch.isalpha()]
        if len(letters) >= 4 and all(ch.isupper() for ch in letters):
            continue  # a line in capitals is a heading; a quotation is set in sentence case
        above = [b for b in blocks if b.role == "body" and b.y1 <= block.y0 + 1 and x_overlap(b, block) > 0
                 and any(h.y1 <= b.y0 + 1 and h.width >= 1.5 * block.width for h in headlines)]
        if sum(len(b.lines) for b in above) < 3:
            continue  # at the head of its column, above the story: a headline, not an inset
        if block.width > 1.25 * column or not (text[:1] in "“\"‘'«❝" or text.endswith((".", "”", '"'))):
            continue
        if any(h is not block and h.role == "headline" and h.y1 <= block.y0 and h.width >= 1.5 * block.width
               and (x_overlap(h, block) > 0 or h.x0 < block.x0) for h in headlines):
            block.role = "pull_quote"


def _context_roles(blocks: list[Block], size: float) -> None:
    """Small and aside blocks from their neighbours: kicker, byline, deck, speaker, credit."""
    headlines = [b for b in blocks if b.role == "headline"]
    pulls = [b for b in blocks if b.role == "pull_quote"]
    captions = [b for b in blocks if b.role == "caption"]
    bodies = [b for b in blocks if b.role == "body"]
    for block in blocks:
        if block.role == "caption_above":
            headed = any(0 <= block.y0 - h.y1 <= 8 * size and x_overlap(h, block) > 0 for h in headlines)
            block.role = "small" if headed else "caption"
        if block.role not in ("small", "aside", "deck"):
            continue
        below_pull = [p for p in pulls if 0 <= block.y0 - p.y1 <= 3 * size and x_overlap(p, block) > 0]
        if below_pull and block.role != "deck":
            block.role = "speaker"
            continue
        for cap in captions:
            if _credit_of(block, cap, size):
                block.role = "credit"
                block.info["caption"] = cap
        if block.role == "credit":
            continue
        above = [h for h in headlines if 0 <= h.y0 - block.y1 <= 2.5 * size and x_overlap(h, block) > 0]
        if above and block.role == "small":
            block.role = "kicker"
            continue
        under = [h for h in headlines if 0 <= block.y0 - h.y1 <= 8 * size and x_overlap(h, block) > 0
                 and not _body_between(h, block, bodies)]
        if block.role == "deck":
            if not under:
                block.role = "aside"
            continue
        if under and len(block.lines) <= 3:
            # a name is short; a longer line under the headline is its deck
            block.role = "byline" if len(block.text.split()) <= 6 else "deck"
        elif block.role != "aside":
            block.role = "small"


def _body_between(upper: Block, lower: Block, bodies: list[Block]) -> bool:
    """Body text stands between the two in the lower block's column (a byline comes before it)."""
    return any(b.y0 >= upper.y1 - 1 and b.y1 <= lower.y0 + 1 and x_overlap(b, lower) > 0 for b in bodies)


def _drop_caps(blocks: list[Block], size: float) -> None:
    """Give each drop cap's letter to the body block it starts; mark the lines beside it."""
    for cap in (b for b in blocks if b.role == "dropcap"):
        best: Block | None = None
        best_key = (2, 0.0)
        for block in blocks:
            if block.role != "body":
                continue
            dx = block.first.x0 - cap.x1
            dy = block.first.y0 - cap.y0
            beside = -2 <= dx <= 2.5 * size and -1.5 * size <= dy <= 1.5 * size
            below = abs(block.first.x0 - cap.x0) <= 2 and -2 <= block.first.y0 - cap.y1 <= size
            key = (0 if beside else 1, abs(dx))  # text beside the cap first, else text just below it
            if (beside or below) and key < best_key:
                best, best_key = block, key
        if best is None:
            cap.role = "small"
            continue
        best.info["dropcap"] = cap.text.strip()
        cap.article = None
        cap.info["owner"] = best
        for line in best.lines:
            if line.y0 < cap.y1:
                line.beside_dropcap = True


def _lost_drop_caps(blocks: list[Block]) -> None:
    """A body block whose first lines are shifted right lost its drop cap (drawn as an outline).

    The lines beside it are not indented; the letter is restored when one
    capital makes the first word a common word ("ancy" → "Nancy").
    """
    for block in blocks:
        if block.role != "body" or "dropcap" in block.info or len(block.lines) < 4:
            continue
        em = block.size
        shifted = 0
        for line in block.lines:
            if line.x0 - block.x0 >= 0.8 * em:  # one indented line is a paragraph; two or more, a drop cap
                shifted += 1
            else:
                break
        starts = [ln.x0 for ln in block.lines[:shifted]]
        if shifted == 1 and _wraps_tall_cap(block):
            pass  # one line beside a cap two lines tall, then a gap
        elif not 2 <= shifted <= 5 or max(starts, default=0) - min(starts, default=0) > 2:
            continue
        for line in block.lines[:shifted]:
            line.beside_dropcap = True
        letter = _guess_letter(block.first.text)
        if letter:
            block.info["dropcap"] = letter


def _wraps_tall_cap(block: Block) -> bool:
    """The first line runs on into the second across a gap taller than a line: it wrapped a cap."""
    first, second = block.lines[0], block.lines[1]
    pitch = block.lines[2].y0 - second.y0
    runs_on = first.text.endswith("-") or second.text[:1].islower()
    return pitch > 0 and second.y0 - first.y0 > 1.5 * pitch and runs_on


def _guess_letter(text: str) -> str | None:
    from ..text.hyphenation import zipf

    word = text.split(" ", 1)[0]
    core = word.rstrip(".,;:!?\"'”’")
    if not core.isalpha() or not core.islower():
        return None
    scored = sorted(((zipf((c + core).lower()), c) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), reverse=True)
    (best, letter), (second, _) = scored[0], scored[1]
    # The fragment must not be a word already: the lost letter may be a word of its own ("A road").
    return letter if best >= 3.0 and best - zipf(core) >= 2.5 and best - second >= 0.5 else None
