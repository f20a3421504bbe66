"""Every admin action and custom admin view in ingestion that writes needs the change
permission: an analyst (view only) is refused each, an editor can."""

import pytest
from django.urls import reverse

from dealtracker.deals.models import Agreement
from dealtracker.ingest import services
from dealtracker.ingest.models import ArticleClassification, Feed, Proposal
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

JV = "/2025/03/baykar-leonardo-joint-venture"


@pytest.fixture
def feed(site) -> Feed:
    return Feed.objects.create(name="Desk", slug="desk", url=site.url("/feeds/desk.rss"))


@pytest.fixture
def proposal(site) -> Proposal:
    site.serve_pages()
    article = services.url_submit(url=site.url(JV)).item.article
    return Proposal.objects.get(article=article)


def run_feed_action(client, feed, action):
    return client.post(
        reverse("admin:ingest_feed_changelist"), {"action": action, "_selected_action": [feed.pk]}
    )


@pytest.mark.parametrize("action", ["poll_now", "activate", "deactivate"])
def test_no_feed_action_is_offered_to_an_analyst(analyst_client, feed, action):
    page = analyst_client.get(reverse("admin:ingest_feed_changelist")).content.decode()
    assert f'value="{action}"' not in page


@pytest.mark.parametrize("action", ["poll_now", "activate", "deactivate"])
def test_every_feed_action_is_offered_to_an_editor(editor_client, feed, action):
    page = editor_client.get(reverse("admin:ingest_feed_changelist")).content.decode()
    assert f'value="{action}"' in page


def test_an_analyst_cannot_poll_a_feed_now(
    analyst_client, feed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        run_feed_action(analyst_client, feed, "poll_now")
    assert callbacks == []


def test_an_editor_can_poll_a_feed_now(editor_client, feed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        run_feed_action(editor_client, feed, "poll_now")
    assert len(callbacks) == 1


def test_an_analyst_cannot_switch_a_feed_on(analyst_client, feed):
    run_feed_action(analyst_client, feed, "activate")
    feed.refresh_from_db()
    assert not feed.is_active


def test_an_editor_can_switch_feeds_on_and_off(editor_client, feed):
    run_feed_action(editor_client, feed, "activate")
    feed.refresh_from_db()
    assert feed.is_active
    run_feed_action(editor_client, feed, "deactivate")
    feed.refresh_from_db()
    assert not feed.is_active


def test_an_analyst_cannot_switch_a_feed_off(analyst_client, feed):
    Feed.objects.filter(pk=feed.pk).update(is_active=True)
    run_feed_action(analyst_client, feed, "deactivate")
    feed.refresh_from_db()
    assert feed.is_active


def reclassify(client):
    return client.post(
        reverse("admin:ingest_articleclassification_changelist"),
        {"action": "reclassify", "_selected_action": [ArticleClassification.objects.get().pk]},
    )


def test_an_analyst_cannot_reclassify(analyst_client, proposal):
    ArticleClassification.objects.update(model_version="old")
    page = analyst_client.get(reverse("admin:ingest_articleclassification_changelist"))
    assert 'value="reclassify"' not in page.content.decode()
    reclassify(analyst_client)
    assert ArticleClassification.objects.get().model_version == "old"


def test_an_editor_can_reclassify(editor_client, proposal):
    ArticleClassification.objects.update(model_version="old")
    reclassify(editor_client)
    assert ArticleClassification.objects.get().model_version != "old"


def decision(proposal, kind, **extra) -> dict:
    return {
        "title": "Baykar and Leonardo drone joint venture",
        "deal_type": "joint_venture",
        "status": "signed",
        "date": "2025-03-06",
        "new_companies": "Baykar, TR\nLeonardo, IT",
        "decision": kind,
        "reason": "Not a deal",
        **extra,
    }


@pytest.mark.parametrize("kind", ["accept", "merge", "reject"])
def test_an_analyst_cannot_decide_a_proposal(analyst_client, proposal, kind):
    agreement = AgreementFactory(deal_type="joint_venture")
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    analyst_client.post(url, decision(proposal, kind, agreement=agreement.pk))
    proposal.refresh_from_db()
    assert proposal.is_pending
    assert Agreement.objects.count() == 1
    assert not agreement.evidence.exists()


@pytest.mark.parametrize(
    ("kind", "state"),
    [
        ("accept", Proposal.State.ACCEPTED),
        ("merge", Proposal.State.MERGED),
        ("reject", Proposal.State.REJECTED),
    ],
)
def test_an_editor_can_decide_a_proposal(editor_client, proposal, kind, state):
    agreement = AgreementFactory(deal_type="joint_venture")
    url = reverse("admin:ingest_proposal_change", args=[proposal.pk])
    response = editor_client.post(url, decision(proposal, kind, agreement=agreement.pk))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == state
