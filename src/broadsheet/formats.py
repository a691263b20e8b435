"""Human-readable renderings of a `Page`: Markdown and plain text."""

from __future__ import annotations

import textwrap

from .model import Article, Event, Page, Quote


def _fill(text: str, width: int = 78, subsequent_indent: str = "") -> str:
    """Wrap for a terminal without breaking compounds ("US-backed") at their hyphen."""
    return textwrap.fill(text, width, subsequent_indent=subsequent_indent, break_on_hyphens=False)


def _caption_line(lead_in: str | None, text: str, credit: str | None) -> str:
    parts = [p for p in (lead_in, text) if p]
    line = " ".join(parts)
    return f"{line} ({credit})" if credit else line


def _speaker(quote: Quote) -> str:
    if quote.speaker is None:
        return "(unattributed)"
    title = ", ".join(p for p in (quote.speaker.title, quote.speaker.affiliation) if p)
    return f"{quote.speaker.name} ({title})" if title else quote.speaker.name


def _event_line(event: Event) -> str:
    who = event.source.text if event.source else "?"
    whom = f" → {event.target.text}" if event.target else ""
    when = f", {event.date}" + (f"…{event.date_end}" if event.date_end else "") if event.date else ""
    where = f", in {event.place.name}" if event.place else ""
    flags = " (not)" if event.negated else ""
    claim = f" [claimed by {event.claimed_by}]" if event.claimed_by else ""
    return f"{event.type}{flags}: {who}{whom} — “{event.text}”{when}{where}{claim}"


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
        out.append("**Who said what**\n")
        out.extend(f"- {_speaker(q)}, {q.kind}: “{q.text}”" for q in article.quotes)
        out.append("")
    if article.events:
        out.append("**Events**\n")
        out.extend(f"- {_event_line(e)}" for e in article.events)
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
            out.append(_fill(article.deck, width))
        if article.byline:
            out.append(f"By-line: {article.byline}")
        out.append("")
        for para in article.body:
            out.append(_fill(para, width))
            out.append("")
        for pq in article.pull_quotes:
            who = ", ".join(p for p in (pq.speaker, pq.speaker_title) if p)
            out.append(_fill(f"PULL QUOTE: “{pq.text}”" + (f" — {who}" if who else ""), width))
        for cap in article.captions:
            out.append(_fill("PHOTO: " + _caption_line(cap.lead_in, cap.text, cap.credit), width))
        if article.bio:
            out.append(_fill(f"ABOUT THE AUTHOR: {article.bio}", width))
        if article.quotes:
            out.append("\nWHO SAID WHAT")
            for q in article.quotes:
                out.append(_fill(f"- {_speaker(q)} [{q.kind}]: “{q.text}”", width, subsequent_indent="  "))
        if article.events:
            out.append("\nEVENTS")
            out.extend(_fill(f"- {_event_line(e)}", width, subsequent_indent="  ") for e in article.events)
        if article.entities:
            names = [
                e.text
                for e in sorted(article.entities, key=lambda e: -len(e.mentions))
                if e.label in ("PERSON", "ORG", "GPE", "NORP", "LOC")
            ][:12]
            out.append(_fill("\nENTITIES: " + "; ".join(names), width))
        out.append("")
    for other in page.other:
        out.append(f"({other.role}) {other.text}")
    return "\n".join(out).rstrip() + "\n"
