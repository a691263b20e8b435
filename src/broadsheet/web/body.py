"""Article body → paragraphs of runs, each run knowing its quotation and entity.

Quotation and entity offsets point into `Article.text` (paragraphs joined by
blank lines) and may overlap each other or cross a paragraph break, so the
body is cut at every span boundary into runs; a template then wraps runs of
one quotation in a highlight and runs of one entity mention in a link.  The
text stays plain here: escaping is Jinja's job (autoescape), never ours.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True)
class QuoteSpan:
    """A quotation's place in the body, with what its chip shows and links to."""

    start: int
    end: int
    kind: str = "direct"
    speaker: str | None = None
    speaker_id: str | None = None
    title: str | None = None


@dataclass(slots=True, frozen=True)
class EntitySpan:
    """One mention of an entity in the body."""

    start: int
    end: int
    entity_id: str
    label: str = ""


@dataclass(slots=True)
class Run:
    """A stretch of text with at most one quotation and one entity mention over it."""

    text: str
    quote: int | None = None
    entity: EntitySpan | None = None
    #: Set on the last run of a quotation: the chip (speaker) goes after it.
    closes: int | None = None


@dataclass(slots=True)
class Segment:
    """Consecutive runs inside one quotation (or outside any, `quote` None).

    `tail` is the closing quotation mark and punctuation that follow a
    quotation which ends here, moved out of the next segment so that the
    speaker chip comes after them rather than splitting ``them”,``.
    """

    quote: int | None
    runs: list[Run] = field(default_factory=list)
    closes: int | None = None
    tail: str = ""


#: What may follow a quotation before its speaker chip: closing marks and punctuation.
_TAIL = re.compile("^[”\"’'»)\\]]*[.,;:!?…]?[”\"’'»)\\]]*")


def _valid(start: int, end: int, length: int) -> bool:
    return 0 <= start < end <= length


def paragraphs(text: str, quotes: Sequence[QuoteSpan], entities: Sequence[EntitySpan]) -> list[list[Segment]]:
    """Cut `text` into paragraphs of segments of runs; spans outside the text are ignored.

    Where quotations overlap, the one that starts first owns the overlap; where
    mentions overlap, likewise.  A quotation's last run is marked so that its
    speaker chip can follow it.
    """
    n = len(text)
    qs = [(i, q) for i, q in enumerate(quotes) if _valid(q.start, q.end, n)]
    es = [e for e in entities if _valid(e.start, e.end, n)]
    cuts = {0, n}
    for _, q in qs:
        cuts.update((q.start, q.end))
    for e in es:
        cuts.update((e.start, e.end))
    # Paragraph breaks are cuts too, and their text is dropped.
    breaks: list[tuple[int, int]] = []
    pos = text.find("\n\n")
    while pos != -1:
        end = pos
        while end < n and text[end] == "\n":
            end += 1
        breaks.append((pos, end))
        cuts.update((pos, end))
        pos = text.find("\n\n", end)
    points = sorted(cuts)

    qs.sort(key=lambda item: (item[1].start, -item[1].end))
    es.sort(key=lambda e: (e.start, -e.end))
    last_run_of: dict[int, Run] = {}
    result: list[list[Segment]] = [[]]
    break_starts = {s: e for s, e in breaks}
    skip_until = -1
    for a, b in itertools.pairwise(points):
        if a < skip_until:
            continue
        if a in break_starts:
            skip_until = break_starts[a]
            if result[-1]:
                result.append([])
            continue
        quote = next((i for i, q in qs if q.start <= a and b <= q.end), None)
        entity = next((e for e in es if e.start <= a and b <= e.end), None)
        run = Run(text[a:b], quote, entity)
        para = result[-1]
        if not para or para[-1].quote != quote:
            para.append(Segment(quote))
        para[-1].runs.append(run)
        if quote is not None:
            last_run_of[quote] = run
    for i, run in last_run_of.items():
        run.closes = i
    for para in result:
        for seg in para:
            if seg.runs and seg.runs[-1].closes is not None:
                seg.closes = seg.runs[-1].closes
            # A link per mention, not per run: merge runs of one mention.
            merged: list[Run] = []
            for run in seg.runs:
                if merged and merged[-1].entity is not None and merged[-1].entity is run.entity \
                        and merged[-1].closes is None:
                    merged[-1].text += run.text
                    merged[-1].closes = run.closes
                else:
                    merged.append(run)
            seg.runs = merged
        _move_tails(para)
    return [p for p in result if p]


def _move_tails(para: list[Segment]) -> None:
    for seg, after in itertools.pairwise(para):
        if seg.closes is None or after.quote is not None or not after.runs or after.runs[0].entity:
            continue
        first = after.runs[0]
        tail = _TAIL.match(first.text)
        if tail and tail.end():
            seg.tail = first.text[:tail.end()]
            first.text = first.text[tail.end():]
            if not first.text:
                after.runs.pop(0)
    para[:] = [seg for seg in para if seg.runs or seg.tail]
