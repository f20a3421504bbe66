import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from dealtracker.deals.roles import EDITORS, roles_setup


class Command(BaseCommand):
    help = "Create an editor login with a random password, printed once."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="editor")
        parser.add_argument(
            "--reset", action="store_true", help="Give an existing login a new password."
        )

    def handle(self, *args, username: str, reset: bool, **options) -> None:
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user and not reset:
            self.stdout.write(
                f"Editor login '{username}' already exists "
                f"(new password: manage.py create_editor --reset)."
            )
            return
        roles_setup()
        password = secrets.token_urlsafe(12)
        if user is None:
            user = User(username=username, is_staff=True)
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name=EDITORS))
        self.stdout.write(
            self.style.SUCCESS(
                f"Editor login for /admin/: username '{username}', password '{password}' "
                "(shown once)."
            )
        )
