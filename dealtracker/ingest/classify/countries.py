"""The country gazetteer: pycountry names in many languages, plus the tables of
countries_data (demonyms, capitals, government bodies)."""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

import pycountry

from . import countries_data
from .matcher import Entry, PhraseMatcher, looks_like_acronym
from .text import fold_phrase, has_cjk

# The languages whose pycountry translations we load: the major European languages, and the
# others our sources publish in.
LANGUAGES = (
    "de", "fr", "es", "it", "pl", "uk", "ru", "pt", "nl", "ja", "tr", "sv", "ro", "cs", "sk",
    "hr", "bg", "hu", "fi", "da", "nb", "el", "ko", "zh_CN", "ar", "hi",
)  # fmt: skip
# Languages that inflect nouns: their single-word country names also match as stems
# ("Україна" finds "України", "Japonia" finds "Japonii").
INFLECTING = frozenset({"pl", "uk", "ru", "cs", "sk", "hr", "bg", "fi", "hu", "ro", "el"})
KINDS = ("name", "demonym", "capital", "government")
_VOWEL_ENDINGS = "aeiouyаеиоуяыьйіїєюięąáéíóú"


@dataclass(frozen=True)
class CountryMention:
    code: str
    kind: str
    start: int
    end: int
    surface: str


def _parse_table(table: str) -> list[tuple[tuple[str, ...], str]]:
    rows = []
    for line in table.strip().splitlines():
        codes, _, entries = line.partition(":")
        for entry in entries.split(","):
            if entry.strip():
                rows.append((tuple(codes.strip().split("+")), entry.strip()))
    return rows


def _name_variants(name: str) -> set[str]:
    """'Korea, Republic of' gives itself and 'Korea'; '大韓民国 (韓国)' gives both parts."""
    variants = {name}
    if "(" in name:
        outside, _, inside = name.partition("(")
        variants |= {outside.strip(), inside.rstrip(")").strip()}
    if "," in name:
        variants.add(name.split(",")[0].strip())
    return {variant for variant in variants if len(variant) >= 2}


def _stem(name: str) -> str | None:
    if " " in name or has_cjk(name) or len(name) < 6:
        return None
    return name[:-1] if name[-1].lower() in _VOWEL_ENDINGS else name


@cache
def _generated_names() -> dict[str, set[tuple[str, bool]]]:
    """Folded name -> {(code, is_stem)} from pycountry in every language we load."""
    names: dict[str, set[tuple[str, bool]]] = {}
    translators = [(None, None)]
    for language in LANGUAGES:
        try:
            translation = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            )
        except OSError:
            continue
        translators.append((language, translation))
    for country in pycountry.countries:
        english = {
            getattr(country, attribute, None)
            for attribute in ("name", "common_name", "official_name")
        } - {None}
        for language, translation in translators:
            for source in english:
                local = translation.gettext(source) if translation else source
                for variant in _name_variants(local):
                    names.setdefault(variant, set()).add((country.alpha_2, False))
                    stem = _stem(variant) if language in INFLECTING else None
                    if stem and stem != variant:
                        names.setdefault(stem, set()).add((country.alpha_2, True))
    return names


def _entries() -> list[Entry]:
    entries: list[Entry] = []
    manual = {fold_phrase(entry) for _, entry in _parse_table(countries_data.NAMES)}
    for name, targets in _generated_names().items():
        codes = {code for code, _ in targets}
        # A name that two countries share ("Korea") is only kept where the tables decide it.
        if len(codes) != 1 or fold_phrase(name) in manual:
            continue
        (code,) = codes
        if fold_phrase(name) in countries_data.NOT_NAMES:
            continue
        is_stem = all(stem for _, stem in targets)
        # Country names are proper nouns: lower case "spaning" (Swedish, reconnaissance) is not
        # the stem of "Spanien", nor "państwo" (a state) Palestine's.
        entries.append(_entry(name, ((code,), "name"), prefix=is_stem, capital=name[:1].isupper()))
    tables = (
        (countries_data.NAMES, "name"),
        (countries_data.DEMONYMS, "demonym"),
        (countries_data.CAPITALS, "capital"),
        (countries_data.GOVERNMENT, "government"),
        (countries_data.PAIRS, "name"),
    )
    for table, kind in tables:
        for codes, phrase in _parse_table(table):
            prefix = phrase.endswith("*")
            entries.append(_entry(phrase.rstrip("*"), (codes, kind), prefix=prefix))
    for phrase in countries_data.NOT_COUNTRIES.replace("\n", " ").split(","):
        if phrase.strip():
            entries.append(_entry(phrase.strip(), ((), "name"), prefix=False))
    return entries


def _entry(phrase: str, payload: tuple, prefix: bool, capital: bool = False) -> Entry:
    return Entry(
        phrase=phrase,
        payload=payload,
        prefix=prefix,
        case_sensitive=looks_like_acronym(phrase),
        needs_capital=capital or fold_phrase(phrase) in countries_data.NEEDS_CAPITAL,
    )


def _katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "\u30fc"


def _inside_katakana_word(text: str, start: int, end: int) -> bool:
    """Katakana words run together: マリ (Mali) in マリン (marine) is no country."""
    if not all(_katakana(char) for char in text[start:end]):
        return False
    return (start > 0 and _katakana(text[start - 1])) or (end < len(text) and _katakana(text[end]))


# Japanese news marks a foreign company by one character of its country before the name:
# "米エアロバイロメント" (US), "英ペナント" (UK), "豪サザンクロス" (Australia).
JAPANESE_MARKS = {
    "米": "US", "英": "GB", "豪": "AU", "独": "DE", "仏": "FR", "伊": "IT", "韓": "KR",
    "露": "RU", "印": "IN", "加": "CA", "台": "TW", "蘭": "NL",
}  # fmt: skip
_JAPANESE_COUNTRY_MARK = re.compile(rf"(?<![一-龥々])([{''.join(JAPANESE_MARKS)}])(?=[ァ-ヴ])")


class CountryGazetteer:
    def __init__(self) -> None:
        self._matcher = PhraseMatcher(_entries())

    def find(self, text: str, folded: str | None = None) -> list[CountryMention]:
        mentions = [
            CountryMention(JAPANESE_MARKS[m.group(1)], "demonym", m.start(), m.end(), m.group(1))
            for m in (_JAPANESE_COUNTRY_MARK.finditer(text) if has_cjk(text) else ())
        ]
        seen: set[tuple[str, int]] = {(mention.code, mention.start) for mention in mentions}
        for match in self._matcher.find(text, folded):
            codes, kind = match.payload
            if _inside_katakana_word(text, match.start, match.end):
                continue
            for code in codes:
                if (code, match.start) not in seen:
                    seen.add((code, match.start))
                    mentions.append(
                        CountryMention(code, kind, match.start, match.end, match.surface)
                    )
        return sorted(mentions, key=lambda mention: mention.start)


@cache
def country_gazetteer() -> CountryGazetteer:
    return CountryGazetteer()


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name
