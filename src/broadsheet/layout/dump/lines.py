"""Lines of a text dump: cleaned, with the evidence each one carries.

A dump keeps one printed line per text line, but loses everything else.  What
is left to read is small and precious: where blank lines fall, whether a line
kept its trailing space (pages set with ``white-space: pre-wrap`` keep it on
every line but a paragraph's last), a leading space where a glyph was lost,
and how long a line is compared with its neighbours (a paragraph's last line
is short; a full line is not).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ...text.hyphenation import zipf
from ...text.normalize import clean_line, strip_bullet

#: Words that never end a sentence, a paragraph or a title: a line ending on one goes on.
OPEN_ENDINGS = frozenset(
    "a an the of and or to for with by from as that than but nor its their his her our your my "
    "some any many most all each every both few several these those this such other another no".split()
)
#: Prepositions that need what follows them as much as an article does: no line of a
#: title or label ends on one (unlike "in" or "on": "sworn in", "carries on").
NEEDS_OBJECT = frozenset(
    "between into against toward towards across amid among following despite during including "
    "regarding concerning versus via".split()
)
#: Words that often start a sentence after a capitalised word ends a line (not a name's next part).
SENTENCE_STARTERS = frozenset(
    "the a an in on at it he she they we i this that these those but and as after before when while "
    "if for with by from there his her their its our one two some many most all no not".split()
)
_JUSTIFY_GAP = re.compile(r"\S {2,}\S.* {2,}\S")
_CREDIT_GAP = re.compile(r"\S\s{3,}\([^()]{1,60}\)\s*$")
_INITIALISM = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
_TERMINAL = re.compile(r"""[.!?…][\"'”’)\]]*$|[.!?…]\s*[\"'”’]$|:$""")


@lru_cache(maxsize=65536)
def _is_terminal(text: str) -> bool:
    return bool(_TERMINAL.search(text)) and not _INITIALISM.search(text)


@dataclass(slots=True)
class Line:
    """One printed line of the dump."""

    text: str
    start: int
    end: int
    trailing_space: bool = False
    #: A space or bullet led the line: a glyph (drop cap, quote mark, bullet) was lost.
    lead_gap: bool = False
    #: A blank line came before this one.
    blank_before: bool = False
    #: A bullet glyph led the line: the start of a caption or a list item.
    bulleted: bool = False
    #: A wide gap before a bracketed last word: a credit set flush right ("…April.    (AFP)").
    credit_gap: bool = False
    #: Typical length of a full line around this one (set by `measure`).
    width: float = 0.0

    @property
    def terminal(self) -> bool:
        """Ends a sentence (or introduces one, with a colon); "U.S." at a line end does not count."""
        return _is_terminal(self.text)

    #: Rejoined from words a wide justification gap had split: a full line.
    justified: bool = False
    #: Opened with a drop cap set apart by a space ("O n Thursday"), now rejoined.
    spaced_initial: bool = False

    @property
    def short(self) -> bool:
        return not self.justified and len(self.text) < 0.72 * self.width

    @property
    def breaks_word(self) -> bool:
        """Ends with a hyphen, slash or dash: a break that needs no space."""
        return len(self.text) > 1 and self.text[-1] in "-‐/—–"

    @property
    def hyphenated(self) -> bool:
        return len(self.text) > 1 and self.text[-1] in "-‐" and self.text[-2].isalpha()


_SPLIT_INITIAL = re.compile(r"^(\s*)([A-Z]) ([a-z]+)\b")


def _rejoin_initial(text: str) -> str:
    """A drop cap set apart by a space ("O n Wednesday", "T he seventh") joins its word."""
    match = _SPLIT_INITIAL.match(text) if " " in text[:3] else None
    if not match:
        return text
    letter, rest = match.group(2), match.group(3)
    joined = zipf((letter + rest).lower())
    if joined < 3.0 or zipf(rest) > joined + 1.0:
        return text  # "Stefan / W is fit": a name's initial before a far commoner word
    if letter in "AIO" and zipf(rest) >= 3.0 and len(rest) > 1:
        return text  # "A new", "I think", "O ye": a real one-letter word
    return match.group(1) + letter + rest + text[match.end() :]


def attach_drop_letter(letter: str, text: str) -> str:
    """Put a drop cap printed on a line of its own back before the text beside it.

    The letter usually starts the first word ("T" + "he seventh" → "The
    seventh"), but "A" and "I" are words too: "A" + "road accident" is
    "A road accident", since "aroad" is no word and "road" is one.
    """
    bare = letter.lstrip("\"“‘'")
    if bare == "A" and text[:1].isupper():
        return f"{letter} {text}"  # "A" + "Boeing 707 cargo plane"
    if bare in ("A", "I"):
        stub = re.match(r"[a-z]+", text)
        word = stub.group() if stub else ""
        if len(word) > 1 and zipf(word) >= 3.0 and zipf((bare + word).lower()) < 3.0:
            return f"{letter} {text}"
    return letter + text


def read_lines(text: str) -> list[Line]:
    """Split a dump into cleaned `Line`s, with offsets into `text`.

    A line holding only spaces is not a paragraph break: extractors emit it
    for a wide justification gap or as a stray line; it is dropped, and the
    words around it are rejoined by `merge_gaps` when they were one line.
    """
    lines: list[Line] = []
    blank = False
    gap_after: list[int] = []
    offset = 0
    for raw in text.split("\n"):
        start, end = offset, offset + len(raw)
        offset = end + 1
        if not raw:
            blank = True
            continue
        cleaned = clean_line(raw)
        if not cleaned.strip():
            if lines and not blank:
                gap_after.append(len(lines) - 1)
                # The line's own trailing space went to this stray line.
                lines[-1].trailing_space = True
            continue
        body, bullet = strip_bullet(cleaned)
        rejoined = _rejoin_initial(body)
        spaced_initial, body = rejoined != body, rejoined
        if not body.strip():  # a lone bullet or glyph: nothing to read
            continue
        lines.append(
            Line(
                text=body.strip(),
                start=start,
                end=end,
                trailing_space=cleaned.endswith(" "),
                lead_gap=bullet or cleaned.startswith(" "),
                blank_before=blank,
                bulleted=bullet,
                credit_gap=")" in raw and bool(_CREDIT_GAP.search(raw)),
                # Wide gaps between words (kept by some extractors) mark a justified, full line.
                justified="  " in raw and bool(_JUSTIFY_GAP.search(raw.strip())),
                spaced_initial=spaced_initial,
            )
        )
        blank = False
    measure(lines)
    return merge_gaps(lines, set(gap_after))


def measure(lines: list[Line], radius: int = 14) -> None:
    """Set each line's `width`: the length of a full line in its neighbourhood.

    The 80th percentile of the lengths around a line is a full justified
    line: paragraph ends and headlines pull the median down, captions the
    maximum up.
    """
    lengths = [len(line.text) for line in lines]
    window: list[int] = sorted(lengths[: radius + 1])
    for i, line in enumerate(lines):
        # Slide the window [i - radius, i + radius] one line at a time, keeping it sorted.
        if i + radius < len(lengths) and i > 0:
            bisect.insort(window, lengths[i + radius])
        if i - radius - 1 >= 0:
            del window[bisect.bisect_left(window, lengths[i - radius - 1])]
        if not window:
            line.width = 0.0
            continue
        # Lines far longer than the median are not the column's measure: a headline or
        # caption across columns, or two lines an extractor joined at a hyphen.
        usable = bisect.bisect_right(window, 1.5 * window[len(window) // 2]) or len(window)
        line.width = float(window[int(0.8 * (usable - 1))])


def merge_gaps(lines: list[Line], gap_after: set[int]) -> list[Line]:
    """Rejoin words that a justification gap split into separate 'lines'."""
    merged: list[Line] = []
    for i, line in enumerate(lines):
        prev = merged[-1] if merged else None
        gap = i - 1 in gap_after or (
            line.lead_gap
            and prev is not None
            and not prev.terminal
            and len(prev.text) < 0.72 * prev.width
            and line.short
            and (" " not in prev.text or " " not in line.text)  # words a gap split apart
        )
        if (
            prev is not None
            and gap
            and not line.blank_before
            and len(prev.text) + len(line.text) + 1 <= 1.15 * max(prev.width, 1.0)
            and (prev.short or line.short)
        ):
            prev.text = f"{prev.text} {line.text}"
            prev.end = line.end
            prev.trailing_space = line.trailing_space
            prev.justified = True
            continue
        merged.append(line)
    return merged


def uses_trailing_spaces(lines: list[Line]) -> bool:
    """Whether this dump marks mid-paragraph lines with a trailing space."""
    if len(lines) < 10:
        return False
    with_space = sum(1 for line in lines if line.trailing_space)
    return with_space >= 0.5 * len(lines)
