"""The form's routes: the page, a change to one norm, the status. Every change goes through the
EditSession that `set` uses, with the file version the page showed, so a file changed on disk
meanwhile is shown again (409) instead of written over."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from nhnorm_cli.editing.answers import Change
from nhnorm_cli.editing.session import EditSession
from nhnorm_cli.errors import NhnormError, Problem, usage_error
from nhnorm_cli.messages import text
from nhnorm_cli.web import forms
from nhnorm_cli.web.forms import MAX_BODY, Posted
from nhnorm_cli.web.placing import GENERAL, STATUS
from nhnorm_cli.web.security import Secrets, same
from nhnorm_cli.web.views import FILTERS, Outcome, Source, page

Render = Callable[[dict[str, Any]], str]


@dataclass(frozen=True)
class Form:
    """Everything the routes share for one run of `nhnorm bewerk`."""

    session: EditSession
    source: Source
    keys: Secrets
    lang: str
    render: Render

    def show(self, outcome: Outcome | None, filter_: str, status: int = 200, saved: str = "") -> Response:
        context = page(self.source, self.lang, outcome, filter_=filter_)
        context |= {"csrf": self.keys.csrf, "opgeslagen": saved, "prioriteiten": ("hoog", "middel", "laag")}
        return HTMLResponse(self.render(context), status_code=status)

    async def page(self, request: Request) -> Response:
        saved = request.query_params.get("opgeslagen", "")  # what the last save changed: a norm or "status"
        if saved == STATUS:
            shown = text("bewerk-status-kop", self.lang)
        else:
            shown = f"norm {saved}" if self.session.norm.requirement(saved) is not None else ""
        return self.show(None, _filter(request.query_params.get("filter")), saved=shown)

    async def norm(self, request: Request) -> Response:
        posted = await self._posted(request)
        if isinstance(posted, Response):
            return posted
        rid = request.path_params["rid"]
        op = posted.text("op")
        where = {"bewijs-erbij": "bewijs", "bewijs-weg": "bewijs", "actie-erbij": "acties"}.get(op, GENERAL)
        where = {"actie-klaar": "acties", "actie-weg": "acties"}.get(op, where)
        try:
            change = self._change(rid, op, posted)
            self.session.answer(rid, change, version=posted.text("versie"))
        except NhnormError as exc:
            return self._refused(exc, rid, where, posted)
        return self._saved(posted, rid, f"norm-{rid}")

    async def status(self, request: Request) -> Response:
        posted = await self._posted(request)
        if isinstance(posted, Response):
            return posted
        version = posted.text("versie")
        try:
            if posted.text("op") == "heropenen":
                self.session.status("concept", version=version)
            else:
                day = posted.day("vastgesteld_op")
                self.session.status("vastgesteld", day, posted.optional("vastgesteld_door"), version=version)
        except NhnormError as exc:
            return self._refused(exc, STATUS, GENERAL, posted)
        return self._saved(posted, STATUS, "status")

    def _change(self, rid: str, op: str, posted: Posted) -> Change:
        current = self.session.answers().get(rid)
        answer: dict[str, Any] = current if isinstance(current, dict) else {}
        requirement = self.session.norm.requirement(rid)
        if requirement is None:
            raise usage_error("ONBEKENDE-NORM", id=rid, versie=self.session.norm.versie)
        if op == "antwoord":
            return forms.answer_change(requirement, answer, posted)
        if op == "bewijs-erbij":
            return forms.evidence_change(posted)
        if op == "actie-erbij":
            return forms.action_change(posted)
        if op == "actie-klaar":
            return forms.completed_change(answer, posted)
        if op in ("bewijs-weg", "actie-weg"):
            return forms.removal(answer, "bewijs" if op == "bewijs-weg" else "acties", posted)
        raise usage_error("FORMULIER-ONGELDIG", veld="op")

    async def _posted(self, request: Request) -> Posted | Response:
        body = await request.body()
        if len(body) > MAX_BODY:
            return PlainTextResponse(text("bewerk-te-groot", self.lang), status_code=413)
        posted = Posted.parse(body)
        if not same(posted.fields.get("csrf"), self.keys.csrf):
            return PlainTextResponse(text("bewerk-geweigerd", self.lang), status_code=403)
        self.session.refresh()  # the answers as they are on disk now, to compare the form with
        return posted

    def _saved(self, posted: Posted, what: str, anchor: str) -> Response:
        filter_ = _filter(posted.text("filter"))
        target = f"/?filter={filter_}&opgeslagen={quote(what)}#{anchor}"
        return RedirectResponse(target, status_code=303)

    def _refused(self, exc: NhnormError, rid: str, where: str, posted: Posted) -> Response:
        problems: list[Problem] = list(exc.problems)
        conflict = any(p.code == "BESTAND-GEWIJZIGD" for p in problems)
        draft = {} if conflict else dict(posted.fields)
        outcome = Outcome(rid, where, problems, draft, conflict=conflict)
        return self.show(outcome, _filter(posted.text("filter")), status=409 if conflict else 422)


def _filter(value: str | None) -> str:
    return value if value in FILTERS else "alle"
