"""Dates as news reports them: a day, or only a month or a year."""

import datetime as dt

DAY, MONTH, YEAR = "day", "month", "year"


def parse_partial_date(value: str) -> tuple[dt.date, str]:
    """Parse "2025", "2025-07" or "2025-07-03" into the first day it names and its precision.

    Raises ValueError for anything else.
    """
    parts = value.strip().split("-")
    if len(parts) == 1 and len(parts[0]) == 4:
        return dt.date(int(parts[0]), 1, 1), YEAR
    if len(parts) == 2:
        return dt.date(int(parts[0]), int(parts[1]), 1), MONTH
    if len(parts) == 3:
        return dt.date.fromisoformat(value.strip()), DAY
    raise ValueError(f"not a date: {value!r}")


def format_partial_date(value: dt.date | None, precision: str) -> str:
    """The inverse of parse_partial_date, for display: "2025", "Jul 2025", "3 Jul 2025"."""
    if value is None:
        return ""
    if precision == YEAR:
        return f"{value:%Y}"
    if precision == MONTH:
        return f"{value:%b %Y}"
    return f"{value.day} {value:%b %Y}"
