"""Opt-in, in-memory cache of passphrases for the current session.

Nothing is ever written to disk or logged; the UI creates one cache per
session and only remembers a passphrase when the user asks it to. Also
re-exported as ``app.signing.identities.PassphraseCache``.
"""

from __future__ import annotations

import time

__all__ = ["PassphraseCache"]


class PassphraseCache:
    """Opt-in, in-memory cache of passphrases for the current session.

    Nothing is persisted. ``ttl_seconds`` (optional) expires entries after a
    while; ``clear()`` forgets everything (call it on logout / app exit).
    """

    def __init__(self, *, ttl_seconds: float | None = None) -> None:
        self._ttl = ttl_seconds
        self._entries: dict[str, tuple[str, float]] = {}

    def remember(self, identity_id: str, passphrase: str) -> None:
        self._entries[identity_id] = (passphrase, time.monotonic())

    def get(self, identity_id: str) -> str | None:
        entry = self._entries.get(identity_id)
        if entry is None:
            return None
        passphrase, stored_at = entry
        if self._ttl is not None and time.monotonic() - stored_at >= self._ttl:
            del self._entries[identity_id]
            return None
        return passphrase

    def forget(self, identity_id: str) -> None:
        self._entries.pop(identity_id, None)

    def clear(self) -> None:
        self._entries.clear()

    def __contains__(self, identity_id: object) -> bool:
        return isinstance(identity_id, str) and self.get(identity_id) is not None

    def __repr__(self) -> str:
        return f"PassphraseCache({len(self._entries)} entries)"
