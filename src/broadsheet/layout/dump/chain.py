"""Join the fragments that column and frame breaks cut from one paragraph.

A piece that stops inside a sentence is continued by exactly one other piece,
and a piece that starts inside a sentence (lower case) continues exactly one;
the best pairs by sentence and word continuity are chained.  A lost drop-cap
initial is restored where the page's words say which letter was lost.
"""

from __future__ import annotations

import re
from collections import Counter

from ...text.hyphenation import Dehyphenator, zipf
from . import roles
from .lines import SENTENCE_STARTERS
from .pieces import Piece, jumps, lost_initial


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
        if _after_jump_from(pieces, index[id(p)]):
            p.extra["carried"] = "1"  # the rest of a story from an earlier page
        if p.role != "body" or not p.starts_lower or p.cut == "dropcap" or p.extra.get("carried"):
            continue
        mends_a_break = False
        for q in body:
            if q is not p and q.ends_mid_sentence:
                options.append((_continuation_score(q, p, index, dehyphenator), index[id(q)], index[id(p)]))
                mends_a_break = mends_a_break or _mends_break(q, p, dehyphenator)
        after_title = index[id(p)] > 0 and pieces[index[id(p)] - 1].role in ("title", "byline", "caption")
        # A stub that ends a word broken at a line end elsewhere ("Don-" … "ald Trump") lost
        # no drop cap, however far away the break is.
        if (lost_initial(p.text) and not mends_a_break) or after_title:
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
            if jumps(nxt, "on"):
                break  # "Continued on page 4": the sentence goes on on that page
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


def _after_jump_from(pieces: list[Piece], k: int) -> bool:
    """A "continued from" line comes right before the piece at `k`, or before the titles
    over it (the story's headline, set again on the page it jumps to)."""
    if pieces[k].role != "body":
        return False
    k -= 1
    while k >= 0 and pieces[k].role == "title":
        k -= 1
    return k >= 0 and jumps(pieces[k], "from")


def _before_jump(pieces: list[Piece], k: int) -> bool:
    """The piece at `k` is followed by a jump line: its sentence goes on on another page."""
    return k + 1 < len(pieces) and pieces[k + 1].role == "jump"


def _opens_sentence(piece: Piece) -> bool:
    """Starts with a capitalised function word ("On", "The", "In"): a sentence's start.

    Inside a sentence only names are capitalised, so such a piece does not continue
    the text cut before it.
    """
    first = re.sub(r"\W+$", "", piece.first_word.lstrip("\"'“‘("))
    if not first[:1].isupper() or (len(first) > 1 and first.isupper()):
        return False  # ("A" is one capital letter, not a word set in capitals)
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
    if q.lines[-1].hyphenated:
        score += 3 if _joined_word(q, p, dehyphenator) is not None else -2
    elif distance < 0:
        return -10.0  # a continuation printed before its start needs a broken word to prove it
    if q.role == "title":
        # (a title set across columns is no column's text either)
        score -= 8 if q.extra.get("strong") or roles.set_across(q.lines) else 2
    return score


def _joined_word(q: Piece, p: Piece, dehyphenator: Dehyphenator) -> str | None:
    """The word that `q`'s line-end hyphen and `p`'s first letters make, if it is one."""
    if not q.lines[-1].hyphenated:
        return None
    left = q.lines[-1].text[:-1].rsplit(" ", 1)[-1]
    joined = (re.sub(r"^\W+", "", left) + re.sub(r"\W+$", "", p.first_word)).lower()
    return joined if dehyphenator.counts[joined] or zipf(joined) >= 2.0 else None


def _mends_break(q: Piece, p: Piece, dehyphenator: Dehyphenator) -> bool:
    """`p` opens with the rest of a common word that `q` broke at its end ("Don-" + "ald")."""
    joined = _joined_word(q, p, dehyphenator)
    if joined is None or len(joined) - len(q.lines[-1].text[:-1].rsplit(" ", 1)[-1]) < 2:
        return False  # a lone letter ("n Sunday") is a lost drop cap's remains, not a word's end
    return bool(dehyphenator.counts[joined]) or zipf(joined) >= 3.5


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
    # A stub that is a word itself ("he", "kills") is a lost drop cap's remains only at
    # a paragraph's start: a few short lines that end no sentence are rather a headline's
    # last words ("… attack" / "kills dozens at military base"), not "Skills dozens".
    sentence = piece.lines[-1].terminal or piece.words >= 15
    if len(stub) > 1 and zipf(stub) >= 3.0 and not sentence:
        return False
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
