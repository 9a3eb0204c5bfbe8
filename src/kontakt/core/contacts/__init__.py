"""The HRM contact check (`spec/contacts.md`): read an export, map its columns, find problems.

`hrm_import` reads CSV and workbooks, `mapping` picks the columns, `checks` gives the
findings (with `phones`, `emails`, `dates`, `directory`, `members`), `codes` holds their
texts and `document` the JSON form. The plain data types are in `model`.
"""
