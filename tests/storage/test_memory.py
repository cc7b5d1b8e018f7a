"""Memory stays flat whatever the attachment size: a 200 MB file in and out costs a few MB of RSS."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SIZE = 200 * 1024 * 1024


@pytest.mark.skipif(sys.platform == "win32", reason="resource module")
def test_import_and_extract_200_mb_with_flat_memory(tmp_path):
    big = tmp_path / "video.mp4"
    block = os.urandom(1024 * 1024)
    with open(big, "wb") as fh:            # random-looking content, cheap to make
        for i in range(SIZE // len(block)):
            fh.write(i.to_bytes(4, "little") + block[4:])
    probe = Path(__file__).with_name("mem_probe.py")
    out = subprocess.run([sys.executable, str(probe), str(big), str(tmp_path)], capture_output=True, text=True,
                         timeout=300, check=True).stdout.split()
    before, after, same, size = int(out[0]), int(out[1]), out[2] == "True", int(out[3])
    growth_mb = (after - before) / 1024
    print(f"peak RSS {before / 1024:.1f} MB before, {after / 1024:.1f} MB after importing+extracting 200 MB")
    assert same and size == SIZE
    assert (tmp_path / "out.bin").stat().st_size == SIZE
    assert growth_mb < 40
