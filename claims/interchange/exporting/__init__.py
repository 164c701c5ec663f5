"""
Claim files out: CSV, XLSX, JSON and ClaimReview JSON-LD.

``records`` reads the claims chunk by chunk through the read model (``claims.reading``,
as the API does) into ``ClaimRecord``s, one module per format writes them (``csv``,
``xlsx``, ``json``, ``claimreview``, each a ``writer.ClaimFileWriter``) with the
columns of ``claims.interchange.columns``, ``about`` describes an export,
``exporter.ClaimFileExporter`` ties them together (``claims.api.sheet_renderers`` puts
them on the API), and ``benchmark`` measures them.
"""
