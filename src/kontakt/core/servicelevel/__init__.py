"""Service level (`spec/servicelevel.md`): call records against the municipality's targets.

`records` reads the telephony platform's call records (through `kontakt.core.tables`),
`figures` computes the spec's figures per target and period, day, ISO week, month and hour
of the week, `erlang` estimates the staffing (Erlang C), and `explain` says in words what
the ring pattern does where a target is missed.
"""
