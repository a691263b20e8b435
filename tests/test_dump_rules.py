"""General dump rules, each on a small page written the way extractors dump real pages."""

from __future__ import annotations

from collections import Counter

import broadsheet
from broadsheet.layout.dump.chain import _restore_initial
from broadsheet.layout.dump.classify import (
    _find_pull_quotes,
    _merge_titles,
    _reads_like_title,
    _split_trailing_bylines,
    classify,
)
from broadsheet.layout.dump.drafts import Draft, content_words
from broadsheet.layout.dump.grouping import _assign_headlines, _split_stacked_titles, attach
from broadsheet.layout.dump.lines import Line
from broadsheet.layout.dump.pieces import Piece, piece_text
from broadsheet.layout.dump.roles import is_byline, title_like
from broadsheet.text.hyphenation import Dehyphenator

# Two stories in one column, as PyMuPDF dumps a narrow broadsheet column: the second
# story's headline follows the first story's last line, its drop cap "O" sits on a line
# of its own, and the lines beside the drop cap are short.
TWO_STORIES = """\
Storm closes the harbour
for a second day running
T
he harbour authority closed the port on Monday after
a storm brought down two cranes and flooded the quays,
officials said. Ferries to the islands were cancelled and
the coast guard warned boats to stay in shelter until the
wind drops, which forecasters expect by Wednesday.
Fishermen said the closure would cost them a week of
income at the busiest time of the season for the fleet.
Council votes to rebuild
the old market hall
O
n Thursday, the
city council voted
to rebuild the old market hall that burned down last
year, after months of argument about its cost. The
council will borrow most of the money and repay it from
the rents paid by traders who return to the hall.
Traders welcomed the vote but asked the council to find
them a temporary home while the work goes on.
"""


def test_drop_cap_beside_short_lines_opens_the_body_not_a_headline():
    page = broadsheet.read(TWO_STORIES)
    headlines = [a.headline for a in page.articles]
    assert headlines == [
        "Storm closes the harbour for a second day running",
        "Council votes to rebuild the old market hall",
    ]
    council = page.articles[1]
    assert council.body[0].startswith("On Thursday, the city council voted to rebuild")


def test_drop_cap_a_is_a_word_when_the_rest_is_one():
    text = TWO_STORIES.replace("T\nhe harbour authority closed", "A\nroad to the harbour authority closed")
    page = broadsheet.read(text)
    assert page.articles[0].body[0].startswith("A road to the harbour authority closed")
    text = TWO_STORIES.replace("T\nhe harbour authority closed", "A\nfter the harbour authority closed")
    assert broadsheet.read(text).articles[0].body[0].startswith("After the harbour authority closed")


def test_bulleted_caption_after_a_headline_is_not_part_of_it():
    text = TWO_STORIES.replace(
        "the old market hall\n",
        "the old market hall\n"
        "• Market hall. The old hall before the fire, seen from the square last spring. \n(AFP)\n",
    )
    page = broadsheet.read(text)
    council = page.articles[1]
    assert council.headline == "Council votes to rebuild the old market hall"
    assert [c.credit for c in council.captions] == ["AFP"]
    assert "Market hall" not in " ".join(council.body)


def test_bulleted_caption_without_credit_and_a_stray_page_number():
    text = TWO_STORIES.replace(
        "the old market hall\n",
        "the old market hall\n\n▶ Market hall. The old hall before the fire, seen from the square.\n\n7\n\n",
    )
    page = broadsheet.read(text)
    council = page.articles[1]
    assert [c.text for c in council.captions] == ["The old hall before the fire, seen from the square."]
    assert [c.lead_in for c in council.captions] == ["Market hall."]
    assert all(p != "7" for p in council.body)
    assert ("folio", "7") in [(o.role, o.text) for o in page.other]


def test_writer_named_in_capitals_under_a_capitals_headline_is_the_byline():
    text = TWO_STORIES.replace(
        "Council votes to rebuild\nthe old market hall\n",
        "COUNCIL VOTES TO REBUILD\nTHE OLD MARKET HALL\nHELGA MARSTRAND\n",
    )
    council = broadsheet.read(text).articles[1]
    assert council.headline == "COUNCIL VOTES TO REBUILD THE OLD MARKET HALL"
    assert council.byline is not None and council.byline.upper() == "HELGA MARSTRAND"
    # A name the story talks about is part of its headline, not its writer.
    text = TWO_STORIES.replace(
        "Council votes to rebuild\nthe old market hall\n",
        "COUNCIL REBUILDS HALL LEFT BY\nHELGA MARSTRAND\n",
    ).replace("The\ncouncil will borrow", "Helga Marstrand left it to the town. The\ncouncil will borrow")
    council = broadsheet.read(text).articles[1]
    assert council.headline == "COUNCIL REBUILDS HALL LEFT BY HELGA MARSTRAND"
    assert council.byline is None


def test_sentence_broken_by_a_column_break_is_rejoined():
    # A column ends mid-sentence on a short line; the sentence goes on after a blank line.
    text = TWO_STORIES.replace(
        "Fishermen said the closure would cost them a week of\n"
        "income at the busiest time of the season for the fleet.\n",
        "Fishermen said that the closure was a blow and that they had\n"
        "lost a week of income at the busiest time\n\n"
        "of the season, when the fleet lands most of its catch.\n",
    )
    storm = broadsheet.read(text).articles[0]
    assert storm.headline == "Storm closes the harbour for a second day running"
    assert "Fishermen said that the closure was a blow and that they had lost a week" in storm.body[-1]
    assert storm.body[-1].endswith("busiest time of the season, when the fleet lands most of its catch.")


def test_author_note_run_on_from_the_last_paragraph_is_the_bio():
    text = TWO_STORIES.replace(
        "them a temporary home while the work goes on.\n",
        "them a home in the square while all of the work goes on.\n"
        "Ida Brekke reports on city affairs for the\nHarbour Gazette.\n",
    )
    council = broadsheet.read(text).articles[1]
    assert council.bio == "Ida Brekke reports on city affairs for the Harbour Gazette."
    assert council.body[-1].endswith("while all of the work goes on.")


# A headline with no blank line after it, as pdftotext's reading-order mode prints
# them; the headline ends on a name ("Port Calder") and the story's first line starts
# with a capital, so the two could be one name broken across lines.
RUN_IN_HEADLINE = """\
7

THE MORNING LEDGER

Harbour authority shuts the port of Port Calder
According to the harbour
authority, the port closed
on Monday after a storm
brought down two
cranes and flooded the
quays. Ferries to the is-
lands were cancelled and
the coast guard warned
boats to stay in shelter
until the wind drops,
according to a statement
from the authority.
Fishermen said the clo-
sure would cost them a
week of income at the
busiest time of the sea-
son for the whole fleet.
The harbour master said
repairs to the cranes
would take a month and
that the quays would be
pumped dry by Friday.

Council votes to rebuild the old market hall
On Thursday, the city
council voted to rebuild
the old market hall
that burned down last
year, after months of ar-
gument about its cost.
The council will borrow
most of the money and
repay it from the rents
paid by the traders who
return to the hall.
Traders welcomed the
vote but asked the coun-
cil to find them a tem-
porary home while the
work on the hall goes on.
"""


def test_headline_run_into_its_story_is_split_off_before_a_common_word():
    page = broadsheet.read(RUN_IN_HEADLINE)
    assert [a.headline for a in page.articles] == [
        "Harbour authority shuts the port of Port Calder",
        "Council votes to rebuild the old market hall",
    ]
    assert page.articles[0].body[0].startswith("According to the harbour authority, the port closed")


def test_a_name_broken_across_lines_is_not_cut_into_a_headline():
    # The same first line, but now the capitalised word after "Calder" is one the page
    # only ever capitalises: a name running on ("Port Calder Harbourmaster…"), not a
    # sentence's first word; no headline is split there.
    text = RUN_IN_HEADLINE.replace("According to the harbour authority,", "Harbourmaster Ilse Brandt said")
    text = text.replace("according to a statement", "Brandt said in a statement")
    page = broadsheet.read(text)
    assert "Harbour authority shuts the port of Port Calder" not in [a.headline for a in page.articles]


# Two headlines set side by side, read across by the extractor ("… for a Council votes
# to rebuild" / "second day running" / "the old market hall"), over two stories that
# the stream runs together with nothing between them but a blank line.
SIDE_BY_SIDE = """\
7

THE MORNING LEDGER

Storm closes the harbour for a Council votes to rebuild
second day running
the old market hall
On Monday the harbour authority closes the port for a second day
after a storm brought down
two cranes and flooded
the quays. Ferries to the
islands were cancelled and
the coast guard warned
boats to stay in shelter
until the wind drops.

Fishermen said the storm
and the closure would cost
them a week of income at
the busiest time of the
season. The harbour master
said repairs to the cranes
would take a month.

On Thursday the city council voted to rebuild the
old market hall that burned
down last year, after months
of argument about its cost.
The council will borrow
most of the money and
repay it from the rents
paid by traders.

Traders welcomed the vote
on the market hall but asked
the council to find them a
temporary home while the
work on the hall goes on.
"""


def test_side_by_side_headlines_part_one_run_of_two_stories():
    page = broadsheet.read(SIDE_BY_SIDE)
    assert [a.headline for a in page.articles] == [
        "Storm closes the harbour for a second day running",
        "Council votes to rebuild the old market hall",
    ]
    assert [len(a.body) for a in page.articles] == [2, 2]
    assert page.articles[1].body[0].startswith("On Thursday the city council voted")


def test_headline_ending_on_a_preposition_runs_on_to_a_place_not_a_byline():
    # "… harbour in" / "Port Calder": the name on the next line is the story's subject
    # (its text mentions it), and no headline ends on "in" before a name.
    text = TWO_STORIES.replace(
        "Storm closes the harbour\nfor a second day running\n", "Storm closes the harbour in\nPort Calder\n"
    )
    text = text.replace("closed the port on Monday", "closed the port of Port Calder on Monday")
    page = broadsheet.read(text)
    storm = page.articles[0]
    assert storm.headline == "Storm closes the harbour in Port Calder"
    assert storm.byline is None


def _piece(*texts: str) -> Piece:
    lines = [Line(text, 0, len(text), width=30.0) for text in texts]
    piece = Piece(lines)
    piece.text = piece_text(piece, Dehyphenator(" ".join(texts)))
    return piece


def _title(*texts: str) -> Piece:
    piece = _piece(*texts)
    piece.role = "title"
    return piece


def test_a_run_with_a_word_broken_across_lines_is_no_headline():
    # Headlines are set ragged: a word broken at a line's end ("ser-" / "vice") marks
    # running text, however short its lines; a compound's own hyphen may end a
    # headline's line ("majority-" / "female").
    assert not title_like(_piece("Tomasz Kubiak, a fire ser-", "vice spokesman,", "told"))
    assert title_like(_piece("Nevada becomes first state in U.S. with majority-", "female legislature"))


def test_by_before_lower_case_words_is_no_byline():
    # "Study: people infected" / "by new coronavirus …": a headline's next line, not a writer.
    assert is_byline("By Mara Ellison")
    assert is_byline("by REUTERS")
    assert not is_byline("by new coronavirus 'likely' hundreds more")


def test_title_ending_on_a_preposition_takes_the_line_after_it_whatever_its_role():
    # Words the story repeats right under "… overturns in" were taken for a pull quote;
    # a headline cannot end on "in", and no quotation mark opens the line.
    title = _piece("Bus carrying children overturns in")
    rest = _piece("Babyninsky, Russia; at least seven die")
    title.role, rest.role = "title", "pull_quote"
    pieces = [title, rest]
    _merge_titles(pieces, Dehyphenator(""), Counter())
    assert [(p.role, p.text) for p in pieces] == [
        ("title", "Bus carrying children overturns in Babyninsky, Russia; at least seven die")
    ]


def test_a_line_of_quotation_marks_after_a_title_line_is_no_crash():
    # A line that is only quotation marks left no word to weigh (found by the fuzz test).
    text = RUN_IN_HEADLINE.replace("According to the harbour\n", '"“\nAccording to the harbour\n')
    assert broadsheet.read(text).articles


def test_a_credit_that_cuts_running_text_is_no_caption():
    # "(Getty Images)" set between a column's last line, cut mid-word, and the next
    # column's first: the text goes on ("Wednes-" / "day"), so it is no caption; the
    # credit, whose caption is not on the page, is kept apart.
    text = TWO_STORIES.replace(
        "wind drops, which forecasters expect by Wednesday.\n",
        "wind drops, which forecasters expect by Wednes-\n\n(Getty Images)\n\nday, officials said.\n",
    )
    page = broadsheet.read(text)
    storm = page.articles[0]
    assert storm.captions == []
    assert storm.body[0].endswith("which forecasters expect by Wednesday, officials said.")
    assert [(o.role, o.text) for o in page.other if o.role == "credit"] == [("credit", "(Getty Images)")]


def test_a_headline_tail_in_lower_case_gets_no_lost_drop_cap():
    # "kills dozens at military" / "base in Maidan Wardak," / "Afghanistan": a headline's
    # last words, no sentence; "kills" is a word, and "Skills" would be an invention.
    tail = _piece("kills dozens at military", "base in Maidan Wardak,", "Afghanistan")
    assert not _restore_initial(tail, Counter())
    assert tail.text.startswith("kills dozens")
    # A paragraph that lost its "T" still gets it back.
    story = _piece("he seventh round of talks", "ended on Friday without a", "deal, officials said.")
    assert _restore_initial(story, Counter())
    assert story.text.startswith("The seventh round")


def test_a_lone_a_before_a_capitalised_word_is_a_drop_cap():
    # "A" on a line of its own, then "Boeing 707 cargo plane, …": the story's first word,
    # set as its drop cap (no line of running text holds a lone "A").
    text = TWO_STORIES.replace("T\nhe harbour authority closed", "A\nBoeing 707 cargo plane blocked")
    page = broadsheet.read(text)
    assert page.articles[0].body[0].startswith("A Boeing 707 cargo plane blocked the port on Monday")
    assert [a.headline for a in page.articles][1] == "Council votes to rebuild the old market hall"


# Three stories the stream ran into one, their headlines all set after the text (as
# PyMuPDF reads a page whose headlines were drawn last).
THREE_RUN_TOGETHER = """\
3
THE MORNING LEDGER
Nation
The harbour authority closes the port for a second day after a storm brought down two cranes.
Ferries to the islands were cancelled and boats were told to stay in the harbour until the storm passes.
Fishermen said a second day of closure would cost them a week of income at the busiest time of the season.

The city council voted on Thursday to rebuild the old market hall that burned down last year.
The council will borrow most of the money and repay it from the rents paid by traders in the market hall.
Traders welcomed the vote to rebuild but asked the council to find them a temporary home.

A late frost ruined the orchards of the valley this week, growers said on Friday.
Apple and pear growers in the valley say up to half of the blossom in the orchards was lost to the frost.
The growers asked for help to cover the cost of the frost, which came after a warm spring.
Storm closes the harbour for a second day
Council votes to rebuild the old market hall
Late frost ruins the orchards of the valley
"""


def test_one_draft_under_three_headlines_parts_into_three_stories():
    page = broadsheet.read(THREE_RUN_TOGETHER)
    assert [a.headline for a in page.articles] == [
        "Storm closes the harbour for a second day",
        "Council votes to rebuild the old market hall",
        "Late frost ruins the orchards of the valley",
    ]
    assert page.articles[2].body[0].startswith("A late frost ruined the orchards")


def test_one_wide_line_with_a_trailing_space_is_title_like():
    # The last line of a dump, a headline set over columns, printed with a trailing space.
    line = Line("Florida highway pileup, fire kills five children, two truck drivers", 0, 67, width=25.0)
    line.trailing_space = True
    piece = Piece([line], text=line.text)
    assert title_like(piece)
    narrow = Line("Fire kills five children", 0, 24, width=25.0)
    narrow.trailing_space = True
    assert not title_like(Piece([narrow], text=narrow.text))


def test_a_bulleted_captions_credit_ends_it_before_text_in_lower_case():
    # The caption's line ends with its credit; the lower-case line after it is a story's
    # text carried on from elsewhere, not more caption.
    text = TWO_STORIES.replace(
        "Council votes to rebuild\n",
        "• Market hall. The old hall before the fire, seen from the square last spring. (AFP)\n"
        "and the council said the fleet would get help.\n"
        "Council votes to rebuild\n",
    )
    page = broadsheet.read(text)
    caption = page.articles[1].captions[0]
    assert caption.text == "The old hall before the fire, seen from the square last spring."
    assert caption.credit == "AFP"
    assert any("the council said the fleet would get help." in p for a in page.articles for p in a.body)


def test_justified_lines_are_running_text_not_a_headline():
    # "Yesterday,  Ukrainian  President" / "Volodymyr  Zelensky  declined": capitalised and
    # ending no sentence, but set justified (the wide word gaps the extractor kept).
    lines = [
        Line("Yesterday, Ukrainian President", 0, 30, width=33.0, justified=True),
        Line("Volodymyr Zelensky declined", 31, 58, width=33.0, justified=True),
    ]
    piece = Piece(lines, text="Yesterday, Ukrainian President Volodymyr Zelensky declined")
    assert not title_like(piece)
    assert not _reads_like_title(lines, None, Counter(), Dehyphenator(""))
    ragged = [Line(line.text, line.start, line.end, width=33.0) for line in lines]
    assert title_like(Piece(ragged, text=piece.text))


def test_a_narrow_headline_goes_on_in_lower_case_over_several_short_lines():
    # (set in a column of 33 letters: the three lines are short)
    title = _piece("Study: people infected")
    rest = _piece("by new coronavirus", "'likely' hundreds more", "than confirmed")
    for line in title.lines + rest.lines:
        line.width = 33.0
    title.role = "title"
    pieces = [title, rest]
    _merge_titles(pieces, Dehyphenator(""), Counter())
    assert [(p.role, p.text) for p in pieces] == [
        ("title", "Study: people infected by new coronavirus 'likely' hundreds more than confirmed")
    ]


def test_a_headline_in_capitals_keeps_its_last_word_on_a_line_of_its_own():
    # "… AS CRANES" / "FALL", then the story's text (carried on from elsewhere, in lower case).
    text = TWO_STORIES.replace(
        "Storm closes the harbour\nfor a second day running\nT\nhe harbour authority closed",
        "STORM CLOSES THE HARBOUR FOR A\nSECOND DAY AS CRANES\nFALL\nthe harbour authority closed",
    )
    storm = broadsheet.read(text).articles[0]
    assert storm.headline == "STORM CLOSES THE HARBOUR FOR A SECOND DAY AS CRANES FALL"
    assert storm.body[0].startswith("the harbour authority closed the port")


def test_a_name_under_a_title_that_the_story_mentions_ends_the_title():
    # "… Indonesian cargo ship" / "Namse Bangdzod": the story is about the ship, so the name
    # is the headline's last line, not its writer's byline; "By …" stays a byline.
    title = _piece("Wikinews investigates disappearance of Indonesian cargo ship")
    name = _piece("Namse Bangdzod")
    body = _piece("In late December, Indonesian cargo ship MV Namse Bangdzod vanished in local waters.")
    title.role, name.role = "title", "byline"
    words = Counter(content_words(" ".join(p.text for p in (title, name, body))))
    pieces = [title, name, body]
    _merge_titles(pieces, Dehyphenator(""), words)
    assert pieces[0].text == "Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod"
    writer = _piece("By Mara Ellison")
    writer.role = "byline"
    title = _piece("Harbour talks stall as rival port authorities trade blame")
    title.role = "title"
    pieces = [title, writer, body]
    _merge_titles(pieces, Dehyphenator(""), words)
    assert [p.role for p in pieces] == ["title", "byline", "body"]


def test_no_title_ends_on_a_preposition_even_before_a_name_in_capitals():
    title = _piece("MAGNITOGORSK APARTMENT BUILDING COLLAPSES AFTER")
    rest = _piece("EXPLOSION, DOZENS DEAD")
    title.role, rest.role = "title", "byline"
    pieces = [title, rest]
    _merge_titles(pieces, Dehyphenator(""), Counter())
    merged = "MAGNITOGORSK APARTMENT BUILDING COLLAPSES AFTER EXPLOSION, DOZENS DEAD"
    assert [p.text for p in pieces] == [merged]


def test_a_title_goes_on_past_a_colon_in_lower_case():
    title = _piece("Simple animals could")
    rest = _piece("live in Martian brines:")
    title.role = "title"
    pieces = [title, rest]
    _merge_titles(pieces, Dehyphenator(""), Counter())
    assert [(p.role, p.text) for p in pieces] == [("title", "Simple animals could live in Martian brines:")]


def test_a_capitals_headline_ending_on_a_preposition_keeps_its_last_line():
    # "… COLLAPSES AFTER" / "EXPLOSION, DOZENS DEAD": a last line in capitals that the page
    # does not mention may be the writer's name, but not after a word that needs the next.
    head = _piece("MAGNITOGORSK APARTMENT BUILDING COLLAPSES AFTER", "EXPLOSION, DOZENS DEAD")
    head.role = "title"
    pieces = [head]
    _split_trailing_bylines(pieces, Counter())
    assert [p.role for p in pieces] == ["title"]
    signed = _piece("HARBOUR TALKS STALL AS RIVAL PORTS TRADE BLAME", "MARA ELLISON")
    signed.role = "title"
    pieces = [signed]
    _split_trailing_bylines(pieces, Counter())
    assert [(p.role, p.text) for p in pieces][1] == ("byline", "MARA ELLISON")


def test_a_headline_across_columns_before_a_jump_line_stays_a_headline():
    # PyMuPDF may read a story's headline last, right before its "Continued on page 4":
    # the last words of a column before that line are text, a line set over columns is not.
    text = TWO_STORIES.replace("Storm closes the harbour\nfor a second day running\n", "")
    text += "Storm closes the harbour for a second day running as fishermen count the cost\n"
    text += "Continued on page 4\n"
    headlines = [a.headline for a in broadsheet.read(text).articles]
    assert "Storm closes the harbour for a second day running as fishermen count the cost" in headlines


def test_a_writers_name_that_only_their_bio_repeats_stays_a_byline():
    deck = _piece("A week of negotiations in Port Calder ended without a deal on shipping lanes")
    name = _piece("Mara Ellison")
    body = _piece("With the once seemingly unshakeable partnership now in disarray, shippers worry.")
    bio = _piece("Mara Ellison is the maritime and trade correspondent of the Courier.")
    deck.role, name.role, bio.role = "title", "byline", "bio"
    pieces = [deck, name, body, bio]
    _merge_titles(pieces, Dehyphenator(""), Counter(content_words(" ".join(p.text for p in pieces))))
    assert [p.role for p in pieces] == ["title", "byline", "body", "bio"]


def test_a_justified_line_is_no_byline():
    # "On   Friday,   Qaboos   bin": a story's first line set full measure, name-like in its
    # capitals ("bin"), is no byline to fold into the headline above.
    title = _piece("Sultan Qaboos of Oman dies")
    line = Line("On Friday, Qaboos bin", 0, 21, width=30.0, justified=True)
    first = Piece([line], text=line.text)
    rest = _piece("Said, the long-serving Sultan of Oman, died aged 79 after an illness, officials said.")
    pieces = [title, first, rest]
    classify(pieces, False, Counter(content_words(" ".join(p.text for p in pieces))), Dehyphenator(""))
    assert pieces[1].role != "byline"
    assert pieces[0].text == "Sultan Qaboos of Oman dies"


def test_two_whole_titles_that_fit_one_draft_of_several_part_it():
    # A page of two drafts, the second holding two stories the stream ran together; their
    # two headlines, each a title of its own, both fit that draft best: it is parted.
    storm_title = _title("Storm closes the harbour for a second day")
    storm = _piece("The harbour authority closes the port for a second day after a storm.")
    market = _piece("The city council voted on Thursday to rebuild the old market hall that burned down.")
    market2 = _piece("Traders in the market hall welcomed the council vote to rebuild it.")
    frost = _piece("A late frost ruined the orchards of the valley this week, growers said.")
    frost2 = _piece("Apple growers in the valley say half of the blossom in the orchards was lost to frost.")
    market_title = _title("Council votes to rebuild the old market hall")
    frost_title = _title("Late frost ruins the orchards of the valley")
    pieces = [storm_title, storm, market, market2, frost, frost2, market_title, frost_title]
    drafts = [
        Draft(chains=[[storm]], first=1, last=1),
        Draft(chains=[[market], [market2], [frost], [frost2]], first=2, last=5),
    ]
    _split_stacked_titles(pieces, drafts)
    assert [[p.text[:20] for c in d.chains for p in c] for d in drafts] == [
        ["The harbour authorit"],
        ["The city council vot", "Traders in the marke"],
        ["A late frost ruined ", "Apple growers in the"],
    ]


# The rest of a story from another page, then a second story, their headlines printed after
# both (the extractor read the page's foot first): the rest shares few words with its own
# headline, so the second story's fit with its headline is what parts the two.
REST_THEN_STORY_HEADLINES_LAST = """\
the water board, which had promised the repairs for
years, said the pipes beneath the market square were
older than any of its records and that nobody could
say how many of them were cracked.
A ferry carrying 60 passengers ran aground on a
sandbank off the northern cape on Friday, the coast
guard said. Nobody was hurt and the ferry was towed
back to port after the tide rose.
The captain told reporters the ferry's radar had
failed in thick fog. The ferry company said it would
inspect every vessel in its fleet before the summer.
Passengers were taken home by bus.
Town council approves new budget to replace the leaking drains under the old
town
Ferry runs aground off the northern cape in
thick fog, passengers unhurt
Continued from page 4
"""


def test_a_rest_of_a_story_and_a_whole_story_under_two_headlines_printed_after_them():
    page = broadsheet.read(REST_THEN_STORY_HEADLINES_LAST)
    assert [a.headline for a in page.articles] == [
        "Town council approves new budget to replace the leaking drains under the old town",
        "Ferry runs aground off the northern cape in thick fog, passengers unhurt",
    ]
    rest, ferry = page.articles
    assert rest.body[0].startswith("the water board") and len(rest.body) == 1
    assert ferry.body[0].startswith("A ferry carrying 60 passengers")
    assert rest.continued_from == 4



def test_a_shorter_title_before_a_headline_heads_it_only_when_it_speaks_of_the_same_story():
    # Headlines set first, stories after in another order, the last two run into one draft:
    # the title read just before the council story's headline belongs to the storm story, so
    # it is left for that story, not made the council's headline over a deck.
    storm_title = _title("Harbour storm sinks two fishing boats off the pier")
    market_title = _title("Council votes to rebuild the old market hall that burned down last year")
    drought_title = _title("Drought forces farmers on the plains to sell their cattle early")
    market = _piece("The city council voted on Thursday to rebuild the old market hall that burned down.")
    market2 = _piece("Traders in the market hall welcomed the council vote to rebuild it.")
    storm = _piece("A storm sank two fishing boats by the pier in the harbour on Monday night.")
    drought = _piece("Farmers on the plains are selling their cattle early as the drought dries the land.")
    drought2 = _piece("Cattle prices have fallen as farmers sell early in the drought.")
    pieces = [storm_title, market_title, drought_title, market, market2, storm, drought, drought2]
    drafts = [
        Draft(chains=[[market], [market2]], first=3, last=4),
        Draft(chains=[[storm], [drought], [drought2]], first=5, last=7),
    ]
    _assign_headlines(pieces, [0, 1, 2], drafts)
    assert drafts[0].headline is market_title and drafts[0].deck is None
    assert drafts[1].headline is drought_title


def test_a_drop_cap_set_apart_by_a_space_opens_a_story_under_its_headline():
    # pdfminer keeps the gap after a drop cap ("O n   Thursday"): the letter is rejoined,
    # and the line opens a story, so the unpunctuated title over it is its headline even
    # though a lower-case fragment elsewhere could continue it.
    page = broadsheet.read(
        "Harbour board votes to close the old ferry pier\n"
        "O n   Thursday,   the   harbour   board\n"
        "voted to close the old ferry pier after\n"
        "engineers found its piles had rotted.\n"
        "\n"
        "The pier will be pulled down in spring.\n"
    )
    assert [a.headline for a in page.articles] == ["Harbour board votes to close the old ferry pier"]
    assert page.articles[0].body[0].startswith("On Thursday, the harbour board voted")


def test_a_name_initial_at_a_line_start_is_no_drop_cap():
    page = broadsheet.read(
        "Psychiatrists will assess whether the suspect, Stefan\n"
        "W is fit for trial, the prosecutor told reporters on\n"
        "Tuesday after the hearing in the city court.\n"
    )
    assert "Stefan W is fit for trial" in page.articles[0].body[0]


def test_the_rest_of_a_broken_word_far_away_is_no_lost_drop_cap():
    # A column read out of order: "Don-" ends one fragment, "ald Trump said" opens another
    # several paragraphs on.  "ald" is the end of "Donald", not "Bald" with a lost drop cap.
    page = broadsheet.read(
        "Border wall vote delayed again\n"
        "\n"
        "Lawmakers went home as United States President Don-\n"
        "\n"
        "The Senate adjourned on Thursday without a vote on\n"
        "the spending bill, leaving the wall without funds.\n"
        "\n"
        "Democrats said they would not fund the wall and the\n"
        "Senate leader said no vote was planned this month.\n"
        "\n"
        "Both parties blamed each other for the delay and\n"
        "said talks would resume after the holiday break.\n"
        "\n"
        "  ald   Trump   said   on   Friday   he   would   keep   the\n"
        "government closed until the wall was funded.\n"
    )
    body = " ".join(p for a in page.articles for p in a.body)
    assert "United States President Donald Trump said on Friday" in body
    assert "Bald" not in body


def test_a_story_continued_under_its_headline_again_keeps_its_first_word():
    # "Continued from page 3", the story's headline set again, then the rest of a sentence:
    # no drop cap was lost there, so no "A" is put before "which".
    page = broadsheet.read(
        "Continued from page 3\n"
        "\n"
        "Highway pileup and fire kill five children and two truck drivers on the interstate\n"
        "\n"
        "  which   is   attempting   to   find   out  \n"
        "who,   if   anyone,   is   to   blame.   The  \n"
        "patrol said its report would take weeks,\n"
        "and the road stayed closed overnight.\n"
    )
    article = page.articles[0]
    assert article.headline == (
        "Highway pileup and fire kill five children and two truck drivers on the interstate"
    )
    assert article.body[0].startswith("which is attempting to find out who")
    assert article.continued_from == 3


def test_the_short_first_line_of_a_drop_cap_is_no_part_of_the_headline_over_it():
    # "O n Friday, … the" is short and ends no sentence, like a headline's second line,
    # but its letter was a drop cap: the story starts there.
    page = broadsheet.read(
        "Sultan of the islands dies at 79\n"
        "O n Friday, the long-serving ruler \n"
        "\n"
        "of the islands died aged 79 in the capital,\n"
        "state television said. He had been ill for\n"
        "months and had not named an heir.\n"
    )
    article = page.articles[0]
    assert article.headline == "Sultan of the islands dies at 79"
    assert article.body[0].startswith("On Friday, the long-serving ruler of the islands died")


def test_a_headline_set_at_the_column_width_ends_before_a_sentence_start():
    # A narrow headline in sentence case, its lines as long as the text's, the story's
    # first line right under it: no punctuation parts them, but running text never stops
    # without one before "In late December,".
    page = broadsheet.read(
        "Coast guard searches for missing Indonesian\n"
        "cargo ship Namse Bangdzod off Java coast\n"
        "In  late  December,  the  Indonesian  cargo\n"
        "ship Namse Bangdzod vanished in local waters\n"
        "with  eleven  crew  on  board,  the  coast\n"
        "guard said on Monday.\n"
    )
    [ship] = page.articles
    assert ship.headline == (
        "Coast guard searches for missing Indonesian cargo ship Namse Bangdzod off Java coast"
    )
    assert ship.body[0].startswith("In late December, the Indonesian cargo ship")


def test_text_cut_before_continued_on_goes_on_on_that_page_not_in_the_next_story():
    page = broadsheet.read(
        "Harbour piers have rotted through, engineers warn after a year of study\n"
        "Engineers studied the old piers of the harbour\n"
        "for a year. They found the\n"
        "Continued on page 4\n"
        "Council votes to rebuild Grand Market\n"
        "Hall after the fire in the Old Town\n"
        "In  late  December,  the  city  council  voted\n"
        "to  rebuild  the  market  hall  that  burned\n"
        "down, after months of argument about cost.\n"
    )
    first, market = page.articles
    assert first.headline == "Harbour piers have rotted through, engineers warn after a year of study"
    assert first.body == ["Engineers studied the old piers of the harbour for a year. They found the"]
    assert first.continued_on == 4
    assert market.headline == "Council votes to rebuild Grand Market Hall after the fire in the Old Town"
    assert market.body[0].startswith("In late December, the city council voted")


def test_a_sentence_cut_by_continued_on_does_not_run_into_the_text_after_the_jump_line():
    page = broadsheet.read(
        "Harbour piers have rotted through, engineers warn after a year of study\n"
        "Engineers studied the old piers of the harbour\n"
        "for a whole year. In the end they found the\n"
        "Continued on page 4\n"
        "Port officials said on Monday that the ferry\n"
        "timetable would not change this winter.\n"
    )
    body = [p for a in page.articles for p in a.body]
    cut = "Engineers studied the old piers of the harbour for a whole year. In the end they found the"
    assert cut in body


# pdftotext's reading order runs two headlines set side by side into shared lines: the
# first holds the start of both, then the left one's rest, then the right one's rest on
# lines of its own that read as a title by themselves.
SIDE_BY_SIDE_RIGHT_REST = """\
Fire erupts in the car park of busy Greek premier says Eastern
Sola Airport, Norway
Mediterranean states may
join gas pipeline project
A
t about 15:30 local time on
Tuesday a fire was reported in
the car park at Sola Airport near
Stavanger, Norway. Firefighters
said the building might collapse.
Flights from the airport were
cancelled and passengers were
taken to Stavanger by bus.
O
n Tuesday, the Greek prime
minister said the pipeline to
carry gas from the eastern
Mediterranean to Europe was
open to other states that
wished to join the project.
"""


def test_side_by_side_headlines_whose_right_rest_reads_as_a_title_of_its_own():
    page = broadsheet.read(SIDE_BY_SIDE_RIGHT_REST)
    assert [a.headline for a in page.articles] == [
        "Fire erupts in the car park of busy Sola Airport, Norway",
        "Greek premier says Eastern Mediterranean states may join gas pipeline project",
    ]


def test_a_title_under_a_headline_that_fits_a_later_story_in_its_draft_is_no_deck():
    # Three headlines stacked, two drafts: the second draft holds the strike story and then
    # the vote story.  The vote headline, right under the strike headline, fits the vote
    # paragraphs far better than the strike's lead: it is left to head them, not made a deck.
    strike_title = _title("Air strike kills army commander near the border")
    vote_title = _title("Parliament votes to expel foreign troops from the country")
    strike = _piece("An air strike killed the army commander near the border on Friday, officials said.")
    strike2 = _piece("The commander had led the army in the north for ten years, the officials said.")
    vote = _piece("Parliament voted on Sunday to expel all foreign troops from the country.")
    vote2 = _piece("The vote to expel the troops passed after the strike, members of parliament said.")
    pieces = [strike_title, vote_title, strike, strike2, vote, vote2]
    drafts = [Draft(chains=[[strike], [strike2], [vote], [vote2]], first=2, last=5)]
    _assign_headlines(pieces, [0, 1], drafts)
    assert drafts[0].headline is strike_title
    assert drafts[0].deck is None


def test_a_capitals_headline_ending_on_two_common_words_keeps_them():
    # "TRADE BLAME" under a headline in capitals looks like a writer's name in capitals,
    # but both are everyday words: the headline's last line.  The real name is the byline.
    page = broadsheet.read(
        "HARBOUR TALKS STALL AS\n"
        "RIVAL PORT AUTHORITIES\n"
        "TRADE BLAME\n"
        "A week of negotiations ended without a deal on shared shipping lanes\n"
        "MARA ELLISON\n"
        "The seventh round of talks between the two port\n"
        "authorities ended on Thursday with no agreement on\n"
        "the dredging of the northern channel, and each side\n"
        "blamed the other for the failure of the talks.\n"
    )
    article = page.articles[0]
    assert article.headline is not None
    assert article.headline.upper() == "HARBOUR TALKS STALL AS RIVAL PORT AUTHORITIES TRADE BLAME"
    assert article.byline is not None and article.byline.upper() == "MARA ELLISON"


def test_a_title_set_across_columns_does_not_run_on_into_a_column_of_text():
    # The first headline, across columns, ends no sentence; a column further on starts in
    # lower case (its drop cap "A" lost).  A headline set wider than any column is not a
    # column's text cut short: the two are not joined.
    page = broadsheet.read(
        "Scientists report link between the sites of island statues and\n"
        "fresh water springs on the eastern coast\n"
        "Bus crashes on\n"
        "the coast road,\n"
        "killing seven\n"
        "important to the islanders. Such springs are\n"
        "small, and it is unlikely they were the main\n"
        "reason for where the statues were placed.\n"
        "The oldest statues date to the 13th century and\n"
        "weigh about fourteen tons each.\n"
        "bus carrying tourists crashed on the coast road\n"
        "on Thursday, killing seven people, the police\n"
        "said. The driver lost control on a bend.\n"
    )
    headlines = [a.headline for a in page.articles]
    assert (
        "Scientists report link between the sites of island statues and fresh water springs"
        " on the eastern coast" in headlines
    )
    body = " ".join(p for a in page.articles for p in a.body)
    assert "eastern coast bus carrying" not in body


def test_lines_that_end_no_sentence_before_a_caption_are_a_title():
    # pdfminer sets every block apart with a blank line: the headline's two lines, no
    # wider than the text's, end no sentence and a photo caption follows.
    page = broadsheet.read(
        "Stampede during funeral procession of Qasem\n"
        "Soleimani causes deaths, delays burial\n"
        "\n"
        "• Stampede. Mourners crowd the streets of Kerman on Tuesday.\n"
        "\n"
        "(Reuters)\n"
        "\n"
        "During the funeral of Iranian com-\n"
        "mander General Qasem Soleimani\n"
        "on   Tuesday,   a   stampede   erupted,\n"
        "resulting   in   a   several-hours   post-\n"
        "ponement of the burial, according\n"
        "to state media.\n"
    )
    article = page.articles[0]
    assert article.headline == (
        "Stampede during funeral procession of Qasem Soleimani causes deaths, delays burial"
    )
    assert article.body[0].startswith("During the funeral of Iranian commander")


def test_the_last_line_of_a_parted_capitals_headline_rejoins_it():
    # Two headlines in capitals stacked over two stories read as one run too long for one
    # title, its last line left as a title of its own.  Once the run is parted where the
    # words change story, that last line is put back on the second headline.
    run = _title(
        "IRAQI PARLIAMENT VOTES FOR",
        "EXPULSION OF UNITED STATES",
        "TROOPS",
        "STAMPEDE DURING FUNERAL",
        "PROCESSION OF QASEM SOLEIMANI",
    )
    rest = _title("CAUSES DEATHS, DELAYS BURIAL")
    iraq = _piece("The Iraqi parliament voted for the expulsion of all United States troops.")
    iraq2 = _piece("The vote to expel the troops was backed by the prime minister in parliament.")
    stampede = _piece("A stampede during the funeral procession of Qasem Soleimani caused deaths.")
    stampede2 = _piece("The stampede in the funeral procession delayed the burial of Soleimani.")
    pieces = [iraq, iraq2, run, rest, stampede, stampede2]
    drafts = [
        Draft(chains=[[iraq], [iraq2]], first=0, last=1),
        Draft(chains=[[stampede], [stampede2]], first=4, last=5),
    ]
    other: list = []
    attach(pieces, drafts, other)
    assert drafts[0].headline is not None and drafts[1].headline is not None
    assert drafts[0].headline.text == "IRAQI PARLIAMENT VOTES FOR EXPULSION OF UNITED STATES TROOPS"
    assert drafts[1].headline.text == (
        "STAMPEDE DURING FUNERAL PROCESSION OF QASEM SOLEIMANI CAUSES DEATHS, DELAYS BURIAL"
    )
    assert not other


def test_a_pull_quotes_speaker_run_into_the_next_headline_is_parted_off():
    # The dump runs the speaker's name under a pull quote into the narrow headline that
    # follows: "Smith" / "Scientists report" / "link between …".
    body = _piece(
        "Smith said the transponder may have failed. \"It could also be a power supply issue"
        " or faulty transponder,\" Smith said on Monday, as the search went on."
    )
    quote = _piece("It could also be a", "power supply issue or", "faulty transponder.")
    run = _piece("Smith", "Scientists report", "link between island", "statues and water")
    pieces = [body, quote, run]
    _find_pull_quotes(pieces, Dehyphenator(""))
    assert [p.role for p in pieces] == ["body", "pull_quote", "attribution", "body"]
    assert pieces[2].text == "Smith"
    assert pieces[3].text == "Scientists report link between island statues and water"


def test_side_by_side_headlines_part_before_the_right_ones_capital_and_end_before_a_story():
    # pdftotext reads two headlines side by side as shared lines, the rest of each below in
    # lower case, then the story's first line "A car bomb …": the cut between them falls
    # before "US" (a headline's first word), and "A" (one capital letter) opens a sentence.
    page = broadsheet.read(
        "Car bomb attack kills dozens at military base US study finds link\n"
        "in Maidan Wardak, Afghanistan\n"
        "between youth suicide,\n"
        "household gun ownership\n"
        "A car bomb was on Monday\n"
        "rammed into a military base in\n"
        "Maidan Wardak province of\n"
        "Afghanistan. Dozens died in the\n"
        "attack on the military base.\n"
        "\n"
        "A study in the US found a link\n"
        "between youth suicide and the\n"
        "rate of household gun ownership\n"
        "in each state, researchers said.\n"
    )
    assert [a.headline for a in page.articles] == [
        "Car bomb attack kills dozens at military base in Maidan Wardak, Afghanistan",
        "US study finds link between youth suicide, household gun ownership",
    ]


def test_a_headline_set_large_in_a_narrow_column_runs_over_many_short_lines():
    page = broadsheet.read(
        "The National Transportation Safety Board was\n"
        "absent. It is unable to operate due to a shut-\n"
        "down of much of the federal government in a\n"
        "budget dispute; however, its website notes that\n"
        "its operations center is still accepting acci-\n"
        "dent notifications without saying if it is open\n"
        "around the clock as it usually is.\n"
        "Senator Ted\n"
        "Cruz proposes\n"
        "amendment to\n"
        "U.S.\n"
        "Constitution\n"
        "setting\n"
        "Congressional\n"
        "term limits\n"
        "On Thursday, former United States presid-\n"
        "ential candidate Senator Ted Cruz and fel-\n"
        "low Republican Representative Francis\n"
        "Rooney proposed to set lifetime limits for\n"
        "service in the Senate and House through\n"
        "an amendment to the Constitution setting\n"
        "congressional term limits.\n"
    )
    headlines = [a.headline for a in page.articles]
    narrow = "Senator Ted Cruz proposes amendment to U.S. Constitution setting Congressional term limits"
    assert narrow in headlines


def test_text_ending_no_sentence_before_continued_from_is_the_continued_storys_headline():
    page = broadsheet.read(
        "is consensus that the island's environment changed\n"
        "considerably over time.\n"
        "Scientists report link between the sites of\n"
        "island statues and fresh water sources\n"
        "Continued from page 3\n"
        "the statues stand near sources of fresh water, the\n"
        "study found. The team mapped every statue site on\n"
        "the island and the springs and seeps around it.\n"
    )
    headlines = [a.headline for a in page.articles]
    assert "Scientists report link between the sites of island statues and fresh water sources" in headlines


def test_a_headline_set_again_under_continued_from_is_parted_from_the_rest_of_its_story():
    page = broadsheet.read(
        "Continued from page 1\n"
        "United States military kills Qasem Soleimani\n"
        "the country immediately in its January 3 se-\n"
        "curity alert. The office asked U.S. citizens\n"
        "not to approach the embassy, and if in need\n"
        "of travel documents, to use the consulate.\n"
    )
    [article] = page.articles
    assert article.headline == "United States military kills Qasem Soleimani"
    assert article.body[0].startswith("the country immediately in its January 3 security alert.")
    assert article.continued_from == 1


def test_a_sentence_under_continued_from_is_no_headline():
    page = broadsheet.read(
        "Continued from page 1\n"
        "Yesterday, the Parliament of\n"
        "Iraq voted on a resolution\n"
        "to expel United States troops\n"
        "from the country. The vote was\n"
        "backed by the prime minister.\n"
    )
    assert all(a.headline is None for a in page.articles)
    assert page.articles[0].body[0].startswith("Yesterday, the Parliament of Iraq voted")


def test_a_telegraphic_title_before_continued_on_after_a_sentence_end_stays_a_headline():
    # The stream set this story's headline last, right before its jump line; written as
    # headlines are, after a sentence's end, it is no sentence running on to page 2.
    page = broadsheet.read(
        "O\n"
        "n Sunday, the state of emergency begun on\n"
        "November 15 over a measles outbreak ended\n"
        "in Samoa. The island nation's cabinet voted\n"
        "to lift it on Saturday afternoon, officials\n"
        "said, after a vaccination drive.\n"
        "Samoan government ends state of emergency over\n"
        "measles outbreak\n"
        "Continued on page 2\n"
    )
    assert [a.headline for a in page.articles] == [
        "Samoan government ends state of emergency over measles outbreak"
    ]


def test_a_sentence_start_before_continued_on_runs_on_to_that_page():
    page = broadsheet.read(
        "Maritime Connector has an entry for the ship in\n"
        "its database but has no location data available.\n"
        "Local authorities, according to Maritime\n"
        "Continued on page 9\n"
    )
    assert all(a.headline is None for a in page.articles)
    assert page.articles[0].body[-1].endswith("Local authorities, according to Maritime")


def test_a_narrow_headline_under_a_wide_one_that_wrapped_is_another_storys():
    # A headline across three columns wraps its last words; a story's headline set in one
    # narrow column follows, a word or two a line.  The wide one was complete.
    page = broadsheet.read(
        "German authorities confirm first case of novel coronavirus in\n"
        "Bavaria\n"
        "Former \n"
        "basketball player \n"
        "Kobe Bryant dies \n"
        "in helicopter \n"
        "crash, aged 41\n"
        "German health authorities on Monday \n"
        "confirmed the first case of the novel \n"
        "coronavirus in Bavaria, in a man who \n"
        "had met a colleague visiting from China, \n"
        "the regional health ministry said.\n"
        "Former basketball player Kobe Bryant \n"
        "died on Sunday when his helicopter \n"
        "crashed in fog near Los Angeles, \n"
        "officials said. He was 41. Eight others \n"
        "on board the helicopter also died.\n"
    )
    headlines = [a.headline for a in page.articles]
    assert "German authorities confirm first case of novel coronavirus in Bavaria" in headlines
    assert "Former basketball player Kobe Bryant dies in helicopter crash, aged 41" in headlines


def test_a_one_line_headline_set_last_before_continued_on_is_a_headline():
    page = broadsheet.read(
        "O\n"
        "n Thursday the seventh round of talks between\n"
        "the two port authorities ended without a deal,\n"
        "and each side blamed the other for the failure.\n"
        "The ferry companies said they would wait.\n"
        "Harbour talks stall as rival port authorities trade blame\n"
        "Continued on page 2\n"
    )
    headline = "Harbour talks stall as rival port authorities trade blame"
    assert [a.headline for a in page.articles] == [headline]


def test_an_acronym_alone_on_a_headlines_last_line_is_no_capitals_byline():
    # A line in capitals under a mixed-case title is a byline set in capitals, not the
    # title's end; a lone acronym ("COVID-19") is the title's last word.
    head, acronym = _title("World Health Organization names new coronavirus"), _title("COVID-19")
    pieces = [head, acronym]
    _merge_titles(pieces, Dehyphenator(""), Counter())
    assert [p.text for p in pieces] == ["World Health Organization names new coronavirus COVID-19"]


def test_a_narrow_headline_dumped_a_line_a_piece_is_joined_into_one_title():
    page = broadsheet.read(
        "((WN)) Thank you very much. That would be all the \n"
        "questions I had for you, and thank you for your \n"
        "time today, the reporter said to her at the end.\n"
        "British\n"
        "mathematician\n"
        "Richard K. Guy\n"
        "dies at 103\n"
        "Richard Kenneth Guy, a British mathematician who has \n"
        "published over 300 papers in various mathematical \n"
        "fields, died on Monday at 103 years of age. Guy was a \n"
        "mathematics professor at the University of Calgary \n"
        "prior to his death. He retired in 1982 but went on \n"
        "working at the department for many years after.\n"
    )
    assert "British mathematician Richard K. Guy dies at 103" in [a.headline for a in page.articles]


def test_a_stray_drop_cap_a_over_a_headline_starting_with_a_vowel_is_not_joined_to_it():
    # pdftotext printed the drop cap "A" of "An individual …" twice, once over the headline:
    # "A Arrest made …" is no English, so the letter does not join the headline.
    page = broadsheet.read(
        "A\n"
        "\n"
        "Arrest made as mayor of Gdańsk, Poland stabbed\n"
        "on stage\n"
        "\n"
        "A\n"
        "\n"
        "n individual has been arrested after\n"
        "the mayor of the Polish city of Gdańsk\n"
        "was stabbed last night whilst on stage\n"
        "at a fundraising event. He died today.\n"
    )
    headlines = [a.headline for a in page.articles]
    assert "Arrest made as mayor of Gdańsk, Poland stabbed on stage" in headlines
