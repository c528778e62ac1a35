"""The session lock lives in the core (`review_desk.store.session_lock`), so that the
window and every command honour the same OS-level lock; re-exported here for the UI."""

from review_desk.store.lock_holder import LOCK_SUFFIX, LockHolder, SessionInUseError, lock_path
from review_desk.store.session_lock import SessionLock

__all__ = ["LOCK_SUFFIX", "LockHolder", "SessionInUseError", "SessionLock", "lock_path"]
