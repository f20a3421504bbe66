"""The record: who cooperates with whom on which drone systems, and the coverage behind it."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from dealtracker.lib.text import normalise_name
from dealtracker.lib.urls import NotAWebAddress, canonical_url


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class CompanyKind(models.TextChoices):
    COMPANY = "company", "Company"
    GOVERNMENT = "government", "Government or armed forces"
    AGENCY = "agency", "Agency"
    RESEARCH_INSTITUTE = "research_institute", "Research institute"
    INTERNATIONAL_ORGANISATION = "international_organisation", "International organisation"


class SystemCategory(models.TextChoices):
    FIXED_WING_UAV = "fixed_wing_uav", "Fixed-wing UAV"
    ROTARY_UAV = "rotary_uav", "Rotary UAV"
    LOITERING_MUNITION = "loitering_munition", "Loitering munition"
    INTERCEPTOR_DRONE = "interceptor_drone", "Interceptor drone"
    NAVAL_DRONE = "naval_drone", "Naval drone"
    GROUND_ROBOT = "ground_robot", "Ground robot"
    COUNTER_DRONE = "counter_drone", "Counter-drone system"
    COMPONENT = "component", "Component or engine"
    OTHER = "other", "Other"


class DealType(models.TextChoices):
    CO_PRODUCTION = "co_production", "Co-production"
    SALE = "sale", "Sale"
    TECH_TRANSFER = "tech_transfer", "Technology transfer"
    LICENSING = "licensing", "Licensing"
    JOINT_VENTURE = "joint_venture", "Joint venture"
    INVESTMENT = "investment", "Investment"
    ACQUISITION = "acquisition", "Acquisition"
    MOU = "mou", "Memorandum of understanding"
    OTHER = "other", "Other"


class DealStatus(models.TextChoices):
    RUMORED = "rumored", "Rumoured"
    IN_TALKS = "in_talks", "In talks"
    ANNOUNCED = "announced", "Announced"
    SIGNED = "signed", "Signed"
    IN_PRODUCTION = "in_production", "In production"
    DELIVERED = "delivered", "Delivered"
    CANCELLED = "cancelled", "Cancelled"


class Confidence(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmed by an official source"
    SEVERAL = "several", "Reported by several outlets"
    SINGLE = "single", "Single report"


class PartyRole(models.TextChoices):
    SUPPLIER = "supplier", "Supplier"
    RECIPIENT = "recipient", "Recipient"
    PARTNER = "partner", "Partner"
    LICENSOR = "licensor", "Licensor"
    LICENSEE = "licensee", "Licensee"
    INVESTOR = "investor", "Investor"
    TARGET = "target", "Target"


class MilestoneKind(models.TextChoices):
    RUMOURED = "rumoured", "Rumoured"
    TALKS = "talks", "Talks reported"
    ANNOUNCED = "announced", "Announced"
    MOU_SIGNED = "mou_signed", "MoU signed"
    CONTRACT_SIGNED = "contract_signed", "Contract signed"
    PRODUCTION_STARTED = "production_started", "First production"
    FIRST_DELIVERY = "first_delivery", "First delivery"
    CANCELLED = "cancelled", "Cancelled"


class Country(models.Model):
    """An ISO 3166 country, loaded from pycountry by a data migration."""

    code = models.CharField("alpha-2", max_length=2, primary_key=True)
    alpha3 = models.CharField("alpha-3", max_length=3, unique=True)
    name = models.CharField(max_length=120)
    common_name = models.CharField(max_length=80, help_text="The short name news uses.")
    region = models.CharField(max_length=40, db_index=True)

    class Meta:
        ordering = ["common_name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_is_alpha2"
            ),
        ]

    def __str__(self) -> str:
        return self.common_name

    def get_absolute_url(self) -> str:
        return reverse("dashboard:country-detail", args=[self.code])


class Company(models.Model):
    """Any organisation that takes part in deals: firms, governments, agencies, institutes."""

    Kind = CompanyKind

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="companies",
        help_text="Headquarters. Empty only for international organisations.",
    )
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.COMPANY)
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    parent = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="subsidiaries"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=CompanyKind.values), name="company_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(country__isnull=False) | Q(kind="international_organisation"),
                name="company_has_country_unless_international",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")), name="company_is_not_its_own_parent"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("dashboard:company-detail", args=[self.slug])

    def clean(self) -> None:
        if self.country_id is None and self.kind != self.Kind.INTERNATIONAL_ORGANISATION:
            raise ValidationError({"country": "Only an international organisation has no country."})


class CompanyAlias(models.Model):
    """Another spelling of a company's name as news uses it ("Baykar Makina")."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalised = models.CharField(max_length=200, unique=True, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "company aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised = normalise_name(self.name)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        normalised = normalise_name(self.name)
        if not normalised:
            raise ValidationError({"name": "An alias needs letters or digits."})
        clash = CompanyAlias.objects.filter(normalised=normalised).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError({"name": f"{self.name!r} is already an alias of another entry."})


class System(models.Model):
    """A product that deals are about: a drone, munition, counter-drone system or component."""

    Category = SystemCategory

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    category = models.CharField(max_length=32, choices=Category.choices, default=Category.OTHER)
    maker = models.ForeignKey(
        Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="systems"
    )
    aliases = models.JSONField(default=list, blank=True, help_text="Other names, as a list.")
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(category__in=SystemCategory.values),
                name="system_category_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if not isinstance(self.aliases, list) or not all(isinstance(a, str) for a in self.aliases):
            raise ValidationError({"aliases": "Aliases must be a list of names."})


class Article(models.Model):
    """A piece of coverage. Editors add them by hand; the ingestion pipeline adds most."""

    url = models.URLField("canonical URL", max_length=1000, unique=True)
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=12, blank=True, help_text="ISO 639-1 code, e.g. en.")
    text = models.TextField(blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        help_text="The first copy of a syndicated or republished story.",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        ordering = ["-published", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(duplicate_of=F("id")), name="article_is_not_its_own_duplicate"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    def clean(self) -> None:
        try:
            self.url = canonical_url(self.url)
        except NotAWebAddress as error:
            raise ValidationError({"url": str(error)}) from error


class Agreement(models.Model):
    """One cooperation between parties: a deal."""

    DealType = DealType

    Status = DealStatus

    Confidence = Confidence

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    deal_type = models.CharField(max_length=20, choices=DealType.choices, db_index=True)
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.ANNOUNCED,
        db_index=True,
        help_text="Follows the latest milestone when the deal has milestones.",
    )
    announced_date = models.DateField(null=True, blank=True, db_index=True)
    announced_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    signed_date = models.DateField(null=True, blank=True)
    signed_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    value_amount = models.DecimalField(max_digits=18, decimal_places=2, null=True, blank=True)
    value_currency = models.CharField(
        max_length=3, blank=True, help_text="ISO 4217 code of the reported value."
    )
    value_usd = models.DecimalField(
        "value in USD", max_digits=18, decimal_places=2, null=True, blank=True
    )
    quantity = models.PositiveIntegerField(null=True, blank=True)
    systems = models.ManyToManyField(System, blank=True, related_name="agreements")
    summary = models.TextField(blank=True)
    notes = models.TextField(blank=True, help_text="Editors' caveats: aggregates, assumptions.")
    confidence = models.CharField(
        max_length=10, choices=Confidence.choices, default=Confidence.SINGLE
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    history = HistoricalRecords(m2m_fields=[systems])

    class Meta:
        ordering = ["-announced_date", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(deal_type__in=DealType.values),
                name="agreement_deal_type_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=DealStatus.values), name="agreement_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(confidence__in=Confidence.values),
                name="agreement_confidence_valid",
            ),
            models.CheckConstraint(
                condition=Q(signed_date__isnull=True)
                | Q(announced_date__isnull=True)
                | Q(signed_date__gte=F("announced_date")),
                name="agreement_signed_not_before_announced",
            ),
            models.CheckConstraint(
                condition=Q(value_amount__isnull=True) | Q(value_amount__gte=0),
                name="agreement_value_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(value_amount__isnull=True) | ~Q(value_currency=""),
                name="agreement_value_has_currency",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("dashboard:deal-detail", args=[self.slug])

    def clean(self) -> None:
        if self.signed_date and self.announced_date and self.signed_date < self.announced_date:
            raise ValidationError(
                {"signed_date": "A deal cannot be signed before it is announced."}
            )
        if self.value_amount is not None and not self.value_currency:
            raise ValidationError({"value_currency": "Give the currency of the value."})
        if self.value_currency:
            self.value_currency = self.value_currency.upper()

    def status_from_milestones(self) -> str | None:
        """The status the latest milestone implies, or None when there are none."""
        latest = self.milestones.order_by("-date", "-sequence").first()
        return MILESTONE_STATUS[latest.kind] if latest else None

    def sync_status(self) -> None:
        status = self.status_from_milestones()
        if status and status != self.status:
            self.status = status
            self.save(update_fields=["status", "updated_at"])


class Party(models.Model):
    """A company and/or country taking part in an agreement in a role."""

    Role = PartyRole

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="parties")
    company = models.ForeignKey(
        Company, on_delete=models.PROTECT, null=True, blank=True, related_name="parties"
    )
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="parties",
        help_text="Filled from the company when one is given.",
    )
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.PARTNER)

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "parties"
        ordering = ["agreement", "role", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(company__isnull=False) | Q(country__isnull=False),
                name="party_has_company_or_country",
            ),
            models.CheckConstraint(condition=Q(role__in=PartyRole.values), name="party_role_valid"),
            models.UniqueConstraint(
                fields=["agreement", "company", "role"],
                condition=Q(company__isnull=False),
                name="party_company_once_per_role",
            ),
            models.UniqueConstraint(
                fields=["agreement", "country", "role"],
                condition=Q(company__isnull=True),
                name="party_country_once_per_role",
            ),
        ]

    def __str__(self) -> str:
        who = self.company or self.country
        return f"{who} ({self.get_role_display().lower()})"

    def save(self, *args, **kwargs) -> None:
        if self.company_id is not None and self.country_id is None:
            self.country_id = self.company.country_id
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.company_id is None and self.country_id is None:
            raise ValidationError("A party needs a company or a country.")
        if self.company_id is not None:
            company_country = self.company.country_id
            if self.country_id is None:
                self.country_id = company_country
            elif company_country and self.country_id != company_country:
                raise ValidationError(
                    {"country": f"{self.company} is based in {self.company.country}."}
                )


class Milestone(models.Model):
    """A dated step of an agreement's life; the latest one sets the agreement's status."""

    Kind = MilestoneKind

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="milestones")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    date = models.DateField()
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    # Orders milestones that share a date: the lifecycle order of their kinds.
    sequence = models.PositiveSmallIntegerField(default=0, editable=False)
    note = models.CharField(max_length=500, blank=True)
    source = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="milestones"
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "date", "sequence"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=MilestoneKind.values), name="milestone_kind_valid"
            ),
            models.UniqueConstraint(
                fields=["agreement", "kind", "date"], name="milestone_once_per_kind_and_date"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.date:%Y-%m-%d}"

    def save(self, *args, **kwargs) -> None:
        # An unknown kind keeps sequence 0 and is then refused by the kind constraint.
        if self.kind in MILESTONE_ORDER:
            self.sequence = MILESTONE_ORDER.index(self.kind)
        super().save(*args, **kwargs)


MILESTONE_ORDER = [k.value for k in Milestone.Kind]

MILESTONE_STATUS = {
    Milestone.Kind.RUMOURED: Agreement.Status.RUMORED,
    Milestone.Kind.TALKS: Agreement.Status.IN_TALKS,
    Milestone.Kind.ANNOUNCED: Agreement.Status.ANNOUNCED,
    Milestone.Kind.MOU_SIGNED: Agreement.Status.SIGNED,
    Milestone.Kind.CONTRACT_SIGNED: Agreement.Status.SIGNED,
    Milestone.Kind.PRODUCTION_STARTED: Agreement.Status.IN_PRODUCTION,
    Milestone.Kind.FIRST_DELIVERY: Agreement.Status.DELIVERED,
    Milestone.Kind.CANCELLED: Agreement.Status.CANCELLED,
}


class Evidence(models.Model):
    """An article that supports an agreement."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    note = models.CharField(max_length=500, blank=True)
    added_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["agreement", "-added_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "article"], name="evidence_once_per_article"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article} → {self.agreement}"


class SeedRecord(models.Model):
    """A record of the shipped seed that was loaded once, so reloading never resurrects it.

    An editor may delete a seed deal or merge a seed company away; `load_seed` (run by every
    `make run`) then must not bring it back.
    """

    kind = models.CharField(max_length=10)
    slug = models.SlugField(max_length=200)
    loaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "slug"], name="seed_record_once"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.slug}"
