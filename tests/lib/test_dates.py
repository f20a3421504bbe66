import datetime as dt

import pytest

from dealtracker.lib.dates import format_partial_date, parse_partial_date


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("2025", dt.date(2025, 1, 1), "year"),
        ("2025-07", dt.date(2025, 7, 1), "month"),
        ("2025-07-03", dt.date(2025, 7, 3), "day"),
    ],
)
def test_it_reads_partial_dates_with_their_precision(text, date, precision):
    assert parse_partial_date(text) == (date, precision)


@pytest.mark.parametrize("text", ["", "July 2025", "2025-13", "25"])
def test_it_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError):
        parse_partial_date(text)


def test_it_shows_only_the_known_part_of_a_date():
    assert format_partial_date(dt.date(2025, 7, 1), "month") == "Jul 2025"
    assert format_partial_date(dt.date(2025, 7, 3), "day") == "3 Jul 2025"
    assert format_partial_date(None, "day") == ""
