"""Norm versions and their mappings, and exports to other tools (OSCAL, CISO Assistant)."""
