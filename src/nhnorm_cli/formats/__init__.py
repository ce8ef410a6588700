"""Low-level writers shared by every output family: JSON, spreadsheet-safe CSV, JSON Schemas."""
