from django import template

from dealtracker.dashboard.charts import DEAL_TYPE_COLOURS
from dealtracker.dashboard.views import flag as flag_for

register = template.Library()


@register.filter
def flag(code: str | None) -> str:
    """{{ party.country_id|flag }} -> 🇯🇵"""
    return flag_for(code or "")


@register.filter
def type_colour(deal_type: str) -> str:
    return DEAL_TYPE_COLOURS.get(deal_type, "#8C8C8C")
