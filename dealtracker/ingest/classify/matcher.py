"""An Aho-Corasick phrase matcher over folded text, shared by the country, company and system
gazetteers: case- and punctuation-tolerant, word-boundary aware, longest match wins."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import ahocorasick

from .text import fold, fold_phrase, has_cjk, is_cjk_char


@dataclass(frozen=True)
class Entry:
    phrase: str
    payload: Hashable
    # A stem ("ukrainisch*") matches the start of a word and whatever follows it.
    prefix: bool = False
    # Acronyms ("US", "IAI") only count in capitals, or "us" and "edge" would match everywhere.
    case_sensitive: bool = False
    # Common words that are also names ("Turkey", "Parrot") only count capitalised.
    needs_capital: bool = False


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    payload: Hashable
    surface: str


def looks_like_acronym(phrase: str) -> bool:
    letters = [char for char in phrase if char.isalpha()]
    upper = sum(1 for char in letters if char.isupper())
    return upper >= 2 and len(letters) <= 6


def _case_shape(text: str) -> list[bool]:
    return [char.isupper() for char in text if char.isalpha()]


class PhraseMatcher:
    def __init__(self, entries: Iterable[Entry]) -> None:
        grouped: dict[str, list[Entry]] = {}
        # "власн* завод": a stem inside a phrase. The automaton finds the words before the first
        # star; the rest of the phrase is checked from there.
        self._inner: dict[Entry, re.Pattern] = {}
        for entry in entries:
            key = fold_phrase(entry.phrase)
            if "*" in entry.phrase:
                parts = [fold_phrase(part) for part in entry.phrase.split("*")]
                key = parts[0]
                self._inner[entry] = re.compile(
                    r"\w*\s+".join(" +".join(map(re.escape, part.split())) for part in parts)
                )
            if len(key) < 2 or (len(key) < 3 and not entry.case_sensitive and not has_cjk(key)):
                continue
            grouped.setdefault(key, []).append(entry)
            # Text keeps its punctuation as spaces: "Rohde & Schwarz" folds to three of them.
            spaced = fold(entry.phrase).strip()
            if spaced != key and "*" not in entry.phrase:
                grouped.setdefault(spaced, []).append(entry)
        self._automaton = ahocorasick.Automaton()
        for key, group in grouped.items():
            self._automaton.add_word(key, (len(key), tuple(group), has_cjk(key)))
        self._empty = not grouped
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, folded: str | None = None) -> list[Match]:
        if self._empty:
            return []
        folded = fold(text) if folded is None else folded
        candidates: list[tuple[int, int, Entry]] = []
        for last, (length, group, cjk) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            # Japanese and Chinese write Latin names against their own script: "米Skydio".
            if (
                not cjk
                and start > 0
                and folded[start - 1] != " "
                and not is_cjk_char(folded[start - 1])
            ):
                continue
            for entry in group:
                match_end = end
                inner = self._inner.get(entry)
                if inner is not None:
                    whole = inner.match(folded, start)
                    if whole is None:
                        continue
                    match_end = whole.end()
                surface = text[start:match_end]
                if (
                    not cjk
                    and not entry.prefix
                    and match_end < len(folded)
                    and folded[match_end] != " "
                    and not is_cjk_char(folded[match_end])
                ):
                    continue
                if entry.case_sensitive and _case_shape(surface) != _case_shape(entry.phrase):
                    continue
                if entry.needs_capital and not surface[:1].isupper():
                    continue
                if entry.prefix:
                    while match_end < len(folded) and folded[match_end] != " ":
                        match_end += 1
                candidates.append((start, match_end, entry))
        candidates.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        matches: list[Match] = []
        taken_until = -1
        for start, end, entry in candidates:
            if start < taken_until:
                if matches and matches[-1].start == start and matches[-1].end == end:
                    matches.append(Match(start, end, entry.payload, text[start:end]))
                continue
            matches.append(Match(start, end, entry.payload, text[start:end]))
            taken_until = end
        return matches
