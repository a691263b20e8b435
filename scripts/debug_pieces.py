"""Print the pieces of a text dump with their cut, role and width evidence (for debugging the reader)."""

import sys

from broadsheet.layout.dump.assemble import classify, peel_furniture
from broadsheet.layout.dump.lines import read_lines, uses_trailing_spaces
from broadsheet.layout.dump.pieces import cut_pieces, piece_text
from broadsheet.text.hyphenation import Dehyphenator

text = open(sys.argv[1], encoding="utf-8").read()
lines = read_lines(text)
furniture, lines = peel_furniture(lines)
print("furniture:", [ln.text for ln in furniture])
trailing = uses_trailing_spaces(lines)
pieces = cut_pieces(lines, trailing)
d = Dehyphenator(text)
for p in pieces:
    p.text = piece_text(p, d)
from collections import Counter
from broadsheet.layout.dump.assemble import split_titles, content_words
pieces = split_titles(pieces, Counter(content_words(" ".join(p.text for p in pieces))), d)
classify(pieces, trailing, Counter(content_words(" ".join(p.text for p in pieces))), d)
for i, p in enumerate(pieces):
    last = p.lines[-1]
    print(f"{i:3} {p.cut:7} {p.role:11} w={last.width:4.0f} len={len(last.text):3} "
          f"{'T' if last.trailing_space else '-'} | {p.text[:60]!r} … {p.text[-25:]!r}")
