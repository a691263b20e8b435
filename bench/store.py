"""Store benchmark: ingest throughput, search latency against a LIKE scan, parallel and Dask ingest.

    .venv/bin/python -m bench.store [ARTICLES]      # default 100000

1. Stored articles/s into SQLite with its FTS indexes (NLP excluded): the
   Wikinews corpus from ../shared, repeated to ARTICLES articles in pages of
   8, across 5 publications and 20 years.  Target ≥ 2,000 articles/s.
2. Search latency p50/p95 over a fixed query mix (rare, middling and common
   words, phrases, OR, filters; facets on) on that store, and in the same run
   the naive baseline ``WHERE body LIKE '%term%'`` (count + first 20 by
   date).  Target p95 < 50 ms.  With BROADSHEET_BENCH_PG=postgresql://… the
   same on PostgreSQL, on a tenth of the articles.
3. Parallel ingest of real page dumps (24 pagegen pages, 3 copies each;
   read + NLP in workers): 2 worker processes against 1, and a Dask
   LocalCluster of 2 workers, on the same inputs.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import SHARED, Unavailable, benchmark_pages
from broadsheet.model import Article, Page, Source
from broadsheet.parallel import ingest
from broadsheet.pipeline import ReadOptions
from broadsheet.store import Filters, open_store
from broadsheet.store.sqlite import SQLiteStore

WIKINEWS = [SHARED / "corpora" / "wikinews" / f"wikinews_{year}.csv" for year in (2019, 2020)]
PUBLICATIONS = ["The Morning Ledger", "Evening Standard-Bearer", "The Weekly Courier", "Daily Gazette",
                "The Provincial Times"]
PER_PAGE = 8


def load_wikinews() -> list[tuple[str, list[str]]]:
    out = []
    for path in WIKINEWS:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                paras = [" ".join(p.split()) for p in row["text"].split("\n\n") if p.strip()][1:]
                if paras:
                    out.append((row["title"], paras))
    return out


def make_pages(corpus: list[tuple[str, list[str]]], n_articles: int) -> list[Page]:
    pages = []
    for p in range(-(-n_articles // PER_PAGE)):
        articles = []
        for k in range(PER_PAGE):
            i = p * PER_PAGE + k
            if i >= n_articles:
                break
            title, body = corpus[i % len(corpus)]
            articles.append(Article(id=f"a{k}", headline=title, body=body))
        year = 2000 + p % 20
        date = f"{year}-{1 + p % 12:02d}-{1 + p % 28:02d}"
        sha = hashlib.sha256(f"bench-page-{p}".encode()).hexdigest()
        pages.append(Page(Source(f"bench/{p}.txt", sha, "text-dump"), PUBLICATIONS[p % len(PUBLICATIONS)],
                          date, articles))
    return pages


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def query_mix(corpus: list[tuple[str, list[str]]], seed: int = 5) -> list[tuple[str, Filters, str]]:
    """(query, filters, the word a LIKE baseline scans for): words of every frequency, phrases, filters."""
    counts: dict[str, int] = {}
    for _, body in corpus:
        for word in set(" ".join(body).lower().split()):
            if word.isalpha() and len(word) > 4:
                counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    rng = random.Random(seed)
    common, middle, rare = ranked[:40], ranked[200:1200], [w for w in ranked if counts[w] == 2]
    mix: list[tuple[str, Filters, str]] = []
    for pool, n in ((common, 10), (middle, 15), (rare, 10)):
        mix.extend((w, Filters(), w) for w in rng.sample(pool, n))
    for a, b in zip(rng.sample(middle, 5), rng.sample(middle, 5), strict=True):
        mix.append((f"{a} OR {b}", Filters(), a))
    for title, _ in rng.sample(corpus, 5):
        words = [w for w in title.split() if w.isalpha()][:2]
        if len(words) == 2:
            phrase = " ".join(words)
            mix.append((f'"{phrase}"', Filters(), phrase))
    for w in rng.sample(common, 5):
        mix.append((w, Filters(publication=PUBLICATIONS[0], date_from="2005-01-01", date_to="2012-12-31"), w))
    return mix


def bench_ingest_and_search(n_articles: int, folder: Path) -> list[tuple[str, str, str]]:
    corpus = load_wikinews()
    pages = make_pages(corpus, n_articles)
    rows: list[tuple[str, str, str]] = []
    store = SQLiteStore(str(folder / "bench.db"))
    start = time.perf_counter()
    for i in range(0, len(pages), 64):  # as `broadsheet ingest` writes: 64 inputs a commit
        with store.batch():
            for page in pages[i:i + 64]:
                store.add_page(page)
    seconds = time.perf_counter() - start
    rate = n_articles / seconds
    rows.append(("ingest: articles stored/s (SQLite + FTS5, no NLP)", f"{rate:,.0f}",
                 f"{n_articles:,} articles in {seconds:.1f} s; target ≥ 2,000 → "
                 f"{'met' if rate >= 2000 else 'NOT met'}"))
    size = sum(p.stat().st_size for p in folder.glob("bench.db*"))
    rows.append(("store size", f"{size / 1e6:,.0f} MB", f"{size / n_articles / 1e3:.1f} kB per article"))

    mix = query_mix(corpus)
    store.search("warmup")  # page cache, statement cache
    fts_ms: list[float] = []
    totals: list[int] = []
    for query, filters, _ in mix:
        t = time.perf_counter()
        result = store.search(query, filters, limit=20)
        fts_ms.append((time.perf_counter() - t) * 1000)
        totals.append(result.total)
    no_facets: list[float] = []
    for query, filters, _ in mix:
        t = time.perf_counter()
        store.search(query, filters, limit=20, facets=False)
        no_facets.append((time.perf_counter() - t) * 1000)
    like_ms: list[float] = []
    conn = store.conn
    for _, filters, word in mix[::4]:
        pattern = f"%{word}%"
        t = time.perf_counter()
        extra, params = "", [pattern, pattern]
        if filters.publication:
            extra = " AND publication_id = ? AND date BETWEEN ? AND ?"
            params += [store._publication_id(filters.publication), filters.date_from or "",
                       filters.date_to or ""]
        conn.execute(f"SELECT count(*) FROM articles WHERE (body LIKE ? OR headline LIKE ?){extra}",
                     params).fetchone()
        conn.execute(f"SELECT id, headline, date FROM articles WHERE (body LIKE ? OR headline LIKE ?){extra}"
                     " ORDER BY date DESC LIMIT 20", params).fetchall()
        like_ms.append((time.perf_counter() - t) * 1000)
    p95 = pct(fts_ms, 0.95)
    rows.append((f"search p50 / p95, FTS5 ranked + snippets + facets ({len(mix)} queries)",
                 f"{statistics.median(fts_ms):.1f} / {p95:.1f} ms",
                 f"target p95 < 50 ms → {'met' if p95 < 50 else 'NOT met'}; "
                 f"median hits {statistics.median(totals):,.0f}"))
    rows.append(("search p50 / p95, FTS5 without facets", f"{statistics.median(no_facets):.1f} / "
                 f"{pct(no_facets, 0.95):.1f} ms", ""))
    rows.append((f"baseline: LIKE '%term%' scan p50 / p95 ({len(like_ms)} queries)",
                 f"{statistics.median(like_ms):.0f} / {pct(like_ms, 0.95):.0f} ms",
                 f"FTS is {statistics.median(like_ms) / statistics.median(fts_ms):.0f}× faster at p50, "
                 f"{pct(like_ms, 0.95) / p95:.0f}× at p95"))
    store.close()
    pg = os.environ.get("BROADSHEET_BENCH_PG")
    if pg:
        rows.extend(bench_postgres(pg, pages[: max(1, len(pages) // 10)], mix))
    return rows


def bench_postgres(address: str, pages: list[Page],
                   mix: list[tuple[str, Filters, str]]) -> list[tuple[str, str, str]]:
    store = open_store(address)
    n = sum(len(p.articles) for p in pages)
    start = time.perf_counter()
    for page in pages:  # one commit per input: what the API's uploads and parallel writers do
        store.add_page(page)
    seconds = time.perf_counter() - start
    times = []
    for query, filters, _ in mix:
        t = time.perf_counter()
        store.search(query, filters, limit=20)
        times.append((time.perf_counter() - t) * 1000)
    store.close()
    return [(f"PostgreSQL ingest ({n:,} articles)", f"{n / seconds:,.0f} articles/s", "one commit per input"),
            ("PostgreSQL search p50 / p95", f"{statistics.median(times):.1f} / {pct(times, 0.95):.1f} ms",
             "ranked among the newest 500 matches, exact totals")]


def bench_parallel(folder: Path, n_pages: int = 24) -> list[tuple[str, str, str]]:
    try:
        pages = benchmark_pages(n_pages)[:n_pages]
    except Unavailable as exc:
        return [("parallel ingest", "skipped", str(exc))]
    # Each dump three times (distinct contents, so three inputs): enough work to amortise starting
    # the workers and loading a spaCy model in each.
    copies = folder / "inputs"
    copies.mkdir(exist_ok=True)
    dumps = []
    for n in range(3):
        for page in pages:
            target = copies / f"{n}-{page.pdf.parent.name}-{page.pdf.stem}.txt"
            target.write_text(page.dump("pymupdf").read_text() + f"\n\nCopy {n}\n")
            dumps.append(str(target))
    options = ReadOptions(nlp=True, date="2019-06-01")
    rows: list[tuple[str, str, str]] = []
    with open_store(str(folder / "par-1.db")) as store:
        one = ingest(dumps, store, options, workers=1)
    rows.append(("ingest with NLP, 1 worker (in process)", f"{one.pages_per_second:.2f} pages/s",
                 f"baseline: {one.stored} pages, {one.articles} articles, {one.quotes} quotes in "
                 f"{one.seconds:.1f} s"))
    with open_store(str(folder / "par-2.db")) as store:
        two = ingest(dumps, store, options, workers=2)
    rows.append(("ingest with NLP, 2 worker processes", f"{two.pages_per_second:.2f} pages/s",
                 f"speed-up ×{two.pages_per_second / one.pages_per_second:.2f} vs 1 worker "
                 f"({two.seconds:.1f} s, includes starting the workers)"))
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            open_store(str(folder / "dask.db")) as store:
        report = ingest(dumps, store, options, dask=cluster.scheduler_address)
    rows.append(("ingest with NLP, Dask LocalCluster (2 workers)", f"{report.pages_per_second:.2f} pages/s",
                 f"×{report.pages_per_second / one.pages_per_second:.2f} vs 1 worker; "
                 f"{report.stored} pages, {len(report.failures)} failed"))
    return rows


def main() -> int:
    n_articles = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    if not all(p.exists() for p in WIKINEWS):
        print(f"bench.store: {WIKINEWS[0].parent} is missing: the shared corpora must sit beside the repo")
        return 1
    with tempfile.TemporaryDirectory(prefix="broadsheet-bench-") as tmp:
        rows = bench_ingest_and_search(n_articles, Path(tmp))
        rows += bench_parallel(Path(tmp))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>22}  notes")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>22}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
