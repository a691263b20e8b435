"""Line-end hyphens: undo the typesetter's breaks, keep real compounds.

A hyphen at the end of a printed line is either the typesetter's
("seem-/ingly") or part of the word ("US-/backed", "e-/mail").  Neither the
dump nor the PDF says which, so `Dehyphenator` weighs evidence, strongest
first:

1. the document itself: the joined form or the hyphenated form printed
   elsewhere, not at a line end;
2. the shape of the parts: digits, an acronym, a capitalised second part
   ("US-/backed", "pro-/Russian") or a one-letter first part ("e-/mail";
   typesetters leave at least two letters before a break) make compounds;
3. a word-frequency lexicon (`wordfreq`): a frequent joined form is a word
   broken by the typesetter; a rare joined form made of two real words is a
   compound ("Kurdish-/dominated", "long-/term").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
#: Endings that never stand alone: a right part made of one is a broken word.
_SUFFIXES = frozenset(
    [
        "ing",
        "ings",
        "ed",
        "ly",
        "tion",
        "tions",
        "sion",
        "sions",
        "ment",
        "ments",
        "ness",
        "ity",
        "ities",
        "ous",
        "ive",
        "ives",
        "al",
        "ally",
        "ance",
        "ence",
        "ances",
        "ences",
        "able",
        "ible",
        "ism",
        "ist",
        "ists",
        "ists",
        "ize",
        "ized",
        "ise",
        "ised",
        "er",
        "ers",
        "est",
        "ful",
        "less",
        "ship",
        "ships",
        "ture",
        "tures",
        "ial",
        "ian",
        "ians",
        "ic",
        "ical",
        "age",
        "ages",
        "ant",
        "ants",
        "ent",
        "ents",
        "ery",
        "ory",
        "ary",
        "ate",
        "ated",
        "ates",
    ]
)


#: Particles that English writes solid with what follows ("overstated", "outlive").
_SOLID_PREFIXES = frozenset({"over", "under", "out", "fore", "with", "up", "down", "back", "after"})


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of `word` in English (0 for unknown words); cached."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _core(token: str) -> str:
    return _EDGE.sub("", token)


class Dehyphenator:
    """Decides, for each line-end hyphen, whether to join or keep it.

    Build one per document with the document's raw text, so that words
    printed whole elsewhere in it count as evidence.
    """

    def __init__(self, document_text: str = "") -> None:
        unbroken = re.sub(r"-[ \t]*\n", " ", document_text)
        self.counts: Counter[str] = Counter(map(str.lower, _WORD.findall(unbroken)))

    def keeps_hyphen(self, left: str, right: str) -> bool:
        """True when ``left-`` + ``right`` is a compound whose hyphen is part of the text."""
        left_part = _core(left.rsplit("-", 1)[-1])
        right_part = _core(re.split(r"[-\s]", right, maxsplit=1)[0])
        if not left_part or not right_part:
            return True
        joined = (left_part + right_part).lower()
        hyphenated = f"{left_part}-{right_part}".lower()
        # 1. the document's own spelling
        seen_joined, seen_hyphenated = self.counts[joined], self.counts[hyphenated]
        if seen_joined != seen_hyphenated:
            return seen_hyphenated > seen_joined
        # 2. shapes that are compounds
        if left_part[-1].isdigit() or right_part[0].isdigit():
            return True
        if right_part[0].isupper():
            return True
        if len(left_part) >= 2 and left_part.isupper():
            return True
        # Typesetters leave at least two letters before a break: "e-/mail", "T-/shirt" are compounds.
        if len(left_part) == 1:
            return True
        # 3. the lexicon
        if right_part.lower() in _SUFFIXES:
            return False
        # A frequent joined form is a word the typesetter broke; a rare one made of two
        # real words is a compound ("long-/term", "Kurdish-/dominated").
        left_freq, right_freq = zipf(left_part.lower()), zipf(right_part.lower())
        both_words = min(left_freq, right_freq) >= 3.0 and len(right_part) >= 3 and len(left_part) >= 2
        if left_part.lower() in _SOLID_PREFIXES:
            return zipf(joined) < 1.5
        return both_words and zipf(joined) < 3.0

    def join(self, left: str, right: str) -> str:
        """``join("seem", "ingly")`` → ``"seemingly"``; ``join("US", "backed")`` → ``"US-backed"``.

        `left` is the token before the line-end hyphen, without the hyphen.
        """
        return f"{left}-{right}" if self.keeps_hyphen(left, right) else left + right
