# ruff: noqa: E501  (data tables read better one entry a line)
"""Training examples composed from sentence banks written for the project.

Each example draws a headline, a lead, details and background from banks that positives and
negatives share where they can (background, quotes, distractor countries), so the model has to
learn the deal wording rather than the template it came from. Deterministic for a given seed.
"""

from __future__ import annotations

import gettext
import random
from functools import cache

import pycountry

# Invented and real makers: (name, country, demonym).
MAKERS = [
    ("Baykar", "TR", "Turkish"), ("Skyeton", "UA", "Ukrainian"), ("Tekever", "PT", "Portuguese"),
    ("Quantum Systems", "DE", "German"), ("Helsing", "DE", "German"), ("Milrem Robotics", "EE", "Estonian"),
    ("AeroVironment", "US", "American"), ("Anduril", "US", "American"), ("Shield AI", "US", "American"),
    ("Elbit Systems", "IL", "Israeli"), ("UVision", "IL", "Israeli"), ("Hanwha Aerospace", "KR", "South Korean"),
    ("Saab", "SE", "Swedish"), ("Kongsberg", "NO", "Norwegian"), ("WB Group", "PL", "Polish"),
    ("Ukrspecsystems", "UA", "Ukrainian"), ("Terra Drone", "JP", "Japanese"), ("EDGE Group", "AE", "Emirati"),
    ("Patria", "FI", "Finnish"), ("Delair", "FR", "French"), ("Auterion", "CH", "Swiss"),
    ("Vantor Dynamics", "GB", "British"), ("Nordwind Robotics", "DK", "Danish"),
    ("Karpaty Aerospace", "UA", "Ukrainian"), ("Sakura Unmanned Systems", "JP", "Japanese"),
    ("Lusitania Drone Works", "PT", "Portuguese"), ("Vistula Defence Systems", "PL", "Polish"),
    ("Danubia Aerospace", "RO", "Romanian"), ("Kestrel Autonomy", "AU", "Australian"),
    ("Maple Unmanned Technologies", "CA", "Canadian"), ("Anadolu Robotics", "TR", "Turkish"),
    ("Hanse Aerospace", "DE", "German"), ("Bharat Drone Industries", "IN", "Indian"),
    ("Orion Defence Technologies", "GB", "British"), ("Baltic Drone Group", "LT", "Lithuanian"),
    ("Tatra Unmanned", "SK", "Slovak"), ("Adriatic Aerospace", "HR", "Croatian"),
    ("Nippon Sky Robotics", "JP", "Japanese"), ("Gyeonggi Drone Systems", "KR", "South Korean"),
    ("Taiwan Unmanned Industries", "TW", "Taiwanese"), ("Atlas Loitering Systems", "US", "American"),
    ("Iberia Drones", "ES", "Spanish"), ("Padana Aerospace", "IT", "Italian"),
    ("Rhône Robotics", "FR", "French"), ("Vikingfjord Dynamics", "NO", "Norwegian"),
]  # fmt: skip
GOVERNMENTS = {
    "UA": ("Ukraine", "Ukrainian", "Kyiv", "Ukraine's Ministry of Defence"),
    "JP": ("Japan", "Japanese", "Tokyo", "Japan's Ministry of Defense"),
    "PL": ("Poland", "Polish", "Warsaw", "the Polish Armament Agency"),
    "DE": ("Germany", "German", "Berlin", "the Bundeswehr"),
    "GB": ("the United Kingdom", "British", "London", "the British Army"),
    "US": ("the United States", "American", "Washington", "the US Army"),
    "TR": ("Turkey", "Turkish", "Ankara", "Turkey's defence procurement agency"),
    "FR": ("France", "French", "Paris", "the French armed forces"),
    "IT": ("Italy", "Italian", "Rome", "the Italian Army"),
    "ES": ("Spain", "Spanish", "Madrid", "Spain's defence ministry"),
    "RO": ("Romania", "Romanian", "Bucharest", "the Romanian Navy"),
    "LT": ("Lithuania", "Lithuanian", "Vilnius", "Lithuania's armed forces"),
    "EE": ("Estonia", "Estonian", "Tallinn", "the Estonian Defence Forces"),
    "LV": ("Latvia", "Latvian", "Riga", "Latvia's defence ministry"),
    "NL": ("the Netherlands", "Dutch", "The Hague", "the Dutch armed forces"),
    "DK": ("Denmark", "Danish", "Copenhagen", "the Danish defence ministry"),
    "NO": ("Norway", "Norwegian", "Oslo", "the Norwegian Army"),
    "FI": ("Finland", "Finnish", "Helsinki", "the Finnish Defence Forces"),
    "SE": ("Sweden", "Swedish", "Stockholm", "the Swedish Armed Forces"),
    "KR": ("South Korea", "South Korean", "Seoul", "South Korea's DAPA"),
    "TW": ("Taiwan", "Taiwanese", "Taipei", "Taiwan's defence ministry"),
    "IN": ("India", "Indian", "New Delhi", "the Indian Army"),
    "AU": ("Australia", "Australian", "Canberra", "the Australian Defence Force"),
    "CA": ("Canada", "Canadian", "Ottawa", "the Canadian Armed Forces"),
    "SA": ("Saudi Arabia", "Saudi", "Riyadh", "the Saudi defence ministry"),
    "AE": ("the UAE", "Emirati", "Abu Dhabi", "the UAE armed forces"),
    "QA": ("Qatar", "Qatari", "Doha", "Qatar's armed forces"),
    "AZ": ("Azerbaijan", "Azerbaijani", "Baku", "Azerbaijan's defence ministry"),
    "PK": ("Pakistan", "Pakistani", "Islamabad", "the Pakistan Army"),
    "CZ": ("the Czech Republic", "Czech", "Prague", "the Czech Army"),
    "BE": ("Belgium", "Belgian", "Brussels", "the Belgian Defence"),
    "PT": ("Portugal", "Portuguese", "Lisbon", "the Portuguese Navy"),
    "IL": ("Israel", "Israeli", "Jerusalem", "the Israeli Ministry of Defense"),
    "HR": ("Croatia", "Croatian", "Zagreb", "the Croatian Army"),
    "SK": ("Slovakia", "Slovak", "Bratislava", "the Slovak Armed Forces"),
    "CH": ("Switzerland", "Swiss", "Bern", "the Swiss Armed Forces"),
}
SYSTEMS = [
    "Bayraktar TB2", "Vector", "Switchblade 600", "Hero-120", "AR3", "THeMIS", "Warmate",
    "Leleka-100", "Ghost-X", "Altius-600", "Falcon-7", "Strix 300", "Kite-4", "Orbiter 3",
    "Harrier-R2", "Sentinel 50",
]  # fmt: skip
VALUES = ["$1.2 billion", "€300m", "£45 million", "USD 12.5 million", "$85 million",
          "€1.1bn", "$400 million", "£120m", "¥10 billion", "€42 million", "$9.6 million"]  # fmt: skip
QUANTITIES = ["1,000 drones", "24 unmanned aircraft", "300 loitering munitions", "12 systems",
              "5,000 FPV drones", "48 drones", "6 unmanned surface vessels", "150 UAVs"]  # fmt: skip
THREATS = ["Russia", "China", "North Korea", "Iran"]

BACKGROUND = [
    "Demand for unmanned systems has grown sharply since 2022, and armies across Europe are "
    "rethinking how they buy them.",
    "Analysts say battlefield experience has reshaped how militaries think about cheap, "
    "expendable aircraft.",
    "The company employs around {staff} people and builds most of its airframes in-house.",
    "{maker} was founded in {year} and has supplied customers in more than a dozen countries.",
    "Drone warfare has changed the economics of air defence, with interceptors often costing "
    "more than the targets they destroy.",
    "Officials have repeatedly warned about the threat posed by {threat}.",
    "The region faces growing pressure from {threat}, officials said.",
    "Its products include reconnaissance drones, loitering munitions and ground stations.",
    "The market for counter-drone systems is expected to double by the end of the decade.",
    "Electronic warfare has pushed designers towards autonomy and fibre-optic control.",
]  # fmt: skip
QUOTES = [
    '"This is an important step for our industry," a company spokesperson said.',
    '"We are proud of what our engineers have achieved," the chief executive said.',
    '"Speed matters more than ever," a senior official told reporters.',
    "A spokesperson declined to comment on the details.",
    "Neither side disclosed further details.",
]  # fmt: skip

# Deal wording per type and status: headline, lead. {s}=supplier maker, {sc}=its country name,
# {sd}=its demonym, {b}=buyer/partner (company or government), {bc}=partner country name,
# {bd}=partner demonym, {sys}, {val}, {qty}.
DEALS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "sale": {
        "signed": [
            ("{s} wins {val} drone contract from {bc}",
             "{sd} manufacturer {s} has signed a {val} contract to supply {qty} to {bg}."),
            ("{bc} orders {sys} drones from {sd} maker {s}",
             "{bg} placed an order with {s} for {qty}, the {sd} company said on {day}."),
            ("{s} to export loitering munitions to {bc} under new contract",
             "{s} signed an export contract with {bg} covering {sys} systems worth {val}."),
            ("{bd} military buys {sd} drones",
             "{bg} concluded a deal to purchase {qty} from {sd} firm {s}."),
        ],
        "delivered": [
            ("{s} delivers first {sys} drones to {bc}",
             "{sd} company {s} has delivered the first batch of {sys} drones to {bg} under a contract signed last year."),
            ("{bc} receives {sd}-made unmanned aircraft",
             "{bg} took delivery of {qty} built by {s}, completing an order placed in {year}."),
        ],
        "announced": [
            ("{bc} to buy {sys} drones from {s}",
             "{bg} announced plans to acquire {qty} from {sd} manufacturer {s} under a deal valued at {val}."),
            ("{s} selected to supply drones to {bc}",
             "{bg} has selected {s} to supply {sys} reconnaissance drones, the {sd} firm announced."),
        ],
        "in_talks": [
            ("{bc} in talks with {s} over drone purchase",
             "{bg} is in talks with {sd} manufacturer {s} about buying {qty}, officials said."),
        ],
        "cancelled": [
            ("{bc} scraps drone order with {s}",
             "{bg} has cancelled a {val} order for {sys} drones from {sd} company {s}, citing delays."),
        ],
        "rumored": [
            ("{bc} reportedly eyeing {sd} drones",
             "{bg} is reportedly close to buying {sys} drones from {s}, according to sources familiar with the matter."),
        ],
    },
    "co_production": {
        "signed": [
            ("{s} and {b} agree to co-produce drones",
             "{sd} firm {s} and {bd} company {b} signed an agreement to jointly produce {sys} drones."),
            ("{sd} and {bd} firms sign drone co-production deal",
             "{s} signed a deal with {b} to set up joint production of unmanned aircraft in {bc}."),
        ],
        "in_production": [
            ("{sd} drones now rolling off {bd} production line",
             "Serial production of {s}'s {sys} has begun at a plant run by {b} in {bc}, the companies said."),
            ("{b} starts production of {sd} drones in {bc}",
             "{b} began production of {sys} unmanned aircraft under a co-production arrangement with {sd} developer {s}."),
        ],
        "announced": [
            ("{s} plans to produce drones in {bc} with {b}",
             "{sd} manufacturer {s} announced plans to build drones jointly with {bd} partner {b} from next year."),
        ],
        "in_talks": [
            ("{sd} and {bd} drone makers in talks on joint production",
             "{s} is negotiating with {b} about co-production of loitering munitions in {bc}, both firms confirmed."),
        ],
    },
    "tech_transfer": {
        "signed": [
            ("{s} to transfer drone technology to {bc}",
             "{sd} company {s} signed a technology transfer agreement with {b} that will let the {bd} firm build {sys} drones."),
        ],
        "announced": [
            ("{bc} to gain drone know-how from {s}",
             "{s} will transfer know-how and technology for {sys} airframes to {bd} partner {b}, the companies announced."),
        ],
    },
    "licensing": {
        "signed": [
            ("{b} to build {sd} drones under licence",
             "{bd} manufacturer {b} signed a licence agreement with {s} to produce the {sys} in {bc}."),
            ("{s} licenses {sys} design to {bd} firm",
             "{s} granted {b} a licence to manufacture its {sys} loitering munition for {bd} customers."),
        ],
        "in_production": [
            ("Licensed production of {sys} starts in {bc}",
             "{b} has started licensed production of the {sys}, designed by {sd} company {s}."),
        ],
    },
    "joint_venture": {
        "signed": [
            ("{s} and {b} form drone joint venture",
             "{sd} company {s} and {bd} group {b} signed an agreement to set up a joint venture that will make unmanned systems in {bc}."),
            ("{sd}-{bd} joint venture to build counter-drone systems",
             "{s} and {b} established a joint venture, each holding 50%, to develop counter-drone systems."),
        ],
        "announced": [
            ("{s} and {b} announce plans for joint venture",
             "{s} and {b} announced plans to create a joint venture for drone production in {bc}."),
        ],
    },
    "investment": {
        "signed": [
            ("{b} invests in {sd} drone maker {s}",
             "{bd} group {b} has invested {val} in {sd} drone developer {s}, taking a minority stake."),
            ("{s} raises {val} from {bd} investor {b}",
             "{sd} startup {s} closed a {val} funding round led by {bd} fund {b}."),
        ],
        "announced": [
            ("{b} to invest {val} in {sd} drone start-up",
             "{bd} company {b} will invest {val} in {s} to expand production of {sys} drones, it announced."),
        ],
    },
    "acquisition": {
        "signed": [
            ("{b} acquires {sd} drone maker {s}",
             "{bd} defence group {b} has completed the acquisition of {s}, the {sd} unmanned systems developer."),
            ("{b} buys majority stake in {s}",
             "{b} agreed to acquire a majority stake in {sd} loitering munition maker {s} for {val}."),
        ],
        "announced": [
            ("{b} to take over {sd} drone firm {s}",
             "{bd} company {b} announced a takeover of {s}, subject to regulatory approval."),
        ],
    },
    "mou": {
        "signed": [
            ("{s} and {b} sign MoU on drone cooperation",
             "{sd} company {s} and {bd} firm {b} signed a memorandum of understanding on cooperation in unmanned systems."),
            ("{bc} and {sc} sign letter of intent on drones",
             "{bg} signed a letter of intent with {s} covering possible supplies of {sys} drones."),
            ("{sd} and {bd} firms sign memorandum at defence show",
             "On the sidelines of a defence exhibition, {s} and {b} signed a memorandum of understanding to explore joint work on counter-drone systems."),
        ],
    },
    "other": {
        "delivered": [
            ("{s} donates drones to {bc}",
             "{sd} company {s} has donated {qty} to {bg} as part of an aid package."),
        ],
    },
}  # fmt: skip

NEGATIVES: dict[str, list[tuple[str, str]]] = {
    "strike": [
        ("Drone strike hits {city} overnight",
         "{threat_d} forces launched dozens of attack drones at {city} overnight, officials said; air defences shot down most of them."),
        ("{bd} forces down {n} drones in massive attack",
         "Air defence units intercepted {n} drones and several missiles during the night, the military said, and two people were wounded."),
        ("Sea drones strike vessel in the Black Sea",
         "Naval drones struck a patrol ship, the navy said, in the latest attack on shipping."),
    ],
    "domestic": [
        ("{sc} army orders drones from local maker {s}",
         "{sg} signed a contract with {sd} manufacturer {s} for {qty}, strengthening the domestic industry."),
        ("{sd} ministry buys homegrown loitering munitions",
         "{sg} will buy {sys} loitering munitions from {s}, a domestic producer, under a {val} contract."),
    ],
    "regulation": [
        ("New drone rules take effect in {sc}",
         "{sg} published regulations restricting drone flights near airports and military sites, with fines for violations."),
        ("Lawmakers in {sc} approve counter-drone law",
         "Parliament passed a bill giving police powers to down drones over critical infrastructure."),
    ],
    "funding": [
        ("{sd} drone start-up {s} raises {val}",
         "{s} raised {val} in a funding round led by {sd} investors, and will use the money to hire engineers at home."),
    ],
    "unveiling": [
        ("{s} unveils new loitering munition",
         "{sd} company {s} unveiled the {sys}, a loitering munition with a range of 40 km, at a defence exhibition."),
        ("{s} shows {sys} at trade fair",
         "Visitors at the trade fair saw {s}'s new {sys} drone on display for the first time; the maiden flight took place last month."),
    ],
    "opinion": [
        ("Opinion: Europe must learn the lessons of drone warfare",
         "Europe's armies should rethink procurement, argues this commentary, because cheap drones have changed the battlefield."),
        ("Why drones will not replace artillery",
         "In this analysis, we argue that the hype about unmanned systems overlooks logistics and training."),
    ],
    "interest": [
        ("{sc} ready to share drone expertise with partners",
         "{sg} is ready to cooperate with foreign partners on drone production, a minister said, without naming any country or company."),
        ("{s} looking for international partners",
         "{sd} company {s} said it is open to partnerships abroad and interested in exporting, but has no agreement yet."),
    ],
    "exhibition": [
        ("Drone makers flock to defence exhibition in {city}",
         "More than 200 companies, including {s}, are showing unmanned systems at this year's exhibition in {city}."),
    ],
    "easy": [
        ("Central bank holds interest rates",
         "The central bank kept rates unchanged on {day}, citing persistent inflation."),
        ("Football club signs new striker",
         "The club signed a three-year contract with the forward, it said on {day}."),
        ("Airline orders 20 new jets",
         "The carrier placed an order for 20 narrow-body aircraft to renew its fleet."),
        ("Delivery drones to be tested in city centre",
         "A retailer will test parcel delivery by drone in the city centre this summer."),
    ],
}  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@cache
def _local_name(code: str, language: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    name = getattr(country, "common_name", None) or country.name
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        return translation.gettext(name)
    except OSError:
        return name


# A few templates in other languages, with the country in parentheses so no inflection is needed.
FOREIGN: dict[str, list[tuple[str, str, str, str, bool]]] = {
    # language: (title, text, deal_type, status, is_deal)
    "de": [
        ("{s} liefert Drohnen an {bcl}", "Der Hersteller {s} ({scl}) hat einen Vertrag über {qty_de} Drohnen mit {bcl} unterzeichnet. Der Auftrag hat einen Wert von {val}.", "sale", "signed", True),
        ("{s} und {b} vereinbaren gemeinsame Produktion", "{s} ({scl}) und {b} ({bcl}) wollen Drohnen gemeinsam produzieren; die Serienproduktion hat begonnen.", "co_production", "in_production", True),
        ("Drohnenangriff auf {city}", "In der Nacht griffen Drohnen {city} an; die Luftabwehr schoss die meisten ab.", None, None, False),
        ("{s} stellt neue Drohne vor", "Der Hersteller {s} ({scl}) präsentierte auf der Messe eine neue Aufklärungsdrohne.", None, None, False),
    ],
    "fr": [
        ("{s} signe un contrat de drones avec {bcl}", "Le fabricant {s} ({scl}) a signé un contrat avec {bcl} pour la livraison de drones d'une valeur de {val}.", "sale", "signed", True),
        ("{s} et {b} créent une coentreprise", "{s} ({scl}) et {b} ({bcl}) ont signé un accord pour créer une coentreprise de production de drones.", "joint_venture", "signed", True),
        ("Attaque de drones sur {city}", "Des drones ont frappé {city} pendant la nuit, selon les autorités.", None, None, False),
    ],
    "es": [
        ("{s} firma un contrato de drones con {bcl}", "La empresa {s} ({scl}) firmó un contrato con {bcl} para suministrar drones por {val}.", "sale", "signed", True),
        ("{s} y {b} firman un memorando sobre drones", "{s} ({scl}) y {b} ({bcl}) firmaron un memorando de entendimiento para cooperar en sistemas no tripulados.", "mou", "signed", True),
        ("Nueva normativa para drones", "El gobierno aprobó una normativa que restringe los vuelos de drones cerca de aeropuertos.", None, None, False),
    ],
    "it": [
        ("{s} firma un contratto per droni con {bcl}", "L'azienda {s} ({scl}) ha firmato un contratto con {bcl} per la fornitura di droni.", "sale", "signed", True),
        ("{s} e {b} avviano la produzione congiunta", "{s} ({scl}) e {b} ({bcl}) hanno avviato la produzione congiunta di droni in serie.", "co_production", "in_production", True),
        ("Attacco di droni su {city}", "Droni hanno colpito {city} durante la notte; la difesa aerea ne ha abbattuti molti.", None, None, False),
    ],
    "pl": [
        ("{s} podpisał umowę na drony z {b}", "Firma {s} ({scl}) podpisała umowę z {b} ({bcl}) na wspólną produkcję dronów.", "co_production", "signed", True),
        ("{bcl}: kontrakt na drony od {s}", "Agencja Uzbrojenia podpisała kontrakt z firmą {s} ({scl}) na dostawę dronów.", "sale", "signed", True),
        ("Atak dronów na {city}", "W nocy drony zaatakowały {city}; obrona przeciwlotnicza zestrzeliła większość.", None, None, False),
    ],
    "uk": [
        ("{s} та {b} підписали угоду про спільне виробництво дронів", "Компанія {s} ({scl}) та {b} ({bcl}) підписали угоду про спільне виробництво безпілотників.", "co_production", "signed", True),
        ("Атака дронів на {city}", "Вночі ворожі дрони атакували {city}; сили ППО збили більшість.", None, None, False),
        ("{s} представила новий дрон", "Компанія {s} представила новий безпілотник на виставці.", None, None, False),
    ],
    "ru": [
        ("{s} и {b} подписали соглашение о поставке дронов", "Компания {s} ({scl}) подписала контракт с {b} ({bcl}) на поставку беспилотников.", "sale", "signed", True),
        ("Атака беспилотников на {city}", "Ночью беспилотники атаковали {city}, сообщили власти.", None, None, False),
    ],
    "ja": [
        ("{s}と{b}、ドローンの共同生産で合意", "{s}（{scl}）と{b}（{bcl}）は無人機の共同生産に関する契約を締結した。", "co_production", "signed", True),
        ("{bcl}、{s}製ドローンを調達", "{bcl}の防衛当局は{s}（{scl}）と無人機の調達契約を締結した。", "sale", "signed", True),
        ("新型ドローンを展示", "{s}は見本市で新型ドローンを展示した。", None, None, False),
    ],
}  # fmt: skip
CITIES = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Belgorod", "Sumy"]


def _partner(rng: random.Random, supplier_country: str) -> tuple[str, str, str]:
    others = [m for m in MAKERS if m[1] != supplier_country]
    return rng.choice(others)


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


def templated_examples(seed: int = 7, per_template: int = 3) -> list[dict]:
    rng = random.Random(seed)
    examples: list[dict] = []

    def base_slots() -> dict[str, str]:
        maker, country, demonym = rng.choice(MAKERS)
        partner, partner_country, partner_demonym = _partner(rng, country)
        gov_country = rng.choice([c for c in GOVERNMENTS if c != country])
        gov = GOVERNMENTS[gov_country]
        return {
            "s": maker, "sc": GOVERNMENTS.get(country, (country,))[0], "sd": demonym,
            "sg": GOVERNMENTS.get(country, (None, None, None, "the government"))[3],
            "b": partner, "bd": partner_demonym,
            "bc": GOVERNMENTS.get(partner_country, (partner_country,))[0],
            "bg": gov[3], "gov_c": gov_country, "gov_name": gov[0], "gov_d": gov[1],
            "sys": rng.choice(SYSTEMS), "val": rng.choice(VALUES), "qty": rng.choice(QUANTITIES),
            "day": rng.choice(DAYS), "year": str(rng.randint(2005, 2024)),
            "staff": str(rng.choice([80, 250, 600, 1200, 3000])),
            "threat": rng.choice(THREATS), "threat_d": rng.choice(["Russian", "Enemy"]),
            "city": rng.choice(CITIES), "n": str(rng.randint(12, 140)),
            "_country": country, "_partner_country": partner_country,
        }  # fmt: skip

    def body(lead: str, slots: dict[str, str]) -> str:
        sentences = [lead]
        extra = rng.sample(BACKGROUND, 2) + [rng.choice(QUOTES)]
        rng.shuffle(extra)
        sentences += [_fill(s, {"maker": slots["s"], **slots}) for s in extra[: rng.randint(1, 3)]]
        return " ".join(sentences)

    for deal_type, statuses in DEALS.items():
        for status, templates in statuses.items():
            for title, lead in templates:
                for _ in range(per_template):
                    slots = base_slots()
                    uses_government = "{bg}" in lead or "{bg}" in title
                    if uses_government:
                        slots["bc"] = slots["gov_name"]
                        slots["bd"] = slots["gov_d"]
                        partner_country, companies = slots["gov_c"], [slots["s"]]
                    else:
                        partner_country, companies = (
                            slots["_partner_country"],
                            [slots["s"], slots["b"]],
                        )
                    if "{b}" not in lead and "{b}" not in title:
                        companies = [slots["s"]]
                    title_text = _fill(title, slots)
                    if "{bc}" in title and title_text.startswith("the "):
                        title_text = title_text[0].upper() + title_text[1:]
                    examples.append({
                        "title": title_text, "text": body(_fill(lead, slots), slots),
                        "language": "en", "label": "deal", "deal_type": deal_type,
                        "status": status, "countries": sorted({slots["_country"], partner_country}),
                        "companies": companies,
                    })  # fmt: skip
    for _kind, templates in NEGATIVES.items():
        for title, lead in templates:
            for _ in range(per_template + 1):
                slots = base_slots()
                slots["bd"] = rng.choice(["Ukrainian", "Polish", "Romanian", "Lithuanian"])
                examples.append({
                    "title": _fill(title, slots), "text": body(_fill(lead, slots), slots),
                    "language": "en", "label": "not_deal", "deal_type": None, "status": None,
                    "countries": [], "companies": [],
                })  # fmt: skip
    for language, templates in FOREIGN.items():
        for title, text, deal_type, status, is_deal in templates:
            for _ in range(per_template):
                slots = base_slots()
                slots["scl"] = _local_name(slots["_country"], language)
                slots["bcl"] = _local_name(slots["_partner_country"], language)
                slots["qty_de"] = rng.choice(["3.000", "120", "1.500", "48"])
                examples.append({
                    "title": _fill(title, slots), "text": _fill(text, slots),
                    "language": language, "label": "deal" if is_deal else "not_deal",
                    "deal_type": deal_type, "status": status,
                    "countries": sorted({slots["_country"], slots["_partner_country"]}) if is_deal else [],
                    "companies": [slots["s"]] + ([slots["b"]] if "{b}" in text else []) if is_deal else [],
                })  # fmt: skip
    return examples
