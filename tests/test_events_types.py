"""One or more plain news sentences for every PLOVER type: the main event of each is coded as that type.

The sentences are ours (not from the PLOVER gold standard the bench scores), written in wire-copy style
with the constructions the rules must handle: light verbs, particles, passives, purpose clauses,
coordinated parties, events named by a noun.
"""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.config import Settings
from broadsheet.nlp import events
from broadsheet.nlp.pipeline import load_nlp

SENTENCES = [
    ("AGREE", "Ethiopia and Eritrea agreed on Sunday to reopen their shared border."),
    ("AGREE", "The Colombian government pledged to resettle thousands of displaced farmers."),
    ("AGREE", "Hamas said it was ready to accept a long-term truce with Israel."),
    ("AGREE", "The Pope will visit Iraq next month."),  # an announced visit is an intent to meet
    ("CONSULT", "The Chinese foreign minister met his Indian counterpart in New Delhi on Thursday."),
    ("CONSULT", "Turkish President Recep Tayyip Erdogan hosted Iranian leaders in Ankara."),
    ("CONSULT", "Negotiators from both sides held a second round of talks in Geneva."),
    ("CONSULT", "Putin spoke by telephone with Erdogan about the situation in Syria."),
    ("SUPPORT", "The African Union praised Kenya's handling of the election dispute."),
    ("SUPPORT", "Canada formally recognised the new government in Caracas."),
    ("SUPPORT", "The prime minister apologised to the families of the victims."),
    ("SUPPORT", "The United States signed a defence agreement with the Philippines."),
    ("COOPERATE", "France and Germany shared intelligence on suspected militants."),
    ("COOPERATE", "Brazil extradited a suspected drug lord to the United States."),
    ("COOPERATE", "Kenyan and Somali forces are cooperating in the fight against al-Shabab."),
    ("AID", "Japan sent emergency food supplies to flood victims in Bangladesh."),
    ("AID", "The World Bank granted Ukraine a $500 million loan."),
    ("AID", "Jordan has given shelter to more than 600,000 Syrian refugees."),
    ("AID", "Doctors Without Borders treated hundreds of wounded civilians."),
    ("CONCEDE", "The military junta eased restrictions on opposition parties."),
    ("CONCEDE", "The president resigned after weeks of mass protests."),
    ("RETREAT", "Authorities lifted the state of emergency in the eastern provinces."),  # CAMEO 0814
    ("COERCE", "The governor declared a state of emergency after the riots."),
    ("RETREAT", "Russian forces withdrew from the town of Kherson."),
    ("RETREAT", "The rebels released twelve hostages on Tuesday."),
    ("RETREAT", "The army declared a unilateral ceasefire in the south."),
    ("RETREAT", "The government allowed UN inspectors to visit the sites."),
    ("RETREAT", "Armed groups handed over their weapons to the peacekeepers."),
    ("REQUEST", "The United Nations urged both sides to end the fighting."),
    ("REQUEST", "Opposition leaders called for an independent inquiry into the shooting."),
    ("REQUEST", "Human Rights Watch asked the government to release detained journalists."),
    ("REQUEST", "The Kurdish leader appealed to the international community for help."),
    ("REQUEST", "Iraq demanded that Turkey withdraw its troops from its territory."),
    ("ACCUSE", "Washington accused Moscow of interfering in the election."),
    ("ACCUSE", "The European Union condemned the execution of the activists."),
    ("ACCUSE", "Prosecutors charged the former minister with corruption."),
    ("ACCUSE", "Officials blamed the attack on a little-known militant group."),
    ("ACCUSE", "Police are investigating the death of a prisoner in custody."),
    ("REJECT", "Israel rejected the ceasefire proposal."),
    ("REJECT", "The government refused to negotiate with the kidnappers."),
    ("REJECT", "The president vetoed the bill passed by parliament."),
    ("REJECT", "Tehran dismissed the allegations as baseless."),
    ("THREATEN", "North Korea threatened to launch missiles at Guam."),
    ("THREATEN", "The union warned that it would strike if wages were not raised."),
    ("THREATEN", "Washington threatened new sanctions against Tehran."),
    ("THREATEN", "The rebels vowed to attack any foreign troops entering the region."),
    ("PROTEST", "Thousands of students demonstrated in central Santiago against tuition fees."),
    ("PROTEST", "Workers at the state oil company went on strike on Monday."),
    ("PROTEST", "Farmers blocked highways across the country to protest fuel prices."),
    ("PROTEST", "Tens of thousands marched through Paris on Saturday against the pension reform."),
    ("PROTEST", "Prisoners began a hunger strike to protest their detention without trial."),
    ("PROTEST", "The opposition boycotted the parliamentary elections."),  # CAMEO 143
    ("SANCTION", "Saudi Arabia cut diplomatic ties with Qatar."),
    ("SANCTION", "Germany expelled two Russian diplomats."),
    ("SANCTION", "The EU suspended aid to the military government."),
    ("SANCTION", "Several countries recalled their ambassadors from Minsk."),
    ("MOBILIZE", "Pakistan deployed additional troops along the border with India."),
    ("MOBILIZE", "The government put the army on high alert."),
    ("MOBILIZE", "Police were mobilised across the capital ahead of the vote."),
    ("MOBILIZE", "Troops were massed on the border with Ukraine."),
    ("COERCE", "Security forces arrested dozens of opposition activists."),
    ("COERCE", "The authorities imposed a curfew in the city of Mandalay."),
    ("COERCE", "Iran seized a British oil tanker in the Strait of Hormuz."),
    ("COERCE", "The United States imposed sanctions on Venezuelan officials."),  # CAMEO 163 → COERCE
    ("COERCE", "Police fired tear gas to disperse demonstrators outside parliament."),
    ("COERCE", "The junta has banned all political gatherings."),
    ("COERCE", "Dozens of journalists have been detained since the coup."),
    ("ASSAULT", "Gunmen killed five soldiers in an ambush near the border."),
    ("ASSAULT", "Israeli jets bombed targets in the Gaza Strip overnight."),
    ("ASSAULT", "A suicide bomber blew himself up outside a mosque in Kabul."),
    ("ASSAULT", "At least 20 people were killed when a car bomb exploded in a crowded market in Baghdad."),
    ("ASSAULT", "Clashes erupted between police and protesters in the capital."),
    ("ASSAULT", "Rebel fighters stormed a military base in the north, officials said."),
    ("ASSAULT", "Government forces recaptured the town from Islamic State militants."),
    ("RETREAT", "Turkish troops pulled back from the Syrian border town."),
    ("SANCTION", "The United States halted military aid to Pakistan."),
    ("COERCE", "Egypt sentenced 75 people to death over the 2013 sit-in."),
    ("MOBILIZE", "Iran put its armed forces on alert after the drone strike."),
    ("THREATEN", "Beijing warned Washington against selling arms to Taiwan."),
    ("REJECT", "Hungary refused to take in refugees under the EU quota plan."),
    ("CONCEDE", "The government bowed to pressure and scrapped the fuel tax."),
    ("CONCEDE", "The ruling party accepted the opposition's demand for early elections."),
    ("RETREAT", "The militia handed back control of the airport to the government."),
    ("RETREAT", "Rebels evacuated the city under a deal brokered by Russia."),
    ("MOBILIZE", "Russia moved tanks and artillery closer to the Ukrainian border."),
    ("AGREE", "Germany pledged 100 million euros in humanitarian aid to Yemen."),  # a pledge is intent
]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp(Settings().spacy_model)


def test_every_plover_type_is_covered() -> None:
    assert {t for t, _ in SENTENCES} == set(events.PLOVER_TYPES)


@pytest.mark.parametrize(("expected", "text"), SENTENCES)
def test_main_event_type(nlp: Any, expected: str, text: str) -> None:
    main = events.primary(nlp(text)._.bs_events)
    assert main is not None, text
    assert main["type"] == expected
    assert main["cameo"] is not None and main["cameo"] == events.cameo_code(expected, main["mode"])


def test_clashes_between_two_sides_have_both_as_actors(nlp: Any) -> None:
    main = events.primary(nlp("Clashes erupted between police and protesters in the capital.")._.bs_events)
    assert main is not None
    assert (main["source"]["text"], main["target"]["text"]) == ("police", "protesters")


def test_a_ministry_protests_in_words_students_in_the_street(nlp: Any) -> None:
    text = "The Chinese foreign ministry protested the arrest of its citizens."
    ministry = events.primary(nlp(text)._.bs_events)
    students = events.primary(nlp("Students protested outside the ministry on Friday.")._.bs_events)
    assert ministry is not None and (ministry["type"], ministry["mode"]) == ("ACCUSE", "disapprove")
    assert students is not None and students["type"] == "PROTEST"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The United States halted military aid to Pakistan.", "United States", "Pakistan"),
    ("Beijing warned Washington against selling arms to Taiwan.", "Beijing", "Washington"),
    ("Government forces recaptured the town from Islamic State militants.", "Government forces",
     "Islamic State militants"),
    ("Authorities in Minsk detained more than 200 protesters on Sunday.", "Authorities in Minsk",
     "more than 200 protesters"),
])
def test_source_and_target(nlp: Any, text: str, source: str, target: str) -> None:
    main = events.primary(nlp(text)._.bs_events)
    assert main is not None
    assert (main["source"]["text"], main["target"]["text"]) == (source, target)
