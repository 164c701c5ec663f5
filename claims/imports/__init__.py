"""
Claims in: claim sheets (CSV, XLSX) and ClaimReview JSON-LD.

``readers`` turns a sheet file into rows, ``values`` parses its cells, ``references``
finds or creates the outlets, sources, speakers, metrics and tags rows point at,
``sheet_chains`` reads a row's chain (Chain data, or the readable columns),
``sheet_matching`` finds the stored claim a row is (by UID, or by what it says),
``sheet.ClaimSheetImporter`` plans and applies a sheet (all rows or none; its plan and
errors are ``sheet_results``), ``benchmark`` times it, and
``jsonld`` / ``claimreview.ClaimReviewImporter`` do the same for fact-checkers' feeds.
"""
