"""Text and documents that cannot break a file later: checked at every entrance.

A title holding a control character (``\\u0000``) used to import and check
cleanly, then fail ``render`` with a traceback ("All strings must be XML
compatible") — Word and PDF files cannot hold it.  A lone surrogate cannot even
be written to the dossier file.  So every entrance refuses such text and names
the field: the UI editors and paste (through ``values.parse_cell`` and the
editors), the edits themselves (a last net), and the JSON import, which also
limits a document's size and nesting depth (100,000 nested ``[`` ended
``check`` with a ``RecursionError``) and explains a syntax error in Chinese.

What is refused is what XML 1.0 cannot carry plus the other invisible
controls: C0 controls except tab, line feed and carriage return; DEL and the
C1 controls; lone surrogates; U+FFFE and U+FFFF.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any, Iterator

from app.errors import UserFacingError
from app.models.value_words import words

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024     # a dossier with 20,000 register records is about 8 MB
MAX_DEPTH = 32                            # the exchange format needs 6 levels

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class InvalidText(UserFacingError, ValueError):
    """Text that no document can hold; the message names the field."""


def text_problem(text: str) -> str | None:
    """None for text every document can hold, else a Chinese phrase saying what is wrong and where."""
    match = _INVALID.search(text)
    if match is None:
        return None
    char = match.group()
    kind = "lone_surrogate" if "\ud800" <= char <= "\udfff" else "control_character"
    return words(kind, code=f"{ord(char):04X}", position=match.start() + 1)


def check_text(label: str, text: Any) -> None:
    """Raise ``InvalidText`` naming the field when ``text`` is a string that no document can hold."""
    if isinstance(text, str):
        problem = text_problem(text)
        if problem:
            raise InvalidText(words("quoted", label=label, problem=problem))


def strings_in(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string (keys included) inside parsed JSON, with its path, without recursion."""
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            for key, child in item.items():
                child_path = f"{where}/{key}" if where else str(key)
                if isinstance(key, str):
                    yield child_path, key
                stack.append((child_path, child))
        elif isinstance(item, list):
            stack.extend((f"{where}/{i}" if where else str(i), child) for i, child in enumerate(item))


def first_bad_string(value: Any) -> tuple[str, str] | None:
    """(path, problem) of the first string of a parsed document that no document can hold."""
    found = []
    for path, text in strings_in(value):
        problem = text_problem(text)
        if problem:
            found.append((path, problem))
    return min(found, key=lambda item: [_order(p) for p in item[0].split("/")]) if found else None


def _order(part: str) -> tuple[int, Any]:
    return (0, int(part)) if part.isdigit() else (1, part)


def depth(value: Any) -> int:
    """How deeply lists and objects nest in parsed JSON (a scalar is 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item)
    return deepest


def text_depth(text: str) -> int:
    """How deeply ``[`` and ``{`` nest in JSON text, counted before parsing (the parser recurses)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub('""', text))
    level = deepest = 0
    for char in brackets:
        if char in "[{":
            level += 1
            deepest = max(deepest, level)
        else:
            level -= 1
    return deepest


def size_message(size: int) -> str:
    return (f"文件过大（{size / (1024 * 1024):.1f} MB）：申报材料交换文件不能超过 "
            f"{MAX_DOCUMENT_BYTES // (1024 * 1024)} MB，请确认选择的是申报材料文件")


def depth_message() -> str:
    return f"JSON 嵌套层数超过 {MAX_DEPTH} 层，不是申报材料文件的结构（文件可能已损坏）"


_JSON_MESSAGES = (
    ("Illegal trailing comma", "多余的逗号"),
    ("Expecting property name enclosed in double quotes", "此处应为用英文双引号括起的键名（常见原因：多余的逗号，或使用了单引号、中文引号）"),
    ("Expecting ':' delimiter", "此处应为英文冒号“:”"),
    ("Expecting ',' delimiter", "此处缺少英文逗号“,”"),
    ("Expecting value", "此处应为一个值（常见原因：多余的逗号、缺少内容，或文件不完整）"),
    ("Unterminated string starting at", "字符串缺少结尾的英文双引号"),
    ("Invalid control character at", "字符串中含有未转义的控制字符（例如直接换行）"),
    ("Invalid \\uXXXX escape", "无效的 \\u 转义序列"),
    ("Invalid \\escape", "无效的反斜杠转义"),
    ("Extra data", "JSON 内容结束后还有多余的内容"),
)


def json_error_message(exc: json.JSONDecodeError) -> str:
    """A JSON syntax error in Chinese, with its line and column."""
    reason = next((chinese for english, chinese in _JSON_MESSAGES if exc.msg.startswith(english)), "语法错误")
    return f"不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列：{reason}）"


def parse_json_text(text: str) -> Any:
    """``json.loads`` within the size and depth limits; ``ValueError`` with a Chinese message otherwise."""
    if len(text) > MAX_DOCUMENT_BYTES:
        raise ValueError(size_message(len(text.encode("utf-8", "surrogatepass"))))
    if text_depth(text) > MAX_DEPTH:
        raise ValueError(depth_message())
    try:
        return json.loads(text, object_pairs_hook=_object_without_repeated_keys)
    except json.JSONDecodeError as exc:
        raise ValueError(json_error_message(exc)) from None
    except _RepeatedKey as exc:
        raise ValueError(f"同一个对象中键“{exc.key[:60]}”出现了两次或更多（读取时后一个会覆盖前一个，内容会丢失），"
                         "请合并为一个后重试") from None
    except ValueError:                          # an integer of more than 4,300 digits (int_max_str_digits)
        raise ValueError("含有位数过多的数字，不是申报材料中可能的数值（文件可能已损坏）") from None
    except RecursionError:                     # cannot happen after the depth check; never a traceback
        raise ValueError(depth_message()) from None


class _RepeatedKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object_without_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict; a key given twice is refused (``json.loads`` would keep the last silently)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        raise _RepeatedKey(next(k for k, _v in pairs if k in seen or seen.add(k)))
    return result


def scrubbed(value: Any) -> Any:
    """The value with text no document can hold replaced by U+FFFD, copying only what changes.

    Every entrance refuses such text, and ``evaluate`` reports any that a file
    from an older version still holds (an error, so no final package is made);
    a draft of such a file is rendered through this, so it never fails with
    "All strings must be XML compatible".  Works on dataclasses (the dossier,
    the evaluation), lists, tuples and dicts.
    """
    if isinstance(value, str):
        return _INVALID.sub("\ufffd", value) if _INVALID.search(value) else value
    if isinstance(value, list):
        items = [scrubbed(v) for v in value]
        return items if any(a is not b for a, b in zip(items, value)) else value
    if isinstance(value, tuple):
        items = tuple(scrubbed(v) for v in value)
        return items if any(a is not b for a, b in zip(items, value)) else value
    if isinstance(value, dict):
        pairs = [(scrubbed(k), scrubbed(v)) for k, v in value.items()]
        changed = any(nk is not k or nv is not v for (nk, nv), (k, v) in zip(pairs, value.items()))
        return dict(pairs) if changed else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = scrubbed(old)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
