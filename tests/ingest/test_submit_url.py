"""'Add this article': an editor or analyst submits one address in the admin; it runs at once."""

import pytest
from django.urls import reverse

from dealtracker.ingest.models import IngestRun, Proposal

pytestmark = pytest.mark.django_db

SUBMIT = reverse("admin:ingest_ingestrun_submit")


def test_the_run_log_offers_to_add_an_article(editor_client):
    page = editor_client.get(reverse("admin:ingest_ingestrun_changelist"))
    assert SUBMIT in page.text


def test_an_editor_submits_an_article_and_lands_on_its_proposal(editor_client, site):
    site.serve_pages()
    url = site.url("/2025/03/baykar-leonardo-joint-venture")
    response = editor_client.post(SUBMIT, {"url": url})
    proposal = Proposal.objects.get(article__url=url)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:ingest_proposal_change", args=[proposal.pk])
    assert IngestRun.objects.get(source_url=url).trigger == IngestRun.Trigger.ADMIN


def test_an_analyst_may_submit_an_article_too(analyst_client, site):
    site.serve_pages()
    url = site.url("/2025/03/baykar-leonardo-joint-venture")
    assert analyst_client.get(SUBMIT).status_code == 200
    analyst_client.post(SUBMIT, {"url": url})
    assert Proposal.objects.filter(article__url=url).exists()


def test_a_refused_address_is_reported_and_nothing_is_proposed(editor_client, settings):
    settings.DEALTRACKER_ALLOW_PRIVATE_URLS = False
    response = editor_client.post(SUBMIT, {"url": "http://127.0.0.1:9/news"}, follow=True)
    assert "Not added" in response.text
    assert "loopback" in response.text
    assert not Proposal.objects.exists()


def test_a_malformed_address_is_a_form_error(editor_client):
    response = editor_client.post(SUBMIT, {"url": "not a url"})
    assert response.status_code == 200
    assert "Enter a valid URL" in response.text
    assert not IngestRun.objects.exists()


def test_someone_without_access_to_the_queue_is_refused(client, outsider):
    outsider.is_staff = True
    outsider.save()
    client.force_login(outsider)
    assert client.post(SUBMIT, {"url": "https://example.com/a"}).status_code == 403
