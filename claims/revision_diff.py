"""
What a pending revision changes, as reviewers read it: field by field, published → proposed.

The admin's "Pending revision" panel and the API's ``pending_revision`` both show this,
so a reviewer reads the same diff in either: each changed field with its published and
proposed value, the figure as people read it, and each chain as one line
("The Hill ← NBC News ← six anonymous sources") before and after.
"""

from dataclasses import dataclass, field

from .figures import format_figure, number_in_words
from .models import Claim, Metric, Tag
from .revisions import FIELD_LABELS, load_links, load_value

FIGURE_FIELDS = ("value", "value_max", "qualifier", "unit")


@dataclass
class FieldChange:
    name: str
    label: str
    published: str
    proposed: str


@dataclass
class RevisionDiff:
    revision: object
    changes: list = field(default_factory=list)
    figure: tuple | None = None  # (published, proposed) as read, when the figure changes
    chain: tuple | None = None  # (published lines, proposed lines)
    tags: tuple | None = None  # (published names, proposed names)


def chain_lines(links):
    """Each source's chain of ``LinkData`` (or ``Attribution``) as one line, in position order."""
    by_source = {}
    for link in sorted(links, key=lambda link: (link.source.pk, link.position)):
        by_source.setdefault(link.source.pk, (link.source, []))[1].append(link)
    lines = []
    for source, source_links in by_source.values():
        names = [source.outlet.name]
        for link in source_links:
            name = link.actor.name
            if link.actor.is_anonymous and link.source_count:
                noun = "source" if link.source_count == 1 else "sources"
                name = f"{number_in_words(link.source_count)} anonymous {noun}"
            if name != names[-1]:
                names.append(name)
        lines.append(f"{' ← '.join(names)} (in “{source.title}”)")
    return lines


def _shown(name, value):
    value = load_value(name, value)
    if value in (None, ""):
        return "—"
    if name == "metric":
        metric = Metric.objects.filter(pk=value).first()
        return str(metric) if metric else f"metric {value} (deleted)"
    if name == "qualifier":
        return dict(Claim._meta.get_field("qualifier").flatchoices).get(value, value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _figure(values):
    return format_figure(*(values.get(name) for name in FIGURE_FIELDS)) or "no figure"


def revision_diff(revision, claim):
    """The ``RevisionDiff`` of ``revision`` against ``claim`` as published now."""
    diff = RevisionDiff(revision=revision)
    for name, proposed in revision.fields.items():
        published = revision.base_fields.get(name)
        diff.changes.append(
            FieldChange(name, FIELD_LABELS.get(name, name), _shown(name, published), _shown(name, proposed))
        )
    if any(name in revision.fields for name in FIGURE_FIELDS):
        now = {name: getattr(claim, name) for name in FIGURE_FIELDS}
        then = {**now, **{name: load_value(name, value) for name, value in revision.fields.items()}}
        diff.figure = (_figure(now), _figure(then))
    if revision.links is not None:
        diff.chain = (chain_lines(load_links(revision.base_links)), chain_lines(load_links(revision.links)))
    if revision.tags is not None:
        names = dict(Tag.objects.filter(pk__in={*revision.tags, *(revision.base_tags or [])}).values_list("pk", "name"))
        diff.tags = (
            sorted(names.get(pk, f"tag {pk}") for pk in revision.base_tags or []),
            sorted(names.get(pk, f"tag {pk}") for pk in revision.tags),
        )
    return diff
