"""The browser fixtures (tests/browser/pages.py) for every test in this folder."""

from tests.browser.pages import browser, page

__all__ = ["browser", "page"]
