"""Articles from blocks in roles: ownership, reading order, paragraphs, jumps.

Ownership: a headline owns the columns beneath it until the next rule or
headline, so a block belongs to the lowest headline above it that covers a
good part of its column, with no separating rule in between.  A column that
no headline covers (a short headline over a wider story) goes to the nearest
headline to its left in the same band; text that no headline owns is one
headless article (the end of a story from an earlier page).

Within an article, body blocks are read column by column, left to right,
top to bottom.  A paragraph starts at an indent, a wider gap than the
column's line pitch, or after a short line in justified text; a line-end
hyphen at the column's right edge is a typesetter's break unless
`Dehyphenator` finds a compound.  "Continued on page N" articles are joined
with the "Continued from page M" article on page N.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from statistics import median

from ..model import Article, Caption, LayoutPage, Other, Page, PullQuote, Region
from ..text.furniture import CREDIT_AT_END
from ..text.hyphenation import Dehyphenator
from ..text.normalize import BULLETS
from .adverts import display_ad
from .geometry import Block, Line, x_overlap

_BODYISH = frozenset({"body", "aside", "small", "pull_quote", "speaker", "jump", "byline", "deck"})
_OPEN_QUOTES = "“\"‘'«❝❛„ "
_TERMINAL = ('.', '!', '?', '"', '”', '’', "'", ':', '…', ')')
_SENTENCE_END = ('.', '!', '?')
_LINE_END_HYPHENS = frozenset("-\u00ad‐")
_DASHES = frozenset("—–")
_X0, _Y0, _X1, _Y1 = attrgetter("x0"), attrgetter("y0"), attrgetter("x1"), attrgetter("y1")


@dataclass(slots=True, eq=False)
class _Draft:
    """An article being built on one page, with what jump joining needs."""

    article: Article
    page: int
    headline: Block | None
    blocks: list[Block] = field(default_factory=list)
    ends_open: bool = False
    starts_indented: bool = False
    merged: bool = False


def _join(text: str, nxt: str, dehyphenator: Dehyphenator, at_edge: bool = True) -> str:
    """Join two printed lines of one paragraph, undoing a typesetter's hyphen."""
    if not text:
        return nxt
    last = text[-1]
    if last in _LINE_END_HYPHENS and len(text) >= 2 and text[-2].isalpha() and nxt[:1].isalnum():
        left = text[:-1].rsplit(" ", 1)[-1]
        right = nxt.split(" ", 1)[0]
        if at_edge and not dehyphenator.keeps_hyphen(left, right):
            return text[:-1] + nxt
        return text[:-1] + "-" + nxt
    if last in _DASHES and len(text) >= 2 and text[-2].isalnum():
        return text + nxt
    return f"{text} {nxt}"


def _with_initial(initial: str, text: str) -> str:
    """The drop cap and the line it starts: "T" + "he night" → "The night", but "A" + "road" → "A road"."""
    word = re.split(r"[\s\-–—]", text, maxsplit=1)[0].strip(".,;:!?\"'”’").lower()
    if initial.upper() in ("A", "I", "O") and word.isalpha():
        from ..text.hyphenation import zipf

        if zipf(word) >= 3.0 and zipf(initial.lower() + word) < zipf(word) - 1.0:
            return f"{initial} {text}"
    return f"{initial}{text}"


def _text(block: Block, dehyphenator: Dehyphenator) -> str:
    out = ""
    for line in block.lines:
        out = _join(out, line.text, dehyphenator)
    return out


def _bbox(lines: list[Line]) -> list[float]:
    return [round(min(map(_X0, lines)), 2), round(min(map(_Y0, lines)), 2),
            round(max(map(_X1, lines)), 2), round(max(map(_Y1, lines)), 2)]


def _confidence(lines: list[Line]) -> float | None:
    values = [ln.confidence for ln in lines if ln.confidence is not None]
    return round(sum(values) / len(values), 3) if values else None


def _region(role: str, block: Block, index: int = 0, lines: list[Line] | None = None) -> Region:
    lines = lines or block.lines
    return Region(role=role, index=index, page=block.page, bbox=_bbox(lines), confidence=_confidence(lines))


# --- ownership ----------------------------------------------------------------------------


class _Owners:
    """Which headline owns a block, on one page."""

    def __init__(self, blocks: list[Block], layout: LayoutPage, size: float) -> None:
        self.size = size
        self.headlines = sorted((b for b in blocks if b.role == "headline"), key=lambda b: b.y0)
        self.bodyish = [b for b in blocks if b.role in _BODYISH]
        #: A block's column: the body blocks that share its left edge (a short line is not narrow text).
        edges: dict[int, tuple[float, float]] = {}  # left edge (in body sizes) → extent of its blocks
        for body in (b for b in blocks if b.role == "body"):
            key = round(body.x0 / size)
            x0, x1 = edges.get(key, (body.x0, body.x1))
            edges[key] = (min(x0, body.x0), max(x1, body.x1))
        self.column: dict[int, tuple[float, float]] = {}
        for block in self.bodyish:
            key = round(block.x0 / size)
            near = [edges[k] for k in (key - 1, key, key + 1) if k in edges] or [(block.x0, block.x1)]
            self.column[id(block)] = (min(e[0] for e in near), max(max(e[1] for e in near), block.x1))
        boxed = [b for b in blocks if b.role in ("pull_quote", "speaker")]
        self.horizontal = [
            r for r in layout.rules if r[2] - r[0] > r[3] - r[1]
            and not any(x_overlap_box(r, b) > 0 and (b.y0 - 14 <= r[1] <= b.y1 + 14) for b in boxed)
        ]

    def _separated(self, head: Block, block: Block) -> bool:
        for rule in self.horizontal:
            if head.y1 - 1 <= rule[1] <= block.y0 + 1 and x_overlap_box(rule, block) >= 0.5 * block.width:
                return True
        return False

    def above(self, block: Block) -> Block | None:
        """The lowest headline above the block that covers a good part of its column."""
        best: Block | None = None
        x0, x1 = self.column.get(id(block), (block.x0, block.x1))
        for head in self.headlines:
            if head.y1 > block.y0 + 0.5 * self.size:
                continue
            if min(head.x1, x1) - max(head.x0, x0) < 0.25 * min(x1 - x0, head.width):
                continue
            if self._separated(head, block):
                continue
            if best is None or head.y1 > best.y1:
                best = head
        return best

    def left(self, block: Block) -> Block | None:
        """The nearest headline to the left in the block's band (a short headline's story)."""
        best: Block | None = None
        for head in self.headlines:
            if head.y0 > block.y0 or head.x0 >= block.x0:
                continue
            if self._separated(head, block):
                continue
            if best is None or (head.y1, head.x1) > (best.y1, best.x1):
                best = head
        return best

    def below(self, block: Block) -> Block | None:
        """The headline just below the block, with no body text between (a kicker, a photo on top)."""
        for head in self.headlines:
            if head.y0 < block.y1 - 1 or x_overlap(head, block) <= 0:
                continue
            between = any(
                b.role == "body" and b.y0 >= block.y1 - 1 and b.y1 <= head.y0 + 1 and x_overlap(b, block) > 0
                for b in self.bodyish
            )
            return None if between else head
        return None

    def of_caption(self, block: Block) -> Block | None:
        up, down = self.above(block), self.below(block)
        if up is None or down is None:
            return up or down
        return up if block.y0 - up.y1 <= down.y0 - block.y1 else down


def x_overlap_box(box: list[float], block: Block) -> float:
    return min(box[2], block.x1) - max(box[0], block.x0)


# --- one page -----------------------------------------------------------------------------


def _merge_stacked(blocks: list[Block], role: str) -> list[Block]:
    """A headline or pull quote split into stacked blocks (a style change inside it) is one."""
    heads = sorted((b for b in blocks if b.role == role), key=lambda b: b.y0)
    for upper in heads:
        if upper.role != role:
            continue
        for lower in heads:
            if lower is upper or lower.role != role or lower.y0 < upper.y1 - 1:
                continue
            if lower.y0 - upper.y1 <= 0.6 * upper.size and x_overlap(upper, lower) > 0:
                for line in lower.lines:
                    upper.add(line)
                lower.role = "merged"
    return [b for b in blocks if b.role != "merged"]


def _columns(blocks: list[Block]) -> list[list[Block]]:
    """Body blocks grouped into columns by horizontal overlap, left to right."""
    columns: list[tuple[float, float, list[Block]]] = []
    for block in sorted(blocks, key=lambda b: b.x0):
        for i, (x0, x1, members) in enumerate(columns):
            overlap = min(x1, block.x1) - max(x0, block.x0)
            if overlap >= 0.5 * min(x1 - x0, block.width):
                members.append(block)
                columns[i] = (min(x0, block.x0), max(x1, block.x1), members)
                break
        else:
            columns.append((block.x0, block.x1, [block]))
    columns.sort(key=lambda c: c[0])
    return [sorted(members, key=lambda b: b.y0) for _, _, members in columns]


def _left_edge(column: list[Block]) -> float:
    """The column's left edge: where most lines start (a stray piece in the gutter is no edge)."""
    starts = Counter(round(ln.x0) for b in column for ln in b.lines)
    edge = max(starts, key=lambda x: (starts[x], -x))
    return min((ln.x0 for b in column for ln in b.lines if round(ln.x0) == edge), default=float(edge))


def _right_edge(column: list[Block]) -> float:
    """The column's right edge: where nine lines in ten end (one overprinted line is no edge)."""
    ends = sorted(ln.x1 for b in column for ln in b.lines)
    return ends[min(len(ends) - 1, int(0.9 * len(ends)))]


def _starts_lower(text: str) -> bool:
    """The line's first letter, past a speck or two of OCR punctuation, is lower case."""
    head = text[:3].lstrip(".,'\"`*;:~-_[]|")
    return head[:1].islower()


def _local_edges(column: list[Block], left: float, reach: int = 8) -> dict[int, float]:
    """Each line's left edge from its neighbours: the second-leftmost start among the lines
    around it.  A scanned column drifts by several points from top to bottom (skew, page
    curl), so one edge for the whole column would make every line of its drifted part look
    indented; a page set in print keeps one edge, and this is that edge."""
    lines = [ln for b in column for ln in b.lines]
    xs = [ln.x0 for ln in lines]
    edges: dict[int, float] = {}
    starts = sorted(xs[:reach])  # the window's starts, sorted: xs[i - reach:i + reach + 1] at line i
    for i, line in enumerate(lines):
        if i + reach < len(xs):
            bisect.insort(starts, xs[i + reach])
        if i > reach:
            starts.remove(xs[i - reach - 1])
        local = starts[1] if len(starts) >= 3 else starts[0]
        edges[id(line)] = local if 0 < local - left < 1.5 * line.size else left
    return edges


class _Paragraphs:
    """Body lines in reading order → paragraphs with their regions."""

    def __init__(self, columns: list[list[Block]], dehyphenator: Dehyphenator) -> None:
        self.dehyphenator = dehyphenator
        self.paragraphs: list[str] = []
        self.regions: list[Region] = []
        self.prev: Line | None = None
        self.prev_short = False
        self.prev_ragged_end = False
        self.first_indented = False
        edges = [(_left_edge(col), _right_edge(col)) for col in columns]
        # Justified text: most lines (a block's last line aside) reach the column's right edge.
        inner = [(ln, right) for col, (_, right) in zip(columns, edges, strict=True)
                 for b in col for ln in b.lines[:-1]]
        full = sum(ln.x1 >= right - 0.5 * ln.size for ln, right in inner)
        self.justified = full >= 0.6 * len(inner) if len(inner) >= 3 else True
        for col, (left, right) in zip(columns, edges, strict=True):
            self._column(col, left, right)

    def _column(self, column: list[Block], left: float, right: float) -> None:
        edges = _local_edges(column, left)
        for block in column:
            pitches = [b.y0 - a.y0 for a, b in itertools.pairwise(block.lines)]
            pitch = median(pitches) if pitches else 1.2 * block.size
            piece: list[Line] = []
            for i, line in enumerate(block.lines):
                indented = not line.beside_dropcap and line.x0 - edges[id(line)] >= 0.6 * line.size
                if self.prev is None:
                    new = True
                    self.first_indented = indented
                else:
                    above = block.lines[i - 1] if i > 0 else None
                    gap = above is not None and not above.beside_dropcap and line.y0 - above.y0 > 1.3 * pitch
                    ended = self.prev_short and self.justified and not line.text[:1].islower()
                    if i == 0 and not self.justified:
                        # ragged text at a column break: a short line ending a sentence ends the paragraph
                        ended = self.prev_ragged_end and not line.text[:1].islower()
                    # A line that runs on (lower case) after a full line with no sentence end is
                    # no paragraph start, however far right it begins: OCR lost its first letters.
                    runs_on = (not self.prev_short and not self.prev.text.endswith(_TERMINAL)
                               and _starts_lower(line.text))
                    new = ((indented or gap) and not runs_on) or ended
                text = line.text
                if i == 0 and "dropcap" in block.info:
                    text = _with_initial(block.info["dropcap"], text)
                if new:
                    if piece:
                        self._close(block, piece)
                    piece = [line]
                    self.paragraphs.append(text)
                else:
                    piece.append(line)
                    at_edge = not self.prev_short or not self.justified
                    self.paragraphs[-1] = _join(self.paragraphs[-1], text, self.dehyphenator, at_edge)
                self.prev = line
                self.prev_short = line.x1 < right - 1.5 * line.size
                self.prev_ragged_end = (line.x1 < left + 0.75 * (right - left)
                                        and line.text.endswith(_TERMINAL))
            if piece:
                self._close(block, piece)

    def _close(self, block: Block, lines: list[Line]) -> None:
        self.regions.append(_region("body", block, len(self.paragraphs) - 1, lines))

    @property
    def ends_open(self) -> bool:
        """The last line runs to the column edge without ending a sentence: the text goes on."""
        if self.prev is None:
            return False
        return not self.prev_short and not self.prev.text.endswith(_SENTENCE_END)


def _caption(blocks: list[Block], dehyphenator: Dehyphenator) -> Caption:
    """A caption from its block and credit pieces: bullet dropped, bold lead-in, credit at the end."""
    size = blocks[0].size
    lines: list[Line] = []
    for line in sorted((ln for b in blocks for ln in b.lines), key=lambda ln: ln.y0):
        if lines and abs(line.y0 - lines[-1].y0) <= 0.5 * size and line.x0 > lines[-1].x0:
            lines[-1] = _merged(lines[-1], line)
        else:
            lines.append(line)
    lead: list[str] = []
    first = lines[0]
    for run in first.runs:
        stripped = run.text.strip()
        if not lead and (not stripped or not any(ch.isalnum() for ch in stripped)):
            continue  # the bullet
        if run.bold and not first.bold:
            lead.append(run.text)
        else:
            break
    text = ""
    for line in lines:
        text = _join(text, line.text, dehyphenator)
    text = text.lstrip(BULLETS + " ▸►")
    lead_in = " ".join("".join(lead).split()) or None
    if lead_in and text.startswith(lead_in):
        text = text[len(lead_in):].lstrip()
    credit = None
    match = CREDIT_AT_END.search(text)
    if match:
        credit = match.group(1).strip()
        text = text[: match.start()].rstrip()
    return Caption(text=text, lead_in=lead_in, credit=credit)


def _merged(left: Line, right: Line) -> Line:
    return Line(text=f"{left.text} {right.text}", x0=left.x0, y0=min(left.y0, right.y0), x1=right.x1,
                y1=max(left.y1, right.y1), size=left.size, font=left.font, bold=left.bold,
                italic=left.italic, runs=[*left.runs, *right.runs])


def _page_drafts(layout: LayoutPage, blocks: list[Block], size: float, dehyphenator: Dehyphenator,
                 result: Page, number_base: str) -> list[_Draft]:
    blocks = _merge_stacked(_merge_stacked(blocks, "headline"), "pull_quote")
    owners = _Owners(blocks, layout, size)
    drafts: dict[int, _Draft] = {}
    order: list[Block | None] = []

    def draft_for(head: Block | None) -> _Draft:
        key = id(head) if head is not None else 0
        if key not in drafts:
            article = Article(id=f"{number_base}-p{layout.number}-{len(drafts) + 1}", pages=[layout.number])
            drafts[key] = _Draft(article=article, page=layout.number, headline=head)
            order.append(head)
        return drafts[key]

    for headline in owners.headlines:
        draft_for(headline).blocks.append(headline)
    others: list[Block] = []
    owner_of: dict[int, Block | None] = {}
    for block in sorted(blocks, key=lambda b: (b.role == "credit", b.y0, b.x0)):
        role = block.role
        if role in ("headline", "dropcap"):
            continue
        if role in ("folio", "advertisement"):
            others.append(block)
            continue
        head: Block | None
        if role == "kicker" or (role == "jump" and block.info["jump"][0] == "from"):
            head = owners.below(block) or owners.above(block)
        elif role == "credit" and id(block.info.get("caption")) in owner_of:
            head = owner_of[id(block.info["caption"])]
        elif role in ("caption", "credit"):
            head = owners.of_caption(block)
        else:
            head = owners.above(block) or owners.left(block)
        owner_of[id(block)] = head
        if head is None and role not in ("body", "aside", "pull_quote", "speaker", "caption", "credit"):
            others.append(block)
            continue
        draft_for(head).blocks.append(block)

    for head in [h for h in order if h is not None and display_ad(drafts[id(h)].blocks)]:
        if head not in order:
            continue
        pieces = drafts[id(head)].blocks
        for top in _ad_heads(head, [h for h in order if h is not None], drafts, size):
            pieces += drafts[id(top)].blocks
            order.remove(top)
            del drafts[id(top)]
        order.remove(head)
        del drafts[id(head)]
        pieces.sort(key=lambda b: (b.y0, b.x0))
        for block in pieces:
            block.role = "advertisement"
        result.other.append(Other(role="advertisement", text=" | ".join(b.text for b in pieces),
                                  regions=[_region("advertisement", b) for b in pieces]))
    _others(others, result)
    ordered = [drafts[id(h) if h is not None else 0] for h in order]
    for draft in ordered:
        _fill(draft, dehyphenator)
    return [d for d in ordered if d.article.body or d.article.headline]


def _ad_heads(ad: Block, heads: list[Block], drafts: dict[int, _Draft], size: float) -> list[Block]:
    """Headings with no story of their own stacked right above a display ad: its top lines."""
    out: list[Block] = []
    top = ad
    for head in sorted(heads, key=lambda h: -h.y1):
        blocks = drafts[id(head)].blocks
        storyless = all(b.role in ("headline", "deck", "kicker") for b in blocks)
        if head is ad or head.y1 > top.y0 + 1 or not storyless:
            continue
        if top.y0 - max(b.y1 for b in blocks) <= 2 * max(size, top.size) and x_overlap(head, top) > 0:
            out.append(head)
            top = head
    return out


def _others(blocks: list[Block], result: Page) -> None:
    """Folios and stray text: one `Other` per printed row, pieces left to right."""
    rows: list[list[Block]] = []
    for block in sorted(blocks, key=lambda b: (b.y0, b.x0)):
        if (rows and rows[-1][0].role == block.role != "advertisement"
                and abs(rows[-1][0].y0 - block.y0) <= 0.5 * block.size):
            rows[-1].append(block)
        else:
            rows.append([block])
    for row in rows:
        row.sort(key=lambda b: b.x0)
        role = row[0].role if row[0].role in ("folio", "advertisement") else "other"
        result.other.append(Other(role=role, text=" | ".join(b.text for b in row),
                                  regions=[_region(role, b) for b in row]))


def _fill(draft: _Draft, dehyphenator: Dehyphenator) -> None:
    """Build the article's parts from its blocks."""
    article = draft.article
    head = draft.headline
    if head is not None:
        article.headline = _text(head, dehyphenator)
        article.regions.append(_region("headline", head))
    by_role: dict[str, list[Block]] = {}
    for block in draft.blocks:
        by_role.setdefault(block.role, []).append(block)
    for kicker in by_role.get("kicker", [])[:1]:
        article.kicker = _text(kicker, dehyphenator)
        article.regions.append(_region("kicker", kicker))
    decks = by_role.get("deck", [])
    if decks:
        article.deck = " ".join(_text(b, dehyphenator) for b in decks)
        article.regions.extend(_region("deck", b) for b in decks)
    for jump in by_role.get("jump", []):
        direction, number = jump.info["jump"]
        if direction == "on":
            article.continued_on = number
        else:
            article.continued_from = number
        article.regions.append(_region("jump", jump))
    bylines = by_role.get("byline", [])
    body_blocks = [b for b in draft.blocks if b.role in ("body", "aside", "small")]
    columns = _columns(body_blocks)
    reading = [b for col in columns for b in col]
    asides = [b for b in reading if b.role != "body"]
    if asides and reading[-1] is asides[-1] and len(asides[-1].lines) <= 5 and asides[-1].role == "aside":
        bio = asides[-1]
        article.bio = _text(bio, dehyphenator)
        article.regions.append(_region("bio", bio))
        columns = [[b for b in col if b is not bio] for col in columns]
    if not bylines and reading and reading[0].role in ("aside", "small") and len(reading[0].lines) <= 2 and (
        len(reading) > 1
    ):
        bylines = [reading[0]]
        columns = [[b for b in col if b is not reading[0]] for col in columns]
    if bylines:
        byline = " ".join(_text(b, dehyphenator) for b in bylines)
        article.byline = re.sub(r"^by\s+", "", byline, flags=re.IGNORECASE)
        article.regions.extend(_region("byline", b) for b in bylines)
    paragraphs = _Paragraphs([c for c in columns if c], dehyphenator)
    article.body = paragraphs.paragraphs
    article.regions.extend(paragraphs.regions)
    draft.ends_open = paragraphs.ends_open
    draft.starts_indented = paragraphs.first_indented
    speakers = sorted(by_role.get("speaker", []), key=lambda b: b.y0)
    for i, pull in enumerate(sorted(by_role.get("pull_quote", []), key=lambda b: b.y0)):
        mine = [s for s in speakers if s.y0 >= pull.y1 - 1 and x_overlap(s, pull) > 0
                and s.y0 - pull.y1 <= 4 * s.size + 2 * s.size * speakers.index(s)]
        mine = [s for s in mine if s.info.setdefault("pull", i) == i][:2]
        text = _text(pull, dehyphenator).lstrip(_OPEN_QUOTES)
        quote = PullQuote(text=text, speaker=_text(mine[0], dehyphenator) if mine else None,
                          speaker_title=_text(mine[1], dehyphenator) if len(mine) > 1 else None)
        article.pull_quotes.append(quote)
        article.regions.append(_region("pull_quote", pull, i))
        article.regions.extend(_region("pull_quote_speaker", s, i) for s in mine)
    captions = sorted(by_role.get("caption", []), key=lambda b: (b.y0, b.x0))
    credits = by_role.get("credit", [])
    for i, cap in enumerate(captions):
        mine = [c for c in credits if c.info.get("caption") is cap]
        article.captions.append(_caption([cap, *mine], dehyphenator))
        article.regions.append(_region("caption", cap, i))


# --- jumps --------------------------------------------------------------------------------


def _similar(a: str | None, b: str | None) -> float:
    wa, wb = set((a or "").lower().split()), set((b or "").lower().split())
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _join_jumps(drafts: list[_Draft], dehyphenator: Dehyphenator) -> None:
    """Join each "Continued on page N" part with its "Continued from" part on page N."""
    for draft in drafts:
        if draft.merged:
            continue
        target, page = draft.article.continued_on, draft.page
        while target is not None:
            open_parts = [d for d in drafts if d.page == target and not d.merged and d is not draft]
            candidates = [d for d in open_parts if d.article.continued_from == page]
            # no "Continued from" line: the story goes on as the page's text without a headline
            candidates = candidates or [d for d in open_parts if d.headline is None and d.article.body]
            if not candidates:
                break
            part = max(candidates, key=lambda d: _similar(d.article.headline, draft.article.headline))
            _merge(draft, part, dehyphenator)
            target, page = part.article.continued_on, part.page


def _merge(first: _Draft, part: _Draft, dehyphenator: Dehyphenator) -> None:
    article, more = first.article, part.article
    offset = len(article.body)
    body = list(more.body)
    if body and article.body and first.ends_open and not part.starts_indented:
        article.body[-1] = _join(article.body[-1], body.pop(0), dehyphenator)
        offset -= 1
    article.body.extend(body)
    for region in more.regions:
        if region.role == "body":
            region.index += offset
        elif region.role in ("pull_quote", "pull_quote_speaker"):
            region.index += len(article.pull_quotes)
        elif region.role == "caption":
            region.index += len(article.captions)
        article.regions.append(region)
    article.pull_quotes.extend(more.pull_quotes)
    article.captions.extend(more.captions)
    article.bio = article.bio or more.bio
    article.byline = article.byline or more.byline
    article.pages.extend(p for p in more.pages if p not in article.pages)
    first.ends_open = part.ends_open
    part.merged = True


def assemble(page_blocks: list[tuple[LayoutPage, list[Block], float]], result: Page) -> None:
    """Fill `result` with the articles and other text of the laid-out pages."""
    text = "\n".join(line.text for _, blocks, _ in page_blocks for b in blocks for line in b.lines)
    dehyphenator = Dehyphenator(text)
    base = result.source.sha256[:8] or "pdf"
    drafts: list[_Draft] = []
    for layout, blocks, size in page_blocks:
        drafts.extend(_page_drafts(layout, blocks, size, dehyphenator, result, base))
    _join_jumps(drafts, dehyphenator)
    result.articles = [d.article for d in drafts if not d.merged]
