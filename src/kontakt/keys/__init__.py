"""The ICT contact's signing key: an Ed25519 key pair whose private half lives only in the
operating system's keyring, and its public half as a PEM for registration.

`store` judges the keyring backend (an OS store, or one the user named; never a plaintext
file keyring picked by itself) and keeps the current private key there. The key id, the
JWK and the approval signature are `kontakt.core.changes`'.
"""
