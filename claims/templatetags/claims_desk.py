"""``{% claims_desk as desk %}``: the desk's sections for the user looking (see ``claims.admin.desk``)."""

from django import template

from ..admin.desk import Desk

register = template.Library()


@register.simple_tag(takes_context=True)
def claims_desk(context):
    return Desk(context["request"].user).sections()
