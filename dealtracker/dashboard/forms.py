"""The one place where the dashboard's filter parameters are parsed and validated.

Every page, partial, chart, export and feed reads `type`, `status`, `country` (repeatable),
`role`, `company`, `category`, `q`, `from` and `to` through `DealFilterForm`, so an address
means the same thing everywhere. Invalid values become form errors the page shows; the valid
parameters still apply.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pycountry
from django import forms
from django.core.validators import validate_slug

from dealtracker.deals.models import DealStatus, DealType, PartyRole, SystemCategory
from dealtracker.deals.selectors import AGREEMENT_SORTS, DealFilters

SORT_CHOICES = [
    ("newest", "Newest first"),
    ("oldest", "Oldest first"),
    ("updated", "Recently changed"),
    ("added", "Recently added"),
    ("value", "Largest value"),
    ("title", "Title A–Z"),
]
assert {value for value, _ in SORT_CHOICES} == set(AGREEMENT_SORTS)

# Query-string names in the order links are written.
FILTER_PARAMS = ("type", "status", "country", "role", "company", "category", "q", "from", "to")


def _blank(label: str, choices) -> list[tuple[str, str]]:
    return [("", label), *choices]


class CountryCodesField(forms.MultipleChoiceField):
    """Repeatable alpha-2 codes, checked against ISO 3166 without touching the database."""

    def to_python(self, value):
        return [code.strip().upper() for code in super().to_python(value) if code.strip()]

    def valid_value(self, value: str) -> bool:
        return len(value) == 2 and pycountry.countries.get(alpha_2=value) is not None

    def validate(self, value) -> None:
        for code in value:
            if not self.valid_value(code):
                raise forms.ValidationError(
                    "%(code)s is not an ISO 3166 alpha-2 country code (for example JP or UA).",
                    code="invalid_country",
                    params={"code": code},
                )


class DealFilterForm(forms.Form):
    type = forms.ChoiceField(
        label="Deal type", choices=_blank("Any type", DealType.choices), required=False
    )
    status = forms.ChoiceField(
        label="Status", choices=_blank("Any status", DealStatus.choices), required=False
    )
    country = CountryCodesField(label="Country", required=False)
    role = forms.ChoiceField(
        label="Country's role", choices=_blank("Any role", PartyRole.choices), required=False
    )
    company = forms.CharField(
        label="Company", required=False, max_length=200, validators=[validate_slug]
    )
    category = forms.ChoiceField(
        label="System category",
        choices=_blank("Any category", SystemCategory.choices),
        required=False,
    )
    q = forms.CharField(label="Search", required=False, max_length=200, strip=True)
    sort = forms.ChoiceField(label="Sort", choices=SORT_CHOICES, required=False)

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # `from` is a Python keyword, so the date fields are added by name here.
        date_input = forms.DateInput(attrs={"type": "date"})
        self.fields["from"] = forms.DateField(label="From", required=False, widget=date_input)
        self.fields["to"] = forms.DateField(label="To", required=False, widget=date_input)
        self.fields["company"].error_messages["invalid"] = (
            "A company is given by its slug, for example baykar."
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            self.add_error("to", "The end date is before the start date.")
            cleaned.pop("to", None)
        return cleaned

    @classmethod
    def from_request(cls, request) -> DealFilterForm:
        form = cls(request.GET)
        form.is_valid()
        return form

    def to_filters(self) -> DealFilters:
        """The valid part of the submitted filters (invalid fields are left out of cleaned_data)."""
        data = getattr(self, "cleaned_data", {})
        return DealFilters(
            deal_type=data.get("type") or "",
            status=data.get("status") or "",
            countries=tuple(dict.fromkeys(data.get("country") or ())),
            role=data.get("role") or "",
            company=data.get("company") or "",
            category=data.get("category") or "",
            q=data.get("q") or "",
            date_from=data.get("from"),
            date_to=data.get("to"),
        )

    @property
    def sort_order(self) -> str:
        return getattr(self, "cleaned_data", {}).get("sort") or "newest"

    def error_messages(self) -> list[str]:
        """One readable line per invalid parameter: "country: XX is not …"."""
        return [
            f"{name}: {message}" for name, messages in self.errors.items() for message in messages
        ]


def filters_querystring(filters: DealFilters, **overrides) -> str:
    """The query string (without "?") that reproduces the filters, with some values replaced.

    `overrides` use parameter names (`type=…`, `country=[…]`, `from_=…`); None removes one.
    """
    params: dict[str, object] = {
        "type": filters.deal_type,
        "status": filters.status,
        "country": list(filters.countries),
        "role": filters.role,
        "company": filters.company,
        "category": filters.category,
        "q": filters.q,
        "from": filters.date_from.isoformat() if filters.date_from else "",
        "to": filters.date_to.isoformat() if filters.date_to else "",
    }
    for name, value in overrides.items():
        params[name.rstrip("_")] = value
    pairs = []
    for name, value in params.items():
        if value is None or value == "" or value == []:
            continue
        for item in value if isinstance(value, list | tuple) else [value]:
            pairs.append((name, str(item)))
    return urlencode(pairs)
