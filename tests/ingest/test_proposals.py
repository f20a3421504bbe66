"""The review queue's decisions, and matching news to agreements already in the record."""

import datetime as dt

import pytest

from dealtracker.deals.models import Agreement, Evidence, Milestone
from dealtracker.ingest import proposals, services
from dealtracker.ingest.models import Proposal
from tests.factories import (
    AgreementFactory,
    CompanyFactory,
    MilestoneFactory,
    PartyFactory,
    country,
)

pytestmark = pytest.mark.django_db

JV = "/2025/03/baykar-leonardo-joint-venture"


def proposal_for(site, path=JV) -> Proposal:
    site.serve_pages()
    article = services.url_submit(url=site.url(path)).item.article
    return Proposal.objects.get(article=article)


def test_a_new_deal_is_proposed_with_its_parties_and_milestone(site):
    proposal = proposal_for(site)
    assert proposal.kind == Proposal.Kind.NEW_AGREEMENT
    assert proposal.is_pending
    proposed = proposal.proposed
    assert proposed["deal_type"] == "joint_venture"
    assert proposed["date"] == "2025-03-06"
    assert {(p["name"], p["country"]) for p in proposed["parties"]} >= {
        ("Baykar", "TR"),
        ("Leonardo", "IT"),
    }
    assert "Baykar and Leonardo" in proposed["title"]


def test_accepting_creates_the_agreement_with_parties_milestone_and_evidence(site, editor):
    proposal = proposal_for(site)
    agreement = proposals.proposal_accept(proposal=proposal, editor=editor)
    assert agreement.deal_type == "joint_venture"
    assert {p.company.name for p in agreement.parties.all()} == {"Baykar", "Leonardo"}
    assert {p.country_id for p in agreement.parties.all()} == {"TR", "IT"}
    milestone = agreement.milestones.get()
    assert (milestone.kind, milestone.date) == (Milestone.Kind.CONTRACT_SIGNED, dt.date(2025, 3, 6))
    assert agreement.status == "signed"
    assert Evidence.objects.filter(agreement=agreement, article=proposal.article).exists()
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.ACCEPTED
    assert proposal.decided["label"] == "deal"
    assert proposal.decided_by == editor


def test_accepting_twice_creates_one_agreement(site, editor):
    proposal = proposal_for(site)
    proposals.proposal_accept(proposal=proposal, editor=editor)
    with pytest.raises(proposals.ProposalAlreadyDecided):
        proposals.proposal_accept(proposal=proposal, editor=editor)
    assert Agreement.objects.count() == 1


def test_the_editors_corrections_win(site, editor):
    proposal = proposal_for(site)
    known = CompanyFactory(name="Leonardo S.p.A.", slug="leonardo", country=country("IT"))
    corrections = {
        "title": "Baykar–Leonardo drone JV",
        "status": "announced",
        "date": "2025-03-07",
        "parties": [
            {"company_id": known.pk, "name": known.name, "country": "IT", "role": "partner"},
            {"company_id": None, "name": "Baykar", "country": "TR", "role": "partner"},
            {"company_id": None, "name": "", "country": "DE", "role": "recipient"},
        ],
    }
    agreement = proposals.proposal_accept(proposal=proposal, editor=editor, corrections=corrections)
    assert agreement.title == "Baykar–Leonardo drone JV"
    assert agreement.status == "announced"
    assert agreement.milestones.get().date == dt.date(2025, 3, 7)
    parties = {
        (p.company.name if p.company else None, p.country_id) for p in agreement.parties.all()
    }
    assert parties == {("Leonardo S.p.A.", "IT"), ("Baykar", "TR"), (None, "DE")}
    proposal.refresh_from_db()
    assert proposal.decided["status"] == "announced"


def test_a_failing_accept_leaves_nothing_behind(site, editor):
    proposal = proposal_for(site)
    corrections = {
        "parties": [{"company_id": None, "name": "", "country": "XX", "role": "partner"}]
    }
    with pytest.raises(proposals.ProposalInvalid, match="XX"):
        proposals.proposal_accept(proposal=proposal, editor=editor, corrections=corrections)
    assert not Agreement.objects.exists()
    proposal.refresh_from_db()
    assert proposal.is_pending


def test_rejecting_records_a_negative_label(site, editor):
    proposal = proposal_for(site)
    proposals.proposal_reject(proposal=proposal, editor=editor, reason="An opinion piece")
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.REJECTED
    assert proposal.decided == {"label": "not_deal", "reason": "An opinion piece"}
    assert not Agreement.objects.exists()


def test_merging_adds_evidence_and_parties_to_the_chosen_agreement(site, editor):
    proposal = proposal_for(site)
    agreement = AgreementFactory(deal_type="co_production", announced_date=dt.date(2024, 1, 1))
    proposals.proposal_merge(proposal=proposal, agreement=agreement, editor=editor)
    assert Evidence.objects.filter(agreement=agreement, article=proposal.article).exists()
    assert {p.country_id for p in agreement.parties.all()} == {"TR", "IT"}
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.MERGED
    assert proposal.decided["agreement_id"] == agreement.pk
    assert Agreement.objects.count() == 1


def existing_joint_venture(status="announced", on=dt.date(2025, 2, 1)) -> Agreement:
    agreement = AgreementFactory(deal_type="joint_venture", status=status, announced_date=on)
    PartyFactory(
        agreement=agreement,
        company=CompanyFactory(slug="baykar", name="Baykar", country=country("TR")),
    )
    PartyFactory(
        agreement=agreement,
        company=CompanyFactory(slug="leonardo", name="Leonardo", country=country("IT")),
    )
    return agreement


def test_news_about_a_known_agreement_proposes_a_status_change(site):
    agreement = existing_joint_venture(status="announced")
    proposal = proposal_for(site)
    assert proposal.agreement == agreement
    assert proposal.kind == Proposal.Kind.STATUS_CHANGE


def test_news_repeating_a_known_status_proposes_evidence(site):
    agreement = existing_joint_venture(status="signed")
    proposal = proposal_for(site)
    assert (proposal.agreement, proposal.kind) == (agreement, Proposal.Kind.NEW_EVIDENCE)


def test_an_agreement_outside_the_time_window_is_not_matched(site, settings):
    settings.INGEST_MATCH_WINDOW_DAYS = 30
    existing_joint_venture(on=dt.date(2023, 1, 1))
    assert proposal_for(site).kind == Proposal.Kind.NEW_AGREEMENT


def test_accepting_a_status_change_updates_the_agreement_instead_of_creating_one(site, editor):
    agreement = existing_joint_venture(status="announced")
    proposal = proposal_for(site)
    updated = proposals.proposal_accept(proposal=proposal, editor=editor)
    assert updated == agreement
    assert Agreement.objects.count() == 1
    agreement.refresh_from_db()
    assert agreement.status == "signed"
    assert agreement.evidence.filter(article=proposal.article).exists()


def test_accepting_also_cites_the_republished_copies(site, editor):
    site.serve_pages()
    services.url_submit(url=site.url(JV))
    copy = services.url_submit(url=site.url("/world/baykar-leonardo-wire")).item.article
    proposal = Proposal.objects.get()
    agreement = proposals.proposal_accept(proposal=proposal, editor=editor)
    assert agreement.evidence.filter(article=copy).exists()


def test_exactly_one_proposal_per_relevant_article_even_when_reclassified(site):
    proposal = proposal_for(site)
    counts = services.articles_reclassify(articles=[proposal.article])
    assert counts == {"classified": 1, "relevant": 1, "proposals_created": 0}
    assert Proposal.objects.count() == 1


def test_every_decision_becomes_a_training_label(site, editor):
    from dealtracker.ingest.classification import editor_labelled_examples

    site.serve_pages()
    accepted = proposal_for(site)
    services.url_submit(url=site.url("/2025/05/wb-group-ukraine-warmate"))
    rejected = Proposal.objects.exclude(pk=accepted.pk).get()
    proposals.proposal_accept(
        proposal=accepted, editor=editor, corrections={"deal_type": "co_production"}
    )
    proposals.proposal_reject(proposal=rejected, editor=editor)
    labels = {e.title: (e.label, e.deal_type) for e in editor_labelled_examples()}
    assert labels[accepted.article.title] == ("deal", "co_production")
    assert labels[rejected.article.title] == ("not_deal", None)


def delivered_joint_venture() -> Agreement:
    agreement = existing_joint_venture(status="delivered")
    MilestoneFactory(
        agreement=agreement, kind=Milestone.Kind.FIRST_DELIVERY, date=dt.date(2025, 1, 15)
    )
    return agreement


def test_accepting_older_news_about_a_delivered_deal_adds_evidence_but_no_milestone(site, editor):
    agreement = delivered_joint_venture()
    proposal = proposal_for(site)
    assert (proposal.agreement, proposal.kind) == (agreement, Proposal.Kind.NEW_EVIDENCE)
    proposals.proposal_accept(proposal=proposal, editor=editor)
    agreement.refresh_from_db()
    assert agreement.status == "delivered"
    assert list(agreement.milestones.values_list("kind", flat=True)) == ["first_delivery"]
    assert agreement.evidence.filter(article=proposal.article).exists()


def test_accepting_news_without_a_status_never_moves_a_deal_back_to_announced(site, editor):
    agreement = delivered_joint_venture()
    proposal = proposal_for(site)
    # What the classifier's silence on status becomes: the default, "announced".
    proposal.proposed = {**proposal.proposed, "status": "announced"}
    proposal.save()
    proposals.proposal_accept(proposal=proposal, editor=editor)
    agreement.refresh_from_db()
    assert agreement.status == "delivered"
    assert agreement.milestones.count() == 1


def test_merging_older_news_into_a_delivered_deal_adds_evidence_but_no_milestone(site, editor):
    agreement = delivered_joint_venture()
    proposal = proposal_for(site)
    proposals.proposal_merge(proposal=proposal, agreement=agreement, editor=editor)
    agreement.refresh_from_db()
    assert agreement.status == "delivered"
    assert list(agreement.milestones.values_list("kind", flat=True)) == ["first_delivery"]
    assert agreement.evidence.filter(article=proposal.article).exists()


def test_merging_later_news_still_moves_the_deal_forward(site, editor):
    agreement = existing_joint_venture(status="announced")
    proposal = proposal_for(site)
    proposals.proposal_merge(proposal=proposal, agreement=agreement, editor=editor)
    agreement.refresh_from_db()
    assert agreement.status == "signed"
    assert agreement.milestones.get().kind == Milestone.Kind.CONTRACT_SIGNED
