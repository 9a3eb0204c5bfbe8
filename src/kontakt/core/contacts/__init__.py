"""The HRM contact check (`spec/contacts.md`): read an export, map its columns, find problems.

`hrm_import` reads CSV and workbooks, `mapping` picks the columns, `checks` gives the
findings (with `check_columns`, `phones`, `emails`, `dates`, `directory`, `members`),
`found` keeps them compactly, `codes` holds their texts and `document` the JSON form. The
plain data types are in `model`. `phones` stands on `phone_metadata` and `phone_prefixes`,
which read libphonenumber's metadata for the fast path.
"""
