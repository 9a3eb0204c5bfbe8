"""Kontakt's side of IKTNH's HTTP API (`spec/api.md`), and a reference receiver of it.

`signing` signs and verifies requests (RFC 9421 with Content-Digest) and approvals;
`client` speaks to IKTNH over HTTPS with signed requests and timeouts; `delivery` says
what an answer means for the outbox (delivered, try again when, refused why);
`receiver` is the reference server that implements the contract. Nothing here touches
Kontakt's database: the outbox itself is `kontakt.services.outbox`.
"""
