"""
A company's legal form written after a comma ("Acme Polling, Inc.", "Contoso Holdings, Ltd."): part of its name.

The rules that read a speaker end a name at a comma, so "according to an Acme Polling, Inc. survey" gave one
speaker "an Acme Polling" and another, "Inc", the owner of "Inc. survey"; every later "the survey" then went
to "Inc", and "Contoso Holdings, Inc. said" was said by "Inc". `with_legal_form()` widens a speaker's span over
that comma: a bare legal form takes in the name before its comma, and a name written right before ", Inc."
takes in its form. "Co." (also a county: "Tralee, Co. Kerry") and "AG" (also an attorney general) are left out.
"""

import re

__all__ = ["with_legal_form"]

LEGAL_FORM = (
    r"(?:Inc|Ltd|LLC|Corp|PLC|plc|Limited|Incorporated|Corporation|GmbH|S\.A|N\.V|LLP|Pte|Bhd|Pvt|Pty)(?![\w-])"
)
BARE_FORM = re.compile(rf"^{LEGAL_FORM}\.?$")
FORM_AFTER = re.compile(rf",\s+{LEGAL_FORM}")
# The capitalised words of a name, ending at the comma before its legal form ("Skelly and White, ").
NAME_BEFORE_COMMA = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:&|and|of|[A-Z][\w&'’.-]*))*,\s+$")


def with_legal_form(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span `start:end` widened over a comma that parts a company's name from its legal form."""
    if BARE_FORM.match(sentence[start:end].rstrip(".")):
        name = NAME_BEFORE_COMMA.search(sentence[max(0, start - 120) : start])
        if name:
            return start - (len(sentence[max(0, start - 120) : start]) - name.start()), end
        return start, end
    if end > start and sentence[end - 1 : end].isalnum():
        form = FORM_AFTER.match(sentence, end)
        if form:
            return start, form.end()
    return start, end
