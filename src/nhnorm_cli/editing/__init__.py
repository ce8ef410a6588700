"""Changing assessment files without losing a comment: new years, set/fill answers, workbook merges."""
