"""Money and quantities in news prose: "$1.2 billion", "€300m", "3.000 Drohnen"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .schema import Value

# Approximate mid-market rates in US dollars per unit on 2025-01-02. A fixed table keeps the
# classifier deterministic and offline; amounts in USD are indicative, not accounting figures.
USD_RATES_DATE = "2025-01-02"
USD_PER_UNIT = {
    "USD": Decimal("1"), "EUR": Decimal("1.035"), "GBP": Decimal("1.25"), "JPY": Decimal("0.0064"),
    "CHF": Decimal("1.10"), "CAD": Decimal("0.695"), "AUD": Decimal("0.62"), "NZD": Decimal("0.56"),
    "SEK": Decimal("0.090"), "NOK": Decimal("0.088"), "DKK": Decimal("0.139"),
    "PLN": Decimal("0.242"), "CZK": Decimal("0.041"), "HUF": Decimal("0.0025"),
    "RON": Decimal("0.208"), "TRY": Decimal("0.028"), "UAH": Decimal("0.0237"),
    "RUB": Decimal("0.0091"), "ILS": Decimal("0.274"), "INR": Decimal("0.0117"),
    "KRW": Decimal("0.00068"), "CNY": Decimal("0.137"), "TWD": Decimal("0.0305"),
    "SGD": Decimal("0.73"), "AED": Decimal("0.272"), "SAR": Decimal("0.266"),
    "BRL": Decimal("0.162"),
}  # fmt: skip

_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "円": "JPY", "yen": "JPY", "chf": "CHF", "c$": "CAD", "cad": "CAD",
    "a$": "AUD", "aud": "AUD", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN",
    "zł": "PLN", "zl": "PLN", "złotych": "PLN", "czk": "CZK", "kč": "CZK", "try": "TRY",
    "₺": "TRY", "lira": "TRY", "uah": "UAH", "₴": "UAH", "hryvnias": "UAH", "грн": "UAH",
    "rub": "RUB", "₽": "RUB", "руб": "RUB", "ils": "ILS", "₪": "ILS", "shekels": "ILS",
    "inr": "INR", "₹": "INR", "rupees": "INR", "krw": "KRW", "₩": "KRW", "won": "KRW",
    "cny": "CNY", "yuan": "CNY", "rmb": "CNY", "twd": "TWD", "sgd": "SGD", "aed": "AED",
    "sar": "SAR", "brl": "BRL", "r$": "BRL", "dollars": "USD", "dollar": "USD", "euros": "EUR",
    "euro": "EUR", "pounds": "GBP", "доларів": "USD", "долларов": "USD", "евро": "EUR",
    "євро": "EUR", "dolarów": "USD", "euro's": "EUR", "dólares": "USD", "dollari": "USD",
    "ドル": "USD", "ユーロ": "EUR", "ポンド": "GBP",
}  # fmt: skip
_SCALES = {
    "trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "b": 10**9,
    "million": 10**6, "mn": 10**6, "m": 10**6, "mln": 10**6, "mio": 10**6, "millionen": 10**6,
    "millions": 10**6, "millones": 10**6, "milioni": 10**6, "milionów": 10**6, "mln.": 10**6,
    "miliardów": 10**9, "mld": 10**9, "mrd": 10**9, "milliarden": 10**9, "milliard": 10**9,
    "milliards": 10**9, "miliardi": 10**9, "mil millones": 10**9, "млн": 10**6, "млрд": 10**9,
    "мільйонів": 10**6, "мільярдів": 10**9, "миллионов": 10**6, "миллиардов": 10**9,
    "thousand": 10**3, "k": 10**3, "億": 10**8, "万": 10**4, "兆": 10**12, "milyar": 10**9,
    "milyon": 10**6,
}  # fmt: skip
_NUMBER = r"\d{1,3}(?:[,.\s ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = "|".join(sorted((re.escape(s) for s in _SCALES), key=len, reverse=True))
_CURRENCY = "|".join(sorted((re.escape(s) for s in _SYMBOLS), key=len, reverse=True))
_PREFIXED = re.compile(
    rf"(?<![\w$€£¥])({_CURRENCY})\s?({_NUMBER})(?:\s?({_SCALE})(?![\w]))?", re.IGNORECASE
)
_SUFFIXED = re.compile(
    rf"(?<![\w.,])({_NUMBER})\s?({_SCALE})?\s?(?:of\s)?({_CURRENCY})(?![\w])", re.IGNORECASE
)
_QUANTITY = re.compile(
    rf"(?<![\w$€£¥.,])({_NUMBER}|a dozen|dozens of|hundreds of|thousands of)\s+(?:more\s+|new\s+|"
    r"additional\s+|[A-Z][\w\-]+\s+){0,2}(?:unmanned (?:aerial |surface |ground )?(?:aircraft|"
    r"vehicles|systems|vessels)|drones?|UAVs?|UASs?|UGVs?|USVs?|loitering munitions?|"
    r"interceptors?|quadcopters?|units|systems|Drohnen|drones|drony|dronów|дронів|дронов|"
    r"БПЛА|беспилотник\w*|безпілотник\w*|droni|drones|機|台)",
)


def parse_number(raw: str) -> Decimal | None:
    """'1,000' -> 1000, '3.000' -> 3000, '1.2' -> 1.2, '12,5' -> 12.5."""
    raw = raw.replace(" ", "").replace("\u202f", "").replace("\xa0", "").strip()
    if re.fullmatch(r"\d{1,3}(?:[,.\s]\d{3})+", raw):
        raw = re.sub(r"[,.\s]", "", raw)
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", raw):
        raw = raw.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", raw):
        raw = raw.replace(".", "").replace(",", ".")
    else:
        raw = raw.replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _to_value(number: str, scale: str | None, currency_word: str) -> Value | None:
    amount = parse_number(number)
    currency = _SYMBOLS.get(currency_word.lower())
    if amount is None or currency is None:
        return None
    if scale:
        amount *= _SCALES.get(scale.lower(), 1)
    amount = amount.normalize()
    if amount < 1000 and not scale:
        return None
    rate = USD_PER_UNIT.get(currency)
    usd = (amount * rate).quantize(Decimal("1")) if rate is not None else None
    return Value(amount=amount.quantize(Decimal("1")), currency=currency, amount_usd=usd)


def find_values(text: str) -> list[tuple[int, Value]]:
    values = []
    for match in _PREFIXED.finditer(text):
        value = _to_value(match.group(2), match.group(3), match.group(1))
        if value:
            values.append((match.start(), value))
    for match in _SUFFIXED.finditer(text):
        value = _to_value(match.group(1), match.group(2), match.group(3))
        if value and not any(abs(match.start() - s) < 3 for s, _ in values):
            values.append((match.start(), value))
    return sorted(values, key=lambda item: item[0])


def find_value(text: str) -> Value | None:
    """The largest amount stated: a deal's headline figure outweighs its instalments."""
    values = find_values(text)
    return max((value for _, value in values), key=lambda v: v.amount_usd or 0, default=None)


def find_quantity(text: str) -> int | None:
    for match in _QUANTITY.finditer(text):
        raw = match.group(1)
        if not raw[0].isdigit():
            continue
        number = parse_number(raw)
        if number is not None and 0 < number < 10**6 and number == int(number):
            if 1900 <= number <= 2100 and "," not in raw and "." not in raw:
                continue
            return int(number)
    return None
