"""
Claim sheets out: CSV, XLSX, JSON and ClaimReview JSON-LD.

``columns`` defines the sheet, one module per format writes it (``csv``, ``xlsx``,
``json``, ``claimreview``), ``cells`` keeps spreadsheet cells from running as
formulas, and ``exporter.ClaimSheetExporter`` ties them together.
"""
