"""Human-readable renderings of a `Page`: Markdown and plain text."""

from __future__ import annotations

import textwrap

from .model import Article, Page


def _caption_line(lead_in: str | None, text: str, credit: str | None) -> str:
    parts = [p for p in (lead_in, text) if p]
    line = " ".join(parts)
    return f"{line} ({credit})" if credit else line


def article_markdown(article: Article) -> str:
    out: list[str] = []
    if article.kicker:
        out.append(f"*{article.kicker}*\n")
    out.append(f"## {article.headline or '(no headline)'}\n")
    if article.deck:
        out.append(f"**{article.deck}**\n")
    if article.byline:
        out.append(f"*{article.byline}*\n")
    out.extend(f"{para}\n" for para in article.body)
    for pq in article.pull_quotes:
        who = ", ".join(p for p in (pq.speaker, pq.speaker_title) if p)
        out.append(f"> {pq.text}" + (f"\n> — {who}" if who else "") + "\n")
    for cap in article.captions:
        out.append(f"*Photo: {_caption_line(cap.lead_in, cap.text, cap.credit)}*\n")
    if article.bio:
        out.append(f"*{article.bio}*\n")
    if article.quotes:
        out.append("**Quotations**\n")
        for q in article.quotes:
            who = q.speaker.name if q.speaker else "unknown"
            out.append(f"- {who} ({q.kind}): “{q.text}”")
        out.append("")
    return "\n".join(out)


def page_markdown(page: Page) -> str:
    title = " — ".join(p for p in (page.publication, page.date) if p) or (page.source.path or "page")
    out = [f"# {title}\n"]
    for article in page.articles:
        out.append(article_markdown(article))
    if page.other:
        out.append("---\n")
        out.extend(f"- *{o.role}*: {o.text}" for o in page.other)
    return "\n".join(out).rstrip() + "\n"


def page_text(page: Page, width: int = 78) -> str:
    out: list[str] = []
    for n, article in enumerate(page.articles, 1):
        headline = article.headline or "(no headline)"
        out.append(f"[{n}] {headline.upper()}")
        if article.deck:
            out.append(textwrap.fill(article.deck, width))
        if article.byline:
            out.append(f"By-line: {article.byline}")
        out.append("")
        for para in article.body:
            out.append(textwrap.fill(para, width))
            out.append("")
        for pq in article.pull_quotes:
            who = ", ".join(p for p in (pq.speaker, pq.speaker_title) if p)
            out.append(textwrap.fill(f"PULL QUOTE: “{pq.text}”" + (f" — {who}" if who else ""), width))
        for cap in article.captions:
            out.append(textwrap.fill("PHOTO: " + _caption_line(cap.lead_in, cap.text, cap.credit), width))
        if article.bio:
            out.append(textwrap.fill(f"ABOUT THE AUTHOR: {article.bio}", width))
        out.append("")
    for other in page.other:
        out.append(f"({other.role}) {other.text}")
    return "\n".join(out).rstrip() + "\n"
