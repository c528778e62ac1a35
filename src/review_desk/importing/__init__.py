"""Readers of spreadsheets, Word forms and other files (see the importing issue)."""
