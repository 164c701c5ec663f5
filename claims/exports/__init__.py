"""
Claim sheets out: CSV, XLSX, JSON and ClaimReview JSON-LD.

``selection`` picks the claims with the API's filters, ``records`` reads them chunk by
chunk through the read model (``claims.reading``, as the API does), ``columns`` defines
the sheet, one module per format writes it (``csv``,
``xlsx``, ``json``, ``claimreview``), ``cells`` keeps spreadsheet cells from running
as formulas, ``exporter.ClaimSheetExporter`` ties them together, ``renderers`` puts
them on the API, and ``benchmark`` measures them.
"""
