"""The region: the register of organisations a RIEC expects (organisaties.yaml), intake before the
deadline, and the regional overview's concept exclusion, anonymous mode and trend (SPEC §6)."""
