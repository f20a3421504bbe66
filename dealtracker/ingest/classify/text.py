"""Text folding shared by every gazetteer.

`fold` keeps the string's length, so an offset found in the folded text is an offset in the
original: lower case, accents stripped, anything that is not a letter or digit made a space.
"""

from __future__ import annotations

import re
import unicodedata


class _FoldTable(dict):
    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        if "\u3040" <= char <= "\u30ff":
            # Kana keep their voicing marks: ダ is not タ ("ダイ" is no "タイ", Thailand).
            folded = char
        elif "\uac00" <= char <= "\ud7af":
            # A Hangul syllable decomposes to jamo; its first jamo alone would make 폴란드
            # (Poland) and 핀란드 (Finland) the same word.
            folded = char
        elif unicodedata.category(char).startswith("M"):
            # Vowel signs of Indic and Arabic scripts are marks, not separators.
            folded = char
        elif not char.isalnum():
            folded = " "
        else:
            base = unicodedata.normalize("NFKD", char)[0]
            if unicodedata.combining(base):
                base = char
            folded = base.lower()[0]
        self[codepoint] = folded
        return folded


# Letters that Unicode does not decompose to a base letter: "zamówiła" must read as the
# "zamowil*" a cue is written with, "Havacılık" as "havacilik".
_FOLD_TABLE = _FoldTable({ord(k): v for k, v in zip("łŁđĐøØıħŧ", "llddooiht", strict=True)})
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+|(?<=[。！？])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def fold(text: str) -> str:
    return text.translate(_FOLD_TABLE)


def fold_phrase(text: str) -> str:
    """Fold and collapse spaces: the form gazetteer entries are stored in."""
    return " ".join(fold(text).split())


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def is_cjk_char(char: str) -> bool:
    return (
        "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, by punctuation and line breaks."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def is_word_boundary(folded: str, start: int, end: int) -> bool:
    before_ok = start == 0 or folded[start - 1] == " "
    after_ok = end >= len(folded) or folded[end] == " "
    return before_ok and after_ok
