"""Frozen entry point: the same as the ``pilotzone`` command (no arguments → the desktop app)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
