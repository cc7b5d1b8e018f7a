"""One writer at a time: a second opener is told who holds the file and may read it."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from app.models.storage.locking import lock_path
from app.models.operations import SetNarrative
from app.models.storage import DossierFile, DossierLocked


def test_second_writer_is_refused_and_can_read(opened):
    with pytest.raises(DossierLocked) as info:
        DossierFile.open(opened.path)
    assert info.value.can_open_read_only and "只读" in str(info.value)
    opened.session.do(SetNarrative("1.1.1", "", "已保存的内容"))
    opened.flush()
    with DossierFile.open(opened.path, read_only=True) as reader:
        assert reader.dossier.answer("1.1.1").narrative == "已保存的内容"
    opened.session.do(SetNarrative("1.1.1", "已保存的内容", "继续编辑"))
    opened.flush()                                   # the reader did not disturb the writer


def test_lock_held_by_another_live_process(pzd):
    holder = lock_path(pzd)
    code = ("import sys, time; sys.path.insert(0, '.');"
            "from app.models.storage import DossierFile;"
            f"f = DossierFile.open({str(pzd)!r}, author='李工'); print('ready', flush=True); time.sleep(30)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(DossierLocked) as info:
            DossierFile.open(pzd)
        assert info.value.holder.author == "李工" and not info.value.stale
        assert "李工" in str(info.value)
        with DossierFile.open(pzd, read_only=True) as f:
            assert f.dossier.evidence
    finally:
        proc.kill()
        proc.wait()
    # The holder died without releasing: its lock is stale and taken over silently.
    assert holder.exists()
    with DossierFile.open(pzd) as f:
        assert f.dossier.id


def test_old_heartbeat_from_another_machine_can_be_taken_over(pzd):
    lock_path(pzd).write_text(json.dumps({"host": "其他电脑", "pid": 1, "user": "u", "author": "赵工",
                                          "since": "2024-01-01T08:00:00+08:00",
                                          "heartbeat": time.time() - 3600}), encoding="utf-8")
    with pytest.raises(DossierLocked) as info:
        DossierFile.open(pzd)
    assert info.value.stale and "接管" in str(info.value)
    with DossierFile.open(pzd, take_over=True) as f:
        assert json.loads(lock_path(pzd).read_text(encoding="utf-8"))["pid"] != 1
        f.flush()
    assert not lock_path(pzd).exists()


def test_fresh_lock_from_another_machine_is_respected(pzd):
    lock_path(pzd).write_text(json.dumps({"host": "其他电脑", "pid": 1, "user": "u", "author": "赵工",
                                          "since": "2024-01-01T08:00:00+08:00", "heartbeat": time.time()}),
                              encoding="utf-8")
    with pytest.raises(DossierLocked) as info:
        DossierFile.open(pzd)
    assert not info.value.stale and "其他电脑" in str(info.value)
    assert "2024年1月1日" in str(info.value) and "2024-01-01" not in str(info.value)   # a date as the UI writes it
