"""`kontakt reference-server`: the reference receiver of IKTNH's API on this machine.

For trying Kontakt end to end and for tests; it needs the `server` extra (werkzeug).
Registered keys come from a JWK Set file (each key with `"kommune": "NNNN"`); requests,
nonces and notices are kept in the data folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `reference-server`."""
    translate = ctx.translate
    parser = subparsers.add_parser(
        "reference-server",
        help=translate("ServerCommand", "run the reference receiver of IKTNH's API"),
    )
    parser.add_argument(
        "--port",
        metavar="N",
        type=int,
        default=8421,
        help=translate("ServerCommand", "the port to listen on (default: 8421; 0: any free one)"),
    )
    parser.add_argument(
        "--host",
        metavar="HOST",
        default="127.0.0.1",
        help=translate("ServerCommand", "the address to listen on (default: 127.0.0.1)"),
    )
    parser.add_argument(
        "--keys",
        metavar="FILE",
        type=Path,
        required=True,
        help=translate("ServerCommand", 'the registered keys: a JWK Set, each key with "kommune"'),
    )
    parser.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        required=True,
        help=translate("ServerCommand", "the folder the receiver keeps its requests in"),
    )
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help=translate("ServerCommand", "the URL clients reach it by, when it sits behind a proxy"),
    )
    parser.set_defaults(handler=reference_server)


def reference_server(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Serve until interrupted."""
    import csv

    try:
        from kontakt.api import receiver
    except ImportError:
        ctx.err(
            ctx.translate(
                "ServerCommand",
                "The reference server needs werkzeug: pip install 'kontakt[server]'.",
            )
        )
        return EXIT_UNUSABLE_INPUT
    from kontakt.resources import resource_path

    try:
        keys = receiver.load_key_set(args.keys)
    except receiver.KeySetError as exc:
        ctx.err(
            ctx.translate("ServerCommand", "The key file cannot be used: {reason}").format(
                reason=exc
            )
        )
        return EXIT_UNUSABLE_INPUT
    import json

    catalogue = json.loads(resource_path("demo", "phone-catalogue.json").read_text("utf-8"))
    pictures = receiver.demo_pictures(catalogue, resource_path("phones"))
    with resource_path("demo", "directory.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    directory: dict[str, list[dict[str, str]]] = {}
    for kommune in sorted({key.kommune for key in keys.values()}):
        directory.update(receiver.demo_directory(rows, kommune))
    try:
        app = receiver.ReferenceReceiver(
            keys,
            args.data,
            public_base_url=args.public_url,
            catalogue=catalogue,
            directory=directory,
            pictures=pictures,
        )
        server = receiver.serve(app, args.host, args.port)
    except OSError as exc:
        ctx.err(
            ctx.translate("ServerCommand", "Cannot start the server: {reason}").format(
                reason=exc.strerror or exc
            )
        )
        return EXIT_UNUSABLE_INPUT
    ctx.out(
        ctx.translate("ServerCommand", "Reference receiver at {url} (Ctrl+C stops it)").format(
            url=f"http://{args.host}:{server.server_port}/v1"
        )
    )
    if hasattr(ctx.stdout, "flush"):
        ctx.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app.store.close()
    return EXIT_OK
