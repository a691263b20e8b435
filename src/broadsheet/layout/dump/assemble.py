"""From pieces to articles: classify, chain fragments into paragraphs, group, attach parts.

Chaining rests on one fact of running text: a piece that stops inside a
sentence is continued by exactly one other piece, and a piece that starts
inside a sentence (lower case) continues exactly one.  Grouping rests on the
page's separators: a drop cap, a headline, a bio or a jump line between two
paragraphs in stream order starts a new article, unless sentence continuity
says the paragraph belongs to one already begun.  Headlines, captions, pull
quotes and bios are then given to the article whose words they share.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ...model import Article, Caption, Other, PullQuote, Region
from ...text.hyphenation import Dehyphenator, zipf
from . import roles
from .lines import NEEDS_OBJECT, OPEN_ENDINGS, SENTENCE_STARTERS, Line, read_lines, uses_trailing_spaces
from .pieces import JUMP, Piece, cut_pieces, is_credit, join_text, lost_initial, piece_text, prose_words

_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "we",
        "our",
        "you",
        "your",
        "i",
        "not",
        "no",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "said",
        "says",
        "after",
        "before",
        "over",
        "under",
        "into",
        "about",
        "more",
        "most",
        "than",
        "also",
        "new",
        "who",
        "which",
        "what",
        "when",
        "where",
        "how",
        "all",
        "any",
        "some",
        "one",
        "two",
        "three",
    ]
)


@dataclass
class Draft:
    """An article being assembled."""

    chains: list[list[Piece]] = field(default_factory=list)
    headline: Piece | None = None
    deck: Piece | None = None
    byline: Piece | None = None
    kicker: Piece | None = None
    bio: Piece | None = None
    pull_quotes: list[tuple[Piece, Piece | None]] = field(default_factory=list)
    captions: list[Piece] = field(default_factory=list)
    continued_on: int | None = None
    continued_from: int | None = None
    #: The first paragraph opens with a drop cap (printed or lost): surely an article start.
    drop_cap: bool = False
    #: Stream positions of its pieces, for adjacency.
    first: int = 0
    last: int = 0
    _words: Counter[str] | None = None

    def words(self) -> Counter[str]:
        if self._words is None:
            counts: Counter[str] = Counter()
            for n, chain in enumerate(self.chains):
                weight = 3 if n < 2 else 1
                for piece in chain:
                    for w in content_words(piece.text):
                        counts[w] += weight
            self._words = counts
        return self._words


@lru_cache(maxsize=8192)
def content_words(text: str) -> tuple[str, ...]:
    """Words that carry the topic, cut to six letters so that inflections match."""
    return tuple(w[:6] for w in roles.norm_words(text) if w not in _STOP and len(w) > 2)


def overlap(text: str, draft: Draft) -> float:
    words = set(content_words(text))
    if not words:
        return 0.0
    counts = draft.words()
    return sum(1 for w in words if counts[w]) / len(words)


def affinity(text: str, drafts: list[Draft]) -> list[float]:
    """How much of `text` each article explains, each word shared out by where it occurs.

    A word found in one article only counts fully for it; a word every article
    uses ("report", "said") counts little for any: headlines choose their own
    words, so the rare ones they share with a story say most about which it is.
    """
    words = set(content_words(text))
    scores = [0.0] * len(drafts)
    if not words:
        return scores
    counts = [d.words() for d in drafts]
    for w in words:
        found = [c[w] for c in counts]
        total = sum(found)
        if total:
            for n, k in enumerate(found):
                scores[n] += k / total
    return [sc / len(words) for sc in scores]


# --- classification --------------------------------------------------------------


def peel_furniture(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Folios, running heads and section labels at the top or bottom of the stream.

    Jump lines ("Continued from page 1") may sit among them; they stay in the text.
    """
    furniture: list[Line] = []
    kept: list[Line] = []
    start = 0
    while start < len(lines) and len(furniture) + len(kept) < 5:
        line = lines[start]
        if JUMP.match(line.text):
            kept.append(line)
            start += 1
            continue
        if not roles.is_furniture_line(line.text):
            break
        nxt = lines[start + 1] if start + 1 < len(lines) else None
        words = line.text.split()
        if words[-1].lower() in _NO_LABEL_ENDS and nxt is not None:
            break  # "… GIRLS IN": the words run on to the next line; no label ends so
        if nxt is not None and not words[0].isdigit():
            header_seen = any(ln.text.isdigit() for ln in furniture) and any(
                _all_caps(ln.text) for ln in furniture
            )
            if nxt.text[:1].islower() and not nxt.blank_before and not nxt.lead_gap and not header_seen:
                break  # the line's sentence goes on: it is text, not a label
            if _all_caps(line.text) and _all_caps(nxt.text) and len(nxt.text.split()) > 2:
                break  # a headline set in capitals, not a running head
        if _all_caps(line.text) and _names_the_story(line.text, lines[start + 1 :]):
            break  # a headline in capitals: the page's text is about what it says
        furniture.append(line)
        start += 1
    end = len(lines)
    while end > start + 1 and len(lines) - end < 3 and _is_bottom_furniture(lines[end - 1].text):
        furniture.append(lines[end - 1])
        end -= 1
    return furniture, kept + lines[start:end]


#: A folio, running head or section label never ends on a preposition or an article.
_NO_LABEL_ENDS = OPEN_ENDINGS | NEEDS_OBJECT | frozenset("in on at over after about under".split())


def _author_name(piece: Piece, page_words: Counter[str]) -> bool:
    """A name that the page's text never mentions again: its writer, not its subject."""
    words = piece.text.split()
    if not roles.looks_like_name(piece.text) or any(w.lower() in _STOP for w in words):
        return False
    own = content_words(piece.text)
    return bool(own) and all(page_words[w] <= own.count(w) for w in own)


def _runs_on(line: Line) -> bool:
    """The line's last word needs the next line: no title ends on "between" or "the"
    (it may on "in" or "on": "sworn in", "carries on")."""
    return line.text.rsplit(" ", 1)[-1].lower() in _RUNS_ON


_RUNS_ON = OPEN_ENDINGS | NEEDS_OBJECT


def _names_the_story(text: str, rest: list[Line]) -> bool:
    """Most of a line's (three or more) topic words recur in the text below it.

    A paper's name or a section label is not what the stories talk about; a
    headline is.
    """
    words = set(content_words(text))
    if len(words) < 3:
        return False
    below = {w for line in rest[:200] for w in content_words(line.text)}
    return len(words & below) >= 0.6 * len(words)


def _all_caps(text: str) -> bool:
    return text.isupper()


def _is_bottom_furniture(text: str) -> bool:
    stripped = text.strip(" |·•-–—")
    return bool(re.match(r"^(?:page\s*)?\d{1,4}$", stripped, re.IGNORECASE)) or "|" in text


def classify(
    pieces: list[Piece], trailing: bool, page_words: Counter[str], dehyphenator: Dehyphenator
) -> None:
    """Give every piece that is not body text its role (in place)."""
    _merge_credit_lines(pieces)
    _split_trailing_bios(pieces, dehyphenator)
    for i, piece in enumerate(pieces):
        if piece.role != "body":
            continue
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if _is_caption(piece, nxt):
            piece.role = "caption"
        elif roles.is_bio(piece.text):
            piece.role = "bio"
    _join_caption_lines(pieces, dehyphenator)
    for piece in pieces:
        if piece.role == "body" and _is_bottom_furniture(piece.text):
            piece.role = "folio"  # a page number that the extractor set among the text
    _find_pull_quotes(pieces)
    for k, piece in enumerate(pieces):
        if piece.role == "body" and piece.words >= 3 and _all_caps(piece.text):
            piece.role = "title"  # running text is never set in capitals
            piece.extra["strong"] = "1"
            continue
        inside_caps_title = (
            k > 0
            and _all_caps(piece.text)
            and _all_caps(pieces[k - 1].text)
            and not piece.lines[0].blank_before
        )
        if inside_caps_title and piece.role == "body" and _author_name(piece, page_words):
            piece.role = "byline"
            continue
        if inside_caps_title and piece.role == "body":
            piece.role = "title"  # a line of a headline set in capitals, not a byline
            piece.extra["strong"] = "1"
            continue
        if piece.role == "body" and roles.is_byline(piece.text) and len(piece.lines) <= 2:
            piece.role = "byline"
        elif (
            piece.role == "body"
            and roles.title_like(piece)
            and _title_shaped(piece, trailing, page_words, dehyphenator)
        ):
            piece.role = "title"
            if _all_caps(piece.text) or _reads_like_title(piece.lines, None, page_words, dehyphenator):
                piece.extra["strong"] = "1"
    # One byline per story: two name-like lines in a row ("Former Egyptian" / "President
    # Hosni Mubarak") are a headline's lines, unless the first says "By".
    for a, b in zip(pieces, pieces[1:], strict=False):
        if a.role == b.role == "byline" and not re.match(r"(?i)by\s", a.text) and not b.lines[0].blank_before:
            a.role = b.role = "title"
    # Text that ends no sentence right before a drop cap is no paragraph: it heads the article.
    text_pieces = [p for p in pieces if p.role != "caption"]
    for piece, nxt in zip(text_pieces, text_pieces[1:], strict=False):
        if piece.role == "body" and _heads_drop_cap(piece, nxt):
            piece.role = "title"
    # Text that ends no sentence, set apart by a photo's caption from a sentence that starts
    # anew, after a sentence end: a headline over the photo.
    for k in range(1, len(pieces) - 2):
        before, piece, caption, nxt = pieces[k - 1], pieces[k], pieces[k + 1], pieces[k + 2]
        if (
            piece.role == "body"
            and caption.role == "caption"
            and before.role in ("body", "title", "byline", "bio", "jump")  # not a pull quote's name
            and before.lines[-1].terminal
            and roles.title_like(piece)
            and _starts_anew(nxt.lines[0])
            and piece.words >= 3
        ):
            piece.role = "title"
    for piece, nxt in zip(pieces, pieces[1:], strict=False):
        # The last words before "Continued on page N" run on to that page: body, not a title.
        jumps_on = nxt.role == "jump" and " on " in f" {nxt.text.lower()} "
        if piece.role == "title" and jumps_on and not _all_caps(piece.text):
            piece.role = "body"
    _merge_titles(pieces, dehyphenator)
    _demote_sentence_fragments(pieces)
    _split_trailing_bylines(pieces, page_words)


def _demote_sentence_fragments(pieces: list[Piece]) -> None:
    """A "title" that reads as prose and whose sentence the next text goes on with is body text.

    Headlines are telegraphic: they drop articles, auxiliaries and pronouns.  A column
    break can leave a long stretch of a sentence looking like a title (no full stop,
    a short last line); when it is written as prose and the text after it (past any
    caption) starts in lower case or with a number, it is that sentence's first part.
    """
    text_pieces = [p for p in pieces if p.role not in ("caption", "pull_quote", "attribution")]
    for k, (piece, nxt) in enumerate(zip(text_pieces, text_pieces[1:], strict=False)):
        if piece.role != "title" or _all_caps(piece.text) or piece.words < 8:
            continue
        if any(p.role == "jump" for p in text_pieces[max(0, k - 2) : k]):
            continue  # "Continued from page 1", a headline, and the story goes on mid-sentence
        prose = prose_words(piece.text)
        first = nxt.text.lstrip("\"'“‘(")[:1]
        if lost_initial(nxt.text) or nxt.cut == "dropcap":
            continue  # "ith the once…": a story starts there, the title heads it
        if prose >= 2 and nxt.role == "body" and (first.islower() or first.isdigit()):
            piece.role = "body"


def _split_trailing_bios(pieces: list[Piece], dehyphenator: Dehyphenator) -> None:
    """An author's note run on from the story's last paragraph: "… to make it pay.” / Petra
    Lindqvist reports on farming …" (the dump kept no break between them)."""
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        lines = piece.lines
        if piece.role != "body" or len(lines) < 2:
            continue
        for start in range(max(1, len(lines) - 3), len(lines)):
            if not lines[start - 1].terminal or not _starts_anew(lines[start]):
                continue
            tail = Piece(lines[start:], cut="para")
            tail.text = piece_text(tail, dehyphenator)
            if roles.is_bio(tail.text) and tail.lines[-1].terminal:
                piece.lines = lines[:start]
                piece.text = piece_text(piece, dehyphenator)
                pieces.insert(i, tail)
                i += 1
                break


def _split_trailing_bylines(pieces: list[Piece], page_words: Counter[str]) -> None:
    """A headline's last line that is its writer's name, set in the same capitals: the byline."""
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        last = piece.lines[-1]
        if piece.role != "title" or len(piece.lines) < 2 or not _all_caps(last.text):
            continue
        byline = Piece([last], cut="title", role="byline", text=last.text)
        if _author_name(byline, page_words):
            piece.lines = piece.lines[:-1]
            piece.text = _lines_text(piece.lines)
            pieces.insert(i, byline)


def _merge_titles(pieces: list[Piece], dehyphenator: Dehyphenator) -> None:
    """Rejoin a headline whose lines the dump cut apart (no blank line, same measure)."""
    names = _running_names(pieces)
    i = 0
    while i + 1 < len(pieces):
        a, b = pieces[i], pieces[i + 1]
        tail = (
            b.role == "body"
            and len(b.lines) <= 2
            and b.words <= 12
            and not b.lines[-1].terminal
            and not b.lines[-1].breaks_word  # "On Monday, Nevada be-": text goes on
            and not any(line.justified for line in b.lines)  # set full measure: running text
            and not b.lines[0].lead_gap
            and not lost_initial(b.text)
        )
        # A cut inside a name the page prints whole, or after a word that needs the next.
        name_cut = _breaks_a_name(a.lines[-1], b.lines[0], names) or (
            a.role == "title" and _runs_on(a.lines[-1])
        )
        # "Lion Air disaster:" over "Crashed jet's voice recorder…": a headline's lead-in.
        lead = a.role == "body" and len(a.lines) == 1 and a.text.endswith(":") and 2 <= a.words <= 6
        if lead and b.role == "title" and _starts_anew(a.lines[0]) and not b.lines[0].blank_before:
            a.role = "title"
        if (
            a.role in ("title", "byline")
            and (b.role == "title" or tail or (b.role == "byline" and name_cut))
            and not b.lines[0].blank_before
            and _all_caps(a.text) == _all_caps(b.text)  # a byline in capitals is no title's end
            and not (b.role == "title" and re.match(r"(?:A|An|The)\s", b.text))  # a deck's sentence
        ):
            widest = max(len(line.text) for line in a.lines)
            ratio = max(len(line.text) for line in b.lines) / max(widest, 1)
            lower_tail = tail and b.starts_lower
            fits = (ratio <= 2.0 or (lower_tail and ratio <= 2.5)) and a.words + b.words <= (
                30 if lower_tail else 18
            )
            if fits or name_cut:
                a.lines.extend(b.lines)
                a.text = join_text(a.text, b.text, dehyphenator)
                a.role = "title"
                del pieces[i + 1]
                continue
        i += 1


def _join_caption_lines(pieces: list[Piece], dehyphenator: Dehyphenator) -> None:
    """A caption that starts in lower case goes on from the wide line before it."""
    i = 1
    while i < len(pieces):
        caption, before = pieces[i], pieces[i - 1]
        if (
            caption.role == "caption"
            and caption.starts_lower
            and before.role == "body"
            and before.ends_mid_sentence
            and not before.lines[-1].breaks_word
        ):
            caption.lines[:0] = before.lines
            caption.text = join_text(before.text, caption.text, dehyphenator)
            del pieces[i - 1]
            continue
        i += 1


def _is_caption(piece: Piece, nxt: Piece | None) -> bool:
    """Ends with a credit, and is set as a caption: credit apart, a lead-in, a bullet or wide lines."""
    last = piece.lines[-1]
    if piece.lines[0].bulleted and _lead_in(piece.text) and not last.hyphenated:
        return True  # "▶ Sochi talks. Delegates …": a bullet and a lead-in, credited or not
    if not is_credit(last.text) or last.hyphenated:
        return False
    if nxt is not None and nxt.starts_lower and not nxt.lines[0].blank_before and not lost_initial(nxt.text):
        return False  # the credit-like brackets sit inside a sentence that goes on
    own_line = bool(re.fullmatch(r"\(\s*[^()]{1,40}\s*\)", last.text)) and len(piece.lines) > 1
    lead_in = _lead_in(piece.text)
    wide = any(len(line.text) > 1.3 * max(line.width, 1) for line in piece.lines)
    return own_line or last.credit_gap or piece.lines[0].lead_gap or lead_in or wide


def _title_shaped(piece: Piece, trailing: bool, page_words: Counter[str], dehyphenator: Dehyphenator) -> bool:
    last = piece.lines[-1]
    if last.short or (trailing and not last.trailing_space) or piece.words <= 3:
        return True
    head = piece.lines[:-1]
    if head and len(piece.lines) <= 3 and all(len(line.text) > 1.3 * line.width for line in head):
        return True  # set wider than any column, and ending no sentence: a headline across columns
    return _reads_like_title(piece.lines, None, page_words, dehyphenator)


def _merge_credit_lines(pieces: list[Piece]) -> None:
    """A credit on a line of its own, "(AFP)", belongs to the caption before it."""
    i = 1
    while i < len(pieces):
        piece = pieces[i]
        if re.fullmatch(r"\(\s*[^()]{1,40}\s*\)", piece.text) and is_credit(piece.text):
            prev = _credited_caption(pieces, i)
            prev.lines.extend(piece.lines)
            prev.text = f"{prev.text} {piece.text}"
            del pieces[i]
            continue
        i += 1


def _credited_caption(pieces: list[Piece], i: int) -> Piece:
    """The caption a lone credit belongs to: the piece before it, unless that is running
    text and a bulleted caption without a credit came shortly before (an extractor that
    reads across columns may set the credit lines away from its caption)."""
    prev = pieces[i - 1]
    if prev.lines[0].bulleted or _lead_in(prev.text):
        return prev
    for k in range(i - 2, max(-1, i - 8), -1):
        candidate = pieces[k]
        if candidate.lines[0].bulleted and not is_credit(candidate.lines[-1].text):
            return candidate
    return prev


def _lead_in(text: str) -> bool:
    """A caption's lead-in: a few words and a full stop before its sentence ("Sochi talks. …")."""
    return bool(re.match(r"^[^.!?]{2,60}[.!?]\s", text)) and len(text.split(".")[0].split()) <= 5


def _find_pull_quotes(pieces: list[Piece]) -> None:
    """Pieces whose words repeat other body text are pull quotes; the lines under one name its speaker."""
    body = [p for p in pieces if p.role == "body"]
    grams_of = {id(p): roles.ngrams(roles.norm_words(p.text)) for p in body}
    everything: Counter[tuple[str, ...]] = Counter()
    for grams in grams_of.values():
        everything.update(grams)
    text_pieces = [p for p in pieces if p.role != "caption"]  # a photo may sit between head and text
    heads = {id(p) for p, nxt in zip(text_pieces, text_pieces[1:], strict=False) if _heads_drop_cap(p, nxt)}
    for piece in body:
        own = grams_of[id(piece)]
        if len(own) < 3 or piece.starts_lower:
            continue  # a pull quote is a sentence: it never starts in lower case
        if id(piece) in heads:
            continue  # a headline may repeat its story's words, a pull quote is no title
        if roles.title_like(piece) and all(len(ln.text) > 1.2 * ln.width for ln in piece.lines):
            continue  # set wider than the columns and ending no sentence: a headline
        repeated = sum(1 for g in own if everything[g] > 1) / len(own)
        if repeated < 0.6:
            continue
        # The copy that repeats is the shorter one; the longer is the body that holds it.
        twins = [q for q in body if q is not piece and len(own & grams_of[id(q)]) >= 0.5 * len(own)]
        if any(len(grams_of[id(q)]) < len(own) for q in twins):
            continue
        if any(len(grams_of[id(q)]) == len(own) and q.role == "pull_quote" for q in twins):
            continue
        piece.role = "pull_quote"
    for i, piece in enumerate(pieces):
        if piece.role != "pull_quote":
            continue
        j = i + 1
        if j < len(pieces) and pieces[j].role in ("body", "pull_quote") and _attribution_like(pieces[j]):
            pieces[j].role = "attribution"
            title = pieces[j + 1] if j + 1 < len(pieces) else None
            if (
                title is not None
                and title.role in ("body", "title")
                and (title.starts_lower or not title.lines[0].blank_before)
                and title.words <= 20
                and not title.text.endswith(".")
                and roles.looks_like_name(pieces[j].text)
            ):
                pieces[j + 1].role = "attribution_title"


def _heads_drop_cap(piece: Piece, nxt: Piece) -> bool:
    """Text that ends no sentence right before a drop cap: it heads the article."""
    return roles.title_like(piece) and (nxt.cut == "dropcap" or lost_initial(nxt.text))


def _attribution_like(piece: Piece) -> bool:
    """A speaker's name, alone or followed by a comma and a title: "Nicholas Heras, a fellow…"."""
    text = piece.text.lstrip("—–- ")
    if piece.words > 30 or text.endswith("."):
        return False
    name = text.split(",", 1)[0]
    if re.fullmatch(r"[A-Z][\w'’-]+", text):
        return True  # a surname alone: "Khan"
    if "," in text:
        return roles.looks_like_name(name)
    return roles.looks_like_name(piece.lines[0].text.lstrip("—–- ").rstrip(","))


def split_titles(pieces: list[Piece], page_words: Counter[str], dehyphenator: Dehyphenator) -> list[Piece]:
    """Split off title runs (headlines, decks) that the dump glued to the text around them.

    A run qualifies when it starts after a sentence end, stops on a line that ends no
    sentence before a line starting anew, and reads like a title: its words recur in the
    page's text (a headline names what the article is about), and it is set apart by
    capitals or by lines shorter than the full measure.
    """
    out: list[Piece] = []
    for i, piece in enumerate(pieces):
        if _opens_story(pieces, i + 1):
            piece = _split_head_off(piece, out, dehyphenator)
        out.extend(_split_piece(piece, page_words, dehyphenator))
    return out


def _opens_story(pieces: list[Piece], k: int) -> bool:
    """Piece `k` (past a photo's caption) starts a story with its drop cap, printed or lost."""
    if k + 1 < len(pieces) and (_is_caption(pieces[k], pieces[k + 1]) or _lead_in(pieces[k].text)):
        k += 1
    if k < len(pieces) and is_credit(pieces[k].text) and len(pieces[k].lines) == 1:
        k += 1  # the caption's credit on a line of its own
    return k < len(pieces) and (pieces[k].cut == "dropcap" or lost_initial(pieces[k].text))


def _split_head_off(piece: Piece, out: list[Piece], dehyphenator: Dehyphenator) -> Piece:
    """The last lines of a paragraph, after its last sentence end, right before a story's drop
    cap: the dump ran that story's headline on from the text above it."""
    lines = piece.lines
    if piece.role != "body" or len(lines) < 2 or lines[-1].terminal or lines[-1].breaks_word:
        return piece
    for start in range(len(lines) - 1, max(0, len(lines) - 4), -1):
        if not lines[start - 1].terminal:
            continue
        head = Piece(lines[start:], cut="title")
        head.text = piece_text(head, dehyphenator)
        if not 2 <= head.words <= 25 or roles.SENTENCE_INSIDE.search(head.text):
            return piece
        if not _starts_anew(lines[start]):
            return piece
        body = Piece(lines[:start], cut=piece.cut)
        body.text = piece_text(body, dehyphenator)
        out.append(body)
        return head
    return piece


def _split_piece(piece: Piece, page_words: Counter[str], dehyphenator: Dehyphenator) -> list[Piece]:
    lines = piece.lines
    if piece.role != "body" or len(lines) < 2:
        return [piece]
    for start in range(len(lines)):
        if start == 0 and piece.cut == "dropcap":
            continue  # a drop cap opens body text, never a title
        if start > 0 and not (lines[start - 1].terminal or is_credit(lines[start - 1].text)):
            continue
        longest = -1
        for end in range(start, min(len(lines), start + 5)):
            line = lines[end]
            if line.terminal or line.breaks_word:
                break
            nxt = lines[end + 1] if end + 1 < len(lines) else None
            if nxt is None and start == 0:
                break
            span = lines[start : end + 1]
            if nxt is not None and not _starts_anew(nxt) and not _set_apart(span, nxt):
                continue
            if _reads_like_title(lines[start : end + 1], nxt, page_words, dehyphenator):
                longest = end
        if longest < 0:
            continue
        made = []
        for chunk, cut in (
            (lines[:start], piece.cut),
            (lines[start : longest + 1], "title"),
            (lines[longest + 1 :], "title"),
        ):
            if chunk:
                new = Piece(chunk, cut=cut)
                new.text = piece_text(new, dehyphenator)
                made.append(new)
        made[-1].extra.update(piece.extra)
        if longest + 1 < len(lines):
            return made[:-1] + _split_piece(made[-1], page_words, dehyphenator)
        return made
    return [piece]


def _set_apart(span: list[Line], nxt: Line) -> bool:
    """A title before a continued story's first line: set wider or narrower than the body."""
    if len(nxt.text) > 1.15 * nxt.width:
        return False
    *head, last = span
    wide = [len(line.text) > 1.2 * line.width for line in span]
    # A title wider than a column may wrap once more: its last line is what is left over.
    if all(wide) or (bool(head) and all(wide[:-1]) and _left_over(last, head[-1])):
        return True
    # Or narrower: running text never sets several short lines in a row before a full one.
    narrow = len(span) >= 3 and all(len(line.text) < 0.7 * line.width for line in span)
    return narrow and len(nxt.text) >= 0.85 * nxt.width


def _left_over(line: Line, wide: Line) -> bool:
    """The last words of a title set wider than the column, wrapped onto a line of their own."""
    short = len(line.text) < 0.6 * len(wide.text) and len(line.text.split()) <= 3
    return short and line.text[:1] not in "\"“‘'"


def _starts_anew(line: Line) -> bool:
    first = line.text.lstrip("\"'“‘")[:1]
    return first.isupper() or first.isdigit()


def _reads_like_title(
    lines: list[Line], nxt: Line | None, page_words: Counter[str], dehyphenator: Dehyphenator
) -> bool:
    text = ""
    for line in lines:
        text = join_text(text, line.text, dehyphenator)
    words = text.split()
    if not 2 <= len(words) <= 25 or roles.SENTENCE_INSIDE.search(text):
        return False
    last = words[-1].strip(",;:").lower()
    if last in roles.FUNCTION_END or text[-1] in ",;:":
        return False
    if nxt is not None:
        following = nxt.text.split(" ", 1)[0].strip("\"'“‘(")
        if words[-1][:1].isupper() and following[:1].isupper() and following.lower() not in SENTENCE_STARTERS:
            return False  # a name broken across lines: "Regional governor Boris / Dubrovsky said"
    own = Counter(content_words(text))
    if not own:
        return False
    recurring = sum(1 for w in own if page_words[w] > own[w]) / len(own)
    capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
    widths = [len(line.text) / max(line.width, 1.0) for line in lines]
    # Wider than the column, or a wide title and the words its last wrap left over.
    wide = all(w > 1.3 for w in widths[:-1]) and (
        widths[-1] > 1.3 or (len(lines) > 1 and _left_over(lines[-1], lines[-2]))
    )
    apart = wide or all(w < 0.85 or w > 1.15 for w in widths) or lines[-1].short
    if recurring < 0.5 and not (wide and len(lines) <= 4):
        return False
    if len(lines) == 1 and not wide:
        # One line inside running text is a title only when both set apart and capitalised.
        return capitalised >= 0.6 and apart
    return capitalised >= 0.6 or apart


# --- chaining fragments into paragraphs -------------------------------------------------


def chain(pieces: list[Piece], dehyphenator: Dehyphenator) -> tuple[list[list[Piece]], set[int]]:
    """Join fragments cut by column breaks into paragraphs.

    Returns the chains (each a paragraph's pieces in order) and the stream
    indexes of chain heads whose first letter was a lost drop cap.
    """
    index = {id(p): i for i, p in enumerate(pieces)}
    body = [p for p in pieces if p.role in ("body", "title")]
    successor: dict[int, Piece] = {}
    predecessor: dict[int, Piece] = {}

    def link(q: Piece, p: Piece) -> None:
        successor[id(q)] = p
        predecessor[id(p)] = q
        if q.role == "title":
            q.role = "body"

    # Every lower-case start continues some open piece, unless it lost its drop cap:
    # score all the pairings, then take them best first (a greedy matching).
    options: list[tuple[float, int, int]] = []
    for p in body:
        k = index[id(p)]
        if k > 0 and pieces[k - 1].role == "jump" and " from " in f" {pieces[k - 1].text.lower()} ":
            p.extra["carried"] = "1"  # the rest of a story from an earlier page
        if p.role != "body" or not p.starts_lower or p.cut == "dropcap" or p.extra.get("carried"):
            continue
        for q in body:
            if q is not p and q.ends_mid_sentence:
                options.append((_continuation_score(q, p, index, dehyphenator), index[id(q)], index[id(p)]))
        after_title = index[id(p)] > 0 and pieces[index[id(p)] - 1].role in ("title", "byline", "caption")
        if lost_initial(p.text) or after_title:
            first = index[id(p)] == index[id(body[0])]
            bonus = 1.0 + (2.0 if first or p.lines[0].lead_gap or after_title else 0.0)
            options.append((bonus, -1, index[id(p)]))
    for score, qi, pi in sorted(options, key=lambda o: -o[0]):
        p = pieces[pi]
        if score <= -5 or id(p) in predecessor or p.extra.get("initial"):
            continue
        if qi < 0:
            p.extra["initial"] = "lost"
            continue
        q = pieces[qi]
        if id(q) in successor or _reaches(p, q, successor):
            continue
        link(q, p)
    # Fragments that stop mid-sentence before a full-width column break continue in the
    # next body piece of the stream when it starts a new line of the same sentence.
    for q in [p for p in body if p.role == "body"]:
        if not q.open_end or id(q) in successor or (q.lines[-1].short and not q.lines[-1].hyphenated):
            continue
        for nxt in pieces[index[id(q)] + 1 :]:
            if nxt.role in ("title",) and not nxt.lines[0].blank_before:
                break
            if nxt.role != "body":
                continue
            if (
                id(nxt) not in predecessor
                and nxt.cut != "dropcap"
                and not nxt.extra.get("initial")
                and not _reaches(nxt, q, successor)
                and (q.lines[-1].breaks_word or not _opens_sentence(nxt))
            ):
                link(q, nxt)
            break
    # A run that ends no sentence, continues nothing and that nothing continues is no
    # paragraph: it is a title the stream put next to the text.
    for q in body:
        if (
            q.role == "body"
            and id(q) not in successor
            and id(q) not in predecessor
            and q.ends_mid_sentence
            and not q.lines[-1].breaks_word
            and roles.title_like(q)
            and not _before_jump(pieces, index[id(q)])
        ):
            q.role = "title"
    chains: list[list[Piece]] = []
    lost_initials: set[int] = set()
    for piece in body:
        if piece.role != "body" or id(piece) in predecessor:
            continue
        run = [piece]
        while id(run[-1]) in successor:
            run.append(successor[id(run[-1])])
        if piece.extra.get("initial") == "lost" and _restore_initial(piece, dehyphenator.counts):
            lost_initials.add(index[id(piece)])
        chains.append(run)
    return chains, lost_initials


def _before_jump(pieces: list[Piece], k: int) -> bool:
    """The piece at `k` is followed by a jump line: its sentence goes on on another page."""
    return k + 1 < len(pieces) and pieces[k + 1].role == "jump"


def _opens_sentence(piece: Piece) -> bool:
    """Starts with a capitalised function word ("On", "The", "In"): a sentence's start.

    Inside a sentence only names are capitalised, so such a piece does not continue
    the text cut before it.
    """
    first = re.sub(r"\W+$", "", piece.first_word.lstrip("\"'“‘("))
    if not first[:1].isupper() or first.isupper():
        return False
    return first.lower() in SENTENCE_STARTERS


def _reaches(start: Piece, target: Piece, successor: dict[int, Piece]) -> bool:
    node: Piece | None = start
    while node is not None:
        if node is target:
            return True
        node = successor.get(id(node))
    return False


def _continuation_score(q: Piece, p: Piece, index: dict[int, int], dehyphenator: Dehyphenator) -> float:
    distance = index[id(p)] - index[id(q)]
    score = -abs(distance) / 4 - (3 if distance < 0 else 0)
    last = q.lines[-1]
    first_word = re.sub(r"\W+$", "", p.first_word)
    if last.hyphenated:
        left = last.text[:-1].rsplit(" ", 1)[-1]
        joined = (re.sub(r"^\W+", "", left) + first_word).lower()
        if dehyphenator.counts[joined] or zipf(joined) >= 2.0:
            score += 3
        else:
            score -= 2
    elif distance < 0:
        return -10.0  # a continuation printed before its start needs a broken word to prove it
    if q.role == "title":
        score -= 8 if q.extra.get("strong") else 2
    return score


_WHEN = re.compile(
    r"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|\d)",
    re.IGNORECASE,
)


def _article_for(rest: str) -> str:
    """Which word a lost "A", "I" or "O" made of "n": "On Sunday", "An apartment", "In Syria"."""
    if _WHEN.match(rest):
        return "O"
    return "A" if rest.strip()[:1].lower() in "aeiou" else "I"


def _restore_initial(piece: Piece, document_words: Counter[str]) -> bool:
    """Put back a drop cap that the extractor lost ("ith the" → "With the"); say if it did."""
    match = re.match(r"([a-z]+)(\W|$)", piece.text)
    if not match:
        return False
    stub = match.group(1)
    rest = piece.text[match.end(1) :]
    best, best_freq = "", 0.0
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWYZ":
        word = (letter + stub).lower()
        # The page's own words first ("ancy" → "Nancy" on a page about Nancy Pelosi, not "Fancy").
        freq = 10.0 + document_words[word] if document_words[word] else zipf(word)
        if stub == "n" and letter in "AIO":
            freq = 9.0 if letter == _article_for(rest) else 0.0
        if freq > best_freq:
            best, best_freq = letter, freq
    if best and best_freq >= 2.5 and best_freq > zipf(stub):
        piece.text = best + piece.text
        piece.drop_cap = best
        return True
    first = piece.lines[0]
    if zipf(stub) >= 3.0 and len(piece.lines) >= 3 and len(first.text) < 0.85 * first.width:
        # The drop cap was a whole word: "A" is the only one that starts a sentence
        # before a lower-case word ("A fire yesterday…"); the first lines are set short
        # beside the letter, where a story continued from another page starts full.
        piece.text = "A " + piece.text
        piece.drop_cap = "A"
        return True
    return False


# --- grouping paragraphs into articles ------------------------------------------------


def group(pieces: list[Piece], chains: list[list[Piece]], lost_initials: set[int]) -> list[Draft]:
    """Group paragraph chains into articles by the separators between them in the stream."""
    index = {id(p): i for i, p in enumerate(pieces)}
    head_of = {id(c[0]): c for c in chains}
    drafts: list[Draft] = []
    boundary = True
    for i, piece in enumerate(pieces):
        if piece.role in ("title", "bio") or (piece.role == "jump" and piece.text.lower().find(" on ") > 0):
            boundary = True
            continue
        run = head_of.get(id(piece))
        if run is None:
            continue
        starts_article = piece.cut == "dropcap" or i in lost_initials or bool(piece.extra.get("carried"))
        if not drafts or starts_article or boundary:
            drafts.append(Draft(first=i, drop_cap=starts_article))
        drafts[-1].chains.append(run)
        drafts[-1].last = max(drafts[-1].last, max(index[id(p)] for p in run))
        boundary = False
    return [d for d in drafts if d.chains]


def attach(pieces: list[Piece], drafts: list[Draft], other: list[Other]) -> None:
    """Give headlines, decks, bylines, captions, pull quotes, bios and jumps to articles."""
    _split_stacked_titles(pieces, drafts)
    titles = [i for i, p in enumerate(pieces) if p.role == "title"]
    _assign_headlines(pieces, titles, drafts)
    for t in titles:
        title = pieces[t]
        if not any(title is d.headline or title is d.deck for d in drafts):
            _split_for_title(title, drafts)
    _merge_headless(drafts, bool(titles))
    owned = {id(p) for d in drafts for run in d.chains for p in run}
    draft: Draft | None
    for i, piece in enumerate(pieces):
        if piece.role == "title":
            draft = _draft_of_title(i, pieces, drafts)
            if draft is None:
                other.append(
                    Other(role="unassigned", text=piece.text, regions=[_region(piece, "unassigned")])
                )
            continue
        if piece.role == "byline":
            draft = _nearest_headed(i, drafts, pieces)
            if draft is not None and draft.byline is None:
                draft.byline = piece
            else:
                other.append(Other(role="byline", text=piece.text, regions=[_region(piece, "byline")]))
        elif piece.role == "caption":
            draft = _best_by_words(piece.text, drafts, i)
            if draft is not None:
                draft.captions.append(piece)
        elif piece.role == "pull_quote":
            draft = _best_by_words(piece.text, drafts, i)
            attribution = None
            if i + 1 < len(pieces) and pieces[i + 1].role == "attribution":
                attribution = pieces[i + 1]
                if i + 2 < len(pieces) and pieces[i + 2].role == "attribution_title":
                    attribution.extra["title"] = pieces[i + 2].text
            if draft is not None:
                draft.pull_quotes.append((piece, attribution))
        elif piece.role == "bio":
            draft = _preceding(i, drafts, pieces) or _best_by_words(piece.text, drafts, i)
            if draft is not None and draft.bio is None:
                draft.bio = piece
            else:
                other.append(Other(role="bio", text=piece.text, regions=[_region(piece, "bio")]))
        elif piece.role == "jump":
            match = JUMP.match(piece.text)
            number = int(next(g for g in match.groups()[1:] if g)) if match else None
            direction = match.group(1).lower() if match and match.group(1) else "on"
            if direction == "from":
                draft = _carried_over(i, drafts, pieces) or _following(i, drafts, pieces)
                if draft is not None:
                    draft.continued_from = number
                    draft.kicker = piece
            else:
                draft = _preceding(i, drafts, pieces)
                if draft is not None:
                    draft.continued_on = number
            if draft is None:
                other.append(Other(role="jump", text=piece.text, regions=[_region(piece, "jump")]))
        elif piece.role in ("attribution", "attribution_title"):
            continue
        elif piece.role == "folio":
            other.append(Other(role="folio", text=piece.text, regions=[_region(piece, "folio")]))
        elif piece.role == "body" and id(piece) not in owned and piece.text:
            other.append(Other(role="unassigned", text=piece.text, regions=[_region(piece, "unassigned")]))


def _best_matching(
    pairs: list[tuple[float, int, int]], titles: list[int], n_drafts: int
) -> list[tuple[int, int]]:
    """The title-to-article pairing with the highest total score (each used once; weak pairs unused).

    A greedy choice lets one article take the headline that fits it best and leave
    its neighbour with nothing; pages hold few titles, so the exact optimum is cheap.
    """
    score = {(t, n): sc for sc, t, n in pairs if sc >= 0.15}
    candidates = [t for t in titles if any((t, n) in score for n in range(n_drafts))][:20]

    @cache
    def best(n: int, used: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        if n == n_drafts:
            return 0.0, ()
        result = best(n + 1, used)
        for k, t in enumerate(candidates):
            if used & (1 << k) or (t, n) not in score:
                continue
            gain, chosen = best(n + 1, used | (1 << k))
            if gain + score[(t, n)] > result[0]:
                result = (gain + score[(t, n)], ((t, n), *chosen))
        return result

    if n_drafts > 12:  # too many for the exact search: fall back to greedy
        chosen, used_t, used_n = [], set(), set()
        for sc, t, n in sorted(pairs, reverse=True):
            if sc >= 0.15 and t not in used_t and n not in used_n:
                chosen.append((t, n))
                used_t.add(t)
                used_n.add(n)
        return chosen
    return list(best(0, 0)[1])


def _split_stacked_titles(pieces: list[Piece], drafts: list[Draft]) -> None:
    """Two headlines set one above the other read as one title: split where their words part ways.

    A cut before a line starting with a capital is kept when each side matches a
    different article best, and matches it clearly.
    """
    names = _running_names(pieces)
    if len(drafts) == 1:
        _split_one_story_in_two(pieces, drafts, names)
    if len(drafts) < 2:
        return
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        if piece.role != "title" or len(piece.lines) < 2:
            continue
        best: tuple[float, int] | None = None
        for cut, head_text, tail_text in _title_cuts(piece, names):
            head, tail = affinity(head_text, drafts), affinity(tail_text, drafts)
            h = max(range(len(drafts)), key=head.__getitem__)
            t = max(range(len(drafts)), key=tail.__getitem__)
            score = head[h] + tail[t]
            # Every line of a title in capitals starts with one: the words must speak louder.
            margin = 3.0 if _all_caps(piece.lines[cut].text) else 2.0
            if (
                h != t
                and min(head[h], tail[t]) >= 0.3
                and head[h] >= margin * head[t]
                and tail[t] >= margin * tail[h]
                and (best is None or score > best[0])
            ):
                best = (score, cut)
        if best is not None:
            cut = best[1]
            second = Piece(piece.lines[cut:], cut="title", role="title", text=_lines_text(piece.lines[cut:]))
            piece.lines = piece.lines[:cut]
            piece.text = _lines_text(piece.lines)
            pieces.insert(i, second)
    _split_side_by_side(pieces, drafts)


def _split_side_by_side(pieces: list[Piece], drafts: list[Draft]) -> None:
    """Run `_side_by_side` over every title with the short lines that finish it."""
    if len(drafts) < 2:
        return
    i = 0
    while i < len(pieces):
        if pieces[i].role != "title":
            i += 1
            continue
        # The title and what may finish it (a line of a few words, or lines in lower case
        # ending no sentence): all of it may be the words of two headlines.
        end = i + 1
        while end < len(pieces) and end - i < 4 and _may_finish_title(pieces[end]):
            end += 1
        run = pieces[i:end]
        lines = [line for p in run for line in p.lines]
        if len(lines) < 3 or not any(len(line.text) > 1.3 * line.width for line in lines):
            i += 1  # only a line wider than a column can hold words of two headlines
            continue
        # Parts read as text are taken out of their articles while the words are weighed.
        kept = [(d, d.chains) for d in drafts]
        text_parts = {id(p) for p in run if p.role == "body"}
        for d in drafts:
            d.chains = [c for c in ([p for p in chain if id(p) not in text_parts] for chain in d.chains) if c]
            d._words = None
        side = _side_by_side(lines, drafts)
        if side is None:
            for d, chains in kept:
                d.chains = chains
                d._words = None
            i += 1
            continue
        pieces[i:end] = side
        i += len(side)


def _may_finish_title(piece: Piece) -> bool:
    if piece.role != "body" or len(piece.lines) > 5 or piece.lines[-1].terminal:
        return False
    return piece.starts_lower or (len(piece.lines) == 1 and piece.words <= 4)


def _side_by_side(lines: list[Line], drafts: list[Draft]) -> list[Piece] | None:
    """Two headlines set side by side, whose lines an extractor read across both.

    "Toronto serial killer … pleads guilty to Paris court jails two" / "eight murders" /
    "police in high-profile rape" / "case": each line holds the left headline's words, then
    the right one's (either part may be empty).  For each pair of articles, every line is
    cut where its words turn from one article's to the other's; the pair is kept when each
    headline clearly fits its own article.
    """
    counts = [d.words() for d in drafts]
    best: tuple[float, list[tuple[Line, int]]] | None = None
    for a in range(len(drafts)):
        for b in range(len(drafts)):
            if a == b:
                continue
            # Only a line wider than a column can hold words of both; once a line holds
            # the right headline's words alone, the left one has ended.
            cuts: list[tuple[Line, int]] = []
            right_alone = False
            for line in lines:
                wide = len(line.text) > 1.3 * line.width
                k = 0 if right_alone else _side_cut(line.text.split(), counts, a, b, wide)
                right_alone = right_alone or (k == 0 and any(c > 0 for _, c in cuts))
                cuts.append((line, k))
            sizes = [(k, len(line.text.split())) for line, k in cuts]
            if not (
                any(0 < k < n for k, n in sizes)
                and any(k == n for k, n in sizes)
                and any(k == 0 for k, n in sizes)
            ):
                continue  # side by side: lines holding both, then lines of each alone
            left = " ".join(" ".join(line.text.split()[:k]) for line, k in cuts).split()
            right = " ".join(" ".join(line.text.split()[k:]) for line, k in cuts).split()
            if min(len(set(content_words(" ".join(left)))), len(set(content_words(" ".join(right))))) < 3:
                continue
            fa, fb = affinity(" ".join(left), drafts), affinity(" ".join(right), drafts)
            clear = min(fa[a], fb[b]) >= 0.4 and fa[a] >= 3 * fa[b] and fb[b] >= 3 * fb[a]
            if clear and (best is None or fa[a] + fb[b] > best[0]):
                best = (fa[a] + fb[b], cuts)
    if best is None:
        return None
    left_lines: list[Line] = []
    right_lines: list[Line] = []
    for line, k in best[1]:
        words = line.text.split()
        split = len(" ".join(words[:k]))
        if k > 0:
            left_lines.append(Line(" ".join(words[:k]), line.start, line.start + split, width=line.width))
        if k < len(words):
            start = line.start + split + (1 if k else 0)
            right_lines.append(Line(" ".join(words[k:]), start, line.end, width=line.width))
    return [Piece(ls, cut="title", role="title", text=_lines_text(ls)) for ls in (left_lines, right_lines)]


def _side_cut(words: list[str], counts: list[Counter[str]], a: int, b: int, both: bool) -> int:
    """Where a line's words turn from article a's to article b's (0: all b's, len: all a's;
    in between only when the line may hold `both`)."""
    lean = []
    for word in words:
        shares = 0.0
        for w in content_words(word):
            total = sum(c[w] for c in counts)
            if total:
                shares += (counts[a][w] - counts[b][w]) / total
        lean.append(shares)
    best_k, best = len(words), sum(lean)
    for k in range(len(words) - 1, -1, -1):
        if k > 0 and not both:
            continue
        score = sum(lean[:k]) - sum(lean[k:])
        # Ties go to a cut before a capital (a headline's first word), else to the left.
        if score > best or (score == best and words[k][:1].isupper() and best_k == len(words)):
            best_k, best = k, score
    return best_k


def _title_cuts(piece: Piece, names: str) -> Iterator[tuple[int, str, str]]:
    """Where a title run could part into two headlines: (line index, head text, tail text).

    Only before a line that starts anew, never after a line that runs on or inside a
    name the page prints whole, and only where each side has words enough to tell
    whose they are.
    """
    lines = piece.lines
    for cut in range(1, len(lines)):
        if not _starts_anew(lines[cut]) or _runs_on(lines[cut - 1]):
            continue
        if _breaks_a_name(lines[cut - 1], lines[cut], names):
            continue
        head, tail = _lines_text(lines[:cut]), _lines_text(lines[cut:])
        if min(len(set(content_words(head))), len(set(content_words(tail)))) >= 3:
            yield cut, head, tail


def _lines_text(lines: list[Line]) -> str:
    """Lines of a title joined as running text (line-end hyphens decided by shape and lexicon)."""
    text = ""
    for line in lines:
        text = join_text(text, line.text, _LEXICON_ONLY)
    return text


_LEXICON_ONLY = Dehyphenator("")


def _running_names(pieces: list[Piece]) -> str:
    """The page's running text in lower case, to look up names printed whole ("south carolina")."""
    text = " ".join(p.text for p in pieces if p.role == "body").lower()
    return " " + _NOT_IN_NAMES.sub(" ", text)


_NOT_IN_NAMES = re.compile(r"[^\w'’-]+")


def _name_part(word: str) -> str:
    return word.strip("\"'“”‘’(),.;:").lower()


def _breaks_a_name(before: Line, after: Line, text: str) -> bool:
    """A cut between two capitalised words would split a name the text prints whole elsewhere."""
    last, first = before.text.rsplit(" ", 1)[-1], after.text.split(" ", 1)[0]
    if not (last[:1].isupper() and first[:1].isupper()):
        return False
    return f" {_name_part(last)} {_name_part(first)}" in text


def _split_one_story_in_two(pieces: list[Piece], drafts: list[Draft], names: str) -> None:
    """Two headlines stacked over two bodies that the stream ran together: split both at once.

    The two headlines are either two title pieces one after the other, or one title
    piece that holds both (cut where `_title_cuts` allows).
    """
    draft = drafts[0]
    titles = [p for p in pieces if p.role == "title"]
    # (head, tail, the title piece to cut or None, the line to cut it at)
    candidates: list[tuple[str, str, Piece | None, int]] = [
        (head, tail, piece, cut)
        for piece in titles
        if len(piece.lines) >= 2
        for cut, head, tail in _title_cuts(piece, names)
    ]
    candidates += [
        (a.text, b.text, None, 0)
        for a, b in zip(pieces, pieces[1:], strict=False)
        if a.role == b.role == "title" and len(set(content_words(b.text))) >= 3
    ]
    best: tuple[float, Piece | None, int, int] | None = None
    for head, tail, piece, cut in candidates:
        for k in range(1, len(draft.chains)):
            first, second = draft.chains[:k], draft.chains[k:]
            straight = (_text_overlap(head, first), _text_overlap(tail, second))
            crossed = (_text_overlap(tail, first), _text_overlap(head, second))
            if sum(crossed) > sum(straight):
                straight, crossed = crossed, straight  # the second headline's story came first
            fit, cross = sum(straight), sum(crossed)
            # The part of a story continued from another page may use few of its
            # headline's words: the two fits together must clearly beat the crossing.
            if (
                min(straight) >= 0.35
                and fit >= 1.0
                and fit - cross >= 0.7
                and (best is None or fit - cross > best[0])
            ):
                best = (fit - cross, piece, cut, k)
    if best is None:
        return
    _, piece, cut, k = best
    if piece is not None:
        tail = _lines_text(piece.lines[cut:])
        pieces.insert(pieces.index(piece) + 1, Piece(piece.lines[cut:], cut="title", role="title", text=tail))
        piece.lines = piece.lines[:cut]
        piece.text = _lines_text(piece.lines)
    drafts.append(Draft(chains=draft.chains[k:], first=draft.first, last=draft.last))
    draft.chains = draft.chains[:k]
    draft._words = None


def _assign_headlines(pieces: list[Piece], titles: list[int], drafts: list[Draft]) -> None:
    """Pair titles with articles: shared words first, stream adjacency to break ties."""
    pairs: list[tuple[float, int, int]] = []
    for t in titles:
        for n, draft in enumerate(drafts):
            score = overlap(pieces[t].text, draft) * min(1.0, pieces[t].words / 5)
            if t < draft.first and not any(
                pieces[k].role in ("body",) and id(pieces[k])
                for k in range(t + 1, draft.first)
                if _is_head_between(pieces, k)
            ):
                score += 0.35
            if draft.last < t and all(pieces[k].role != "title" for k in range(draft.last + 1, t)):
                score += 0.25
            score -= 0.002 * min(abs(t - draft.first), abs(t - draft.last))
            pairs.append((score, t, n))
    taken_titles: set[int] = set()
    for t, n in _best_matching(pairs, titles, len(drafts)):
        drafts[n].headline = pieces[t]
        taken_titles.add(t)
    # Titles and articles left over after the clear pairs: a continued story shares few
    # words with its headline, so the rest are paired best first, however weakly.
    for _score, t, n in sorted(pairs, reverse=True):
        if t not in taken_titles and drafts[n].headline is None and pieces[t].extra.get("strong"):
            drafts[n].headline = pieces[t]
            taken_titles.add(t)
    # A second title right after a headline is its deck; a shorter one right before the
    # matched title is the headline, and the matched one its deck.
    for draft in drafts:
        if draft.headline is None:
            continue
        h = next(i for i, p in enumerate(pieces) if p is draft.headline)
        if (
            h > 0
            and pieces[h - 1].role == "title"
            and h - 1 not in taken_titles
            and pieces[h - 1].words < draft.headline.words
            and pieces[h - 1].words >= 3  # one or two words over a headline: a label or kicker
        ):
            draft.deck, draft.headline = draft.headline, pieces[h - 1]
            taken_titles.add(h - 1)
            continue
        if (
            h + 1 < len(pieces)
            and pieces[h + 1].role == "title"
            and h + 1 not in taken_titles
            and (pieces[h + 1].words > draft.headline.words or pieces[h + 1].words >= 8)
            and _on_topic(pieces[h + 1].text, draft, drafts)
        ):
            draft.deck = pieces[h + 1]
            taken_titles.add(h + 1)
    for draft in drafts:
        for p in (draft.headline, draft.deck):
            if p is not None:
                p.extra["taken"] = "1"


def _on_topic(text: str, draft: Draft, drafts: list[Draft]) -> bool:
    """A deck tells more of its own story: it shares no fewer words with it than with another."""
    own = overlap(text, draft)
    return all(overlap(text, other) < own + 0.3 for other in drafts if other is not draft)


def _merge_headless(drafts: list[Draft], page_has_titles: bool) -> None:
    """A run of paragraphs with no headline and no drop cap continues the article before it."""
    if not page_has_titles:
        return
    n = 1
    while n < len(drafts):
        draft = drafts[n]
        if draft.headline is None and not draft.drop_cap:
            previous = drafts[n - 1]
            previous.chains.extend(draft.chains)
            previous.last = max(previous.last, draft.last)
            previous._words = None
            del drafts[n]
            continue
        n += 1
    if len(drafts) > 1 and drafts[0].headline is None and not drafts[0].drop_cap:
        drafts[1].chains[:0] = drafts[0].chains
        drafts[1].first = drafts[0].first
        drafts[1]._words = None
        del drafts[0]


def _text_overlap(text: str | None, chains: list[list[Piece]]) -> float:
    words = set(content_words(text or ""))
    if not words:
        return 0.0
    present = {w for run in chains for p in run for w in content_words(p.text)}
    return len(words & present) / len(words)


def _split_for_title(title: Piece, drafts: list[Draft]) -> None:
    """An orphan headline whose words open paragraphs inside an article: a second article starts there.

    Stream orders that set all headlines first (or last), then all bodies, leave no
    separator between two articles' paragraphs; the headlines' words in the leads say
    where one ends.  The orphan may head either part: the article's own headline keeps
    the part whose lead it matches.
    """
    best: tuple[float, int, int, bool] | None = None
    for n, draft in enumerate(drafts):
        own = draft.headline.text if draft.headline is not None else None
        lead_a = draft.chains[:2]
        for k in range(1, len(draft.chains)):
            lead_b = draft.chains[k : k + 2]
            t_a, t_b = _text_overlap(title.text, lead_a), _text_overlap(title.text, lead_b)
            h_a = _text_overlap(own, lead_a) if own else 0.0
            h_b = _text_overlap(own, lead_b) if own else 0.0
            for title_first in (False, True) if own else (False,):
                fit = t_a if title_first else t_b
                gain = (t_a - t_b + h_b - h_a) if title_first else (t_b - t_a + h_a - h_b)
                if fit >= 0.45 and gain >= 0.3 and (best is None or gain > best[0]):
                    best = (gain, n, k, title_first)
    if best is None:
        return
    _, n, k, title_first = best
    draft = drafts[n]
    second = Draft(chains=draft.chains[k:], first=draft.first, last=draft.last)
    draft.chains = draft.chains[:k]
    draft._words = None
    if title_first:
        second.headline, draft.headline = draft.headline, title
    else:
        second.headline = title
    drafts.insert(n + 1, second)


def _is_head_between(pieces: list[Piece], k: int) -> bool:
    return pieces[k].role == "body"


def _draft_of_title(i: int, pieces: list[Piece], drafts: list[Draft]) -> Draft | None:
    piece = pieces[i]
    for draft in drafts:
        if piece is draft.headline or piece is draft.deck:
            return draft
    return None


def _nearest_headed(i: int, drafts: list[Draft], pieces: list[Piece]) -> Draft | None:
    best, best_distance = None, 10**9
    for draft in drafts:
        anchor = draft.deck or draft.headline
        if anchor is None:
            continue
        a = next(k for k, p in enumerate(pieces) if p is anchor)
        distance = abs(i - a) + (0 if i > a else 1)
        if distance < best_distance:
            best, best_distance = draft, distance
    return best


def _best_by_words(text: str, drafts: list[Draft], i: int) -> Draft | None:
    if not drafts:
        return None
    return max(drafts, key=lambda d: (overlap(text, d), -min(abs(i - d.first), abs(i - d.last))))


def _preceding(i: int, drafts: list[Draft], pieces: list[Piece]) -> Draft | None:
    """The article whose body text comes last before stream position `i`."""
    best, best_pos = None, -1
    for draft in drafts:
        for run in draft.chains:
            for p in run:
                k = next(n for n, q in enumerate(pieces) if q is p)
                if best_pos < k < i:
                    best, best_pos = draft, k
    return best


def _carried_over(i: int, drafts: list[Draft], pieces: list[Piece]) -> Draft | None:
    """The nearest article that opens inside a sentence: the rest of a story from an earlier page."""
    candidates = [
        d
        for d in drafts
        if d.continued_from is None
        and d.chains
        and (d.chains[0][0].starts_lower or d.chains[0][0].extra.get("carried"))
    ]
    return min(candidates, key=lambda d: abs(d.first - i)) if candidates else None


def _following(i: int, drafts: list[Draft], pieces: list[Piece]) -> Draft | None:
    candidates = [d for d in drafts if d.first > i]
    return min(candidates, key=lambda d: d.first) if candidates else None


# --- output ----------------------------------------------------------------------------


def _region(piece: Piece, role: str, index: int = 0) -> Region:
    return Region(role=role, index=index, page=1, start=piece.start, end=piece.end)


def _name_case(name: str) -> str:
    """Bylines set in capitals by the page's style read as names: "MARA ELLISON" → "Mara Ellison"."""
    if not _all_caps(name):
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())


def _strip_quote_marks(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^[\"“”‘'’]\s*", "", text)
    if text.count("“") < text.count("”") or (text.endswith("”") and "“" not in text[:-1]):
        text = re.sub(r"[\"”’']\s*$", "", text)
    elif text.endswith('"') and text.count('"') % 2 == 1:
        text = text[:-1]
    return text.strip()


def to_article(draft: Draft, article_id: str, dehyphenator: Dehyphenator) -> Article:
    article = Article(id=article_id, pages=[1])
    regions = article.regions
    if draft.headline is not None:
        article.headline = draft.headline.text
        regions.append(_region(draft.headline, "headline"))
    if draft.deck is not None:
        article.deck = draft.deck.text
        regions.append(_region(draft.deck, "deck"))
    if draft.byline is not None:
        article.byline = _name_case(re.sub(r"^(?:by|BY|By)\s+", "", draft.byline.text).strip())
        regions.append(_region(draft.byline, "byline"))
    if draft.kicker is not None:
        article.kicker = draft.kicker.text
        regions.append(_region(draft.kicker, "kicker"))
    for n, run in enumerate(draft.chains):
        text = ""
        for piece in run:
            text = join_text(text, piece.text, dehyphenator)
            regions.append(_region(piece, "body", n))
        article.body.append(re.sub(r"\s+", " ", text).strip())
    for n, (piece, attribution) in enumerate(draft.pull_quotes):
        speaker = title = None
        if attribution is not None:
            speaker, title = roles.split_attribution(attribution.text, [ln.text for ln in attribution.lines])
            title = attribution.extra.get("title") or title
        article.pull_quotes.append(
            PullQuote(text=_strip_quote_marks(piece.text), speaker=speaker, speaker_title=title)
        )
        regions.append(_region(piece, "pull_quote", n))
    for n, piece in enumerate(draft.captions):
        lead_in, text, credit = roles.parse_caption(piece.text)
        article.captions.append(Caption(text=text, lead_in=lead_in, credit=credit))
        regions.append(_region(piece, "caption", n))
    if draft.bio is not None:
        article.bio = draft.bio.text
        regions.append(_region(draft.bio, "bio"))
    article.continued_on = draft.continued_on
    article.continued_from = draft.continued_from
    return article


def reconstruct(text: str, article_prefix: str = "a") -> tuple[list[Article], list[Other], list[str]]:
    """The whole text-dump reader: returns (articles, other, warnings)."""
    warnings: list[str] = []
    lines = read_lines(text)
    furniture, lines = peel_furniture(lines)
    other = [
        Other(role="folio", text=ln.text, regions=[Region(role="folio", start=ln.start, end=ln.end)])
        for ln in furniture
    ]
    if not lines:
        return [], other, warnings
    trailing = uses_trailing_spaces(lines)
    pieces = cut_pieces(lines, trailing)
    dehyphenator = Dehyphenator(text)
    for piece in pieces:
        piece.text = piece_text(piece, dehyphenator)
        if trailing and piece.lines[-1].trailing_space:
            piece.extra["wrapped_end"] = "1"
    page_words = Counter(content_words(" ".join(p.text for p in pieces)))
    pieces = split_titles(pieces, page_words, dehyphenator)
    classify(pieces, trailing, page_words, dehyphenator)
    chains, lost_initials = chain(pieces, dehyphenator)
    drafts = group(pieces, chains, lost_initials)
    attach(pieces, drafts, other)
    articles = [to_article(d, f"{article_prefix}-{n + 1}", dehyphenator) for n, d in enumerate(drafts)]
    return articles, other, warnings
