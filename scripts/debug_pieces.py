"""Print the pieces of a text dump with their cut, role and width evidence (for debugging the reader).

.venv/bin/python scripts/debug_pieces.py page.txt
"""

import sys
from collections import Counter
from pathlib import Path

from broadsheet.layout.dump.classify import classify, peel_furniture, split_titles
from broadsheet.layout.dump.drafts import content_words
from broadsheet.layout.dump.lines import read_lines, uses_trailing_spaces
from broadsheet.layout.dump.pieces import cut_pieces, piece_text
from broadsheet.text.hyphenation import Dehyphenator

text = Path(sys.argv[1]).read_text(encoding="utf-8")
lines = read_lines(text)
furniture, lines = peel_furniture(lines)
print("furniture:", [ln.text for ln in furniture])
trailing = uses_trailing_spaces(lines)
pieces = cut_pieces(lines, trailing)
dehyphenator = Dehyphenator(text)
for p in pieces:
    p.text = piece_text(p, dehyphenator)
page_words = Counter(content_words(" ".join(p.text for p in pieces)))
pieces = split_titles(pieces, page_words, dehyphenator)
classify(pieces, trailing, page_words, dehyphenator)
for i, p in enumerate(pieces):
    last = p.lines[-1]
    print(
        f"{i:3} {p.cut:7} {p.role:11} w={last.width:4.0f} len={len(last.text):3} "
        f"{'T' if last.trailing_space else '-'} | {p.text[:60]!r} … {p.text[-25:]!r}"
    )
