"""Typed exceptions of the signing package, each carrying a Chinese message.

Every error that can reach the user derives from :class:`SigningError`; its
``str()`` is a complete Chinese sentence suitable for a dialog or stderr.
Callers that only want "something went wrong, tell the user" can catch
``SigningError`` and show ``str(exc)``.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.errors import UserFacingError

__all__ = [
    "SigningError",
    "WrongPassphrase",
    "WeakPassphrase",
    "InvalidPkcs12",
    "IdentityNotFound",
    "IdentityExists",
    "AmbiguousIdentity",
    "CertificateExpired",
    "CertificateNotYetValid",
    "PackageUnreadable",
    "NotAZipFile",
    "HostileArchive",
    "PdfSigningFailed",
    "TrustRootUnreadable",
]


class SigningError(UserFacingError):
    """Base class: ``str(exc)`` is a user-facing Chinese message."""


class WrongPassphrase(SigningError):
    """The passphrase does not open the PKCS#12 container."""

    def __init__(self, message: str = "口令不正确，无法解开私钥。请检查口令后重试。") -> None:
        super().__init__(message)


class WeakPassphrase(SigningError):
    """The passphrase chosen for storing a private key is unacceptable."""


class InvalidIdentityDetails(SigningError, ValueError):
    """A name, organisation or validity that a certificate cannot hold (a ``ValueError`` too, as before)."""


class InvalidPkcs12(SigningError):
    """The file is not a usable PKCS#12 (.p12/.pfx) container."""


class IdentityNotFound(SigningError):
    """No stored signing identity matches the given id or name."""


class IdentityExists(SigningError):
    """The certificate has already been stored as an identity."""


class AmbiguousIdentity(SigningError):
    """Several stored identities share the given display name."""


class CertificateExpired(SigningError):
    """The signing certificate's validity period has ended."""


class CertificateNotYetValid(SigningError):
    """The signing certificate's validity period has not started yet."""


class PackageUnreadable(SigningError):
    """The package file cannot be read at all (missing, unreadable, ...)."""


class NotAZipFile(PackageUnreadable):
    """The file is not a zip archive."""

    def __init__(self, message: str = "不是有效的 zip 压缩包，无法验证。") -> None:
        super().__init__(message)


class HostileArchive(SigningError):
    """The package (zip, folder or disc image) is refused because it is unsafe to process.

    ``problems`` lists every reason found, one Chinese sentence each; ``what`` names the kind of package.
    """

    def __init__(self, problems: Iterable[str], *, what: str = "压缩包") -> None:
        self.problems: list[str] = list(problems)
        self.what = what
        super().__init__(f"拒绝处理该{what}：" + "；".join(self.problems))


class TrustRootUnreadable(SigningError):
    """The file given as a trusted root certificate cannot be read as one."""


class PdfSigningFailed(SigningError):
    """pyHanko could not sign the PDF (damaged or unsupported PDF)."""
