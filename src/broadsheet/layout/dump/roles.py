"""Roles of pieces that are not body text, told from their words and their neighbours.

Every detector is a general rule about how newspapers are set, never a
publication's words: folios are numbers, capitals and rules at the page's
edge; a caption ends with a credit in brackets; a pull quote repeats body
text; the lines under a pull quote name its speaker; a bio says who the
author is; a headline is a short run that ends no sentence and that nothing
continues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...text.furniture import CREDIT_AT_END
from .lines import OPEN_ENDINGS, Line
from .pieces import Piece, is_credit

_NUMBER = re.compile(r"^(?:page\s*|p\.\s*)?\d{1,4}$", re.IGNORECASE)
_DATE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}$",
    re.IGNORECASE,
)
#: A running head: a section word and the paper's name in capitals with the page number.
_RUNNING_HEAD = re.compile(
    r"^(?:\d{1,3}\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z]{2,}(?:\s+[A-Z]{2,})+(?:\s+\d{1,3})?$"
)
_WORDS = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")
_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,4}(?:(?:reports|writes)\s+(?:on|about|for)\b|covers\b|"
    r"(?:is|was|has been|writes|reports)\b[^.]{0,200}"
    r"\b(?:correspondent|editor|writer|reporter|journalist|columnist|analyst|author|contributor|"
    r"fellow|professor|researcher|director|commentator|editor-at-large|freelance|freelancer|"
    r"lecturer|specialises|specializes)\b)",
)
FUNCTION_END = OPEN_ENDINGS
#: A sentence ends inside the text (not an abbreviation such as "U.S." or "Dr.").
SENTENCE_INSIDE = re.compile(r"[a-z0-9\]\)”’\"]{2}[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zà-ÿ'’.-]+|[A-Z]{2,}|[A-Z]\.|Mc[A-Z][a-z]+|de|van|von|al-\w+|bin|da)$")


def word_set(text: str) -> set[str]:
    return {w.lower() for w in _WORDS.findall(text)}


def is_furniture_line(text: str) -> bool:
    """Folio, page number, section label, running head, date line."""
    stripped = text.strip(" |·•-–—")
    if not stripped:
        return True
    if _NUMBER.match(stripped) or _DATE.match(stripped) or "|" in text:
        return True
    words = stripped.split()
    if (_RUNNING_HEAD.match(stripped) and len(words) <= 6) or _running_head(words):
        return True
    letters = [c for c in stripped if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(words) <= 6:
        return True
    return len(words) <= 2 and not re.search(r"[.,;:!?]$", stripped) and len(stripped) <= 24


def _running_head(words: list[str]) -> bool:
    """A page number at one end and the paper's name in capitals: "DAILY CLARION Sport 9"."""
    if not 3 <= len(words) <= 8 or not (words[0].isdigit() or words[-1].isdigit()):
        return False
    caps = [len(w) >= 2 and w.isalpha() and w.isupper() for w in words]
    return any(a and b for a, b in zip(caps, caps[1:], strict=False))


def looks_like_name(text: str) -> bool:
    """Two to five name-like tokens: "Nicholas Heras", "MARA ELLISON", "Sami al-Moubayed"."""
    text = re.sub(r"^(?:by|BY|By)\s+", "", text.strip())
    tokens = text.replace(",", " ").split()
    return 2 <= len(tokens) <= 5 and all(_NAME_TOKEN.match(t) for t in tokens)


def is_byline(text: str) -> bool:
    stripped = text.strip()
    if re.match(r"^(?:by|BY|By)\s+[\"“‘']?[A-Z]", stripped) and len(stripped.split()) <= 10:
        return True  # "By Mara Ellison", "by REUTERS"; not "by new coronavirus…", a line's run-on
    return looks_like_name(stripped) and not stripped.endswith(".")


def is_bio(text: str) -> bool:
    return len(text.split()) <= 70 and bool(_BIO.match(text))


def ngrams(words: Sequence[str], n: int = 3) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@lru_cache(maxsize=8192)
def norm_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in _WORDS.findall(text))


def repeats(piece: Piece, others_grams: set[tuple[str, ...]]) -> float:
    """Share of the piece's word trigrams found in other text (pull quotes repeat the body)."""
    grams = ngrams(norm_words(piece.text))
    if not grams:
        return 0.0
    return len(grams & others_grams) / len(grams)


_LEAD_END = re.compile(r"[.!?](?=\s+[\"“‘A-Z0-9])")
_INITIAL_TOKEN = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")


def parse_caption(text: str) -> tuple[str | None, str, str | None]:
    """Split a caption into (lead-in, text, credit)."""
    credit = None
    match = CREDIT_AT_END.search(text)
    if match and is_credit(text):
        credit = match.group(1).strip()
        text = text[: match.start()].rstrip()
    lead_in = None
    for end in _LEAD_END.finditer(text[:80]):
        head = text[: end.end()]
        last = head[:-1].rsplit(" ", 1)[-1]
        if _INITIAL_TOKEN.match(last):
            continue  # "U.S. House." ends at the second period, not inside "U.S."
        if len(head.split()) <= 5:
            lead_in, text = head.strip(), text[end.end() :].strip()
        break
    return lead_in, text, credit


def split_attribution(text: str, lines: Sequence[str]) -> tuple[str, str | None]:
    """Speaker and title under a pull quote: "Name, title…" or a name line then title lines."""
    if "," in text:
        name, title = text.split(",", 1)
        if looks_like_name(name) or len(name.split()) <= 4:
            return name.strip(), title.strip() or None
    if len(lines) > 1 and looks_like_name(lines[0]):
        return lines[0].strip(), " ".join(lines[1:]).strip() or None
    return text.strip(), None


def _breaks_words(piece: Piece) -> bool:
    """A word broken across lines ("ser-" / "vice"): headlines are set ragged and break
    only at a compound's own hyphen ("majority-" / "female"), which the text keeps."""
    return any(line.hyphenated and line.text.split()[-1] not in piece.text for line in piece.lines[:-1])


def title_like(piece: Piece) -> bool:
    """A headline-shaped piece: a short run ending no sentence, starting with a capital."""
    text = piece.text
    if not text or piece.role != "body" or piece.starts_lower:
        return False
    if not 1 <= piece.words <= 28 or (len(piece.lines) > 6 and not narrow_run(piece.lines)):
        return False
    if piece.words == 1 and not piece.lines[0].blank_before:
        return False  # one word between text lines is the end of a name or sentence, not a title
    last = piece.lines[-1]
    if last.hyphenated or text[-1] in ",;:-–—(" or _breaks_words(piece):
        return False
    if any(line.justified for line in piece.lines):
        return False  # set ragged, not justified (wide word gaps mark running text)
    if re.search(r"[.]['\"”’)]?$", text) and not re.search(r"(?:^|\s)(?:[A-Z]\.){2,}$", text):
        return False
    if text.split()[-1].lower() in FUNCTION_END or SENTENCE_INSIDE.search(text):
        return False
    first = text.lstrip("\"“‘'")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return last.short or not last.trailing_space or piece.words <= 3 or set_across(piece.lines)


def narrow_run(lines: list[Line]) -> bool:
    """Up to ten lines of a word or two each: a headline set large in a narrow column."""
    return len(lines) <= 10 and all(len(line.text) < 0.5 * line.width for line in lines)


def set_across(lines: list[Line]) -> bool:
    """Set over columns: every line but the last (or a lone line) wider than the column."""
    return all(len(line.text) > 1.3 * line.width for line in lines[:-1] or lines)


def headline_score(piece: Piece, body_width: float) -> float:
    """How headline-like a title-shaped piece is: short lines, no trailing space, capitals."""
    score = 0.0
    if piece.lines[-1].short:
        score += 1
    if all(len(line.text) < 0.9 * max(body_width, 1) for line in piece.lines):
        score += 0.5
    words = piece.text.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    score += capitalised / max(len(words), 1)
    return score
