"""The network guard in conftest really blocks connections."""

import socket

import pytest

from tests.conftest import NetworkBlocked


def test_tcp_connect_is_blocked():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        s.connect(("192.0.2.1", 80))
    s.close()


def test_name_lookup_is_blocked():
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
