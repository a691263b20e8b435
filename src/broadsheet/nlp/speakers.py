"""Who is speaking: from the words next to a cue to a name, a title and an affiliation.

A cue's subject may be a name ("Nicholas Heras", "Heras"), a pronoun ("he"),
a nominal ("a spokesman for the opposition", "The latter") or a document
("A recent report by the Soufan Group").  `SpeakerResolver` turns it into a
speaker record, using the article's merged entities (``doc._.bs_entities``
from ``broadsheet_entities``) when they are there, so that a short form or a
pronoun gets the full name introduced earlier, and so that the speaker
carries the entity's stable id.  Titles and affiliations come from the
appositive after the name ("Nicholas Heras, a Middle East security fellow at
the Centre for a New American Security") or the words before it ("researcher
Charlie Winter"), and are remembered for later mentions of the same person.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Doc, Span, Token

#: Pronouns resolved to the nearest earlier person.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_RELATIVE = frozenset({"who", "which", "that"})
#: Words that point back at the last named party ("The latter have declined…").
ANAPHORS = frozenset({"latter"})
_PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_AFFILIATION_LABELS = frozenset({"ORG", "FAC"})
_AFFILIATION_PREPS = ("at", "of", "for", "with", "from")
_TRIM = " ,;:—–-\n\t\"“”‘’()"

SpeakerDict = dict[str, Any]

_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
           "she": "f", "her": "f", "hers": "f", "herself": "f"}
_HONORIFIC = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}


def _genders(doc: Doc, mentions: list[tuple]) -> dict[str, str]:
    """Entity id → "m"/"f" where the text says so: an honorific before a name ("Mrs. Clinton"),
    or a sentence about one person, its subject, whose pronouns all agree ("Ginsburg said she …")."""
    votes: dict[str, dict[str, int]] = {}
    starts = [m[0] for m in mentions]
    for sent in doc.sents:
        lo = bisect.bisect_left(starts, sent.start_char)
        hi = bisect.bisect_left(starts, sent.end_char)
        people = [m for m in mentions[lo:hi] if m[4] == "PERSON"]
        for m in people:
            tok = doc.char_span(m[0], m[1], alignment_mode="expand")
            if tok is not None and tok.start > 0:
                g = _HONORIFIC.get(doc[tok.start - 1].lower_)
                if g:
                    votes.setdefault(m[2], {}).setdefault(g, 0)
                    votes[m[2]][g] += 2
        if len({m[2] for m in people}) != 1:
            continue
        m = people[0]
        tok = doc.char_span(m[0], m[1], alignment_mode="expand")
        if tok is None or not any(t.dep_ in ("nsubj", "nsubjpass") for t in tok):
            continue
        found = {_GENDER[t.lower_] for t in sent if t.i >= tok.end and t.lower_ in _GENDER}
        if len(found) == 1:
            g = found.pop()
            votes.setdefault(m[2], {}).setdefault(g, 0)
            votes[m[2]][g] += 1
    return {eid: max(v, key=v.__getitem__) for eid, v in votes.items()
            if len(v) == 1 or max(v.values()) >= 2 * min(v.values())}


class SpeakerResolver:
    """Resolves speaker mentions of one document; remembers titles of the people it has seen."""

    def __init__(self, doc: Doc, source_nouns: frozenset[str], text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins every token: read it once
        self.source_nouns = source_nouns
        rows = doc.user_data.get("bs_entities")
        if rows is None:  # broadsheet_entities did not run: use the model's entities as they are
            from .entities import entity_id

            rows = [[entity_id(e.text, e.label_), e.text, e.label_, [[e.start_char, e.end_char]], []]
                    for e in doc.ents]
        # (start, end, id, name, label) of every mention, sorted by start.
        self.mentions = sorted(
            (s, e, row[0], row[1], row[2]) for row in rows for s, e in row[3]
        )
        self.starts = [m[0] for m in self.mentions]
        self.known: dict[str, tuple[str | None, str | None]] = {}  # name → (title, affiliation)
        self.genders: dict[str, str] | None = None  # entity id → "m" / "f", read when needed

    # --- entity lookups -------------------------------------------------------------

    def entity_in(self, start: int, end: int, labels: frozenset[str] = _PARTY_LABELS) -> tuple | None:
        """The first entity mention of one of `labels` inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            m = self.mentions[i]
            if m[1] <= end and m[4] in labels:
                return m
            i += 1
        return None

    def person_named(self, short: str, pos: int) -> tuple | None:
        """The nearest earlier person whose full name ends with (or starts with) `short`."""
        from .entities import _short_form_of

        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m[4] == "PERSON" and (m[3] == short or _short_form_of(short, m[3])):
                return m
            i -= 1
        return None

    def entity_covering(self, start: int, end: int) -> tuple | None:
        """The entity mention that contains ``[start, end)`` (a name's head word)."""
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.mentions[i][0] >= start - 200:
            m = self.mentions[i]
            if m[0] <= start and end <= m[1] and m[4] in _PARTY_LABELS:
                return m
            i -= 1
        return None

    def entity_before(self, pos: int, labels: frozenset[str], window: int = 3000) -> tuple | None:
        """The nearest entity mention of `labels` ending before `pos`, within `window` characters."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.mentions[i][0] >= pos - window:
            m = self.mentions[i]
            if m[1] <= pos and m[4] in labels:
                return m
            i -= 1
        return None

    def person_before(self, pos: int, gender: str, window: int = 3000) -> tuple | None:
        """The nearest person mentioned before `pos` whom nothing marks as of the other gender
        ("she" after "… if Trump is elected" is not Trump)."""
        if self.genders is None:
            self.genders = _genders(self.doc, self.mentions)
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.mentions[i][0] >= pos - window:
            m = self.mentions[i]
            if m[1] <= pos and m[4] == "PERSON" and self.genders.get(m[2], gender) == gender:
                return m
            i -= 1
        return self.entity_before(pos, frozenset({"PERSON"}), window)

    # --- the speaker ------------------------------------------------------------------

    def resolve(self, head: Token, frame_end: int | None = None) -> SpeakerDict | None:
        """A speaker record for the subject `head` of a cue (None if it is no speaker)."""
        low = head.lower_
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS:
            if low in PERSON_PRONOUNS:
                m = self.person_before(head.idx, _GENDER[low])
                if m:
                    return self._from_entity(m, head.idx, head.idx + len(head))
            if low in _RELATIVE and head.head.dep_ == "relcl" and head.head.head is not head.head:
                # "Barack Obama, who called …": the antecedent speaks; the mention stays "who".
                antecedent = self.resolve(head.head.head, frame_end)
                if antecedent is not None:
                    antecedent["start"], antecedent["end"] = head.idx, head.idx + len(head)
                return antecedent
            if low in ("it", "there", "that", "this", "what", "which", "who"):
                return None
            return _record(head.text, head.idx, head.idx + len(head))
        if low in ANAPHORS:
            m = self.entity_before(head.idx, frozenset({"ORG", "NORP", "PERSON", "GPE"}))
            if m:
                return self._from_entity(m, head.idx, head.idx + len(head))
        np = noun_phrase(head)
        # A document speaks for its author: "a report by the Soufan Group".
        if head.lemma_.lower() in self.source_nouns:
            for child in head.children:
                if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("by", "from")):
                    owner = child if child.dep_ == "poss" else next(
                        (c for c in child.children if c.dep_ == "pobj"), None)
                    if owner is not None:
                        return self.resolve(owner, frame_end)
        m = self.entity_covering(head.idx, head.idx + len(head))
        if m is None:  # a person named near the head ("researcher Charlie Winter"), not far off
            m = self.entity_in(max(np.start_char, head.idx - 60), np.end_char, frozenset({"PERSON"}))
        if m is not None and m[4] in _PARTY_LABELS:
            speaker = self._from_entity(m, np.start_char, np.end_char)
            title, affiliation = self._title(np, m, frame_end)
            if title or affiliation:
                speaker["title"], speaker["affiliation"] = title, affiliation
                self.known[speaker["name"]] = (title, affiliation)
            return speaker
        if head.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
            return None
        text = np.text.strip(_TRIM)
        if head.pos_ == "PROPN" and all(t.pos_ == "PROPN" or t.is_punct for t in np):
            # A name the model did not tag: the short form of a person named earlier?
            m = self.person_named(text, np.start_char)
            if m is not None:
                return self._from_entity(m, np.start_char, np.end_char)
            return _record(text, np.start_char, np.end_char)
        return _record(text, np.start_char, np.end_char, nominal=True)

    def resolve_span(self, start: int, end: int) -> SpeakerDict | None:
        """A speaker from a stretch of text that holds a name ("researcher Charlie Winter at …")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        m = self.entity_in(start, end, frozenset({"PERSON"})) or self.entity_in(start, end)
        if m is not None:
            speaker = self._from_entity(m, start, end)
            before: list[Token] = []
            for t in reversed([t for t in span if t.idx < m[0]]):
                if t.is_punct or t.pos_ in ("DET", "ADP", "VERB", "AUX", "PRON") or t.dep_ == "poss":
                    break
                before.insert(0, t)
            title = " ".join(t.text for t in before).strip(_TRIM) or speaker["title"]
            affiliation = speaker["affiliation"]
            tail = [t for t in span if t.idx >= m[1]]
            if tail and tail[0].lower_ in _AFFILIATION_PREPS:
                org = self.entity_in(tail[0].idx + len(tail[0]), end, _AFFILIATION_LABELS)
                if org is not None:
                    affiliation = org[3]
            if m[4] == "PERSON" and (title or affiliation):
                speaker["title"], speaker["affiliation"] = title, affiliation
                self.known[speaker["name"]] = (title, affiliation)
            return speaker
        heads = [t for t in span if t.head not in span or t.head is t]
        return self.resolve(heads[0]) if heads else None

    def _from_entity(self, m: tuple, start: int, end: int) -> SpeakerDict:
        speaker = _record(m[3], start, end, entity_id=m[2])
        title, affiliation = self.known.get(m[3], (None, None))
        speaker["title"], speaker["affiliation"] = title, affiliation
        return speaker

    def _title(self, np: Span, m: tuple, frame_end: int | None) -> tuple[str | None, str | None]:
        """Title and affiliation from words before the name and from an appositive after it."""
        doc = self.doc
        before = [t for t in np if t.idx < m[0] and t.pos_ not in ("DET", "PUNCT") and t.dep_ != "poss"]
        title = " ".join(t.text for t in before).strip(_TRIM) or None
        affiliation = None
        appos = appositive(doc, self.text, m[1], frame_end)
        if appos is not None:
            appos_title, affiliation = split_affiliation(self, appos)
            title = appos_title or title
        if affiliation is None:
            # "researcher Charlie Winter at the International Centre for …"
            tail = doc.char_span(m[1], min(len(self.text), m[1] + 200), alignment_mode="contract")
            if tail is not None and len(tail) > 1 and tail[0].lower_ in ("at", "of", "with", "from"):
                org = self.entity_in(tail[1].idx, tail[min(len(tail) - 1, 12)].idx + 1, _AFFILIATION_LABELS)
                if org and self.text[tail[1].idx:org[0]].strip() in ("the", ""):
                    affiliation = org[3]
        return title, affiliation


def _record(name: str, start: int, end: int, *, entity_id: str | None = None,
            nominal: bool = False) -> SpeakerDict:
    return {"name": name, "title": None, "affiliation": None, "entity_id": entity_id,
            "start": start, "end": end, "nominal": nominal}


def plain_speaker(name: str, start: int, end: int) -> SpeakerDict:
    """A speaker known only by the words that name it (a transcript's "PENCE:")."""
    return _record(name, start, end)


def noun_phrase(head: Token) -> Span:
    """The noun phrase of `head` without relative clauses, appositives and trailing punctuation."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "appos", "punct", "acl", "cc", "conj", "advcl"):
            break
        right = child.right_edge.i
    for i in range(head.i - 1, left - 1, -1):  # never across a line break ("X.\n\nFact-checkers")
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            left = i + 1
            break
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left:right + 1]


def appositive(doc: Doc, text: str, name_end: int, frame_end: int | None) -> Span | None:
    """", a Middle East security fellow at …," right after a name: a noun phrase without a verb."""
    span = doc.char_span(name_end, min(len(text), name_end + 400), alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].text != ",":
        return None
    tokens = []
    for t in span[1:]:
        if t.text in (",", ";", "“", "”", '"', "(", ")") or t.is_space:
            break
        if frame_end is not None and t.idx >= frame_end:
            break
        if t.tag_.startswith("VB") and t.tag_ not in ("VBN", "VBG"):
            return None
        tokens.append(t)
    if not tokens or len(tokens) > 30 or tokens[0].pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
        return None
    if tokens[0].pos_ == "PROPN" and tokens[0].ent_type_ == "PERSON":
        return None  # a list of names, not an appositive
    if all(t.tag_.startswith("VB") for t in tokens[:1]):
        return None
    return doc[tokens[0].i:tokens[-1].i + 1]


def split_affiliation(resolver: SpeakerResolver, appos: Span) -> tuple[str | None, str | None]:
    """"a fellow at the Centre for X in Washington" → ("fellow", "Centre for X")."""
    org: tuple | None = None  # the entity mention
    prep: Token | None = None  # the preposition before it
    for t in appos:
        if t.lower_ in _AFFILIATION_PREPS and t.i + 1 < appos.end:
            m = resolver.entity_in(t.idx + len(t), appos.end_char, _AFFILIATION_LABELS)
            if m is None or resolver.text[t.idx + len(t):m[0]].strip().lower() not in ("", "the"):
                continue
            # The first organisation, or the one after "at" (where someone works) if there is one.
            if org is None or (t.lower_ == "at" and prep is not None and prep.lower_ != "at"):
                org, prep = m, t
    tokens = list(appos)
    if prep is not None:
        tokens = [t for t in appos if t.i < prep.i]
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    title = resolver.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])].strip(_TRIM) if tokens else None
    return title or None, (org[3] if org else None)
