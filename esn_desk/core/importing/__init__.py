"""HR spreadsheet import: read (sniff, xlsx/xls/ods/csv) → detect header → map → validate → apply.

The CLI (``esn-desk import``) and the GUI wizard call the same :class:`ImportService`, so they give
the same results.
"""
