"""Run the NLP stages over articles: one spaCy model per process, batched with `nlp.pipe`.

Each stage is a module of this package that registers a spaCy component and
copies its results from the `Doc` to the `Article`.  `STAGES` lists them in
pipeline order as (module, factory name); the module must define
``to_article(doc, article) -> None``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from ..config import Settings
from ..errors import BroadsheetError
from ..model import Article, Page
from .longtext import pipe_texts

#: (module in broadsheet.nlp, spaCy factory it registers), in pipeline order.
STAGES: tuple[tuple[str, str], ...] = (
    ("entities", "broadsheet_entities"), ("quotes", "broadsheet_quotes"), ("events", "broadsheet_events")
)


def _stage_modules() -> list[Any]:
    return [importlib.import_module(f"{__package__}.{module}") for module, _ in STAGES]


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Any:
    """The spaCy pipeline for `model` with broadsheet's components added (cached)."""
    import spacy

    _stage_modules()  # registers the factories
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise BroadsheetError(
            f"spaCy model {model!r} is not installed (set BROADSHEET_SPACY_MODEL to an installed "
            f"model package): {exc}"
        ) from None
    for _, factory in STAGES:
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory)
    return nlp


def annotate(pages: Sequence[Page], settings: Settings | None = None, batch_size: int = 32) -> None:
    """Fill `quotes`, `entities` and `events` of every article of `pages` in place."""
    settings = settings or Settings()
    articles: list[tuple[Page, Article]] = [(p, a) for p in pages for a in p.articles if a.body]
    if not articles or not STAGES:
        return
    nlp = load_nlp(settings.spacy_model)
    exporters: list[Callable[[Any, Article], None]] = [m.to_article for m in _stage_modules()]
    items = [
        (article.text, {"issue_date": page.date, "pull_quotes": [pq.text for pq in article.pull_quotes]})
        for page, article in articles
    ]
    # pipe_texts batches with nlp.pipe, and parses over-long articles in pieces instead of failing.
    for (_, article), doc in zip(articles, pipe_texts(nlp, items, batch_size), strict=True):
        for export in exporters:
            export(doc, article)
