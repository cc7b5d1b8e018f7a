"""The desktop user interface (PySide6). Everything Qt lives here."""
