"""
Claims in files: the formats a claim travels in, written out and read back in.

One package for every file format, so "sheet" is left to the saved selections
(`claims.sheets`, the model `ClaimSheet`). Python cannot name a package ``import``,
so the two directions are ``exporting`` and ``importing``; what both share — the
format itself — sits at the top:

- ``columns``: the columns of a claim file (CSV, XLSX, JSON), their headers and how a
  claim fills them; an import reads the same columns back;
- ``cells``: keeping spreadsheet cells from running as formulas, both ways;
- ``exporting``: claims out as CSV, XLSX, JSON and ClaimReview JSON-LD
  (``exporter.ClaimFileExporter``, one ``writer.ClaimFileWriter`` per format);
- ``importing``: claims in from a claim file (``claim_file.ClaimFileImporter``, all
  rows or none) and from fact-checkers' ClaimReview feeds (``claimreview``).
"""
