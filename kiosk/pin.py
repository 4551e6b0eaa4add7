"""The staff PIN: stored only as a salted hash, and guarded against guessing.

The hash is scrypt (memory-hard, in Python's standard library), written as one
self-describing string so its cost can be raised later without breaking the
PINs already set::

    scrypt$16384$8$1$<salt, hex>$<hash, hex>

Pure Python: no Qt, so the settings and ``kiosk set-pin`` can use it anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

PIN_LENGTHS = range(4, 9)
"""A PIN has 4 to 8 digits: short enough to type on a touch pad, long enough to guess slowly."""

_SCHEME = "scrypt"
_COST, _BLOCK, _PARALLEL = 2**14, 8, 1
_SALT_BYTES, _HASH_BYTES = 16, 32

FREE_ATTEMPTS = 3
"""Wrong PINs allowed before each further attempt must wait."""

FIRST_WAIT_SECONDS = 5.0
LONGEST_WAIT_SECONDS = 300.0
"""After the free attempts the wait doubles from the first to at most the longest."""


class PinError(ValueError):
    """A PIN or a stored hash that cannot be used, with a message for staff."""


def check_pin_format(pin: str) -> None:
    """Raise :class:`PinError` unless ``pin`` is 4 to 8 digits."""
    if not (pin.isascii() and pin.isdigit()):
        raise PinError("a PIN is made of digits only (0-9)")
    if len(pin) not in PIN_LENGTHS:
        raise PinError(
            f"a PIN has {PIN_LENGTHS.start} to {PIN_LENGTHS.stop - 1} digits, not {len(pin)}"
        )


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The string to store for ``pin``: scheme, cost, a fresh random salt and the hash."""
    check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(pin, salt, _COST, _BLOCK, _PARALLEL)
    return f"{_SCHEME}${_COST}${_BLOCK}${_PARALLEL}${salt.hex()}${digest.hex()}"


def check_pin_hash(stored: str) -> None:
    """Raise :class:`PinError` unless ``stored`` is a hash written by :func:`hash_pin`."""
    _parse(stored)


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the PIN whose hash is ``stored`` (in constant time)."""
    cost, block, parallel, salt, expected = _parse(stored)
    try:
        check_pin_format(pin)
    except PinError:
        return False
    return hmac.compare_digest(_scrypt(pin, salt, cost, block, parallel), expected)


def _scrypt(pin: str, salt: bytes, cost: int, block: int, parallel: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=cost, r=block, p=parallel, dklen=_HASH_BYTES, maxmem=2**26
    )


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        raise PinError("not a PIN hash written by `kiosk set-pin` (it starts with 'scrypt$')")
    try:
        cost, block, parallel = (int(part) for part in parts[1:4])
        salt, digest = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        raise PinError("a damaged PIN hash: set the PIN again with `kiosk set-pin`") from None
    if cost < 2 or cost & (cost - 1) or cost > 2**20 or not 1 <= block * parallel <= 64:
        raise PinError("a PIN hash with an impossible cost: set the PIN again with `kiosk set-pin`")
    if not salt or len(digest) != _HASH_BYTES:
        raise PinError("a damaged PIN hash: set the PIN again with `kiosk set-pin`")
    return cost, block, parallel, salt, digest


class PinGuard:
    """Slows down guessing: after a few wrong PINs each attempt must wait, longer each time.

    Three wrong PINs are free (a finger slips); then 5 s, 10 s, 20 s, … up to five
    minutes between attempts. A right PIN clears the count. Time comes from a
    monotonic clock, given for tests.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures = 0
        self._not_before = -float("inf")

    @property
    def failures(self) -> int:
        """Wrong PINs since the last right one."""
        return self._failures

    def wait_seconds(self) -> float:
        """Seconds until the next attempt is allowed (0 when it is allowed now)."""
        return max(0.0, self._not_before - self._clock())

    def record_failure(self) -> None:
        self._failures += 1
        extra = self._failures - FREE_ATTEMPTS
        if extra > 0:
            wait = min(FIRST_WAIT_SECONDS * 2 ** (extra - 1), LONGEST_WAIT_SECONDS)
            self._not_before = self._clock() + wait

    def record_success(self) -> None:
        self._failures = 0
        self._not_before = -float("inf")

    def attempt(self, pin: str, stored: str) -> bool | None:
        """Check ``pin``: True if right, False if wrong, None if it must wait (not checked)."""
        if self.wait_seconds() > 0:
            return None
        if verify_pin(pin, stored):
            self.record_success()
            return True
        self.record_failure()
        return False
