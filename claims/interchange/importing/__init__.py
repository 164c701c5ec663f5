"""
Claims in: claim files (CSV, XLSX) and ClaimReview JSON-LD.

``readers`` turns a claim file into rows, ``values`` parses its cells, ``references``
finds or creates the outlets, sources, speakers, metrics and tags rows point at,
``claim_file_chains`` reads a row's chain (Chain data, or the readable columns),
``claim_file_matching`` finds the stored claim a row is (by UID, or by what it says),
``claim_file.ClaimFileImporter`` plans and applies a file (all rows or none; its plan
and errors are ``claim_file_results``), ``runs`` records each import, ``writes`` words
the refusals, ``benchmark`` times it, and ``jsonld`` / ``ratings`` /
``claimreview.ClaimReviewImporter`` do the same for fact-checkers' feeds.
"""
