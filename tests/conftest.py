"""Personas and shared fixtures: an editor, an analyst and an outsider, as in the admin."""

import pytest
from django.contrib.auth.models import Group

from dealtracker.deals.roles import ANALYSTS, EDITORS, roles_setup


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # The default PBKDF2 hasher costs ~0.3 s a login: far too slow for a persona per test.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def roles(db):
    return roles_setup()


@pytest.fixture
def editor(roles, django_user_model):
    user = django_user_model.objects.create_user("erin", password="editor-pass", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def analyst(roles, django_user_model):
    user = django_user_model.objects.create_user("ana", password="analyst-pass", is_staff=True)
    user.groups.add(Group.objects.get(name=ANALYSTS))
    return user


@pytest.fixture
def outsider(db, django_user_model):
    return django_user_model.objects.create_user("olly", password="outsider-pass")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client
