"""The rules nhnorm checks: each with a stable code and a default level (SPEC §7)."""
