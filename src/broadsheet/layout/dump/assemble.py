"""From pieces to articles: the reader's steps in order, and each draft turned into an `Article`.

The steps live in their own modules (`classify`, `chain`, `grouping`); this one
runs them and writes the result in the document model, every part with the
region of the dump it came from.
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import Article, Caption, Other, PullQuote, Region
from ...text.hyphenation import Dehyphenator
from . import roles
from .chain import chain
from .classify import all_caps, classify, peel_furniture, split_titles
from .drafts import Draft, content_words, region_of
from .grouping import attach, group
from .lines import read_lines, uses_trailing_spaces
from .pieces import cut_pieces, join_text, piece_text


def _name_case(name: str) -> str:
    """Bylines set in capitals by the page's style read as names: "MARA ELLISON" → "Mara Ellison"."""
    if not all_caps(name):
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())


def _strip_quote_marks(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^[\"“”‘'’]\s*", "", text)
    if text.count("“") < text.count("”") or (text.endswith("”") and "“" not in text[:-1]):
        text = re.sub(r"[\"”’']\s*$", "", text)
    elif text.endswith('"') and text.count('"') % 2 == 1:
        text = text[:-1]
    return text.strip()


def to_article(draft: Draft, article_id: str, dehyphenator: Dehyphenator) -> Article:
    article = Article(id=article_id, pages=[1])
    regions = article.regions
    if draft.headline is not None:
        article.headline = draft.headline.text
        regions.append(region_of(draft.headline, "headline"))
    if draft.deck is not None:
        article.deck = draft.deck.text
        regions.append(region_of(draft.deck, "deck"))
    if draft.byline is not None:
        article.byline = _name_case(re.sub(r"^(?:by|BY|By)\s+", "", draft.byline.text).strip())
        regions.append(region_of(draft.byline, "byline"))
    if draft.kicker is not None:
        article.kicker = draft.kicker.text
        regions.append(region_of(draft.kicker, "kicker"))
    for n, run in enumerate(draft.chains):
        text = ""
        for piece in run:
            text = join_text(text, piece.text, dehyphenator)
            regions.append(region_of(piece, "body", n))
        article.body.append(re.sub(r"\s+", " ", text).strip())
    for n, (piece, attribution) in enumerate(draft.pull_quotes):
        speaker = title = None
        if attribution is not None:
            speaker, title = roles.split_attribution(attribution.text, [ln.text for ln in attribution.lines])
            title = attribution.extra.get("title") or title
        article.pull_quotes.append(
            PullQuote(text=_strip_quote_marks(piece.text), speaker=speaker, speaker_title=title)
        )
        regions.append(region_of(piece, "pull_quote", n))
    for n, piece in enumerate(draft.captions):
        lead_in, text, credit = roles.parse_caption(piece.text)
        article.captions.append(Caption(text=text, lead_in=lead_in, credit=credit))
        regions.append(region_of(piece, "caption", n))
    if draft.bio is not None:
        article.bio = draft.bio.text
        regions.append(region_of(draft.bio, "bio"))
    article.continued_on = draft.continued_on
    article.continued_from = draft.continued_from
    return article


def reconstruct(text: str, article_prefix: str = "a") -> tuple[list[Article], list[Other], list[str]]:
    """The whole text-dump reader: returns (articles, other, warnings)."""
    warnings: list[str] = []
    lines = read_lines(text)
    furniture, lines = peel_furniture(lines)
    other = [
        Other(role="folio", text=ln.text, regions=[Region(role="folio", start=ln.start, end=ln.end)])
        for ln in furniture
    ]
    if not lines:
        return [], other, warnings
    trailing = uses_trailing_spaces(lines)
    pieces = cut_pieces(lines, trailing)
    dehyphenator = Dehyphenator(text)
    for piece in pieces:
        piece.text = piece_text(piece, dehyphenator)
        if trailing and piece.lines[-1].trailing_space:
            piece.extra["wrapped_end"] = "1"
    page_words = Counter(content_words(" ".join(p.text for p in pieces)))
    pieces = split_titles(pieces, page_words, dehyphenator)
    classify(pieces, trailing, page_words, dehyphenator)
    chains, lost_initials = chain(pieces, dehyphenator)
    drafts = group(pieces, chains, lost_initials)
    attach(pieces, drafts, other)
    articles = [to_article(d, f"{article_prefix}-{n + 1}", dehyphenator) for n, d in enumerate(drafts)]
    return articles, other, warnings
