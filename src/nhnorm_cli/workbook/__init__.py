"""Workbooks (xlsx, csv): export, read back, import. The only place that imports openpyxl."""
