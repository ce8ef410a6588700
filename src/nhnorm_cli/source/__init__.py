"""Reading what a user wrote: YAML with positions, text scans, line endings, control characters, dates."""
