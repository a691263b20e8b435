"""Web reader render time: p95 server time of search, article, speaker and entity pages on 100k articles.

    .venv/bin/python -m bench.web [--articles 100000] [--requests 100] [--no-nlp] [--db PATH]

The store is built from pagegen pages (their gold structure: articles with
their boxes, pull quotes and captions), with quotations and entities from
the NLP stages run once on them (or, with ``--no-nlp``, each pull quote as a
body quotation by its speaker), repeated with fresh content hashes and
dates until it holds the asked number of articles; it is kept in
``bench/out/`` for the next run (building 100k articles with NLP records
takes about 15 minutes).  Pages are requested in process through the ASGI
app (no network), one at a time, so the time is the server's own.

Baseline, measured in the same run, interleaved: the store's own read calls
for the same page (data only, no HTML), so the ratio says what the page
costs on top of the data.  For entity pages the baseline is the store's
general `entity`/`mentions`/`events` calls, which the page replaces with
indexed look-ups (`broadsheet.web.queries`), hence a ratio below 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import re
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench import corpus
from broadsheet.model import (
    Article,
    Caption,
    Entity,
    Page,
    PageInfo,
    PullQuote,
    Quote,
    Region,
    Source,
    Speaker,
)

OUT = Path(__file__).resolve().parent / "out"
#: The pages whose p95 must stay under 100 ms (the exit status says whether they do).
REQUIRED = ("search", "article", "speaker")


# --- pages from pagegen gold -----------------------------------------------------------


def _person_id(name: str) -> str:
    from broadsheet.store.identity import entity_key

    return entity_key(name, "PERSON")


def _mentions(text: str, name: str) -> list[list[int]]:
    """Offsets of the full name and of the surname alone, as whole words."""
    spans: list[list[int]] = []
    taken: set[int] = set()
    for needle in dict.fromkeys([name, name.split()[-1]]):
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
            if not taken.intersection(range(m.start(), m.end())):
                spans.append([m.start(), m.end()])
                taken.update(range(m.start(), m.end()))
    return sorted(spans)


def gold_article(gold: dict[str, Any], art: dict[str, Any], page_no: int) -> Article:
    """One pagegen gold article as a document-model `Article` with its boxes.

    Pull quotes repeat a body sentence said by their speaker, so each one
    found in the body becomes a direct quotation, and its speaker a PERSON
    entity mentioned wherever the name (or surname) occurs.
    """
    body = [piece["text"] for piece in art["body"]]
    article = Article(
        id=art["id"], headline=art.get("headline"), deck=art.get("deck"), byline=art.get("byline"),
        body=body, bio=art.get("bio"), kicker=art.get("kicker"), pages=[page_no],
        continued_on=art.get("continues_on_page"), continued_from=art.get("continued_from_page"),
        captions=[Caption(c["text"], c.get("lead_in"), c.get("credit")) for c in art.get("captions", [])],
    )
    for block in gold.get("stream_order", []):
        owner, _, role = str(block.get("id", "")).rpartition("/")
        if owner == art["id"]:
            x, y, w, h = block["bbox_pt"]
            article.regions.append(Region(role=re.sub(r"\d+$", "", role), page=page_no,
                                          bbox=[x, y, x + w, y + h]))
    text = article.text
    people: dict[str, str] = {}
    for pq in art.get("pull_quotes", []):
        pull = PullQuote(pq["text"], pq.get("speaker"), pq.get("speaker_title"))
        start = text.find(pq["text"].strip("“”\" "))
        if start >= 0 and pq.get("speaker"):
            end = start + len(pq["text"].strip("“”\" "))
            speaker = Speaker(pq["speaker"], pq.get("speaker_title"), entity_id=_person_id(pq["speaker"]))
            pull.quote_index = len(article.quotes)
            article.quotes.append(Quote(text[start:end], "direct", start, end, speaker, cue="said"))
            people[pq["speaker"]] = speaker.entity_id or ""
        article.pull_quotes.append(pull)
    for name, eid in people.items():
        article.entities.append(Entity(eid, name, "PERSON", _mentions(text, name) or []))
    return article


def gold_page(generated: corpus.GeneratedPage, *, publication: str, date: str) -> Page:
    """A pagegen page as the `Page` a perfect PDF reader would give, pointing at its PDF."""
    gold = generated.gold
    data = generated.pdf.read_bytes()
    page_no = 1  # pagegen writes one PDF per page: in its file, each is page 1
    params = gold.get("params", {})
    return Page(
        source=Source(str(generated.pdf), hashlib.sha256(data).hexdigest(), "pdf", 1),
        publication=publication, date=date,
        articles=[gold_article(gold, art, page_no) for art in gold["articles"]],
        pages=[PageInfo(page_no, params.get("width_pt"), params.get("height_pt"))],
    )


def sample_pages(seed: int = 1) -> list[corpus.GeneratedPage]:
    """Cached pagegen pages of every style: the made-up examples (with pull quotes) and Wikinews."""
    pages: list[corpus.GeneratedPage] = []
    for style in corpus.STYLES:
        pages.extend(corpus.generate(style, seed=seed, pages=2, articles="examples"))
        pages.extend(corpus.generate(style, seed=seed, pages=3))
    return pages


def copies(page: Page, n: int, date: str) -> Page:
    """Copy `n` of a page: a fresh content hash and date, the same articles (bulk stores)."""
    clone = dataclasses.replace(page, date=date, articles=list(page.articles))
    clone.source = dataclasses.replace(
        page.source, sha256=hashlib.sha256(f"{page.source.sha256}/{n}".encode()).hexdigest())
    return clone


def stream(pages: list[Page], total_articles: int) -> Iterator[Page]:
    """Copies of `pages` with dates spread over years until `total_articles` are made."""
    made, n = 0, 0
    while made < total_articles:
        for page in pages:
            day = n // len(pages)
            date = f"{2000 + (day // 336) % 25:04d}-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}"
            yield copies(page, n, date)
            made += len(page.articles)
            n += 1
            if made >= total_articles:
                return


# --- the benchmark ----------------------------------------------------------------------


def build_store(db: Path, articles: int, nlp: bool) -> Any:
    """Open the bench store, filling it with copies of the sample pages up to `articles`.

    With `nlp`, the sample pages' quotations and entities come from the NLP
    stages (run once on the originals) instead of their pull quotes, so the
    store has the speakers and entities a real archive has.
    """
    from broadsheet.store import open_store

    store = open_store(str(db))
    have = store.counts().articles
    if have >= articles:
        return store
    base = [gold_page(g, publication=name, date="2000-01-01")
            for g, name in zip(sample_pages(), _publications(), strict=False)]
    if nlp:
        from broadsheet.nlp.pipeline import annotate

        annotate(base)
    started = time.perf_counter()
    added = 0
    for n, page in enumerate(stream(base, articles)):
        if added >= articles - have:
            break
        page.source.sha256 = hashlib.sha256(f"{page.source.sha256}/{have}".encode()).hexdigest()
        if store.add_page(page):
            added += len(page.articles)
        if n % 2000 == 0:
            rate = added / max(time.perf_counter() - started, 1e-9)
            print(f"  building: {have + added:,} articles ({rate:,.0f}/s)", file=sys.stderr)
    return store


def _publications() -> Iterator[str]:
    names = ("The Arab Weekly", "Daily Planet", "The Morning Ledger", "Evening Courier")
    n = 0
    while True:
        yield names[n % len(names)]
        n += 1


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def _timed(call: Any, args: list[Any]) -> list[float]:
    out = []
    for arg in args:
        start = time.perf_counter()
        call(arg)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.web", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100, help="requests per page type")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--no-nlp", dest="nlp", action="store_false",
                        help="quotations from the pages' pull quotes only (no spaCy run)")
    args = parser.parse_args(argv)
    try:
        corpus.require_shared()
    except corpus.Unavailable as exc:
        print(f"bench.web: cannot run: {exc}")
        return 1
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from broadsheet.store import Filters
    from broadsheet.web import mount

    OUT.mkdir(parents=True, exist_ok=True)
    db = args.db or OUT / f"web-{args.articles}{'-nlp' if args.nlp else ''}.db"
    store = build_store(db, args.articles, args.nlp)
    counts = store.counts()
    app = FastAPI()
    mount(app, store)
    client = TestClient(app)

    rng = random.Random(7)
    headlines = " ".join(h or "" for (h,) in store._all("SELECT DISTINCT headline FROM articles LIMIT 200"))
    words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{5,}", headlines)})
    queries = [rng.choice(words) for _ in range(args.requests)]
    article_ids = [r[0] for r in store._all("SELECT id FROM articles ORDER BY random() LIMIT ?",
                                            (args.requests,))]
    speakers = [s.id for s in store.speakers(limit=50).items]
    speaker_ids = [rng.choice(speakers) for _ in range(args.requests)] if speakers else []
    # The most mentioned names (dates and amounts are not linked by the reader).
    from broadsheet.web.routes import UNLINKED_LABELS

    entities = [e.id for e in store.entities(limit=200).items if e.label not in UNLINKED_LABELS][:50]
    entity_ids = [rng.choice(entities) for _ in range(args.requests)] if entities else []

    def get(url: str) -> None:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"bench.web: {url} answered {response.status_code}")

    def speaker_data(speaker_id: str) -> None:
        store.speaker(speaker_id)
        store.quotes(Filters(speaker=speaker_id), limit=20)
        store.articles(Filters(speaker=speaker_id), limit=30)

    def entity_data(entity_id: str) -> None:
        store.entity(entity_id)
        store.mentions(entity_id, limit=20)
        store.events(actor=entity_id, limit=50)  # the store's own calls; the page uses indexed ones

    rows = []
    for name, html_call, base_call, items in (
        ("search", lambda q: get(f"/search?q={q}"),
         lambda q: store.search(q, Filters(), limit=20, facets=False), queries),
        ("facets", lambda q: get(f"/search/facets?q={q}"),
         lambda q: store.search(q, Filters(), limit=1, facets=True), queries),
        ("article", lambda i: get(f"/articles/{i}"),
         lambda i: (store.article(i), store.page(i.rsplit("-", 1)[0])), article_ids),
        ("speaker", lambda s: get(f"/speakers/{s}"), speaker_data, speaker_ids),
        ("entity", lambda e: get(f"/entities/{e}"), entity_data, entity_ids),
    ):
        if not items:
            rows.append((name, 0, float("nan"), float("nan"), float("nan"), float("nan")))
            continue
        _timed(html_call, items[:5])  # warm caches and templates
        html: list[float] = []
        base: list[float] = []
        for n, item in enumerate(items):
            # Interleaved, in turns first, so both see the same load and the same warm caches.
            if n % 2:
                base += _timed(base_call, [item])
                html += _timed(html_call, [item])
            else:
                html += _timed(html_call, [item])
                base += _timed(base_call, [item])
        overhead = [h - b for h, b in zip(html, base, strict=True)]
        rows.append((name, len(items), statistics.median(html), _p95(html), _p95(base), _p95(overhead)))

    print(f"web reader render time, {counts.articles:,} articles, {counts.quotes:,} quotes, "
          f"{counts.speakers:,} speakers, {counts.entities:,} entities ({db.name}); "
          "in-process ASGI requests, sequential")
    print("baseline: the store's own read calls that the page makes (data only, no HTML)")
    print(f"{'page':<9} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'store p95':>10} {'ratio':>6} "
          f"{'web p95':>8} {'target':>8}")
    ok = True
    for name, n, p50, p95, base95, over95 in rows:
        ratio = p95 / base95 if base95 else float("nan")
        verdict = "< 100" if p95 < 100 else "MISSED"
        ok = ok and (p95 < 100 or name not in REQUIRED)
        print(f"{name:<9} {n:>5} {p50:>8.1f} {p95:>8.1f} {base95:>10.1f} {ratio:>6.2f} {over95:>8.1f} "
              f"{verdict:>8}")
    print("web p95: p95 of (page time - store time) per request, the reader's own cost")
    print("search: results page (facet counts load after it from /search/facets, row 'facets')")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {rss:,.0f} MB")
    store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
