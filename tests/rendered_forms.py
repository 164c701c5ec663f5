"""Read a form as the page renders it, to submit what a browser would (house rule: never prepared data).

Two ways in: ``rendered_form(html, form_id)`` for a form with an id (a ``RenderedForm`` to
change field by field), and ``page_form(response, containing=…)`` + ``submit(…)`` for a
form found by what it holds (a confirmation page, a login form), posted to its action.

``rendered_form(html, form_id)`` returns what pressing the form's default (first named)
submit button sends: that button, every named input with its value (checked boxes only), each select's chosen
options (the first when none is marked, as browsers do), each textarea's text. Tests
change what a person would type, then post the result.
"""

from html.parser import HTMLParser

import lxml.html

SKIPPED_INPUTS = {"submit", "button", "image", "reset", "file"}


class RenderedForm(dict):
    """Field name → list of values, as a browser would post them (the test client takes lists).

    ``controls`` names every control the page rendered, including those that send nothing
    as rendered (an empty autocomplete ``<select>``): a test may fill those in, as a person
    does, but never invent a field the page does not have.
    """

    controls = frozenset()

    def set(self, name, value):
        """Type ``value`` into ``name`` (which must be on the page: a test cannot add fields)."""
        if name not in self and name not in self.controls:
            raise KeyError(f"{name!r} is not a field of the rendered form: {sorted(self)}")
        self[name] = [str(value)]

    def uncheck(self, name):
        """Untick the checkbox ``name`` (it must be ticked on the page): it is then not sent."""
        if name not in self:
            raise KeyError(f"{name!r} is not ticked on the rendered form")
        del self[name]

    def add_inline_row(self, prefix, **values):
        """Fill in a new row of inline ``prefix`` with ``values``; returns its index.

        With values, a blank row the page rendered is used first (a person types into it);
        otherwise, or when there is none, what the admin's "Add another …" link does: a row
        copied from the inline's empty template (``prefix-__prefix__-…``), counted in
        TOTAL_FORMS."""
        total = int(self.value(f"{prefix}-TOTAL_FORMS"))
        initial = int(self.value(f"{prefix}-INITIAL_FORMS"))
        blank = [
            index
            for index in range(initial, total)
            if values and not any((self.get(f"{prefix}-{index}-{name}") or [""])[0] for name in values)
        ]
        if blank:
            index = blank[0]
        else:
            index = total
            template = f"{prefix}-__prefix__-"
            for name in [name for name in (*self, *self.controls) if name.startswith(template)]:
                copied = f"{prefix}-{index}-{name[len(template) :]}"
                self[copied] = list(self.get(name, []))
                self.controls = self.controls | {copied}
            self.set(f"{prefix}-TOTAL_FORMS", index + 1)
        for name, value in values.items():
            self.set(f"{prefix}-{index}-{name}", value)
        return index

    def value(self, name):
        values = self[name]
        return values[0] if values else None


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.found = False
        self.pairs = []
        self.select = None  # (name, multiple, chosen, first) while inside a <select>
        self.option = None  # attributes of the <option> being read
        self.textarea = None  # [name, text] while inside a <textarea>
        self.default_button = None  # (name, value) of the form's first named submit button
        self.controls = set()  # every named control, whether or not it sends a value

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside, self.found = True, True
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag in ("input", "select", "textarea") and name:
            self.controls.add(name)
        if tag == "input" and name and "disabled" not in attrs:
            kind = (attrs.get("type") or "text").lower()
            if kind == "submit" and self.default_button is None:
                self.default_button = (name, attrs.get("value") or "")
            if kind in SKIPPED_INPUTS:
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.pairs.append((name, attrs.get("value") or "on"))
                return
            self.pairs.append((name, attrs.get("value") or ""))
        elif tag == "button" and name and (attrs.get("type") or "submit") == "submit" and self.default_button is None:
            self.default_button = (name, attrs.get("value") or "")
        elif tag == "select" and name and "disabled" not in attrs:
            self.select = {"name": name, "multiple": "multiple" in attrs, "chosen": [], "first": None}
        elif tag == "option" and self.select is not None:
            self.option = {"value": attrs.get("value"), "selected": "selected" in attrs, "text": ""}
        elif tag == "textarea" and name and "disabled" not in attrs:
            self.textarea = [name, ""]

    def handle_data(self, data):
        if self.option is not None:
            self.option["text"] += data
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "option" and self.option is not None:
            self._close_option()
        elif tag == "select" and self.select is not None:
            if self.option is not None:
                self._close_option()
            chosen = self.select["chosen"]
            if not chosen and not self.select["multiple"] and self.select["first"] is not None:
                chosen = [self.select["first"]]
            self.pairs.extend((self.select["name"], value) for value in chosen)
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            self.pairs.append((name, text[1:] if text.startswith("\n") else text))
            self.textarea = None
        elif tag == "form":
            self.inside = False

    def _close_option(self):
        value = self.option["value"] if self.option["value"] is not None else self.option["text"].strip()
        if self.select["first"] is None:
            self.select["first"] = value
        if self.option["selected"]:
            self.select["chosen"].append(value)
        self.option = None


def rendered_form(html, form_id):
    """The data the form with id ``form_id`` posts as rendered in ``html`` (a response, bytes or text)."""
    if hasattr(html, "status_code"):
        assert html.status_code == 200, html.status_code
        html = html.content
    if isinstance(html, bytes):
        html = html.decode()
    reader = _FormReader(form_id)
    reader.feed(html)
    if not reader.found:
        raise AssertionError(f"no <form id={form_id!r}> on the page")
    form = RenderedForm()
    form.controls = frozenset(reader.controls)
    pairs = reader.pairs + ([reader.default_button] if reader.default_button else [])
    for name, value in pairs:
        form.setdefault(name, []).append(value)
    return form


def links_to(html, text_contains):
    """The hrefs of the page's links whose text contains ``text_contains``, in page order."""
    if isinstance(html, bytes):
        html = html.decode()

    class _Links(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.links, self.href, self.text = [], None, ""

        def handle_starttag(self, tag, attrs):
            if tag == "a":
                self.href, self.text = dict(attrs).get("href"), ""

        def handle_data(self, data):
            if self.href is not None:
                self.text += data

        def handle_endtag(self, tag):
            if tag == "a" and self.href is not None:
                if text_contains in " ".join(self.text.split()):
                    self.links.append(self.href)
                self.href = None

    parser = _Links()
    parser.feed(html)
    return parser.links


# --- Forms found by what they hold, posted to their action ------------------------------


def page_form(response, *, containing):
    """The first form of ``response`` whose HTML holds ``containing`` (a field name, a button label)."""
    document = lxml.html.fromstring(response.content.decode())
    for form in document.forms:
        if containing in lxml.html.tostring(form, encoding="unicode"):
            return form
    raise AssertionError(f"no form with {containing!r} on the page")


def form_data(form, *, button=None, **changes):
    """What submitting ``form`` posts: its successful controls, ``changes`` applied (a list sets
    a multi-valued field, None removes one, as unticking a box), and the ``button`` pressed."""
    data = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else [value]
    if button is not None:
        [pressed] = [
            element
            for element in form.iter("input", "button")
            if element.get("name") == button and element.get("type", "submit") == "submit"
        ]
        data[button] = [pressed.get("value", "")]
    return data


def submit(client, response, form, **kwargs):
    """Post ``form`` where the page sends it (its ``action``, else the page's own address)."""
    action = form.get("action") or response.wsgi_request.get_full_path()
    return client.post(action, form_data(form, **kwargs))
