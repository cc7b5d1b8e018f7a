"""What every sub-command shares: exit codes and the user-facing error of the command line."""

from __future__ import annotations

from app.errors import UserFacingError

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


class UserError(UserFacingError):
    """An expected failure with a message for the user; exit status 2."""
