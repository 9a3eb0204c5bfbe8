"""Reading a phone catalogue document (`kontakt.catalogue`, version 1) into plain models.

The same shape comes from IKTNH's catalogue endpoint and from `resources/demo/`. A model
whose fields are wrong is an error naming the model's place (`models[2].release_date`),
with a message key and parameters like every core error, worded by the front end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from kontakt.core.catalogue.pictures import (
    MAX_PICTURE_BYTES,
    PictureError,
    is_api_path,
    parse_data_url,
)
from kontakt.core.reasons import json_reason
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render, untranslated

FORMAT = "kontakt.catalogue"
VERSION = 1


ERROR_CONTEXT = "CatalogueErrors"
NOT_JSON = QT_TRANSLATE_NOOP(
    "CatalogueErrors", "Line {line}, column {column}: the catalogue is not JSON: {reason}."
)
WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "CatalogueErrors", "This is not a phone catalogue: the format is {found}, not {expected}."
)
WRONG_VERSION = QT_TRANSLATE_NOOP(
    "CatalogueErrors", "The catalogue has version {found}; Kontakt reads version {expected}."
)
NOT_A_LIST = QT_TRANSLATE_NOOP("CatalogueErrors", "{path}: a list was expected.")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("CatalogueErrors", "{path}: an object was expected.")
MISSING = QT_TRANSLATE_NOOP("CatalogueErrors", "{path}: this field is missing or empty.")
NOT_A_DATE = QT_TRANSLATE_NOOP("CatalogueErrors", "{path}: {value} is not a date (YYYY-MM-DD).")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("CatalogueErrors", "{path}: {value} is not an amount.")
NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("CatalogueErrors", "{path}: {value} is a negative amount.")
BAD_PICTURE = QT_TRANSLATE_NOOP(
    "CatalogueErrors", "{path}: the picture is not an SVG, PNG or JPEG image in a data: URL."
)
BAD_PICTURE_URL = QT_TRANSLATE_NOOP(
    "CatalogueErrors",
    "{path}: {value} is not a path on IKTNH's API (such as /catalogue/phones/pictures/a.png).",
)
PICTURE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "CatalogueErrors", "{path}: the picture is larger than {limit} KB."
)


class CatalogueError(ValueError):
    """The document cannot be used: `key` is the untranslated message, `params` fill it,
    `path` says where in the document ("format", "models[2].price_nok"; "" for JSON that
    cannot be parsed, whose line and column are in `params`)."""

    def __init__(self, key: str, path: str = "", **params: object) -> None:
        self.key = key
        self.path = path
        self.params: dict[str, object] = {"path": path, **params}
        super().__init__(render(untranslated, ERROR_CONTEXT, key, self.params))

    def message(self, translate: Translate) -> str:
        """The message in the user's language."""
        return render(translate, ERROR_CONTEXT, self.key, self.params)


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
        raise CatalogueError(
            NOT_JSON, line=exc.lineno, column=exc.colno, reason=json_reason(exc)
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise CatalogueError(
            WRONG_FORMAT, "format", found=json.dumps(found), expected=json.dumps(FORMAT)
        )
    if data.get("version") != VERSION:
        raise CatalogueError(
            WRONG_VERSION, "version", found=json.dumps(data.get("version")), expected=VERSION
        )
    models = data.get("models")
    if not isinstance(models, list):
        raise CatalogueError(NOT_A_LIST, "models")
    return Catalogue(
        models=tuple(_model(item, f"models[{i}]") for i, item in enumerate(models)),
        prices_are_examples=bool(data.get("prices_are_examples", False)),
        email_licence_monthly_nok=_money(
            data.get("email_licence_monthly_nok"), "email_licence_monthly_nok"
        ),
    )


def _model(item: object, path: str) -> PhoneModel:
    if not isinstance(item, dict):
        raise CatalogueError(NOT_AN_OBJECT, path)
    for required in ("manufacturer", "model"):
        if not isinstance(item.get(required), str) or not item[required].strip():
            raise CatalogueError(MISSING, f"{path}.{required}")
    if item.get("picture") is not None:
        _check_picture(item["picture"], f"{path}.picture")
    if item.get("picture_url") is not None and not is_api_path(item["picture_url"]):
        raise CatalogueError(
            BAD_PICTURE_URL, f"{path}.picture_url", value=json.dumps(item["picture_url"])
        )
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


def _check_picture(value: object, path: str) -> None:
    try:
        parse_data_url(value)
    except PictureError as exc:
        if exc.reason == "too-large":
            raise CatalogueError(PICTURE_TOO_LARGE, path, limit=MAX_PICTURE_BYTES // 1024) from None
        raise CatalogueError(BAD_PICTURE, path) from None


def _date(value: object, path: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise CatalogueError(NOT_A_DATE, path, value=json.dumps(value)) from exc


def _money(value: object, path: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CatalogueError(NOT_AN_AMOUNT, path, value=json.dumps(value))
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise CatalogueError(NOT_AN_AMOUNT, path, value=json.dumps(value)) from exc
    if amount < 0:
        raise CatalogueError(NEGATIVE_AMOUNT, path, value=json.dumps(value))
    return amount.quantize(Decimal("0.01"))


def amount_text(value: Decimal) -> str:
    """An amount in kroner as a Norwegian writes it: `13 990 kr`, `95,50 kr`."""
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return text.removesuffix(",00") + " kr"
