"""The classifier's inputs and outputs: plain dataclasses, no Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

DEAL_TYPES = (
    "co_production",
    "sale",
    "tech_transfer",
    "licensing",
    "joint_venture",
    "investment",
    "acquisition",
    "mou",
    "other",
)
STATUSES = ("rumored", "in_talks", "announced", "signed", "in_production", "delivered", "cancelled")
ROLES = (
    "supplier",
    "recipient",
    "partner",
    "investor",
    "acquirer",
    "target",
    "licensor",
    "licensee",
)


@dataclass(frozen=True)
class ArticleInput:
    title: str
    text: str
    url: str = ""
    published: date | str | None = None
    language: str = ""


@dataclass(frozen=True)
class KnownCompany:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True)
class KnownSystem:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    maker: str | None = None  # the maker's name or alias, as the company gazetteer knows it


@dataclass(frozen=True)
class KnownDeal:
    """A deal the database records: news about the same parties is likely news of it."""

    key: str
    deal_type: str
    companies: frozenset[str] = frozenset()  # KnownCompany keys
    countries: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CountryParty:
    code: str
    role: str | None
    confidence: float


@dataclass(frozen=True)
class CompanyParty:
    """A company taking part; `key` is None when it is proposed as a new organisation."""

    key: str | None
    name: str
    country: str | None
    role: str | None
    confidence: float
    # "government" for ministries, armed forces and agencies: parties, reported as countries.
    kind: str = "company"

    @property
    def is_proposed(self) -> bool:
        return self.key is None


@dataclass(frozen=True)
class SystemMention:
    key: str | None
    name: str
    confidence: float


@dataclass(frozen=True)
class Value:
    amount: Decimal
    currency: str
    amount_usd: Decimal | None


@dataclass
class Classification:
    label: str
    relevance_confidence: float
    deal_type: str | None = None
    deal_type_confidence: float = 0.0
    status: str | None = None
    status_confidence: float = 0.0
    countries: list[CountryParty] = field(default_factory=list)
    companies: list[CompanyParty] = field(default_factory=list)
    systems: list[SystemMention] = field(default_factory=list)
    value: Value | None = None
    quantity: int | None = None
    confidence: float = 0.0
    model_version: str = ""

    @property
    def is_deal(self) -> bool:
        return self.label == "deal"

    def to_output_dict(self) -> dict:
        """The `classify_articles` line, without the `id` the command adds."""
        deal = self.is_deal
        return {
            "label": self.label,
            "deal_type": self.deal_type if deal else None,
            "status": self.status if deal else None,
            "countries": [party.code for party in self.countries] if deal else [],
            "companies": [c.name for c in self.companies if c.kind == "company"] if deal else [],
            "systems": [system.name for system in self.systems] if deal else [],
            "confidence": round(self.confidence, 3),
        }
