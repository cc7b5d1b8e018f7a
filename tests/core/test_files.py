"""app.files.atomic_write: wholly there or not at all, with the permission bits a user expects."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from app.files import atomic_write, atomic_write_bytes

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def bits(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_replaces_the_target_whole_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "申报包.zip"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["申报包.zip"]


def test_a_failure_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "申报包.zip"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as fh:
            fh.write(b"half")
            raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["申报包.zip"]


@posix_only
def test_a_new_file_is_readable_as_any_new_file_is_not_private(tmp_path):
    """A package for colleagues gets 0o666 less the umask, as `cp` would give it, not mkstemp's 0o600."""
    target = atomic_write_bytes(tmp_path / "滨江市-申报包.zip", b"zip")
    assert bits(target) == 0o666 & ~current_umask()


@posix_only
def test_a_replaced_file_keeps_its_permission_bits(tmp_path):
    target = tmp_path / "对照表.xlsx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write_bytes(target, b"new")
    assert bits(target) == 0o640


@posix_only
def test_an_explicit_mode_wins(tmp_path):
    target = tmp_path / "identity.p12"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    atomic_write_bytes(target, b"key", mode=0o600)
    assert bits(target) == 0o600


def test_a_failure_to_start_names_the_target_not_the_hidden_temporary_file(tmp_path):
    """The user gave 申报包.zip; an error about 「.申报包.zip.k2j4x9.part」 names a file they never heard of."""
    not_a_folder = tmp_path / "一个文件"
    not_a_folder.write_text("x")
    target = not_a_folder / "申报包.zip"
    with pytest.raises(OSError) as err:
        atomic_write_bytes(target, b"new")
    assert err.value.filename == str(target)
    assert ".part" not in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["一个文件"]
