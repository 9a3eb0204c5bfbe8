"""Which language a user gets from the system's locale when they have chosen none."""

from __future__ import annotations

import pytest

from kontakt import i18n


@pytest.mark.parametrize(
    ("variables", "language"),
    [
        ({}, "nn"),
        ({"LANG": "C"}, "nn"),
        ({"LANG": "C.UTF-8"}, "nn"),
        ({"LANG": "POSIX"}, "nn"),
        ({"LANG": "de_DE.UTF-8"}, "nn"),
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANG": "no_NO"}, "nb"),
        ({"LANG": "nn_NO.UTF-8"}, "nn"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "C.UTF-8", "LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "nb_NO.UTF-8"}, "en"),
    ],
)
def test_the_system_language_is_nynorsk_unless_the_locale_names_another(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], language: str
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in variables.items():
        monkeypatch.setenv(variable, value)
    assert i18n.system_language() == language
