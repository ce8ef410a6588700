"""Renderers: result models and problems in, text/JSON/annotations/reports out."""
