"""Reports: files a person opens outside Kontakt (Excel workbooks), built from core data.

`excel` is the shared workbook writer (safe cells, tables, summaries, charts); the other
modules each lay out one report with it. Nothing here imports Qt: texts arrive already
translated through a `Translate` function.
"""
