"""The editors' admin: editors change and revert, analysts only look."""

import pytest
from django.urls import reverse

from dealtracker.deals.models import Agreement, Company, Party
from tests.factories import (
    AgreementFactory,
    ArticleFactory,
    CompanyFactory,
    EvidenceFactory,
    MilestoneFactory,
    PartyFactory,
    SystemFactory,
)

pytestmark = pytest.mark.django_db

ADMIN_MODELS = [
    "agreement",
    "company",
    "companyalias",
    "country",
    "system",
    "article",
    "party",
    "milestone",
    "evidence",
]


def _agreement_form(agreement: Agreement, **changes) -> dict:
    data = {
        "title": agreement.title,
        "slug": agreement.slug,
        "deal_type": agreement.deal_type,
        "status": agreement.status,
        "confidence": agreement.confidence,
        "announced_date": agreement.announced_date.isoformat() if agreement.announced_date else "",
        "announced_precision": agreement.announced_precision,
        "signed_date": "",
        "signed_precision": agreement.signed_precision,
        "value_amount": "",
        "value_currency": "",
        "value_usd": "",
        "quantity": "",
        "summary": agreement.summary,
        "notes": agreement.notes,
    }
    for prefix in ("parties", "milestones", "evidence"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(changes)
    return data


@pytest.fixture
def some_of_everything():
    party = PartyFactory()
    MilestoneFactory(agreement=party.agreement)
    EvidenceFactory(agreement=party.agreement, article=ArticleFactory())
    party.agreement.systems.add(SystemFactory())
    return party.agreement


@pytest.mark.parametrize("model", ADMIN_MODELS)
def test_every_changelist_opens_for_an_editor(editor_client, some_of_everything, model):
    response = editor_client.get(reverse(f"admin:deals_{model}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", ["agreement", "company", "system", "article"])
def test_every_changelist_search_works(editor_client, some_of_everything, model):
    response = editor_client.get(reverse(f"admin:deals_{model}_changelist"), {"q": "drone"})
    assert response.status_code == 200


def test_the_agreement_changelist_filters_by_country_and_year(editor_client):
    PartyFactory(agreement=AgreementFactory(title="Kept"), company=CompanyFactory())
    response = editor_client.get(
        reverse("admin:deals_agreement_changelist"), {"country": "UA", "year": "2025"}
    )
    assert response.status_code == 200
    assert "Kept" in response.text


def test_the_agreement_page_shows_its_inlines(editor_client, some_of_everything):
    url = reverse("admin:deals_agreement_change", args=[some_of_everything.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    for prefix in ("parties", "milestones", "evidence"):
        assert f'name="{prefix}-TOTAL_FORMS"' in response.text


def test_an_editor_change_is_kept_in_history_and_can_be_reverted(editor_client, editor):
    agreement = AgreementFactory(title="Original title")
    url = reverse("admin:deals_agreement_change", args=[agreement.pk])

    response = editor_client.post(url, _agreement_form(agreement, title="Corrected title"))
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.title == "Corrected title"
    latest = agreement.history.first()
    assert latest.history_user == editor
    assert latest.title == "Corrected title"

    original = agreement.history.earliest()
    revert_url = reverse(
        "admin:deals_agreement_simple_history", args=[agreement.pk, original.history_id]
    )
    page = editor_client.get(revert_url)
    assert page.status_code == 200
    assert "Revert" in page.text
    response = editor_client.post(revert_url, _agreement_form(original.instance))
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.title == "Original title"
    assert agreement.history.count() == 3


def test_an_analyst_can_look_but_not_change(analyst_client, some_of_everything):
    agreement = some_of_everything
    change_url = reverse("admin:deals_agreement_change", args=[agreement.pk])
    assert analyst_client.get(reverse("admin:deals_agreement_changelist")).status_code == 200
    assert analyst_client.get(change_url).status_code == 200

    response = analyst_client.post(change_url, _agreement_form(agreement, title="Hijacked"))
    assert response.status_code == 403
    assert analyst_client.get(reverse("admin:deals_agreement_add")).status_code == 403
    delete_url = reverse("admin:deals_agreement_delete", args=[agreement.pk])
    assert analyst_client.post(delete_url, {"post": "yes"}).status_code == 403
    history = agreement.history.earliest()
    revert_url = reverse(
        "admin:deals_agreement_simple_history", args=[agreement.pk, history.history_id]
    )
    response = analyst_client.post(revert_url, _agreement_form(agreement, title="Hijacked"))
    assert response.status_code == 403
    agreement.refresh_from_db()
    assert agreement.title != "Hijacked"
    assert Agreement.objects.filter(pk=agreement.pk).exists()


def test_an_analyst_cannot_merge_companies(analyst_client):
    first, second = CompanyFactory(), CompanyFactory()
    response = analyst_client.post(
        reverse("admin:deals_company_changelist"),
        {
            "action": "merge_companies",
            "_selected_action": [first.pk, second.pk],
            "confirm": "yes",
            "target": first.pk,
        },
    )
    assert response.status_code in (200, 403)
    assert Company.objects.filter(pk=second.pk).exists()


def test_an_editor_cannot_manage_users(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_an_outsider_is_sent_to_the_login(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("admin:deals_agreement_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_the_merge_action_asks_which_company_to_keep_then_merges(editor_client):
    keep, duplicate = CompanyFactory(name="Skyeton"), CompanyFactory(name="Skyeton Group")
    party = PartyFactory(company=duplicate)
    url = reverse("admin:deals_company_changelist")
    selection = {"action": "merge_companies", "_selected_action": [keep.pk, duplicate.pk]}

    page = editor_client.post(url, selection)
    assert page.status_code == 200
    assert "Keep this company" in page.text

    response = editor_client.post(url, {**selection, "confirm": "yes", "target": keep.pk})
    assert response.status_code == 302
    assert not Company.objects.filter(pk=duplicate.pk).exists()
    assert Party.objects.get(pk=party.pk).company == keep
    assert keep.aliases.filter(name="Skyeton Group").exists()


def test_deleting_a_milestone_in_the_admin_moves_the_status_back(editor_client):
    agreement = AgreementFactory(status="announced")
    MilestoneFactory(agreement=agreement, kind="announced")
    delivered = MilestoneFactory(
        agreement=agreement, kind="first_delivery", date=agreement.announced_date.replace(month=9)
    )
    agreement.sync_status()
    assert agreement.status == "delivered"
    url = reverse("admin:deals_milestone_delete", args=[delivered.pk])
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    agreement.refresh_from_db()
    assert agreement.status == "announced"
