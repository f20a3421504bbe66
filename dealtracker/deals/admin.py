"""The editors' admin: every model, with history and one-click revert (django-simple-history)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from simple_history.admin import SimpleHistoryAdmin as BaseHistoryAdmin

from dealtracker.deals import services
from dealtracker.deals.models import (
    Agreement,
    Article,
    Company,
    CompanyAlias,
    Country,
    Evidence,
    Milestone,
    Party,
    System,
)


class SimpleHistoryAdmin(BaseHistoryAdmin):
    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history lets anyone who may *view* history POST a revert; only editors
        # who may change the record are allowed to.
        if request.method == "POST" and not self.has_change_permission(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class AnnouncedYearFilter(admin.SimpleListFilter):
    title = "year announced"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Agreement.objects.exclude(announced_date=None)
            .annotate(year=ExtractYear("announced_date"))
            .values_list("year", flat=True)
            .distinct()
            .order_by("-year")
        )
        return [(str(y), str(y)) for y in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(announced_date__year=int(self.value()))
        return queryset


class PartyCountryFilter(admin.SimpleListFilter):
    title = "party country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        countries = (
            Country.objects.filter(parties__isnull=False)
            .annotate(deals=Count("parties__agreement", distinct=True))
            .order_by("common_name")
        )
        return [(c.code, f"{c.common_name} ({c.deals})") for c in countries]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(parties__country_id=self.value()).distinct()
        return queryset


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0
    autocomplete_fields = ["company", "country"]
    fields = ["company", "country", "role"]


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["kind", "date", "date_precision", "note", "source"]
    ordering = ["date", "sequence"]


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    autocomplete_fields = ["article"]
    fields = ["article", "note"]


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    list_display = [
        "title",
        "deal_type",
        "status",
        "announced_date",
        "confidence",
        "party_countries",
        "updated_at",
    ]
    list_filter = [
        "deal_type",
        "status",
        "confidence",
        PartyCountryFilter,
        AnnouncedYearFilter,
        "systems__category",
    ]
    search_fields = [
        "title",
        "summary",
        "slug",
        "parties__company__name",
        "parties__company__aliases__name",
        "systems__name",
    ]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["systems"]
    inlines = [PartyInline, MilestoneInline, EvidenceInline]
    date_hierarchy = "announced_date"
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["title", "slug", "deal_type", "status", "confidence"]}),
        (
            "Dates",
            {
                "fields": [
                    ("announced_date", "announced_precision"),
                    ("signed_date", "signed_precision"),
                ]
            },
        ),
        ("Value", {"fields": [("value_amount", "value_currency", "value_usd"), "quantity"]}),
        (None, {"fields": ["systems", "summary", "notes"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Agreement]:
        return super().get_queryset(request).prefetch_related("parties__country")

    @admin.display(description="countries")
    def party_countries(self, obj: Agreement) -> str:
        codes = sorted({p.country_id for p in obj.parties.all() if p.country_id})
        return ", ".join(codes)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        services.agreement_sync_status(agreement=form.instance)


class CompanyAliasInline(admin.TabularInline):
    model = CompanyAlias
    extra = 1
    fields = ["name"]


class CompanyMergeForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=Company.objects.none(),
        label="Keep this company",
        help_text="The others are merged into it: their deals, aliases and systems move over.",
    )


@admin.register(Company)
class CompanyAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "parent", "deal_count"]
    list_filter = ["kind", "country__region", "country"]
    search_fields = ["name", "slug", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["country", "parent"]
    inlines = [CompanyAliasInline]
    actions = ["merge_companies"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Company]:
        return (
            super()
            .get_queryset(request)
            .select_related("country", "parent")
            .annotate(deals=Count("parties__agreement", distinct=True))
        )

    @admin.display(description="deals", ordering="deals")
    def deal_count(self, obj: Company) -> int:
        return obj.deals

    @admin.action(description="Merge selected companies into one", permissions=["change"])
    def merge_companies(self, request: HttpRequest, queryset: QuerySet[Company]) -> HttpResponse:
        if queryset.count() < 2:
            self.message_user(request, "Select at least two companies to merge.", messages.WARNING)
            return None
        form = CompanyMergeForm(request.POST if "confirm" in request.POST else None)
        form.fields["target"].queryset = queryset
        if "confirm" in request.POST and form.is_valid():
            target = form.cleaned_data["target"]
            merged = [c for c in queryset if c.pk != target.pk]
            for source in merged:
                services.company_merge(source=source, target=target)
            names = ", ".join(c.name for c in merged)
            self.message_user(request, f"Merged {names} into {target.name}.", messages.SUCCESS)
            return None
        return render(
            request,
            "admin/deals/company/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": "Merge companies",
                "companies": queryset,
                "form": form,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(CompanyAlias)
class CompanyAliasAdmin(SimpleHistoryAdmin):
    list_display = ["name", "company"]
    search_fields = ["name", "company__name"]
    autocomplete_fields = ["company"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["common_name", "code", "alpha3", "region"]
    list_filter = ["region"]
    search_fields = ["code", "alpha3", "name", "common_name"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(System)
class SystemAdmin(SimpleHistoryAdmin):
    list_display = ["name", "category", "maker"]
    list_filter = ["category"]
    search_fields = ["name", "slug", "aliases", "maker__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["maker"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title_or_url", "outlet", "published", "language"]
    list_filter = ["language", "published"]
    search_fields = ["title", "url", "outlet"]
    autocomplete_fields = ["duplicate_of"]
    date_hierarchy = "published"
    inlines = [EvidenceInline]

    @admin.display(description="article", ordering="title")
    def title_or_url(self, obj: Article) -> str:
        return obj.title or obj.url


@admin.register(Party)
class PartyAdmin(SimpleHistoryAdmin):
    list_display = ["agreement", "company", "country", "role"]
    list_filter = ["role", "country"]
    search_fields = ["agreement__title", "company__name", "country__common_name"]
    autocomplete_fields = ["agreement", "company", "country"]


@admin.register(Milestone)
class MilestoneAdmin(SimpleHistoryAdmin):
    list_display = ["agreement", "kind", "date"]
    list_filter = ["kind"]
    search_fields = ["agreement__title", "note"]
    autocomplete_fields = ["agreement", "source"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        services.agreement_sync_status(agreement=obj.agreement)

    def delete_model(self, request, obj) -> None:
        agreement = obj.agreement
        super().delete_model(request, obj)
        services.agreement_sync_status(agreement=agreement)


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    list_display = ["agreement", "article", "added_at"]
    search_fields = ["agreement__title", "article__title", "article__url"]
    autocomplete_fields = ["agreement", "article"]
