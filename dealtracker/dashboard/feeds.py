"""Atom feeds of new deals, one per filter: /deals/feed/?country=JP is "new deals with Japan"."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from dealtracker.dashboard.forms import DealFilterForm, filters_querystring
from dealtracker.dashboard.views import _bad_filters, dashboard_view
from dealtracker.deals import selectors
from dealtracker.deals.models import Agreement
from dealtracker.deals.selectors import DealFilters

FEED_SIZE = 50


class DealFeed(Feed):
    feed_type = Atom1Feed
    description_template = None

    def get_object(self, request: HttpRequest, *args, **kwargs) -> DealFilters:
        return DealFilterForm.from_request(request).to_filters()

    def title(self, filters: DealFilters) -> str:
        qs = filters_querystring(filters)
        title = "Dealtracker: new deals"
        return f"{title} ({qs.replace('&', ', ')})" if qs else title

    def link(self, filters: DealFilters) -> str:
        qs = filters_querystring(filters)
        return reverse("dashboard:deal-list") + (f"?{qs}" if qs else "")

    def feed_url(self, filters: DealFilters) -> str:
        qs = filters_querystring(filters)
        return reverse("dashboard:deal-feed") + (f"?{qs}" if qs else "")

    def subtitle(self, filters: DealFilters) -> str:
        return "Drone-industry cooperation deals as they are added to the record, newest first."

    def items(self, filters: DealFilters):
        return selectors.agreement_list(filters=filters, sort="added")[:FEED_SIZE]

    def item_title(self, item: Agreement) -> str:
        return item.title

    def item_description(self, item: Agreement) -> str:
        parties = ", ".join(
            f"{p.company or p.country} ({p.get_role_display().lower()})" for p in item.parties.all()
        )
        return (
            f"{item.get_deal_type_display()}, {item.get_status_display().lower()}. "
            f"Parties: {parties}. {item.summary}"
        )

    def item_pubdate(self, item: Agreement):
        return item.created_at

    def item_updateddate(self, item: Agreement):
        return item.updated_at

    def item_categories(self, item: Agreement) -> list[str]:
        return [item.get_deal_type_display(), item.get_status_display()]


_deal_feed = DealFeed()


@dashboard_view
def deal_feed(request: HttpRequest) -> HttpResponse:
    form = DealFilterForm.from_request(request)
    if form.errors:
        return _bad_filters(form)
    return _deal_feed(request)
