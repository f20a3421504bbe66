"""The editors' admin for ingestion: every changelist opens, and the review queue decides."""

from decimal import Decimal

import pytest
from django.urls import reverse

from dealtracker.deals.models import Agreement
from dealtracker.ingest import services
from dealtracker.ingest.models import ArticleClassification, Feed, Proposal
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

JV = "/2025/03/baykar-leonardo-joint-venture"


@pytest.mark.parametrize(
    "model", ["feed", "ingestrun", "ingestitem", "articleclassification", "proposal"]
)
def test_each_changelist_opens_for_an_editor(editor_client, model):
    response = editor_client.get(reverse(f"admin:ingest_{model}_changelist"))
    assert response.status_code == 200


def test_the_run_log_shows_each_failure_with_its_reason(site, editor_client):
    site.server.expect_request("/gone").respond_with_data("no", status=404)
    run = services.url_submit(url=site.url("/gone")).run
    response = editor_client.get(reverse("admin:ingest_ingestrun_change", args=[run.pk]))
    assert "HTTP 404" in response.content.decode()


@pytest.fixture
def proposal(site) -> Proposal:
    site.serve_pages()
    article = services.url_submit(url=site.url(JV)).item.article
    return Proposal.objects.get(article=article)


def test_the_queue_lists_pending_proposals(editor_client, proposal):
    response = editor_client.get(reverse("admin:ingest_proposal_changelist"))
    assert proposal.proposed["title"] in response.content.decode()


def test_the_review_page_marks_the_entities_in_the_article(editor_client, proposal):
    response = editor_client.get(reverse("admin:ingest_proposal_change", args=[proposal.pk]))
    page = response.content.decode()
    assert '<mark class="entity-company">Baykar</mark>' in page
    assert '<mark class="entity-country">Italy</mark>' in page
    assert "Accept: create the agreement" in page


def review_post(proposal, **changes) -> dict:
    data = {
        "title": "Baykar and Leonardo drone joint venture",
        "deal_type": "joint_venture",
        "status": "signed",
        "date": "2025-03-06",
        "new_companies": "Baykar, TR\nLeonardo, IT",
        "decision": "accept",
    }
    return {**data, **changes}


def test_accepting_in_the_admin_creates_the_agreement(editor_client, proposal):
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    response = editor_client.post(url, review_post(proposal, title="Corrected title"))
    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert agreement.title == "Corrected title"
    assert {p.company.name for p in agreement.parties.all()} == {"Baykar", "Leonardo"}
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.ACCEPTED


def test_a_decided_proposal_cannot_be_decided_again(editor_client, proposal):
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    editor_client.post(url, review_post(proposal))
    editor_client.post(url, review_post(proposal))
    assert Agreement.objects.count() == 1


def test_rejecting_in_the_admin(editor_client, proposal):
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    editor_client.post(url, {"decision": "reject", "reason": "Old news"})
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.REJECTED


def test_merging_needs_an_agreement(editor_client, proposal):
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    response = editor_client.post(url, review_post(proposal, decision="merge"))
    assert "Choose the agreement to merge into." in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.is_pending


def test_an_analyst_can_look_but_not_decide(analyst_client, proposal):
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    assert "Accept:" not in analyst_client.get(url).content.decode()
    analyst_client.post(url, review_post(proposal))
    assert not Agreement.objects.exists()


def test_the_reclassify_action_classifies_again(editor_client, proposal):
    ArticleClassification.objects.update(model_version="old")
    editor_client.post(
        reverse("admin:ingest_articleclassification_changelist"),
        {
            "action": "reclassify",
            "_selected_action": [ArticleClassification.objects.get().pk],
        },
    )
    assert ArticleClassification.objects.get().model_version != "old"


def test_an_editor_can_switch_a_feed_on_and_change_its_interval(editor_client, site):
    feed = Feed.objects.create(name="Desk", slug="desk", url=site.url("/feeds/desk.rss"))
    response = editor_client.post(
        reverse("admin:ingest_feed_change", args=[feed.pk]),
        {
            "name": "Desk",
            "slug": "desk",
            "kind": "rss",
            "url": feed.url,
            "query": "",
            "is_active": "on",
            "interval": "00:30:00",
            "next_poll_at_0": "2025-01-01",
            "next_poll_at_1": "00:00:00",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    feed.refresh_from_db()
    assert feed.is_active
    assert feed.interval.total_seconds() == 1800


def test_the_review_form_is_prefilled_with_roles_value_and_quantity(editor_client, proposal):
    proposal.proposed = {
        **proposal.proposed,
        "value": {"amount": "120000000", "currency": "EUR"},
        "quantity": 24,
    }
    proposal.save()
    page = editor_client.get(
        reverse("admin:ingest_proposal_change", args=[proposal.pk])
    ).content.decode()
    assert 'name="value_amount" value="120000000"' in page
    assert 'name="value_currency" value="EUR"' in page
    assert 'name="quantity" value="24"' in page
    first = proposal.proposed["parties"][0]
    assert f"Role of {first['name'] or first['country']}" in page
    assert 'name="role_0"' in page


def test_accepting_with_corrections_sets_roles_value_currency_and_quantity(editor_client, proposal):
    parties = proposal.proposed["parties"]
    baykar = next(n for n, p in enumerate(parties) if p["name"] == "Baykar")
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    response = editor_client.post(
        url,
        review_post(
            proposal,
            new_companies="Baykar, TR\nLeonardo, IT, licensee",
            **{f"role_{baykar}": "licensor"},
            value_amount="5000000",
            value_currency="eur",
            quantity="12",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    agreement = Agreement.objects.get()
    roles = {p.company.name: p.role for p in agreement.parties.all()}
    assert roles["Leonardo"] == "licensee"  # written on its line
    assert roles["Baykar"] == "licensor"  # chosen for the party the classifier found
    assert (agreement.value_amount, agreement.value_currency) == (Decimal("5000000"), "EUR")
    assert agreement.quantity == 12


def test_a_value_needs_its_currency(editor_client, proposal):
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    response = editor_client.post(url, review_post(proposal, value_amount="5000000"))
    assert "Give the currency of the value." in response.content.decode()
    assert not Agreement.objects.exists()


def test_merging_fills_in_value_and_quantity_only_where_the_agreement_has_none(
    editor_client, proposal
):
    bare = AgreementFactory(deal_type="joint_venture", value_amount=None, quantity=None)
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    editor_client.post(
        url,
        review_post(
            proposal,
            decision="merge",
            agreement=bare.pk,
            value_amount="5000000",
            value_currency="USD",
            quantity="12",
        ),
    )
    bare.refresh_from_db()
    assert (bare.value_amount, bare.value_currency, bare.quantity) == (
        Decimal("5000000"),
        "USD",
        12,
    )


def test_merging_keeps_the_value_and_quantity_an_agreement_already_has(editor_client, proposal):
    known = AgreementFactory(
        deal_type="joint_venture", value_amount=Decimal("7"), value_currency="EUR", quantity=3
    )
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    editor_client.post(
        url,
        review_post(
            proposal,
            decision="merge",
            agreement=known.pk,
            value_amount="5000000",
            value_currency="USD",
            quantity="12",
        ),
    )
    known.refresh_from_db()
    assert (known.value_amount, known.value_currency, known.quantity) == (Decimal("7"), "EUR", 3)
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.MERGED
