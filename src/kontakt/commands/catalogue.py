"""`kontakt catalogue sync|list|compare` and `kontakt order phone`: IKTNH's phone models
and phone orders from the command line.

`sync` makes one GET with the stored ETag (a 304 touches nothing); `list` writes the stored
models, filtered; `compare` writes the comparison workbook; `order phone` makes the
`phone-order` draft. Exit 0, or 2 with the reason (an unknown employee, model or colour, a
server that cannot be used).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext, day_argument
from kontakt.core.ringpattern.messages import moment_text

if TYPE_CHECKING:
    from kontakt.services.database import Database


def _amount_of(ctx: CommandContext) -> Callable[[str], Decimal]:
    def parse(text: str) -> Decimal:
        try:
            return Decimal(text.replace(" ", "").replace(",", "."))
        except InvalidOperation:
            message = ctx.translate("CatalogueCommand", "{value} is not an amount in kroner")
            raise argparse.ArgumentTypeError(message.format(value=text)) from None

    return parse


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `catalogue sync|list|compare` and `order phone`."""
    translate = ctx.translate
    catalogue = subparsers.add_parser(
        "catalogue", help=translate("CatalogueCommand", "IKTNH's phone models")
    )
    actions = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    sync = actions.add_parser(
        "sync", help=translate("CatalogueCommand", "fetch the phone catalogue from IKTNH")
    )
    sync.add_argument(
        "--api",
        metavar="BASE_URL",
        required=True,
        help=translate("CatalogueCommand", "IKTNH's API, e.g. https://api.iktnh.example/v1"),
    )
    sync.set_defaults(handler=sync_catalogue)

    listing = actions.add_parser(
        "list", help=translate("CatalogueCommand", "the stored phone models")
    )
    listing.add_argument("--os", help=translate("CatalogueCommand", "only this operating system"))
    listing.add_argument(
        "--five-g", action="store_true", help=translate("CatalogueCommand", "only with 5G")
    )
    listing.add_argument(
        "--esim", action="store_true", help=translate("CatalogueCommand", "only with eSIM")
    )
    listing.add_argument(
        "--updates-until",
        metavar="DATE",
        type=day_argument(ctx),
        help=translate("CatalogueCommand", "only models with security updates until at least DATE"),
    )
    listing.add_argument(
        "--max-price",
        metavar="NOK",
        type=_amount_of(ctx),
        help=translate("CatalogueCommand", "only models that cost at most this (ex. VAT)"),
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("CatalogueCommand", "write JSON")
    )
    listing.set_defaults(handler=list_catalogue)

    compare = actions.add_parser(
        "compare", help=translate("CatalogueCommand", "compare two to four models in a workbook")
    )
    compare.add_argument("models", metavar="MODEL", nargs="+")
    compare.add_argument(
        "--xlsx",
        metavar="PATH",
        type=Path,
        required=True,
        help=translate("CatalogueCommand", "the workbook to write"),
    )
    compare.set_defaults(handler=compare_models)

    order = subparsers.add_parser("order", help=translate("CatalogueCommand", "order from IKTNH"))
    kinds = order.add_subparsers(dest="order_command", metavar="WHAT", required=True)
    phone = kinds.add_parser(
        "phone", help=translate("CatalogueCommand", "order a phone for an employee (a draft)")
    )
    phone.add_argument(
        "--employee",
        metavar="ID",
        required=True,
        help=translate("CatalogueCommand", "the employee number"),
    )
    phone.add_argument("--model", metavar="MODEL", required=True)
    phone.add_argument("--colour", metavar="C")
    phone.add_argument(
        "--email",
        action="store_true",
        help=translate(
            "CatalogueCommand",
            "municipal e-mail on the phone (a licence cost the municipality pays)",
        ),
    )
    phone.add_argument(
        "--setup", action="store_true", help=translate("CatalogueCommand", "setup help from IKTNH")
    )
    phone.add_argument(
        "--group",
        metavar="PATTERN/GROUP",
        help=translate(
            "CatalogueCommand",
            "also add the employee's mobile to this group or queue of a stored ring pattern "
            "(in its draft)",
        ),
    )
    phone.add_argument(
        "--json", action="store_true", help=translate("CatalogueCommand", "write JSON")
    )
    phone.set_defaults(handler=order_phone)


def _open(ctx: CommandContext) -> Database | None:
    from kontakt.services import startup
    from kontakt.services.database import StorageError, error_text

    try:
        return startup.open_for_use(ctx.db_url, load_demo=not ctx.no_demo, kommune=ctx.kommune)
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
        return None


def sync_catalogue(args: argparse.Namespace, ctx: CommandContext) -> int:
    """One GET of the catalogue; prints what changed."""
    from kontakt.api.client import InsecureUrl, checked_base_url
    from kontakt.commands.outbox import refuse_insecure_url, signing_key_or_say
    from kontakt.services import catalogue

    try:
        checked_base_url(args.api)
    except InsecureUrl:
        return refuse_insecure_url(ctx, args.api)
    db = _open(ctx)
    if db is None:
        return EXIT_UNUSABLE_INPUT
    try:
        found = signing_key_or_say(ctx, db)
        if found is None:
            return EXIT_UNUSABLE_INPUT
        result = catalogue.sync(db, args.api, *found)
    except catalogue.SyncFailed as exc:
        ctx.err(
            ctx.translate(
                "CatalogueCommand", "The phone catalogue could not be fetched: {detail}"
            ).format(detail=exc.detail)
        )
        return EXIT_UNUSABLE_INPUT
    finally:
        db.dispose()
    translate = ctx.translate
    if result.not_modified:
        ctx.out(translate("CatalogueCommand", "The phone catalogue has not changed."))
        return EXIT_OK
    ctx.out(translate("CatalogueCommand", "%n model(s) added.", "", result.added))
    ctx.out(translate("CatalogueCommand", "%n model(s) changed.", "", result.changed))
    ctx.out(translate("CatalogueCommand", "%n model(s) removed.", "", result.removed))
    return EXIT_OK


def list_catalogue(args: argparse.Namespace, ctx: CommandContext) -> int:
    """The stored models that match every filter given."""
    from kontakt.services import catalogue

    db = _open(ctx)
    if db is None:
        return EXIT_UNUSABLE_INPUT
    filters = catalogue.Filters(
        os=args.os,
        five_g=args.five_g,
        esim=args.esim,
        updates_until=args.updates_until,
        max_price=args.max_price,
    )
    try:
        listed = catalogue.models(db, filters)
        when = catalogue.synced_at(db)
        examples = catalogue.prices_are_examples(db)
    finally:
        db.dispose()
    if args.json:
        document = {
            "synced_at": when.isoformat() if when else None,
            "prices_are_examples": examples,
            "models": [m.as_json() for m in listed],
        }
        ctx.out(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    translate = ctx.translate
    if when is None:
        ctx.out(translate("CatalogueCommand", "Never synced from IKTNH (the demo catalogue)."))
    else:
        ctx.out(
            translate("CatalogueCommand", "Last synced {when}.").format(
                when=moment_text(when.astimezone(), translate)
            )
        )
    if examples:
        ctx.out(
            translate("CatalogueCommand", "The prices are examples, not IKTNH's agreement prices.")
        )
    for model in listed:
        ctx.out(f"{model.manufacturer} {model.model}  {model.os}")
    return EXIT_OK


def compare_models(args: argparse.Namespace, ctx: CommandContext) -> int:
    """The comparison workbook of the models named."""
    from kontakt.core.safe_files import FileWriteError
    from kontakt.services import catalogue

    translate = ctx.translate
    if not 2 <= len(args.models) <= 4:
        ctx.err(translate("CatalogueCommand", "Name two to four models to compare."))
        return EXIT_UNUSABLE_INPUT
    db = _open(ctx)
    if db is None:
        return EXIT_UNUSABLE_INPUT
    try:
        path = catalogue.export_comparison(db, args.models, args.xlsx, translate)
    except catalogue.UnknownModel as exc:
        ctx.err(_unknown_model(ctx, exc.name))
        return EXIT_UNUSABLE_INPUT
    except FileWriteError as exc:
        ctx.err(
            translate(
                "CatalogueCommand", "{path}: the workbook could not be written: {reason}"
            ).format(path=args.xlsx, reason=exc)
        )
        return EXIT_UNUSABLE_INPUT
    finally:
        db.dispose()
    ctx.out(translate("CatalogueCommand", "Comparison written to {path}.").format(path=path))
    return EXIT_OK


def _unknown_model(ctx: CommandContext, name: str) -> str:
    return ctx.translate(
        "CatalogueCommand", "There is no phone model called \u201c{model}\u201d in the catalogue."
    ).format(model=name)


def order_phone(args: argparse.Namespace, ctx: CommandContext) -> int:
    """The `phone-order` draft for the employee."""
    from kontakt.core.catalogue.document import amount_text
    from kontakt.services import phone_orders
    from kontakt.services.municipality import NoMunicipality

    translate = ctx.translate
    db = _open(ctx)
    if db is None:
        return EXIT_UNUSABLE_INPUT
    try:
        group = phone_orders.find_group(db, args.group) if args.group else None
        draft = phone_orders.order_phone(
            db,
            args.employee,
            args.model,
            args.colour,
            email=args.email,
            setup=args.setup,
            group=group,
        )
    except phone_orders.OrderError as exc:
        if exc.what == "employee":
            ctx.err(
                translate(
                    "CatalogueCommand", "--employee {id}: there is no employee with this number."
                ).format(id=exc.value)
            )
        elif exc.what == "model":
            ctx.err(_unknown_model(ctx, exc.value))
        elif exc.what == "group":
            ctx.err(
                translate(
                    "CatalogueCommand",
                    "--group {group}: no stored ring pattern has this group or queue "
                    "(write PATTERN/GROUP, the ids of the pattern and of its group).",
                ).format(group=exc.value)
            )
        elif exc.what == "mobile":
            ctx.err(
                translate(
                    "CatalogueCommand",
                    "--group: employee {id} has no mobile number to add to the group.",
                ).format(id=exc.value)
            )
        else:
            ctx.err(
                translate(
                    "CatalogueCommand",
                    "--colour {colour}: the model does not come in this colour (only {colours}).",
                ).format(colour=exc.value, colours=", ".join(exc.colours))
            )
        return EXIT_UNUSABLE_INPUT
    except NoMunicipality:
        ctx.err(translate("CatalogueCommand", "There is no municipality to order for yet."))
        return EXIT_UNUSABLE_INPUT
    finally:
        db.dispose()
    if args.json:
        ctx.out(json.dumps(draft.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    ctx.out(
        translate("CatalogueCommand", "Phone order {number} made as a draft for {name}.").format(
            number=draft.id, name=draft.employee_name
        )
    )
    if draft.licence_monthly_nok is not None:
        ctx.out(
            translate(
                "CatalogueCommand",
                "Municipal e-mail on the phone costs the municipality {amount} a month in "
                "licences.",
            ).format(amount=amount_text(draft.licence_monthly_nok))
        )
    added = draft.ring_group
    if added is not None:
        text = (
            translate(
                "CatalogueCommand", "The mobile already rings in {group} in the ring pattern {key}."
            )
            if added.already
            else translate(
                "CatalogueCommand",
                "The mobile now rings in {group} in the draft of the ring pattern {key} "
                "(version {version}).",
            )
        )
        ctx.out(
            text.format(group=added.group.label, key=added.group.pattern_key, version=added.version)
        )
    return EXIT_OK
