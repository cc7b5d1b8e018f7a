"""Shared test set-up.

Every test runs with network sockets blocked: the app must never open a
network connection (no OCSP, CRL or timestamp fetching, no font downloads).
Any attempt raises, so the test that caused it fails.
"""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NetworkBlocked(RuntimeError):
    pass


_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    def connect(self, address):  # noqa: D401 - same signature as socket.connect
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkBlocked(f"network access attempted: {address!r}")
        return super().connect(address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkBlocked(f"network access attempted: {address!r}")
        return super().connect_ex(address)


def _blocked_create_connection(address, *args, **kwargs):
    raise NetworkBlocked(f"network access attempted: {address!r}")


def _blocked_getaddrinfo(host, *args, **kwargs):
    if host in (None, "localhost", "127.0.0.1", "::1"):
        return _real_getaddrinfo(host, *args, **kwargs)
    raise NetworkBlocked(f"name lookup attempted: {host!r}")


_real_getaddrinfo = socket.getaddrinfo


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _blocked_create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", _blocked_getaddrinfo)
    yield


@pytest.fixture
def pilotzone_home(tmp_path, monkeypatch):
    """A private user-data folder (identities, preferences) for one test."""
    home = tmp_path / "pilotzone-home"
    home.mkdir()
    monkeypatch.setenv("PILOTZONE_HOME", str(home))
    return home
