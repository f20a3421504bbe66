"""Whether a named company takes part in the deal an article reports, from the words around it.

News names more companies than take part: the rival that lost the tender, the owner of one
party, the buyer of an earlier deal, the analyst's firm. What takes part is named with a role
("a contract with X", "supplied by X", "acquires X"), as the subject of a deal verb ("X signed"),
or introduced as the unnamed party of the headline ("The Ukrainian developer, X, will…").
"""

from __future__ import annotations

import re

# Up to four words between the role word and the name: "with India's Adani", "from the Israeli
# manufacturer Elbit", without crossing a comma or a sentence.
_GAP = r"\s+(?:[\w'’&.-]+\s+){0,4}$"
ROLE_BEFORE = re.compile(
    r"\b(?:with|from|by|between|and|acquir\w*|acquisition of|takeover of|take over|"
    r"bought|buys?|buying|purchase of|stake in|invest(?:s|ed|ment|ing)? in|order(?:ed)? from|"
    r"contract(?:ed)? with|agreement with|deal with|partner(?:ed|ship|ing)? with|supplied by|"
    r"made by|built by|produced by|manufactured by|developed by|licen[cs]ed? from|"
    # The same roles in the other languages we read: "mit", "avec", "con", "z", "с", "з".
    r"mit|von|avec|auprès de|de la société|con|da|z|ze|od|с|со|з|від|у)" + _GAP,
    re.IGNORECASE,
)
ROLE_AFTER = re.compile(
    r"\s*(?:\([^)]{1,60}\)\s*)?(?:,[^,.]{1,80},\s*)?(?:(?:has|have|had|will|would|is|are|was|"
    r"were|could|may|plans to|is to|also)\s+)?(?:\w+ly\s+)?(?:sign|agree|won\b|wins|win\b|"
    r"award|secur|suppl|deliver|acquir|buy|bought|invest|form|set up|sets up|team|partner|"
    r"licen|build|produc|manufactur|transfer|ink|clinch|land|order|sell|sold|took|takes|take|"
    r"complet|join|open|ship|unterzeichn|liefer|übernimm|kauft|signe|livre|rachète|firm|"
    r"adquier|compra|suministr|fornir|acquis|подпис|постав|підпис)",
    re.IGNORECASE,
)
# "The Ukrainian developer, Wild Hornets, will…": the unnamed party of the headline, named.
INTRODUCED = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}(?:company|firm|developer|maker|manufacturer|"
    r"start-?up|target|buyer|seller|supplier|partner|investor|producer|group|contractor)"
    r"(?:\s+involved|\s+concerned)?,\s*(?:[\w'’-]+-based\s+)?$",
    re.IGNORECASE,
)
# "An agreement between X and Y": both named as its parties, whenever it was signed.
BETWEEN = re.compile(
    r"\b(?:between|entre|zwischen|tra|fra|між|между|pomiędzy|między)\s[^,.;:]{0,80}$"
)
# Named as something other than a party of this deal: a rival, an owner, an analyst's firm,
# a source, an example.
NOT_PARTY_BEFORE = re.compile(
    r"\b(?:rivals?|competitors?|competing|unlike|such as|beat(?:ing)?|outbid|lost to|losing to|"
    r"analysts? (?:at|with|from)|according to|owned by|part of|subsidiary of|unit of|"
    r"division of|parent(?: company)?|customers? includ\w*|previously (?:with|from)|"
    r"in competition with|ahead of)" + _GAP,
    re.IGNORECASE,
)
NOT_PARTY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:rivals?|competitors?|subsidiary|analysts?|unit|division)\b", re.IGNORECASE
)
# A sentence about the past or about other business: background to this deal, not the deal.
BACKGROUND = re.compile(
    r"\b(?:earlier this year|last year|a year ago|years ago|months ago|previously|formerly|"
    r"already|in the past|in (?:19|20)\d\d|since (?:19|20)\d\d|other partnerships|"
    r"other (?:contracts|deals|customers)|has (?:also )?(?:sold|supplied|exported)|"
    r"follows? (?:on )?(?:from|up on)|follow-up to|paved the way|"
    r"bereits|zuvor|im vergangenen jahr|déjà|auparavant|l'an dernier|l'année dernière|"
    r"anteriormente|el año pasado|già|l'anno scorso|wcześniej|już|ранее|уже|раніше|вже)\b",
    re.IGNORECASE,
)
# Quoted speech: the countries a speaker names are their view, not the parties.
QUOTE = re.compile(r"[\"“«„][^\"”»“\n]{8,}[\"”»“]")


def role_evidence(text: str, start: int, end: int) -> bool:
    """A role or a deal verb right around the name at text[start:end]."""
    before = text[max(0, start - 60) : start]
    return bool(
        ROLE_BEFORE.search(before) or INTRODUCED.search(before) or ROLE_AFTER.match(text, end)
    )


def introduced(text: str, start: int) -> bool:
    return bool(INTRODUCED.search(text[max(0, start - 60) : start]))


def named_between(text: str, start: int) -> bool:
    return bool(BETWEEN.search(text[max(0, start - 100) : start]))


def not_a_party(text: str, start: int, end: int) -> bool:
    """Named as a rival, owner, analyst's firm, source or example."""
    before = text[max(0, start - 60) : start]
    return bool(NOT_PARTY_BEFORE.search(before) or NOT_PARTY_AFTER.match(text, end))


def is_background(sentence: str) -> bool:
    return bool(BACKGROUND.search(sentence))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTE.finditer(text)]
