"""Shared model configuration: strict, closed, immutable."""

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """Unknown keys are errors and values are not coerced ("1.0" stays text, 1.0 is no text)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
