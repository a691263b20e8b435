"""Article drafts and the topic words that tell them apart.

Headlines, captions and pull quotes find their article by the words they share
with it; `affinity` weighs each word by how many drafts use it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ...model import Region
from . import roles
from .pieces import Piece

STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "we",
        "our",
        "you",
        "your",
        "i",
        "not",
        "no",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "said",
        "says",
        "after",
        "before",
        "over",
        "under",
        "into",
        "about",
        "more",
        "most",
        "than",
        "also",
        "new",
        "who",
        "which",
        "what",
        "when",
        "where",
        "how",
        "all",
        "any",
        "some",
        "one",
        "two",
        "three",
    ]
)


@dataclass
class Draft:
    """An article being assembled."""

    chains: list[list[Piece]] = field(default_factory=list)
    headline: Piece | None = None
    deck: Piece | None = None
    byline: Piece | None = None
    kicker: Piece | None = None
    bio: Piece | None = None
    pull_quotes: list[tuple[Piece, Piece | None]] = field(default_factory=list)
    captions: list[Piece] = field(default_factory=list)
    continued_on: int | None = None
    continued_from: int | None = None
    #: The first paragraph opens with a drop cap (printed or lost): surely an article start.
    drop_cap: bool = False
    #: Stream positions of its pieces, for adjacency.
    first: int = 0
    last: int = 0
    _words: Counter[str] | None = None

    def split(self, k: int) -> Draft:
        """Keep the first `k` paragraph chains and return a draft of the rest, over the same
        stream span (a second story that the stream ran into this one)."""
        rest = Draft(chains=self.chains[k:], first=self.first, last=self.last)
        self.chains = self.chains[:k]
        self._words = None
        return rest

    def words(self) -> Counter[str]:
        if self._words is None:
            counts: Counter[str] = Counter()
            for n, chain in enumerate(self.chains):
                weight = 3 if n < 2 else 1
                for piece in chain:
                    for w in content_words(piece.text):
                        counts[w] += weight
            self._words = counts
        return self._words


@lru_cache(maxsize=8192)
def content_words(text: str) -> tuple[str, ...]:
    """Words that carry the topic, cut to six letters so that inflections match."""
    return tuple(w[:6] for w in roles.norm_words(text) if w not in STOP and len(w) > 2)


def overlap(text: str, draft: Draft) -> float:
    words = set(content_words(text))
    if not words:
        return 0.0
    counts = draft.words()
    return sum(1 for w in words if counts[w]) / len(words)


def affinity(text: str, drafts: list[Draft]) -> list[float]:
    """How much of `text` each article explains, each word shared out by where it occurs.

    A word found in one article only counts fully for it; a word every article
    uses ("report", "said") counts little for any: headlines choose their own
    words, so the rare ones they share with a story say most about which it is.
    """
    words = set(content_words(text))
    scores = [0.0] * len(drafts)
    if not words:
        return scores
    counts = [d.words() for d in drafts]
    for w in words:
        found = [c[w] for c in counts]
        total = sum(found)
        if total:
            for n, k in enumerate(found):
                scores[n] += k / total
    return [sc / len(words) for sc in scores]


def region_of(piece: Piece, role: str, index: int = 0) -> Region:
    """Where a piece sits in the dump, in the role it was given."""
    return Region(role=role, index=index, page=1, start=piece.start, end=piece.end)
