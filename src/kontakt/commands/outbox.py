"""`kontakt outbox send`, `kontakt outbox status` and `kontakt status`: the outbox and
IKTNH's operating status from the command line.

`outbox send --api URL` makes one pass over the queue (waiting within `--wait` seconds for
retries the delivery rules allow) and exits 0 when nothing is left undelivered, 1 when
requests still wait or were refused, 2 when it cannot start (no key, a URL Kontakt will
not send to, the database). The key is the ICT contact's, from the keyring.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from kontakt.commands import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext
from kontakt.core.ringpattern.messages import moment_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kontakt.services.database import Database


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `outbox send`, `outbox status` and `status`."""
    translate = ctx.translate
    outbox = subparsers.add_parser(
        "outbox", help=translate("OutboxCommand", "deliver approved change requests to IKTNH")
    )
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    send = actions.add_parser(
        "send", help=translate("OutboxCommand", "one pass over the outbox: deliver what waits")
    )
    send.add_argument(
        "--api",
        metavar="BASE_URL",
        required=True,
        help=translate("OutboxCommand", "IKTNH's API, e.g. https://api.iktnh.example/v1"),
    )
    send.add_argument(
        "--wait",
        metavar="SECONDS",
        type=float,
        default=60.0,
        help=translate(
            "OutboxCommand", "wait at most this long for retries within the pass (default: 60)"
        ),
    )
    send.set_defaults(handler=send_outbox)
    status = actions.add_parser(
        "status", help=translate("OutboxCommand", "every change request in the outbox")
    )
    status.add_argument(
        "--json", action="store_true", help=translate("OutboxCommand", "write JSON")
    )
    status.set_defaults(handler=outbox_status)

    notices = subparsers.add_parser(
        "status", help=translate("OutboxCommand", "IKTNH's current operating notices")
    )
    notices.add_argument(
        "--api",
        metavar="BASE_URL",
        required=True,
        help=translate("OutboxCommand", "IKTNH's API, e.g. https://api.iktnh.example/v1"),
    )
    notices.add_argument(
        "--json", action="store_true", help=translate("OutboxCommand", "write JSON")
    )
    notices.set_defaults(handler=operating_status)


def signing_key_or_say(ctx: CommandContext, db: Database) -> tuple[Ed25519PrivateKey, str] | None:
    """The ICT contact's key and key id (the keyring rule of `services.signing_keys`);
    None, said in words, when there is none to sign with."""
    from kontakt.services.signing_keys import KeyStoreError, signing_key

    try:
        return signing_key(db)
    except KeyStoreError as exc:
        ctx.err(exc.text(ctx.translate))
        return None


def refuse_insecure_url(ctx: CommandContext, url: str) -> int:
    """Say why `url` is not used (HTTPS only, plain HTTP to this machine); exit 2."""
    ctx.err(
        ctx.translate(
            "OutboxCommand",
            "--api {url}: Kontakt sends only over HTTPS (plain HTTP only to this machine).",
        ).format(url=url)
    )
    return EXIT_UNUSABLE_INPUT


def send_outbox(args: argparse.Namespace, ctx: CommandContext) -> int:
    """One pass over the outbox of the municipality in use."""
    from kontakt.api.client import InsecureUrl, checked_base_url
    from kontakt.services import outbox, startup
    from kontakt.services.database import StorageError, error_text

    try:
        checked_base_url(args.api)
    except InsecureUrl:
        return refuse_insecure_url(ctx, args.api)
    try:
        db = startup.open_for_use(ctx.db_url, load_demo=not ctx.no_demo, kommune=ctx.kommune)
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
        return EXIT_UNUSABLE_INPUT
    try:
        found = signing_key_or_say(ctx, db)
        if found is None:
            return EXIT_UNUSABLE_INPUT
        key, key_id = found
        report = outbox.send_pending(db, key, key_id, args.api, max_wait_s=max(args.wait, 0.0))
    finally:
        db.dispose()
    translate = ctx.translate
    ctx.out(
        translate("OutboxCommand", "Delivered %n change request(s).", "", len(report.delivered))
    )
    for number, detail in report.refused:
        ctx.out(
            translate("OutboxCommand", "Change request {number} refused by IKTNH: {detail}").format(
                number=number, detail=detail
            )
        )
    for number, when, detail in report.waiting:
        moment = moment_text(when.astimezone(), translate) if when else ""
        ctx.out(
            translate(
                "OutboxCommand",
                "Change request {number} waits in the outbox (next try {when}): {detail}",
            ).format(number=number, when=moment, detail=detail)
        )
    return EXIT_OK if report.undelivered == 0 else EXIT_FINDINGS


def outbox_status(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Every approved change request with its state, idempotency key, IKTNH's id, attempts."""
    from kontakt.services import outbox, startup
    from kontakt.services.database import StorageError, error_text

    try:
        db = startup.open_for_use(ctx.db_url, load_demo=not ctx.no_demo, kommune=ctx.kommune)
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
        return EXIT_UNUSABLE_INPUT
    try:
        listed = outbox.entries(db)
    finally:
        db.dispose()
    if args.json:
        ctx.out(json.dumps([entry.as_json() for entry in listed], ensure_ascii=False, indent=2))
        return EXIT_OK
    for entry in listed:
        ctx.out(
            ctx.translate(
                "OutboxCommand",
                "{number}  {kind}  {state}  IKTNH: {remote}  %n attempt(s)",
                "",
                entry.attempts,
            ).format(
                number=entry.number,
                kind=entry.kind,
                state=entry.state,
                remote=entry.remote_id or "–",
            )
        )
    return EXIT_OK


def operating_status(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Print IKTNH's notices in force (those of the municipality in use, when there is one)."""
    from kontakt.api.client import InsecureUrl, checked_base_url
    from kontakt.api.notices import notice_text
    from kontakt.services import startup
    from kontakt.services.database import StorageError, error_text
    from kontakt.services.operating_status import StatusUnavailable, fetch

    try:
        checked_base_url(args.api)
    except InsecureUrl:
        return refuse_insecure_url(ctx, args.api)
    try:
        db = startup.open_for_use(ctx.db_url, load_demo=not ctx.no_demo, kommune=ctx.kommune)
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
        return EXIT_UNUSABLE_INPUT
    try:
        found = signing_key_or_say(ctx, db)
    finally:
        db.dispose()
    if found is None:
        return EXIT_UNUSABLE_INPUT
    try:
        status = fetch(args.api, *found)
    except StatusUnavailable as exc:
        ctx.err(
            ctx.translate("OutboxCommand", "IKTNH's status could not be read: {detail}").format(
                detail=exc.detail
            )
        )
        return EXIT_UNUSABLE_INPUT
    current = status.current(ctx.kommune)
    if args.json:
        ctx.out(
            json.dumps({"notices": [n.as_json() for n in current]}, ensure_ascii=False, indent=2)
        )
        return EXIT_OK
    if not current:
        ctx.out(ctx.translate("OutboxCommand", "No notices from IKTNH: everything runs as normal."))
    for notice in current:
        ctx.out(
            notice_text(
                notice, ctx.translate, lambda at: moment_text(at.astimezone(), ctx.translate)
            )
        )
    return EXIT_OK
