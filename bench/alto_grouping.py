"""Article grouping on library OCR (ALTO) without article gold: shape measures.

The Chronicling America sample has no METS article map, so this bench does
not score against gold.  It prints measures that a sound segmentation of a
newspaper page keeps in a narrow range and that broken grouping throws off:

- ``articles`` and ``bodiless``: articles found, and those with a headline but
  no paragraph (a headline stack torn from its story, a masthead line);
- ``headed``: share of body words in an article that has a headline;
- ``short ¶``: share of paragraphs of at most 8 words (a column split into
  one-line paragraphs; ads and credits are short too);
- ``split ¶``: share of paragraph breaks where the next paragraph starts in
  lower case, mid-sentence (a false break: a skewed edge, a lost letter);
- ``words/¶``: median words per paragraph;
- ``switches/col``: how often the article changes going down a column of
  body text, per column (a story runs down its column; a stray headline
  cuts it);
- ``tiny heads``: headlines of at most two letters or digits;
- ``OCR kept``: share of the library's plain OCR tokens found in the output.

Baseline in the same run: the ALTO file's own TextBlocks taken as articles
(a block whose first line is larger than the page's body text is headed).

    .venv/bin/python -m bench.alto_grouping [FILE.alto.xml ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from bench import corpus
from bench.score import tokens

SAMPLE = corpus.SHARED / "samples" / "chronam-newyork-tribune-page.alto.xml"


@dataclass
class Unit:
    """An article as the measures see it: headline, paragraphs and body boxes."""

    headline: str | None
    body: list[str]
    boxes: list[list[float]]


def _switches(units: list[Unit]) -> float:
    """Article changes down each column of body boxes, per column."""
    boxes = sorted(((box, i) for i, u in enumerate(units) for box in u.boxes), key=lambda t: t[0][0])
    if not boxes:
        return 0.0
    width = median(b[2] - b[0] for b, _ in boxes)
    columns: list[list[tuple[list[float], int]]] = []
    for box, owner in boxes:
        if columns and box[0] - columns[-1][0][0][0] < 0.5 * width:
            columns[-1].append((box, owner))
        else:
            columns.append([(box, owner)])
    switches = 0
    for column in columns:
        owners = [owner for _, owner in sorted(column, key=lambda t: t[0][1])]
        switches += sum(a != b for a, b in zip(owners, owners[1:], strict=False))
    return switches / len(columns)


def _starts_lower(text: str) -> bool:
    letters = [ch for ch in text[:4] if ch.isalpha()]
    return bool(letters) and letters[0].islower()


def measures(units: list[Unit], plain: Counter[str] | None, extra: list[str]) -> dict[str, float]:
    paragraphs = [p for u in units for p in u.body]
    words = [len(p.split()) for p in paragraphs]
    body_words = sum(words) or 1
    headed = sum(len(p.split()) for u in units if u.headline for p in u.body)
    result = {
        "articles": float(len(units)),
        "bodiless": float(sum(1 for u in units if not u.body)),
        "headed": headed / body_words,
        "short ¶": sum(w <= 8 for w in words) / max(1, len(words)),
        "split ¶": sum(_starts_lower(p) for u in units for p in u.body[1:])
                    / max(1, sum(len(u.body) - 1 for u in units if u.body)),
        "words/¶": float(median(words)) if words else 0.0,
        "switches/col": _switches(units),
        "tiny heads": float(sum(1 for u in units if u.headline
                                and sum(ch.isalnum() for ch in u.headline) <= 2)),
    }
    if plain is not None:
        got = Counter(t for u in units for p in [u.headline or "", *u.body] for t in tokens(p))
        got.update(t for text in extra for t in tokens(text))
        result["OCR kept"] = sum((got & plain).values()) / max(1, sum(plain.values()))
    return result


def broadsheet_units(path: Path) -> tuple[list[Unit], list[str]]:
    from broadsheet.pipeline import read

    page = read(str(path), nlp=False)
    units = [Unit(a.headline, list(a.body), [r.bbox for r in a.regions if r.role == "body" and r.bbox])
             for a in page.articles]
    extra = [o.text for o in page.other]
    for a in page.articles:
        extra += [t for t in (a.kicker, a.deck, a.byline, a.bio) if t]
        extra += [c.text for c in a.captions] + [q.text for q in a.pull_quotes]
    return units, extra


def block_units(path: Path) -> tuple[list[Unit], list[str]]:
    """The baseline: each ALTO TextBlock an article, headed when it opens larger than the body."""
    from broadsheet.ingest.alto import parse_alto

    doc = parse_alto(path.read_bytes(), str(path))
    sizes: Counter[float] = Counter()
    for block in doc.blocks.values():
        for line in block.lines:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    units: list[Unit] = []
    for block in doc.blocks.values():
        if not block.lines:
            continue
        lines = block.lines
        headline = None
        if lines[0].size > 1.2 * body:
            headline = lines[0].text
            lines = lines[1:]
        box = [min(ln.bbox[0] for ln in block.lines), min(ln.bbox[1] for ln in block.lines),
               max(ln.bbox[2] for ln in block.lines), max(ln.bbox[3] for ln in block.lines)]
        text = " ".join(ln.text for ln in lines)
        units.append(Unit(headline, [text] if text else [], [box] if text else []))
    return units, []


def main() -> int:
    files = [Path(a) for a in sys.argv[1:]] or [SAMPLE]
    missing = [f for f in files if not f.exists()]
    if missing:
        print(f"bench.alto_grouping: {missing[0]} is missing (the shared folder must sit beside the repo)")
        return 1
    for path in files:
        plain_path = path.with_name(path.name.replace(".alto.xml", ".ocr.txt"))
        plain = Counter(tokens(plain_path.read_text(encoding="utf-8"))) if plain_path.exists() else None
        rows = {"ALTO TextBlocks (baseline)": measures(*_pair(block_units(path), plain)),
                "broadsheet layout": measures(*_pair(broadsheet_units(path), plain))}
        names = list(next(iter(rows.values())))
        print(f"\n{path.name} (no article gold: shape measures)")
        print(f"{'reading':<30}" + "".join(f"{n:>14}" for n in names))
        for reading, values in rows.items():
            print(f"{reading:<30}" + "".join(f"{values[n]:>14.3f}" for n in names))
    return 0


def _pair(units_extra: tuple[list[Unit], list[str]], plain: Counter[str] | None
          ) -> tuple[list[Unit], Counter[str] | None, list[str]]:
    units, extra = units_extra
    return units, plain, extra


if __name__ == "__main__":
    raise SystemExit(main())
