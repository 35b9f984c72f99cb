"""The bulk escapers of generator.escaping return exactly what the per-character originals did.

``tests/escaping_reference.py`` is a frozen copy of the module before it was rewritten to escape
whole strings at a time (``str.translate`` tables, compiled regexes, fast paths for text with
nothing to escape). Every public function is compared with its original over arbitrary text
(every code point: controls, lone surrogates, all Unicode categories) and over text built from
the fragments that exercise each rule (quotes, backslashes, backtick runs, template openers,
HTML/Markdown specials, trailing spaces, newlines).

Two changes of behaviour came after the freeze, and the comparison states them exactly instead of
skipping their inputs: the ``{`` of a template opener in a Python/TOML literal is an escape
(``\\x7b``, ``\\u007b``), and a Markdown link whose destination has an unsafe scheme gets a
backslash before its ``(``/``:`` (``_neutralise_links`` applied to the reference's output).
Everything else must be exactly the reference's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import escaping as new
from tests import escaping_reference as old
from tests.test_escaping import ANY_CHAR, FRAGMENTS, REGRESSIONS

EQUIVALENCE = settings(max_examples=1500, deadline=None)

MARKDOWN_FRAGMENTS = [
    "`",
    "``",
    "```",
    "` `",
    "`a`",
    "``a`b``",
    "` x `",
    "\\`",
    "\\\\",
    "\\",
    "\\\n",
    "\\{{",
    "\\{",
    "{",
    "{{",
    "{{{",
    "{%",
    "{#",
    "\\|",
    "\\\\|",
    "|",
    "[",
    "]",
    "\\[",
    "&",
    "<",
    ">",
    "\\<",
    "\\&",
    "\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "~~~",
    "```py",
    "\n```\n",
    "a",
    "Word",
    "é",
    "\x00",
    "\x85",
    "\ud800",
    "\u2028",
    "İ",
    "\u212a",
    "\u0301",
    "-",
    "_",
    '"',
    '""',
    "'",
]

markdown_text = st.lists(
    st.one_of(st.sampled_from(MARKDOWN_FRAGMENTS), st.text(ANY_CHAR, max_size=2)), max_size=20
).map("".join)
nasty_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHAR, max_size=3)), max_size=14
).map("".join)
any_text = st.one_of(st.text(ANY_CHAR), st.text(), nasty_text, markdown_text)
indented_text = st.lists(
    st.tuples(st.sampled_from(["", " ", "  ", "    ", "\t"]), any_text), max_size=6
).map(lambda lines: "\n".join(pad + body for pad, body in lines))
doc_text = st.one_of(any_text, indented_text)
as_spec_text = st.booleans()

_OPENER_BRACE = re.compile(r"\{(?=[{%#])")


def _python_openers_escaped(literal: str) -> str:
    """The reference's Python literal with the later rule: a template opener's `{` is `\\x7b`."""
    return _OPENER_BRACE.sub(r"\\x7b", literal)


# What each function's output is, given the reference's: unchanged, or the later rule applied.
LATER_RULES: dict[str, Callable[[str], str]] = {
    "py_str": _python_openers_escaped,
    "toml_str": lambda literal: _OPENER_BRACE.sub(r"\\u007b", literal),
    "md_cell": new._neutralise_links,
    "md_link_text": new._neutralise_links,
}

ONE_ARGUMENT: list[tuple[str, Callable[[str], str], Callable[[str], str]]] = [
    (name, getattr(new, name), getattr(old, name))
    for name in (
        "py_str",
        "normalize_doc",
        "md_text",
        "md_cell",
        "md_link_text",
        "md_anchor",
        "toml_str",
    )
]


@pytest.mark.parametrize(("name", "ours", "reference"), ONE_ARGUMENT)
@EQUIVALENCE
@given(text=st.one_of(doc_text, st.sampled_from(REGRESSIONS)), spec=as_spec_text)
def test_same_as_reference(
    name: str, ours: Callable[[str], str], reference: Callable[[str], str], text: str, spec: bool
) -> None:
    value = new.SpecText(text) if spec else text
    expected = LATER_RULES.get(name, lambda same: same)(reference(value))
    if name == "md_text" and "]" in text:
        # links are checked per paragraph between code blocks: the same rule, applied when no
        # fence splits the text (else `test_escaping` covers it)
        if "```" in text or "~~~" in text:
            return
        expected = new._neutralise_links(expected)
    assert ours(value) == expected
    assert type(ours(value)) is str


@EQUIVALENCE
@given(text=st.one_of(doc_text, st.sampled_from(REGRESSIONS)), table=st.booleans())
def test_md_code_same_as_reference(text: str, table: bool) -> None:
    assert new.md_code(text, table=table) == old.md_code(text, table=table)


@EQUIVALENCE
@given(
    text=st.one_of(doc_text, st.sampled_from(REGRESSIONS)),
    indent=st.sampled_from(["", "    ", "        "]),
)
def test_py_docstring_same_as_reference(text: str, indent: str) -> None:
    expected = _python_openers_escaped(old.py_docstring(text, indent))
    assert new.py_docstring(text, indent) == expected


@EQUIVALENCE
@given(text=st.one_of(any_text, st.sampled_from(REGRESSIONS)), max_len=st.integers(4, 90))
def test_py_comment_same_as_reference(text: str, max_len: int) -> None:
    if _OPENER_BRACE.search(" ".join(text.split())):
        return  # a comment shows the opener's `{` as `\\x7b`, which counts against `max_len`
    assert new.py_comment(text, max_len) == old.py_comment(text, max_len)


@EQUIVALENCE
@given(text=any_text)
def test_markdown_inline_modes_same_as_reference(text: str) -> None:
    """The inline escaper itself, on raw (uncleaned) text, in each mode and break setting."""
    for mode in ("line", "cell", "link"):
        for hard_break in (False, True):
            assert new._md_inline(text, mode=mode, hard_break=hard_break) == old._md_inline(
                text, mode=mode, hard_break=hard_break
            )


@EQUIVALENCE
@given(text=any_text)
def test_code_helpers_same_as_reference(text: str) -> None:
    assert new._md_literal(text) == old._md_literal(text)
    assert new._escape_pipes_in_code(text) == old._escape_pipes_in_code(text)
    assert new._md_clean(text) == old._md_clean(text)
    assert new._code_block_line(text) == old._code_block_line(text)
    for start in range(min(len(text), 4)):
        if start and text[start - 1 : start + 1] == "``":
            continue  # never called inside a run
        for length in (1, 2, 3):
            assert new._find_closing_run(text, start, length) == old._find_closing_run(
                text, start, length
            )


@pytest.mark.parametrize(
    "value",
    ["", "x", 0, 1, True, None, 1.5, [], ("a",), {"k": "v"}, frozenset({"a"})],
)
def test_guard_output_passes_what_it_passed(value: object) -> None:
    assert new.guard_output(value) is old.guard_output(value)


@pytest.mark.parametrize(
    "value",
    [new.SpecText("x"), [new.SpecText("x")], {new.SpecText("k"): 1}, {"k": new.SpecText("v")}],
)
def test_guard_output_refuses_what_it_refused(value: object) -> None:
    with pytest.raises(new.UnescapedSpecTextError):
        new.guard_output(value)
