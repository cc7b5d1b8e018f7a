"""A real writer process for the crash tests: edits and attachment imports until it is killed.

Usage: crash_writer.py FILE.pzd START SCRATCH_DIR
Each edit N sets the ``year`` cell of record ``N % RECORDS`` of the fiveg_factories register to N and
then prints ``done N <time.monotonic()>``; every ATTACH_EVERY edits it imports a random 64 KiB–2 MiB
file and prints ``attached SHA <time.monotonic()>``.  Output is line-buffered to a file so that what
was printed before SIGKILL is on disk.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.models.operations import SetCell  # noqa: E402
from app.models.storage import DossierFile  # noqa: E402

RECORDS = 20
ATTACH_EVERY = 150


def main() -> None:
    path, start, scratch = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    rng = random.Random(start)
    f = DossierFile.open(path, author="crash")
    session = f.session
    records = f.dossier.registers["fiveg_factories"]
    n = start
    while True:
        rec = records[n % RECORDS]
        session.do(SetCell("fiveg_factories", rec.id, "year", rec.get("year"), n), merge=False)
        print(f"done {n} {time.monotonic():.6f}", flush=True)
        if n % ATTACH_EVERY == 0:
            src = scratch / f"a{n}.bin"
            src.write_bytes(os.urandom(rng.randint(64 * 1024, 2 * 1024 * 1024)))
            item = f.add_evidence_file(src, title=f"附件{n}", indicators=[])
            print(f"attached {item.sha256} {time.monotonic():.6f}", flush=True)
            src.unlink()
        n += 1
        time.sleep(rng.uniform(0.0, 0.004))


if __name__ == "__main__":
    main()
