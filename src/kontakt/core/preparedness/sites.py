"""The sites register (`kontakt.sites`, version 1): sites and the path of hops from each
site's access switch to the central data room, with their emergency power and PoE.

`loads` reads a document and refuses what it cannot use with a `SitesError` that names the
field (`sites[2].path[0].ups_min`) and the file; `dumps` writes it back. A site's autonomy
is the least autonomy of its hops: a generator counts as unlimited (`None`), a hop with
neither UPS nor generator as 0 minutes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

FORMAT: Final = "kontakt.sites"
VERSION: Final = 1
DEFAULT_TARGET_MIN: Final = 120
COVERAGE_LEVELS: Final = ("good", "weak", "none")
HOP_KINDS: Final = ("access-switch", "distribution", "router", "firewall", "wan-link", "core")
"""The hop kinds the spec names; another word is allowed too."""
ACCESS_SWITCH: Final = "access-switch"
MAX_DOCUMENT_BYTES: Final = 5_000_000

ERROR_CONTEXT: Final = "SitesErrors"
NOT_JSON = QT_TRANSLATE_NOOP("SitesErrors", "{file}: this is not JSON ({reason}).")
NOT_SITES = QT_TRANSLATE_NOOP(
    "SitesErrors", '{file}: this is not a sites register (the "format" is not "kontakt.sites").'
)
BAD_VERSION = QT_TRANSLATE_NOOP(
    "SitesErrors", "{file}: version {value} of the sites register is not known (1 is)."
)
BAD_FIELD = QT_TRANSLATE_NOOP("SitesErrors", "{file}, {field}: {expected}, not {value}.")
MISSING_FIELD = QT_TRANSLATE_NOOP("SitesErrors", "{file}, {field}: missing ({expected}).")
DUPLICATE_SITE = QT_TRANSLATE_NOOP(
    "SitesErrors", '{file}, {field}: the site id "{value}" is given twice.'
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "SitesErrors", "{file}: the file is larger than {limit} MB; a sites register is far smaller."
)
UNREADABLE = QT_TRANSLATE_NOOP("SitesErrors", "{file}: the file cannot be read ({reason}).")

EXPECT_TEXT = QT_TRANSLATE_NOOP("SitesErrors", "expected a text")
EXPECT_ID = QT_TRANSLATE_NOOP("SitesErrors", "expected a site id (a text that is not empty)")
EXPECT_BOOL = QT_TRANSLATE_NOOP("SitesErrors", "expected true or false")
EXPECT_MINUTES = QT_TRANSLATE_NOOP("SitesErrors", "expected whole minutes from 0 to 100 000")
MAX_MINUTES: Final = 100_000
"""More than 69 days of battery is a typing error, and keeps the value in a database integer."""
EXPECT_LIST = QT_TRANSLATE_NOOP("SitesErrors", "expected a list")
EXPECT_OBJECT = QT_TRANSLATE_NOOP("SitesErrors", "expected an object")
EXPECT_COVERAGE = QT_TRANSLATE_NOOP("SitesErrors", "expected good, weak or none")


class SitesError(ValueError):
    """A sites register that cannot be used: `key` is the English message (context
    "SitesErrors"), `params` fill it; `expected` is itself a text to translate."""

    def __init__(self, key: str, params: Mapping[str, object]) -> None:
        super().__init__(key.format_map(dict(params)))
        self.key = key
        self.params = dict(params)

    def message(self, translate: Translate) -> str:
        """The message in the user's language."""
        params = dict(self.params)
        expected = params.get("expected")
        if isinstance(expected, str):
            params["expected"] = translate(ERROR_CONTEXT, expected)
        return render(translate, ERROR_CONTEXT, self.key, params)


HOP_KIND_WORDS: Final = {
    "access-switch": QT_TRANSLATE_NOOP("PreparednessWords", "access switch"),
    "distribution": QT_TRANSLATE_NOOP("PreparednessWords", "distribution switch"),
    "router": QT_TRANSLATE_NOOP("PreparednessWords", "router"),
    "firewall": QT_TRANSLATE_NOOP("PreparednessWords", "firewall"),
    "wan-link": QT_TRANSLATE_NOOP("PreparednessWords", "WAN link"),
    "core": QT_TRANSLATE_NOOP("PreparednessWords", "core switch"),
}
"""The spec's hop kinds in words (context "PreparednessWords"); another word stays as typed."""


def hop_kind_text(kind: str, translate: Translate) -> str:
    """A hop's kind as the user reads it: the spec's kinds translated, any other word kept."""
    source = HOP_KIND_WORDS.get(kind)
    return kind if source is None else translate("PreparednessWords", source)


@dataclass(frozen=True)
class Hop:
    """One step of a site's network path toward the central data room."""

    kind: str
    name: str
    ups_min: int = 0
    generator: bool = False
    poe: bool | None = None
    """Only for access switches; `None` when the document leaves it out (counts as none)."""

    @property
    def autonomy_min(self) -> int | None:
        """How long this hop runs without mains power; `None` is without limit."""
        return None if self.generator else self.ups_min


@dataclass(frozen=True)
class Site:
    """A building or place with phones, and its path to the central data room."""

    id: str
    name: str = ""
    address: str = ""
    network_points_ok: bool = True
    wifi: bool = False
    mobile_coverage: str = "good"
    path: tuple[Hop, ...] = ()

    @property
    def autonomy_min(self) -> int | None:
        """The least autonomy of the hops (`None` = without limit; no hops = 0)."""
        least: int | None = None
        if not self.path:
            return 0
        for hop in self.path:
            value = hop.autonomy_min
            if value is not None and (least is None or value < least):
                least = value
        return least

    @property
    def access_switches(self) -> tuple[Hop, ...]:
        return tuple(hop for hop in self.path if hop.kind == ACCESS_SWITCH)

    def survives(self, minutes: int) -> bool:
        """True when the site's path keeps running through a power cut of `minutes`."""
        autonomy = self.autonomy_min
        return autonomy is None or minutes <= autonomy


@dataclass(frozen=True)
class SitesRegister:
    """The whole register: the autonomy every site should reach and the sites."""

    sites: tuple[Site, ...] = ()
    autonomy_target_min: int = DEFAULT_TARGET_MIN
    extra: Mapping[str, Any] = field(default_factory=dict)

    def site(self, site_id: str | None) -> Site | None:
        return next((s for s in self.sites if s.id == site_id), None)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(s.id for s in self.sites)

    @property
    def names(self) -> Mapping[str, str]:
        """How the user's texts name each site: its name ("Teknisk etat"), with its id when
        another site has the same name ("Teknisk etat (teknisk)"), or the id when it has
        no name."""
        counts: dict[str, int] = {}
        for site in self.sites:
            counts[site.name.casefold()] = counts.get(site.name.casefold(), 0) + 1
        return {
            s.id: s.name if counts[s.name.casefold()] == 1 else f"{s.name} ({s.id})"
            for s in self.sites
            if s.name.strip()
        } | {s.id: s.id for s in self.sites if not s.name.strip()}

    def shown(self, site_id: str) -> str:
        """`names` for `site_id`; an id not in the register as it is."""
        return self.names.get(site_id, site_id)


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, where: str, expected: str, value: object = None) -> SitesError:
        return SitesError(
            key,
            {"file": self.file, "field": where, "expected": expected, "value": _shown(value)},
        )

    def obj(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(BAD_FIELD, where, EXPECT_OBJECT, value)
        return value

    def text(self, data: Mapping[str, Any], key: str, where: str, required: bool = False) -> str:
        if key not in data:
            if required:
                raise self.fail(MISSING_FIELD, f"{where}.{key}", EXPECT_TEXT)
            return ""
        value = data[key]
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(
                BAD_FIELD, f"{where}.{key}", EXPECT_ID if required else EXPECT_TEXT, value
            )
        return value.strip() if required else value

    def flag(self, data: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(BAD_FIELD, f"{where}.{key}", EXPECT_BOOL, value)
        return value

    def minutes(self, data: Mapping[str, Any], key: str, where: str, default: int) -> int:
        value = data.get(key, default)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MINUTES:
            raise self.fail(BAD_FIELD, f"{where}.{key}" if where else key, EXPECT_MINUTES, value)
        return value

    def hop(self, value: object, where: str) -> Hop:
        data = self.obj(value, where)
        poe = data.get("poe")
        if poe is not None and not isinstance(poe, bool):
            raise self.fail(BAD_FIELD, f"{where}.poe", EXPECT_BOOL, poe)
        return Hop(
            kind=self.text(data, "kind", where, required=True),
            name=self.text(data, "name", where),
            ups_min=self.minutes(data, "ups_min", where, 0),
            generator=self.flag(data, "generator", where, False),
            poe=poe,
        )

    def site(self, value: object, where: str) -> Site:
        data = self.obj(value, where)
        coverage = data.get("mobile_coverage", "good")
        if coverage not in COVERAGE_LEVELS:
            raise self.fail(BAD_FIELD, f"{where}.mobile_coverage", EXPECT_COVERAGE, coverage)
        path = data.get("path", [])
        if not isinstance(path, list):
            raise self.fail(BAD_FIELD, f"{where}.path", EXPECT_LIST, path)
        return Site(
            id=self.text(data, "id", where, required=True),
            name=self.text(data, "name", where),
            address=self.text(data, "address", where),
            network_points_ok=self.flag(data, "network_points_ok", where, True),
            wifi=self.flag(data, "wifi", where, False),
            mobile_coverage=coverage,
            path=tuple(self.hop(h, f"{where}.path[{i}]") for i, h in enumerate(path)),
        )


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def from_document(document: object, file: str = "sites") -> SitesRegister:
    """The register in a parsed `kontakt.sites` document."""
    reader = _Reader(file)
    data = reader.obj(document, "(document)")
    if data.get("format") != FORMAT:
        raise SitesError(NOT_SITES, {"file": file})
    if data.get("version") != VERSION:
        raise SitesError(BAD_VERSION, {"file": file, "value": _shown(data.get("version"))})
    target = reader.minutes(data, "autonomy_target_min", "", DEFAULT_TARGET_MIN)
    raw = data.get("sites", [])
    if not isinstance(raw, list):
        raise reader.fail(BAD_FIELD, "sites", EXPECT_LIST, raw)
    sites: list[Site] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        site = reader.site(item, f"sites[{index}]")
        if site.id in seen:
            raise SitesError(
                DUPLICATE_SITE, {"file": file, "field": f"sites[{index}].id", "value": site.id}
            )
        seen.add(site.id)
        sites.append(site)
    known = {"format", "version", "autonomy_target_min", "sites"}
    extra = {k: v for k, v in data.items() if k not in known}
    return SitesRegister(tuple(sites), target, extra)


def loads(text: str | bytes, file: str = "sites") -> SitesRegister:
    """The register in the JSON `text`."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SitesError(NOT_JSON, {"file": file, "reason": str(exc)}) from None
    return from_document(document, file)


def hop_document(hop: Hop) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": hop.kind, "name": hop.name}
    if hop.poe is not None:
        out["poe"] = hop.poe
    if hop.ups_min:
        out["ups_min"] = hop.ups_min
    if hop.generator:
        out["generator"] = True
    return out


def site_document(site: Site) -> dict[str, Any]:
    return {
        "id": site.id,
        "name": site.name,
        "address": site.address,
        "network_points_ok": site.network_points_ok,
        "wifi": site.wifi,
        "mobile_coverage": site.mobile_coverage,
        "path": [hop_document(h) for h in site.path],
    }


def to_document(register: SitesRegister) -> dict[str, Any]:
    """The register as a `kontakt.sites` document (unknown top-level keys kept)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "autonomy_target_min": register.autonomy_target_min,
        "sites": [site_document(s) for s in register.sites],
        **register.extra,
    }


def dumps(register: SitesRegister) -> str:
    """The register as JSON text (UTF-8, indented, ending in a newline)."""
    return json.dumps(to_document(register), ensure_ascii=False, indent=2) + "\n"
