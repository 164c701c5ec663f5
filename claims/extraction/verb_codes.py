"""
The link verb each verb of speech or estimate records: "told", "reported", "estimated", else "said".

A chain link keeps how its speaker gave the figure, because editors weigh a forecast ("expects",
"put the toll at") unlike a statement, and a report ("published", "counted") unlike both. The
verbs `speech` finds are many; this table maps each to its code (a verb not listed is "said").
"""

__all__ = ["VERB_CODES"]

VERB_CODES = {
    "told": "told", "tells": "told", "reported": "reported", "reports": "reported",
    "estimated": "estimated", "estimates": "estimated", "estimate": "estimated",
    "expects": "estimated", "expected": "estimated", "expect": "estimated", "forecast": "estimated",
    "forecasts": "estimated", "forecasted": "estimated", "predicted": "estimated", "predicts": "estimated", "projected": "estimated",
    "put": "estimated", "puts": "estimated", "placed": "estimated", "places": "estimated",
    "pegged": "estimated", "pegs": "estimated", "raised": "estimated", "revised": "estimated",
    "updated": "estimated", "lowered": "estimated", "cut": "estimated", "cuts": "estimated", "trimmed": "estimated",
    "trims": "estimated", "upgraded": "estimated", "downgraded": "estimated", "raises": "estimated", "lowers": "estimated", "issued": "reported", "released": "reported",
    "published": "reported", "envisages": "estimated", "envisaged": "estimated", "anticipates": "estimated",
    "anticipated": "estimated", "anticipate": "estimated", "sought": "estimated",
    "calculated": "estimated", "calculates": "estimated", "sees": "estimated", "expecting": "estimated", "forecasting": "estimated",
    "predicting": "estimated", "projecting": "estimated", "estimating": "estimated", "projects": "estimated", "gave": "estimated", "gives": "estimated", "give": "estimated",
    "maintained": "estimated", "maintains": "estimated", "reiterated": "estimated", "reaffirmed": "estimated",
    "stuck to": "estimated", "sticks to": "estimated",
    "spoke of": "said", "asked for": "estimated", "requested": "estimated", "demanded": "estimated",
    "proposed": "estimated", "proposes": "estimated", "proposing": "estimated",
    "declared": "reported", "declares": "reported", "announce": "reported", "announces": "reported",
    "counted": "reported", "tallied": "reported", "identified": "reported", "listed": "reported", "lists": "reported",
    "verified": "reported",
    "foreseeing": "estimated", "foresees": "estimated", "foresee": "estimated", "foresaw": "estimated",
}  # fmt: skip
