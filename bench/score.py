"""Scoring a `Page` against pagegen gold: the measures every layout benchmark reports.

- body token F1: the multiset of body words on the page, micro-averaged over pages;
- headline accuracy: gold headlines found exactly (case and spacing aside: pages may
  uppercase headlines by CSS) among the predicted articles;
- paragraph-boundary F1: boundaries between body paragraphs, each identified by the
  words around it, so no alignment is needed;
- article-count accuracy: pages with as many articles as the gold;
- part accuracy: pull quotes, captions, bylines and bios found as such.

Typographic variants (curly vs straight quotes, dash widths, spacing) are folded on
both sides: they are the same text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from broadsheet.model import Page

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00ad": None})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip()


def tokens(text: str) -> list[str]:
    return fold(text).split()


def _boundaries(paragraph_lists: Iterable[list[str]], width: int = 3) -> Counter[tuple[str, ...]]:
    found: Counter[tuple[str, ...]] = Counter()
    for paragraphs in paragraph_lists:
        toks = [tokens(p) for p in paragraphs]
        for before, after in zip(toks, toks[1:], strict=False):
            if before and after:
                found[tuple(before[-width:]) + ("¶",) + tuple(after[:width])] += 1
    return found


@dataclass
class Tally:
    """Counts summed over pages; `result()` turns them into the reported measures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    para_tp: int = 0
    para_fp: int = 0
    para_fn: int = 0
    headlines: int = 0
    headlines_found: int = 0
    pages: int = 0
    count_right: int = 0
    parts: Counter[str] = field(default_factory=Counter)
    parts_found: Counter[str] = field(default_factory=Counter)

    def add(self, scores: dict[str, Any]) -> None:
        for key in (
            "tp",
            "fp",
            "fn",
            "para_tp",
            "para_fp",
            "para_fn",
            "headlines",
            "headlines_found",
            "pages",
            "count_right",
        ):
            setattr(self, key, getattr(self, key) + scores[key])
        self.parts.update(scores["parts"])
        self.parts_found.update(scores["parts_found"])

    def result(self) -> dict[str, float]:
        def f1(tp: int, fp: int, fn: int) -> float:
            return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

        out = {
            "body_f1": f1(self.tp, self.fp, self.fn),
            "headline_acc": self.headlines_found / self.headlines if self.headlines else 1.0,
            "paragraph_f1": f1(self.para_tp, self.para_fp, self.para_fn),
            "article_count_acc": self.count_right / self.pages if self.pages else 1.0,
        }
        for part, total in sorted(self.parts.items()):
            out[f"{part}_acc"] = self.parts_found[part] / total if total else 1.0
        return out


def _gold_paragraphs(article: dict[str, Any]) -> list[str]:
    return [piece["text"] for piece in article["body"]]


def score_page(page: Page, gold: dict[str, Any]) -> dict[str, Any]:
    """Counts for one page (add them up with `Tally`)."""
    gold_articles = gold["articles"]
    pred_tokens = Counter(t for a in page.articles for p in a.body for t in tokens(p))
    gold_tokens = Counter(t for a in gold_articles for p in _gold_paragraphs(a) for t in tokens(p))
    tp = sum((pred_tokens & gold_tokens).values())

    pred_bounds = _boundaries(a.body for a in page.articles)
    gold_bounds = _boundaries(_gold_paragraphs(a) for a in gold_articles)
    para_tp = sum((pred_bounds & gold_bounds).values())

    pred_headlines = {fold(a.headline).lower() for a in page.articles if a.headline}
    gold_headlines = [fold(a["headline"]).lower() for a in gold_articles if a.get("headline")]

    parts: Counter[str] = Counter()
    found: Counter[str] = Counter()
    pred_pull = {fold(q.text).lower() for a in page.articles for q in a.pull_quotes}
    pred_caps = {fold(c.text).lower() for a in page.articles for c in a.captions}
    pred_credit = {fold(c.credit or "").lower() for a in page.articles for c in a.captions}
    pred_bylines = {fold(a.byline).lower() for a in page.articles if a.byline}
    pred_bios = {fold(a.bio).lower() for a in page.articles if a.bio}
    for article in gold_articles:
        for pq in article.get("pull_quotes") or []:
            parts["pull_quote"] += 1
            found["pull_quote"] += fold(pq["text"]).lower() in pred_pull
        for cap in article.get("captions") or []:
            parts["caption"] += 1
            found["caption"] += fold(cap["text"]).lower() in pred_caps
            if cap.get("credit"):
                parts["credit"] += 1
                found["credit"] += fold(cap["credit"]).lower() in pred_credit
        if article.get("byline"):
            parts["byline"] += 1
            found["byline"] += fold(article["byline"]).lower() in pred_bylines
        if article.get("bio"):
            parts["bio"] += 1
            found["bio"] += fold(article["bio"]).lower() in pred_bios
    return {
        "tp": tp,
        "fp": sum(pred_tokens.values()) - tp,
        "fn": sum(gold_tokens.values()) - tp,
        "para_tp": para_tp,
        "para_fp": sum(pred_bounds.values()) - para_tp,
        "para_fn": sum(gold_bounds.values()) - para_tp,
        "headlines": len(gold_headlines),
        "headlines_found": sum(h in pred_headlines for h in gold_headlines),
        "pages": 1,
        "count_right": int(len(page.articles) == len(gold_articles)),
        "parts": parts,
        "parts_found": found,
    }
