"""Reading the phone catalogue document: the demo catalogue, and errors that say where."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from kontakt.core.catalogue.document import CatalogueError, load_catalogue
from kontakt.resources import resource_path


def test_the_demo_catalogue_reads_with_prices_marked_as_examples() -> None:
    catalogue = load_catalogue(resource_path("demo", "phone-catalogue.json").read_text("utf-8"))
    assert catalogue.prices_are_examples
    by_name = {f"{m.manufacturer} {m.model}": m for m in catalogue.models}
    pixel = by_name["Google Pixel 9a"]
    assert pixel.release_date == date(2025, 4, 10)
    assert pixel.price_nok == Decimal("4790.00")
    assert pixel.details["esim"] is True and "Obsidian" in pixel.details["colours"]


def document(**model: object) -> str:
    base = {"manufacturer": "Samsung", "model": "Galaxy A56 5G"}
    return json.dumps(
        {
            "format": "kontakt.catalogue",
            "version": 1,
            "models": [{"manufacturer": "Apple", "model": "iPhone 16e"}, {**base, **model}],
        }
    )


@pytest.mark.parametrize(
    ("model", "path"),
    [
        ({"release_date": "19.03.2025"}, "models[1].release_date"),
        ({"price_nok": "billig"}, "models[1].price_nok"),
        ({"price_nok": -1}, "models[1].price_nok"),
        ({"model": ""}, "models[1].model"),
        ({"picture": "https://example.org/a56.png"}, "models[1].picture"),
        ({"picture": "data:text/html;base64,PGI+"}, "models[1].picture"),
        ({"picture": "data:image/png;base64,***"}, "models[1].picture"),
        ({"picture": "data:image/png;base64," + "A" * 400_000}, "models[1].picture"),
        ({"picture_url": "https://elsewhere.example/a56.png"}, "models[1].picture_url"),
        ({"picture_url": "//elsewhere.example/a56.png"}, "models[1].picture_url"),
        ({"picture_url": "/catalogue/../../etc/passwd"}, "models[1].picture_url"),
    ],
)
def test_a_bad_model_names_its_place(model: dict[str, object], path: str) -> None:
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(document(**model))
    assert raised.value.path == path


def test_wrong_format_and_version_are_refused() -> None:
    with pytest.raises(CatalogueError, match="format"):
        load_catalogue('{"format": "other", "version": 1, "models": []}')
    with pytest.raises(CatalogueError, match="version"):
        load_catalogue('{"format": "kontakt.catalogue", "version": 2, "models": []}')
    with pytest.raises(CatalogueError, match="Line 1"):
        load_catalogue("{not json")


def test_an_error_is_a_key_with_parameters_worded_in_the_users_language() -> None:
    from kontakt.core.catalogue.document import NOT_AN_AMOUNT, NOT_JSON
    from kontakt.i18n import command_line_translate

    with pytest.raises(CatalogueError) as raised:
        load_catalogue(document(price_nok="billig"))
    assert raised.value.key == NOT_AN_AMOUNT
    assert raised.value.params == {"path": "models[1].price_nok", "value": '"billig"'}
    nynorsk = raised.value.message(command_line_translate("nn"))
    assert "models[1].price_nok" in nynorsk and "billig" in nynorsk
    assert "amount" not in nynorsk
    with pytest.raises(CatalogueError) as raised:
        load_catalogue('{"format": "kontakt.catalogue" "version": 1}')
    assert raised.value.key == NOT_JSON
    nynorsk = raised.value.message(command_line_translate("nn"))
    assert "kolonne 32" in nynorsk and "komma" in nynorsk and "Expecting" not in nynorsk


def test_every_demo_model_has_a_shipped_drawing_and_a_catalogue_picture_wins() -> None:
    import base64

    from kontakt.core.catalogue.pictures import parse_data_url, shipped_name

    catalogue = load_catalogue(resource_path("demo", "phone-catalogue.json").read_text("utf-8"))
    for model in catalogue.models:
        drawing = resource_path("phones", shipped_name(model.manufacturer, model.model))
        assert drawing.is_file(), drawing
        assert f"<title>{model.manufacturer} {model.model}</title>" in drawing.read_text()
    png = b"\x89PNG\r\n\x1a\n" + bytes(20)
    url = "data:image/png;base64," + base64.b64encode(png).decode()
    (_, given) = load_catalogue(document(picture=url)).models
    assert parse_data_url(given.details["picture"]).data == png
