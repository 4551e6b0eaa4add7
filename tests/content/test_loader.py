"""The content engine's pieces, one at a time: YAML reading, kinds, text, colours, assets."""

from __future__ import annotations

import datetime
import os
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.content import yamlfile
from kiosk.content.assets import AssetError, AssetFolder
from kiosk.content.checks import contrast_ratio
from kiosk.content.kinds import INVALID, Context, DateKind, NumberKind, StrKind, found
from kiosk.content.problems import ContentError, ProblemLog
from kiosk.content.text import Text, sentences, shown_words
from kiosk.content.yamlfile import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    Mapping,
    Node,
    Scalar,
    Sequence,
    YamlFile,
    parse_yaml,
    read_yaml_file,
)
from tests.content.corpus import BASE

X = Path("x.yaml")


def parse(text: str) -> YamlFile:
    return parse_yaml(text.encode("utf-8"), X)


def refusal(data: str | bytes) -> str:
    """The one problem ``parse_yaml`` raises for a file it cannot read at all."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(ContentError) as error:
        parse_yaml(raw, X)
    return str(error.value.problem)


def root_mapping(text: str) -> Mapping:
    parsed = parse(text)
    assert parsed.problems == []
    assert isinstance(parsed.root, Mapping)
    return parsed.root


def value_of(text: str, key: str = "a") -> Any:
    node = root_mapping(text).entries[key][1]
    assert isinstance(node, Scalar)
    return node.value


def at(node: Node) -> tuple[int, int]:
    return node.line, node.column


# --- lines and columns ------------------------------------------------------------------


def test_every_node_knows_its_line_and_column() -> None:
    root = root_mapping("title:\n  en: Hello\nlist:\n  - one\n  - [two, three]\n")
    title_key, title = root.entries["title"]
    assert (at(root), at(title_key), at(title)) == ((1, 1), (1, 1), (2, 3))
    assert isinstance(title, Mapping)
    assert at(title.entries["en"][1]) == (2, 7)
    items = root.entries["list"][1]
    assert isinstance(items, Sequence)
    assert [at(item) for item in items.items] == [(4, 5), (5, 5)]
    flow = items.items[1]
    assert isinstance(flow, Sequence)
    assert [at(item) for item in flow.items] == [(5, 6), (5, 11)]


def test_scalar_keeps_what_the_file_says_and_how() -> None:
    root = root_mapping("a: 1.10\nb: '1.10'\n")
    plain, quoted = root.entries["a"][1], root.entries["b"][1]
    assert isinstance(plain, Scalar)
    assert isinstance(quoted, Scalar)
    assert (plain.value, plain.text, plain.plain) == (1.1, "1.10", True)
    assert (quoted.value, quoted.text, quoted.plain) == ("1.10", "1.10", False)


def test_empty_file_has_no_root() -> None:
    assert parse("").root is None
    assert parse("# only a comment\n").root is None


def test_byte_order_mark_is_accepted() -> None:
    parsed = parse_yaml(b"\xef\xbb\xbftitle: x\n", X)
    assert isinstance(parsed.root, Mapping)
    assert list(parsed.root.entries) == ["title"]
    assert at(parsed.root) == (1, 1)


# --- keys -------------------------------------------------------------------------------


def test_duplicate_key_is_reported_with_the_first_line_and_first_value_kept() -> None:
    parsed = parse("a: first\nb: 2\na: second\n")
    assert [str(p) for p in parsed.problems] == [
        "x.yaml:3:1: error: duplicate key 'a' (first given on line 1) (remove one of the two)",
    ]
    assert isinstance(parsed.root, Mapping)
    value = parsed.root.entries["a"][1]
    assert isinstance(value, Scalar)
    assert value.value == "first"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1: x\n", "x.yaml:1:1: error: the key '1' is not text"),
        ("yes: x\n", "x.yaml:1:1: error: the key 'yes' is not text"),
        ("~: x\n", "x.yaml:1:1: error: the key '~' is not text"),
        ("? [a, b]\n: x\n", "x.yaml:1:3: error: a key is a list, not text"),
        ("? {a: b}\n: x\n", "x.yaml:1:3: error: a key is a mapping, not text"),
    ],
)
def test_key_that_is_not_text(text: str, problem: str) -> None:
    parsed = parse(text)
    hint = " (keys are names like 'title'; quote a key that looks like a number or yes/no)"
    assert [str(p) for p in parsed.problems] == [problem + hint]
    assert isinstance(parsed.root, Mapping)
    assert parsed.root.entries == {}


def test_quoted_key_that_looks_like_a_number_is_text() -> None:
    assert list(root_mapping("'1': x\n\"yes\": y\n").entries) == ["1", "yes"]


def test_merge_key_is_refused_but_a_quoted_one_is_text() -> None:
    parsed = parse("base: &b {x: 1}\nuse:\n  <<: *b\n  '<<': fine\n")
    assert [str(p) for p in parsed.problems] == [
        "x.yaml:3:3: error: merge keys ('<<') are not supported (write the keys out in full)",
    ]
    assert isinstance(parsed.root, Mapping)
    use = parsed.root.entries["use"][1]
    assert isinstance(use, Mapping)
    assert list(use.entries) == ["<<"]


# --- aliases, tags and limits -------------------------------------------------------------


def test_small_aliases_work_and_share_the_node() -> None:
    root = root_mapping("a: &refs [werth-2007, memorial-db]\nb: *refs\nc: &one x\nd: *one\n")
    assert root.entries["b"][1] is root.entries["a"][1]
    assert root.entries["d"][1] is root.entries["c"][1]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "a: *nowhere\n",
            "x.yaml:1:4: error: the alias '*nowhere' has no anchor '&nowhere' "
            "(an alias needs '&nowhere' on a value earlier in the file)",
        ),
        (
            "a: &loop [1, *loop]\n",
            "x.yaml:1:14: error: the alias '*loop' refers to a value that "
            "contains it (recursive structures are not allowed)",
        ),
        (
            "a: &loop {b: *loop}\n",
            "x.yaml:1:14: error: the alias '*loop' refers to a value that "
            "contains it (recursive structures are not allowed)",
        ),
    ],
)
def test_bad_alias(text: str, problem: str) -> None:
    assert refusal(text) == problem


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/name:os.system",
        "!custom",
        "!!binary",
        "!!set",
        "!!omap",
    ],
)
def test_tags_other_than_plain_yaml_are_refused(tag: str) -> None:
    hint = "content files use plain YAML only: text, numbers, lists and mappings"
    for text in (f"a: {tag} x\n", f"a: {tag} [x]\n", f"a: {tag} {{x: 1}}\n"):
        assert refusal(text) == f"x.yaml:1:4: error: the tag '{tag}' is not allowed ({hint})"


@pytest.mark.parametrize("tag", ["!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq"])
def test_plain_yaml_tags_are_allowed(tag: str) -> None:
    value = {"!!seq": "[1]", "!!map": "{a: 1}", "!!null": "~", "!!bool": "true"}.get(tag, "1")
    assert parse(f"a: {tag} {value}\n").problems == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a: !!int ten\n", "'ten' is not a valid whole number"),
        ("a: !!int 1:x\n", "'1:x' is not a valid whole number"),
        ("a: !!float ten\n", "'ten' is not a valid number"),
        ("a: !!int " + "9" * 60 + "z\n", "'" + "9" * 39 + "…' is not a valid whole number"),
        ("a: !!bool 1\n", "'1' is not a valid yes/no value"),
        ("a: !!float\n", "'' is not a valid number"),
        (
            "a: !!timestamp x\n",
            "'x' is not a valid date (dates are written 1937-08-05)",
        ),
    ],
)
def test_explicit_tag_with_an_impossible_value(text: str, problem: str) -> None:
    assert refusal(text) == f"x.yaml:1:4: error: {problem}"


@pytest.mark.parametrize("number", [".nan", ".inf", "-.inf", ".NaN"])
def test_numbers_that_are_not_finite_are_refused(number: str) -> None:
    log = ProblemLog()
    ctx = Context(X, log)
    root = parse(f"a: {number}\n").root
    assert isinstance(root, Mapping)
    assert NumberKind(minimum=-90, maximum=90).convert(root.entries["a"][1], ctx) is INVALID
    assert [str(p) for p in log] == [
        f"x.yaml:1:4: error: {number} is not a usable number (write the number in digits)"
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("'767 000'", "write it without spaces or separators: 767000"),
        ("'767,000'", "write it without spaces or separators: 767000"),
        ("'twenty'", "write it in digits, without spaces or separators, e.g. 20000"),
    ],
)
def test_a_number_written_as_text_gets_a_hint_with_its_digits(written: str, hint: str) -> None:
    log = ProblemLog()
    root = parse(f"a: {written}\n").root
    assert isinstance(root, Mapping)
    assert NumberKind().convert(root.entries["a"][1], Context(X, log)) is INVALID
    assert [p.hint for p in log] == [hint]


def test_explicit_str_tag_keeps_text() -> None:
    assert value_of("a: !!str yes\n") == "yes"


def test_nesting_up_to_the_limit_is_fine_and_one_more_is_refused() -> None:
    assert isinstance(parse("[" * MAX_DEPTH + "]" * MAX_DEPTH).root, Sequence)
    assert refusal("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)) == (
        f"x.yaml:1:{MAX_DEPTH + 1}: error: the content is nested more than {MAX_DEPTH} levels "
        "deep (flatten the structure; panels need about ten levels at most)"
    )


def test_values_up_to_the_limit_are_fine_and_one_more_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yamlfile, "MAX_VALUES", 10)
    at_limit = "[1, 2, 3, 4, 5, 6, 7, 8, 9]"  # the list counts as one value, each item as one
    assert isinstance(parse(at_limit).root, Sequence)
    assert refusal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]") == (
        "x.yaml:1:29: error: the file expands to more than 10 values "
        "(aliases (*name) may not be used to multiply content; write it out)"
    )


def test_aliases_count_every_value_they_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlfile, "MAX_VALUES", 10)
    assert isinstance(parse("[&a [1, 2], *a, *a]").root, Sequence)  # 1 + 3 + 3 + 3
    assert refusal("[&a [1, 2], *a, *a, *a]").startswith(
        "x.yaml:1:21: error: the file expands to more than 10 values"
    )


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    pairs = zip("abcdefgh", "bcdefghi", strict=True)
    lines += [f"{k}: &{k} [{','.join([f'*{j}'] * 9)}]" for j, k in pairs]
    bomb = "\n".join(lines) + "\n"
    assert len(bomb) < 400
    started = time.perf_counter()
    assert refusal(bomb) == (
        "x.yaml:6:11: error: the file expands to more than 200,000 values "
        "(aliases (*name) may not be used to multiply content; write it out)"
    )
    assert time.perf_counter() - started < 0.5


def test_file_size_limit_in_bytes(tmp_path: Path) -> None:
    assert parse_yaml(b"#" * MAX_FILE_BYTES, X).root is None
    message = (
        "error: the file is 1,025 KB; content files may be at most 1,024 KB "
        "(split it into smaller files)"
    )
    assert refusal(b"#" * (MAX_FILE_BYTES + 1)) == f"x.yaml:1:1: {message}"
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(ContentError) as error:
        read_yaml_file(big)
    assert str(error.value) == f"{big}:1:1: {message}"


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "full.yaml"
    path.write_bytes(b"a: 1\n" + b"#" * (MAX_FILE_BYTES - 5))
    assert read_yaml_file(path).root is not None


def test_unreadable_file_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as error:
        read_yaml_file(tmp_path)
    assert str(error.value).startswith(f"{tmp_path}:1:1: error: cannot read the file: ")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            b"a: caf\xe9\n",
            "x.yaml:1:7: error: the file is not UTF-8 text (byte 0xE9 cannot start a character) "
            "(save the file as UTF-8 in your editor; it may be in Latin-1 or Windows-1252)",
        ),
        (
            "a: Бутово\nb: \x00\n".encode(),
            "x.yaml:2:4: error: the file contains binary data, not "
            "text (is this really a YAML file? Content files are plain text)",
        ),
        (
            'a: "Бутово\n'.encode(),
            "x.yaml:1:4: error: YAML syntax error: a quoted text starting here is never "
            "closed (add the closing quote mark)",
        ),
    ],
)
def test_bytes_that_are_not_yaml_text(data: bytes, problem: str) -> None:
    assert refusal(data) == problem


def test_second_document_is_refused() -> None:
    assert refusal("a: 1\n---\nb: 2\n") == (
        "x.yaml:2:1: error: the file holds more than one YAML document ('---') "
        "(keep one document per file)"
    )


# --- YAML 1.1 surprises -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("yes", True),
        ("no", False),
        ("on", True),
        ("off", False),
        ("Yes", True),
        ("NO", False),
        ("true", True),
        ("y", "y"),
        ("n", "n"),
        ("~", None),
        ("null", None),
        ("", None),
        ("1.10", 1.1),
        ("0755", 493),
        ("1_000", 1000),
        ("12:30", 750),
        ("0x1F", 31),
        ('"yes"', "yes"),
        ("'no'", "no"),
        ("Butovo", "Butovo"),
    ],
)
def test_what_yaml_reads_plain_values_as(written: str, read_as: object) -> None:
    value = value_of(f"a: {written}\n")
    assert (type(value), value) == (type(read_as), read_as)


@pytest.mark.parametrize("word", ["yes", "no", "on", "off"])
def test_yes_no_trap_in_text_field(word: str) -> None:
    root = root_mapping(f"a: {word}\n")
    node = root.entries["a"][1]
    log = ProblemLog()
    assert StrKind().convert(node, Context(X, log)) is INVALID
    assert [str(p) for p in log] == [
        f"x.yaml:1:4: error: expected text, found '{word}', which YAML reads as yes/no "
        f'(put it in quotes: "{word}")',
    ]
    assert found(node) == f"'{word}', which YAML reads as yes/no"


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("1937", "1937"),
        ("1937-08", "1937-08"),
        ("1937-08-05", "1937-08-05"),
        ('"1937-08-05"', "1937-08-05"),
        ("1937-08-05 23:59:00", "1937-08-05"),
    ],
)
def test_dates_that_are_fine(written: str, date: str) -> None:
    log = ProblemLog()
    assert (
        DateKind().convert(root_mapping(f"a: {written}\n").entries["a"][1], Context(X, log)) == date
    )
    assert log.problems == []


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        (
            "1937-13",
            "x.yaml:1:4: error: '1937-13' is not a date "
            "(write dates as 1937, 1937-08 or 1937-08-05)",
        ),
        (
            '"1937-02-30"',
            "x.yaml:1:4: error: '1937-02-30' is not a date "
            "(write dates as 1937, 1937-08 or 1937-08-05)",
        ),
        (
            "August 1937",
            "x.yaml:1:4: error: 'August 1937' is not a date "
            "(write dates as 1937, 1937-08 or 1937-08-05)",
        ),
        ("999", "x.yaml:1:4: error: expected a date, found the number 999"),
        ("[1937]", "x.yaml:1:4: error: expected a date, found a list"),
    ],
)
def test_dates_that_are_not(written: str, problem: str) -> None:
    log = ProblemLog()
    assert (
        DateKind().convert(root_mapping(f"a: {written}\n").entries["a"][1], Context(X, log))
        is INVALID
    )
    assert [str(p) for p in log] == [problem]


def test_impossible_full_date_is_refused_while_reading() -> None:
    assert refusal("a: 1937-13-05\n") == (
        "x.yaml:1:4: error: '1937-13-05' is not a valid date (dates are written 1937-08-05)"
    )


def test_timestamp_with_time_zone_keeps_its_clock_time() -> None:
    assert value_of("a: 1937-08-05 10:00:00+03:00\n") == datetime.datetime(1937, 8, 5, 10)


# --- text ---------------------------------------------------------------------------------


def test_text_in_language_falls_back() -> None:
    text = Text({"en": "The place", "ru": "Место"})
    assert text.in_language("ru") == "Место"
    assert text.in_language("de", fallback="ru") == "Место"
    assert text.in_language("de", fallback="fr") == "The place"
    assert text.in_language("de") == "The place"
    assert Text().in_language("en", fallback="ru") == ""


# --- colours ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#000000", 21.0),
        ("#777777", "#FFFFFF", 4.48),
        ("#767676", "#ffffff", 4.54),
        ("#f2ede6", "#14110f", 16.15),
        ("#123456", "#123456", 1.0),
    ],
)
def test_contrast_ratio(first: str, second: str, ratio: float) -> None:
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.005)


# --- assets -------------------------------------------------------------------------------


@pytest.fixture
def assets(tmp_path: Path) -> AssetFolder:
    """A copy of the base exhibition's asset folder: hall.png and photos/letter.jpg."""
    root = tmp_path / "exhibition" / "assets"
    root.mkdir(parents=True)
    (root / "photos").mkdir()
    (root / "hall.png").write_bytes((BASE / "assets/hall.png").read_bytes())
    (root / "photos/letter.jpg").write_bytes((BASE / "assets/photos/letter.jpg").read_bytes())
    return AssetFolder(root, "assets/")


def refused(assets: AssetFolder, relative: str) -> tuple[str, str | None]:
    with pytest.raises(AssetError) as error:
        assets.resolve(relative)
    return error.value.message, error.value.hint


def symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError as exc:  # pragma: no cover - e.g. Windows without developer mode
        pytest.skip(f"cannot create symbolic links here: {exc}")


@pytest.mark.parametrize("relative", ["hall.png", "photos/letter.jpg", "./hall.png"])
def test_asset_inside_the_folder(assets: AssetFolder, relative: str) -> None:
    assert assets.resolve(relative) == Path(os.path.realpath(assets.root / relative))


def test_link_that_stays_inside_the_folder_is_allowed(assets: AssetFolder) -> None:
    symlink(assets.root / "photos" / "same.png", Path("../hall.png"))
    assert assets.resolve("photos/same.png") == assets.real_root / "hall.png"


def test_link_to_a_folder_inside_is_allowed(assets: AssetFolder) -> None:
    symlink(assets.root / "pictures", Path("photos"))
    assert assets.resolve("pictures/letter.jpg") == assets.real_root / "photos/letter.jpg"


def test_folder_reached_through_a_link_is_fine(tmp_path: Path, assets: AssetFolder) -> None:
    symlink(tmp_path / "linked-assets", assets.root)
    linked = AssetFolder(tmp_path / "linked-assets", "assets/")
    assert linked.resolve("hall.png") == assets.real_root / "hall.png"


def test_link_to_a_file_outside_is_refused(tmp_path: Path, assets: AssetFolder) -> None:
    (tmp_path / "outside.png").write_bytes((assets.root / "hall.png").read_bytes())
    symlink(assets.root / "escape.png", Path("../../outside.png"))
    assert refused(assets, "escape.png") == (
        "'escape.png' is a link to a file outside assets/",
        "copy the file into assets/ instead of linking to it",
    )


OUTSIDE = "'{}' points outside assets/", "keep images inside assets/ and give the path from there"
ABSOLUTE = "'{}' is an absolute path", "give the path inside assets/, e.g. 'photos/butovo.jpg'"
UNUSABLE = "'{}' is not a usable path", "use '/' between folders, not '\\': 'photos/butovo.jpg'"
EMPTY = "the image path is empty", "give the file's path inside assets/, e.g. 'photos/butovo.jpg'"


@pytest.mark.parametrize(
    ("relative", "problem"),
    [
        ("../hall.png", OUTSIDE),
        ("photos/../../hall.png", OUTSIDE),
        ("photos/../hall.png", OUTSIDE),
        ("..\\hall.png", OUTSIDE),
        ("/etc/passwd", ABSOLUTE),
        ("C:\\Windows\\hall.png", ABSOLUTE),
        ("C:hall.png", ABSOLUTE),
        ("c:/hall.png", ABSOLUTE),
        ("\\\\server\\share\\hall.png", ABSOLUTE),
        ("\\hall.png", UNUSABLE),
        ("photos\\letter.jpg", UNUSABLE),
        ("", EMPTY),
        ("  ", EMPTY),
    ],
)
def test_path_that_is_refused(assets: AssetFolder, relative: str, problem: tuple[str, str]) -> None:
    assert refused(assets, relative) == (problem[0].format(relative), problem[1])


def test_missing_asset_with_and_without_a_close_name(assets: AssetFolder) -> None:
    assert refused(assets, "photos/leter.jpg") == (
        "image 'photos/leter.jpg' not found in assets/",
        "did you mean 'photos/letter.jpg'?",
    )
    assert refused(assets, "butovo.png") == (
        "image 'butovo.png' not found in assets/",
        "put the file in assets/ or correct the path",
    )
    assert refused(assets, "photos") == (
        "image 'photos' not found in assets/",
        "put the file in assets/ or correct the path",
    )


@pytest.mark.parametrize(
    ("name", "data", "ok"),
    [
        ("renamed.png", (BASE / "assets/photos/letter.jpg").read_bytes(), False),
        ("renamed.jpg", (BASE / "assets/hall.png").read_bytes(), False),
        ("stub.jpeg", b"", False),
        ("drawing.svg", b"  \n<svg xmlns='http://www.w3.org/2000/svg'/>", True),
        ("drawing.svg", b"\xef\xbb\xbf<svg/>", True),
        ("drawing.svg", b"PK\x03\x04", False),
        ("photo.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", True),
        ("sound.webp", b"RIFF\x00\x00\x00\x00WAVEfmt ", False),
    ],
)
def test_contents_must_match_the_name(
    assets: AssetFolder, name: str, data: bytes, ok: bool
) -> None:
    (assets.root / name).write_bytes(data)
    if ok:
        assert assets.resolve(name).name == name
    else:
        kind = name.rsplit(".", 1)[1].upper()
        assert refused(assets, name) == (
            f"'{name}' is not a {kind} image",
            "the file's contents do not match its name; export it again",
        )


def test_asset_folder_lists_files_for_hints(assets: AssetFolder, tmp_path: Path) -> None:
    assert assets.files() == ["hall.png", "photos/letter.jpg"]
    assert AssetFolder(tmp_path / "nowhere", "nowhere/").files() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One two. Three four!", ["One two.", "Three four!"]),
        ("Он сказал: «Нет». Потом ушёл.", ["Он сказал: «Нет».", "Потом ушёл."]),
        ("In 1937 г. and so on. Next", ["In 1937 г. and so on.", "Next"]),
        ("“Quoted.” Then more.", ["“Quoted.”", "Then more."]),
    ],
)
def test_text_is_cut_into_sentences_as_a_reader_would(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_words_are_counted_as_shown_with_glossary_links_reduced() -> None:
    assert shown_words("A [[troika|three-member board]] sat; the [[nkvd]] 1,966.") == [
        "A",
        "three-member",
        "board",
        "sat",
        "the",
        "nkvd",
        "1,966",
    ]
