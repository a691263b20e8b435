"""Political events in the PLOVER ontology, as the spaCy component ``broadsheet_events``.

Who did what to whom, when and where, read from the dependency parse with
pattern dictionaries kept as data (``nlp/data/events.json``), as PETRARCH
does:

- a verb is an event by its lemma ("threaten"), or by the lemma with its
  particle, object or preposition ("call off", "lift curfew", "call for"),
  or as a light verb carrying an event noun ("made a visit", "held talks");
- reporting and aspect verbs ("said", "continued to") are transparent: the
  event is their complement; an event verb governs its complement
  ("threatened to cut off" is THREATEN, "refused to meet" REJECT); a
  sentence with no event verb may still name one by a noun ("died as a
  result of torture"), and an event noun that "erupted" or "raged" is one;
- when every verb cue sits in a background clause (relative, "after"),
  an event noun of the main clause is the event ("There were clashes
  between police and students who were demanding reforms");
- a judgement passed in words is an act of its kind ("called the verdict
  a travesty", "said the charges were baseless");
- a headline ("Rebels Attack Army Base") is parsed again in sentence case:
  the small model reads capitalised verbs as names;
- a clause whose subject is no one ("an earthquake hit", "two weeks
  allowed") is no event; a state or agency that "protests" complains
  (ACCUSE) where people in the street demonstrate (PROTEST);
- modality: an intended or announced act ("will visit", "is willing to
  send", "prepared to impose") is AGREE when cooperative and THREATEN when
  hostile; "X said Y must …" is X's REQUEST to Y; a negated cooperative act
  ("will not participate", "no intention of negotiating") is REJECT, other
  negated acts keep their type and are flagged `negated`; an act left open
  ("has not ruled out force") is an announced one;
- the source is the clause's subject (the agent of a passive, the
  controller of an infinitive, the antecedent of "it"/"the latter"); the
  target its object, dative or prepositional object, or the subject of a
  demanded clause; a compound subject of a symmetric act ("Israel and
  Lebanon renewed negotiations") gives source and target, other coordinated
  parties one record each ("… with Congo and Costa Rica");
- events inside quotations are claims: `claimed_by` names the speaker, from
  ``broadsheet_quotes`` (``doc._.bs_quotes``) when it ran, else from the
  quotation marks and the reporting verb next to them.

Dates (`dates`), places (`places`) and actors (`actors`) are resolved here
too.  Results: ``doc._.bs_events``, plain dicts kept in
``doc.user_data["bs_events"]``; `to_article` turns them into `model.Event`.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import InputError
from ..model import Actor, Article, Event, Place
from . import actors, dates, places

DATA = Path(__file__).with_name("data")
EVENT_PATTERNS = DATA / "events.json"
CAMEO_TABLE = DATA / "cameo.json"

#: The PLOVER event types (PLOVER manual, 2021).
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
#: Adverbs the small model tags where a phrasal verb's particle stands ("pulled back from").
PARTICLES = frozenset({"back", "out", "off", "down", "up", "away", "over", "in", "together", "aside"})
#: Sectors that bear arms outside the law, or any: who abducts, who withdraws from a place.
OUTLAW_SECTORS = frozenset({"REB", "CRM"})
ARMED_SECTORS = frozenset({"MIL", "REB", "CRM"})
#: Sectors of people who dissent rather than coerce.
CIVIL_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "REL", "REF", "NGO"})
#: Sectors that act through statements: their "protest" is a complaint (ACCUSE), not a demonstration.
OFFICIAL_SECTORS = frozenset({"GOV", "IGO", "NGO", "LEG", "JUD", "MED"})
#: An international presence: pulling it out is a sanction, not a military retreat.
OBSERVERS = frozenset({"peacekeeper", "peacekeepers", "observer", "monitor", "inspector", "mission"})
#: Acts between equals: a compound subject is source and target ("Israel and Lebanon met").
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
#: Acts that, done jointly, are cooperation: joint exercises (CAMEO 062), a joint inquiry (063).
JOINT_ACTS = frozenset({"MOBILIZE", "ACCUSE"})
#: Hostile acts two sides do to each other: "troops and rebels fought".
MUTUAL_ACTS = frozenset({"fight", "clash", "battle", "skirmish", "exchange"})
#: Acts whose passive subject is the actor, not the target ("police were deployed").
SELF_ACTS = frozenset({"MOBILIZE"})
#: Prepositions that introduce a target after a verb, and after an event noun, best first.
VERB_PREPS = ("to", "with", "against", "on", "upon", "toward", "towards", "from", "at", "into", "for",
              "over", "between", "in")
NOUN_PREPS = ("against", "to", "on", "of", "from", "with", "by", "among", "between", "toward", "towards",
              "for", "in")
#: Prepositions whose object is the scene or time of something else ("at a press conference").
SETTING_PREPS = frozenset({"at", "during", "after", "before", "since", "ahead", "following", "amid", "until",
                           "in"})
#: Prepositions that introduce the place of an event.
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout",
                         "into", "to", "from", "on"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
REPORTING = frozenset({"say", "tell", "add", "claim", "state", "insist", "warn", "announce", "declare",
                       "write", "argue", "stress", "note", "explain", "reiterate", "assert"})
#: Nouns that name a party without a sector: "both sides", "the warring factions", "its allies".
PARTY_WORDS = frozenset({"side", "sides", "party", "parties", "faction", "factions", "camp", "ally", "allies",
                         "rival", "rivals", "counterpart", "counterparts", "partner", "partners", "neighbour",
                         "neighbours", "neighbor", "neighbors"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "latter", "former"})
QUANTITIES = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions", "some", "many",
                        "most", "all", "part", "number", "crowd", "crowds", "one", "none", "each", "both"})
#: Subjects that deny the act: "None of the topics was agreed upon".
NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "nothing", "neither", "no one"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
_ACTOR_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case",
                              "npadvmod", "punct", "advmod"})
#: One short syllable: "hop"+"ed" spells "hoped" (from "hope"); "hop" would make "hopped".
_CUT_E = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
_NOMINAL = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})
_QUOTE_PAIRS = re.compile(r"“[^”]{2,}?”|\"[^\"\n]{2,}?\"|``.+?''")


@dataclass(frozen=True, slots=True)
class Patterns:
    """The event dictionaries of ``events.json`` (see its ``_about``)."""

    verbs: dict[str, str]
    phrases: dict[str, str]
    light_verbs: frozenset[str]
    light_nouns: dict[str, str]
    transparent: frozenset[str]
    actor_object_verbs: frozenset[str]
    happening_verbs: frozenset[str]
    object_verbs: frozenset[str]
    complement_verbs: frozenset[str]
    container_nouns: frozenset[str]
    with_party_object: dict[str, str]
    official_senses: dict[str, str]
    non_agents: frozenset[str]
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    modal_intent: frozenset[str]
    modal_demand: frozenset[str]
    cooperative: frozenset[str]
    hostile: frozenset[str]
    contexts: dict[str, str]  # word → PLOVER context
    intent_nouns: frozenset[str] = frozenset()
    protester_nouns: frozenset[str] = frozenset()
    target_nouns: frozenset[str] = frozenset()
    weapon_nouns: frozenset[str] = frozenset()
    blame_adjectives: dict[str, str] = field(default_factory=dict)
    with_place_object: dict[str, str] = field(default_factory=dict)
    armed_place_verbs: dict[str, str] = field(default_factory=dict)
    abduct_verbs: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    stop_verbs: frozenset[str] = frozenset()
    non_events: frozenset[str] = frozenset()
    instrument_nouns: frozenset[str] = frozenset()
    enacting_verbs: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()
    directive_verbs: frozenset[str] = frozenset()
    vehicle_nouns: frozenset[str] = frozenset()
    verdict_verbs: frozenset[str] = frozenset()
    verdict_words: dict[str, str] = field(default_factory=dict)
    verbal_senses: dict[str, str] = field(default_factory=dict)
    foil_verbs: frozenset[str] = frozenset()
    attempt_nouns: frozenset[str] = frozenset()
    speaker_nouns: frozenset[str] = frozenset()
    stopping: dict[str, str] = field(default_factory=dict)
    rallying_verbs: frozenset[str] = frozenset()
    ban_verbs: frozenset[str] = frozenset()
    opposing_verbs: frozenset[str] = frozenset()
    evacuee_nouns: frozenset[str] = frozenset()
    stop_nouns: frozenset[str] = frozenset()
    dying_verbs: frozenset[str] = frozenset()
    deciding_verbs: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    undergoing_object_verbs: frozenset[str] = frozenset()
    session_verbs: frozenset[str] = frozenset()
    undergone_objects: dict[str, str] = field(default_factory=dict)
    heads: frozenset[str] = frozenset()  # every verb lemma a pattern starts with


def _with_synonyms(data: dict[str, Any]) -> dict[str, Any]:
    """The dictionaries with every synonym given the patterns of the word it stands for.

    "stay" as "remain" gives "stay on alert"; "avenue" as "road" gives "block avenue" (and, with
    "barricade" as "block", "barricade avenue").  A pattern's verb takes verb synonyms, its later words
    noun synonyms; an entry of the dictionary's own wins.  Event nouns are not widened: "equipment" sent
    is aid, "equipment" alone is no event.
    """
    verb_syn, noun_syn = data.get("verb_synonyms", {}), data.get("noun_synonyms", {})
    verb_for: dict[str, list[str]] = {}
    noun_for: dict[str, list[str]] = {}
    for synonym, word in verb_syn.items():
        verb_for.setdefault(word, []).append(synonym)
    for synonym, word in noun_syn.items():
        noun_for.setdefault(word, []).append(synonym)
    phrases = dict(data["phrases"])
    for key, value in data["phrases"].items():
        words = key.split()
        choices = [[word, *(verb_for if i == 0 else noun_for).get(word, ())] for i, word in enumerate(words)]
        for spelling in itertools.product(*choices):
            phrases.setdefault(" ".join(spelling), value)
    verbs = dict(data["verbs"])
    for synonym, word in verb_syn.items():
        if word in verbs:
            verbs.setdefault(synonym, verbs[word])
    light_verbs = list(data["light_verbs"]) + [s for s, w in verb_syn.items() if w in data["light_verbs"]]
    return {**data, "phrases": phrases, "verbs": verbs, "light_verbs": light_verbs}


@lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> Patterns:
    """Read the pattern dictionaries (the bundled file, or the user's own with the same layout)."""
    source = Path(path) if path else EVENT_PATTERNS
    try:
        data = _with_synonyms(json.loads(source.read_text(encoding="utf-8")))
        contexts = {word: name for name, words in data.get("contexts", {}).items() for word in words}
        return Patterns(
            verbs=dict(data["verbs"]), phrases=dict(data["phrases"]),
            light_verbs=frozenset(data["light_verbs"]), light_nouns=dict(data["light_nouns"]),
            transparent=frozenset(data["transparent"]),
            actor_object_verbs=frozenset(data.get("actor_object_verbs", ())),
            happening_verbs=frozenset(data.get("happening_verbs", ())),
            object_verbs=frozenset(data.get("object_verbs", ())),
            complement_verbs=frozenset(data.get("complement_verbs", ())),
            container_nouns=frozenset(data.get("container_nouns", ())),
            with_party_object=dict(data.get("with_party_object", {})),
            official_senses=dict(data.get("official_senses", {})),
            non_agents=frozenset(data.get("non_agents", ())),
            intent_verbs=frozenset(data["intent_verbs"]),
            intent_adjectives=frozenset(data["intent_adjectives"]),
            modal_intent=frozenset(data["modal_intent"]), modal_demand=frozenset(data["modal_demand"]),
            cooperative=frozenset(data["cooperative"]), hostile=frozenset(data["hostile"]),
            contexts=contexts,
            intent_nouns=frozenset(data.get("intent_nouns", ())),
            protester_nouns=frozenset(data.get("protester_nouns", ())),
            target_nouns=frozenset(data.get("target_nouns", ())),
            weapon_nouns=frozenset(data.get("weapon_nouns", ())),
            blame_adjectives=dict(data.get("blame_adjectives", {})),
            with_place_object=dict(data.get("with_place_object", {})),
            armed_place_verbs=dict(data.get("armed_place_verbs", {})),
            abduct_verbs=frozenset(data.get("abduct_verbs", ())),
            proposal_nouns=frozenset(data.get("proposal_nouns", ())),
            stop_verbs=frozenset(data.get("stop_verbs", ())),
            non_events=frozenset(data.get("non_events", ())),
            instrument_nouns=frozenset(data.get("instrument_nouns", ())),
            enacting_verbs=frozenset(data.get("enacting_verbs", ())),
            wish_verbs=frozenset(data.get("wish_verbs", ())),
            directive_verbs=frozenset(data.get("directive_verbs", ())),
            vehicle_nouns=frozenset(data.get("vehicle_nouns", ())),
            verdict_verbs=frozenset(data.get("verdict_verbs", ())),
            verdict_words=dict(data.get("verdict_words", {})),
            verbal_senses=dict(data.get("verbal_senses", {})),
            foil_verbs=frozenset(data.get("foil_verbs", ())),
            attempt_nouns=frozenset(data.get("attempt_nouns", ())),
            speaker_nouns=frozenset(data.get("speaker_nouns", ())),
            stopping=dict(data.get("stopping", {})),
            rallying_verbs=frozenset(data.get("rallying_verbs", ())),
            ban_verbs=frozenset(data.get("ban_verbs", ())),
            opposing_verbs=frozenset(data.get("opposing_verbs", ())),
            evacuee_nouns=frozenset(data.get("evacuee_nouns", ())),
            stop_nouns=frozenset(data.get("stop_nouns", ())),
            dying_verbs=frozenset(data.get("dying_verbs", ())),
            deciding_verbs=frozenset(data.get("deciding_verbs", ())),
            state_verbs=frozenset(data.get("state_verbs", ())),
            undergoing_verbs=frozenset(data.get("undergoing_verbs", ())),
            undergoing_object_verbs=frozenset(data.get("undergoing_object_verbs", ())),
            session_verbs=frozenset(data.get("session_verbs", ())),
            undergone_objects=dict(data.get("undergone_objects", {})),
            heads=frozenset(data["verbs"]) | frozenset(data["light_verbs"]) | frozenset(
                key.split()[0] for key in data["phrases"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(str(source), f"cannot read the event patterns: {exc}") from exc


@lru_cache(maxsize=1)
def cameo_table() -> tuple[dict[str, str], dict[str, str]]:
    """(PLOVER type → CAMEO root code, "TYPE:mode" → CAMEO code), from ``cameo.json``."""
    data = json.loads(CAMEO_TABLE.read_text(encoding="utf-8"))
    return dict(data["types"]), dict(data["modes"])


def cameo_code(event_type: str, mode: str | None) -> str | None:
    """The CAMEO code of a PLOVER type and mode: the mode's own code where the table has one."""
    types, modes = cameo_table()
    return modes.get(f"{event_type}:{mode}") or types.get(event_type)


def _split(value: str) -> tuple[str, str | None]:
    event_type, _, mode = value.partition(":")
    return event_type, mode or None


# --- the parse: triggers --------------------------------------------------------------------


@dataclass(slots=True)
class Trigger:
    """A verb that is an event, with the tokens that made it one."""

    verb: Token
    type: str
    mode: str | None
    tokens: list[Token]
    noun: Token | None = None  # the event noun of a light verb or a verb-object pattern
    happening: bool = False  # the event is the verb's subject: "clashes erupted"
    nominal: bool = False  # the event is a noun with no event verb in the sentence
    undergone: bool = False  # the subject undergoes the event: "came under pressure from India"


def _object(verb: Token) -> Token | None:
    """What the verb acts on: its object, the noun a relative clause on it modifies, a passive subject."""
    for child in verb.children:
        if child.dep_ == "dobj":
            if child.lower_ in ("that", "which", "whom") and verb.dep_ == "relcl":
                return verb.head  # "the conference that Russia is organising"
            if child.pos_ in ("NOUN", "PROPN", "VERB") or child.ent_type_ in ("MONEY", "QUANTITY"):
                return child  # "sent $300 million in aid": `classify` looks through the amount;
                # a "VERB" object is a noun the small model mis-tagged ("began manoeuvres")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and not _lost_main_verb(verb):
        return verb.head  # "the conference organised by Russia"
    if verb.lemma_ in ("let", "allow", "permit"):  # "let inspectors back in": the small clause's subject
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if subj is not None:
                return subj
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)


def _same(a: Token | None, b: Token | None) -> bool:
    """Token identity (spaCy makes a new `Token` object on every access)."""
    return a is not None and b is not None and a.i == b.i


def _lemma(token: Token) -> str:
    """Lowercase lemma; the small model sometimes leaves "talks"/"troops" plural.

    A gerund in a noun's place is the noun ("resume fighting": "fighting", not "fight").
    """
    if token.tag_ == "VBG" and token.dep_ in _NOMINAL:
        return token.lower_
    lemma = token.lemma_.lower()
    if token.tag_ in ("VBD", "VBN", "VBG") and token.lower_ in (lemma + "ed", lemma + "ing") and (
            _CUT_E.match(lemma)):
        return lemma + "e"  # the small model's "hoped" → "hop", "staged" → "stag"
    return lemma[:-1] if lemma.endswith("s") and lemma[:-1] in ("talk", "troop") else lemma


def _verb_lemma(verb: Token, p: Patterns) -> str:
    """The verb's lemma, mended where the small model cuts an "-e" ("staged" → "stag", not "stage").

    A hyphenated verb keeps its prefix when the dictionary knows it ("test-fired" → "test-fire").
    """
    lemma = _lemma(verb)
    if verb.i >= 2 and verb.nbor(-1).text == "-" and f"{verb.nbor(-2).lower_}-{lemma}" in p.heads:
        return f"{verb.nbor(-2).lower_}-{lemma}"
    if lemma not in p.heads and verb.lower_.startswith(lemma + "e") and lemma + "e" in p.heads:
        return lemma + "e"
    if lemma not in p.heads and verb.lower_ in p.heads:
        return verb.lower_  # "rebels lay down arms": not "lie"
    return lemma


def _prep_objects(head: Token, preps: tuple[str, ...], deps: tuple[str, ...] = ("prep",)) -> Iterator[Token]:
    """The objects of `head`'s prepositions named in `preps` ("the withdrawal *of* forces")."""
    return (gc for c in head.children if c.dep_ in deps and c.lower_ in preps
            for gc in c.children if gc.dep_ == "pobj")


def _is_place(obj: Token | None, p: Patterns) -> bool:
    """A named place or a word for one ("the town", "an army outpost")."""
    return obj is not None and (obj.ent_type_ in PLACE_LABELS or _lemma(obj) in p.target_nouns)


def _named_in(noun: Token) -> Token | None:
    """The named place a common noun is of: "the Kashmir valley" → Kashmir."""
    return next((c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in PLACE_LABELS), None)


def _doer_sector(verb: Token) -> str | None:
    """The sector of who does the act: the subject, or the agent of a passive."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = next(_prep_objects(verb, ("by",), deps=("agent",)), None)
    return actors.sector(_phrase(_head_of(subj)).text) if subj is not None else None


def _hits_scene(verb: Token, obj: Token | None, p: Patterns) -> bool:
    """ "Missiles struck …", "… struck the city": force against a place or by a weapon, no party named."""
    if _is_place(obj, p):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _lemma(_of_quantity(subj)) in p.weapon_nouns


def _joint(trigger: Trigger) -> bool:
    """ "held joint exercises", "jointly investigated": an act two parties do together."""
    words = [*trigger.verb.children, *(trigger.noun.children if trigger.noun is not None else ())]
    return any(c.lower_ in ("joint", "jointly", "together") and c.dep_ in ("amod", "advmod") for c in words)


def _in_protest(verb: Token) -> list[Token]:
    """The words of "… in protest" in a verb's clause ("blockaded the crossing in protest at new fees").

    The parser hangs the phrase on the verb, its object or another phrase of the clause; a coordinated
    verb shares it ("set fire to tyres and blocked the road in protest").
    """
    stack = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    while stack:
        head = stack.pop()
        for child in head.children:
            if child.dep_ in _CLAUSES:
                continue
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in (c for c in child.children if c.dep_ == "pobj" and _lemma(c) == "protest"):
                    if not any(c.dep_ in ("det", "amod", "compound", "poss") for c in pobj.children):
                        return [child, pobj]  # not the scene: "arrested 30 in an anti-government protest"
            stack.append(child)
    return []


def classify(verb: Token, p: Patterns) -> Trigger | None:
    """Is `verb` an event, and of what type? Longest pattern first (verb+particle+object…)."""
    lemma = _verb_lemma(verb, p)
    direct = next((c for c in verb.children if c.dep_ == "dobj"), None)
    after = {verb.i + 1} | ({direct.right_edge.i + 1} if direct is not None else set())
    particles = [c for c in verb.children if c.dep_ == "prt" or (  # "pulled back", "pulled its tanks back"
        c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i in after)]
    obj = _object(verb)
    if obj is not None:
        obj = _of_quantity(obj)  # "sent thousands of troops"
        counted = any(c.dep_ == "nummod" for c in obj.children)
        if obj.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") or counted:
            # "sent $300 million in military aid", "20 million euros in aid", "tons of food"
            obj = next((gc for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "worth")
                        for gc in c.children if gc.dep_ == "pobj"), obj)
    container = None
    if obj is not None and _lemma(obj) in p.container_nouns:  # "held a second round of talks"
        container = obj
        obj = next((gc for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for gc in c.children if gc.dep_ == "pobj"), obj)
    if lemma in p.foil_verbs and obj is not None and (_lemma(obj) in p.attempt_nouns or (
            _lemma(obj) in p.light_nouns and _split(p.light_nouns[_lemma(obj)])[0] == "ASSAULT")):
        return None  # "an attempt to assassinate X was thwarted": the attempt is the event (CAMEO 185)
    keys: list[tuple[str, list[Token], Token | None]] = []
    obj_keys: list[tuple[str, list[Token]]] = []
    if obj is not None:
        compounds = [c for c in obj.children if c.dep_ in ("compound", "amod") and (
            c.i == obj.i - 1 or (c.i == obj.i - 2 and c.nbor().text == "-"))]  # "a sit-in"
        if compounds:  # "lift the curfew order": "lift curfew order", "lift curfew", then "lift order"
            obj_keys.append((f"{_lemma(compounds[0])} {_lemma(obj)}", [compounds[0], obj]))
            obj_keys.append((_lemma(compounds[0]), [compounds[0], obj]))
        for of_obj in (gc for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                       for gc in c.children if gc.dep_ == "pobj"):  # "a state of emergency"
            obj_keys.append((f"{_lemma(obj)} of {_lemma(of_obj)}", [obj, of_obj]))
        obj_keys.append((_lemma(obj), [obj]))
    if container is not None and obj is not None and container.i != obj.i:  # "a delegation of congressmen"
        obj_keys.append((_lemma(container), [container]))
    for prt in particles:
        for key, toks in obj_keys:
            keys.append((f"{lemma} {prt.lower_} {key}", [prt, *toks], toks[-1]))
    verb_preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    for first in [*particles, *verb_preps]:
        # "pulled out of the talks" (the "of" on the particle), "cut back on aid" (the "on" on the verb)
        later = [c for c in first.children if c.dep_ == "prep"] + (
            [c for c in verb_preps if c.i > first.i] if first in particles else [])
        for prep in later:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                key = f"{lemma} {first.lower_} {prep.lower_} {_lemma(pobj)}"
                keys.append((key, [first, prep, pobj], None))
    for key, toks in obj_keys:
        keys.append((f"{lemma} {key}", toks, toks[-1]))
    for comp in (c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)):
        keys.append((f"{lemma} to {_lemma(comp)}", [comp], None))  # "ordered the diplomats to leave"
    for prt in particles:
        keys.append((f"{lemma} {prt.lower_}", [prt], None))
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative", "agent") and c.i > verb.i):
        pobjs = [c for c in prep.children if c.dep_ == "pobj"]
        if any(c.ent_type_ in ("DATE", "TIME") for c in pobjs):
            continue  # "on Sunday called for": not "call on"
        for pobj in pobjs:
            for of_obj in _prep_objects(pobj, ("of",)):  # "placed on a state of alert"
                key = f"{lemma} {prep.lower_} {_lemma(pobj)} of {_lemma(of_obj)}"
                keys.append((key, [prep, pobj, of_obj], None))
            keys.append((f"{lemma} {prep.lower_} {_lemma(pobj)}", [prep, pobj], None))
        keys.append((f"{lemma} {prep.lower_}", [prep], None))
    message = _demanding_message(verb, p)
    if message is not None:  # "issued a warning (reminder, call) to Syria that it must allow …"
        return Trigger(verb, "REQUEST", None, [verb, message], message)
    for key, toks, noun in keys:
        if key in p.non_events:  # "released a statement", "took place": no act on anyone
            return None
        if key in p.phrases:
            event_type, mode = _split(p.phrases[key])
            return Trigger(verb, event_type, mode, [verb, *toks], noun)
    light = next(((key, toks) for key, toks in obj_keys if key in p.light_nouns), None)  # "war games" first
    if light is not None and lemma in p.deciding_verbs and _split(p.light_nouns[light[0]])[0] in _DECIDED:
        event_type, mode = _split(p.light_nouns[light[0]])  # "approved the deployment": the act decided on
        return Trigger(verb, event_type, mode, [verb, *light[1]], light[1][-1])
    if light is not None and lemma in p.light_verbs:
        event_type, mode = _split(p.light_nouns[light[0]])
        return Trigger(verb, event_type, mode, [verb, *light[1]], light[1][-1])
    if obj is not None and lemma in p.ban_verbs and _event_noun_type(obj, p) in ("AID", "COOPERATE"):
        return Trigger(verb, "SANCTION", "discontinue", [verb, obj], obj)  # "banned all aid to the rebels"
    opposed = _opposed(verb, obj, p) if lemma in p.opposing_verbs else None
    if opposed is not None:  # "objected to the mediation", "opposes the plan"
        return Trigger(verb, "REJECT", None, [verb, opposed], opposed)
    ended = _ended_by_noun(verb, obj, p) if obj is not None and _lemma(obj) in p.stop_nouns and (
        lemma not in p.verbs) else None  # not "demanded an end to the embargo"
    if ended is not None:  # "put an end to its offensive", "called a halt to the talks"
        return ended
    intended = _intended_act(verb, direct, lemma, p)
    if intended is not None:  # "vowed revenge", "promised talks"
        return intended
    state = _state_of(verb, lemma, p)
    if state is not None:  # "have been on hunger strike", "came under pressure from India"
        return state
    stopped = _stopped_act(verb, p) if obj is None and lemma in p.stop_verbs else None
    if stopped is not None:  # "stopped sending arms": the act stopped decides, as "halted arms deliveries"
        return stopped
    stopping = _stopping(verb, obj, p) if obj is not None and lemma in p.stop_verbs else None
    if obj is not None and stopping is not None:  # "ended its assistance", "halted the offensive"
        return Trigger(verb, *stopping, [verb, obj], obj)
    party_object = any(o is not None and _is_actor(_of_quantity(o), _sector_words())
                       for o in (obj, container))
    if lemma in p.with_party_object and (party_object or (
            p.with_party_object[lemma].startswith("ASSAULT") and _hits_scene(verb, obj, p))):
        event_type, mode = _split(p.with_party_object[lemma])  # "strike a village" vs "workers struck"
        return Trigger(verb, event_type, mode, [verb])
    if lemma in p.with_place_object and _is_place(obj, p) and not party_object:  # "seized the town"
        event_type, mode = _split(p.with_place_object[lemma])
        return Trigger(verb, event_type, mode, [verb])
    place = obj if _is_place(obj, p) else next(  # "troops poured into the Kashmir valley"
        (o for o in _prep_objects(verb, ("into", "onto", "across", "to")) if _is_place(o, p) or _is_place(
            _named_in(o), p)), None)
    if lemma in p.armed_place_verbs and place is not None and _doer_sector(verb) in ARMED_SECTORS:
        event_type, mode = _split(p.armed_place_verbs[lemma])  # "the last troops left Afghanistan"
        return Trigger(verb, event_type, mode, [verb])
    if lemma in p.abduct_verbs and _doer_sector(verb) in OUTLAW_SECTORS and (party_object or (
            obj is not None and _lemma(obj) in p.vehicle_nouns)):
        return Trigger(verb, "ASSAULT", "abduct", [verb])  # "gunmen seized two tourists (a tanker)"
    blame = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp")
                  and c.lower_ in p.blame_adjectives), None)
    if blame is not None and verb.pos_ == "VERB":  # "held Tehran responsible", "found him guilty"
        event_type, mode = _split(p.blame_adjectives[blame.lower_])
        return Trigger(verb, event_type, mode, [verb, blame])
    verdict = _verdict(verb, lemma, p)
    if verdict is not None:  # "called the verdict a travesty", "said the charges were baseless"
        event_type, mode = _split(p.verdict_words[_lemma(verdict)])
        return Trigger(verb, event_type, mode, [verb, verdict])
    if lemma in p.verbs and verb.pos_ == "VERB":
        if lemma in p.actor_object_verbs and not party_object and not (
                obj is not None and _lemma(obj) in p.evacuee_nouns):  # "treated earthquake victims"
            return None
        if lemma in p.object_verbs and obj is None:
            return None
        if lemma in p.complement_verbs and not any(c.dep_ in ("xcomp", "ccomp") or (
                c.dep_ == "advcl" and _infinitive(c)) for c in verb.children):  # "asked X on Monday to help"
            return None
        event_type, mode = _split(p.verbs[lemma])
        return Trigger(verb, event_type, mode, [verb, *particles])
    joint = _joint_work(verb, obj)
    if joint:  # "would jointly develop a trade zone", "launched a joint operation": material cooperation
        return Trigger(verb, "COOPERATE", None, [verb, *joint])
    return None


#: Acts a decision puts in train ("approved the deployment of troops", "ordered the withdrawal").
_DECIDED = frozenset({"AID", "MOBILIZE", "RETREAT", "SANCTION", "COERCE", "ASSAULT", "COOPERATE"})


def _opposed(verb: Token, obj: Token | None, p: Patterns) -> Token | None:
    """What an opposing verb rejects: a proposal or a cooperative act ("objected to the mediation")."""
    for noun in (obj, *_prep_objects(verb, ("to",))):
        if noun is not None and (
                _lemma(noun) in p.proposal_nouns or _event_noun_type(noun, p) in p.cooperative):
            return noun
    return None


def _ended_by_noun(verb: Token, obj: Token, p: Patterns) -> Trigger | None:
    """ "put an end to the offensive": a stop noun as object, what it stops after "to"."""
    for ended in (*_prep_objects(obj, ("to",)), *_prep_objects(verb, ("to",))):
        stopping = _stopping(verb, ended, p)
        if stopping is not None:
            return Trigger(verb, *stopping, [verb, obj, ended], ended)
    return None


def _intended_act(verb: Token, obj: Token | None, lemma: str, p: Patterns) -> Trigger | None:
    """An intent verb that is no event itself, with an event noun: "vowed revenge" (THREATEN)."""
    if obj is None or lemma not in p.intent_verbs or lemma in p.verbs:
        return None
    kind = _noun_kind(obj, p)
    event_type = _split(kind)[0] if kind is not None else None
    if event_type in p.cooperative:
        return Trigger(verb, "AGREE", None, [verb, obj], obj)
    if event_type in p.hostile:
        return Trigger(verb, "THREATEN", None, [verb, obj], obj)
    return None


def _state_of(verb: Token, lemma: str, p: Patterns) -> Trigger | None:
    """ "been (remained) on hunger strike": in it; "came under pressure", "drew criticism": undergoing it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and _noun_kind(subj, p) is not None:
        obj = None  # "the crackdown drew criticism": the subject's event is the one told
    if obj is not None and lemma in p.undergoing_object_verbs:
        kind = p.undergone_objects.get(_lemma(obj)) or _noun_kind(obj, p)
        if kind is not None:
            event_type, mode = _split(kind)
            return Trigger(verb, event_type, mode, [verb, obj], obj, undergone=True)
    for prep, undergone in (("on", False), ("under", True)):
        if lemma not in (p.undergoing_verbs if undergone else p.state_verbs):
            continue
        for noun in _prep_objects(verb, (prep,)):
            kind = _noun_kind(noun, p)
            if kind is not None:
                event_type, mode = _split(kind)
                return Trigger(verb, event_type, mode, [verb, noun], noun, undergone=undergone)
    return None


def _stopped_act(verb: Token, p: Patterns) -> Trigger | None:
    """A stopping verb with a gerund ("stopped sending arms", "halted shelling the town")."""
    for comp in (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
        act = classify(comp, p)
        if act is not None and act.type in p.stopping:
            return Trigger(verb, *_split(p.stopping[act.type]), [verb, *act.tokens], act.noun)
    return None


def _stopping(verb: Token, noun: Token, p: Patterns) -> tuple[str, str | None] | None:
    """How `verb` stopping the event `noun` names is typed, if it names one ("halted the offensive")."""
    if _lemma(noun) not in p.light_nouns:
        return None
    stopped = _split(p.light_nouns[_lemma(noun)])[0]
    if stopped == "MOBILIZE" and any(c.dep_ == "prep" and c.lower_ == "with" for c in (
            *noun.children, *verb.children)):
        stopped = "COOPERATE"  # "cancelled military exercises with Egypt": joint ones
    elif _lemma(noun) in p.stopping:
        stopped = _lemma(noun)  # the noun's own rule: ending sanctions eases them (RETREAT), not a ban
    return _split(p.stopping[stopped]) if stopped in p.stopping else None


def _verdict(verb: Token, lemma: str, p: Patterns) -> Token | None:
    """The judgement a party passes on something, when it is an act in words.

    "called the verdict a travesty", "described the visit as an interference", "hailed the deal as a
    breakthrough"; and what a reporting verb's clause says of its subject: "said the charges were
    baseless" (a rejection), "said the talks were a success" (support).
    """
    if verb.pos_ != "VERB":
        return None
    if lemma in p.verdict_verbs:
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        found = [c for c in verb.children if c.dep_ == "oprd"] + [
            gc for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
            for gc in c.children if gc.dep_ == "pobj"]
    elif lemma in REPORTING:
        found = [gc for c in verb.children if c.dep_ == "ccomp" and _lemma(c) == "be"
                 for gc in c.children if gc.dep_ in ("acomp", "attr")]
    else:
        return None
    return next((t for t in found if _lemma(t) in p.verdict_words), None)


#: What two parties issue together is words, not work: "a joint statement".
_JOINT_WORDS = frozenset({"statement", "declaration", "communique", "communiqué", "conference", "appeal",
                          "letter", "news", "press", "briefing"})


def _joint_work(verb: Token, obj: Token | None) -> list[Token]:
    """The "jointly"/"joint" that makes an act one two parties do together (no other cue needed)."""
    if verb.pos_ != "VERB":
        return []
    words = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "jointly"]
    if obj is not None and _lemma(obj) not in _JOINT_WORDS:
        words += [c for c in obj.children if c.dep_ == "amod" and c.lower_ == "joint"]
    return words


def _obliged(verb: Token) -> bool:
    """ "X said Y has to release …": an obligation X puts on another party ("has to", "needs to")."""
    head = verb.head
    if not (verb.dep_ == "xcomp" and _lemma(head) in ("have", "need") and _infinitive(verb) and (
            head.dep_ == "ccomp" and head.head.pos_ == "VERB")):
        return False
    obliged = next((c for c in head.children if c.dep_ == "nsubj"), None)
    sayer = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return obliged is not None and (sayer is None or _head_of(obliged).i != _head_of(sayer).i)


def _demander(verb: Token) -> Token:
    """The verb whose subject demands a demanded clause: "said" in "X said Y must (has to) …"."""
    return verb.head.head if _obliged(verb) else verb.head


def _demand_clause(verb: Token, p: Patterns) -> bool:
    """ "X said (insisted, reminded Z) that Y must …", "X wants Y to …": what X would have another do."""
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in p.modal_demand for c in verb.children):
        return True
    if _obliged(verb):  # "X said Y has to (needs to) …"
        return True
    if verb.dep_ == "xcomp" and _lemma(verb.head) in p.directive_verbs and _infinitive(verb) and any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.head.children):
        return True  # "the president told (ordered) the army to withdraw"
    if verb.dep_ not in ("ccomp", "xcomp") or _lemma(verb.head) not in p.wish_verbs:
        return False
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    wisher = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return own is not None and (wisher is None or _head_of(own).lower_ != _head_of(wisher).lower_)


def _governor(verb: Token) -> Token | None:
    """The verb whose complement `verb` is (xcomp/ccomp), through an intent adjective ("willing to")."""
    if verb.dep_ not in ("xcomp", "ccomp"):
        return None
    head = verb.head
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head.pos_ in ("AUX", "VERB"):
        return head.head
    return head if head.pos_ in ("VERB", "AUX") else None


# --- modality ----------------------------------------------------------------------------


def _is_negated(verb: Token) -> bool:
    """ "did not agree", "never met", "None of the topics was agreed upon"."""
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod"))
               or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEGATIVE_SUBJECTS)
               for c in verb.children)


def _denied_intent(verb: Token, p: Patterns) -> bool:
    """ "had no intention of negotiating", "has no plans to withdraw": an intent denied."""
    noun = verb.head.head if verb.dep_ == "pcomp" else (verb.head if verb.dep_ == "acl" else None)
    return noun is not None and _lemma(noun) in p.intent_nouns and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _is_intent(verb: Token, p: Patterns, depth: int = 0) -> bool:
    """Announced or intended, not yet done: a modal, "willing/prepared to", "plan/decide to".

    Through the verbs it hangs on: "may have to impose", "would be forced to expel".
    """
    if any(c.dep_ == "aux" and c.lower_ in p.modal_intent for c in verb.children):
        return True
    if verb.dep_ == "acl" and _lemma(verb.head) in p.intent_nouns and _infinitive(verb):
        return True  # "its willingness to resume talks"
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.pos_ == "ADJ" and head.lower_ in p.intent_adjectives:
            return True
        if _lemma(head) in p.intent_verbs and head.pos_ == "VERB":
            return True
        if _lemma(head) == "hesitate" and _is_negated(head):  # "would not hesitate to use force"
            return True
        bare = not any(c.dep_ == "dobj" for c in head.children)
        if depth < 2 and head.pos_ in ("VERB", "AUX") and bare and _is_intent(head, p, depth + 1):
            return True  # "may have to impose", "could be forced to expel"
        if _lemma(head) == "go" and any(c.lower_ in ("is", "are", "was", "were", "'s", "'re") for c in
                                        head.children):
            return True
        if _lemma(head) == "be" and head.pos_ == "AUX" and _infinitive(verb) and _arranged(head, verb):
            return True  # "the minister is to travel to Libya": an arranged act
    return False


def _arranged(be: Token, verb: Token) -> bool:
    """ "X is to visit": a party's act arranged (not "it was to prevent fraud", "is to be sentenced")."""
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "this", "that"):
        return False
    if not _is_actor(_of_quantity(subj), _sector_words()):
        return False
    return not any(c.dep_ in ("attr", "acomp") for c in be.children) and not any(
        c.dep_ == "auxpass" for c in verb.children)


def _conditional(verb: Token) -> bool:
    """An act announced on a condition: "… if the results are not annulled", "unless X pays"."""
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
               for c in verb.children if c.dep_ == "advcl" for m in c.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# --- actors ------------------------------------------------------------------------------


def _is_actor(token: Token, sector_words: frozenset[str]) -> bool:
    """Can this word name a party (a state, group, person, or a noun like "troops")?"""
    if token.ent_type_ in ACTOR_LABELS or token.lower_ in PRONOUNS:
        return True
    if token.ent_type_:  # a date, a number, an amount, a law...
        return False
    if token.pos_ == "PROPN":
        return True
    words = (token.lower_, token.lemma_.lower())
    if token.pos_ != "ADJ" and any(w in sector_words or w in PARTY_WORDS for w in words):
        return True  # "the army", "both sides", not "a general strike"
    # People named by nationality: "Russian advisers", "Israeli settlers" (not "US arms": a compound).
    return token.tag_ == "NNS" and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token.children)


@lru_cache(maxsize=1)
def _sector_words() -> frozenset[str]:
    d = actors.dictionaries()
    return frozenset(w for w in d.sectors if " " not in w) | frozenset(
        w for w in d.organisations if " " not in w)


def _phrase(head: Token) -> Span:
    """The actor's words: the head with its modifiers, and an "of"/"for" phrase after a role word."""
    keep = [head]
    stack = [c for c in head.lefts if c.dep_ in _ACTOR_MODIFIERS]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(tok.children)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and len(list(child.subtree)) <= 12 and (
                head.lower_ in actors.ROLE_WORDS or head.lemma_.lower() in actors.ROLE_WORDS
                or head.pos_ in ("NOUN", "PROPN")):
            keep.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "in" and len(list(child.subtree)) <= 6 and any(
                t.ent_type_ in PLACE_LABELS for t in child.subtree):
            keep.extend(child.subtree)  # "Ethnic Albanians in south Serbia": where the party is from
        elif child.dep_ == "appos" and child.text == child.text.upper() and len(child) == 1:
            keep.append(child)
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    doc = head.doc
    while lo < hi and (doc[lo].dep_ in ("det", "punct", "cc") or doc[lo].lower_ in ("the", "a", "an")):
        lo += 1
    while hi > lo and (doc[hi].dep_ in ("case", "punct") or doc[hi].text in ("'s", "’s")):
        hi -= 1
    span = doc[lo:hi + 1]
    if span.text.count("(") > span.text.count(")") and hi + 1 < len(doc) and doc[hi + 1].text == ")":
        span = doc[lo:hi + 2]
    return span


def _of_quantity(token: Token) -> Token:
    """ "Thousands of Nigerians" → Nigerians: a quantity stands for what it counts."""
    if token.lower_ in QUANTITIES or token.ent_type_ == "CARDINAL":
        pobj = next((gc for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for gc in c.children if gc.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    return token


def _head_of(token: Token) -> Token:
    """The party a subject or object word stands for: "Thousands of Nigerians" → Nigerians, "it" → …"""
    return _resolve_pronoun(_of_quantity(token))


def _antecedent(token: Token) -> Token | None:
    """What a pronoun or "the latter" points back to: the reporter's subject, else the last party named."""
    verb = token.head
    while verb.dep_ in ("ccomp", "xcomp", "conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in PRONOUNS:
                return child
    doc = token.doc
    for ent in reversed(doc.ents):
        if ent.end <= token.i and ent.label_ in ("ORG", "GPE", "NORP", "PERSON") and token.i - ent.end < 120:
            return ent.root
    return None


def _resolve_pronoun(token: Token) -> Token:
    if token.lower_ in PRONOUNS or token.lemma_.lower() in PRONOUNS:
        return _antecedent(token) or token
    return token


def _subject(verb: Token, passive_is_source: bool = False) -> tuple[Token | None, Token | None]:
    """(source, passive target) of `verb`: its subject, passive agent, or its controller."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((a for a in _prep_objects(verb, ("by",), deps=("agent",))  # not "conferred by telephone"
                  if _is_actor(_of_quantity(a), _sector_words())), None)
    if agent is None and passive is not None:  # "charged with corruption by prosecutors": "by" misattached
        agent = next((by for pobj in _prep_objects(verb, VERB_PREPS) for by in _prep_objects(pobj, ("by",))
                      if _is_actor(by, _sector_words())), None)
    stative = passive is not None and agent is None and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) and not any(
        c.lower_ in ("been", "being") for c in verb.children)  # "Israel is opposed to …"
    if passive is not None and (passive_is_source or stative):
        subj, passive = passive, None
    if agent is not None:
        subj = agent
    if subj is not None and subj.dep_ != "csubj":
        if subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            subj = verb.head
        return _resolve_pronoun(subj), passive
    if passive is not None and passive.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        passive = verb.head
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.pos_ == "ADJ":
            head = head.head
        controller = next((c for c in head.children if c.dep_ == "dobj"), None)
        if controller is not None and controller.pos_ in ("NOUN", "PROPN", "PRON") and _is_actor(
                controller, _sector_words()):
            return _resolve_pronoun(controller), passive
        return _subject(head)[0], passive
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)[0], passive
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):  # "resorted to throwing stones"
        return _subject(verb.head.head)[0], passive
    participle = verb.tag_ == "VBN" and verb.head.dep_ != "appos" and not _lost_main_verb(verb)
    if verb.dep_ == "acl" and not participle and _is_actor(
            _of_quantity(verb.head), _sector_words()):
        return verb.head, passive  # "…, a human rights group protested"
    if verb.dep_ == "acl" and _infinitive(verb) and verb.head.pos_ == "NOUN":
        # "X signalled its willingness to resume talks": the doer is who holds the plan
        noun = verb.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return _subject(noun.head)[0] or (owner and _resolve_pronoun(owner)), passive
        if owner is not None:
            return _resolve_pronoun(owner), passive
    return None, passive


def _noun_target(noun: Token, words: frozenset[str], hostile: bool, depth: int = 0,
                 preps: tuple[str, ...] | None = None, common_modifiers: bool = True) -> Token | None:
    """The party a noun phrase points at: itself, a possessor or modifier, or a prepositional object.

    "demands from UNITA", "the withdrawal of Serbian forces", "North Korea's demand", "a U.N. presence",
    "the offices of the Palestinian administrators", "the demonstration staged by students".
    """
    if _is_actor(noun, words):
        return noun
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.i < noun.i
                 and _is_actor(c, words) and c.lower_ not in PRONOUNS]
    named = [c for c in modifiers if c.dep_ == "poss" or c.ent_type_ in ACTOR_LABELS or c.pos_ == "PROPN"]
    if named:  # "North Korea's demand", "a U.N. military presence"
        return named[0]
    found = None if depth >= 2 else _prep_target(noun, words, hostile, preps or NOUN_PREPS, depth + 1)
    if found is not None:
        return found
    if modifiers and hostile and common_modifiers:  # force against "a Karen guerrilla stronghold"
        return modifiers[0]
    for acl in (c for c in noun.children if c.dep_ == "acl"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                if _is_actor(pobj, words):
                    return pobj
    return None


def _prep_target(head: Token, words: frozenset[str], hostile: bool, preps: tuple[str, ...],
                 depth: int = 0) -> Token | None:
    """The first party found under `head`'s prepositions, in the order of `preps`."""
    children = [c for c in head.children if c.dep_ in ("prep", "dative", "agent")]
    for name in preps:
        for prep in (c for c in children if c.lower_ == name):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.ent_type_ and pobj.ent_type_ not in ACTOR_LABELS | PLACE_LABELS:
                    continue
                if name == "in":
                    place = next((t for t in (pobj, *pobj.children) if t.ent_type_ in PLACE_LABELS or (
                        t.pos_ == "PROPN" and t.dep_ in ("pobj", "appos"))), None)  # "the capital Kabul"
                    if place is None or not hostile:
                        continue
                    pobj = place
                found = _noun_target(pobj, words, hostile, depth)
                if found is not None:
                    return found
    return None


def _target(trigger: Trigger, complements: list[Token], p: Patterns, depth: int = 0) -> Token | None:
    """The target: object, dative, what the event noun points at, prepositional object, complement."""
    verb, words = trigger.verb, _sector_words()
    # A place is the target of force or restrictions applied there ("reimposed blockades in the West Bank").
    hostile = trigger.type in p.hostile or trigger.type == "CONCEDE"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in ("that", "which", "whom"):
        obj = None
    if obj is not None and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in obj.children):
        obj = None  # "offered its troops to …": the source's own, not the target
    # What is requested names its doer: "demanded the withdrawal of Serbian forces".
    noun_preps: tuple[str, ...] | None = ("of", "by", *NOUN_PREPS) if trigger.type == "REQUEST" else (
        ("by", *NOUN_PREPS) if trigger.type == "ACCUSE" else None)  # condemned "the execution … by X"
    own_forces = trigger.type in SELF_ACTS or (
        trigger.type == "RETREAT" and trigger.mode not in ("release", "return"))  # not "released 20 soldiers"
    if obj is not None and own_forces and _is_force(_of_quantity(obj)):
        obj = None  # "trained 500 hackers", "withdrew its troops": its own forces, not a target
    if own_forces:
        noun_preps = tuple(p for p in NOUN_PREPS if p != "of")  # "the withdrawal of (its) soldiers from …"
    if obj is not None and not _same(obj, trigger.noun) and _is_actor(_of_quantity(obj), words):
        return obj
    for child in verb.children:
        if child.dep_ in ("dative", "iobj") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child
    nouns = [n for n in (trigger.noun, obj) if n is not None and not (own_forces and _is_force(n))]
    for noun in nouns:
        found = _noun_target(noun, words, hostile, preps=noun_preps, common_modifiers=False)
        if found is not None and own_forces and _is_force(found):  # "the withdrawal of forces from Panama"
            found = _prep_target(found, words, True, ("from", "to", "into", "in"))
        if found is not None and found.i != noun.i:
            return found
    for head in (verb, *(c for c in verb.children if c.dep_ == "prt")):  # "kidnapped up to 16 advisers"
        found = _prep_target(head, words, hostile, VERB_PREPS)
        if found is not None:
            return found
    for noun in nouns:  # a party named only as a modifier: "shelled rebel positions"
        found = _noun_target(noun, words, hostile, preps=noun_preps)
        if found is not None and found.i != noun.i:
            return found
    if depth < 2:
        for comp in complements:
            if comp.dep_ == "ccomp":
                subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ not in PRONOUNS and _is_actor(subj, words):
                    return subj
            sub = Trigger(comp, trigger.type, None, [comp])
            found = _target(sub, _complements(comp), p, depth + 1)
            if found is not None:
                return found
    return None


def _is_force(token: Token) -> bool:
    """Troops, police, fighters: a party's armed force."""
    return actors.sector(_phrase(token).text) in ARMED_SECTORS | {"COP"}


def _complements(verb: Token) -> list[Token]:
    """Clauses that complete the verb: infinitive and that-clauses, purpose clauses ("to protest X")."""
    out = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    out += [c for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)]
    out += [gc for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for", "on", "at")
            for gc in c.children if gc.dep_ == "pcomp"]
    return out


# --- the component -------------------------------------------------------------------------


def _quote_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """(start, end, speaker name) of quotations: from ``broadsheet_quotes``, else from the marks."""
    quotes = doc.user_data.get("bs_quotes")
    if quotes is not None:
        out = []
        for quote in quotes:
            speaker = quote.get("speaker") or {}
            name = speaker.get("name")
            if name and name.lower() in PRONOUNS and speaker.get("start") is not None:
                words = doc.char_span(int(speaker["start"]), int(speaker["end"]), alignment_mode="expand")
                if words is not None:
                    name = _phrase(_head_of(words.root)).text
            out.append((int(quote["start"]), int(quote["end"]), name))
        return out
    return [(m.start(), m.end(), None) for m in _QUOTE_PAIRS.finditer(doc.text)]


def _speaker_near(doc: Doc, start: int, end: int) -> str | None:
    """Without the quotes component: the subject of the reporting verb next to a quotation."""
    sent = doc.char_span(start, end, alignment_mode="expand")
    if sent is None:
        return None
    for token in sent.sent:
        if _lemma(token) in REPORTING and not start <= token.idx < end:
            subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subj is None and token.dep_ == "advcl":
                subj = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return _phrase(_resolve_pronoun(subj)).text
    return None


class EventCoder:
    """The ``broadsheet_events`` component: fills ``doc._.bs_events``.

    Given the pipeline it runs in, it parses a headline-style sentence again in sentence case.
    """

    def __init__(self, patterns: str | None = None, nlp: Language | None = None) -> None:
        self.patterns = load_patterns(patterns)
        self.reparse = Reparser(nlp) if nlp is not None else None

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["bs_events"] = code_events(doc, self.patterns, self.reparse)
        return doc


class Reparser:
    """Parse a text with the model's own components only (tagger, parser, NER: not broadsheet's).

    A class, not a closure, so that the pipeline still pickles.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if not name.startswith("broadsheet"):
                doc = proc(doc)
        return doc


def _actor_dict(token: Token | None, doc: Doc) -> dict[str, Any] | None:
    if token is None:
        return None
    span = _phrase(_head_of(token))
    entity_id = None
    if doc.has_extension("bs_entity_at") and doc.user_data.get("bs_entities") is not None:
        entity = doc._.bs_entity_at(span.start_char, span.end_char)
        entity_id = entity.id if entity is not None else None
    if entity_id is None and span.ents:
        from .entities import entity_id as make_id

        ent = max(span.ents, key=len)
        if ent.label_ in ACTOR_LABELS:
            entity_id = make_id(ent.text, ent.label_)
    actor = actors.resolve(span.text, entity_id)
    if actor.country is None:  # a seat of government or a city: "Athens expelled …"
        for ent in span.ents:
            place = places.resolve(ent.text) if ent.label_ in PLACE_LABELS else None
            if place is not None and place.country:
                actor.country = place.country
                break
    return {"text": actor.text, "entity_id": actor.entity_id, "country": actor.country,
            "sector": actor.sector, "start": span.start_char, "end": span.end_char}


def _context(verb: Token, p: Patterns) -> str | None:
    votes: Counter[str] = Counter()
    subtree = {t.i for t in verb.subtree}
    for token in verb.sent:
        name = p.contexts.get(token.lemma_.lower()) or p.contexts.get(token.lower_)
        if name:
            votes[name] += 2 if token.i in subtree else 1
    return votes.most_common(1)[0][0] if votes else None


def _event_date(verb: Token, issue: str | None) -> tuple[str | None, str | None]:
    """The date of the event: a DATE entity in its clause first, else in its sentence."""
    sent = verb.sent
    subtree = {t.i for t in verb.subtree}
    ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    ents.sort(key=lambda e: (e.root.i not in subtree, abs(e.root.i - verb.i)))
    for ent in ents:
        if ent.text[:1].isupper() and ent.start != sent.start and ent.text.lower() in (
                "today", "tomorrow", "yesterday", "tonight"):
            continue  # part of a name ("Russia Today")
        resolved = dates.resolve(ent.text, issue)
        if resolved is None:
            found = dates.find(ent.text, issue)
            resolved = found[0][2] if found else None
        if resolved is not None:
            first, last = resolved
            return first.isoformat(), (last.isoformat() if last != first else None)
    return None, None


#: What a noun of the main clause is to its root: "There were clashes", "The arrests came".
_MAIN_NOUNS = frozenset({"nsubj", "nsubjpass", "attr", "dobj"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})


def _event_place(verb: Token, trigger: Trigger, context: Counter[str]) -> dict[str, Any] | None:
    """The first gazetteer place under a locative preposition of the event's own clause."""
    stack = [verb] + ([trigger.noun] if trigger.noun is not None else [])
    seen: set[int] = set()
    while stack:
        head = stack.pop(0)
        if head.i in seen:
            continue
        seen.add(head.i)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                for token in child.subtree:
                    if token.ent_type_ in PLACE_LABELS and token.ent_iob_ == "B":
                        ent = next(e for e in token.doc.ents if e.start == token.i)
                        place = places.resolve(ent.text, context)
                        if place is not None:
                            return {"name": place.name, "country": place.country, "lat": place.lat,
                                    "lon": place.lon, "geonameid": place.geonameid}
            elif child.dep_ not in _CLAUSES and child.dep_ not in ("nsubj", "nsubjpass"):
                stack.append(child)
    return None


def _happening(verb: Token, p: Patterns) -> Trigger | None:
    """ "Clashes erupted", "street battles raged": an event noun as the subject of a verb of occurring."""
    if _lemma(verb) not in p.happening_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj = _counted(subj, p) if subj is not None else None  # "thousands of tonnes of food aid arrived"
    kind = _noun_kind(subj, p) if subj is not None else None
    if subj is None or kind is None:
        return None
    event_type, mode = _split(kind)
    return Trigger(verb, event_type, mode, [subj, verb], subj, happening=True)


def _counted(noun: Token, p: Patterns) -> Token:
    """What a quantity or a measure counts: "thousands of tonnes of food aid" → aid."""
    for _ in range(3):
        inner = _of_quantity(noun)
        if inner.i == noun.i and _lemma(noun) in p.container_nouns:
            inner = next(_prep_objects(noun, ("of",)), noun)
        if inner.i == noun.i:
            break
        noun = inner
    return noun


#: Entities no event noun is: "a march" is one, "March 8" is not.
_NOT_EVENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _noun_kind(noun: Token, p: Patterns) -> str | None:
    """The event a noun names: an event noun, an attempt named after one, the stopping of one.

    "clashes", "an assassination attempt", "the suspension of aid" (SANCTION, as "suspended aid").
    """
    if noun.ent_type_ in _NOT_EVENTS:
        return None  # "on March 8"
    lemma = _lemma(noun)
    for key in [f"{_lemma(c)} {lemma}" for c in noun.children if c.dep_ in ("amod", "compound")] + [lemma]:
        if key in p.light_nouns:  # "an air strike" before "a strike"
            return p.light_nouns[key]
    if lemma in p.attempt_nouns:
        return _attempted(noun, p)
    stopped = next(_prep_objects(noun, ("of",)), None) if lemma in p.stop_nouns else None
    stopping = _stopping(noun, stopped, p) if stopped is not None else None
    return ":".join(x for x in stopping if x) if stopping is not None else None


def _progressive(aux: Token, p: Patterns) -> Trigger | None:
    """ "X is mediating between …" parsed as "is" + a noun "mediating": the -ing word is the verb."""
    if _lemma(aux) != "be":
        return None
    for child in aux.children:
        if child.dep_ == "attr" and child.pos_ == "NOUN" and child.lower_.endswith("ing"):
            stem = child.lower_[:-3]
            lemma = next((w for w in (stem, stem + "e", stem[:-1]) if w in p.verbs), None)
            if lemma is not None and not any(c.dep_ in ("det", "poss") for c in child.children):
                event_type, mode = _split(p.verbs[lemma])
                return Trigger(aux, event_type, mode, [aux, child])
    return None


def _nominal(sent: Span, p: Patterns, main_clause: bool = False) -> list[Trigger]:
    """A sentence without an event verb may still name one: "died as a result of torture".

    Not a noun that only sets the scene: "at a press conference", "during the talks".  With
    `main_clause`, only a noun of the main clause (the subject, object or complement of the root).
    """
    for token in sent:
        if token.pos_ != "NOUN" or token.dep_ in ("compound", "amod"):
            continue
        kind = _noun_kind(token, p)
        if kind is None:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPS and _lemma(token.head.head) not in (
                p.dying_verbs):  # "at a press conference", not "died in an attack"
            continue
        if main_clause and (not _main_clause(token.head, p) or token.dep_ not in _MAIN_NOUNS):
            continue
        event_type, mode = _split(kind)
        return [Trigger(token, event_type, mode, [token], token, nominal=True)]
    return []


def _main_clause(verb: Token, p: Patterns) -> bool:
    """The root, or the clause a reporting verb at the root reports ("X's refusal …, an official said")."""
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return verb.dep_ in ("ccomp", "parataxis") and head.dep_ == "ROOT" and _lemma(head) in p.transparent


def _attempted(noun: Token, p: Patterns) -> str | None:
    """The act an attempt or plot is named after: "an assassination attempt", "a bombing plot"."""
    return next((p.light_nouns[_lemma(c)] for c in noun.children
                 if c.dep_ == "compound" and _lemma(c) in p.light_nouns), None)


def _nominal_parties(noun: Token) -> tuple[Token | None, Token | None]:
    """ "Israel's blockade of Gaza", "the arrest of X by police": possessor or agent, then object."""
    words = _sector_words()
    source = next((c for c in noun.children if c.dep_ == "poss" and _is_actor(c, words)), None)
    if source is None:
        source = _prep_target(noun, words, False, ("by",))
    target = _prep_target(noun, words, False, ("of", "against", "on", "to"))
    return source, target


def _candidates(sent: Span, p: Patterns) -> list[Trigger]:
    triggers = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound", "nmod"):
            continue  # "Saudi-backed", "power-sharing": modifiers, not acts
        if token.tag_ == "VBG" and token.dep_ in _NOMINAL and not any(c.dep_ in ("dobj", "nsubj", "aux")
                                                                       for c in token.children):
            continue  # a gerund used as a noun ("resume fighting"): the verb governing it carries it
        trigger = _happening(token, p) or classify(token, p) or _progressive(token, p)
        if trigger is None and _demand_clause(token, p):
            trigger = Trigger(token, "REQUEST", None, [token])
        protest = _in_protest(token) if token.pos_ == "VERB" else []
        if protest and (trigger is None or trigger.type in ("COERCE", "ASSAULT")):  # blocked roads in protest
            trigger = Trigger(token, "PROTEST", None, [token, *protest])
        if trigger is not None:
            triggers.append(trigger)
    return triggers


def code_events(doc: Doc, p: Patterns, reparse: Callable[[str], Doc] | None = None) -> list[dict[str, Any]]:
    """Every event of `doc` as a plain dict (the ``doc._.bs_events`` records).

    With `reparse`, a headline-style sentence ("Rebels Attack Army Base") is read from a parse of its
    sentence-case spelling: the small model tags capitalised verbs as proper nouns.
    """
    issue = doc.user_data.get("issue_date")
    context = places.context_countries(e.text for e in doc.ents if e.label_ in PLACE_LABELS | {"NORP"})
    quotes = _quote_spans(doc)
    events: list[dict[str, Any]] = []
    for sent in doc.sents:
        found: list[dict[str, Any]] = []
        if reparse is not None and _title_case(sent):
            sub = reparse(_sentence_case(sent, p))
            found = [_moved(e, sent) for s in sub.sents
                     for e in _sentence_events(s, p, sub, issue, context, headline=True)]
        for event in found or _sentence_events(sent, p, doc, issue, context):  # the own parse only if needed
            for start, end, speaker in quotes:
                if start <= event["start"] < end:
                    event["claimed_by"] = speaker or _speaker_near(doc, start, end)
                    break
            events.append(event)
    return events


def _sentence_events(sent: Span, p: Patterns, doc: Doc, issue: str | None, context: Counter[str],
                     headline: bool = False) -> list[dict[str, Any]]:
    triggers = _candidates(sent, p) or (_headline_verb(sent, p) if headline else []) or _nominal(sent, p)
    main = _main_triggers(triggers, p)
    if main and all(_embedded(t.verb) for t in main):
        # Only background acts ("… students who were demanding reforms"): the main clause may name
        # its event by a noun ("There were clashes …", "The arrests came after …").
        main = _nominal(sent, p, main_clause=True) + main
    events = []
    for trigger in main:
        verb = trigger.verb
        enacting = _enacted_by(trigger, p)
        depth = _depth(_charged_clause(trigger, p) or enacting or verb)
        embedded = _embedded(enacting or verb)
        for event in _code_one(trigger, _demand_clause(verb, p), p, doc, issue, context):
            event["depth"] = depth
            event["embedded"] = embedded
            events.append(event)
    return events


#: Words a headline capitalises that are not names: a sentence-case spelling lowercases them.
_FUNCTION_WORDS = frozenset({"a", "an", "the", "in", "on", "at", "to", "for", "of", "from", "with", "by",
                             "against", "over", "after", "before", "as", "into", "near", "and", "or", "but",
                             "amid", "says", "say", "said", "is", "are", "was", "were", "be", "has",
                             "have", "had", "will", "would", "may", "not", "no", "new", "its", "their"})


def _title_case(sent: Span) -> bool:
    """A headline spelling: nearly every word after the first is capitalised ("Japan Halts Aid To Burma")."""
    words = [t for t in sent[1:] if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


#: The common words of each Patterns, kept with it: an id alone may be reused once its object is gone.
_COMMON: dict[int, tuple[Patterns, frozenset[str]]] = {}


def _common_words(p: Patterns) -> frozenset[str]:
    """Words that are no names: event cues, party nouns ("rebels", "army"), function words."""
    cached = _COMMON.get(id(p))
    if cached is None or cached[0] is not p:
        cues = p.heads | frozenset(p.light_nouns) | frozenset(w for key in p.phrases for w in key.split())
        parties = frozenset(w for w in actors.dictionaries().sectors if " " not in w)
        cached = _COMMON[id(p)] = (p, frozenset(w for w in cues | parties if " " not in w) | (
            _FUNCTION_WORDS | QUANTITIES | PARTICLES | PARTY_WORDS))
    return cached[1]


def _is_common(word: str, p: Patterns) -> bool:
    """Is `word` (lowercase) a common word, inflected or not ("halts", "seized", "attacks")?"""
    known = _common_words(p)
    if word in known:
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and word[:-len(suffix)] + repl in known:
            return True
    return False


def _sentence_case(sent: Span, p: Patterns) -> str:
    """The sentence with its common words lowercased (names stay): same length, same offsets."""
    out = []
    for token in sent:
        word = token.text
        if word.isupper() and len(word) > 4:
            word = word.title()  # "REBELS ATTACK" → "Rebels Attack": acronyms (UN, NATO) stay
        if token.i > sent.start and word[:1].isupper() and _is_common(word.lower(), p):
            word = word.lower()
        out.append(word + token.whitespace_)
    text = "".join(out)
    return text if text.rstrip()[-1:] in ".!?\"'”" else text.rstrip() + "."  # a headline has no full stop


#: Present-tense endings of a headline verb ("halts", "denies", "pushes") and what the lemma ends in.
_PRESENT = (("", ""), ("ies", "y"), ("es", ""), ("s", ""))


def _headline_verb(sent: Span, p: Patterns) -> list[Trigger]:
    """A headline the parser reads as one noun phrase ("Rebels attack army base"): its cue verb.

    Only when the sentence has no verb of its own; the word must follow a noun (its subject), and a
    stopping verb takes its type from the event noun after it ("halts aid").
    """
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in sent):
        return []
    for token in sent[1:]:
        word = token.lower_
        stems = (word[:len(word) - len(cut)] + add for cut, add in _PRESENT if word.endswith(cut))
        lemma = next((stem for stem in stems if stem in p.verbs), None)
        if lemma is None or token.nbor(-1).pos_ not in ("NOUN", "PROPN"):
            continue
        event_type, mode = _split(p.verbs[lemma])
        noun = next((t for t in sent[token.i - sent.start + 1:] if t.pos_ == "NOUN"), None)
        stopping = _stopping(token, noun, p) if noun is not None and lemma in p.stop_verbs else None
        if stopping is not None:
            event_type, mode = stopping
        return [Trigger(token, event_type, mode, [token])]
    return []


def _moved(event: dict[str, Any], sent: Span) -> dict[str, Any]:
    """An event found in a re-parsed sentence, with offsets and words of the document's own text."""
    offset, text = sent.start_char, sent.doc.text
    start, end = event["start"] + offset, event["end"] + offset
    moved = {**event, "start": start, "end": end, "text": text[start:end], "sentence": sent.text.strip()}
    for role in ("source", "target"):
        actor = event.get(role)
        if actor:
            a_start, a_end = actor["start"] + offset, actor["end"] + offset
            moved[role] = {**actor, "start": a_start, "end": a_end, "text": text[a_start:a_end]}
    return moved


def _embedded(token: Token) -> bool:
    """Is the act background: in a relative or participial clause, or a when/if/after clause?"""
    while token.head.i != token.i:
        if _lost_main_verb(token):
            return False
        if token.dep_ in ("relcl", "acl", "amod", "pobj", "pcomp") or (token.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in token.children)):
            return True
        token = token.head
    return False


def _lost_main_verb(verb: Token) -> bool:
    """The small model's misparse of "Iran, which has …, threatened on Tuesday to …", "Hundreds of
    students protested …": the sentence's verb hung on its subject as a participle, the subject left as
    the root of a sentence without a verb (a participle with its agent is one: "talks held by …").
    """
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and verb.i > head.i
            and not any(c.dep_ == "agent" for c in verb.children))


def _charged_clause(trigger: Trigger, p: Patterns) -> Token | None:
    """ "Iran is training militants, the US alleged": the clause an accusation after it makes.

    The parser hangs the accusing verb on that clause (or, misled, on the noun before it as a
    participle: "…, the US military alleged"); the accusation is the sentence's event.
    """
    verb = trigger.verb
    if not (trigger.type == "ACCUSE" or _lemma(verb) in p.official_senses):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.left_edge.i > 0 and head.left_edge.nbor(-1).text == "," and all(
            c.dep_ in ("npadvmod", "advmod", "punct") or (c.dep_ == "prep" and any(
                t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) for c in verb.children):
        head = head.head  # nothing after the verb but when: not "…, the minister accused of fraud"
    elif verb.dep_ not in ("parataxis", "ccomp") or not _after_comma(verb):
        return None  # "would allow the agency to inspect": a complement, not an allegation after the fact
    return head if head.i < verb.i and head.pos_ in ("VERB", "AUX") else None


def _after_comma(verb: Token) -> bool:
    """Does the verb's clause follow a comma or dash ("…, the US alleged")?"""
    edge = verb.left_edge
    return edge.i > 0 and (edge.text in (",", "—", "--") or edge.nbor(-1).text in (",", "—", "--"))


def _enacted_by(trigger: Trigger, p: Patterns) -> Token | None:
    """The verb that signs, passes or issues the decree or law doing this act ("signed a decree lifting")."""
    verb = trigger.verb  # "a decree lifting …", "a decree that bars …"
    if verb.dep_ not in ("acl", "relcl") or verb.head.dep_ != "dobj":
        return None
    if _lemma(verb.head) not in p.instrument_nouns:
        return None
    return verb.head.head if _lemma(verb.head.head) in p.enacting_verbs else None  # not "rejected a bill …"


def _main_triggers(triggers: list[Trigger], p: Patterns) -> list[Trigger]:
    """Drop the triggers that belong to another one.

    A complement of an event verb is part of that event ("threatened to cut off" is one THREATEN),
    unless the governing verb is transparent ("sought to expel", "helped evacuate"): then the
    complement is the event and the governor goes.  A demanded clause stands on its own.
    """
    by_verb = {t.verb.i: t for t in triggers}
    dropped: set[int] = set()
    for trigger in triggers:
        charged = _charged_clause(trigger, p)
        if charged is not None:
            dropped.add(charged.i)  # what is alleged is part of the allegation
            continue
        enacting = _enacted_by(trigger, p)
        if enacting is not None and enacting.i in by_verb:
            dropped.add(enacting.i)  # "signed a decree lifting the curfew": the decree's act is the event
            continue
        governor = _governor(trigger.verb)
        if governor is None or governor.i not in by_verb or _demand_clause(trigger.verb, p):
            continue
        own_words = len(by_verb[governor.i].tokens) > 1  # "voted down a bill to allow …": not transparent
        passes = _lemma(governor) in p.transparent and not own_words and not _demand_clause(governor, p)
        passes = passes or _comments_on(governor, trigger.verb)
        dropped.add(governor.i if passes else trigger.verb.i)
    for trigger in triggers:  # "the cabinet met on Sunday and decided to …": the session is no consultation
        if trigger.type == "CONSULT" and _session(trigger.verb, p) and any(
                t.verb.i in _joined(trigger.verb) and t.verb.i not in dropped and not _embedded(t.verb)
                for t in triggers if t is not trigger):
            dropped.add(trigger.verb.i)
    return [t for t in triggers if t.verb.i not in dropped]


def _comments_on(verb: Token, clause: Token) -> bool:
    """ "X accused Y of …, a charge Y denied": the parser makes the comment the root, the act its clause."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.i < subj.i and (
        subj.left_edge.i > 0 and subj.left_edge.nbor(-1).text == ",") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)


def _session(verb: Token, p: Patterns) -> bool:
    """A body meeting with no counterpart named ("the cabinet met"): the session of one party."""
    return _lemma(verb) in p.session_verbs and not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "between")) for c in verb.children)


def _joined(verb: Token) -> set[int]:
    """The tokens of the clauses coordinated with `verb`'s, not of its own."""
    joined = {t.i for c in verb.conjuncts for t in c.subtree}
    own = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return joined - own


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _conjuncts(token: Token | None) -> list[Token | None]:
    """A party and the parties coordinated with it ("Congo and Costa Rica"), at most four."""
    if token is None:
        return [None]
    out: list[Token | None] = [token]
    for other in token.conjuncts:
        if other.i > token.i and len(out) < 4 and (other.pos_ in ("PROPN", "NOUN", "PRON")):
            out.append(other)
    return out


def _acts_through_party(verb: Token, p: Patterns) -> bool:
    """False when the subject says no one acted: "an earthquake hit …", "two weeks allow …"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:  # "…, killing dozens": the subject of the clause it hangs on
        head = verb.head
        if verb.dep_ in ("advcl", "conj", "xcomp") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return _acts_through_party(head, p)
        return True
    if subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head  # "an earthquake that struck …"
    head = _of_quantity(subj)
    if head.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"):
        return False
    words = [head, *(c for c in head.children if c.dep_ == "compound")]  # "Typhoon Phanfone"
    return not any(_lemma(w) in p.non_agents for w in words)


def _named_party_after(verb: Token, source: Token | None) -> Token | None:
    """Last resort for a target: the first named party in the event's own clause after the verb."""
    taken = {t.i for t in _phrase(_head_of(source)).subtree} if source is not None else set()
    own = _CLAUSES - {"xcomp"}  # "agreed to set up a centre in Tokyo": the complement is the same act
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in own]
    seen = []
    while stack:
        tok = stack.pop()
        seen.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in own)
    for tok in sorted(seen, key=lambda t: t.i):
        if tok.ent_type_ in ACTOR_LABELS and tok.ent_iob_ == "B" and tok.i not in taken:
            ent = next(e for e in tok.doc.ents if e.start == tok.i)
            return ent.root
    return None


def _happening_parties(noun: Token) -> tuple[Token | None, Token | None]:
    """ "clashes (erupted) between police and protesters": the two sides of an event named by a noun."""
    preps = [c for head in (noun, noun.head) for c in head.children if c.dep_ == "prep"]
    for prep in (c for c in preps if c.lower_ in ("between", "by", "among")):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            partner = next(iter(c for c in pobj.conjuncts if c.i > pobj.i), None)
            return pobj, partner
    return None, None


def _event_noun_type(noun: Token | None, p: Patterns) -> str | None:
    """The PLOVER type an event noun names ("military action", "talks"), with its modifier first."""
    if noun is None:
        return None
    keys = [f"{_lemma(c)} {_lemma(noun)}" for c in noun.children if c.dep_ in ("amod", "compound")]
    keys += [f"{_lemma(noun)} of {_lemma(o)}" for o in _prep_objects(noun, ("of",))]  # "the use of force"
    kind = next((p.light_nouns[k] for k in [*keys, _lemma(noun)] if k in p.light_nouns), None)
    return _split(kind)[0] if kind else None


def _blocks_proposal(trigger: Trigger, p: Patterns) -> bool:
    """Is what is banned or blocked a proposal ("blocked the plan", "prevented the adoption of the bill")?"""
    obj = _object(trigger.verb)
    if obj is None:
        return False
    return any(_lemma(n) in p.proposal_nouns for n in (obj, *_prep_objects(obj, ("of",))))


def _calls_for_measures(trigger: Trigger, target: Token, p: Patterns) -> bool:
    """Is a request one for sanctions or force against the target (CAMEO 113, rally opposition against)?"""
    verb = trigger.verb
    asked = [n for n in (trigger.noun, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")),
                         *_prep_objects(verb, ("for",))) if n is not None]
    hostile = ("SANCTION", "COERCE", "ASSAULT")
    return any(_lemma(n) in p.light_nouns and _split(p.light_nouns[_lemma(n)])[0] in hostile
               and target.i in {t.i for t in n.subtree} for n in asked)


#: Things only words can attack: "attacked the inquiry (the decision, the remarks)".
_SAYINGS = frozenset({"decision", "policy", "remark", "statement", "comment", "speech", "report", "inquiry",
                      "investigation", "ruling", "verdict", "idea", "stance", "law"})


def _said_of(verb: Token, p: Patterns) -> bool:
    """Is the verb's object a proposal, a decision or a saying (an attack on it is in words)?"""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (_lemma(obj) in p.proposal_nouns or _lemma(obj) in _SAYINGS)


def _speaks(party: Token, p: Patterns) -> bool:
    """A party that acts in words: a minister, a spokesman, a newspaper, a parliament, a court."""
    head = _head_of(party)
    return _lemma(head) in p.speaker_nouns or actors.sector(_phrase(head).text) in ("MED", "LEG", "JUD")


def _demanding_message(verb: Token, p: Patterns) -> Token | None:
    """The object of a verb when it is a message saying another party must act."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        for clause in (c for c in obj.children if c.dep_ in ("acl", "ccomp")):
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
                    c.dep_ == "aux" and c.lower_ in p.modal_demand for c in clause.children):
                return obj
    return None


def _sent_to_help(verb: Token, p: Patterns) -> bool:
    """Forces sent for someone's sake: a purpose clause that aids ("to help defend", "to protect")."""
    for comp in _complements(verb):
        inner = [comp, *(c for c in comp.children if c.dep_ in ("xcomp", "ccomp"))]  # "to help defend"
        if any(_split(p.verbs.get(_lemma(c), ""))[0] == "AID" for c in inner):
            return True
    return False


def _moved_party(verb: Token) -> Token:
    """Who is moved: the object, or the subject of a passive ("peacekeepers were flown out")."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), verb)


def _recipient(verb: Token) -> Token | None:
    """Who is handed something: the "to" party of the verb, or of its object (the parser's attachment)."""
    handed = _object(verb)
    return next(_prep_objects(verb, ("to",)), None) or (
        next(_prep_objects(handed, ("to",)), None) if handed is not None else None)


def _hands_over_suspects(verb: Token) -> bool:
    """ "handed over the drug lord (three suspected militants) to U.S. authorities"."""
    handed = _object(verb)
    recipient = _recipient(verb)
    if handed is None or recipient is None:
        return False
    who = _of_quantity(handed)
    suspects = (actors.sector(_phrase(who).text) in OUTLAW_SECTORS or _lemma(who) == "suspect"
                or any(c.lower_ == "suspected" for c in handed.children))
    return suspects and (recipient.ent_type_ == "GPE" or actors.sector(_phrase(recipient).text) in (
        "GOV", "COP", "JUD"))


def _rallied_people(obj: Token) -> bool:
    """People one rallies ("rallied pressure groups"), not a body rallied at ("outside parliament")."""
    obj = _of_quantity(obj)
    plural = obj.tag_ in ("NNS", "NNPS") and obj.ent_type_ not in PLACE_LABELS
    return plural and _is_actor(obj, _sector_words())


def _private_people(party: Token) -> bool:
    """People who stand for no state: journalists, migrants, "300 Indonesians" (not "two diplomats")."""
    head = _head_of(party)
    sector = actors.sector(_phrase(head).text)
    if sector is not None:
        return sector in CIVIL_SECTORS | {"MED"}
    return head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")


def _by_parties(event_type: str, mode: str | None, trigger: Trigger, source: Token | None,
                target: Token | None, p: Patterns) -> tuple[str, str | None]:
    """The type some acts take from who does them to whom.

    Joint exercises or inquiries are cooperation; protesters' violence is a riot (CAMEO 145); force
    by police or troops on protesters is violent repression, CAMEO 175: a COERCE code in the CAMEO
    codebook and in the PLOVER gold standard's coding (the 2021 table moves it to ASSAULT).
    """
    if event_type in JOINT_ACTS and _joint(trigger):
        return "COOPERATE", None
    if event_type == "COERCE" and mode in (None, "restrict", "ban") and _blocks_proposal(trigger, p):
        return "REJECT", None  # "prevented the adoption of the resolution"
    if event_type == "SANCTION" and mode == "expel" and target is not None and _private_people(target):
        return "COERCE", "deport"  # expelling journalists or migrants deports them (CAMEO 174)
    if event_type == "RETREAT" and mode in ("return", "release") and _hands_over_suspects(trigger.verb):
        return "COOPERATE", None  # suspects handed over to another state: judicial cooperation (CAMEO 063)
    if event_type == "PROTEST" and mode == "obstruct" and source is not None and actors.sector(
            _phrase(_head_of(source)).text) in ARMED_SECTORS | {"COP"}:
        return "COERCE", "restrict"  # soldiers blocking a road restrict movement (CAMEO 191)
    if source is None or event_type not in ("ASSAULT", "COERCE"):
        return event_type, mode
    if _lemma(_head_of(source)) in p.protester_nouns:
        return "PROTEST", "riot"
    doer = _head_of(source)
    harms_party = mode == "destroy" and target is not None  # "set fire to the offices of the party"
    if event_type == "COERCE" and not harms_party and (actors.sector(_phrase(doer).text) in CIVIL_SECTORS or (
            doer.ent_type_ == "NORP" and doer.tag_ in ("NNS", "NNPS"))):
        return "PROTEST", "obstruct"  # "students (Kurds) occupied the embassy": dissent, not coercion
    if event_type == "COERCE" and mode in (None, "restrict", "ban") and target is not None and actors.sector(
            _phrase(_head_of(target)).text) == "IGO":
        return "REJECT", None  # "barred UN inspectors": declining international involvement (CAMEO 1245)
    if event_type == "ASSAULT" and target is not None and not trigger.happening and _lemma(
            _head_of(target)) in p.protester_nouns and actors.sector(_phrase(_head_of(source)).text) in (
            "COP", "MIL"):
        return "COERCE", None
    return event_type, mode


def _code_one(trigger: Trigger, demand: bool, p: Patterns, doc: Doc, issue: str | None,
              context: Counter[str]) -> list[dict[str, Any]]:
    """The event of one trigger: one record per source and target when they are coordinated."""
    verb = trigger.verb
    event_type, mode = trigger.type, trigger.mode
    if event_type in JOINT_ACTS and _joint(trigger):
        event_type, mode = "COOPERATE", None  # joint exercises, done or announced (then AGREE)
    if event_type == "ASSAULT" and trigger.noun is not None and any(
            c.dep_ == "amod" and c.lower_ == "joint" for c in trigger.noun.children):
        event_type, mode = "COOPERATE", None  # "carried out a joint operation": military cooperation (062)
    rallied = _object(verb) if _lemma(verb) in p.rallying_verbs else None
    if event_type in ("MOBILIZE", "PROTEST") and rallied is not None and not _is_force(
            _of_quantity(rallied)) and (event_type == "MOBILIZE" or _rallied_people(rallied)):
        event_type, mode = "SUPPORT", None  # "mobilised lobbying firms", "rallied pressure groups"
        trigger = Trigger(verb, event_type, mode, trigger.tokens, rallied)  # they are means, not the target
    if event_type == "MOBILIZE" and _sent_to_help(verb, p):
        event_type, mode = "AID", None  # "send troops to help protect the mission": protection (CAMEO 074)
    if event_type == "RETREAT" and mode == "withdraw" and _lemma(_moved_party(verb)) in p.evacuee_nouns:
        event_type, mode = "AID", None  # "airlifted wounded civilians out of the city": an evacuation
    if event_type == "RETREAT" and mode == "withdraw" and _lemma(_moved_party(verb)) in OBSERVERS:
        event_type, mode = "SANCTION", "expel"  # peacekeepers or observers pulled out (CAMEO 1661, 1662)
    complements = _complements(verb)
    negated = _is_negated(verb) or _denied_intent(verb, p)
    target: Token | None
    if trigger.nominal:
        source, target = _nominal_parties(verb)
        holder = verb.head if verb.dep_ == "dobj" and verb.head.pos_ == "VERB" else None
        if holder is not None and _lemma(holder) in p.foil_verbs:
            holder = None  # "security forces thwarted an attack": not theirs
        if verb.dep_ == "pobj" and verb.head.head.pos_ in ("VERB", "AUX"):
            source = source or _subject(verb.head.head)[0]  # "detainees have been on hunger strike"
        if holder is not None:  # "Washington is considering sanctions": who considers, and with what intent
            source = source or _subject(holder)[0]
            if _lemma(holder) in p.intent_verbs:
                event_type, mode = ("AGREE", None) if event_type in p.cooperative else (
                    ("THREATEN", mode) if event_type in p.hostile else (event_type, mode))
    elif trigger.happening and trigger.noun is not None:
        source, target = _happening_parties(trigger.noun)
    elif trigger.undergone and trigger.noun is not None:
        target = _subject(verb)[0]
        source = next((c for c in _prep_objects(trigger.noun, ("from", "by"))), None) or next(
            _prep_objects(verb, ("from", "by")), None) or next(  # "won the backing of the EU"
            (c for c in _prep_objects(trigger.noun, ("of",)) if _is_actor(c, _sector_words())), None)
    else:
        if not _acts_through_party(verb, p):
            return []  # "an earthquake hit …", "my thoughts go to …": no one did it
        source, passive_target = _subject(verb, passive_is_source=event_type in SELF_ACTS)
        if demand:
            # "X said Y must …": X requests of Y; the reporter is the governing verb's subject.
            target = source
            source = _subject(_demander(verb))[0]
            event_type, mode = "REQUEST", None
        else:
            target = passive_target or _target(trigger, complements, p)
            if _is_intent(verb, p) and event_type in p.cooperative:
                event_type, mode = "AGREE", None
            elif _is_intent(verb, p) and (event_type in p.hostile or (
                    event_type == "PROTEST" and _conditional(verb))):
                event_type = "THREATEN"  # "will stage protests if the results stand" (CAMEO 133)
    if negated and event_type == "REJECT":
        left_open = _event_noun_type(_object(verb), p)  # "has not ruled out military action"
        if left_open in p.hostile or left_open in p.cooperative:
            event_type, mode = ("THREATEN" if left_open in p.hostile else "AGREE"), None
            negated = False
    if negated and event_type in p.cooperative:
        event_type, mode = "REJECT", None
    if source is None and mode in ("expel", "deport") and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "Two diplomats were expelled from Norway": the state they leave expels them
        source = next((c for c in _prep_objects(verb, ("from",)) if c.ent_type_ == "GPE"), None)
    if verb.dep_ == "acl" and _lemma(verb.head) in p.attempt_nouns and _lemma(verb.head.head) in p.foil_verbs:
        source = next(_prep_objects(verb.head, ("by",)), None)  # "a plot (by X) to bomb …, foiled by police"
    enacting = _enacted_by(trigger, p)
    if enacting is not None and (source is None or _lemma(source) in p.instrument_nouns):
        source = _subject(enacting)[0]  # "the president signed a decree lifting (that lifts) …"
    charged = _charged_clause(trigger, p)
    if charged is not None and verb.dep_ == "acl" and source is None:
        source = verb.head  # "…, the US military alleged", parsed as a participle on "military"
    content = charged or (verb.head if verb.dep_ in ("parataxis", "ccomp") else None)
    if target is None and content is not None and content.i < verb.i and not trigger.nominal:
        # "Croatian authorities are failing …, a rights group protested": the clause is about its subject
        target = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if target is None and not trigger.happening:
        target = _named_party_after(verb, source)
    event_type, mode = _by_parties(event_type, mode, trigger, source, target, p)
    if event_type == "COOPERATE" and trigger.type == "RETREAT":
        target = _recipient(verb) or target  # who receives the suspects
    official = _lemma(verb) in p.official_senses and source is not None and (
        actors.sector(_phrase(_head_of(source)).text) in OFFICIAL_SECTORS
        or _head_of(source).ent_type_ in ("GPE", "ORG"))
    if official:  # a state or an agency "protests" in words, it does not march
        event_type, mode = _split(p.official_senses[_lemma(verb)])
    if _lemma(verb) in p.verbal_senses and ((source is not None and _speaks(source, p)) or _said_of(verb, p)):
        event_type, mode = _split(p.verbal_senses[_lemma(verb)])  # "the news agency attacked Washington"
    sources, targets = _conjuncts(source), _conjuncts(target)
    if event_type == "REQUEST" and target is not None and _calls_for_measures(trigger, target, p):
        event_type, mode = "ACCUSE", "disapprove"  # "called for sanctions against X" rallies opposition
    mutual = event_type in SYMMETRIC or _lemma(verb) in MUTUAL_ACTS
    if source is not None and mutual and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]  # "Israel and Lebanon renewed negotiations"
    words = sorted(trigger.tokens, key=lambda t: t.i)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    date, date_end = _event_date(verb, issue)
    shared = {
        "type": event_type, "mode": mode, "cameo": cameo_code(event_type, mode),
        "context": _context(verb, p), "negated": negated,
        "text": " ".join(t.text for t in words), "start": start, "end": end,
        "sentence": verb.sent.text.strip(), "date": date, "date_end": date_end,
        "place": _event_place(verb, trigger, context), "claimed_by": None,
    }
    records = []
    for src in sources:
        for tgt in targets:
            source_record, target_record = _actor_dict(src, doc), _actor_dict(tgt, doc)
            if source_record and target_record and source_record["text"].lower() == target_record[
                    "text"].lower():
                target_record = None  # "ISIS denied its …": no one acts on themselves
            records.append({**shared, "source": source_record, "target": target_record})
    return records


def _doc_events(doc: Doc) -> list[dict[str, Any]]:
    return list(doc.user_data.get("bs_events", ()))


if not Doc.has_extension("bs_events"):
    Doc.set_extension("bs_events", getter=_doc_events)


@Language.factory("broadsheet_events", default_config={"patterns": None})
def make_events(nlp: Language, name: str, patterns: str | None) -> EventCoder:
    """spaCy factory: ``nlp.add_pipe("broadsheet_events")`` after the parser and NER."""
    return EventCoder(patterns, nlp)


def primary(events: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The main event of a sentence: a main-clause one nearest the root of the parse, then the first."""
    ranked = sorted(events, key=lambda e: (e.get("embedded", False), e.get("depth", 0), e["start"]))
    return ranked[0] if ranked else None


def _actor(record: dict[str, Any] | None) -> Actor | None:
    if not record:
        return None
    return Actor(text=record["text"], entity_id=record.get("entity_id"), country=record.get("country"),
                 sector=record.get("sector"))


def to_article(doc: Doc, article: Article) -> None:
    """Copy the document's events to `article.events` (offsets into `article.text`)."""
    article.events = []
    for e in doc._.bs_events:
        place = e.get("place")
        article.events.append(Event(
            type=e["type"], text=e["text"], start=e["start"], end=e["end"], cameo=e.get("cameo"),
            mode=e.get("mode"), context=e.get("context"), source=_actor(e.get("source")),
            target=_actor(e.get("target")), date=e.get("date"), date_end=e.get("date_end"),
            place=Place(**place) if place else None, claimed_by=e.get("claimed_by"),
            negated=bool(e.get("negated")), sentence=e.get("sentence"),
        ))
