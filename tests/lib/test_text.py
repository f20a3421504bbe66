import pytest

from dealtracker.lib.text import normalise_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Baykar Makina A.Ş.", "baykar makina"),
        ("Leonardo S.p.A.", "leonardo"),
        ("Quantum-Systems GmbH", "quantum systems"),
        ("General Atomics Aeronautical Systems, Inc.", "general atomics aeronautical systems"),
        ("BAE Systems plc", "bae systems"),
        ("Kratos Defense & Security Solutions", "kratos defense and security solutions"),
    ],
)
def test_it_folds_case_accents_punctuation_and_legal_suffixes(name, expected):
    assert normalise_name(name) == expected


def test_a_lone_suffix_word_is_kept_as_the_name():
    assert normalise_name("Inc") == "inc"


def test_a_name_without_letters_normalises_to_nothing():
    assert normalise_name(" -- ") == ""
