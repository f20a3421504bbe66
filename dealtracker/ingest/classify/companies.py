"""The company gazetteer (known companies and their aliases) and the detector of organisation
names it does not know yet."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from .companies_data import BUILTIN_COMPANIES
from .countries import JAPANESE_MARKS, country_gazetteer
from .matcher import Entry, PhraseMatcher, looks_like_acronym
from .schema import KnownCompany
from .text import fold_phrase, has_cjk

LEGAL_SUFFIXES = (
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "lp", "gmbh", "ag", "se", "sa", "s a",
    "spa", "s p a", "srl", "s r l", "sas", "sarl", "bv", "b v", "nv", "n v", "plc", "corp",
    "corporation", "co", "company", "as", "a s", "ab", "oy", "oyj", "asa", "kk", "k k",
    "sp z o o", "sp z oo", "s a s", "pty", "pty ltd", "pte", "pte ltd", "tov", "llc tov", "ooo",
    "jsc", "pjsc", "pao", "ao", "aps", "a/s", "holdings", "holding", "kft", "s r o", "d o o", "ad",
)  # fmt: skip
_SUFFIX_PATTERN = re.compile(
    r"(?:\s+(?:" + "|".join(re.escape(s) for s in LEGAL_SUFFIXES) + r"))+$"
)
# Words that turn a capitalised phrase into an organisation name.
ORGANISATION_CUES = (
    "Industries", "Industry", "Systems", "Aerospace", "Defence", "Defense", "Robotics",
    "Dynamics", "Technologies", "Technology", "Tech", "Group", "Corporation", "Corp", "Aviation",
    "Drones", "Drone", "Unmanned", "Electronics", "Labs", "Lab", "Works", "Holdings", "Holding",
    "Engineering", "Solutions", "Innovations", "Aeronautics", "Avionics", "Autonomy",
    "Autonomous", "Motors", "Ventures", "Capital", "Partners", "Company", "Concern", "Plant",
    "Fund", "Investments", "Manufacturing", "Shipyards", "Microsystems", "Sistemas", "Systeme",
    "Gruppen", "Gruppe", "Groupe", "Grupa", "Grupo", "Gruppo", "Savunma", "Makina", "Sanayi",
    "Mobility", "Heavy", "Innovation", "Arsenal", "Factory", "Instruments", "Maritime",
    "Sistemi", "Sistemleri", "Robotik", "Avio", "Avia", "Aero", "Navigation", "Droni", "Drony",
    "Shipyard", "Shipbuilding", "Arms", "Armaments", "Munitions", "Optics", "Photonics",
    "Space", "AI", "GmbH", "Ltd", "Inc", "LLC", "AG", "SA", "S.A.", "plc", "S.p.A.", "SpA",
    "A.Ş.", "AS", "AB", "Oy", "BV", "B.V.", "NV", "SAS", "Sp.", "KK", "Pty", "TOV", "JSC",
)  # fmt: skip
_NOT_COMPANY_WORDS = frozenset(
    [
        "ministry",
        "minister",
        "ministers",
        "department",
        "forces",
        "force",
        "army",
        "navy",
        "agency",
        "council",
        "government",
        "parliament",
        "command",
        "commission",
        "office",
        "committee",
        "university",
        "institute",
        "union",
        "alliance",
        "nato",
        "pentagon",
        "bank",
        "president",
        "prime",
        "state",
        "states",
        "republic",
        "kingdom",
        "federation",
        "embassy",
        "defense_ministry",
        "cabinet",
        "secretary",
        "general's",
        "authority",
        "administration",
        "directorate",
        "guard",
        "guards",
        "corps",
        "brigade",
        "regiment",
        "battalion",
        "division",
        "staff",
        "ministerio",
        "ministère",
        "ministero",
        "ministerstwo",
        "ministerium",
    ]
)
LEADING_NOISE = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "its",
        "their",
        "his",
        "her",
        "both",
        "and",
        "with",
        "for",
        "by",
        "from",
        "to",
        "of",
        "as",
        "after",
        "before",
        "under",
        "while",
        "when",
        "this",
        "that",
        "these",
        "those",
        "new",
        "our",
        "we",
        "it",
        "they",
        "also",
        "but",
        "if",
        "or",
        "while",
        "said",
        "says",
        "according",
        "meanwhile",
        "however",
        "last",
        "next",
        "first",
        # Articles of the other languages: "der Hersteller…", "le groupe…", "la empresa…".
        "der",
        "die",
        "das",
        "dem",
        "den",
        "ein",
        "eine",
        "einem",
        "einen",
        "le",
        "les",
        "un",
        "une",
        "el",
        "los",
        "il",
        "lo",
    ]
)
_CUES = frozenset(ORGANISATION_CUES)
# Endings that make a word an organisation word in any language: "Aerotech", "Aerosystems",
# "Aeroespacial", "Mechatronics", "Aviatik", "Havacılık", "Difesa", "Propulsion".
_CUE_SHAPE = re.compile(
    r"(?:A[eé]ro(?:tech\w*|tek|sys\w*|sist\w*|space|spazio|espacial|propulsion|structures?|"
    r"dynamics|naut\w*|robotics|works|mechanics|electronics|tronics|engineering|labs?|"
    r"defen[cs]e)|\w+(?:tech|tek|systems|sistemas|systeme|tronics|dynamics|"
    r"robotics|robotik|avionics|aviatik|werke|technik|technologies)|"
    r"Aeronautica|Aeronáutica|Aéronautique|Aerospazio|Aeroespacial|Havac[ıi]l[ıi]k|Difesa|"
    r"D[ée]fense|Defensa|Propulsion|Datalinks?|Sensors|Radar|Motors?|Precision|"
    r"Interceptors|Autonomie|Autonomia|Aerostructures|Shipworks|Foundry|Unmanned)$",
    re.IGNORECASE,
)


def _ends_like_a_company(token: str) -> bool:
    return token in _CUES or _is_legal_suffix(token) or bool(_CUE_SHAPE.match(token))


# Nouns that say what a party is, standing before its name: "drone maker", "Drohnenhersteller",
# "l'industriel", "компанія". Compounds count by their ending ("Rüstungskonzern").
_DESCRIPTOR = (
    r"maker|manufacturer|producer|developer|firm|company|start-?up|supplier|contractor|"
    r"specialist|integrator|group|shipbuilder|investor|fund|subsidiary|unit|partner|"
    r"\w*(?:hersteller|bauer|konzern|unternehmen|spezialist|entwickler|zulieferer|produzent|"
    r"lieferant|anbieter)|Firma|fabricant|entreprise|société|industriel|constructeur|"
    r"équipementier|groupe|fabricante|empresa|compañía|grupo|produttore|azienda|società|"
    r"gruppo|producent|firma|spółka|grupa|виробник|компанія|компанії|компания|компании|"
    r"концерн|концерну|концерна|производитель|підприємство|предприятие|розробник|разработчик|"
    r"стартап"
)
_DESCRIPTOR_TOKEN = re.compile(rf"(?:{_DESCRIPTOR})[.,]?$", re.IGNORECASE)
# Capitals with accents begin names too: "Élan Robotique", "İHA Sistemleri", "Łódź Aero".
_ACCENTED_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_NAME_TOKEN = rf"(?:[A-Z0-9{_ACCENTED_CAPITALS}А-ЯЁІЇЄҐ][\w&'’\-\.]*[\w&]|[A-Z])"
_CANDIDATE = re.compile(
    rf"{_NAME_TOKEN}(?:[ \-]+(?:{_NAME_TOKEN}|&|de|of|für|du|di|do|da|dos|das|del|della))*"
)
# An elided article before a lower-case word: "L'américain Cascade Autonomy", "Dell'italiana";
# not the D' of a name ("D'Amico Aerospace").
_ELIDED_ARTICLE = re.compile(r"^(?:[LlDd]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all)['’](?=[a-zà-ÿ])")
_APPOSITIVE = re.compile(
    r"\b(?:" + _DESCRIPTOR + r")[ \t]+(" + _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r"){0,3})"
)
# A quoted name after such a noun: компанія «Skyline», firma „Orlik“, the company "Foo".
_QUOTED = re.compile(
    r"\b(?:" + _DESCRIPTOR + r")[ \t]+[«„“\"']([^»“”\"'\n]{2,40})[»“”\"']", re.IGNORECASE
)
# Japanese news names a company with 社 after it or 株式会社 around it: "プロドローン社",
# "Foo社", "株式会社バー". Katakana words of three or more, or a Latin name.
_JAPANESE_COMPANY = re.compile(
    r"(?:株式会社\s?([ァ-ヴー・]{3,}|[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,3}))"
    r"|(?:([ァ-ヴー・]{3,}|[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,3})\s?"
    r"(?:株式会社|社(?![会員長内外])))"
)
# Japanese company names that end in what the company does: "相模電子工業", "北陸重工".
_JAPANESE_COMPANY_SUFFIX = re.compile(
    r"(?:(?<![一-龥々ァ-ヴー・])|(?<=会社|企業|大手|商社|新興)|(?<=メーカー))"
    r"((?!軍事|航空|防衛|国内|国産|民間|日本|米国)[一-龥々ァ-ヴー・]{2,12}?"
    r"(?:重工業|重工|工業|電機|電子|電装|製作所|商事|物産|技研|精機|精密|"
    r"ホールディングス|テクノロジーズ|システムズ|ロボティクス|エアロスペース|ディフェンス|"
    r"ダイナミクス|キャピタル|ベンチャーズ|オートノミー|マリンテック|エアロテック|テック|ワークス|"
    r"エアロテクニクス|インダストリーズ|エレクトロニクス|アビエーション|モーターズ))"
    r"(?![一-龥々ァ-ヴー])"
)
_JAPANESE_DESCRIPTOR = re.compile(r"(?:会社|企業|大手|メーカー|商社|新興)")
# Words that end like a company name and are none.
_JAPANESE_COMMON_NOUNS = frozenset(
    {"ベンチャーキャピタル", "フィンテック", "ディープテック", "パワーエレクトロニクス",
     "アグリテック", "ハイテック", "エドテック", "クリーンテック", "フードテック"}
)  # fmt: skip
# "米スカイリッジ・ロボティクス": a one-character country prefix is no part of the name.
_JAPANESE_COUNTRY_PREFIX = re.compile(rf"^[{''.join(JAPANESE_MARKS)}](?=[ァ-ヴ])")
# "ペナント・エアロシステムズ（Pennant Aerosystems）": the same company in Latin letters.
_LATIN_NAME_AFTER = re.compile(r"\s*[（(]([A-Z][^()（）\n]{1,60})[)）]")
# Katakana loanwords that stand before 社 without being a name: "メーカー社" is no company.
_NOT_JAPANESE_NAMES = frozenset({"メーカー", "ドローン", "グループ", "パートナー", "ベンチャー"})
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9\-&]{1,7})\)")
# "KACST (King Abdulaziz City for Science and Technology)": an acronym spelled out after it.
_ACRONYM_FIRST = re.compile(r"\b([A-Z][A-Z0-9&\-]{1,7})\s*\(([A-Z][^()\n]{5,90}?)\)")
# Spelled-out acronyms that are things or events, not organisations.
_NOT_ORGANISATION_WORDS = frozenset(
    [
        "unmanned",
        "aerial",
        "vehicle",
        "vehicles",
        "aircraft",
        "air",
        "system",
        "systems",
        "warfare",
        "munition",
        "munitions",
        "intelligence",
        "surveillance",
        "reconnaissance",
        "altitude",
        "endurance",
        "vertical",
        "landing",
        "electronic",
        "exhibition",
        "conference",
        "show",
        "summit",
        "forum",
        "fair",
        "expo",
        "treaty",
        "programme",
        "program",
        "initiative",
        "agreement",
        "memorandum",
        "act",
        "law",
        "regulation",
        "regulations",
        "standard",
        "requirements",
        "engine",
        "engines",
        "fuel",
        "missile",
        "missiles",
        "rocket",
        "launcher",
        "radar",
        "sensor",
        "camera",
        "vessel",
        "boat",
        "platform",
        "network",
        "station",
        "unit",
        "units",
        "equipment",
        "officer",
        "view",
        "studies",
    ]
)


@dataclass(frozen=True)
class CompanyMatch:
    key: str | None
    name: str
    start: int
    end: int
    country: str | None


def strip_legal_suffix(name: str) -> str:
    folded = fold_phrase(name)
    stripped = _SUFFIX_PATTERN.sub("", folded).strip()
    return stripped or folded


def company_key(name: str) -> str:
    """The form company names are compared in: folded, legal suffix dropped."""
    return strip_legal_suffix(name)


@cache
def builtin_companies() -> tuple[KnownCompany, ...]:
    companies = []
    for line in BUILTIN_COMPANIES.strip().splitlines():
        key, name, aliases, country = (part.strip() for part in line.split("|"))
        alias_list = tuple(alias.strip() for alias in aliases.split(";") if alias.strip())
        # Prefixed so a fallback key is never mistaken for a database slug.
        companies.append(KnownCompany(f"builtin:{key}", name, alias_list, country or None))
    return tuple(companies)


def merge_companies(
    primary: Iterable[KnownCompany], fallback: Iterable[KnownCompany]
) -> list[KnownCompany]:
    """Known companies first; a fallback company is added only if none of its names is taken."""
    merged = list(primary)
    taken = {company_key(n) for c in merged for n in (c.name, *c.aliases)}
    for company in fallback:
        names = {company_key(n) for n in (company.name, *company.aliases)}
        if not names & taken:
            merged.append(company)
            taken |= names
    return merged


# Words of ordinary prose: an alias made only of them ("National Defence", "Air Force") is
# wording when written in lower case, and only a name when capitalised.
_GENERIC_WORDS = frozenset(
    {
     "national", "defence", "defense", "department", "ministry", "of", "the", "air", "force",
     "forces", "army", "navy", "government", "armed", "federal", "state", "royal", "general",
     "group", "systems", "industries", "industry", "aerospace", "aviation", "technologies",
     "technology", "security", "research", "institute", "agency", "office", "international",
     "united", "special", "economic", "zone", "services", "solutions", "holdings", "company",
     "corporation",
    }
)  # fmt: skip


def _needs_capital(phrase: str) -> bool:
    if phrase[:1].lower() == phrase[:1].upper():
        return False  # kanji, kana and hangul have no capitals to ask for
    words = fold_phrase(phrase).split()
    return len(words) == 1 or all(word in _GENERIC_WORDS for word in words)


class CompanyGazetteer:
    def __init__(self, companies: Iterable[KnownCompany]) -> None:
        self.companies = {company.key: company for company in companies}
        entries = []
        for company in self.companies.values():
            for name in {company.name, *company.aliases}:
                # "Baykar Makina A.Ş." is also found as "Baykar Makina".
                kept_words = len(strip_legal_suffix(name).split())
                for phrase in {name, " ".join(name.split()[:kept_words])}:
                    entries.append(
                        Entry(
                            phrase=phrase,
                            payload=company.key,
                            case_sensitive=looks_like_acronym(phrase) and len(phrase) <= 6,
                            needs_capital=_needs_capital(phrase),
                        )
                    )
        self._matcher = PhraseMatcher(entries)

    def find(self, text: str, folded: str | None = None) -> list[CompanyMatch]:
        matches = []
        seen: set[tuple[str, int]] = set()
        for match in self._matcher.find(text, folded):
            if (match.payload, match.start) in seen:
                continue
            seen.add((match.payload, match.start))
            company = self.companies[match.payload]
            surface, end = match.surface, match.end
            subsidiary = _country_after(text, end)
            if subsidiary:
                surface, end = f"{surface} {subsidiary}", end + 1 + len(subsidiary)
            matches.append(CompanyMatch(company.key, surface, match.start, end, company.country))
        return matches

    def aliases_of(self, name: str) -> set[str]:
        """Every comparable form of the company a name belongs to (for the metrics)."""
        key = company_key(name)
        for company in self.companies.values():
            names = {company_key(n) for n in (company.name, *company.aliases)}
            if key in names:
                return names
            # A national subsidiary ("Quantum Systems Ukraine") is the same company.
            parent = next((n for n in names if key.startswith(n + " ")), None)
            if parent and _country_after(key, len(parent)) == key[len(parent) + 1 :]:
                return names | {key}
        return {key}


_SUBSIDIARY_COUNTRY = re.compile(r" ([A-Z][\w-]+(?: [A-Z][\w-]+)?)")


def _country_after(text: str, end: int) -> str | None:
    """The country name right after a known company: "Rheinmetall Hungary" is its subsidiary."""
    words = _SUBSIDIARY_COUNTRY.match(text, end) or re.compile(r" ([a-z][a-z-]+)").match(text, end)
    if not words:
        return None
    found = [
        # Country names need a capital; a folded key ("rheinmetall hungary") is given one.
        m
        for m in country_gazetteer().find(words.group(1).title())
        if m.kind == "name" and m.start == 0
    ]
    if not found or found[0].end not in (len(words.group(1)), len(words.group(1).split()[0])):
        return None
    return words.group(1)[: found[0].end]


def _is_legal_suffix(token: str) -> bool:
    return fold_phrase(token) in LEGAL_SUFFIXES


# "India's JSW Group", "Lviv-based Radiolink Systems": what comes before is where, not who.
_PLACE_PREFIX = re.compile(
    r"(?:['’]s|['’]|-(?:based|registered|owned|headquartered|made|listed|backed))$", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def _is_demonym(token: str) -> bool:
    """An inflected demonym ("Британська", "Amerykański") standing before a name."""
    return any(
        m.kind == "demonym" and m.start == 0 and m.end >= len(token.rstrip(".,"))
        for m in country_gazetteer().find(token)
    )


def _clean_candidate(tokens: list[str], demonyms: set[str]) -> list[str]:
    if tokens and _ELIDED_ARTICLE.match(tokens[0]):
        tokens = [_ELIDED_ARTICLE.sub("", tokens[0]), *tokens[1:]]
    if tokens and re.search(r"\w['’]s$", tokens[-1]):
        tokens = [*tokens[:-1], tokens[-1][:-2]]  # "Carbonix Robotics's drones"
    for index in range(len(tokens) - 2, -1, -1):
        token = tokens[index]
        # "Paramount Group Ltd": a word that ends names too ("Group") is kept.
        if _PLACE_PREFIX.search(token) or (_DESCRIPTOR_TOKEN.match(token) and token not in _CUES):
            tokens = tokens[index + 1 :]
            break
    while tokens and (
        tokens[0].lower() in LEADING_NOISE
        or fold_phrase(tokens[0]) in demonyms
        or _is_demonym(tokens[0])
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in {"and", "of", "de", "&", "du", "di", "für"}:
        tokens = tokens[:-1]
    return tokens


def _spells_an_organisation(acronym: str, spelled: str) -> bool:
    """Whether "ACRONYM (Spelled Out)" names an organisation: the spelled-out name ends like a
    company, or its capitalised words' initials give the acronym; never a country, a ministry or
    a thing ("UAV (Unmanned Aerial Vehicle)")."""
    words = re.findall(r"[\w'-]+", spelled)
    lowered = {word.lower() for word in words}
    if lowered & _NOT_COMPANY_WORDS:
        return False
    if any(m.end - m.start >= len(spelled) * 0.8 for m in country_gazetteer().find(spelled)):
        return False
    if _ends_like_a_company(words[-1]):
        return True
    # Otherwise the initials must give the acronym and an organisation word stand inside
    # ("Aerospace Long-March International Trade"): "FPV (First Person View)" names nobody.
    if lowered & _NOT_ORGANISATION_WORDS or not any(word in _CUES for word in words):
        return False
    initials = iter(word[0].upper() for word in words if word[0].isupper())
    letters = [letter for letter in acronym if letter.isalpha()]
    return len(letters) >= 3 and all(letter in initials for letter in letters)


def propose_organisations(
    text: str, taken: list[tuple[int, int]], demonyms: set[str]
) -> list[CompanyMatch]:
    """Organisation names the gazetteer does not know: capitalised names with an
    organisation cue ("Foo Robotics", "Bar GmbH") or after a noun such as "drone maker"."""
    found: dict[str, CompanyMatch] = {}

    def overlaps(start: int, end: int) -> bool:
        return any(start < t_end and t_start < end for t_start, t_end in taken)

    spelled_out: set[str] = set()  # names already proposed by their acronym
    acronyms: dict[str, str] = {}  # a defined acronym -> the name it stands for

    def add(name: str, start: int, end: int) -> None:
        possessive = re.search(r"['’]s$", name)  # "Carbonix's drones"
        if possessive:
            name, end = name[: possessive.start()], end - len(possessive.group(0))
        key = company_key(name)
        if key and key not in found and key not in spelled_out and not overlaps(start, end):
            found[key] = CompanyMatch(None, name, start, end, None)
            acronym = _ACRONYM_AFTER.match(text, end)
            if acronym:
                found.setdefault(
                    company_key(acronym.group(1)),
                    CompanyMatch(None, name, acronym.start(1), acronym.end(1), None),
                )
                acronyms[acronym.group(1)] = name

    taken = list(taken)
    for match in _ACRONYM_FIRST.finditer(text):
        acronym, spelled = match.group(1), match.group(2).rstrip(" ,.")
        if overlaps(*match.span(1)):
            taken.append(match.span(2))  # a known company's name spelled out
            continue
        if not _spells_an_organisation(acronym, spelled):
            continue
        add(acronym, *match.span(1))
        acronyms[acronym] = acronym
        spelled_out.add(company_key(spelled))
        taken.append(match.span(2))
    for match in _CANDIDATE.finditer(text):
        tokens = match.group(0).split()
        lowered = {token.lower().strip(".'’") for token in tokens}
        if lowered & _NOT_COMPANY_WORDS:
            continue
        tokens = _clean_candidate(tokens, demonyms)
        place_in_name = False
        # "Import and Export Corporation of China" is one name broken at "and", not two.
        before_and = re.search(
            r"\b([A-Z][\w-]*)\s+(?:and|&)\s*$", text[max(0, match.start() - 30) : match.start()]
        )
        broken = before_and and not country_gazetteer().find(before_and.group(1))
        if (
            len(tokens) > 3
            and not broken
            and not _ends_like_a_company(tokens[-1])
            and "of" in tokens[2:]
        ):
            # "Andes Robotics of Peru": the name ends before "of" and a place; but in "Aviation
            # Industry Corporation of China" nothing before it would name anybody.
            core = tokens[: len(tokens) - 1 - tokens[::-1].index("of")]
            place_in_name = (
                len(core) == len(tokens) - 2
                and all(t in _CUES for t in core)
                and any(m.kind == "name" for m in country_gazetteer().find(tokens[-1]))
            )
            tokens = tokens if place_in_name else core
        if not place_in_name and (len(tokens) < 2 or not _ends_like_a_company(tokens[-1])):
            continue
        if not place_in_name and all(
            token in _CUES or fold_phrase(token) in demonyms for token in tokens
        ):
            continue
        name = " ".join(tokens)
        start = match.start() + match.group(0).find(tokens[0])
        add(name, start, start + len(name))
    for match in _APPOSITIVE.finditer(text):
        tokens = _clean_candidate(match.group(1).split(), demonyms)
        if not tokens or {t.lower() for t in tokens} & _NOT_COMPANY_WORDS:
            continue
        if all(token in _CUES for token in tokens):
            continue
        name = " ".join(tokens).rstrip(".,")
        start = match.start(1) + match.group(1).find(tokens[0])
        add(name, start, start + len(name))
    # Only where Japanese is written: the Latin branch would otherwise try every capital.
    for match in _JAPANESE_COMPANY.finditer(text) if "社" in text else ():
        group = 1 if match.group(1) else 2
        name = match.group(group).rpartition("・")[2] if match.group(group) else ""
        if name and name not in _NOT_JAPANESE_NAMES and fold_phrase(name) not in demonyms:
            start = match.end(group) - len(name)
            add(name, start, match.end(group))
    for match in _JAPANESE_COMPANY_SUFFIX.finditer(text) if has_cjk(text) else ():
        prefix = _JAPANESE_COUNTRY_PREFIX.match(match.group(1))
        start = match.start(1) + (prefix.end() if prefix else 0)
        # "造船会社ビサヤ・シップワークス": what the company is stands before its name.
        described = list(_JAPANESE_DESCRIPTOR.finditer(text, start, match.end(1)))
        if described and described[-1].end() < match.end(1) - 1:
            start = described[-1].end()
        if text[start : match.end(1)].replace("・", "") in _JAPANESE_COMMON_NOUNS:
            continue
        add(text[start : match.end(1)], start, match.end(1))
    # A Japanese name with its Latin form after it ("ペナント・エアロシステムズ（Pennant
    # Aerosystems）") is one company: the Latin form is no second proposal.
    if has_cjk(text):
        latin_forms = []
        for match in list(found.values()):
            latin = _LATIN_NAME_AFTER.match(text, match.end)
            if latin and has_cjk(match.name):
                latin_forms.append(company_key(latin.group(1)))
                taken.append(latin.span(1))
        for key in latin_forms:
            found.pop(key, None)
            spelled_out.add(key)
    for match in _QUOTED.finditer(text):
        name = match.group(1).strip()
        if name[:1].isupper() and not {t.lower() for t in name.split()} & _NOT_COMPANY_WORDS:
            add(name, match.start(1), match.start(1) + len(name))
    # A defined acronym used again later names the same organisation each time.
    defined = {(match.start, match.end) for match in found.values()}
    repeats = [
        CompanyMatch(None, name, m.start(), m.end(), None)
        for acronym, name in acronyms.items()
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
        if m.span() not in defined and not overlaps(*m.span())
    ]
    return list(found.values()) + repeats
