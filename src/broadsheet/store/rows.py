"""From a `Page` to the rows the store writes: articles, parts, quotes, mentions, events, and the
per-input tallies that merge speakers and entities across the archive.

Pure functions, shared by both backends; `Store.add_page` writes what `prepare` returns.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Page, Region, Speaker
from .identity import entity_key, normalise_name

#: A capitalised word: what makes a speaker a named person or body worth a record of its own.
_NAMED = re.compile(r"\b[A-Z][\w'’.-]")


@dataclass(slots=True)
class Rows:
    """Everything one input writes, prepared before the transaction opens."""

    page: tuple[Any, ...] = ()
    articles: list[tuple[Any, ...]] = field(default_factory=list)
    parts: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    #: entity id → [name, label, mentions, articles]
    entities: dict[str, list[Any]] = field(default_factory=dict)
    entity_names: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    #: speaker id → [name, quotes, articles]
    speakers: dict[str, list[Any]] = field(default_factory=dict)
    speaker_names: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    speaker_titles: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _region_dict(region: Region) -> dict[str, Any]:
    return {k: getattr(region, k) for k in region.__slots__ if getattr(region, k) is not None}  # type: ignore[attr-defined]


def _date(value: str | None) -> str | None:
    return value or None


def prepare(page: Page, pub_id: str, issue_id: str, date: str) -> Rows:
    """The rows one input writes, made before its transaction opens."""
    page_id = page.source.sha256[:16]
    rows = Rows()
    rows.page = (
        page_id, page.source.sha256, issue_id, page.source.kind, page.source.path,
        page.source.pages, len(page.articles),
        json_text([{"number": p.number, "width": p.width, "height": p.height} for p in page.pages]),
        json_text([{"role": o.role, "text": o.text, "regions": [_region_dict(r) for r in o.regions]}
               for o in page.other]),
        json_text(page.warnings),
        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    for seq, article in enumerate(page.articles, 1):
        article_id = f"{page_id}-{seq}"
        _prepare_article(rows, article, article_id, seq, page_id, issue_id, pub_id, date)
    return rows

def _prepare_article(rows: Rows, article: Article, article_id: str, seq: int, page_id: str,
                     issue_id: str, pub_id: str, date: str) -> None:
    extra = {
        "source_id": article.id, "pages": article.pages, "continued_on": article.continued_on,
        "continued_from": article.continued_from,
        "regions": [_region_dict(r) for r in article.regions],
    }
    tags = [tag("p", pub_id), *date_tags(date)]
    for role in ("kicker", "headline", "deck", "byline", "bio"):
        text = getattr(article, role)
        if text:
            rows.parts.append((article_id, role, 0, text, None))
    for i, pq in enumerate(article.pull_quotes):
        rows.parts.append((article_id, "pull_quote", i, pq.text, json_text(
            {"speaker": pq.speaker, "speaker_title": pq.speaker_title, "quote_index": pq.quote_index})))
    for i, cap in enumerate(article.captions):
        rows.parts.append((article_id, "caption", i, cap.text,
                           json_text({"lead_in": cap.lead_in, "credit": cap.credit})))
    # Entities: one record per id across the archive, one mention row per article.
    person_ids: dict[str, str] = {}
    full_names = {e.id: e.text for e in article.entities if e.label in ("PERSON", "ORG")}
    for entity in article.entities:
        record = rows.entities.setdefault(entity.id, [entity.text, entity.label, 0, 0])
        record[2] += len(entity.mentions) or 1
        record[3] += 1
        for name in {entity.text, *entity.aliases}:
            rows.entity_names[(entity.id, name)] += 1
        tags.append(tag("e", entity.id))
        rows.mentions.append((entity.id, article_id, entity.text, len(entity.mentions) or 1,
                              json_text(entity.mentions), json_text(entity.aliases), _date(date)))
        if entity.label in ("PERSON", "ORG"):
            for name in {entity.text, *entity.aliases}:
                person_ids.setdefault(normalise_name(name), entity.id)
    seen_speakers: set[str] = set()
    for qseq, quote in enumerate(article.quotes, 1):
        speaker_id = _speaker_id(quote.speaker, person_ids) if quote.speaker else None
        speaker = quote.speaker
        if speaker and speaker_id:
            record = rows.speakers.setdefault(speaker_id, [speaker.name, 0, 0])
            record[1] += 1
            if speaker_id not in seen_speakers:
                record[2] += 1
                seen_speakers.add(speaker_id)
            rows.speaker_names[(speaker_id, speaker.name)] += 1
            if speaker_id in full_names and full_names[speaker_id] != speaker.name:
                rows.speaker_names[(speaker_id, full_names[speaker_id])] += 1
            if speaker.title:
                rows.speaker_titles[(speaker_id, speaker.title)] += 1
            tags.append(tag("s", speaker_id))
        rows.quotes.append((
            f"{article_id}-q{qseq}", article_id, qseq, quote.text, quote.kind, quote.start, quote.end,
            speaker_id, speaker.name if speaker else None, speaker.title if speaker else None,
            speaker.affiliation if speaker else None, quote.cue, quote.cue_start, quote.cue_end,
            date, pub_id,
        ))
    for eseq, event in enumerate(article.events, 1):
        tags.append(tag("t", event.type.upper()))
        src, tgt = event.source, event.target
        place = None
        if event.place:
            p = event.place
            place = json_text({"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
                           "geonameid": p.geonameid})
        rows.events.append((
            f"{article_id}-e{eseq}", article_id, eseq, event.type, event.cameo, event.mode,
            event.context, event.text, event.start, event.end,
            src.text if src else None, src.entity_id if src else None,
            src.country if src else None, src.sector if src else None,
            tgt.text if tgt else None, tgt.entity_id if tgt else None,
            tgt.country if tgt else None, tgt.sector if tgt else None,
            event.date, event.date_end, place, event.claimed_by, int(event.negated), event.sentence,
            _date(date),
        ))
    rows.articles.append((
        article_id, page_id, seq, issue_id, pub_id, date, article.headline, article.deck,
        article.byline, article.kicker, article.bio, article.text,
        json_text([len(p) for p in article.body]), len(article.quotes), json_text(extra),
        " ".join(dict.fromkeys(tags)),
    ))


def tag(kind: str, value: str) -> str:
    """A filter value as one search-index token: kind letter + digest ("p" publication, "s" speaker,
    "e" entity, "t" event type), so that SQLite's FTS applies filters as fast as words."""
    return kind + "x" + hashlib.sha1(value.encode()).hexdigest()[:12]


def date_tags(date: str) -> list[str]:
    """Year and month tokens of an ISO date: "2017-11-16" → ["y2017", "m201711"]."""
    if len(date) < 7 or not date[:4].isdigit():
        return []
    return [f"y{date[:4]}", f"m{date[:4]}{date[5:7]}"]


def _speaker_id(speaker: Speaker, person_ids: dict[str, str]) -> str | None:
    """The merged id of a speaker: the entity the text names, else a key of the name.

    A surname alone ("Putin") joins the full name ("Vladimir Putin") found
    in the same article.
    """
    if speaker.entity_id:
        return speaker.entity_id
    key = normalise_name(speaker.name)
    if not _NAMED.search(speaker.name.removeprefix("The ")):
        return None  # "officials", "the ministry": kept on the quote, not merged as a person
    if key in person_ids:
        return person_ids[key]
    if " " not in key:
        for name, eid in person_ids.items():
            if name.endswith(" " + key):
                return eid
    return entity_key(speaker.name, "PERSON")
