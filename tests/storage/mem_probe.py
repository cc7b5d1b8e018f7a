"""Import and extract a large file in a fresh process; print peak RSS before and after (KiB).

Usage: mem_probe.py BIG_FILE WORK_DIR
"""

from __future__ import annotations

import hashlib
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.models.dossier import Dossier  # noqa: E402
from app.models.storage import DossierFile  # noqa: E402


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    big, work = Path(sys.argv[1]), Path(sys.argv[2])
    f = DossierFile.create(work / "big.pzd", Dossier(title="内存测试"))
    f.session
    before = peak_kib()
    item = f.add_evidence_file(big, title="大视频", indicators=[])
    out = f.extract_blob(item.sha256, work / "out.bin")
    f.close()
    digest = hashlib.sha256()
    with open(out, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    print(before, peak_kib(), item.sha256 == digest.hexdigest(), item.size)


if __name__ == "__main__":
    main()
