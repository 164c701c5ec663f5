"""
Claims in: claim sheets (CSV, XLSX) and ClaimReview JSON-LD.

``readers`` turns a sheet file into rows, ``values`` parses its cells, ``references``
finds or creates the outlets, sources, speakers, metrics and tags rows point at,
``sheet.ClaimSheetImporter`` plans and applies a sheet (all rows or none), and
``jsonld`` / ``claimreview.ClaimReviewImporter`` do the same for fact-checkers' feeds.
"""
