"""A phone model's picture: a `data:` URL in the catalogue document, or a drawing shipped in
`resources/phones/` named after the model.

The API may give a model a picture as `"picture": "data:image/png;base64,…"`, or its
address on the API as `"picture_url": "/catalogue/phones/pictures/…"` (fetched at the
sync). Either is kept in the database with the model's other facts as a data URL, so the
picture is there offline too. A model without one is shown with the shipped drawing of the
same name, when there is one.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

MAX_PICTURE_BYTES = 256 * 1024
"""The largest picture Kontakt keeps (a phone's front needs far less)."""

MEDIA_TYPES = ("image/svg+xml", "image/png", "image/jpeg")

_DATA_URL = re.compile(r"data:(?P<type>[a-z+/]+);base64,(?P<data>[A-Za-z0-9+/=\s]*)\Z")


class PictureError(ValueError):
    """A picture Kontakt cannot use: `reason` is "not-data-url", "media-type", "too-large"
    or "empty"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Picture:
    media_type: str
    data: bytes

    @property
    def is_svg(self) -> bool:
        return self.media_type == "image/svg+xml"


def parse_data_url(value: object) -> Picture:
    """The picture in a `data:<type>;base64,<data>` URL; raises `PictureError`."""
    match = _DATA_URL.match(value) if isinstance(value, str) else None
    if match is None:
        raise PictureError("not-data-url")
    if match["type"] not in MEDIA_TYPES:
        raise PictureError("media-type")
    encoded = "".join(match["data"].split())
    if len(encoded) * 3 // 4 > MAX_PICTURE_BYTES:
        raise PictureError("too-large")
    try:
        data = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise PictureError("not-data-url") from None
    if not data:
        raise PictureError("empty")
    return Picture(match["type"], data)


def data_url(picture: Picture) -> str:
    """`picture` as the `data:` URL the catalogue keeps."""
    return f"data:{picture.media_type};base64,{base64.b64encode(picture.data).decode('ascii')}"


_API_PATH = re.compile(r"/(?!/)[A-Za-z0-9._~/%-]{1,300}\Z")


def is_api_path(value: object) -> bool:
    """`value` is a path on the API (`/catalogue/phones/pictures/a.png`): Kontakt fetches
    a picture from IKTNH's own server only, signed like every request, never from
    anywhere a document points to."""
    return isinstance(value, str) and bool(_API_PATH.match(value)) and ".." not in value


def shipped_name(manufacturer: str, model: str) -> str:
    """The file name of the shipped drawing of a model: `samsung-galaxy-s25.svg`."""
    slug = re.sub(r"[^a-z0-9]+", "-", f"{manufacturer} {model}".casefold()).strip("-")
    return f"{slug}.svg"
