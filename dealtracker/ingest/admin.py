"""The editors' side of ingestion: feeds, the run log, and the review queue of proposals."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from dealtracker.deals.models import (
    Agreement,
    Company,
    Country,
    DealStatus,
    DealType,
    PartyRole,
    System,
)
from dealtracker.ingest import proposals, services
from dealtracker.ingest.highlight import highlight
from dealtracker.ingest.models import (
    ArticleClassification,
    Feed,
    IngestFailure,
    IngestItem,
    IngestRun,
    Proposal,
)


class SubmitUrlForm(forms.Form):
    url = forms.URLField(
        label="Article address",
        max_length=1000,
        assume_scheme="https",
        help_text="Fetched, extracted and classified now; a deal goes to the review queue.",
    )


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "kind",
        "is_active",
        "interval",
        "next_poll_at",
        "last_polled_at",
        "consecutive_failures",
        "last_error",
    ]
    list_filter = ["kind", "is_active"]
    list_editable = ["is_active"]
    search_fields = ["name", "slug", "url", "query"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["last_polled_at", "consecutive_failures", "last_error", "etag"]
    actions = ["poll_now", "activate", "deactivate"]

    @admin.action(description="Poll selected feeds now", permissions=["change"])
    def poll_now(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        from dealtracker.ingest.tasks import feed_poll_task

        for feed in queryset:
            feed_poll_task.delay_on_commit(feed.pk)
        self.message_user(request, f"Queued {queryset.count()} feed(s) for polling.")

    @admin.action(description="Switch selected feeds on", permissions=["change"])
    def activate(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        queryset.update(is_active=True)

    @admin.action(description="Switch selected feeds off", permissions=["change"])
    def deactivate(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        queryset.update(is_active=False)


class IngestFailureInline(admin.TabularInline):
    model = IngestFailure
    extra = 0
    can_delete = False
    fields = ["url", "reason", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ReadOnlyAdmin(admin.ModelAdmin):
    """Logs are written by the pipeline, never by hand."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(IngestRun)
class IngestRunAdmin(ReadOnlyAdmin):
    list_display = [
        "started_at",
        "feed_or_url",
        "trigger",
        "outcome",
        "found_count",
        "new_count",
        "duplicate_count",
        "failed_count",
        "relevant_count",
        "error",
    ]
    list_filter = ["outcome", "trigger", "feed"]
    search_fields = ["source_url", "error", "failures__reason"]
    date_hierarchy = "started_at"
    inlines = [IngestFailureInline]
    list_select_related = ["feed"]

    @admin.display(description="source", ordering="feed__name")
    def feed_or_url(self, obj: IngestRun) -> str:
        return obj.feed.name if obj.feed else obj.source_url

    def get_urls(self):
        submit = self.admin_site.admin_view(self.submit_url_view)
        return [path("submit/", submit, name="ingest_ingestrun_submit"), *super().get_urls()]

    def submit_url_view(self, request: HttpRequest) -> HttpResponse:
        """ "Add this article": editors and analysts submit one URL; it is processed at once."""
        # Submitting adds coverage to the review queue; it changes no deal, so anyone who may
        # see the queue (editors and analysts) may do it.
        if not request.user.has_perm("ingest.view_proposal"):
            raise PermissionDenied
        form = SubmitUrlForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            result = services.url_submit(
                url=form.cleaned_data["url"], trigger=IngestRun.Trigger.ADMIN
            )
            return self._submit_answer(request, result)
        return render(
            request,
            "admin/ingest/ingestrun/submit.html",
            {
                **self.admin_site.each_context(request),
                "title": "Add an article by its address",
                "form": form,
                "opts": self.model._meta,
            },
        )

    def _submit_answer(self, request: HttpRequest, result) -> HttpResponse:
        item = result.item
        if item is None or item.status == IngestItem.Status.FAILED:
            reason = item.failure_reason if item else result.run.error
            failures = list(result.run.failures.values_list("reason", flat=True))
            self.message_user(
                request, f"Not added: {reason or '; '.join(failures)}", messages.ERROR
            )
            return HttpResponseRedirect(reverse("admin:ingest_ingestrun_submit"))
        article = item.article
        proposal = Proposal.objects.filter(article=article).first() if article else None
        if not result.created:
            self.message_user(request, f"Already ingested: {item.url}", messages.INFO)
        if proposal is not None:
            self.message_user(request, f"Proposal ready for review: {proposal}", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:ingest_proposal_change", args=[proposal.pk]))
        self.message_user(
            request,
            f"Stored {article or item.url}: the classifier found no deal in it.",
            messages.WARNING,
        )
        return HttpResponseRedirect(reverse("admin:ingest_ingestrun_change", args=[result.run.pk]))


@admin.register(IngestItem)
class IngestItemAdmin(ReadOnlyAdmin):
    list_display = ["url", "status", "is_relevant", "attempts", "failure_reason", "created_at"]
    list_filter = ["status", "is_relevant"]
    search_fields = ["url", "failure_reason"]
    list_select_related = ["article"]


@admin.register(ArticleClassification)
class ArticleClassificationAdmin(ReadOnlyAdmin):
    list_display = ["article", "label", "confidence", "model_version", "classified_at"]
    list_filter = ["label", "is_relevant", "model_version"]
    search_fields = ["article__title", "article__url"]
    list_select_related = ["article"]
    actions = ["reclassify"]

    def has_change_permission(self, request, obj=None) -> bool:
        # Read-only rows, but the re-classify action needs the change permission.
        return obj is None and super(ReadOnlyAdmin, self).has_change_permission(request)

    @admin.action(
        description="Re-classify selected articles with the current model", permissions=["change"]
    )
    def reclassify(self, request: HttpRequest, queryset: QuerySet) -> None:
        articles = [c.article for c in queryset.select_related("article")]
        counts = services.articles_reclassify(articles=articles)
        self.message_user(
            request,
            f"Classified {counts['classified']} articles: {counts['relevant']} relevant, "
            f"{counts['proposals_created']} new proposals.",
            messages.SUCCESS,
        )


class ProposalReviewForm(forms.Form):
    """The proposal as the editor corrects it before deciding."""

    title = forms.CharField(max_length=300)
    deal_type = forms.ChoiceField(choices=DealType.choices)
    status = forms.ChoiceField(choices=DealStatus.choices)
    date = forms.DateField(help_text="Date of the milestone this article reports (YYYY-MM-DD).")
    companies = forms.ModelMultipleChoiceField(
        queryset=Company.objects.select_related("country"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    new_companies = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=(
            'Companies not in the record yet, one a line: "Name, country code" or '
            '"Name, country code, role".'
        ),
    )
    countries = forms.ModelMultipleChoiceField(
        queryset=Country.objects.all(),
        required=False,
        help_text="Countries taking part without a named company.",
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    systems = forms.ModelMultipleChoiceField(
        queryset=System.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    value_amount = forms.DecimalField(
        required=False, max_digits=16, decimal_places=2, min_value=0, label="Value"
    )
    value_currency = forms.CharField(
        required=False, max_length=3, label="Currency", help_text="ISO 4217, e.g. USD."
    )
    quantity = forms.IntegerField(required=False, min_value=1)
    agreement = forms.ModelChoiceField(
        queryset=Agreement.objects.all(),
        required=False,
        help_text="For “merge”: the agreement this article is about.",
    )
    reason = forms.CharField(required=False, max_length=500, help_text="For “reject”.")

    def __init__(self, *args, proposal: Proposal, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # One role per party the classifier found; parties added by hand start as partners.
        self.proposed_parties = proposal.proposed.get("parties", [])
        for n, party in enumerate(self.proposed_parties):
            who = party.get("name") or party.get("country") or "?"
            self.fields[f"role_{n}"] = forms.ChoiceField(
                choices=PartyRole.choices,
                required=False,  # left out, the proposed role stands
                initial=party.get("role") or PartyRole.PARTNER,
                label=f"Role of {who}" + (f" ({party['country']})" if party.get("name") else ""),
            )

    def clean_value_currency(self) -> str:
        currency = self.cleaned_data["value_currency"].strip().upper()
        if currency and not (len(currency) == 3 and currency.isalpha()):
            raise forms.ValidationError("A three-letter currency code, e.g. USD.")
        return currency

    def clean(self):
        data = super().clean()
        if data.get("value_amount") is not None and not data.get("value_currency"):
            self.add_error("value_currency", "Give the currency of the value.")
        return data

    def clean_new_companies(self) -> list[tuple[str, str, str | None]]:
        rows = []
        for line in self.cleaned_data["new_companies"].splitlines():
            if not line.strip():
                continue
            rest, _, last = line.rpartition(",")
            role = None
            if last.strip().lower() in PartyRole.values:
                role = last.strip().lower()
                rest, _, last = rest.rpartition(",")
            name, code = rest.strip(), last.strip().upper()
            if not name or not Country.objects.filter(code=code).exists():
                raise forms.ValidationError(
                    f"Write “Name, country code” or “Name, country code, role”, "
                    f"not “{line.strip()}”."
                )
            rows.append((name, code, role))
        return rows

    @classmethod
    def initial_from(cls, proposal: Proposal) -> dict:
        proposed = proposal.proposed
        parties = proposed.get("parties", [])
        return {
            "title": proposed.get("title"),
            "deal_type": proposed.get("deal_type"),
            "status": proposed.get("status"),
            "date": proposed.get("date"),
            "companies": [p["company_id"] for p in parties if p.get("company_id")],
            "new_companies": "\n".join(
                f"{p['name']}, {p.get('country') or ''}"
                for p in parties
                if p.get("name") and not p.get("company_id")
            ),
            "countries": [p["country"] for p in parties if not p.get("name") and p.get("country")],
            "systems": [s["system_id"] for s in proposed.get("systems", []) if s.get("system_id")],
            "value_amount": (proposed.get("value") or {}).get("amount"),
            "value_currency": (proposed.get("value") or {}).get("currency"),
            "quantity": proposed.get("quantity"),
            "agreement": proposal.agreement_id,
        }

    def corrections(self, proposal: Proposal) -> dict:
        """The cleaned form in the proposal's JSON shape, with the roles the editor chose."""
        data = self.cleaned_data
        proposed_roles = {
            (p.get("company_id"), p.get("name") or "", p.get("country")): data.get(f"role_{n}")
            or p.get("role")
            for n, p in enumerate(self.proposed_parties)
        }
        roles_by_name = {name.casefold(): role for (_, name, _), role in proposed_roles.items()}
        roles_by_id = {cid: role for (cid, _, _), role in proposed_roles.items() if cid}
        roles_by_country = {c: r for (cid, n, c), r in proposed_roles.items() if not n and c}
        parties = [
            {
                "company_id": c.pk,
                "name": c.name,
                "country": c.country_id,
                "role": roles_by_id.get(c.pk) or roles_by_name.get(c.name.casefold()) or "partner",
            }
            for c in data["companies"]
        ]
        parties += [
            {
                "company_id": None,
                "name": name,
                "country": code,
                "role": role or roles_by_name.get(name.casefold(), "partner"),
            }
            for name, code, role in data["new_companies"]
        ]
        parties += [
            {
                "company_id": None,
                "name": "",
                "country": c.code,
                "role": roles_by_country.get(c.code, "partner"),
            }
            for c in data["countries"]
        ]
        return {
            "title": data["title"],
            "deal_type": data["deal_type"],
            "status": data["status"],
            "date": data["date"].isoformat(),
            "parties": parties,
            "systems": [{"system_id": s.pk, "name": s.name} for s in data["systems"]],
            "value": (
                {"amount": str(data["value_amount"]), "currency": data["value_currency"]}
                if data["value_amount"] is not None
                else None
            ),
            "quantity": data["quantity"],
        }


class ProposalStateFilter(admin.SimpleListFilter):
    """The queue opens on what still needs a decision."""

    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [*Proposal.State.choices, ("all", "All")]

    def choices(self, changelist):
        value = self.value() or Proposal.State.PENDING
        for lookup, title in self.lookup_choices:
            yield {
                "selected": value == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or Proposal.State.PENDING
        return queryset if value == "all" else queryset.filter(state=value)


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = [
        "review_link",
        "kind",
        "confidence_percent",
        "agreement",
        "outlet",
        "published",
        "state",
    ]
    list_filter = [ProposalStateFilter, "kind"]
    search_fields = ["article__title", "article__url", "agreement__title"]
    list_select_related = ["article", "agreement"]
    ordering = ["-confidence", "created_at"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description="proposal")
    def review_link(self, obj: Proposal) -> str:
        url = reverse("admin:ingest_proposal_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.proposed.get("title") or obj.article)

    @admin.display(description="confidence", ordering="confidence")
    def confidence_percent(self, obj: Proposal) -> str:
        return f"{obj.confidence:.0%}"

    @admin.display(description="outlet", ordering="article__outlet")
    def outlet(self, obj: Proposal) -> str:
        return obj.article.outlet

    @admin.display(description="published", ordering="article__published")
    def published(self, obj: Proposal):
        return obj.article.published

    def change_view(self, request, object_id, form_url="", extra_context=None) -> HttpResponse:
        """The review page: the article with its entities marked, and the decision form."""
        if not str(object_id).isdigit():
            raise Http404("No such proposal.")
        proposal = get_object_or_404(
            Proposal.objects.select_related("article", "agreement", "decided_by"), pk=object_id
        )
        if not self.has_view_or_change_permission(request, proposal):
            return HttpResponseRedirect(reverse("admin:index"))
        can_decide = proposal.is_pending and self.has_change_permission(request, proposal)
        form = ProposalReviewForm(
            initial=ProposalReviewForm.initial_from(proposal), proposal=proposal
        )
        if request.method == "POST" and can_decide:
            form = ProposalReviewForm(request.POST, proposal=proposal)
            response = self._decide(request, proposal, form)
            if response is not None:
                return response
        context = {
            **self.admin_site.each_context(request),
            "title": f"Review: {proposal.proposed.get('title') or proposal.article}",
            "opts": self.model._meta,
            "proposal": proposal,
            "form": form,
            "can_decide": can_decide,
            "article_html": mark_safe(  # noqa: S308 — highlight() escapes everything it returns
                highlight(proposal.article.text, self._entity_terms(proposal))
            ),
            "classification": getattr(proposal.article, "classification", None),
        }
        return render(request, "admin/ingest/proposal/review.html", context)

    def _decide(self, request, proposal: Proposal, form: ProposalReviewForm):
        decision = request.POST.get("decision")
        try:
            if decision == "reject":
                reason = request.POST.get("reason", "")
                proposals.proposal_reject(proposal=proposal, editor=request.user, reason=reason)
                self.message_user(request, "Rejected.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:ingest_proposal_changelist"))
            if not form.is_valid():
                return None
            corrections = form.corrections(proposal)
            if decision == "merge":
                agreement = form.cleaned_data["agreement"]
                if agreement is None:
                    form.add_error("agreement", "Choose the agreement to merge into.")
                    return None
                proposals.proposal_merge(
                    proposal=proposal, agreement=agreement, editor=request.user,
                    corrections=corrections,
                )  # fmt: skip
            elif decision == "accept":
                agreement = proposals.proposal_accept(
                    proposal=proposal, editor=request.user, corrections=corrections
                )
            else:
                return None
        except proposals.ProposalAlreadyDecided as exc:
            self.message_user(request, str(exc), messages.WARNING)
            return HttpResponseRedirect(reverse("admin:ingest_proposal_changelist"))
        link = reverse("admin:deals_agreement_change", args=[agreement.pk])
        self.message_user(
            request,
            format_html('Saved to <a href="{}">{}</a>.', link, agreement.title),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:ingest_proposal_changelist"))

    def _entity_terms(self, proposal: Proposal) -> dict[str, str]:
        terms: dict[str, str] = {}
        proposed = proposal.proposed
        codes = {p["country"] for p in proposed.get("parties", []) if p.get("country")}
        for country in Country.objects.filter(code__in=codes):
            terms[country.common_name] = "country"
        for party in proposed.get("parties", []):
            if party.get("name"):
                terms[party["name"]] = "company"
        for system in proposed.get("systems", []):
            terms[system["name"]] = "system"
        return terms
