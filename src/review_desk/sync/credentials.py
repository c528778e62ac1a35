"""Passwords of SMB shares and office servers: held by the OS keychain through keyring
(each kind under its own service name), or asked for this run only.

A password is never written to a file, a setting, a log, an error message or the
session file. keyring's plaintext backends (keyrings.alt) are refused as a keychain.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from review_desk.sync.errors import PasswordMissingError
from review_desk.sync.location import PasswordLocation

SERVICE = "review-desk-smb"  # SMB shares; office servers: ServerLocation.keychain_service()

Ask = Callable[[str], str]

_UNSAFE_MODULES = ("keyrings.alt",)


def _backend() -> KeyringBackend | None:
    """The usable keychain, or None when there is none (or only a plaintext file)."""
    backend = keyring.get_keyring()
    from keyring.backends import fail

    if isinstance(backend, fail.Keyring):
        return None
    if type(backend).__module__.startswith(_UNSAFE_MODULES):
        return None
    return backend


def has_keychain() -> bool:
    """Whether a keychain can hold the password."""
    return _backend() is not None


def stored_password(location: PasswordLocation) -> str | None:
    """The password the keychain holds for this location's user, if any."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(location.keychain_service(), location.keychain_user())
    except keyring.errors.KeyringError:
        return None


def store_password(location: PasswordLocation, password: str) -> bool:
    """Keep the password in the keychain; False when there is no keychain."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(location.keychain_service(), location.keychain_user(), password)
    except keyring.errors.KeyringError:
        return False
    return True


def forget_password(location: PasswordLocation) -> None:
    """Remove a stored password (after the server refused it)."""
    backend = _backend()
    if backend is None:
        return
    with contextlib.suppress(keyring.errors.KeyringError):
        backend.delete_password(location.keychain_service(), location.keychain_user())


def password_for(location: PasswordLocation, ask: Ask | None) -> str:
    """The keychain's password, else one asked for this run only."""
    found = stored_password(location)
    if found is not None:
        return found
    if ask is None:
        raise PasswordMissingError(
            f"No password for {location.keychain_user()} in the system keychain; run "
            f"`review-desk login {location.url()}` first.",
            f"系统钥匙串中没有 {location.keychain_user()} 的密码；请先运行 "
            f"`review-desk login {location.url()}`。",
        )
    return ask(f"Password for {location.keychain_user()} (密码): ")
