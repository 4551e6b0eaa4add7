"""The staff PIN: salted scrypt hashes, damaged hashes refused, guessing slowed down."""

from __future__ import annotations

import re

import pytest

from kiosk.pin import (
    FIRST_WAIT_SECONDS,
    FREE_ATTEMPTS,
    LONGEST_WAIT_SECONDS,
    PinError,
    PinGuard,
    check_pin_format,
    check_pin_hash,
    hash_pin,
    verify_pin,
)

STORED = hash_pin("2468")


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_right_pin_is_accepted_and_a_wrong_one_is_not() -> None:
    assert verify_pin("2468", STORED)
    assert not verify_pin("2469", STORED)
    assert not verify_pin("24680", STORED)


def test_a_malformed_pin_is_simply_wrong_when_verifying() -> None:
    assert not verify_pin("24a8", STORED)
    assert not verify_pin("", STORED)


def test_the_hash_says_its_scheme_and_cost_and_holds_no_pin() -> None:
    parts = STORED.split("$")
    assert parts[:4] == ["scrypt", "16384", "8", "1"]
    assert len(bytes.fromhex(parts[4])) == 16
    assert len(bytes.fromhex(parts[5])) == 32
    assert not re.search(r"(?<![0-9a-f])2468(?![0-9a-f])", STORED), "the PIN in clear"
    check_pin_hash(STORED)


def test_two_hashes_of_one_pin_differ_by_their_salt() -> None:
    again = hash_pin("2468")
    assert again != STORED
    assert again.split("$")[4] != STORED.split("$")[4]
    assert verify_pin("2468", again)


def test_the_same_salt_gives_the_same_hash() -> None:
    salt = bytes(range(16))
    assert hash_pin("13579", salt=salt) == hash_pin("13579", salt=salt)


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("123", "a PIN has 4 to 8 digits, not 3"),
        ("123456789", "a PIN has 4 to 8 digits, not 9"),
        ("12 34", "a PIN is made of digits only (0-9)"),
        ("١٢٣٤", "a PIN is made of digits only (0-9)"),  # Arabic-Indic digits: isdigit() is True
        ("", "a PIN is made of digits only (0-9)"),
    ],
)
def test_a_pin_must_be_4_to_8_ascii_digits(pin: str, message: str) -> None:
    with pytest.raises(PinError) as error:
        check_pin_format(pin)
    assert str(error.value) == message
    with pytest.raises(PinError):
        hash_pin(pin)


NOT_OURS = "not a PIN hash written by `kiosk set-pin` (it starts with 'scrypt$')"
DAMAGED = "a damaged PIN hash: set the PIN again with `kiosk set-pin`"
IMPOSSIBLE = "a PIN hash with an impossible cost: set the PIN again with `kiosk set-pin`"
SALT, DIGEST = STORED.split("$")[4:]


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ("", NOT_OURS),
        ("2468", NOT_OURS),
        ("bcrypt$16384$8$1$00$00", NOT_OURS),
        ("scrypt$16384$8$1$00", NOT_OURS),
        (f"scrypt$many$8$1${SALT}${DIGEST}", DAMAGED),
        (f"scrypt$16384$8$1$zz${DIGEST}", DAMAGED),
        (f"scrypt$16384$8$1${SALT}${DIGEST[:-2]}", DAMAGED),
        (f"scrypt$16384$8$1$${DIGEST}", DAMAGED),
        (f"scrypt$1000$8$1${SALT}${DIGEST}", IMPOSSIBLE),
        (f"scrypt$2097152$8$1${SALT}${DIGEST}", IMPOSSIBLE),
        (f"scrypt$16384$8$9${SALT}${DIGEST}", IMPOSSIBLE),
    ],
)
def test_a_damaged_hash_raises_pin_error_with_its_message(stored: str, message: str) -> None:
    with pytest.raises(PinError) as error:
        check_pin_hash(stored)
    assert str(error.value) == message
    with pytest.raises(PinError) as error:
        verify_pin("2468", stored)
    assert str(error.value) == message


# --- PinGuard ---------------------------------------------------------------------------


def test_the_guard_lets_a_right_pin_in_at_once() -> None:
    guard = PinGuard(FakeClock())
    assert guard.attempt("2468", STORED) is True
    assert guard.failures == 0


def test_three_wrong_pins_are_free_then_the_waits_double_up_to_five_minutes() -> None:
    clock = FakeClock()
    guard = PinGuard(clock)
    for _ in range(FREE_ATTEMPTS):
        assert guard.attempt("1111", STORED) is False
        assert guard.wait_seconds() == 0
    waits = []
    for _ in range(10):
        assert guard.attempt("1111", STORED) is False
        waits.append(guard.wait_seconds())
        clock.now += waits[-1]
    assert waits == [5, 10, 20, 40, 80, 160, 300, 300, 300, 300]
    assert (FIRST_WAIT_SECONDS, LONGEST_WAIT_SECONDS) == (5, 300)
    assert guard.failures == FREE_ATTEMPTS + 10


def test_while_waiting_no_pin_is_checked_not_even_the_right_one() -> None:
    clock = FakeClock()
    guard = PinGuard(clock)
    for _ in range(FREE_ATTEMPTS + 1):
        guard.attempt("1111", STORED)
    assert guard.wait_seconds() == 5
    clock.now += 4.5
    assert guard.attempt("2468", STORED) is None
    assert guard.wait_seconds() == pytest.approx(0.5)
    assert guard.failures == FREE_ATTEMPTS + 1, "a refused attempt is not counted"
    clock.now += 0.5
    assert guard.attempt("2468", STORED) is True


def test_a_right_pin_clears_the_count() -> None:
    clock = FakeClock()
    guard = PinGuard(clock)
    for _ in range(FREE_ATTEMPTS + 2):
        guard.attempt("1111", STORED)
        clock.now += guard.wait_seconds()
    assert guard.attempt("2468", STORED) is True
    assert (guard.failures, guard.wait_seconds()) == (0, 0)
    for _ in range(FREE_ATTEMPTS):
        assert guard.attempt("1111", STORED) is False
    assert guard.wait_seconds() == 0, "after a success, three mistakes are free again"
    assert guard.attempt("1111", STORED) is False
    assert guard.wait_seconds() == 5
