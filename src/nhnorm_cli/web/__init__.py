"""`nhnorm bewerk`: the assessment as a form in the advisor's own browser, on 127.0.0.1 only.

app.py (the ASGI app and the server), security.py (Host, Origin, token, cookie, headers),
routes.py (the page and its changes, through the EditSession of `set`), forms.py (a post as a
Change), views.py (the page as plain data), placing.py (each problem at its field)."""
