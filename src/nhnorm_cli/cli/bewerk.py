"""`nhnorm bewerk`: fill in the assessment in a form in the browser, on this computer only."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root, repository, rule_policy
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import AssessmentsOption, EditOrgOption, EditYearOption, FileOption
from nhnorm_cli.files.discovery import DEFAULT_DIR
from nhnorm_cli.messages import text


def bewerk(
    year: EditYearOption = None,
    org: EditOrgOption = None,
    file: FileOption = None,
    port: Annotated[
        int,
        typer.Option(
            "--port",
            metavar="POORT",
            min=0,
            max=65535,
            show_default=False,
            help="Poort op 127.0.0.1 (standaard: een vrije poort).",
        ),
    ] = 0,
    no_browser: Annotated[
        bool, typer.Option("--geen-browser", help="Open de browser niet; open zelf de link die verschijnt.")
    ] = False,
    assessments: AssessmentsOption = DEFAULT_DIR,
) -> None:
    """Vul de zelfevaluatie in met een formulier in uw browser; elke wijziging wordt meteen bewaard.

    Alleen deze computer kan het formulier openen (127.0.0.1, met een geheime link). Stop met Ctrl-C.
    """
    from nhnorm_cli.editing.session import edit_session
    from nhnorm_cli.region.settings import register_path
    from nhnorm_cli.web.app import create_app, listening_socket, serve
    from nhnorm_cli.web.security import HOST, Secrets
    from nhnorm_cli.web.views import Source

    lang = current_lang()
    session = edit_session(file, year, org, assessments, rule_policy())
    register = register_path(repository())  # validate's region check (ONBEKENDE-RIEC) comes along
    source = Source(
        session.path,
        session.display,
        session.norm,
        assessments_root(),
        session.policy,
        register,
        session.reopen,
    )
    sock = listening_socket(port)
    port = sock.getsockname()[1]
    keys = Secrets()
    app = create_app(session, source, port=port, keys=keys, lang=lang)
    url = f"http://{HOST}:{port}/?token={keys.token}"

    def announce() -> None:
        # stderr first: whoever waits for the URL on stdout then has both lines
        print(text("bewerk-gestart", lang, pad=session.display), file=sys.stderr, flush=True)
        print(url, flush=True)  # the first line of stdout, for a script or a test to read
        if not no_browser:
            import webbrowser

            webbrowser.open(url)

    serve(app, sock, announce)
    print(text("bewerk-gestopt", lang), file=sys.stderr, flush=True)
