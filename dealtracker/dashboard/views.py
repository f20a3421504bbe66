from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from dealtracker.deals import selectors


def home(request: HttpRequest) -> HttpResponse:
    deals = selectors.agreement_list_newest()
    return render(request, "dashboard/home.html", {"deals": deals})
