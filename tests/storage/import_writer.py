"""A real process importing evidence until it is killed (the WAL crash test).

Usage: import_writer.py FILE.pzd SCRATCH_DIR SEED
Imports random files of 4–24 MiB one after another through ``DossierFile.add_evidence_file`` and prints
``attached SHA`` once each is committed.  Every import commits its chunks every 64 MiB and at its end; the
write-ahead log is checkpointed into the file as it grows, so a kill often lands inside a checkpoint.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.models.storage import DossierFile  # noqa: E402


def main() -> None:
    path, scratch, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    f = DossierFile.open(path, author="crash", take_over=True)
    n = 0
    while True:
        src = scratch / f"e{seed}-{n}.bin"
        src.write_bytes(os.urandom(rng.randint(4, 24) << 20))
        item = f.add_evidence_file(src, title=f"证明材料{n}", indicators=[])
        f.flush()
        print(f"attached {item.sha256}", flush=True)
        src.unlink()
        n += 1


if __name__ == "__main__":
    main()
