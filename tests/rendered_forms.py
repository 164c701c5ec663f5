"""Submit a form as the browser would: the inputs the page rendered, with a person's changes.

Tests of admin forms post what the page shows (hidden fields included), never data
prepared from ``form.initial``, so a field the page forgets breaks the test as it
breaks the user.
"""

import lxml.html


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
