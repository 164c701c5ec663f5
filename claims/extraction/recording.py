"""
A body's own figures: "The WHO recorded 2.7 million cases", "JPMorgan posted a profit of …".

Split out of `speech`: no verb of speech, the body that opens the sentence (or follows an
opening phrase, or is named before an apposition) recorded or posted the figures itself.
"""

import re

from .openers import leading_subject
from .spans import DraftLink, SpeakerCue

__all__ = ["recording_clauses"]

# "The WHO recorded …", "JPMorgan Chase posted a quarterly profit …": the body's own figures.
RECORDED = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|already)\s+)?(?:recorded|registered|logged|posted|booked)\b"
)
# Bodies that count and record, named after an opening phrase ("By midday authorities recorded …"), or opening
# the sentence with their article ("The lender posted …", not "lender").
RECORDED_BY_BODY = re.compile(
    r"(?:^|,\s+|^(?:[\w'’-]+\s+){1,4}?)(?P<who>(?:[Tt]he\s+)?"
    r"(?:(?!(?:midday|noon|midnight|morning|evening|night|then|now|today|yesterday)\b)[a-z]+\s+)?(?:authorities|police|officials"
    r"|ministry|agency|government|army|military|coastguard|coast\s+guard|organi[sz]ers|hospitals?|health\s+workers"
    r"|board|commission|council|bureau|department|office|institute|regulator|service"
    # "For the year ended in March, the company posted a net profit of …": a company's own results.
    r"|company|firm|group|bank|lender|airline|carrier|insurer|retailer|operator|automaker|carmaker|drugmaker))"
    + RECORDED.pattern
)


def recording_clauses(sentence: str) -> list[SpeakerCue]:
    """ "The WHO recorded 2.7 million cases", "JPMorgan posted a profit of $14.6 billion".

    The body that opens the sentence and recorded or posted the figures gave them. The
    extractor uses this only when the sentence has no other attribution: in "Chicago
    recorded 573 homicides, the police chief said" the chief speaks.
    """
    subject = leading_subject(sentence)
    verb_at = subject[1] if subject else 0
    if not subject or not RECORDED.match(sentence, subject[1]):
        apposed = APPOSED_RECORDER.match(sentence)
        # "By midday authorities recorded 180,000 demonstrators": a body after an opening phrase.
        inner = RECORDED_BY_BODY.search(sentence) or NAME_AFTER_OPENING.match(sentence)
        if apposed:
            # "Frontex, the EU border agency, recorded 12,000 crossings": the name before the apposition.
            subject, verb_at = apposed.span("who"), apposed.end()
        elif inner:
            subject = verb_at = inner.span("who")
            verb_at = subject[1]
        else:
            return []
    start, end = subject
    link = DraftLink(sentence[start:end], "reported", start, end)
    return [SpeakerCue((link,), start, RECORDED.match(sentence, verb_at).end(), True)]


# "In its annual report, Amnesty International recorded 40 executions": a name after an opening phrase.
NAME_AFTER_OPENING = re.compile(
    r"^(?:In|On|At|During|By|Over)\s[^,]{1,60},\s+(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&'’-]*){0,5})"
    + RECORDED.pattern
)
APPOSED_RECORDER = re.compile(
    r"^(?P<who>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&'’-]*){0,4}),\s+(?:the|an?)\s+[^,]{1,60},(?="
    + RECORDED.pattern
    + ")"
)
