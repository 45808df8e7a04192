"""Printing the kit: label sheets (stickers, name badges) on a printer, in a preview or to PDF."""
