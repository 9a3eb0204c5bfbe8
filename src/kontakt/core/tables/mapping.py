"""Which column of a table holds which field: automatic, saved profiles, overrides.

A `FieldSpec` says which fields a kind of table has (the HRM export's, the number
register's, the call records'), which are required and which headers name them. Headers are
matched against known Norwegian (Nynorsk and Bokmål) and English synonyms, ignoring case,
accents, spaces and punctuation (`E-post` = `epost` = `E post`; `Fråtredelse` =
`Fratredelse`). A saved profile and the user's overrides (`--map FIELD=HEADER`, or the GUI)
replace the automatic choice field by field.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kontakt.core.tables import errors
from kontakt.core.tables.errors import TableInputError
from kontakt.core.texts import Phrase

_FOLD_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "đ": "d", "ß": "ss"})


def fold(header: str) -> str:
    """A header as compared: lower case, no accents or marks, æ→ae, ø→o, only letters/digits."""
    text = unicodedata.normalize("NFKD", header.casefold().translate(_FOLD_LETTERS))
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


@dataclass(frozen=True)
class FieldSpec:
    """The fields of one kind of table: their order, the required ones, known headers.

    `labels` are the fields' names for people (English sources in context
    `label_context`); `error` is the exception a mapping problem raises.
    """

    kind: str
    fields: tuple[str, ...]
    required: tuple[str, ...]
    synonyms: Mapping[str, tuple[str, ...]]
    labels: Mapping[str, str]
    label_context: str
    error: type[TableInputError]
    by_folded: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_folded: dict[str, str] = {}
        for name, synonyms in self.synonyms.items():
            for synonym in synonyms:
                by_folded.setdefault(fold(synonym), name)
        object.__setattr__(self, "by_folded", by_folded)  # (frozen: set once, here)

    def label(self, name: str) -> Phrase:
        """The field `name` as people read it, translated where a message shows it (never
        the internal key, `employee_id`, in a Norwegian sentence)."""
        return Phrase(self.label_context, self.labels[name])


def automatic_mapping(headers: Sequence[str], spec: FieldSpec) -> dict[str, str]:
    """field -> header for every header that is a known synonym (the first, if twice)."""
    mapping: dict[str, str] = {}
    for header in headers:
        name = spec.by_folded.get(fold(header))
        if name is not None and name not in mapping:
            mapping[name] = header
    return {name: mapping[name] for name in spec.fields if name in mapping}


@dataclass(frozen=True)
class MappingProfile:
    """A saved column mapping for one source: field -> header ("" = leave unmapped).

    `kind` is the `FieldSpec.kind` of the table it maps (HRM export, number register, call
    records).
    """

    name: str
    mapping: Mapping[str, str]
    kind: str

    def to_json(self) -> dict[str, object]:
        """`{"name": ..., "kind": ..., "mapping": {field: header}}`; `from_json` reads it."""
        return {"name": self.name, "kind": self.kind, "mapping": dict(self.mapping)}

    @classmethod
    def from_json(cls, data: Mapping[str, object], spec: FieldSpec) -> MappingProfile:
        """The profile of `spec`'s kind that `to_json` wrote; raises ValueError for anything
        else (another kind, a field `spec` does not have)."""
        name, mapping = data.get("name"), data.get("mapping")
        if not isinstance(name, str) or not isinstance(mapping, dict):
            raise ValueError("a mapping profile needs a name and a mapping object")
        if data.get("kind", spec.kind) != spec.kind:
            raise ValueError(f"{data.get('kind')!r} is not the kind {spec.kind!r}")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
            raise ValueError("a mapping profile maps field names to header texts")
        try:
            check_fields(mapping, spec)
        except TableInputError as exc:
            raise ValueError(str(exc)) from exc
        return cls(name, dict(mapping), spec.kind)


def check_fields(names: Iterable[str], spec: FieldSpec) -> None:
    """Raise `spec.error` for a name that is not one of its fields."""
    for name in names:
        if name not in spec.fields:
            raise spec.error(errors.UNKNOWN_FIELD, field=name, fields=", ".join(spec.fields))


def parse_map_options(options: Iterable[str], spec: FieldSpec) -> dict[str, str]:
    """`FIELD=HEADER` options (command line) as overrides; `FIELD=` leaves the field unmapped."""
    overrides: dict[str, str] = {}
    for option in options:
        name, sep, header = option.partition("=")
        if not sep:
            raise spec.error(errors.BAD_MAP_OPTION, option=option)
        overrides[name.strip()] = header.strip()
    check_fields(overrides, spec)
    return overrides


def resolve_mapping(
    headers: Sequence[str],
    spec: FieldSpec,
    *,
    profile: MappingProfile | None = None,
    overrides: Mapping[str, str] | None = None,
    file: str = "",
) -> dict[str, str]:
    """The mapping to use: automatic, then the profile's, then the overrides, field by field.

    A chosen header is matched exactly, else as `fold` compares. Raises `spec.error`
    naming the headers found when a chosen header is not in the file or a required field
    is left without a column.
    """
    mapping = automatic_mapping(headers, spec)
    chosen: dict[str, str] = {}
    for layer in (profile.mapping if profile else {}, overrides or {}):
        check_fields(layer, spec)
        chosen.update(layer)
    found = ", ".join(f'"{header}"' for header in headers)
    by_fold = {fold(header): header for header in reversed(headers)}
    for name, header in chosen.items():
        if not header:
            mapping.pop(name, None)
            continue
        actual = header if header in headers else by_fold.get(fold(header))
        if actual is None:
            raise spec.error(
                errors.UNKNOWN_HEADER,
                file=file,
                field=spec.label(name),
                header=header,
                headers=found,
            )
        mapping[name] = actual
    for name in spec.required:
        if name not in mapping:
            raise spec.error(
                errors.REQUIRED_UNMAPPED, file=file, field=spec.label(name), headers=found
            )
    return {name: mapping[name] for name in spec.fields if name in mapping}
