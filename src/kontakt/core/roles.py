"""The roles a user can have for a municipality, and what each may do."""

from __future__ import annotations

from typing import Final

ICT_CONTACT: Final = "ict-contact"
DEPUTY: Final = "deputy"
READER: Final = "reader"
ROLES: Final = (ICT_CONTACT, DEPUTY, READER)

READ: Final = "read"
CHANGE: Final = "change"
MANAGE: Final = "manage"
"""What an action needs: reading, changing or approving, setting up users."""

ALLOWED: Final = {
    ICT_CONTACT: frozenset({READ, CHANGE, MANAGE}),
    DEPUTY: frozenset({READ, CHANGE}),
    READER: frozenset({READ}),
}
