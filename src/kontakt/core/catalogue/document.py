"""Reading a phone catalogue document (`kontakt.catalogue`, version 1) into plain models.

The same shape comes from IKTNH's catalogue endpoint and from `resources/demo/`. A model
whose fields are wrong is an error naming the model's place (`models[2].release_date`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

FORMAT = "kontakt.catalogue"
VERSION = 1


class CatalogueError(ValueError):
    """The document cannot be used; `path` says where in it."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class PhoneModel:
    manufacturer: str
    model: str
    os: str = ""
    release_date: date | None = None
    security_updates_until: date | None = None
    price_nok: Decimal | None = None
    monthly_cost_nok: Decimal | None = None
    details: dict[str, Any] = field(default_factory=dict)
    """Screen, storage, 5G, eSIM, dual SIM, colours, accessories, picture, notes."""


@dataclass(frozen=True)
class Catalogue:
    models: tuple[PhoneModel, ...]
    prices_are_examples: bool = False
    email_licence_monthly_nok: Decimal | None = None


_TOP_FIELDS = (
    "manufacturer",
    "model",
    "os",
    "release_date",
    "security_updates_until",
    "price_nok",
    "monthly_cost_nok",
)


def load_catalogue(text: str) -> Catalogue:
    """Parse a catalogue document; raises `CatalogueError` naming the place of a problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"line {exc.lineno}", f"not JSON: {exc.msg}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CatalogueError("format", f'expected "{FORMAT}"')
    if data.get("version") != VERSION:
        raise CatalogueError("version", f"version {data.get('version')!r} is not {VERSION}")
    models = data.get("models")
    if not isinstance(models, list):
        raise CatalogueError("models", "expected a list")
    return Catalogue(
        models=tuple(_model(item, f"models[{i}]") for i, item in enumerate(models)),
        prices_are_examples=bool(data.get("prices_are_examples", False)),
        email_licence_monthly_nok=_money(
            data.get("email_licence_monthly_nok"), "email_licence_monthly_nok"
        ),
    )


def _model(item: object, path: str) -> PhoneModel:
    if not isinstance(item, dict):
        raise CatalogueError(path, "expected an object")
    for required in ("manufacturer", "model"):
        if not isinstance(item.get(required), str) or not item[required].strip():
            raise CatalogueError(f"{path}.{required}", "missing")
    return PhoneModel(
        manufacturer=item["manufacturer"].strip(),
        model=item["model"].strip(),
        os=str(item.get("os") or ""),
        release_date=_date(item.get("release_date"), f"{path}.release_date"),
        security_updates_until=_date(
            item.get("security_updates_until"), f"{path}.security_updates_until"
        ),
        price_nok=_money(item.get("price_nok"), f"{path}.price_nok"),
        monthly_cost_nok=_money(item.get("monthly_cost_nok"), f"{path}.monthly_cost_nok"),
        details={k: v for k, v in item.items() if k not in _TOP_FIELDS},
    )


def _date(value: object, path: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise CatalogueError(path, f"not a date (YYYY-MM-DD): {value!r}") from exc


def _money(value: object, path: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CatalogueError(path, f"not an amount: {value!r}")
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise CatalogueError(path, f"not an amount: {value!r}") from exc
    if amount < 0:
        raise CatalogueError(path, f"negative amount: {value!r}")
    return amount.quantize(Decimal("0.01"))
