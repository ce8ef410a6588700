"""Checking one assessment file (SPEC section 2) and many files at once."""
