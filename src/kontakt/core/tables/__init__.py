"""Reading tables that other systems export (CSV or XLSX): the HRM export, the number
register and the telephony platform's call records all come through here.

`table.read_table` gives the header and rows as text (`csv_table`: encodings, delimiters;
`xlsx_table`: workbooks, refused when hostile), `mapping` matches headers to the fields of a
`FieldSpec` (synonyms, saved profiles, overrides), and `errors` holds the messages that name
the file, row and column. The caller passes the exception class its callers catch.
"""
