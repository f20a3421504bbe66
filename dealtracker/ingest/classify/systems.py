"""Systems: known products and their aliases, plus product-like designations not known yet."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .matcher import Entry, PhraseMatcher
from .schema import KnownSystem

# Well-known drones, loitering munitions and counter-drone systems,
# `key | name | aliases; … | maker` (the maker's name as the company gazetteer knows it).
BUILTIN_SYSTEMS = """
bayraktar-tb2 | Bayraktar TB2 | TB2 | Baykar
bayraktar-tb3 | Bayraktar TB3 | TB3 | Baykar
akinci | Bayraktar Akinci | Akinci; Akıncı | Baykar
kizilelma | Kizilelma | Kızılelma | Baykar
anka | Anka | TAI Anka; Anka-S | Turkish Aerospace
aksungur | Aksungur |  | Turkish Aerospace
kargu | Kargu | Kargu-2 | STM
mq-9 | MQ-9 Reaper | MQ-9; MQ-9A; Reaper | General Atomics
mq-9b | MQ-9B | SkyGuardian; SeaGuardian; MQ-9B SkyGuardian; MQ-9B SeaGuardian | General Atomics
mq-1c | MQ-1C Gray Eagle | Gray Eagle; MQ-1C | General Atomics
mq-4c | MQ-4C Triton | Triton | Northrop Grumman
rq-4 | RQ-4 Global Hawk | Global Hawk | Northrop Grumman
switchblade-300 | Switchblade 300 |  | AeroVironment
switchblade-600 | Switchblade 600 |  | AeroVironment
puma | RQ-20 Puma | Puma AE; Puma LE | AeroVironment
jump-20 | JUMP 20 |  | AeroVironment
phoenix-ghost | Phoenix Ghost |  |
altius | Altius | Altius-600; Altius-700 | Anduril
ghost | Ghost | Ghost-X | Anduril
roadrunner | Roadrunner |  | Anduril
coyote | Coyote |  | Raytheon
scaneagle | ScanEagle |  | Boeing
heron | Heron | Heron TP; Heron 1 | Israel Aerospace Industries
hermes-900 | Hermes 900 |  | Elbit Systems
hermes-450 | Hermes 450 |  | Elbit Systems
harop | Harop |  | Israel Aerospace Industries
harpy | Harpy |  | Israel Aerospace Industries
orbiter | Orbiter | Orbiter 3; Orbiter 4 | Aeronautics
hero-120 | Hero-120 | Hero 120 | UVision
hero-30 | Hero-30 | Hero 30 | UVision
vector | Vector |  | Quantum Systems
twister | Twister |  | Quantum Systems
warmate | Warmate |  | WB Group
gladius | Gladius |  | WB Group
themis | THeMIS |  | Milrem Robotics
ar3 | AR3 | Tekever AR3 | Tekever
ar5 | AR5 | Tekever AR5 | Tekever
black-hornet | Black Hornet |  | Teledyne FLIR
eurodrone | Eurodrone | European MALE RPAS |
watchkeeper | Watchkeeper |  |
shahed-136 | Shahed-136 | Shahed 136; Geran-2 |
orlan-10 | Orlan-10 |  |
lancet | Lancet |  | Kalashnikov
wing-loong | Wing Loong | Wing Loong II | AVIC
ch-4 | CH-4 |  | CASC
ch-5 | CH-5 |  | CASC
leleka-100 | Leleka-100 |  |
pd-2 | PD-2 |  | Ukrspecsystems
punisher | Punisher |  |
magura-v5 | Magura V5 | Magura |
sea-baby | Sea Baby |  |
skydio-x10 | Skydio X10 | X10D | Skydio
mavic-3 | Mavic 3 |  | DJI
anafi | Anafi | Anafi USA | Parrot
hx-2 | HX-2 |  |
hf-1 | HF-1 |  |
drone-shield-dronegun | DroneGun |  |
"""

_DESIGNATION = re.compile(r"\b(?:[A-Z]{1,4}-?\d{1,3}[A-Z]{0,2}|[A-Z][a-z]+(?:-| )\d{2,3})\b")
_DRONE_CONTEXT = re.compile(
    r"drone|uav|uas|unmanned|loitering|munition|quadcopter|aircraft|vessel|dron|дрон|бпла|"
    r"ドローン|無人|i̇ha|iha",
    re.IGNORECASE,
)
_NOT_SYSTEMS = re.compile(
    r"^(?:COVID|G\d|F-\d+|Su-\d+|MiG-\d+|A\d{3}|B\d{3}|Article|Section|Page|Room|Rule|Class|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Ramstein|Chapter|Phase|Stage|Level|Tier|Block|Lot|Round|Group|Number)\b"
    # Amounts written with a currency code ("USD200 million") are no designations.
    r"|^(?:USD|EUR|GBP|JPY|CNY|RMB|AUD|CAD|CHF|SEK|NOK|DKK|PLN|CZK|TRY|INR|KRW|NTD?|UAH|RUB)-?\d"
)


@dataclass(frozen=True)
class SystemMatch:
    key: str | None
    name: str
    start: int
    end: int


@cache
def builtin_systems() -> tuple[KnownSystem, ...]:
    systems = []
    for line in BUILTIN_SYSTEMS.strip().splitlines():
        key, name, aliases, *maker = (part.strip() for part in line.split("|"))
        alias_list = tuple(alias.strip() for alias in aliases.split(";") if alias.strip())
        systems.append(KnownSystem(key, name, alias_list, (maker or [""])[0] or None))
    return tuple(systems)


def merge_systems(primary: Iterable[KnownSystem], fallback: Iterable[KnownSystem]) -> list:
    merged = list(primary)
    taken = {name.lower() for s in merged for name in (s.name, *s.aliases)}
    for system in fallback:
        if not {n.lower() for n in (system.name, *system.aliases)} & taken:
            merged.append(system)
    return merged


def _two_words_in_one(name: str) -> bool:
    """ "SkyRanger", "SeaGuardian": a name of two words run together is written as its maker
    writes it — "SkyRanger" (a drone) is not "Skyranger" (an air-defence gun)."""
    return bool(re.search(r"[a-z][A-Z][a-z]{2}", name))


class SystemGazetteer:
    def __init__(self, systems: Iterable[KnownSystem]) -> None:
        self.systems = {system.key: system for system in systems}
        self._matcher = PhraseMatcher(
            Entry(
                phrase=written,
                payload=system.key,
                case_sensitive=(name.isupper() and len(name) <= 6) or _two_words_in_one(name),
                needs_capital=True,
            )
            for system in self.systems.values()
            for name in {system.name, *system.aliases}
            # ...or in capitals, as headlines and wire copy write it
            for written in ({name, name.upper()} if _two_words_in_one(name) else {name})
        )

    def find(self, text: str, folded: str | None = None) -> list[SystemMatch]:
        matches: dict[str, SystemMatch] = {}
        for match in self._matcher.find(text, folded):
            system = self.systems[match.payload]
            matches.setdefault(
                system.key, SystemMatch(system.key, system.name, match.start, match.end)
            )
        return list(matches.values())


def propose_systems(
    text: str,
    sentences: list[tuple[int, int]],
    taken: list[tuple[int, int]],
    known_names: Iterable[str] = (),
) -> list[SystemMatch]:
    """Model designations ("MQ-9B", "Switchblade 600") in sentences about drones; not a span
    `taken` by a known name, nor a second mention of a system found (`known_names`)."""
    known = {name.casefold() for name in known_names}
    found: dict[str, SystemMatch] = {}
    for start, end in sentences:
        sentence = text[start:end]
        if not _DRONE_CONTEXT.search(sentence):
            continue
        for match in _DESIGNATION.finditer(sentence):
            name = match.group(0)
            absolute = (start + match.start(), start + match.end())
            if _NOT_SYSTEMS.match(name) or re.fullmatch(r"[A-Za-z]+ (?:19|20)\d\d", name):
                continue
            if name.casefold() in known:
                continue
            if any(absolute[0] < t_end and t_start < absolute[1] for t_start, t_end in taken):
                continue
            found.setdefault(name, SystemMatch(None, name, *absolute))
    return list(found.values())
