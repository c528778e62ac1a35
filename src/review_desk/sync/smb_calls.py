"""The smbclient calls the SMB transport makes, made safe for reviewers syncing at once.

Two laptops syncing at the same moment open the same files on the share: both read
`session.json`, one lists a folder while another renames a batch into it. smbclient
opens a file with no sharing unless told otherwise, so the second opener gets a sharing
violation (0xC0000043). Here every file opened for reading allows others to read,
write and delete beside it (files on the share are immutable or replaced by rename, so
nothing half-written is ever read through this), and a call that still meets a sharing
violation or a pending delete is retried briefly, with growing pauses, before the error
reaches the person. The transport imports this module under smbclient's name.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

import smbclient  # type: ignore[import-untyped]
from smbprotocol.exceptions import SMBOSError  # type: ignore[import-untyped]
from smbprotocol.header import NtStatus  # type: ignore[import-untyped]

T = TypeVar("T")

# what another client holding the file for a moment looks like
BUSY = frozenset({NtStatus.STATUS_SHARING_VIOLATION, NtStatus.STATUS_DELETE_PENDING,
                  0xC0000054, 0xC0000055})  # FILE_LOCK_CONFLICT, LOCK_NOT_GRANTED
ATTEMPTS = 9
FIRST_PAUSE_S = 0.02
LONGEST_PAUSE_S = 0.8  # about four seconds in all before giving up

retries: list[int] = [0]  # how many busy answers were retried (tests and logs read it)


def busy(error: BaseException) -> bool:
    """Whether an error only means another client holds the file for a moment."""
    return isinstance(error, SMBOSError) and getattr(error, "ntstatus", None) in BUSY


def retrying(call: Callable[[], T], sleep: Callable[[float], None] = time.sleep) -> T:
    """`call()`, again after a short pause while the share answers "busy"."""
    pause = FIRST_PAUSE_S
    for attempt in range(ATTEMPTS):
        try:
            return call()
        except SMBOSError as error:
            if not busy(error) or attempt == ATTEMPTS - 1:
                raise
        retries[0] += 1
        sleep(pause * random.uniform(0.5, 1.5))  # apart, so two waiters do not collide
        pause = min(pause * 2, LONGEST_PAUSE_S)
    raise AssertionError("unreachable")


def open_file(path: str, mode: str = "r", **kwargs: Any) -> Any:
    """Open a file; readers share it with everyone (see the module's note)."""
    if "r" in mode and "+" not in mode:
        kwargs.setdefault("share_access", "rwd")
    return retrying(lambda: smbclient.open_file(path, mode=mode, **kwargs))


def listdir(path: str, **kwargs: Any) -> list[str]:
    """Names in a folder."""
    return list(retrying(lambda: smbclient.listdir(path, **kwargs)))


def rename(src: str, dst: str, **kwargs: Any) -> None:
    """Rename without replacing."""
    retrying(lambda: smbclient.rename(src, dst, **kwargs))


def remove(path: str, **kwargs: Any) -> None:
    """Delete a file."""
    retrying(lambda: smbclient.remove(path, **kwargs))


def makedirs(path: str, exist_ok: bool = False, **kwargs: Any) -> None:
    """Create a folder and its parents."""
    retrying(lambda: smbclient.makedirs(path, exist_ok=exist_ok, **kwargs))


def register_session(*args: Any, **kwargs: Any) -> Any:
    """Log on to a server (nothing to share yet: not retried)."""
    return smbclient.register_session(*args, **kwargs)


def reset_connection_cache(**kwargs: Any) -> None:
    """Close the connections of a cache."""
    smbclient.reset_connection_cache(**kwargs)
