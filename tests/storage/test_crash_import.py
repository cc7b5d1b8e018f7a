"""Kill an evidence import at random moments, the write-ahead log kept beside the file: every killed file
opens for editing (the log completes it, even when the kill landed inside a checkpoint) and every import
reported committed before the kill is there, byte for byte."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.models.dossier import Dossier
from app.models.storage import DossierFile
from app.models.storage.migrations import has_log

HELPER = Path(__file__).with_name("import_writer.py")


def _header_longer_than_file(path: Path) -> bool:
    with open(path, "rb") as fh:
        header = fh.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return path.stat().st_size < int.from_bytes(header[28:32], "big") * page_size


def _kill_cycles(tmp_path: Path, cycles: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    path, scratch = tmp_path / "import.pzd", tmp_path / "scratch"
    scratch.mkdir()
    DossierFile.create(path, Dossier(title="导入崩溃测试"), author="test").close()
    committed: set[str] = set()
    seen = {"kills": 0, "with_log": 0, "mid_checkpoint": 0}
    for cycle in range(cycles):
        log = tmp_path / f"cycle{cycle}.log"
        with open(log, "w", encoding="utf-8") as out:
            proc = subprocess.Popen([sys.executable, str(HELPER), str(path), str(scratch), str(seed * 1000 + cycle)],
                                    stdout=out, stderr=subprocess.PIPE)
            time.sleep(rng.uniform(0.4, 2.5))
            proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate()
            assert proc.returncode == -signal.SIGKILL, err.decode(errors="replace")
        seen["kills"] += 1
        seen["with_log"] += has_log(path)
        seen["mid_checkpoint"] += has_log(path) and _header_longer_than_file(path)
        committed |= {line.split()[1] for line in log.read_text(encoding="utf-8").splitlines()
                      if line.startswith("attached ")}
        with DossierFile.open(path, take_over=True) as f:      # the log kept: opening must accept it
            stored = {e.sha256 for e in f.dossier.evidence}
            assert committed <= stored, f"lost after kill {cycle}: {sorted(committed - stored)[:3]}"
            for sha in committed:
                with f.open_blob(sha) as reader:
                    while reader.read(1 << 20):
                        pass                                   # size and SHA-256 verified at the end
        for leftover in scratch.iterdir():
            leftover.unlink()
    with DossierFile.open(path) as f:
        assert f.verify() == []
    print(f"import crash test: {seen}")
    return seen


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_kill_import_quick(tmp_path):
    seen = _kill_cycles(tmp_path, cycles=6, seed=1)
    assert seen["kills"] == 6 and seen["with_log"] >= 1


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_kill_import_many(tmp_path):
    seen = _kill_cycles(tmp_path, cycles=60, seed=2)
    assert seen["kills"] == 60 and seen["mid_checkpoint"] >= 1
