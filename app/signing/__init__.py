"""Signing identities, CMS/PAdES signatures and package verification."""
