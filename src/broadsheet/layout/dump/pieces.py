"""Pieces: runs of lines that belong together, cut where the evidence says a unit ends.

A piece is a paragraph, the part of one that a column or frame break left in
one place, a headline, a caption, a pull quote... Cuts fall at blank lines,
at paragraph ends (a sentence end on a short line, or on a line without the
trailing space the others keep), after a photo credit, around jump lines, and
after a short line that ends no sentence (a title's last line) when the next
one starts anew.  Drop caps printed as a separate letter are put back here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...text.furniture import CREDIT_AT_END, JUMP_ANYWHERE, JUMP_LINE
from ...text.hyphenation import Dehyphenator, zipf
from .lines import NEEDS_OBJECT, OPEN_ENDINGS, SENTENCE_STARTERS, Line, attach_drop_letter

_SENTENCE_START = re.compile(r"^[\"'“‘(\[—–-]?\s*[A-Z0-9À-Þ]")
_DROP_LETTER = re.compile(r"^[\"“‘']?[A-Z]$")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def is_credit(text: str) -> bool:
    """A photo credit in brackets: 1–6 words, each capitalised or a known joiner."""
    match = CREDIT_AT_END.search(text)
    if not match:
        return False
    words = match.group(1).replace("/", " ").split()
    if not 1 <= len(words) <= 6:
        return False
    joiners = {"via", "and", "for", "of", "the", "photo", "photos", "by", "&"}
    return all(w[0].isupper() or w.lower() in joiners or w[0].isdigit() for w in words)


@dataclass(slots=True)
class Piece:
    """A run of lines read as one unit, in stream order."""

    lines: list[Line]
    #: Why the piece starts: start, blank, para, credit, jump, title, dropcap.
    cut: str = "start"
    role: str = "body"
    #: The drop-cap letter put back at the start of the text ("" if none).
    drop_cap: str = ""
    text: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def first_word(self) -> str:
        return self.text.split(" ", 1)[0] if self.text else ""

    @property
    def starts_lower(self) -> bool:
        first = self.text.lstrip("\"'“‘(")[:1]
        return first.islower()

    @property
    def ends_mid_sentence(self) -> bool:
        """The text stops inside a sentence: a later piece must continue it."""
        last = self.lines[-1]
        return last.hyphenated or not last.terminal

    @property
    def open_end(self) -> bool:
        """Stops inside a paragraph: mid-sentence, or on a wrapped line (its trailing space kept)."""
        return self.ends_mid_sentence or bool(self.extra.get("wrapped_end"))


def _starts_sentence(text: str) -> bool:
    return bool(_SENTENCE_START.match(text))


def cut_pieces(lines: list[Line], trailing_spaces: bool) -> list[Piece]:
    """Group lines into pieces (see module docstring)."""
    pieces: list[Piece] = []
    current: list[Line] = []
    cut = "start"
    pending_letter = ""
    # Some extractors join the two lines of a broken word into one long line; where such
    # long lines are common, a long line says nothing about headlines.
    long_lines_rare = sum(len(line.text) > 1.5 * line.width for line in lines) <= 0.03 * len(lines)

    def flush(next_cut: str) -> None:
        nonlocal current, cut
        if current:
            pieces.append(Piece(current, cut=cut))
        current, cut = [], next_cut

    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if _DROP_LETTER.match(line.text) and nxt is not None and _beside_drop_letter(line.text, nxt.text):
            flush("dropcap")
            pending_letter = line.text
            continue
        if pending_letter or line.spaced_initial:
            if pending_letter:
                line.text = attach_drop_letter(pending_letter, line.text)
            else:
                flush("dropcap")  # its letter was set apart by a space on the line itself
            pending_letter = ""
            current.append(line)
            cut = "dropcap"
            continue
        prev = current[-1] if current else None
        if prev is not None:
            reason = _boundary(prev, line, trailing_spaces)
            if not reason and long_lines_rare and _headline_across(prev, line):
                reason = "title"  # a line across columns under a column's line: a headline set wide
            # The lines beside a drop cap (printed, or lost: "n Thursday, former") are
            # short because the letter takes their room.
            if reason == "title" and len(current) < 4 and (cut == "dropcap" or lost_initial(current[0].text)):
                reason = ""
            if not reason and len(current) >= 2 and _ends_wide_title(current, line):
                reason = "title"
            if reason:
                flush(reason)
        elif line.blank_before and pieces:
            cut = "blank"
        jumps = _jump_lines(line)
        if jumps:
            flush("jump")
            pieces.extend(Piece([jump], cut="jump", role="jump") for jump in jumps)
            continue
        current.append(line)
    flush("end")
    return pieces


def _beside_drop_letter(letter: str, text: str) -> bool:
    """The line after a lone capital goes on from it: in lower case ("T" + "he seventh"), or
    after "A", the one letter that is a sentence's first word before a name ("A" + "Boeing
    707 cargo plane"); no line of running text holds a lone "A".  ("A" before a vowel
    would be "An": "A" / "Arrest made …" is a stray letter over a headline.)"""
    if text[:1].islower():
        return True
    word = text.split()[0] if text.split() else ""
    return letter.lstrip("\"“‘'") == "A" and text[:1].isupper() and (len(word) == 1 or word[0] not in "AEIO")


def _jump_lines(line: Line) -> list[Line]:
    """The line as jump lines: itself, or the two an extractor joined from side-by-side
    columns ("Continued on page 4 Continued on page 4"); [] when it is none."""
    if not _DIGIT.search(line.text):
        return []  # no page number, no jump line (a cheap test first: most lines are text)
    if JUMP_LINE.match(line.text):
        return [line]
    found = list(JUMP_ANYWHERE.finditer(line.text))
    if len(found) < 2 or JUMP_ANYWHERE.sub("", line.text).strip():
        return []
    return [
        Line(m.group().strip(), line.start + m.start(), line.start + m.end(), width=line.width) for m in found
    ]


def _boundary(prev: Line, line: Line, trailing_spaces: bool) -> str:
    """Why a new piece starts at `line` after `prev` ("" when it does not)."""
    if line.blank_before:
        return "blank"
    if is_credit(prev.text) and not prev.hyphenated and (prev.bulleted or not line.text[:1].islower()):
        return "credit"  # (a bulleted caption's credit ends it even before text in lower case)
    if line.bulleted and not prev.breaks_word:
        return "para"  # a bullet opens a unit (a caption, a list item), wherever it falls
    if _caption_after_title(prev, line):
        return "para"  # a headline, then a caption across the columns ("Sochi talks. …")
    if not prev.terminal and not prev.breaks_word and lost_initial(line.text):
        return "title"  # the next line lost its drop cap: a new article starts there
    if _caps_line(prev.text) and _caps_word(line.text):
        return ""  # a headline in capitals ends on one word: "… HAVANA, KILLING" / "SEVEN"
    if _caps_word(prev.text) and not _caps_line(line.text) and not line.text.isupper():
        return "title"  # ... and the text follows it (no column line holds one word in capitals)
    if _caps_line(prev.text) != _caps_line(line.text) and not prev.breaks_word:
        return "title"  # a headline in capitals meets text in lower case
    if trailing_spaces:
        # Pages set with pre-wrap keep the space on every wrapped line: a line without
        # one ends its block (paragraph, headline, caption), whatever its punctuation.
        if prev.trailing_space or prev.breaks_word or _ends_on_function_word(prev.text):
            return ""
        if prev.text.endswith(","):
            return ""  # no unit ends on a comma: a title's line that the page broke by hand
        return "para"
    if prev.terminal and line.text[:1].islower() and _ends_sentence_for_sure(prev.text):
        return "para"  # no sentence starts in lower case: text from elsewhere (a carried-over story)
    if prev.terminal and _starts_sentence(line.text):
        # Justified lines fill the measure to within a few letters; a sentence end on a
        # line that falls clearly short of it ends the paragraph.
        return "para" if len(prev.text) < 0.9 * prev.width and not prev.justified else ""
    if prev.terminal or prev.hyphenated or not prev.short or prev.text.endswith(","):
        return ""
    # A short line that ends no sentence: a title's last line, when what follows is a
    # full line of a new unit, or a word that lost its drop cap.
    if _starts_sentence(line.text) and len(line.text) >= 0.6 * line.width:
        if _ends_on_function_word(prev.text):
            return ""
        return "title"
    if line.text[:1].islower() and lost_initial(line.text):
        return "title"
    return ""


#: Words of running prose that headlines leave out: articles, auxiliaries, pronouns.
PROSE_WORDS = frozenset(
    "the a an was were had is are be been he she they his her their its that which who would could".split()
)


def prose_words(text: str) -> int:
    """How many words after the first are ones that headlines leave out."""
    return sum(w.strip("\"'“”‘’(),.;:").lower() in PROSE_WORDS for w in text.split()[1:])


def _headline_across(prev: Line, line: Line) -> bool:
    """A line half again as wide as the column, under a column's line, ending no sentence and
    written telegraphically (a line an extractor joined at a hyphen is prose)."""
    if len(line.text) <= 1.5 * line.width or _wide(prev) or line.terminal:
        return False
    return _starts_sentence(line.text) and prose_words(line.text) <= 1


def _caption_after_title(prev: Line, line: Line) -> bool:
    """A caption's lead-in set wide ("Mokha, Yemen. A bombing …") right under a line that ends
    no sentence and needs nothing after it: a headline's last line."""
    if prev.terminal or prev.breaks_word or _ends_on_function_word(prev.text):
        return False
    return _wide(line) and len(line.text) > 1.5 * len(prev.text) and bool(_LEAD_IN.match(line.text))


def _ends_wide_title(current: list[Line], line: Line) -> bool:
    """A headline set wider than the column wrapped once more ("… at military base" / "in Maidan
    Wardak, Afghanistan"): after those last words a line starting anew begins the text."""
    wide, rest = current[-2], current[-1]
    return (
        _wide(wide)
        and not _wide(rest)
        and not (wide.terminal or wide.breaks_word or rest.terminal or rest.breaks_word)
        and not _ends_on_function_word(rest.text)
        and _starts_sentence(line.text)
        and (len(current) == 2 or current[-3].terminal)
    )


_LEAD_IN = re.compile(r"^[A-Z][^.!?]{1,40}\. [A-Z\"“‘]")


def _wide(line: Line) -> bool:
    """Set wider than the column around it: a headline or caption across columns."""
    return len(line.text) > 1.2 * line.width


def _name_runs_on(prev: str, line: str) -> bool:
    """A capitalised word ends the line and another begins the next: "President Andrzej / Duda"."""
    last = prev.rsplit(" ", 1)[-1]
    first = line.split(" ", 1)[0].strip("\"'“‘(,.;:")
    return last[:1].isupper() and first[:1].isupper() and first.lower() not in SENTENCE_STARTERS


_ABBREVIATIONS = frozenset(
    "etc. vs. e.g. i.e. a.m. p.m. mr. mrs. ms. dr. st. no. jr. sr. inc. ltd. co. corp.".split()
)


def _ends_sentence_for_sure(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark that no abbreviation explains."""
    last = text.rsplit(" ", 1)[-1]
    if not re.search(r"[.!?][\"'”’)\]]*$", last):
        return False
    return last.lower() not in _ABBREVIATIONS and last.rstrip("\"'”’)]").count(".") <= 1


def _ends_on_function_word(text: str) -> bool:
    last = text.rsplit(" ", 1)[-1].lower()
    return last in OPEN_ENDINGS or last in NEEDS_OBJECT


@lru_cache(maxsize=65536)
def _caps_line(text: str) -> bool:
    """Set in capitals: at least two words and no lower-case letter."""
    return len(text) >= 6 and " " in text.strip() and text.isupper()


def _caps_word(text: str) -> bool:
    """One word in capitals, no shorter than three letters ("SEVEN", "NORWAY", "COVID-19")."""
    return " " not in text.strip() and sum(ch.isalpha() for ch in text) >= 3 and text.isupper()


_LOWER_STUB = re.compile(r"([a-z]+)\b")


def jumps(piece: Piece, direction: str) -> bool:
    """A jump line going `direction`: "on" ("Continued on page 5") or "from"."""
    return piece.role == "jump" and f" {direction} " in f" {piece.text.lower()} "


def lost_initial(text: str) -> bool:
    """The line starts with a stub that is no word but becomes one with a capital ("ith" → "With")."""
    match = _LOWER_STUB.match(text)
    return match is not None and _is_lost_initial(match.group(1))


@lru_cache(maxsize=65536)
def _is_lost_initial(stub: str) -> bool:
    """Whether a lower-case stub is what is left of a word without its drop cap."""
    if len(stub) == 1 and stub not in "ai":
        return True  # "n Thursday": no sentence starts with a lone lower-case letter
    if zipf(stub) >= 3.0:
        return False
    return any(zipf(letter + stub) >= 3.0 for letter in "abcdefghijklmnopqrstuvwxyz")


def piece_text(piece: Piece, dehyphenator: Dehyphenator) -> str:
    """Join a piece's lines into running text, undoing line-end hyphens."""
    out = ""
    for line in piece.lines:
        out = join_text(out, line.text, dehyphenator)
    return out


def join_text(left: str, right: str, dehyphenator: Dehyphenator) -> str:
    """Join two runs of text that a line or column break separated."""
    if not left:
        return right
    if not right:
        return left
    if len(left) > 1 and left[-1] in "-‐" and left[-2].isalpha() and right[:1].isalpha():
        head, _, last = left[:-1].rpartition(" ")
        word, _, rest = right.partition(" ")
        joined = dehyphenator.join(last, word)
        return f"{head} {joined}".lstrip() + (f" {rest}" if rest else "")
    if left[-1] in "/" or (left[-1] in "—–" and not left.endswith(" —")):
        return left + right
    return f"{left} {right}"
