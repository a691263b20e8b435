"""A library's article segmentation, from the METS file that comes with its ALTO pages.

Digitised newspapers (Europeana, the British Library, many national
libraries) ship a METS file per issue whose *logical* structure map lists
the articles; each article's parts point at ALTO TextBlocks by ID
(``<area FILEID="ALTO2" BEGIN="P2_TB00012"/>``).  Given with ``--mets``, that
segmentation is imported as is: one `Article` per ``ARTICLE`` div, headline
and byline from the parts the library labelled so, the other TextBlocks
its body, cut into paragraphs at indents and short lines.  Other divs with
text (advertisements...) go to `Page.other`.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from itertools import pairwise
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Article, Caption, Other, Page, PageInfo, Region, Source, TextLine
from ..text.hyphenation import Dehyphenator
from .alto import AltoBlock
from .ocrtext import union

if TYPE_CHECKING:
    from .alto import AltoDocument

_HEADLINE = re.compile(r"HEAD|TITLE", re.I)
_BYLINE = re.compile(r"AUTHOR|BYLINE", re.I)
_CAPTION = re.compile(r"CAPTION", re.I)
_ARTICLE = re.compile(r"ARTICLE|STORY|SECTION|CHAPTER", re.I)
_XLINK = "{http://www.w3.org/1999/xlink}href"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name]


def _alto_file_ids(root: ET.Element, alto_path: str | None) -> set[str]:
    """IDs of the METS <file>s that are this ALTO file (matched by file name)."""
    if not alto_path:
        return set()
    name = os.path.basename(alto_path)
    ids = set()
    for file_el in root.iter():
        if _local(file_el.tag) != "file":
            continue
        for loc in file_el:
            href = loc.get(_XLINK) or loc.get("href") or ""
            if _local(loc.tag) == "FLocat" and os.path.basename(href.replace("\\", "/")) == name:
                ids.add(file_el.get("ID", ""))
    return ids


def join_lines(lines: list[TextLine], dehyphenator: Dehyphenator) -> str:
    """The text of consecutive lines as one paragraph, line-end hyphens decided by evidence."""
    text = ""
    for line in lines:
        if not text:
            text = line.text
        elif text.endswith("-") and not text.endswith("--") and line.text[:1].isalpha():
            left, _, stem = text[:-1].rpartition(" ")
            right, _, rest = line.text.partition(" ")
            joined = dehyphenator.join(stem, right)
            text = " ".join(part for part in (left, joined, rest) if part)
        else:
            text += " " + line.text
    return text


def paragraphs(lines: list[TextLine]) -> list[list[TextLine]]:
    """A TextBlock's lines cut into paragraphs after a sentence that ends a short line or an indent.

    Library blocks are often whole columns; their paragraphs show as a line
    that stops short after a full stop, or an indented line after one.  OCR
    noise moves line edges by about a letter, so an indent alone is no proof.
    """
    if len(lines) < 3:
        return [lines] if lines else []
    lefts = sorted(ln.bbox[0] for ln in lines)
    rights = sorted(ln.bbox[2] for ln in lines)
    left, right = lefts[len(lefts) // 2], rights[len(rights) // 2]
    em = sorted(ln.bbox[3] - ln.bbox[1] for ln in lines)[len(lines) // 2]
    groups: list[list[TextLine]] = [[lines[0]]]
    for prev, line in pairwise(lines):
        ended = prev.text.rstrip()[-1:] in ".!?:\"”'’"
        indented = line.bbox[0] - left > 0.8 * em
        short = right - prev.bbox[2] > 2 * em
        if ended and (short or indented):
            groups.append([])
        groups[-1].append(line)
    return groups


def articles_from_mets(mets_path: str, doc: AltoDocument, *, source: Source,
                       alto_path: str | None) -> Page:
    """The articles of the METS logical structure that fall on this ALTO file's blocks."""
    try:
        root = ET.parse(mets_path).getroot()
    except FileNotFoundError:
        raise InputError(mets_path, "no such file") from None
    except (ET.ParseError, OSError) as exc:
        raise InputError(mets_path, f"not a readable METS XML file ({exc})") from None
    maps = [m for m in root.iter() if _local(m.tag) == "structMap"
            and (m.get("TYPE") or "").upper() == "LOGICAL"]
    if not maps:
        raise InputError(mets_path, "no logical structMap (TYPE=\"LOGICAL\"): no article segmentation")
    ours = _alto_file_ids(root, alto_path)
    dehyphenator = Dehyphenator("\n".join(ln.text for b in doc.blocks.values() for ln in b.lines))
    page = Page(source=source, pages=[PageInfo(p.number, p.width, p.height) for p in doc.pages])

    lines_at = {line_id: (block, i) for block in doc.blocks.values()
                for i, line_id in enumerate(block.line_ids) if line_id}

    def blocks_of(div: ET.Element) -> list[AltoBlock]:
        found: list[AltoBlock] = []
        for area in div.iter():
            if _local(area.tag) != "area":
                continue
            if ours and area.get("FILEID") and area.get("FILEID") not in ours:
                continue
            begin = area.get("BEGIN") or ""
            block = doc.blocks.get(begin) or line_range(begin, area.get("END") or begin)
            if block is not None and all(block.id != b.id for b in found):
                found.append(block)
        return found

    def line_range(begin: str, end: str) -> AltoBlock | None:
        """Some METS files point at TextLines (BEGIN … END) rather than whole blocks."""
        at = lines_at.get(begin)
        if at is None:
            return None
        block, first = at
        last = block.line_ids.index(end) if end in block.line_ids[first:] else first
        return AltoBlock(f"{begin}-{end}", block.page, block.lines[first: last + 1],
                         block.line_ids[first: last + 1])

    def visit(div: ET.Element) -> None:
        kind = div.get("TYPE") or ""
        if _ARTICLE.search(kind) and not any(_ARTICLE.search(c.get("TYPE") or "")
                                             for c in div.iter() if c is not div and _local(c.tag) == "div"):
            article = _article(div, len(page.articles) + 1)
            if article.body or article.headline:
                page.articles.append(article)
            return
        children = _children(div, "div")
        if not children or not any(_ARTICLE.search(c.get("TYPE") or "") for c in div.iter()):
            blocks = blocks_of(div)
            if blocks:
                text = "\n".join(join_lines(b.lines, dehyphenator) for b in blocks)
                page.other.append(Other(role=kind.lower() or "other", text=text,
                                        regions=[_region(b, kind.lower() or "other", 0) for b in blocks]))
            return
        for child in children:
            visit(child)

    def _article(div: ET.Element, number: int) -> Article:
        article = Article(id=div.get("ID") or f"a{number}")
        claimed: set[str] = set()
        for part in div.iter():
            if _local(part.tag) != "div" or part is div:
                continue
            kind = part.get("TYPE") or ""
            role = ("headline" if _HEADLINE.search(kind) else "byline" if _BYLINE.search(kind)
                    else "caption" if _CAPTION.search(kind) else None)
            if role is None:
                continue
            for block in blocks_of(part):
                if block.id in claimed:
                    continue
                claimed.add(block.id)
                text = join_lines(block.lines, dehyphenator)
                index = 0
                if role == "headline" and article.headline is None:
                    article.headline, kept = text, "headline"
                elif role == "headline":
                    article.deck, kept = (f"{article.deck} {text}" if article.deck else text), "deck"
                elif role == "byline":
                    article.byline, kept = text, "byline"
                else:
                    index, kept = len(article.captions), "caption"
                    article.captions.append(Caption(text=text))
                article.regions.append(_region(block, kept, index))
        for block in blocks_of(div):
            if block.id in claimed:
                continue
            for lines in paragraphs(block.lines):
                article.regions.append(_region(block, "body", len(article.body), lines))
                article.body.append(join_lines(lines, dehyphenator))
        if article.headline is None and div.get("LABEL"):
            article.headline = div.get("LABEL")
        article.pages = sorted({r.page for r in article.regions})
        return article

    for structmap in maps:
        for div in _children(structmap, "div"):
            visit(div)
    if not page.articles:
        page.warnings.append(f"{mets_path}: no article of the METS logical structure is on this ALTO page")
    return page


def _region(block: AltoBlock, role: str, index: int, lines: list[TextLine] | None = None) -> Region:
    lines = block.lines if lines is None else lines
    confs = [ln.confidence for ln in lines if ln.confidence is not None]
    return Region(role=role, index=index, page=block.page, bbox=union(ln.bbox for ln in lines),
                  confidence=round(sum(confs) / len(confs), 3) if confs else None)
