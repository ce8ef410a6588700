"""Pydantic models: the norm, an assessment, and the SPEC §5 result shapes. No I/O."""
