"""
Whom an unnamed spokesperson speaks for: "a Pfizer spokesman" speaks for Pfizer, "the
company's spokesperson" for the company, "a spokesperson" with no body named for the
body that spoke last ("it"), and "its latest report" is that body's own report.

Split from `speakers` (who a speaker is) because a spokesperson is no speaker of their
own: the claim belongs to the body they speak for.
"""

import re

__all__ = ["speaks_for"]

_SPOKESPERSON = r"(?:spokes(?:person|man|woman|people)|press\s+(?:office|officer|secretary|service)|representative)"
_RANK = r"(?:(?:senior|chief|deputy|official|main|an?)\s+)?"
# An unnamed spokesperson speaks for the body: "the company's spokesperson", "a
# spokesperson for NHS England", "a Pfizer spokesman", "a ministry spokeswoman".
SPEAKS_FOR = (
    re.compile(rf"^(?:the\s+|a\s+|an\s+)?(?P<org>.+?)['’]s?\s+{_RANK}{_SPOKESPERSON}$", re.IGNORECASE),
    re.compile(rf"^(?:a|an|the)\s+{_RANK}{_SPOKESPERSON}\s+(?:for|of|at|from)\s+(?P<org>.+)$", re.IGNORECASE),
    re.compile(rf"^(?:[Aa]n?|[Tt]he)\s+{_RANK}(?P<org>(?:[A-Z][\w.&'’-]*\s+)+){_SPOKESPERSON}$"),
    re.compile(rf"^(?:[Aa]n?|[Tt]he)\s+{_RANK}(?P<lower>(?:[a-z]+\s+){{1,3}}){_SPOKESPERSON}$"),
)


# "the gubernatorial spokesman", "the presidential spokeswoman", "the official spokesman": a lowercase word
# before the title that describes the office is an adjective, no body ("the army", "the regional police" are).
ADJECTIVE = re.compile(
    r"(?:(?<!hospit)(?<!tribun)(?<!capit)(?<!termin)(?<!festiv)(?<!journ)(?<!arsen)al|ic|ian|ese|ous|ive)$"
)
# "a spokesperson said", with no body named: the body that spoke last ("it").
BARE_SPOKESPERSON = re.compile(rf"^(?:a|an|the)\s+{_RANK}(?:company\s+|government\s+)?{_SPOKESPERSON}$", re.IGNORECASE)
# "Ana Ruiz, a spokeswoman of the ministry, said …. The spokeswoman noted …": "the" points back at a spokesperson, a
# person, not at the body that spoke last; unresolved, the cue stays as written.
DEFINITE_SPOKESPERSON = re.compile(rf"^the\s+{_SPOKESPERSON}$", re.IGNORECASE)
# "Its latest annual report put …", "their own figures": the report of the body that spoke last.
OWN_REPORT = re.compile(
    r"""^(?P<pronoun>its|their)\s+(?:[\w-]+\s+){0,3}?
        (?:report|review|figures|data|statistics|estimates?|survey|study|analysis|accounts|results|filings?|count|tally)$""",
    re.IGNORECASE | re.VERBOSE,
)


def speaks_for(name: str) -> str | None:
    """The body an unnamed spokesperson speaks for ("a Pfizer spokesman" → "Pfizer"), or
    None; "it" for a spokesperson of no named body, and for "its latest report"."""
    own_report = OWN_REPORT.match(name.strip())
    if own_report:
        return "they" if own_report.group("pronoun").lower() == "their" else "it"
    if "spokes" not in name.lower() and "press" not in name.lower() and "representative" not in name.lower():
        return None
    if DEFINITE_SPOKESPERSON.match(name.strip()):
        return None  # "The spokesman noted …": the spokesperson already named, or the one the text means, as written
    if BARE_SPOKESPERSON.match(name.strip()):
        return "it"
    for pattern in SPEAKS_FOR:
        match = pattern.match(name.strip())
        if match and match.groupdict().get("lower"):
            if ADJECTIVE.search(match.group("lower").strip()):
                return None  # "the gubernatorial spokesman" speaks for the governor, not a body "the gubernatorial"
            return "the " + match.group("lower").strip()
        if match:
            org = match.group("org").strip()
            # "the company's spokesperson": the possessive kept its article.
            return ("the " + org) if name.lower().startswith("the ") and org.islower() else org
    return None
