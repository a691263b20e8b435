"""Quotations and who said them, as the spaCy component ``broadsheet_quotes``.

Three kinds (see `broadsheet.model.Quote`):

- ``direct``: a stretch in quotation marks attributed by a frame next to it
  ("“…,” said X", "X said: “…”", "“…” X said.").  A split quote ("“…,” said
  X, “…”") and a quote running over several paragraphs (the opening mark
  repeated, the closing one left out until the end) are one quotation; a
  quote with no frame that follows an attributed one continues its speaker.
- ``mixed``: a partial quotation inside reported speech ("… the ability “to
  endure…,” Atran said"): the quotation is the whole reported clause.
- ``indirect``: reported speech without marks: a cue with a clause ("stated
  that …", "…, X wrote."), "according to X", a noun cue with a that-clause
  ("Trump’s claim … that …").

Quotation marks with no cue governing them are scare quotes or names
("renamed the “National Dialogue Conference”"), not quotations.  Cues are
data: ``nlp/data/cues.json``.

What the component leaves on the `Doc`: ``doc._.bs_quotes``, a list of
plain dicts (``text, kind, start, end, spans, cue, cue_start, cue_end,
speaker``) in text order, kept in ``doc.user_data["bs_quotes"]``.  `spans`
lists the quoted parts of a split quote; `speaker` is None or a dict with
``name, title, affiliation, entity_id, start, end`` (`start`/`end`: the
speaker's words in the text, before resolution).  Pull quotes given in
``doc.user_data["pull_quotes"]`` are linked in ``doc.user_data["pull_quote_links"]``.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Article, Quote, Speaker
from .speakers import SpeakerDict, SpeakerResolver, plain_speaker

_OPEN = "“„«"
_CLOSE = "”»"
_MARKS = "“„«”»\""
_STRAIGHT = '"'
#: Paragraph breaks: a blank line, or a line break right after the end of a sentence.
_PARA = re.compile(r"\n[ \t]*\n\s*")
_SENT_END = frozenset({".", "!", "?"})
#: A transcript's speaker label at the start of a quote: "PENCE: Well, look, …".
_SPEAKER_LABEL = re.compile(r"\(?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
_DASHES = frozenset({"―", "—", "–", "-", "--"})
#: Words before a name in quotation marks ("a show titled “Scam”").
_NAMING = frozenset({"titled", "entitled", "named", "dubbed", "called", "renamed"})
#: Tags of finite verbs: a frame with one of these besides its cue is a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Entity types that are never the speaker ("said Tuesday").
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Frames longer than this many tokens are clauses of their own, not attributions.
_MAX_FRAME = 45
#: Segments shorter than this (in words) are never quotations on their own without a cue.
_MIN_FREESTANDING_WORDS = 6


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lexicon (lemmas), loaded from ``nlp/data/cues.json``."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    source_nouns: frozenset[str]
    phrasal: dict[str, str]
    not_with: dict[str, frozenset[str]]
    according: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    data = json.loads(resources.files(__package__).joinpath("data/cues.json").read_text("utf-8"))
    return Cues(
        verbs=frozenset(data["verbs"]),
        nouns=frozenset(data["nouns"]),
        source_nouns=frozenset(data["source_nouns"]),
        phrasal=dict(data.get("phrasal", {})),
        not_with={verb: frozenset(words) for verb, words in data.get("not_with", {}).items()},
        according=tuple(tuple(p.split()) for p in data.get("according", ())),
    )


# --- quotation marks ---------------------------------------------------------------------


@dataclass(slots=True)
class Segment:
    """Text inside quotation marks: `start`/`end` include the marks; `inner_*` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs (blank-line separated) of `text`."""
    out, pos = [], 0
    for m in _PARA.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _OPEN:
        return True
    if ch == _STRAIGHT:
        after = text[i + 1] if i + 1 < len(text) else " "
        return not after.isspace()
    return False


def find_segments(text: str) -> list[Segment]:
    """Stretches in double quotation marks, joined across paragraphs where the quote runs on.

    An opening mark with no closing mark in its paragraph runs on into the next
    paragraph if that one opens with a mark (the newspaper convention for long
    quotes), else it ends with its paragraph.
    """
    segments: list[Segment] = []
    paras = paragraphs(text)
    open_at: int | None = None
    for n, (p_start, p_end) in enumerate(paras):
        i = p_start
        if open_at is not None:
            i += 1  # the repeated opening mark of a continued quote
        while i < p_end:
            ch = text[i]
            straight = ch == _STRAIGHT
            if open_at is not None and ch in _MARKS and straight != (text[open_at] == _STRAIGHT):
                pass  # the other style inside a quote: a quotation within the quotation
            elif open_at is not None and ch in _OPEN and (i + 1 >= p_end or text[i + 1].isspace()):
                # An opening mark typed where the closing one belongs ("…region,“ said X").
                segments.append(_segment(text, open_at, i + 1, closed=True))
                open_at = None
            elif ch in _OPEN or (ch == _STRAIGHT and open_at is None and _opens(text, i)):
                if open_at is not None:  # unbalanced: the earlier quote ends here
                    segments.append(_segment(text, open_at, i, closed=False))
                open_at = i
            elif (ch in _CLOSE or ch == _STRAIGHT) and open_at is not None:
                segments.append(_segment(text, open_at, i + 1, closed=True))
                open_at = None
            i += 1
        if open_at is not None:
            nxt = paras[n + 1][0] if n + 1 < len(paras) else None
            # A transcript's next turn ("“WALLACE: …") is a new quotation, not a continuation.
            if nxt is None or not _opens(text, nxt) or _SPEAKER_LABEL.match(text, nxt + 1):
                segments.append(_segment(text, open_at, p_end, closed=False))
                open_at = None
    return [s for s in segments if s.inner_end > s.inner_start]


def _segment(text: str, start: int, end: int, *, closed: bool) -> Segment:
    inner_start, inner_end = start + 1, end - 1 if closed else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
        inner_end -= 1
    return Segment(start, end, inner_start, inner_end, closed)


# --- the component ----------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    spans: list[tuple[int, int]]
    cue: Token | None
    speaker: SpeakerDict | None
    segments: list[int] = field(default_factory=list)


class QuoteFinder:
    """Finds the quotations of one `Doc` (one article)."""

    def __init__(self, doc: Doc, cues: Cues) -> None:
        self.doc = doc
        self.text = doc.text
        self.cues = cues
        self.token_starts = [t.idx for t in doc]
        self.resolver = SpeakerResolver(doc, cues.source_nouns, self.text)
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.segs: list[Segment] = []
        self.quoted_spans = _Spans()

    # --- token helpers ---------------------------------------------------------------

    def token_at(self, char: int) -> int:
        """Index of the token containing or following character `char`."""
        i = bisect.bisect_right(self.token_starts, char) - 1
        if i < 0:
            return 0
        tok = self.doc[i]
        return i if char < tok.idx + len(tok) else min(i + 1, len(self.doc))

    def para_of(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def is_cue(self, t: Token) -> bool:
        lemma = t.lemma_.lower()
        if not t.tag_.startswith("VB"):
            return False
        if lemma in self.cues.verbs:
            banned = self.cues.not_with.get(lemma)
            return not banned or not any(c.lower_ in banned and c.i == t.i + 1 for c in t.children)
        particle = self.cues.phrasal.get(lemma)
        return particle is not None and any(c.lower_ == particle for c in t.children)

    def inside(self, t: Token) -> bool:
        """Whether `t` is inside quotation marks."""
        return self.quoted_spans.overlaps(t.idx, t.idx + 1)

    # --- frames ------------------------------------------------------------------------

    def before_frame(self, seg: Segment, prev_end: int) -> list[Token]:
        """Tokens of the same sentence before the opening mark (after the previous quote)."""
        out: list[Token] = []
        i = self.token_at(seg.start) - 1
        p_start = self.paras[self.para_of(seg.start)][0]
        while i >= 0 and len(out) < _MAX_FRAME:
            t = self.doc[i]
            if t.idx < max(prev_end, p_start) or t.text in _SENT_END or "\n" in t.text:
                break
            out.append(t)
            i -= 1
        out.reverse()
        return [t for t in out if not t.is_space]

    def after_frame(self, seg: Segment, next_start: int) -> list[Token]:
        """Tokens after the closing mark up to the end of the sentence (or the next quote)."""
        out: list[Token] = []
        i = self.token_at(seg.end)
        p_end = self.paras[self.para_of(max(seg.end - 1, 0))][1]
        while i < len(self.doc) and len(out) < _MAX_FRAME:
            t = self.doc[i]
            if t.idx >= min(next_start, p_end) or "\n" in t.text:
                break
            if t.text in _SENT_END:
                break
            out.append(t)
            i += 1
        return [t for t in out if not t.is_space and t.text not in _CLOSE + _STRAIGHT]

    def subject_of(self, cue: Token, frame: list[Token] | None = None,
                   after_quote: bool = False) -> Token | Span | None:
        """The speaker's head word: the cue's subject, its head's subject, or a name next to it."""
        if cue.lemma_.lower() != "quote":  # passive with agent: "Rubio was asked by X": X speaks
            for c in cue.children:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return g
        # The subject nearest the cue: "LONDON (Reuters) - Donald Trump said" has two.
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and self.usable(c, frame)]
        if subjects:
            return max(subjects, key=lambda c: c.i if c.i < cue.i else -c.i)
        if cue.tag_ == "VBG":
            # "with one of its top figures, Mohammad Alloush, saying …": the words after "with".
            for j in range(cue.i - 1, max(cue.i - 16, -1), -1):
                w = self.doc[j]
                if w.lower_ == "with":
                    if j + 1 < cue.i and any(t.ent_type_ == "PERSON" for t in self.doc[j + 1:cue.i]):
                        return self.doc[j + 1:cue.i]  # type: ignore[return-value]
                    break
                if w.tag_ in _FINITE or w.text in _SENT_END:
                    break
        if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.dep_ == "dobj":
            # "Trump posted a message reading “…”", "emailed supporters saying": who posted speaks.
            verb = cue.head.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and self.usable(subjects[-1], frame):
                return subjects[-1]
        if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN") and cue.head.i < cue.i:
            return cue.head  # "a man yelled “…”" parsed as a reduced relative clause
        # A participle or infinitive takes the subject of the clause it hangs from
        # ("Clinton seemed ready to riff …, telling the crowd"); "prompted X to accuse": X speaks.
        node = cue
        for _ in range(4):
            if node.dep_ not in ("advcl", "xcomp", "conj", "acl", "ccomp") or node.head is node:
                break
            if node.dep_ == "xcomp":
                for c in node.head.children:
                    if c.dep_ == "dobj":
                        return c
            node = node.head
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass") and self.usable(c, frame):
                    return c
        if frame is None:
            return None
        # The parser missed it: the nearest name or pronoun in the frame.
        candidates = [t for t in frame if t is not cue and t.ent_type_ not in _NOT_SPEAKERS
                      and (t.pos_ in ("PROPN", "PRON") or t.ent_type_)]
        people = [t for t in candidates if t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ == "PRON"]
        candidates = people or candidates
        if not candidates:
            return None
        after = [t for t in candidates if t.i > cue.i]
        words = [t for t in frame if not t.is_punct]
        if after and words and words[0] is cue:  # inverted: "said Nicholas Heras"
            return _head_in_run(after[0])
        before = [t for t in candidates if t.i < cue.i]
        if not before:
            return _head_in_run(after[0]) if after and after[0].i - cue.i <= 2 else None
        # After a quote the frame opens with its speaker ("Ramos, 58, told AFP"); before one,
        # the speaker is the name nearest the cue ("In a statement …, Cruz said:").
        return _head_in_run(before[0] if after_quote else before[-1])

    def usable(self, subject: Token, frame: list[Token] | None) -> bool:
        """A parsed subject is a speaker if it is in the frame, or at least outside any quotation."""
        if subject.ent_type_ in _NOT_SPEAKERS and not any(c.dep_ == "det" for c in subject.children):
            return False  # "said Tuesday", but "said the 46-year-old"
        return frame is None or subject in frame or not self.inside(subject)

    def speaker(self, subject: Token | Span | None, frame_end: int | None = None) -> SpeakerDict | None:
        if subject is None:
            return None
        if isinstance(subject, Span):
            return self.resolver.resolve_span(subject.start_char, subject.end_char)
        return self.resolver.resolve(subject, frame_end)

    def after_cue(self, seg: Segment, frame: list[Token], segs: list[Segment]) -> Token | None:
        """The cue of a frame after a quote, if the words before it are only its speaker."""
        # Frames after a quote are set off: “…,” X said / “….” X said. Never “moderate” its views.
        closing = self.text[seg.inner_end:frame[0].idx].strip(_CLOSE + _STRAIGHT + "’‘' ")
        ended = self.text[seg.inner_start:seg.inner_end].rstrip(_CLOSE + _STRAIGHT + "’‘' ")[-1:]
        if not closing and ended not in (",", ".", "!", "?", "—", "–"):
            return None
        cue = self.frame_cue(frame, segs)
        if cue is None and (closing or ended) in (",", "!", "?"):
            # “…,” Oliver barked. — after a quote left open by a comma any verb of a short
            # frame that takes no object of its own is the verb of saying.
            words = [t for t in frame if not t.is_punct]
            verb = next((t for t in words[:6] if t.pos_ == "VERB"), None)
            if verb is not None and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
                cue = verb
        if cue is None:
            return None
        between = [t for t in frame if t.i < cue.i]
        relative = False
        for t in between:
            if t.lower_ in ("who", "which", "whose"):
                relative = True
            if t.tag_ in _FINITE and not relative:
                return None
        return cue

    def frame_cue(self, frame: list[Token], segs: list[Segment], last: bool = False) -> Token | None:
        for t in reversed(frame) if last else frame:
            if self.is_cue(t) and not self.inside(t):
                return t
        return None

    def has_own_content(self, cue: Token, frame: list[Token]) -> bool:
        """The cue in a frame takes a clause of its own ("Trump said the party would unite")."""
        in_frame = set(t.i for t in frame)
        return any(c.dep_ == "ccomp" and c.i in in_frame and c.i > cue.i for c in cue.children)

    # --- the passes ----------------------------------------------------------------------

    def run(self) -> list[_Found]:
        segs = self.segs = find_segments(self.text)
        for seg in segs:
            self.quoted_spans.add(seg.start, seg.end)
        found = self.quoted(segs)
        used_cues = {f.cue.i for f in found if f.cue is not None}
        found += self.reported(segs, found, used_cues)
        found.sort(key=lambda f: f.start)
        self.carry_speakers(found)
        return found

    def carry_speakers(self, found: list[_Found]) -> None:
        """A quote with no frame of its own goes on from the quotation just before it (of any kind:
        "Trump shot back in a statement, saying he's “…”." then a paragraph in quotation marks),
        if that one is in the same or the previous paragraph."""
        last: _Found | None = None
        for f in found:
            if f.speaker is None and f.cue is None and f.kind == "direct" and last is not None \
                    and last.end <= f.start and self.para_of(f.start) - self.para_of(last.start) <= 1:
                f.speaker = dict(last.speaker) if last.speaker is not None else None
            if f.speaker is not None:
                last = f

    def quoted(self, segs: list[Segment]) -> list[_Found]:
        """Direct and mixed quotations from the quotation marks."""
        out: list[_Found] = []
        prev: _Found | None = None
        for k, seg in enumerate(segs):
            prev_end = segs[k - 1].end if k else 0
            next_start = segs[k + 1].start if k + 1 < len(segs) else len(self.text)
            before = self.before_frame(seg, prev_end)
            after = self.after_frame(seg, next_start)
            inner_words = len(self.text[seg.inner_start:seg.inner_end].split())
            closes_sentence = self.text[seg.inner_start:seg.inner_end].rstrip("’' ")[-1:] in _SENT_END
            ends_sentence = closes_sentence or not after or all(t.is_punct for t in after)
            # Split quote: "“A,” said X, “B.”" — the frame between is the previous quote's.
            if prev is not None and prev.segments and prev.segments[-1] == k - 1 and before \
                    and before[-1].text in (",", ":") and prev.cue is not None and prev.cue in before \
                    and self.para_of(seg.start) == self.para_of(segs[k - 1].start):
                prev.spans.append((seg.inner_start, seg.inner_end))
                prev.end = seg.inner_end
                prev.segments.append(k)
                continue
            found = None
            if self.is_name(seg, before):
                continue
            found = self._labelled(seg, after)
            # A quote after a colon starts afresh: "… on Facebook: “…,” she wrote."
            starts_sentence = not before or all(t.is_punct for t in before) or before[-1].text == ":"
            cue = self.after_cue(seg, after, segs) if after else None
            if cue is not None and starts_sentence:
                frame_is_new_sentence = self.text[seg.inner_end:seg.end].strip()[:1] in _SENT_END or \
                    self.text[max(seg.inner_end - 1, 0)] in _SENT_END
                if not (frame_is_new_sentence and self.has_own_content(cue, after)):
                    found = self._make(seg, "direct", cue, after)
            if found is not None:
                pass
            elif found is None and before and before[-1].text == ":" and ends_sentence:
                found = self._colon_frame(seg)
            if found is None and before:
                bcue = self.frame_cue(before, segs, last=True)
                if bcue is not None:
                    tail = [t for t in before if t.i > bcue.i]
                    # "X said: “…”" or "X said “…”" closing the sentence: direct; else a partial quote.
                    punct_led = bool(tail) and tail[-1].text in (":", ",")
                    utterance = inner_words >= 4 or self.text[seg.inner_end - 1] in _SENT_END
                    bare = (not tail or [t.lower_ for t in tail] == ["that"]) and utterance
                    if ends_sentence and (punct_led or bare):
                        found = self._make(seg, "direct", bcue, before)
                    else:
                        found = self._mixed(seg, self.governing_cue(seg, before, segs) or bcue, before, after)
            if found is None and cue is not None and not closes_sentence:
                found = self._mixed(seg, cue, before, after)
            if found is None and ends_sentence:
                found = self._colon_frame(seg)
            if found is None:
                found = self._governed(seg, segs)
            if found is None and starts_sentence and inner_words >= _MIN_FREESTANDING_WORDS:
                # A quote with no frame right after an attributed one goes on with it.
                if prev is not None and prev.kind == "direct" and prev.segments \
                        and self.para_of(seg.start) - self.para_of(segs[prev.segments[-1]].start) <= 1:
                    prev.spans.append((seg.inner_start, seg.inner_end))
                    prev.end = seg.inner_end
                    prev.segments.append(k)
                    continue
                found = _Found(seg.inner_start, seg.inner_end, "direct",
                               [(seg.inner_start, seg.inner_end)], None, None)
            if found is not None:
                found.segments.append(k)
                if out and out[-1].end > found.start and out[-1].kind == "mixed":
                    # Two partial quotes in one reported clause: one quotation.
                    out[-1].end = max(out[-1].end, found.end)
                    out[-1].spans.append((seg.inner_start, seg.inner_end))
                    out[-1].segments.append(k)
                    prev = out[-1]
                    continue
                out.append(found)
                prev = found
        return out

    def _labelled(self, seg: Segment, after: list[Token]) -> _Found | None:
        """Two conventions that name the speaker without a verb: a transcript's "PENCE: …" inside
        the quote, and a signature after it ("“…” ― Karen Bobadilla")."""
        inner = self.text[seg.inner_start:seg.inner_end]
        label = _SPEAKER_LABEL.match(inner)
        if label:
            start = seg.inner_start + label.start(1)
            end = start + len(label.group(1))
            speaker = self.resolver.resolve_span(start, end) or plain_speaker(label.group(1), start, end)
            return _Found(seg.inner_start, seg.inner_end, "direct",
                          [(seg.inner_start, seg.inner_end)], None, speaker)
        if after and after[0].text in _DASHES and 1 < len(after) <= 7 \
                and all(t.pos_ in ("PROPN", "PUNCT") or t.ent_type_ == "PERSON" for t in after[1:]):
            names = [t for t in after[1:] if not t.is_punct]
            if names:
                signed = self.resolver.resolve_span(names[0].idx, names[-1].idx + len(names[-1]))
                if signed is not None:
                    return _Found(seg.inner_start, seg.inner_end, "direct",
                                  [(seg.inner_start, seg.inner_end)], None, signed)
        return None

    def is_name(self, seg: Segment, before: list[Token]) -> bool:
        """A short title-case stretch after "on", "the", "ABC’s": a name in quotation marks."""
        words = self.text[seg.inner_start:seg.inner_end].rstrip(".,!?").split()
        if not words or len(words) > 8 or not before:
            return False
        if any(len(w) > 3 and not w[0].isupper() and not w[0].isdigit() for w in words):
            return False
        prev = before[-1]
        return prev.pos_ in ("ADP", "DET", "PART") or prev.tag_ == "POS" or prev.lower_ in _NAMING

    def _colon_frame(self, seg: Segment) -> _Found | None:
        """"… released the following statement:" then the quote: the colon's clause speaks."""
        i = self.token_at(seg.start) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or self.doc[i].text != ":":
            return None
        frame: list[Token] = []
        j = i - 1
        while j >= 0 and len(frame) < _MAX_FRAME:
            t = self.doc[j]
            if t.text in _SENT_END or "\n" in t.text or self.inside(t):
                break
            frame.insert(0, t)
            j -= 1
        # "… - Carl Bialik:", "More from the report:", "Republican pollster Daron Shaw:" — a name
        # right before the colon is the speaker.
        last = frame[-1] if frame else None
        verb_cue = self.frame_cue(frame, self.segs, last=True)
        if verb_cue is not None:  # "Luis Osuna told The Huffington Post:" — the verb decides
            found = self._make(seg, "direct", verb_cue, frame)
            if found.speaker is not None:
                return found
        if last is not None and (last.ent_type_ in ("PERSON", "ORG") or
                                 (last.pos_ in ("NOUN", "PROPN") and last.head.lower_ == "from")):
            speaker = self.speaker(last)
            if speaker is not None:
                return _Found(seg.inner_start, seg.inner_end, "direct",
                              [(seg.inner_start, seg.inner_end)], None, speaker)
        cue = self.frame_cue(frame, self.segs, last=True) or next(
            (t for t in reversed(frame) if t.pos_ == "VERB"), None)
        if cue is None:
            return None
        found = self._make(seg, "direct", cue, frame)
        return found if found.speaker is not None else None

    def governing_cue(self, seg: Segment, frame: list[Token], segs: list[Segment]) -> Token | None:
        """The outermost cue of `frame` whose clause holds the quote ("said he will continue “…”")."""
        first = self.token_at(seg.inner_start)
        if first >= len(self.doc):
            return None
        ancestors = {a.i for a in self.doc[first].ancestors}
        for t in frame:
            if t.i in ancestors and self.is_cue(t) and not self.inside(t):
                return t
        return None

    def _make(self, seg: Segment, kind: str, cue: Token, frame: list[Token]) -> _Found:
        subject = self.subject_of(cue, frame, after_quote=bool(frame) and frame[0].idx >= seg.end)
        frame_end = max(t.idx + len(t) for t in frame) if frame else None
        speaker = self.speaker(subject, frame_end)
        return _Found(seg.inner_start, seg.inner_end, kind, [(seg.inner_start, seg.inner_end)], cue, speaker)

    def _mixed(self, seg: Segment, cue: Token, before: list[Token], after: list[Token]) -> _Found:
        """A partial quote inside the clause a cue reports: the quotation is that clause."""
        if cue in after:
            start = before[0].idx if before else seg.inner_start
            end = seg.inner_end
        else:
            tail = [t for t in before if t.i > cue.i and t.lower_ != "that" and not t.is_punct]
            clause = _content_clause(cue)
            if clause is not None and clause.start_char <= seg.start:
                start = clause.start_char
            else:
                start = tail[0].idx if tail else seg.inner_start
            end = seg.inner_end
            if after and not any(self.is_cue(t) for t in after):
                last = after[-1]
                end = max(end, last.idx + len(last))
        found = self._make(seg, "mixed", cue, before + after)
        found.start, found.end = start, end
        found.spans = [(start, end)]
        return found

    def _governed(self, seg: Segment, segs: list[Segment]) -> _Found | None:
        """A quote inside the clause of a cue further away in its sentence ("saying they will not “…”")."""
        first = self.token_at(seg.inner_start)
        if first >= len(self.doc):
            return None
        tok = self.doc[first]
        node: Token | None = tok
        for _ in range(12):
            if node is None or node.head is node:
                break
            head = node.head
            governs = node.dep_ in ("ccomp", "xcomp", "dobj", "advcl", "conj", "prep", "oprd")
            if governs and self.is_cue(head) and not self.inside(head):
                span = _content_clause(head)
                clause_first = span is not None and span.start_char <= seg.start
                start = span.start_char if span is not None and clause_first else seg.inner_start
                end = max(seg.inner_end, span.end_char if span is not None else seg.inner_end)
                end = _trim_end(self.text, start, end)
                found = self._make(seg, "mixed", head, list(head.sent))
                found.start, found.end, found.spans = start, end, [(start, end)]
                return found
            if self.cue_noun(head):
                noun_quote = self._noun_quote(head, seg)
                if noun_quote is not None:
                    return noun_quote
            node = head
        return None

    def cue_noun(self, t: Token) -> bool:
        return t.pos_ == "NOUN" and t.lemma_.lower() in self.cues.nouns

    def _noun_quote(self, noun: Token, seg: Segment | None) -> _Found | None:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                    owner = next((g for g in c.children if g.dep_ == "pobj"), None)
        if owner is None:
            return None
        speaker = self.resolver.resolve(owner)
        if speaker is None:
            return None
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and c.left_edge.lower_ == "that"
                       and any(g.dep_.startswith("nsubj") and g.lower_ not in ("that", "which")
                               for g in c.children)), None)
        if clause is None:
            if seg is None:
                return None
            start, end = seg.inner_start, seg.inner_end
            kind = "mixed"
        else:
            start, end = _subtree_chars(clause)
            if seg is not None:
                start, end = min(start, seg.inner_start), max(end, seg.inner_end)
            kind = "mixed" if seg is not None else "indirect"
        end = _trim_end(self.text, start, end)
        return _Found(start, end, kind, [(start, end)], noun, speaker)

    def reported(self, segs: list[Segment], found: list[_Found], used: set[int]) -> list[_Found]:
        """Indirect quotations: cue verbs with a clause, "according to", noun cues."""
        out: list[_Found] = []
        taken = _Spans()
        for f in found:
            taken.add(f.start, f.end)

        for t in self.doc:
            if t.i in used or self.inside(t):
                continue
            item: _Found | None = None
            if self.is_cue(t):
                clause = _content_clause(t)
                if clause is None:
                    item = self._final_cue(t)
                else:
                    speaker = self.speaker(self.subject_of(t))
                    if speaker is None:
                        continue
                    start, end = clause.start_char, _trim_end(self.text, clause.start_char, clause.end_char)
                    item = _Found(start, end, "indirect", [(start, end)], t, speaker)
            elif t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                item = self._according(t)
            elif self.cue_noun(t):
                item = self._noun_quote(t, None)
            if item is None or item.end - item.start < 8 or taken.overlaps(item.start, item.end):
                continue
            out.append(item)
            taken.add(item.start, item.end)
        return out

    def _final_cue(self, cue: Token) -> _Found | None:
        """"…, researcher Charlie Winter at … wrote.": a cue closing its sentence after a comma."""
        sent = cue.sent
        rest = [t for t in sent if t.i > cue.i and not t.is_punct and not t.is_space]
        if len(rest) > 4 or any(t.tag_ in _FINITE for t in rest):
            return None
        comma = None
        for j in range(cue.i - 1, sent.start, -1):
            w = self.doc[j]
            if w.text == ",":
                comma = j
                break
            if w.tag_ in _FINITE or w.text in _SENT_END or j < cue.i - 30:
                return None
        if comma is None or comma + 1 >= cue.i or comma - sent.start < 4:
            return None
        last = self.doc[cue.i - 1]
        speaker = self.resolver.resolve_span(self.doc[comma + 1].idx, last.idx + len(last))
        if speaker is None:
            return None
        start = sent.start_char
        end = _trim_end(self.text, start, self.doc[comma].idx)
        return _Found(start, end, "indirect", [(start, end)], cue, speaker)

    def _according(self, t: Token) -> _Found | None:
        to = self.doc[t.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        speaker = self.resolver.resolve(pobj)
        if speaker is None:
            return None
        sent = t.sent
        phrase_start = t.idx
        phrase_end = pobj.right_edge.idx + len(pobj.right_edge)
        left = self.text[sent.start_char:phrase_start].strip(" ,;—–")
        right = self.text[phrase_end:sent.end_char].strip(" ,;—–")
        if len(left) >= len(right):
            start = sent.start_char
            end = start + len(left)
        else:
            start = phrase_end + (len(self.text[phrase_end:sent.end_char]) -
                                  len(self.text[phrase_end:sent.end_char].lstrip(" ,;—–")))
            end = start + len(right)
        end = _trim_end(self.text, start, end)
        return _Found(start, end, "indirect", [(start, end)], t, speaker)


class _Spans:
    """A union of character ranges with fast overlap tests (articles may be megabytes long)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)  # first range ending after `start`
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        lo = bisect.bisect_left(self.ends, start)  # ranges touching or after `start`
        hi = bisect.bisect_right(self.starts, end)  # ranges starting at or before `end`
        if lo < hi:
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]


def _head_in_run(t: Token) -> Token:
    """The last word of a run of proper nouns ("Nicholas Heras" → "Heras")."""
    doc = t.doc
    i = t.i
    while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and t.pos_ == "PROPN":
        i += 1
    return doc[i]


def _content_clause(cue: Token) -> Span | None:
    """The clause a cue verb reports: its ccomp (with "that"), if it has a verb."""
    for c in cue.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            left, right = _subtree_bounds(c)
            return cue.doc[left:right + 1]
    return None


def _subtree_bounds(t: Token) -> tuple[int, int]:
    return t.left_edge.i, t.right_edge.i


def _subtree_chars(t: Token) -> tuple[int, int]:
    left, right = t.left_edge, t.right_edge
    return left.idx, right.idx + len(right)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return end


# --- pull quotes -------------------------------------------------------------------------

_WORDS = re.compile(r"\w+")


def link_pull_quotes(pull_quotes: list[str], quotes: list[dict[str, Any]]) -> list[int | None]:
    """For each pull quote, the index of the body quotation it repeats (None if none does)."""
    links: list[int | None] = []
    bags = [set(_WORDS.findall(q["text"].lower())) for q in quotes]
    for pq in pull_quotes:
        words = set(_WORDS.findall(pq.lower()))
        best, best_score = None, 0.0
        for i, bag in enumerate(bags):
            if not words or not bag:
                continue
            score = len(words & bag) / len(words)
            if score > best_score:
                best, best_score = i, score
        links.append(best if best_score >= 0.6 else None)
    return links


# --- spaCy glue --------------------------------------------------------------------------


def _speaker_out(speaker: SpeakerDict | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {k: speaker.get(k) for k in ("name", "title", "affiliation", "entity_id", "start", "end")}


def find_quotes(doc: Doc) -> list[dict[str, Any]]:
    """The quotations of `doc` as plain dicts (see the module docstring)."""
    finder = QuoteFinder(doc, load_cues())
    text = finder.text
    out = []
    for f in finder.run():
        spans = f.spans if f.kind == "direct" else [(f.start, f.end)]
        quote_text = " ".join(text[s:e] for s, e in spans)
        out.append({
            "text": quote_text,
            "kind": f.kind,
            "start": f.start,
            "end": f.end,
            "spans": [[s, e] for s, e in spans],
            "cue": f.cue.text if f.cue is not None else None,
            "cue_start": f.cue.idx if f.cue is not None else None,
            "cue_end": f.cue.idx + len(f.cue) if f.cue is not None else None,
            "speaker": _speaker_out(f.speaker),
        })
    return out


def _doc_quotes(doc: Doc) -> list[dict[str, Any]]:
    return list(doc.user_data.get("bs_quotes", ()))


if not Doc.has_extension("bs_quotes"):
    Doc.set_extension("bs_quotes", getter=_doc_quotes)


class QuoteAnnotator:
    """The ``broadsheet_quotes`` component: fills ``doc._.bs_quotes``."""

    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(doc)
        doc.user_data["bs_quotes"] = quotes
        pull = doc.user_data.get("pull_quotes") or []
        doc.user_data["pull_quote_links"] = link_pull_quotes(list(pull), quotes)
        return doc


@Language.factory("broadsheet_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteAnnotator:
    """spaCy factory: ``nlp.add_pipe("broadsheet_quotes")`` (after ``broadsheet_entities`` if used)."""
    return QuoteAnnotator()


def to_article(doc: Doc, article: Article) -> None:
    """Copy the quotations to `article.quotes` and link the article's pull quotes to them."""
    quotes = doc._.bs_quotes
    article.quotes = [
        Quote(
            text=q["text"], kind=q["kind"], start=q["start"], end=q["end"], cue=q["cue"],
            cue_start=q["cue_start"], cue_end=q["cue_end"],
            speaker=Speaker(name=q["speaker"]["name"], title=q["speaker"]["title"],
                            affiliation=q["speaker"]["affiliation"],
                            entity_id=q["speaker"]["entity_id"]) if q["speaker"] else None,
        )
        for q in quotes
    ]
    links = link_pull_quotes([pq.text for pq in article.pull_quotes], quotes)
    for pq, index in zip(article.pull_quotes, links, strict=True):
        pq.quote_index = index
        if index is not None and pq.speaker is None and article.quotes[index].speaker is not None:
            pq.speaker = article.quotes[index].speaker.name  # type: ignore[union-attr]
