"""The checks done by hand: a new phone's device checks, and the standing checks that end
every checklist (emergency power along the network path, the service desk reachable)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from kontakt.core.checklist.model import CaseKind, PhoneOrder, TestCase, numbered
from kontakt.core.checklist.words import phone
from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern.model import Device, Member
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

CTX: Final = "Checklist"


def for_orders(orders: Sequence[PhoneOrder], translate: Translate) -> list[TestCase]:
    """The checklist for phone orders alone: each phone's device checks, then the standing
    checks."""
    cases = [case for order in orders for case in device_checks(order, translate)]
    return numbered([*cases, *standing_checks(translate)])


def device_checks(order: PhoneOrder, translate: Translate) -> list[TestCase]:
    """The checks a new phone needs: it rings on its number, its e-mail works when that was
    ordered, and a desk phone has power and network at the desk."""
    t = translate
    devices = {str(d) for d in Device}
    member = Member(
        order.number, order.name, device=Device(order.device) if order.device in devices else None
    )
    who = phone(member, order.name, t) if order.name else national_form(order.number)
    reason = render(
        t,
        CTX,
        QT_TRANSLATE_NOOP("Checklist", "A phone was ordered for {name}."),
        {"name": order.name},
    )
    cases = [
        TestCase(
            id="",
            kind=CaseKind.DEVICE,
            reason=reason,
            instructions=render(
                t,
                CTX,
                QT_TRANSLATE_NOOP("Checklist", "Call {number} from another phone."),
                {"number": national_form(order.number)},
            ),
            expected=render(
                t,
                CTX,
                QT_TRANSLATE_NOOP("Checklist", "{phone} rings and the call can be answered."),
                {"phone": who},
            ),
            extra={"number": order.number},
        )
    ]
    if order.email:
        cases.append(
            TestCase(
                id="",
                kind=CaseKind.DEVICE,
                reason=reason,
                instructions=render(
                    t,
                    CTX,
                    QT_TRANSLATE_NOOP("Checklist", "Send an e-mail to {email}."),
                    {"email": order.email},
                ),
                expected=t(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Checklist", "The e-mail arrives on the phone and a reply can be sent."
                    ),
                ),
            )
        )
    if order.device == "desk":
        cases.append(
            TestCase(
                id="",
                kind=CaseKind.DEVICE,
                reason=reason,
                instructions=t(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Checklist",
                        "Plug the desk phone into the network point at the desk.",
                    ),
                ),
                expected=t(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Checklist",
                        "The phone starts on power from the network (PoE), without a power "
                        "supply, and gets network and its number.",
                    ),
                ),
            )
        )
    return cases


def standing_checks(translate: Translate) -> list[TestCase]:
    """The checks that end every checklist: emergency power, and the service desk."""
    t = translate
    reason = t(CTX, QT_TRANSLATE_NOOP("Checklist", "Checked after every change."))
    return [
        TestCase(
            id="",
            kind=CaseKind.STANDING,
            reason=reason,
            instructions=t(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Checklist",
                    "Check that the network path of the phones (network points, switches, "
                    "the link to the central data room) is on emergency power.",
                ),
            ),
            expected=t(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Checklist",
                    "In a power cut the desk phones and the wireless network keep working "
                    "on emergency power.",
                ),
            ),
        ),
        TestCase(
            id="",
            kind=CaseKind.STANDING,
            reason=reason,
            instructions=t(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Checklist", "Call IKTNH's service desk from one of the phones changed."
                ),
            ),
            expected=t(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Checklist", "The service desk number is reachable and the call is answered."
                ),
            ),
        ),
    ]
