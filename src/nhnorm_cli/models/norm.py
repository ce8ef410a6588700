"""The norm itself: themes, norms (requirements), onderdelen and the answer scale."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, PrivateAttr, model_validator
from pydantic_core import PydanticCustomError

from nhnorm_cli.models.base import StrictModel

Text = Annotated[str, Field(min_length=1)]


def _rule(code: str, where: tuple[str | int, ...], text: str, **params: str) -> PydanticCustomError:
    """A rule of the norm file broken: `code` is the problem code (messages/ words it in the
    user's language), `where` the path below the failing model to point at."""
    return PydanticCustomError("norm_regel", text, {"code": code, "waar": where, **params})


class Footnote(StrictModel):
    nummer: int
    tekst: Text


class Rating(StrictModel):
    """One step of the answer scale; `punten` None means not scored (nvt)."""

    sleutel: Annotated[str, Field(pattern=r"^[a-z]+$")]
    label: Text
    punten: Annotated[int, Field(ge=0)] | None


class Component(StrictModel):
    """An enumerated item a norm names (onderdeel). One that is not verplicht says why, in the
    words of the norm text: a "kan"-bepaling (5.5.f-i) or only an example (1.5.a-e)."""

    id: Text
    tekst: Text
    verplicht: bool = True
    aard: Literal["kan-bepaling", "voorbeeld"] | None = None
    items: list[Text] = []

    @model_validator(mode="after")
    def _why_not_required(self) -> Component:
        if self.verplicht == (self.aard is not None):
            text = "aard (kan-bepaling of voorbeeld) hoort precies bij verplicht: false"
            raise _rule("NORM-AARD", ("verplicht",), text, id=self.id)
        return self

    @property
    def note(self) -> str:
        """`(kan-bepaling / niet verplicht)`, or "" for a required onderdeel."""
        return f"({self.aard} / niet verplicht)" if self.aard else ""


class Requirement(StrictModel):
    """One numbered norm, e.g. 2.7."""

    id: Annotated[str, Field(pattern=r"^\d+\.\d+$")]
    tekst: Text
    toelichting: str | None = None
    groep: str | None = None
    # How often the norm's text asks for the activity to be repeated (evidence older than that is
    # stale: BEWIJS-VEROUDERD); None when the text asks for no repetition.
    herhaling: Literal["jaarlijks", "tweejaarlijks"] | None = None
    onderdelen: list[Component] = []
    voetnoten: list[Footnote] = []

    @model_validator(mode="after")
    def _components_belong(self) -> Requirement:
        for i, component in enumerate(self.onderdelen):
            if not component.id.startswith(self.id + "."):
                text = "onderdeel {onderdeel} hoort niet bij norm {norm}"
                raise _rule(
                    "NORM-ONDERDEEL-ELDERS",
                    ("onderdelen", i, "id"),
                    text,
                    onderdeel=component.id,
                    norm=self.id,
                )
        return self


class Theme(StrictModel):
    id: Annotated[str, Field(pattern=r"^\d+$")]
    titel: Text
    omschrijving: Text
    normen: list[Requirement]

    @model_validator(mode="after")
    def _requirements_belong(self) -> Theme:
        for i, requirement in enumerate(self.normen):
            if not requirement.id.startswith(self.id + "."):
                text = "norm {norm} hoort niet bij thema {thema}"
                raise _rule("NORM-ELDERS", ("normen", i, "id"), text, norm=requirement.id, thema=self.id)
        return self


class Norm(StrictModel):
    """A whole version of the norm, as in norm/<versie>.yaml."""

    # Stable over versions (1.0, 1.1, …), so exports keep one identity for "this norm".
    familie: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    versie: Annotated[str, Field(pattern=r"^\d+(\.\d+)*$")]
    titel: Text
    uitgever: str | None = None
    inleiding: str | None = None
    voetnoten: list[Footnote] = []
    oordelen: list[Rating]
    themas: list[Theme]

    _requirements: dict[str, Requirement] = PrivateAttr(default_factory=dict)
    _theme_of: dict[str, Theme] = PrivateAttr(default_factory=dict)
    _components: dict[str, tuple[Requirement, Component]] = PrivateAttr(default_factory=dict)
    _ratings: dict[str, Rating] = PrivateAttr(default_factory=dict)
    _max_points: int = PrivateAttr(default=0)
    _top: str = PrivateAttr(default="")

    @model_validator(mode="after")
    def _unique_and_indexed(self) -> Norm:
        themes: set[str] = set()
        for t, theme in enumerate(self.themas):
            if theme.id in themes:
                raise _rule(
                    "NORM-DUBBEL-THEMA", ("themas", t, "id"), "thema {id} komt twee keer voor", id=theme.id
                )
            themes.add(theme.id)
            for n, requirement in enumerate(theme.normen):
                if requirement.id in self._requirements:
                    where: tuple[str | int, ...] = ("themas", t, "normen", n, "id")
                    raise _rule("NORM-DUBBEL-ID", where, "norm {id} komt twee keer voor", id=requirement.id)
                self._requirements[requirement.id] = requirement
                self._theme_of[requirement.id] = theme
                for c, component in enumerate(requirement.onderdelen):
                    if component.id in self._components:
                        where = ("themas", t, "normen", n, "onderdelen", c, "id")
                        text = "onderdeel {id} komt twee keer voor"
                        raise _rule("NORM-DUBBEL-ONDERDEEL", where, text, id=component.id)
                    self._components[component.id] = (requirement, component)
        for r, rating in enumerate(self.oordelen):
            if rating.sleutel in self._ratings:
                text = "oordeel {id} komt twee keer voor"
                raise _rule("NORM-DUBBEL-OORDEEL", ("oordelen", r, "sleutel"), text, id=rating.sleutel)
            self._ratings[rating.sleutel] = rating
        if not any(r.punten for r in self.oordelen):
            raise _rule("NORM-GEEN-PUNTEN", ("oordelen",), "de schaal heeft geen oordeel met punten")
        self._max_points = max(r.punten or 0 for r in self.oordelen)
        tops = [r for r in self.oordelen if r.punten == self._max_points]
        if len(tops) > 1:  # "met" would mean two things: the top oordeel, or the most points
            where = ("oordelen", self.oordelen.index(tops[1]), "punten")
            text = "oordelen {id} en {ander} hebben allebei de meeste punten"
            raise _rule("NORM-TWEE-HOOGSTE", where, text, id=tops[0].sleutel, ander=tops[1].sleutel)
        self._top = tops[0].sleutel
        return self

    @property
    def requirements(self) -> list[Requirement]:
        """All norms in document order."""
        return list(self._requirements.values())

    @property
    def requirement_ids(self) -> list[str]:
        return list(self._requirements)

    # The lookups below run for every answer of every file a command reads. pydantic finds a private
    # attribute in Python code (BaseModel.__getattr__) on each access, which was a fifth of reading
    # a region (issue 9), so they read __pydantic_private__ directly.

    def requirement(self, requirement_id: str) -> Requirement | None:
        return self.__pydantic_private__["_requirements"].get(requirement_id)  # type: ignore[index,no-any-return]

    def theme_of(self, requirement_id: str) -> Theme:
        return self._theme_of[requirement_id]

    def component(self, component_id: str) -> tuple[Requirement, Component] | None:
        return self.__pydantic_private__["_components"].get(component_id)  # type: ignore[index,no-any-return]

    def rating(self, key: str) -> Rating | None:
        return self.__pydantic_private__["_ratings"].get(key)  # type: ignore[index,no-any-return]

    @property
    def rating_keys(self) -> list[str]:
        return list(self._ratings)

    @property
    def top_rating(self) -> str:
        """The oordeel with the most points (voldaan): a norm rated so is met."""
        return self.__pydantic_private__["_top"]  # type: ignore[index,no-any-return]

    # The three questions every count, rule and form asks of an oordeel, answered here only.

    def is_met(self, oordeel: object) -> bool:
        """The norm is met: the oordeel is the top of the scale (voldaan)."""
        return oordeel == self.__pydantic_private__["_top"]  # type: ignore[index,no-any-return]

    def below_top(self, oordeel: object) -> bool:
        """Scored, but not met: such an answer asks for an open improvement action."""
        rating = self.__pydantic_private__["_ratings"].get(oordeel) if isinstance(oordeel, str) else None  # type: ignore[index]
        return rating is not None and rating.punten is not None and rating.sleutel != self.top_rating

    def needs_reason(self, oordeel: object) -> bool:
        """Not scored (nvt): the answer must say why, in its toelichting."""
        rating = self.__pydantic_private__["_ratings"].get(oordeel) if isinstance(oordeel, str) else None  # type: ignore[index]
        return rating is not None and rating.punten is None

    @property
    def max_points(self) -> int:
        return self.__pydantic_private__["_max_points"]  # type: ignore[index,no-any-return]

    def points(self, key: str | None) -> int | None:
        """Points for an oordeel; None when unanswered or not scored."""
        rating = self.__pydantic_private__["_ratings"].get(key) if key is not None else None  # type: ignore[index]
        return rating.punten if rating is not None else None
