"""A form's data exactly as the browser would submit the page it was rendered on.

lxml's ``form_values()`` lists the successful controls (inputs, selects, textareas;
checked boxes only; no buttons), so a hidden field that breaks the form breaks the test.
"""

import lxml.html


def rendered_form(response, form_id):
    """The ``{name: [values]}`` of the form ``#form_id`` in ``response`` as rendered."""
    assert response.status_code == 200, response.status_code
    page = lxml.html.fromstring(response.content.decode())
    (form,) = page.xpath(f'//form[@id="{form_id}"]')
    data = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    return data


def set_value(data, name, value):
    data[name] = [str(value)]


def add_inline_row(data, prefix, **values):
    """Use the rendered blank row of inline ``prefix``, or add one as "Add another" does; fill it in."""
    total = int(data[f"{prefix}-TOTAL_FORMS"][0])
    initial = int(data[f"{prefix}-INITIAL_FORMS"][0])
    blank = [
        index for index in range(initial, total) if not any(data.get(f"{prefix}-{index}-{n}", [""])[0] for n in values)
    ]
    if blank:
        index = blank[0]
    else:
        index = total
        set_value(data, f"{prefix}-TOTAL_FORMS", total + 1)
        for name, value in list(data.items()):
            if name.startswith(f"{prefix}-__prefix__-"):
                data[name.replace("__prefix__", str(index))] = list(value)
    for name, value in values.items():
        set_value(data, f"{prefix}-{index}-{name}", value)
    return index
