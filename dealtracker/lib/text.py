"""Name normalisation shared by alias matching, merging and de-duplication."""

import re
import unicodedata

LEGAL_SUFFIXES = {
    "ab", "ag", "as", "asa", "bv", "co", "corp", "corporation", "gmbh", "inc", "incorporated",
    "jsc", "kg", "limited", "llc", "ltd", "nv", "oy", "oyj", "plc", "pjsc", "pty", "sa", "sas",
    "spa", "srl", "tbk", "company",
}  # fmt: skip


def normalise_name(name: str) -> str:
    """Fold case, accents and punctuation so "Baykar Makina A.Ş." matches "baykar makina".

    Legal-form suffixes at the end are dropped; an empty result means the name held no
    letters or digits.
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = folded.replace("&", " and ")
    # Dotted abbreviations ("S.p.A.", "A.Ş.") become one token before punctuation goes.
    folded = re.sub(r"\b(\w)\.(?=\w\.)", r"\1", folded)
    folded = re.sub(r"\b(\w)\.(?=\w\b)", r"\1", folded)
    words = re.findall(r"[^\W_]+", folded)
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)
