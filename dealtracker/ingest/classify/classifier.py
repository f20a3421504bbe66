"""The classifier, in stages: entities → relevance and type → status → parties → details."""

from __future__ import annotations

import bisect
import hashlib
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from . import model as model_module
from . import participation
from .amounts import find_quantity, find_value
from .companies import (
    LEADING_NOISE,
    ORGANISATION_CUES,
    CompanyGazetteer,
    CompanyMatch,
    _country_after,
    builtin_companies,
    company_key,
    merge_companies,
    propose_organisations,
)
from .countries import CountryMention, country_gazetteer
from .countries_data import DEMONYMS
from .cues import STATUS_PRIORITY, cue_hits, status_hits
from .matcher import Match
from .schema import (
    ArticleInput,
    Classification,
    CompanyParty,
    CountryParty,
    KnownCompany,
    KnownDeal,
    KnownSystem,
    SystemMention,
)
from .systems import SystemGazetteer, builtin_systems, merge_systems, propose_systems
from .text import fold, fold_phrase, sentence_spans

DEAL_CUES = ("deal", "co_production", "sale", "tech_transfer", "licensing", "joint_venture",
             "investment", "acquisition", "mou", "other", "local_production", "own_site",
             "production_site", "produced_in", "joint_research", "services")  # fmt: skip
# When wording of several types meets in the same place, the more specific wins: the instrument
# signed (a memorandum) before what it is about, a change of ownership before money, the form of
# cooperation before the plain sale that most deals also involve.
TYPE_PRECEDENCE = ("mou", "acquisition", "joint_venture", "licensing", "tech_transfer",
                   "co_production", "investment", "other", "sale")  # fmt: skip
# Wording that several types share, and the type it leans to at a fraction of the weight: local
# production is mostly a licensed design, a company's own plant an investment, a plant or a
# production line of no stated owner co-production, joint R&D "other"; any of them gives way to
# the wording of the deal itself (a licence, a joint venture, a contract).
WEAK_TYPE_CUES = {
    "local_production": ("licensing", 0.5),
    "own_site": ("investment", 0.5),
    "production_site": ("co_production", 0.5),
    "produced_in": ("co_production", 0.5),
    "joint_research": ("other", 0.5),
    "services": ("other", 0.5),
}
# ...except in the headline, where a service contract on its own is the news.
HEADLINE_FULL_STRENGTH = frozenset({"services"})
# How much a type's wording counts by where it stands: headline, lead, a deal sentence, elsewhere
# (a deal sentence at 0.35-0.45 did best on our written deals, 0.25 and 0.3 less).
_PLACE_WEIGHT = (1.0, 0.6, 0.35, 0.1)
# "Acquire" and "adquirir" also mean buying equipment: then it is a sale, not a takeover.
_HARDWARE_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,4}?(?:\d|drone|uav|uas|unmanned|loitering|munition|system|aircraft|"
    r"vehicle|vessel|interceptor|radar|dron|бпла|беспилот|безпілот|ドローン|無人)",
    re.IGNORECASE,
)
# ...unless what is bought is a business: "acquires a drone maker", "acquisition of a stake".
_BUSINESS_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,5}?(?:maker|manufacturer|company|firm|developer|start-?up|business|"
    r"stake|producer|supplier|sp[eé]cialist|subsidiary|division|shares?|hersteller|fabricant|"
    r"fabricante|produttore|producent|unternehmen|empresa|soci[eé]t[eé]|entreprise|azienda|"
    r"spolk|bedrijf|\w*bouwer|компани|производител|виробник)",
    re.IGNORECASE,
)
# Buying a business is an acquisition: "buys a Portuguese drone maker", "compra un fabricante".
_BUY_VERB = re.compile(
    r"(?:buy|bought|purchas|compr|kauf|kauft|gekauft|achat|achete|acquist|koopt|kopen|gekocht|"
    r"zakup|купи|купу|покуп|купл|nakup|kupi)",
    re.IGNORECASE,
)
_BUSINESS_BOUGHT = re.compile(
    r"\W*(?:\w+\W+){0,4}?(?:maker|manufacturer|company|firm|developer|start-?up|business|"
    r"producer|supplier|sp[eé]cialist|subsidiary|division|hersteller|fabricant|fabricante|"
    r"produttore|producent|unternehmen|empresa|soci[eé]t[eé]|entreprise|azienda|bedrijf|"
    r"\w*bouwer|компани|производител|виробник)",
    re.IGNORECASE,
)
# "Bought from a Polish maker": the business is the seller, not what is bought.
_FROM_WORD = re.compile(r"\b(?:from|von|aus|chez|od|от|від|у|van|bij)\b", re.IGNORECASE)
# Acquiring a stake is an investment unless it is a majority or controlling one.
_STAKE_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,5}?(?:stake|shareholding|holding in|beteiligung|participation|"
    r"participaci[oó]n|partecipazione|udzia[lł]|частк|дол[юи])",
    re.IGNORECASE,
)
_CONTROL_WORDS = re.compile(
    r"majority|controlling|control|mehrheit|majoritaire|mayoritari|maggioranza|wi[eę]kszo|"
    r"контрол|\b(?:5[1-9]|[6-9]\d|100)\s?(?:%|per ?cent)",
    re.IGNORECASE,
)
# Governments, ministries and armed forces take part as countries, not as companies.
GOVERNMENT_BODY = re.compile(
    r"\b(?:ministry|ministries|minist[eè]re|ministerio|ministero|ministerstw\w*|ministerie|"
    r"department of|government|regierung|gouvernement|gobierno|governo|rz[aą]d|armed forces|"
    r"army|navy|air force|coast guard|marine corps|self[- ]defen[cs]e forces?|defen[cs]e forces|"
    r"national defen[cs]e|agency|administration|nato|otan|kingdom of|republic of|bundeswehr|"
    r"luftwaffe|pentagon|state department|white house|kremlin|cabinet|parliament|"
    r"representative office|embassy|kementerian|forsvars\w*|regeringen)\b",
    re.IGNORECASE,
)
# A known name inside a longer one: "National Defence" in "Ministry of National Defence".
# Not after a person's title or a sentence's first word: "CEO of General Atomics", "Part of X".
_INSIDE_LONGER_NAME = re.compile(
    r"(?<![.!?]\s)\b(?!(?:[A-Z]{2,5}|Chair\w*|President|Director|Head|Chief|Founder|Owner|"
    r"Manager|Executive|Officer|Spokes\w*|Part|Parts|Most|Much|Some|Many|All|One|Each|None)\s)"
    r"[A-Z][\w'’]*\s+of\s+(?:the\s+)?$"
)
# The article must be about drones: their wording in the headline or the opening, or often.
DRONE_HEAD_CHARS = 600
DRONE_MENTIONS_ANYWHERE = 3
# German, Dutch and Nordic compounds: "Kampfdrohne", "verkenningsdrone" (not Italian "padrone").
_DRONE_COMPOUND = re.compile(r"\w(?<!pa)(?:drohne|drone|dronar)")
# Ground and underwater drones are often called robots or autonomous vehicles instead: "ground
# robots", "наземні роботизовані комплекси" (НРК), "robots terrestres", "autonomous underwater
# vehicle". Matched in folded text (lower case, accents and punctuation gone).
_ROBOTIC_SYSTEM = re.compile(
    r"(?<!\w)(?:(?:ground|land|combat|naval|underwater|unmanned) robot|robotic complex|"
    r"robotic (?:combat|ground|surface|underwater) (?:vehicle|system|platform|boat|vessel)|"
    r"autonomous (?:underwater|surface|ground) (?:vehicle|vessel|system)|"
    r"autonomous (?:boat|submarine)|(?:uuv|auv|нрк|ркк)s?(?!\w)|"
    r"bodenroboter|landroboter|unterwasserroboter|"
    r"robots? (?:terrestres?|terrestri|sous marins?|submarinos?|subacquei|subacqueo)|"
    r"roboty? (?:naziemn|ladow)|(?:наземн|морськ|морск|бойов|боев)\w* робот|"
    r"(?:робот|роботизован|роботизированн)\w* комплекс|無人車両|無人艇|陸上ロボット|水中ロボット)"
)
OFF_TOPIC_FACTOR = 0.35
# A country named beside threat, border or competition wording counts this much.
BACKDROP_FACTOR = 0.2
# International means two countries; one that we cannot see is weak evidence.
ONE_COUNTRY_FACTOR = 0.7
# Interest without a deal: wording of interest in the lead, no wording of any deal type there and
# no party company ("ministers explore possible cooperation on drones").
INTEREST_ONLY_FACTOR = 0.6
# Words near a country that make it the threat or the backdrop rather than a party.
_BACKDROP = re.compile(
    r"threat|aggress|invasion|invad|war against|war with|against|rival|tension|sanction|"
    r"attack|strike|bomb|shell|occup|enemy|adversar|deter|угроз|загроз|агрес|脅威|bedrohung|"
    r"menace|amenaza|minaccia|zagroz|"
    # Where a place lies and who competes are no part in the deal: "close to the border with
    # Russia", "market share taken from Israel and the US".
    r"border with|borders with|bordering|frontiers? with|warn|caution|grenze zu|"
    r"frontiere avec|frontera con|confine con|granic\w* z|кордон\w* з|границ\w* с|"
    r"compet|market share|marktanteil",
    re.IGNORECASE,
)
_KIND_WEIGHT = {"name": 1.0, "demonym": 1.0, "capital": 0.6, "government": 1.3}
_TITLE_CASE_RATIO = 0.6
# Calibrated on out-of-fold predictions over our written examples, through the whole pipeline
# (model with its lead score, one-country and off-topic factors): 0.48 gave the best F1 there.
DEAL_THRESHOLD = 0.48
# The least probability of a deal for a drone plant of one party country in another, before the
# topic check (a tank plant abroad is still no drone deal).
PRODUCTION_ABROAD_FLOOR = 0.6
# What is done to a plant in war, beyond the strike cues: "Ukraine hits drone plant in Russia".
_ATTACKED = re.compile(
    r"\b(?:hit|hits|target\w*|torch\w*|pound\w*|sabotag\w*|shell\w*|bomb\w*|burn\w*|"
    r"raid\w*|blast\w*|explosion\w*|damag\w*|destroy\w*)\b"
)
COMPANY_THRESHOLD = 1.0
# Tuned on our written examples (see participation.py for what counts as a role).
UNKNOWN_PENALTY = 0.5
ROLE_BONUS = 0.5
INTRODUCED_BONUS = 1.0
# A name in the opening sentence that does not itself tell the deal (0.8 elsewhere in the lead;
# 0.8-1.5 tried on our written deals: 1.0 and up found more parties, 1.5 cost precision).
LEAD_SCORE = 1.0
# A system's maker that the text does not name: confidence 0.5 (see _system_makers).
MAKER_SCORE = 1.0
COUNTRY_MIN = 1.5
# Countries that count for relevance (the model was trained with this count) ...
COUNTRY_RELATIVE = 0.2
# ... and the parties reported: a country below a quarter of the best-scored one is backdrop
# (a threat, an earlier customer). Calibrated on our written deals, 0.2-0.4 in steps.
PARTY_RELATIVE = 0.25
LIST_COUNTRIES = 3
# The model's type probabilities against the wording: see _deal_type.
TYPE_MODEL_WEIGHT = 1.0
TYPE_RANK_BONUS = 0.1
# How far after "drone plant" the country it stands in may be named: "a drone plant in Ukraine".
SITE_COUNTRY_CHARS = 30
# What stands between "drone plant" and its country: "in", "near", "in western", "в".
_WHERE = re.compile(
    r"\s*(?:in|near|at|outside|w|we|в|у|en|au|à|a|em|na|nel|in der|im|bei|nahe|bij)"
    r"(?:\s+the)?(?:\s+(?:western|eastern|northern|southern|central|north\w*|south\w*|"
    r"east\w*|west\w*))?\s+$",
    re.IGNORECASE,
)
# "Iranian-designed drones", "of Turkish design": making another country's design is licensed
# production, when a production verb stands in the same sentence.
_FOREIGN_DESIGN_AFTER = re.compile(r"[\s-]?(?:designed|design|developed)\b", re.I)
_FOREIGN_DESIGN_BEFORE = re.compile(r"\bof\s+$", re.I)
_DESIGN_WORD = re.compile(r"\s+design\b", re.I)
_PRODUCTION_VERB = re.compile(
    r"produc|manufactur|build|built|assembl|mass-produc|make|making|herstell|fabri|produz|"
    r"выпуск|производ|виробля|製造|生産",
    re.IGNORECASE,
)
MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 30_000
# A deal the database records between the same parties: its type counts like wording in the lead
# (news of a known deal is mostly news of its progress), below the headline's own wording.
KNOWN_DEAL_WEIGHT = 0.6


@dataclass
class _Evidence:
    full: str
    folded: str
    title_end: int
    sentences: list[tuple[int, int]]
    deal_sentences: set[int]
    strike_sentences: set[int]
    cues: list[Match]
    lead_end: int = 0

    def __post_init__(self) -> None:
        self._starts = [start for start, _ in self.sentences]
        self._background: dict[int, bool] = {}
        self._statuses: dict[str, list[int]] | None = None

    def sentence_of(self, offset: int) -> int:
        index = bisect.bisect_right(self._starts, offset) - 1
        return max(index, 0)

    def statuses(self) -> dict[str, list[int]]:
        """Where each status's wording starts (see cues.status_hits), read once."""
        if self._statuses is None:
            self._statuses = status_hits(self.folded, self.title_end, self.full)
        return self._statuses

    def is_background(self, index: int) -> bool:
        """Whether sentence `index` is about the past or other business (read once)."""
        if index not in self._background:
            start, end = self.sentences[index]
            self._background[index] = participation.is_background(self.full[start:end])
        return self._background[index]


def _buys_hardware(text: str, offset: int) -> bool:
    """Whether "acquire" at `offset` takes equipment as its object rather than a business."""
    hardware = _HARDWARE_AFTER.match(text, offset)
    if hardware is None:
        return False
    business = _BUSINESS_AFTER.match(text, offset)
    # "a drone maker": the business word right after the hardware word names what is bought.
    return business is None or business.end() - hardware.end() > 12


def _buys_business(text: str, surface: str, offset: int) -> bool:
    """Whether a buying word at `offset` takes a business as its object, before any hardware."""
    if not _BUY_VERB.match(surface):
        return False
    business = _BUSINESS_BOUGHT.match(text, offset)
    if business is None or _FROM_WORD.search(text, offset, business.end()):
        return False
    hardware = _HARDWARE_AFTER.match(text, offset)
    return hardware is None or business.end() <= hardware.end() + 12


def _minority_stake(text: str, offset: int) -> bool:
    """Whether "acquire" at `offset` takes a stake that is not said to give control."""
    stake = _STAKE_AFTER.match(text, offset)
    return stake is not None and not _CONTROL_WORDS.search(text, offset, stake.end())


def _demonym_words() -> set[str]:
    words = set()
    for line in DEMONYMS.strip().splitlines():
        for entry in line.partition(":")[2].split(","):
            if entry.strip() and not entry.strip().endswith("*"):
                words.add(fold_phrase(entry))
    return words


def _is_title_case(title: str) -> bool:
    words = [w for w in title.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > _TITLE_CASE_RATIO


class Classifier:
    def __init__(
        self,
        trained: model_module.TrainedModel,
        companies: Iterable[KnownCompany] = (),
        systems: Iterable[KnownSystem] = (),
        deals: Iterable[KnownDeal] = (),
    ) -> None:
        self.trained = trained
        self.deals = [deal for deal in deals if deal.companies]
        self.companies = CompanyGazetteer(merge_companies(companies, builtin_companies()))
        self.systems = SystemGazetteer(merge_systems(systems, builtin_systems()))
        self.countries = country_gazetteer()
        self._company_keys = {
            company_key(name): company.key
            for company in reversed(self.companies.companies.values())
            for name in (company.name, *company.aliases)
        }
        # Build the cue automatons now, so the first article does not pay for them.
        cue_hits("")
        status_hits("")
        self._demonyms = _demonym_words() | {
            fold_phrase(m.surface) for m in self.countries.find(" ".join(sorted(_demonym_words())))
        }

    @property
    def model_version(self) -> str:
        return self.trained.version

    # Stage 1: what the text mentions, sentence by sentence.
    def _evidence(self, article: ArticleInput) -> _Evidence:
        full = f"{article.title}\n{article.text}"
        folded = fold(full)
        sentences = sentence_spans(full)
        evidence = _Evidence(full, folded, len(article.title), sentences, set(), set(),
                             cue_hits(folded, full))  # fmt: skip
        lead = min(len(article.title) + 1 + 400, len(full))
        evidence.lead_end = max(lead, sentences[min(2, len(sentences) - 1)][1] if sentences else 0)
        for index, hit in enumerate(evidence.cues):
            if hit.payload == "acquisition" and _buys_hardware(full, hit.end):
                evidence.cues[index] = Match(hit.start, hit.end, "sale", hit.surface)
                hit = evidence.cues[index]
            elif hit.payload == "sale" and _buys_business(full, hit.surface, hit.end):
                evidence.cues[index] = Match(hit.start, hit.end, "acquisition", hit.surface)
                hit = evidence.cues[index]
            if hit.payload == "acquisition" and _minority_stake(full, hit.end):
                evidence.cues[index] = Match(hit.start, hit.end, "investment", hit.surface)
                hit = evidence.cues[index]
            if hit.payload in DEAL_CUES:
                evidence.deal_sentences.add(evidence.sentence_of(hit.start))
            elif hit.payload == "strike":
                evidence.strike_sentences.add(evidence.sentence_of(hit.start))
        return evidence

    def _companies(self, article: ArticleInput, evidence: _Evidence) -> list[CompanyMatch]:
        known = [
            match
            for match in self.companies.find(evidence.full, evidence.folded)
            if not _INSIDE_LONGER_NAME.search(evidence.full[max(0, match.start - 40) : match.start])
            and not _ends_another_name(evidence.full, match)
        ]
        taken = [(m.start, m.end) for m in known]
        offset = 0 if not _is_title_case(article.title) else evidence.title_end + 1
        proposed = [
            CompanyMatch(None, m.name, m.start + offset, m.end + offset, None)
            for m in propose_organisations(evidence.full[offset:], [
                (s - offset, e - offset) for s, e in taken], self._demonyms)
        ]  # fmt: skip
        return known + proposed

    def _country_of(self, match: CompanyMatch, mentions: list[CountryMention], ev: _Evidence):
        if match.country:
            return match.country
        after = re.match(r"\s*[\(（]([^)）]{2,40})[\)）]", ev.full[match.end :])
        if after:
            inside = [m for m in mentions if match.end < m.start <= match.end + len(after.group(0))]
            if inside:
                return inside[0].code
        sentence = ev.sentences[ev.sentence_of(match.start)]
        before = [
            m
            for m in mentions
            if sentence[0] <= m.start < match.start
            and match.start - m.end < 60
            and m.kind in ("demonym", "name", "capital")
        ]
        if before:
            return before[-1].code
        hyphen = re.search(r"([\w-]+)-based\s*$", ev.full[max(0, match.start - 40) : match.start])
        if hyphen:
            found = [m for m in mentions if m.surface.startswith(hyphen.group(1))]
            if found:
                return found[0].code
        return None

    # Stage 2: which companies and countries take part.
    def _party_companies(self, matches: list[CompanyMatch], ev: _Evidence) -> dict:
        """Companies scored by where and how they are named.

        1. Place: the headline, the lead and the sentences that tell the deal count; a name
           elsewhere, or in a later sentence about the past ("bought X last year"), is background.
        2. Role: a role word or deal verb around the name ("a contract with X", "X signed"), or
           the headline's unnamed party introduced by name ("The Ukrainian firm, X,"), adds.
        3. A name given as a rival, owner, analyst's firm or source counts for nothing there.
        4. A short name inside a longer one found too ("Hanwha", "Hanwha Aerospace") is the
           longer one."""
        scores: dict[str, float] = defaultdict(float)
        firsts: dict[str, CompanyMatch] = {}
        surfaces: dict[str, list[str]] = defaultdict(list)
        unknown: set[str] = set()
        for match in matches:
            identity = match.key or company_key(match.name)
            firsts.setdefault(identity, match)
            surfaces[identity].append(match.name)
            scores.setdefault(identity, 0.0)
            if match.key is None:
                unknown.add(identity)
            scores[identity] += self._mention_score(match, ev)
        for identity in unknown:
            scores[identity] -= UNKNOWN_PENALTY
        _fold_short_names(scores, firsts)
        return {
            k: (replace(firsts[k], name=self._reported_name(k, surfaces[k])), s)
            for k, s in scores.items()
            if s >= COMPANY_THRESHOLD
        }

    def _reported_name(self, identity: str, surfaces: list[str]) -> str:
        """The form an editor would record: the company's own name where the text gives it
        ("Anduril" in the headline, "Anduril Industries" in the body), else the longest form
        the text uses (`surfaces`: the forms it uses)."""
        known = self.companies.companies.get(identity)
        if known is not None:
            own = company_key(known.name)
            for surface in surfaces:
                if company_key(surface) == own:
                    return surface
        return max(surfaces, key=len)

    def _system_makers(self, systems: list, companies: dict, ev: _Evidence) -> dict:
        """The maker of a known system the deal is about ("12 Bayraktar TB2"), when the text does
        not name it: a supplier-side party, at lower confidence. Not when a party company of the
        maker's country is named already (a licensee, a distributor, a subsidiary speaks for it);
        a government body (the agency approving an export) speaks for no maker."""
        first_body = ev.sentence_of(ev.title_end + 1)
        party_homes = {
            match.country for match, _ in companies.values() if not self._is_government(match)
        }
        found: dict[str, tuple[CompanyMatch, float]] = {}
        for system in systems:
            known = self.systems.systems.get(system.key)
            maker_key = self._company_keys.get(company_key(known.maker)) if known.maker else None
            maker = self.companies.companies.get(maker_key)
            if maker is None or maker.key in companies or maker.key in found:
                continue
            index = ev.sentence_of(system.start)
            start, end = ev.sentences[index]
            told = system.start < ev.title_end or (
                index in ev.deal_sentences and (index <= first_body or not ev.is_background(index))
            )
            if told and (maker.country is None or maker.country not in party_homes):
                match = CompanyMatch(maker.key, maker.name, system.start, system.end, maker.country)
                found[maker.key] = (match, MAKER_SCORE)
        return found

    @staticmethod
    def _mention_score(match: CompanyMatch, ev: _Evidence) -> float:
        if match.start < ev.title_end:
            return 2.5
        if participation.not_a_party(ev.full, match.start, match.end):
            return 0.0
        index = ev.sentence_of(match.start)
        start, end = ev.sentences[index]
        in_lead = match.start < ev.lead_end
        # The opening sentence tells the news; from the second on, a sentence about the past
        # ("bought a stake in X last year") is background.
        in_deal = index in ev.deal_sentences and (
            index <= ev.sentence_of(ev.title_end + 1)
            or participation.named_between(ev.full, match.start)
            or not ev.is_background(index)
        )
        if in_deal:
            score = 1.5 if in_lead else 1.0
        elif in_lead:
            score = LEAD_SCORE if index <= ev.sentence_of(ev.title_end + 1) else 0.8
        else:
            score = 0.3
        if participation.introduced(ev.full, match.start):
            score += INTRODUCED_BONUS
        elif in_deal and participation.role_evidence(ev.full, match.start, match.end):
            score += ROLE_BONUS
        return score

    def _party_countries(
        self, mentions: list[CountryMention], company_countries: dict[str, float], ev: _Evidence
    ) -> dict[str, float]:
        """Countries scored by how they appear: in the headline, in deal sentences, as the home
        of a participating company; backdrop wording (threats, strikes) counts against."""
        scores: dict[str, float] = defaultdict(float)
        # A sentence naming three or more countries is a list (customers, users, members):
        # context rather than the parties of this deal.
        per_sentence: dict[int, set[str]] = defaultdict(set)
        for mention in mentions:
            if mention.start >= ev.title_end:
                per_sentence[ev.sentence_of(mention.start)].add(mention.code)
        for mention in mentions:
            weight = _KIND_WEIGHT[mention.kind]
            index = ev.sentence_of(mention.start)
            if mention.start >= ev.title_end and len(per_sentence[index]) >= LIST_COUNTRIES:
                weight *= 0.4
            if mention.start < ev.title_end:
                weight *= 2.5
            if index in ev.deal_sentences:
                weight *= 1.6
            elif index in ev.strike_sentences:
                weight *= 0.4
            window = ev.full[max(0, mention.start - 40) : mention.end + 40]
            if _BACKDROP.search(window):
                weight *= BACKDROP_FACTOR
            # "non-Chinese parts", "China-free supply chains": the country left out.
            if re.search(
                r"\bnon[- ]?$", ev.full[max(0, mention.start - 4) : mention.start], re.IGNORECASE
            ) or re.match(r"-free\b", ev.full[mention.end :]):
                weight *= 0.2
            scores[mention.code] += weight
        for code, weight in company_countries.items():
            scores[code] += weight
        if not scores:
            return {}
        top = max(scores.values())
        # A participating company's home takes part, however often the other side is named.
        kept = {
            c: s
            for c, s in scores.items()
            if s >= COUNTRY_MIN
            and (s >= COUNTRY_RELATIVE * top or company_countries.get(c, 0) >= 2)
        }
        return dict(sorted(kept.items(), key=lambda item: -item[1])[:4])

    @staticmethod
    def _reported_parties(
        parties: dict[str, float],
        company_countries: dict[str, float],
        mentions: list[CountryMention],
        ev: _Evidence,
    ) -> set[str]:
        """The parties worth reporting: at a quarter of the best score (or home of a party
        company), and, when two or more such remain, named in the headline or a deal sentence or
        home of a party company; a country named only in other sentences is backdrop."""
        top = max(parties.values(), default=1.0)
        kept = {
            code
            for code, score in parties.items()
            if score >= PARTY_RELATIVE * top or company_countries.get(code, 0) >= 2
        }
        placed = set(company_countries) | {
            m.code
            for m in mentions
            if m.start < ev.title_end or ev.sentence_of(m.start) in ev.deal_sentences
        }
        return kept & placed if len(kept & placed) >= 2 else kept

    # Stage 3: how far along.
    def _status(self, ev: _Evidence) -> tuple[str, float]:
        hits = ev.statuses()
        lead_end = ev.sentences[min(3, len(ev.sentences) - 1)][1] if ev.sentences else 0
        for limit, confidence in ((ev.title_end, 0.85), (lead_end, 0.75), (len(ev.full), 0.6)):
            found = [s for s in STATUS_PRIORITY if any(o < limit for o in hits.get(s, ()))]
            if found:
                return found[0], confidence
        return "announced", 0.4

    @staticmethod
    def _mark_sites_abroad(
        ev: _Evidence,
        mentions: list[CountryMention],
        matches: list[CompanyMatch],
        companies: dict,
        company_country: dict,
    ) -> None:
        """A company's plant in another country, with no party company of that country, is its
        own site abroad: "Germany's Quantum-Systems launches drone plant in Ukraine" (investment).
        The builder is the party company named before the plant in its sentence, or, when none
        is, the only home of the party companies. A country that produces abroad ("Ukraine will
        make drones in Norway"), or a local partner company, keeps it a production site of no
        stated owner."""
        homes = {company_country.get(identity) for identity in companies} - {None}
        party_matches = [
            (match.start, company_country.get(identity))
            for match in matches
            if (identity := match.key or company_key(match.name)) in companies
        ]
        for index, hit in enumerate(ev.cues):
            if hit.payload not in _SITE_CUES or hit.start >= ev.lead_end:
                continue
            sentence_start, _ = ev.sentences[ev.sentence_of(hit.start)]
            site = _site_country(ev, mentions, hit)
            if site is None or site.code in homes:
                continue
            builders = {
                home for start, home in party_matches if sentence_start <= start < hit.start
            }
            if not builders and len(homes) == 1 and all(map(company_country.get, companies)):
                builders = homes
            if builders and None not in builders and site.code not in builders:
                ev.cues[index] = Match(hit.start, hit.end, "own_site", hit.surface)

    def _interest_only(self, ev: _Evidence, companies: dict) -> bool:
        """Wording of interest in the lead and nothing done: no deal type's wording, no step
        taken ("signed an agreement", "delivered"), no party company."""
        lead = {hit.payload for hit in ev.cues if hit.start < ev.lead_end}
        if "interest" not in lead:
            return False
        types = {WEAK_TYPE_CUES.get(payload, (payload, 1.0))[0] for payload in lead}
        if types & set(TYPE_PRECEDENCE):
            return False
        steps = ev.statuses()
        if any(
            offset < ev.lead_end
            for status in ("signed", "delivered", "in_production")
            for offset in steps.get(status, ())
        ):
            return False
        return all(self._is_government(match) for match, _ in companies.values())

    @staticmethod
    def _production_abroad(
        ev: _Evidence, mentions: list[CountryMention], parties: dict[str, float]
    ) -> bool:
        """A drone plant of one party country standing in another, in the headline or the lead:
        "Iran inaugurates drone production plant in Tajikistan". Whoever owns it, production
        across a border is the cooperation this classifier looks for; a strike on a plant is not."""
        attacked: dict[int, bool] = {}  # by sentence
        for hit in ev.cues:
            if hit.start >= ev.lead_end:
                break
            if hit.payload not in (*_SITE_CUES, "own_site"):
                continue
            site = _site_country(ev, mentions, hit)
            if site is None or site.code not in parties:
                continue
            index = ev.sentence_of(hit.start)
            start, end = ev.sentences[index]
            if index not in attacked:
                attacked[index] = index in ev.strike_sentences or bool(
                    _ATTACKED.search(ev.folded, start, end)
                )
            if attacked[index]:
                continue
            builders = {
                m.code
                for m in mentions
                if start <= m.start < hit.start and m.kind in _KIND_WEIGHT and m is not site
            }
            if (builders & parties.keys()) - {site.code}:
                return True
        return False

    @staticmethod
    def _add_foreign_designs(ev: _Evidence, mentions: list[CountryMention]) -> None:
        """Wording of local production for "produces Iranian-designed drones" and "builds
        drones of Turkish design", in the headline and the lead."""
        found = []
        for mention in mentions:
            if mention.kind != "demonym" or mention.start >= ev.lead_end:
                continue
            after = _FOREIGN_DESIGN_AFTER.match(ev.full, mention.end)
            before = _FOREIGN_DESIGN_BEFORE.search(
                ev.full, max(0, mention.start - 4), mention.start
            )
            design = after or (before and _DESIGN_WORD.match(ev.full, mention.end))
            if not design:
                continue
            start, end = ev.sentences[ev.sentence_of(mention.start)]
            if _PRODUCTION_VERB.search(ev.full, start, end):
                found.append(Match(mention.start, mention.end, "local_production", mention.surface))
        if found:
            ev.cues[:] = sorted(ev.cues + found, key=lambda hit: hit.start)

    def _known_deal(self, company_keys: set[str], countries: set[str]) -> KnownDeal | None:
        """The recorded deal the article's parties point to: all its companies take part here,
        and so do its countries when it has only one company; the one with most companies, and
        none when the best candidates disagree on the type."""
        candidates = [
            deal
            for deal in self.deals
            if deal.companies <= company_keys
            and (len(deal.companies) >= 2 or (len(deal.countries) >= 2
                                               and deal.countries <= countries))
        ]  # fmt: skip
        if not candidates:
            return None
        most = max(len(deal.companies) for deal in candidates)
        best = [deal for deal in candidates if len(deal.companies) == most]
        return best[0] if len({deal.deal_type for deal in best}) == 1 else None

    def _deal_type(
        self,
        model_types: dict[str, float],
        ev: _Evidence,
        known: KnownDeal | None = None,
        production_abroad: bool = False,
    ) -> tuple[str, float]:
        """The model's probabilities plus the wording of each type, weighted by where it stands;
        at equal standing the more specific type wins (TYPE_PRECEDENCE). A recorded deal between
        the same parties adds its type; a plant of one party country in another
        (`production_abroad`, see _production_abroad) makes its wording count in full."""
        place: dict[str, float] = {}
        own_site = any(hit.payload == "own_site" for hit in ev.cues if hit.start < ev.lead_end)
        for hit in ev.cues:
            deal_type, strength = WEAK_TYPE_CUES.get(hit.payload, (hit.payload, 1.0))
            if deal_type not in TYPE_PRECEDENCE:
                continue
            if hit.payload in _SITE_CUES and production_abroad and not own_site:
                # Production across a border between two party countries is co-production, as
                # much as any wording of it is, unless it is a company's own site.
                strength = 1.0
            if hit.start < ev.title_end:
                weight = _PLACE_WEIGHT[0]
                if hit.payload in HEADLINE_FULL_STRENGTH:
                    strength = 1.0
            elif hit.start < ev.lead_end:
                weight = _PLACE_WEIGHT[1]
            elif (index := ev.sentence_of(hit.start)) in ev.deal_sentences and not (
                ev.is_background(index)
            ):
                # A deal sentence about an earlier step ("follows on from a memorandum signed in
                # 2023") is background to this deal's type.
                weight = _PLACE_WEIGHT[2]
            else:
                weight = _PLACE_WEIGHT[3]
            place[deal_type] = max(place.get(deal_type, 0.0), weight * strength)
        scores = dict.fromkeys(TYPE_PRECEDENCE, 0.0)
        for deal_type, probability in model_types.items():
            scores[deal_type] = scores.get(deal_type, 0.0) + TYPE_MODEL_WEIGHT * probability
        for rank, deal_type in enumerate(TYPE_PRECEDENCE):
            if deal_type in place:
                bonus = TYPE_RANK_BONUS * (len(TYPE_PRECEDENCE) - rank)
                scores[deal_type] += place[deal_type] * (1.0 + bonus)
        if known is not None and known.deal_type in scores:
            scores[known.deal_type] += KNOWN_DEAL_WEIGHT
        best = max(scores, key=scores.get)
        # The instrument signed decides: a memorandum that speaks of a future joint venture or
        # production is an MoU, when its wording stands at least as high as any other type's.
        if "mou" in place and place["mou"] >= max(place.values()):
            best = "mou"
        return best, min(0.99, scores[best] / max(sum(scores.values()), 1e-9))

    def classify(self, article: ArticleInput) -> Classification:
        if len(article.text) > MAX_TEXT_CHARS or len(article.title) > MAX_TITLE_CHARS:
            # A news report tells its deal long before this; a 2 MB page must not stall a worker.
            article = replace(
                article, title=article.title[:MAX_TITLE_CHARS], text=article.text[:MAX_TEXT_CHARS]
            )
        ev = self._evidence(article)
        mentions = self.countries.find(ev.full, ev.folded)
        company_matches = self._companies(article, ev)
        companies = self._party_companies(company_matches, ev)
        company_countries: dict[str, float] = defaultdict(float)
        company_country = {}
        for identity, (match, _score) in companies.items():
            code = self._country_of(match, mentions, ev)
            company_country[identity] = code
            if code:
                company_countries[code] += 2.5
        parties = self._party_countries(mentions, company_countries, ev)
        systems = self.systems.find(ev.full, ev.folded)
        for identity, (match, score) in self._system_makers(systems, companies, ev).items():
            companies[identity] = (match, score)
            company_country[identity] = match.country

        p_deal, model_types = self.trained.predict_article(
            article.title, article.text, len(parties), ev.cues
        )
        production_abroad = self._production_abroad(ev, mentions, parties)
        if production_abroad:
            p_deal = max(p_deal, PRODUCTION_ABROAD_FLOOR)
        if len(parties) < 2:
            p_deal *= ONE_COUNTRY_FACTOR
        if self._interest_only(ev, companies):
            p_deal *= INTEREST_ONLY_FACTOR
        if not self._about_drones(ev, systems):
            p_deal *= OFF_TOPIC_FACTOR
        label = "deal" if p_deal >= DEAL_THRESHOLD else "not_deal"
        known = self._known_deal(
            {match.key for match, _ in companies.values() if match.key}, set(parties)
        )
        self._mark_sites_abroad(ev, mentions, company_matches, companies, company_country)
        self._add_foreign_designs(ev, mentions)
        deal_type, type_confidence = self._deal_type(model_types, ev, known, production_abroad)
        status, status_confidence = self._status(ev)

        top = max(parties.values(), default=1.0)
        role = {"sale": None}.get(deal_type, "partner")
        reported = self._reported_parties(parties, company_countries, mentions, ev)
        countries = [
            CountryParty(code, self._country_role(code, deal_type, companies, company_country),
                         round(min(0.95, 0.4 + 0.55 * score / top), 3))
            for code, score in parties.items()
            if code in reported
        ]  # fmt: skip
        company_parties = [
            CompanyParty(
                key=match.key,
                name=match.name,
                country=company_country.get(identity),
                role=role if deal_type != "sale" else None,
                confidence=round(min(0.95, 0.35 + 0.15 * score), 3),
                kind="government" if self._is_government(match) else "company",
            )
            for identity, (match, score) in companies.items()
        ]
        # Company and country names are no designations ("sell Pakistan 48 drones").
        taken = [(s.start, s.end) for s in [*systems, *company_matches, *mentions]]
        found_names = [
            name
            for s in systems
            if s.key in self.systems.systems
            for name in (self.systems.systems[s.key].name, *self.systems.systems[s.key].aliases)
        ]
        systems += propose_systems(ev.full, ev.sentences, taken, found_names)
        relevance_confidence = p_deal if label == "deal" else 1 - p_deal
        if label == "deal":
            parts = [relevance_confidence, type_confidence, status_confidence]
            parts.append(
                sum(c.confidence for c in countries) / len(countries) if countries else 0.3
            )
            confidence = sum(parts) / len(parts)
        else:
            confidence = relevance_confidence
        return Classification(
            label=label,
            relevance_confidence=round(relevance_confidence, 3),
            deal_type=deal_type if label == "deal" else None,
            deal_type_confidence=round(type_confidence, 3),
            status=status if label == "deal" else None,
            status_confidence=round(status_confidence, 3),
            countries=countries,
            companies=company_parties,
            systems=[SystemMention(s.key, s.name, 0.8 if s.key else 0.5) for s in systems],
            value=find_value(ev.full),
            quantity=find_quantity(ev.full),
            confidence=round(confidence, 3),
            model_version=self.model_version,
        )

    @staticmethod
    def _about_drones(ev: _Evidence, systems: Iterable = ()) -> bool:
        """Drone wording in the headline or the opening, or several times in the text.

        Known systems count as drone wording ("Bayraktar TB2"), and so do compounds that end
        in a drone word ("Aufklärungsdrohnen", "verkenningsdrone"), which the cues, matched
        from the start of a word, do not see, and ground or underwater robots (_ROBOTIC_SYSTEM)."""
        drone_hits = [hit.start for hit in ev.cues if hit.payload == "drone"]
        drone_hits += [system.start for system in systems if system.key]
        drone_hits += [m.start() for m in _DRONE_COMPOUND.finditer(ev.folded)]
        drone_hits += [m.start() for m in _ROBOTIC_SYSTEM.finditer(ev.folded)]
        drone_hits.sort()
        head = ev.title_end + 1 + DRONE_HEAD_CHARS
        return bool(drone_hits) and (
            drone_hits[0] < head or len(drone_hits) >= DRONE_MENTIONS_ANYWHERE
        )

    @staticmethod
    def _country_role(code, deal_type, companies, company_country) -> str | None:
        if deal_type != "sale":
            return "partner"
        suppliers = {company_country.get(identity) for identity in companies}
        return "supplier" if code in suppliers else "recipient"

    def _is_government(self, match: CompanyMatch) -> bool:
        known = self.companies.companies.get(match.key) if match.key else None
        return bool(GOVERNMENT_BODY.search(known.name if known else match.name))

    def country_count(self, title: str, text: str) -> int:
        """The number of party countries, as the model sees it in training and at run time."""
        article = ArticleInput(title=title, text=text)
        ev = self._evidence(article)
        mentions = self.countries.find(ev.full, ev.folded)
        companies = self._party_companies(self._companies(article, ev), ev)
        company_countries: dict[str, float] = defaultdict(float)
        for _identity, (match, _score) in companies.items():
            code = self._country_of(match, mentions, ev)
            if code:
                company_countries[code] += 2.5
        return len(self._party_countries(mentions, company_countries, ev))


_SITE_CUES = ("production_site", "produced_in")


def _site_country(ev: _Evidence, mentions: list[CountryMention], hit: Match):
    """The country a plant stands in: named after it ("a drone plant in Ukraine") or by a
    demonym right before it ("its Ukrainian plant", "на украинских площадках"); before making
    ("Russia producing drones in") a country is the maker, not the place."""
    return next(
        (
            m
            for m in mentions
            if (
                hit.end <= m.start <= hit.end + SITE_COUNTRY_CHARS
                and (
                    _WHERE.match(ev.full[hit.end : m.start])
                    # the cue ends in its place word: "manufacture drones in" Norway
                    or (
                        not ev.full[hit.end : m.start].strip()
                        and hit.surface.rsplit(" ", 1)[-1] in ("in", "on")
                    )
                )
                # "near Ukraine's border", "at Russia's request": the country is no place here
                and not re.match(r"['’]s\b", ev.full[m.end : m.end + 3])
            )
            or (
                hit.payload != "produced_in"
                and m.kind in ("demonym", "name")
                and 0 <= hit.start - m.end <= 2
                and not ev.full[m.end : hit.start].strip()
            )
        ),
        None,
    )


_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w\-]*)[ \t]+$")


def _ends_another_name(text: str, match: CompanyMatch) -> bool:
    """A known name that is one generic word ("Aeronautics") after a capitalised word that is
    neither a place nor a possessive: the end of another company's name, "Zeeland Aeronautics"."""
    if match.name not in ORGANISATION_CUES:
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, match.start - 40), match.start)
    if before is None or before.group(1).lower() in LEADING_NOISE:
        return False
    return not any(m.start == 0 for m in country_gazetteer().find(before.group(1)))


def _fold_short_names(scores: dict[str, float], firsts: dict[str, CompanyMatch]) -> None:
    """Fold a name that begins a longer one found too into the longer: "Kongsberg" into
    "Kongsberg Gruppen". A national subsidiary ("Quantum Systems Ukraine") stays apart."""
    names = {identity: company_key(match.name) for identity, match in firsts.items()}
    for short, short_name in names.items():
        longer = [
            identity
            for identity, name in names.items()
            if identity != short and name.startswith(short_name + " ")
        ]
        if len(longer) != 1:
            continue
        rest = names[longer[0]][len(short_name) + 1 :]
        if _country_after(names[longer[0]], len(short_name)) == rest:
            continue
        scores[longer[0]] += scores.pop(short)
        names[short] = ""


@cache
def rules_fingerprint() -> str:
    """A digest of the modules whose tables and code decide what the classifier answers: cues,
    gazetteers, party scoring. Part of the model version, so a change of rules is a new one."""
    from . import (
        amounts,
        companies,
        companies_data,
        countries,
        countries_data,
        cues,
        matcher,
        systems,
        text,
    )

    modules = (amounts, companies, companies_data, countries, countries_data, cues, matcher,
               participation, systems, text, sys.modules[__name__])  # fmt: skip
    digest = hashlib.sha256()
    for module in modules:
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def train_from(examples: list[model_module.Example], folds: int = 5) -> model_module.TrainedModel:
    return model_module.train(
        examples, Classifier(_NO_MODEL).country_count, folds=folds, rules=rules_fingerprint()
    )


class _NoModel:
    version = "untrained"


_NO_MODEL = _NoModel()


def shipped_model() -> model_module.TrainedModel:
    from .training import shipped_examples

    return train_from(shipped_examples())


def load_classifier(
    model_dir: Path,
    companies: Iterable[KnownCompany] = (),
    systems: Iterable[KnownSystem] = (),
    deals: Iterable[KnownDeal] = (),
) -> Classifier:
    trained = model_module.load_current(model_dir, shipped_model)
    return Classifier(trained, companies, systems, deals)
