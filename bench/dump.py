"""Text dumps → articles, measured on pagegen pages against gold.

For every page and every extractor dump (PyMuPDF lines and blocks, pdftotext
reading order and raw, pdfminer) it scores broadsheet and, in the same run, a
naive baseline: join every line-end hyphen, one article per page, paragraphs
at blank lines, the first line as headline.  Also the sample page's checks
and the reconstruction speed (pages/s of CPU time on one core, no NLP).

    python -m bench.dump [--pages N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench import corpus
from bench.score import Tally, score_page
from broadsheet.layout.dump.assemble import reconstruct
from broadsheet.model import Article, Page, Source

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "arabweekly-2017-11-page.txt"


def naive(text: str) -> Page:
    """The baseline: every line-end hyphen joined, one article, blank-line paragraphs."""
    joined = re.sub(r"-[ \t]*\n\s*", "", text)
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", joined)]
    paragraphs = [p for p in paragraphs if p]
    headline = paragraphs[0] if paragraphs else None
    article = Article(id="naive", headline=headline, body=paragraphs[1:])
    return Page(source=Source(path=None, sha256="", kind="text-dump"), articles=[article])


def ours(text: str) -> Page:
    articles, other, _ = reconstruct(text)
    return Page(source=Source(path=None, sha256="", kind="text-dump"), articles=articles, other=other)


def sample_checks() -> list[tuple[str, bool]]:
    text = SAMPLE.read_text(encoding="utf-8")
    page = ours(text)
    body = " ".join(p for a in page.articles for p in a.body)
    headlines = [a.headline for a in page.articles]
    return [
        ("2 articles", len(page.articles) == 2),
        ("headline 1 exact", "Loss of ISIS caliphate more significant than just lost territory" in headlines),
        ("headline 2 exact", "Russia assumes the lead in Syria’s peace process" in headlines),
        (
            "drop caps restored (With…, The seventh…)",
            body.startswith("With the once") and "The seventh round" in body,
        ),
        (
            "hyphens: seemingly, US-backed, e-mail",
            all(w in body for w in ("seemingly", "US-backed", "e-mail")),
        ),
        (
            "caption with credit, out of body",
            any(c.credit == "AFP" for a in page.articles for c in a.captions)
            and "Shrinking reach" not in body,
        ),
        (
            "pull quote with speaker, out of body",
            any(q.speaker == "Nicholas Heras" for a in page.articles for q in a.pull_quotes),
        ),
        ("bio out of body", any(a.bio for a in page.articles) and "section editor" not in body),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument(
        "--seeds",
        default="1,2",
        help="pagegen seeds (default 1,2: the pages the rules were written against; "
        "3,4 compose unseen pages from the same styles, a held-out check)",
    )
    parser.add_argument(
        "--styles",
        choices=("pagegen", "ours"),
        default="pagegen",
        help="pagegen's three styles (default), or our own layouts in bench/styles/, which "
        "the rules were not written for (see bench/styles/README.md)",
    )
    args = parser.parse_args(argv)
    seeds = tuple(int(seed) for seed in args.seeds.split(","))
    styles = corpus.STYLES if args.styles == "pagegen" else corpus.OWN_STYLES
    print("Sample page (The Arab Weekly, Nov. 2017)")
    for name, ok in sample_checks():
        print(f"  {'ok  ' if ok else 'FAIL'} {name}")
    try:
        pages = corpus.benchmark_pages(args.pages, seeds=seeds, styles=styles)
    except corpus.Unavailable as exc:
        print(f"pagegen pages unavailable: {exc}", file=sys.stderr)
        return 1
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    seconds = {"broadsheet": 0.0, "naive": 0.0}
    count = 0
    for page in pages:
        gold = page.gold
        for extractor in corpus.EXTRACTORS:
            path = page.dump(extractor)
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            count += 1
            for name, reader in (("broadsheet", ours), ("naive", naive)):
                t0 = time.process_time()
                result = reader(text)
                seconds[name] += time.process_time() - t0
                scores = score_page(result, gold)
                tallies[(name, extractor)].add(scores)
                tallies[(name, "ALL")].add(scores)
                tallies[(name, gold["style"])].add(scores)
    print(f"\n{len(pages)} pagegen pages (seeds {args.seeds}), {count} dumps (styles {', '.join(styles)})")
    header = (
        f"{'reader':11} {'dumps':15} {'body F1':>8} {'headline':>9} {'para F1':>8} {'count':>6} "
        f"{'pullq':>6} {'caption':>8} {'byline':>7} {'bio':>5}"
    )
    print(header)
    print("-" * len(header))
    groups = ["ALL", *styles, *corpus.EXTRACTORS]
    for group in groups:
        for name in ("broadsheet", "naive"):
            r = tallies[(name, group)].result()
            print(
                f"{name:11} {group:15} {r['body_f1']:8.4f} {r['headline_acc']:9.3f} {r['paragraph_f1']:8.3f} "
                f"{r['article_count_acc']:6.3f} {r.get('pull_quote_acc', 1):6.3f} "
                f"{r.get('caption_acc', 1):8.3f} "
                f"{r.get('byline_acc', 1):7.3f} {r.get('bio_acc', 1):5.3f}"
            )
    rate = count / seconds["broadsheet"] if seconds["broadsheet"] else float("inf")
    print(
        f"\nspeed (CPU time of this process: other load on the machine does not count): "
        f"broadsheet {rate:.0f} pages/s on one core, no NLP; naive baseline "
        f"{count / seconds['naive']:.0f} pages/s; broadsheet takes "
        f"{seconds['broadsheet'] / seconds['naive']:.1f}x the baseline's time"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
