"""factory_boy factories for the record."""

import datetime as dt

import factory

from dealtracker.deals.models import (
    Agreement,
    Article,
    Company,
    Country,
    Evidence,
    Milestone,
    Party,
    System,
)


def country(code: str) -> Country:
    """Countries come from the data migration; tests look them up rather than create them."""
    return Country.objects.get(code=code)


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    name = factory.Sequence(lambda n: f"Drone Maker {n}")
    slug = factory.Sequence(lambda n: f"drone-maker-{n}")
    country = factory.LazyFunction(lambda: country("UA"))
    kind = Company.Kind.COMPANY


class SystemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = System

    name = factory.Sequence(lambda n: f"Falcon {n}")
    slug = factory.Sequence(lambda n: f"falcon-{n}")
    category = System.Category.FIXED_WING_UAV
    maker = factory.SubFactory(CompanyFactory)


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    title = factory.Sequence(lambda n: f"Co-production deal {n}")
    slug = factory.Sequence(lambda n: f"deal-{n}")
    deal_type = Agreement.DealType.CO_PRODUCTION
    status = Agreement.Status.ANNOUNCED
    announced_date = dt.date(2025, 6, 1)
    confidence = Agreement.Confidence.SEVERAL
    summary = "Two makers agree to build drones together."


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Party

    agreement = factory.SubFactory(AgreementFactory)
    company = factory.SubFactory(CompanyFactory)
    role = Party.Role.PARTNER


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    url = factory.Sequence(lambda n: f"https://news.example/{n}")
    outlet = "Example News"
    title = factory.Sequence(lambda n: f"Drone makers sign deal {n}")
    published = dt.date(2025, 6, 2)
    language = "en"


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    agreement = factory.SubFactory(AgreementFactory)
    article = factory.SubFactory(ArticleFactory)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    agreement = factory.SubFactory(AgreementFactory)
    kind = Milestone.Kind.ANNOUNCED
    date = dt.date(2025, 6, 1)
