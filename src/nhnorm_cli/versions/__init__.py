"""Norm versions: the installed norm files, mappings between versions, and crossing them."""
