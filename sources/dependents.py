"""Records that point at an outlet, source or speaker, named so an editor can go and look.

Used where the admin explains what a record is tied to: a refused deletion and a merge
preview.
"""

from django.contrib.admin.utils import quote
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst


def _linked(obj):
    """``Verbose name: <a href=admin page>obj</a>`` (no link where the admin has no page)."""
    opts = obj._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(obj.pk)])
    except NoReverseMatch:
        return format_html("{}: {}", capfirst(opts.verbose_name), obj)
    return format_html('{}: <a href="{}">{}</a>', capfirst(opts.verbose_name), url, obj)


def describe_dependent(obj):
    """What keeps a record from being deleted, named so the editor can go and look.

    A link in an attribution chain is named by its claim (its own name repeats the speaker
    being deleted, and says nothing about which claim cites it).
    """
    claim = getattr(obj, "claim", None)
    if claim is not None:
        return format_html("{} (its {}: {})", _linked(claim), obj._meta.verbose_name, obj)
    return _linked(obj)
