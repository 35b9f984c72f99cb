"""The one place where text from an OpenAPI spec is made safe for an output target.

Everything a spec says -- descriptions, titles, defaults, enum values, patterns, examples, wire
names -- is treated as hostile. It can contain triple quotes, backslashes, ``{{ }}``/``{% %}``,
``\\r``, NUL and other control characters, lone surrogates, pipes, HTML, trailing spaces, tabs and
any non-ASCII text. A template may print such text only through one of the escape functions here,
each of which is written for exactly one target:

=================  ==========================================================================
``py_str``         a Python string literal expression
``py_docstring``   a complete ``\"\"\"...\"\"\"`` docstring literal at a given indentation
``py_comment``     the text of a one-line ``# comment``
``py_bytes``       a Python bytes literal expression
``toml_str``       a TOML basic string
``md_text``        a Markdown paragraph (Markdown kept, HTML neutralised)
``md_cell``        a GFM table cell
``md_code``        an inline code span
``md_link_text``   the text between ``[`` and ``]`` of a link
``md_anchor``      a GitHub-style heading slug (for ``#anchor`` links)
=================  ==========================================================================

All of them accept any ``str`` (``SpecText`` included; ``py_bytes`` takes ``bytes``) and return
a plain ``str``, never a ``SpecText``. ``jinja_filters()`` returns them by name for the render
stage.

Two promises hold for every target:

* **no template opener** -- ``{{``, ``{%`` and ``{#`` (Jinja, Liquid/Jekyll, mkdocs-macros, copier)
  never appear in the output, Python and TOML included: the ``{`` that would open one becomes
  ``\\x7b`` in a Python or TOML string (``\\u007b`` in TOML), a visible ``\\x7b`` in a comment, and
  ``&#123;`` in Markdown. The value a literal stands for is unchanged;
* **no active link** -- a Markdown link, image or link reference definition whose destination
  has a scheme other than ``http``, ``https`` or ``mailto`` (``javascript:``, ``data:``,
  ``vbscript:``... in any case, behind entities, backslash escapes, percent-encoding, whitespace
  or control characters) is shown as text instead (see ``_neutralise_links``); raw HTML and
  autolinks never survive at all (``<`` is always an entity).

The SpecText tripwire
---------------------
The IR stores every piece of spec text as ``SpecText``, a ``str`` subclass that only marks its
origin. The render stage builds its ``jinja2.Environment`` with ``finalize=guard_output``: Jinja
calls it on the value of every ``{{ ... }}`` expression, and it raises ``UnescapedSpecTextError``
when that value is still a ``SpecText`` -- i.e. a template printed spec text without an escape
filter. Through a filter the value becomes a plain ``str`` and passes.

Design choice (the simpler one): ``SpecText`` overrides nothing. In CPython every ``str`` method
and operator called on a ``str`` subclass returns a plain ``str``: slicing, ``strip()``,
``lower()``, ``replace()``, ``+``, ``%``, ``format()``, ``join()``, f-strings and ``str(x)`` all
drop the mark. Consequences, which builders and templates must respect:

* IR builders wrap the *final* value they store (``SpecText(desc.strip())``, not
  ``SpecText(desc).strip()``); any later transformation must be wrapped again.
* The guard is a tripwire for the common mistake (forgetting the filter), not taint tracking:
  ``{{ x ~ "!" }}``, ``{{ x.strip() }}`` or Jinja's own string filters (``|trim``, ``|string``,
  ``|e``...) launder the mark and are not caught. Templates apply one of our filters directly to
  the IR attribute. (Overriding the methods would still miss f-strings, ``str.join`` and
  ``"%s" %``, so it would give a false sense of completeness for a lot more code.)

Speed
-----
Rendering a large spec calls these functions hundreds of thousands of times, so each escapes a
whole string at once: a fast path returns text that has nothing to escape (most of it) as it
is, otherwise ``str.translate`` tables and compiled regexes do the work in C; Python looks at
single characters only around Markdown backticks and backslashes. The output is exactly that of
the earlier character-by-character versions, kept frozen in ``tests/escaping_reference.py`` and
compared by property tests (``tests/test_escaping_equivalence.py``).

Docstring normalisation
-----------------------
``inspect.cleandoc`` (used by ``help()``, ``inspect.getdoc`` and, in effect, by the 3.13 compiler)
expands tabs, drops the first line's leading whitespace, removes the common indentation of the
other lines and strips blank lines at both ends. A docstring therefore cannot carry every string;
``normalize_doc`` is the minimal normalisation that makes the round trip exact::

    inspect.cleandoc(<value of py_docstring(text, indent)>) == normalize_doc(text)

See ``normalize_doc`` for the exact steps.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from urllib.parse import unquote

__all__ = [
    "SpecText",
    "UnescapedSpecTextError",
    "guard_output",
    "jinja_filters",
    "md_anchor",
    "md_cell",
    "md_code",
    "md_link_text",
    "md_text",
    "normalize_doc",
    "py_bytes",
    "py_comment",
    "py_docstring",
    "py_str",
    "toml_str",
]


# --------------------------------------------------------------------------------------------
# SpecText and the Jinja finalize guard
# --------------------------------------------------------------------------------------------


class SpecText(str):
    """Text that came from the spec. Must pass through an escape filter before output.

    A pure marker: no method is overridden, so every ``str`` operation on it returns a plain
    ``str`` (see the module docstring) -- builders must wrap the final value they store.
    """

    __slots__ = ()


class UnescapedSpecTextError(ValueError):
    """A ``SpecText`` reached template output without going through an escape filter."""

    def __init__(self, text: str) -> None:
        self.text = _plain(text)
        excerpt = self.text[:60] + ("..." if len(self.text) > 60 else "")
        super().__init__(
            f"spec text reached template output unescaped: {excerpt!r} "
            f"(pipe it through one of: {', '.join(sorted(_FILTER_NAMES))})"
        )


def guard_output(value: object) -> object:
    """Jinja2 ``finalize=`` hook: refuse spec text that no escape filter has processed.

    Raises ``UnescapedSpecTextError`` if ``value`` is a ``SpecText`` (or a list, tuple, set or
    dict that directly holds one, since printing it would print the text's repr); otherwise
    returns ``value`` unchanged.
    """
    if isinstance(value, SpecText):
        raise UnescapedSpecTextError(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items: list[object] = list(value)
    elif isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    else:
        return value
    for item in items:
        if isinstance(item, SpecText):
            raise UnescapedSpecTextError(item)
    return value


def _plain(text: str) -> str:
    """``text`` as an exact ``str`` (drops a ``SpecText`` mark without calling overrides)."""
    return text if type(text) is str else str.__str__(text)


def _require_str(text: object, func: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{func}() expects str, got {type(text).__name__}")
    return text


# --------------------------------------------------------------------------------------------
# Python targets
# --------------------------------------------------------------------------------------------

_PY_SHORT_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _hex_escape(ch: str) -> str:
    """Lowercase ``\\xhh``/``\\uhhhh``/``\\Uhhhhhhhh`` (black and ruff lowercase hex digits)."""
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


class _EscapeTable(dict[int, str]):
    """A ``str.translate`` table filled on first sight of each code point: a printable character
    maps to itself, any other to its hex escape; the ``fixed`` entries win. ``translate`` then
    escapes a whole string in C, calling back into Python once per distinct character ever seen
    (the escapers used to do Python work for every character of every string)."""

    def __init__(self, fixed: dict[str, str]) -> None:
        super().__init__({ord(ch): out for ch, out in fixed.items()})

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = ch if ch.isprintable() else _hex_escape(ch)
        self[code] = out
        return out


_PY_STR_DOUBLE = _EscapeTable({**_PY_SHORT_ESCAPES, '"': '\\"'})  # inside "..."
_PY_STR_SINGLE = _EscapeTable({**_PY_SHORT_ESCAPES, "'": "\\'"})  # inside '...'
_DOC_LINE = _EscapeTable({"\\": "\\\\"})  # a docstring line: quotes and spaces done apart


def py_str(text: str) -> str:
    """A Python string literal (quotes included) whose value is exactly ``text``.

    Printable characters (non-ASCII letters included) are kept as they are; backslash, ``\\n``,
    ``\\r``, ``\\t`` get their short escapes and every other non-printable character (controls,
    NUL, lone surrogates, bidi overrides, zero-width and non-ASCII spaces, line separators...)
    a lowercase ``\\x``/``\\u``/``\\U`` escape, so the literal is pure printable text and valid
    UTF-8. Double quotes are used unless the text holds more ``"`` than ``'`` -- the choice
    black and ``ruff format`` make -- so both formatters leave the literal unchanged.
    """
    text = _plain(_require_str(text, "py_str"))
    doubles = text.count('"')
    if not doubles and "\\" not in text and "{" not in text and text.isprintable():
        return f'"{text}"'  # most text: nothing to escape
    if doubles > text.count("'"):
        return "'" + _py_break_openers(text.translate(_PY_STR_SINGLE)) + "'"
    return '"' + _py_break_openers(text.translate(_PY_STR_DOUBLE)) + '"'


def _py_break_openers(body: str) -> str:
    """The body of a Python (or TOML) string literal with the ``{`` of each template opener
    spelled ``\\x7b``. Escapes never produce or remove a ``{``, ``%`` or ``#``, so the body's
    openers are the text's; each ``{`` of ``{{{`` is replaced but the last."""
    return _TEMPLATE_OPENER_BRACE.sub(r"\\x7b", body) if "{" in body else body


_BYTES_ESCAPES = {0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}
_PY_BYTES = {
    quote: {
        byte: _BYTES_ESCAPES.get(byte)
        or ("\\" + quote if chr(byte) == quote else None)
        or (chr(byte) if 0x20 <= byte < 0x7F else f"\\x{byte:02x}")
        for byte in range(256)
    }
    for quote in ('"', "'")
}


def py_bytes(data: bytes) -> str:
    """A Python bytes literal (``b"..."``) whose value is exactly ``data``.

    Printable ASCII is kept; backslash, ``\\n``, ``\\r``, ``\\t`` get their short escapes, every
    other byte ``\\xhh`` (lowercase); quotes are chosen as ``py_str`` chooses them, and the
    ``{`` of a template opener is ``\\x7b``, so the literal is stable under black and ruff and
    never holds ``{{``, ``{%`` or ``{#``.
    """
    if not isinstance(data, bytes):
        raise TypeError(f"py_bytes() expects bytes, got {type(data).__name__}")
    quote = "'" if data.count(b'"') > data.count(b"'") else '"'
    body = data.decode("latin-1").translate(_PY_BYTES[quote])
    return "b" + quote + _py_break_openers(body) + quote


_SURROGATE = re.compile("[\ud800-\udfff]")


def _leading_ws(line: str) -> int:
    """Number of leading whitespace characters, as ``inspect.cleandoc`` counts them."""
    return len(line) - len(line.lstrip())


def normalize_doc(text: str) -> str:
    """The form in which ``text`` survives as a docstring (``inspect.cleandoc`` of it).

    Steps, and nothing else:

    1. ``\\r\\n`` and lone ``\\r`` become ``\\n``; lone surrogates become U+FFFD (CPython
       encodes a class docstring to UTF-8 when it creates the class, so one would make the
       generated module fail to import);
    2. tabs are expanded to 8-column tab stops, per line (``str.expandtabs``) -- cleandoc does
       this to every docstring, so a tab cannot survive;
    3. blank (whitespace-only) lines at the start and at the end are dropped;
    4. the common leading whitespace of the non-blank lines is removed (counted in characters,
       like cleandoc; whitespace-only lines inside lose up to that many characters).

    Everything else is preserved: relative indentation, trailing whitespace, backslashes,
    quotes, ``{{``, control characters, non-ASCII. Whitespace-only or empty text gives ``""``.
    Idempotent.
    """
    text = _require_str(text, "normalize_doc")
    text = _SURROGATE.sub("\N{REPLACEMENT CHARACTER}", text.replace("\r\n", "\n"))
    lines = text.replace("\r", "\n").expandtabs(8).split("\n")
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    lines = lines[start:end]
    if not lines:
        return ""
    margin = min(_leading_ws(line) for line in lines if line.strip())
    return _plain("\n".join(line[margin:] for line in lines))


_QUOTE_BEFORE_QUOTE = re.compile('"(?=")')


def _doc_line(line: str, *, starts_body: bool, ends_body: bool) -> str:
    """Escape one line of a normalised docstring for use inside ``\"\"\"...\"\"\"``.

    * ``\\`` is doubled; non-printable characters become hex escapes.
    * ``"`` is escaped where it could form or touch a triple quote: when followed by another
      ``"``, at the very start of the body (black/ruff would pad it with a space) and at the very
      end (as ``\\x22``: even ``\\"`` there ends in a quote, which the formatters pad).
    * The last of a line's trailing spaces becomes ``\\x20`` so formatters cannot strip it.
    """
    if '"' not in line and "\\" not in line and "{" not in line and line.isprintable():
        if line[-1:] != " ":
            return line  # most lines: nothing to escape
    # The last character is the only one with its own rules (`\x20`, `\x22`); the escapes the
    # table makes never produce or remove a `"`, so quote adjacency is that of `line`.
    tail = ""
    if line.endswith(" "):
        line, tail = line[:-1], "\\x20"
    elif ends_body and line.endswith('"'):
        line, tail = line[:-1], "\\x22"
    body = line.translate(_DOC_LINE)
    if '"' in body:
        if tail == "\\x22":  # a quote followed by the final quote is escaped too
            body = _QUOTE_BEFORE_QUOTE.sub('\\\\"', body + '"')[:-1]
        else:
            body = _QUOTE_BEFORE_QUOTE.sub('\\\\"', body)
        if starts_body and body[0] == '"':
            body = "\\" + body
    return _py_break_openers(body) + tail


def py_docstring(text: str, indent: str) -> str:
    """The complete docstring literal for ``text``, for a body indented by ``indent``.

    ``indent`` is the indentation of the statement the docstring is (spaces only: ``""`` for a
    module, ``"    "`` in a function or class, ``"        "`` in a method). The template puts
    the returned literal at that column; continuation lines already carry ``indent``.

    The value satisfies ``inspect.cleandoc(value) == normalize_doc(text)``; the literal
    compiles, contains only printable characters, spaces and newlines (no trailing whitespace),
    and is left unchanged by black and ``ruff format`` (closing quotes of a multi-line
    docstring sit on their own line, nothing for them to re-indent, strip or pad). A single-line
    text gives ``\"\"\"text\"\"\"``; a multi-line one starts on the first line unless that
    would lose its relative indentation, in which case it starts on the line after the quotes.

    Text that normalises to nothing returns ``""``: the caller then emits no docstring.
    """
    text = _require_str(text, "py_docstring")
    indent = _require_str(indent, "py_docstring")
    if indent.strip(" "):
        raise ValueError(f"py_docstring() indent must be spaces only, got {indent!r}")
    doc = normalize_doc(text)
    if not doc:
        return ""
    lines = doc.split("\n")
    if len(lines) == 1:
        return '"""' + _doc_line(lines[0], starts_body=True, ends_body=True) + '"""'
    rest = [line for line in lines[1:] if line.strip()]
    # cleandoc strips the first line's indentation and dedents the others separately: the
    # "summary on the first line" layout is exact only if both are already at column 0.
    summary_first = not lines[0][0].isspace() and min(map(_leading_ws, rest)) == 0
    parts = ['"""']
    if summary_first:
        parts.append(_doc_line(lines[0], starts_body=True, ends_body=False))
        lines = lines[1:]
    for line in lines:
        parts.append("\n")
        if line:
            parts.append(indent + _doc_line(line, starts_body=False, ends_body=False))
    parts.append("\n" + indent + '"""')
    return "".join(parts)


# Directives that tools read at the start of a comment ("type: ignore", "noqa", ...).
_COMMENT_LEADING_DIRECTIVE = re.compile(
    r"(?i)(?:type|fmt|yapf|isort|mypy|pyright|pylint|pytype|ruff|flake8|black|coding|vim?|ex)"
    r"\s*[:=]|noqa|nosec|pragma|pyre-|-\*-"
)
# Directives found anywhere in a comment: encoding cookie (lines 1-2, even "encoding:"), black's
# "...; fmt: off" lists, editor modelines (after whitespace). A space before the colon defuses them.
_COMMENT_INLINE_DIRECTIVE = re.compile(r"(?i)(coding|fmt|yapf|(?<!\S)(?:vim?|ex))([:=])")


def py_comment(text: str, max_len: int = 72) -> str:
    """One line of text to put after ``# `` in generated Python, at most ``max_len`` characters.

    * every run of whitespace (newlines, ``\\r``, tabs, form feeds, Unicode spaces and line
      separators) becomes one space, and the ends are stripped -- the comment cannot end early;
    * other non-printable characters (NUL, controls, surrogates, bidi overrides) become
      visible ``\\x``/``\\u`` escapes, so the file stays printable UTF-8;
    * tool directives are defused: ``#`` becomes the fullwidth ``＃`` (so no ``# noqa``/
      ``# type: ignore``/``# fmt: off``... can start inside the text), a leading directive word
      (``type:``, ``noqa``, ``fmt:``, ``pragma``, ``mypy:``, ``-*-``...) is prefixed with
      ``"> "``, and ``coding:``/``fmt:``/``yapf:``/``vim:`` anywhere get a space before the
      colon (encoding cookie, black's ``; fmt: off`` lists, editor modelines);
    * longer text is cut at a character boundary (never inside an escape) and ends in ``...``.
    """
    text = _require_str(text, "py_comment")
    if max_len < 4:
        raise ValueError("py_comment() max_len must be at least 4")
    text = " ".join(text.split()).replace("#", "\uff03")
    text = _COMMENT_INLINE_DIRECTIVE.sub(r"\1 \2", text)
    if _COMMENT_LEADING_DIRECTIVE.match(text):
        text = "> " + text
    openers = [m.start() for m in _TEMPLATE_OPENER_BRACE.finditer(text)] if "{" in text else []
    if text.isprintable() and not openers:  # one token per character: cut by length
        return text if len(text) <= max_len else text[: max_len - 3].rstrip() + "..."
    tokens = [ch if ch.isprintable() else _hex_escape(ch) for ch in text]
    for index in openers:  # shown as an escape, like the other characters a comment cannot hold
        tokens[index] = "\\x7b"
    if sum(map(len, tokens)) <= max_len:
        return "".join(tokens)
    kept: list[str] = []
    size = 0
    for token in tokens:
        if size + len(token) > max_len - 3:
            break
        kept.append(token)
        size += len(token)
    return "".join(kept).rstrip() + "..."


# --------------------------------------------------------------------------------------------
# Markdown targets
# --------------------------------------------------------------------------------------------

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_TEMPLATE_OPENER_NEXT = frozenset("{%#")  # "{{", "{%", "{#": Jinja, Liquid (Jekyll), mkdocs-macros
_TEMPLATE_OPENER = re.compile(r"\{[{%#]")
_TEMPLATE_OPENER_BRACE = re.compile(r"\{(?=[{%#])")  # each "{" that starts an opener ("{{{" too)
_BRACE_ENTITY = "&#123;"
_BACKSLASH_ENTITY = "&#92;"
_SPACE_ENTITY = "&#32;"
_NEWLINE_ROW = "<br/>"


# Cc (U+0000-U+001F, U+007F-U+009F) except tab and newline, and Cs (lone surrogates).
_MD_UNSAFE_CHAR = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _md_clean(text: str) -> str:
    """Newlines to ``\\n``; controls (except tab/newline) and lone surrogates to U+FFFD."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _MD_UNSAFE_CHAR.sub("\N{REPLACEMENT CHARACTER}", text)


_BACKTICK_RUN = re.compile("`+")


def _find_closing_run(text: str, start: int, length: int) -> int:
    """Index of the next backtick run of exactly ``length`` at or after ``start``, else -1.

    ``start`` is never inside a run (it follows the opening run), so every match is a whole run.
    """
    for run in _BACKTICK_RUN.finditer(text, start):
        if run.end() - run.start() == length:
            return run.start()
    return -1


_PIPE_AFTER_BACKSLASHES = re.compile(r"(\\*)\|")


def _odd_backslashes_before_pipe(match: re.Match[str]) -> str:
    run = match.group(1)
    return run + ("\\|" if len(run) % 2 == 0 else "\\\\|")


def _escape_pipes_in_code(content: str) -> str:
    """Give every ``|`` an odd run of backslashes before it (content backslashes are literal).

    cmark-gfm (GitHub) treats any backslash before ``|`` as an escape and removes one of them;
    parsers that count backslash parity need the run to be odd. Both see no delimiter.
    """
    if "|" not in content:
        return content
    return _PIPE_AFTER_BACKSLASHES.sub(_odd_backslashes_before_pipe, content)


_MD_LITERAL = str.maketrans(
    {
        **{ch: "\\" + ch for ch in _ASCII_PUNCT},
        **_HTML_ENTITIES,
        "\\": _BACKSLASH_ENTITY,
        "{": _BRACE_ENTITY,
        "\n": " ",
    }
)


def _md_literal(content: str) -> str:
    """``content`` as Markdown text that renders exactly these characters, on one line.

    Used instead of a code span when the span's content cannot be shown safely inside one.
    ASCII punctuation is backslash-escaped (``\\|`` included, so it is also valid in a table
    cell); ``&<>``, ``\\`` and ``{`` become entities (so the result never ends in a backslash
    and never forms ``{{``); newlines become spaces; a space at either end becomes ``&#32;`` (no
    indented-code-block or hard-break effects).
    """
    if not content:
        return ""
    head = _SPACE_ENTITY if content[0] in " \n" else content[0].translate(_MD_LITERAL)
    if len(content) == 1:
        return head
    tail = _SPACE_ENTITY if content[-1] in " \n" else content[-1].translate(_MD_LITERAL)
    return head + content[1:-1].translate(_MD_LITERAL) + tail


def _code_span(content: str, *, table: bool) -> str:
    """An inline code span showing ``content`` (already cleaned; newlines become spaces)."""
    content = content.replace("\n", " ")
    if not content:
        return ""
    if _TEMPLATE_OPENER.search(content):
        # "{{" etc. cannot be broken up inside a code span (entities are not decoded there).
        return _md_literal(content)
    if table:
        content = _escape_pipes_in_code(content)
    if "`" in content:
        longest = max(len(run) for run in _BACKTICK_RUN.findall(content))
        fence = "`" * (longest + 1)
    else:
        fence = "`"
    pad = content.strip(" ") != "" and (content[0] in "` " or content[-1] in "` ")
    return f"{fence} {content} {fence}" if pad else f"{fence}{content}{fence}"


def _strip_code_span_content(content: str) -> str:
    """CommonMark: line endings become spaces; one space is stripped from each side if both
    sides have one and the content is not all spaces."""
    content = content.replace("\n", " ")
    if len(content) >= 2 and content[0] == " " and content[-1] == " " and content.strip(" "):
        content = content[1:-1]
    return content


_Mode = str  # "line", "cell" or "link"
# Per mode: the characters that make `_md_inline` do anything at all (most text has none), the
# two that start a construct (scanned for), and the table for every other character, whose
# escape depends on nothing around it except a "{" (see `_md_plain`).
_MD_SPECIAL = {
    "line": re.compile(r"[`\\&<>{\n]"),
    "cell": re.compile(r"[`\\&<>{\n|]"),
    "link": re.compile(r"[`\\&<>{\n|\[\]]"),
}
_MD_CONSTRUCT = re.compile(r"[`\\]")
_MD_PLAIN = {
    "line": str.maketrans({**_HTML_ENTITIES, "\n": " "}),
    "cell": str.maketrans({**_HTML_ENTITIES, "\n": _NEWLINE_ROW, "|": "\\|"}),
    "link": str.maketrans({**_HTML_ENTITIES, "\n": " ", "|": "\\|", "[": "\\[", "]": "\\]"}),
}


def _md_plain(chunk: str, mode: _Mode) -> str:
    """Text without backticks or backslashes: entities, ``|``/``[]``/newline per mode, and the
    ``{`` of each template opener. A ``{`` at the end of ``chunk`` is followed by a backtick, a
    backslash or nothing in the text, so the lookahead inside ``chunk`` alone decides it; the
    table never produces or removes ``{%#``, so the lookahead can run after it."""
    chunk = chunk.translate(_MD_PLAIN[mode])
    if "{" in chunk:
        chunk = _TEMPLATE_OPENER_BRACE.sub(_BRACE_ENTITY, chunk)
    return chunk


def _md_inline(text: str, *, mode: _Mode, hard_break: bool = False) -> str:
    """Shared inline Markdown escaper. ``mode`` is ``"line"`` (one line of ``md_text``; with
    ``hard_break`` a trailing backslash is kept, as the line break follows), ``"cell"`` or
    ``"link"`` (whole text, newlines converted, so code spans may cross them like CommonMark's).

    Scans ``text`` the way CommonMark does for the constructs that matter (backslash escapes
    and code spans) and emits Markdown in which:

    * ``&``, ``<``, ``>`` are entities everywhere -- no raw HTML, no autolink, no entity; an
      author's ``\\<`` becomes ``&lt;`` (same rendering);
    * author code spans are kept as code spans, rebuilt with a safe fence, unless they contain
      ``&<>`` or a template opener, in which case their characters are emitted as escaped text;
    * unmatched backtick runs are backslash-escaped, so nothing left can open a code span that
      runs into whatever follows the output;
    * ``{{``, ``{%``, ``{#`` never appear (the ``{`` becomes ``&#123;``);
    * a trailing backslash becomes ``&#92;`` so it cannot escape what follows;
    * cell mode: ``|`` is escaped (odd backslash run), newlines become ``<br/>``;
    * link mode: ``[``, ``]``, ``|`` are escaped, newlines become spaces.

    Text between constructs is escaped a chunk at a time (``_md_plain``); only backticks and
    backslashes are looked at one by one.
    """
    if _MD_SPECIAL[mode].search(text) is None:
        return text
    cell, link = mode == "cell", mode == "link"
    newline = _NEWLINE_ROW if cell else " "
    out: list[str] = []
    i, n = 0, len(text)
    find = _MD_CONSTRUCT.search
    while i < n:
        found = find(text, i)
        if found is None:
            out.append(_md_plain(text[i:], mode))
            break
        if found.start() > i:
            out.append(_md_plain(text[i : found.start()], mode))
            i = found.start()
        ch = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == "`":
            j = i
            while j < n and text[j] == "`":
                j += 1
            close = _find_closing_run(text, j, j - i)
            if close < 0:
                out.append("\\`" * (j - i))
                i = j
                continue
            content = _strip_code_span_content(text[j:close])
            if "&" in content or "<" in content or ">" in content:
                out.append(_md_literal(content))
            else:
                out.append(_code_span(content, table=cell or link))
            i = close + (j - i)
            continue
        # a backslash
        if nxt and nxt in _ASCII_PUNCT:
            if nxt in _HTML_ENTITIES:
                out.append(_HTML_ENTITIES[nxt])
            elif nxt == "{" and i + 2 < n and text[i + 2] in _TEMPLATE_OPENER_NEXT:
                out.append(_BRACE_ENTITY)
            elif nxt == "\\" and i + 2 == n:
                out.append(_BACKSLASH_ENTITY)
            else:
                out.append("\\" + nxt)
            i += 2
            continue
        if nxt == "\n":  # hard line break
            out.append(newline)
            i += 2
            continue
        out.append(_BACKSLASH_ENTITY if not nxt and not hard_break else "\\")
        i += 1
    return "".join(out)


# -- links ---------------------------------------------------------------------------------------

SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""Schemes a link or image of spec Markdown may have; relative references have none."""

# Where a destination follows: `](` (inline link or image) or `]:` (link reference definition),
# with any whitespace around -- more lenient than CommonMark, as other renderers are.
_LINK_OPENING = re.compile(r"\](?:[ \t\n]|<br/>)*[(:]")
# What may be the destination: up to a `)`, spaces and line breaks included (a renderer more
# lenient than CommonMark, or a browser dropping them, could join the parts); only its start,
# up to the first `:`, matters, so it is cut at 512 characters (no rescans of long texts).
_DESTINATION = re.compile(r"(?:[ \t\n]|<br/>)*([^)]{0,512})")
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SCHEME_END = re.compile(r"[:/?#]")
_SCHEME_CHAR = re.compile(r"[^A-Za-z0-9+.-]")


def _has_unsafe_scheme(destination: str) -> bool:
    """Whether a link destination, as a renderer and then a browser would read it, could have a
    scheme outside ``SAFE_LINK_SCHEMES``. Errs on the side of yes: backslash escapes, character
    references and percent-encoding are undone (repeatedly), then every character that cannot
    be part of a scheme (whitespace, controls, U+FFFD, zero-width and other invisible ones,
    which browsers drop or which hide a scheme from a reader) is left out before the first
    ``:``. No ``:`` before ``/``, ``?`` or ``#`` is a relative reference; a quote or a parenthesis
    before it means the colon is in a link title."""
    url = destination
    for _ in range(8):  # each layer undone makes the text shorter: this ends
        decoded = unquote(html.unescape(_MARKDOWN_ESCAPE.sub(r"\1", url)))
        if decoded == url:
            break
        url = decoded
    end = _SCHEME_END.search(url)
    if end is None or end.group() != ":":
        return False
    head = url[: end.start()].lstrip("<")
    if any(ch in head for ch in "\"'()"):
        return False
    scheme = _SCHEME_CHAR.sub("", head).lower()
    return bool(scheme) and scheme not in SAFE_LINK_SCHEMES


def _neutralise_links(markdown: str) -> str:
    """Escaped Markdown (no raw HTML, no autolinks left) in which every link, image and link
    reference definition with an unsafe destination (``_has_unsafe_scheme``) is shown as text:
    a backslash goes before the ``(`` or ``:`` that follows its ``]``, so nothing links, and the
    text renders as written. Applied to whole paragraphs, as a destination may follow on the next
    line. Also inside code spans, where the backslash then shows: rare, and safe."""
    if "]" not in markdown:
        return markdown
    out: list[str] = []
    last = 0
    for opening in _LINK_OPENING.finditer(markdown):
        destination = _DESTINATION.match(markdown, opening.end())
        # a cell's line breaks (`<br/>`) count as the whitespace they stand for
        text = destination.group(1).replace(_NEWLINE_ROW, "") if destination else ""
        if _has_unsafe_scheme(text):
            out.append(markdown[last : opening.end() - 1] + "\\")
            last = opening.end() - 1
    out.append(markdown[last:])
    return "".join(out)


_FENCE_OPEN = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)")
_CODE_BLOCK = str.maketrans(_HTML_ENTITIES)


def _code_block_line(line: str) -> str:
    """A line inside a fenced code block: only ``&<>`` and template openers are neutralised."""
    line = line.translate(_CODE_BLOCK)
    return _TEMPLATE_OPENER_BRACE.sub(_BRACE_ENTITY, line) if "{" in line else line


def md_text(text: str) -> str:
    """Markdown for a description (one or more paragraphs): the author's Markdown, minus HTML.

    Newlines are normalised to ``\\n``; blank lines at both ends and trailing whitespace at the
    end are dropped; controls and lone surrogates become U+FFFD. Fenced code blocks (````` ``` `````
    or ``~~~``) keep their lines, and one left open is closed, so it cannot swallow what the
    template puts after it. Every other line goes through the inline rules of ``_md_inline``:
    ``&<>`` become entities, template openers are broken, code spans are kept (rebuilt with a safe
    fence; one holding ``&<>`` is shown as escaped plain text) and backtick runs without a
    partner on the same line are escaped. Emphasis, links, lists, headings and hard line breaks
    written by the author stay Markdown.

    Cost of "no raw ``<`` anywhere", documented rather than hidden: ``>`` block quotes show as
    text, inside a code block ``&<>`` display as entities (``&lt;``), and a code span spread over
    several lines shows as text with literal backticks.
    """
    text = _md_clean(_require_str(text, "md_text"))
    lines = text.rstrip().split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    out: list[str] = []
    prose: list[str] = []  # lines since the last code block, links checked together

    def end_prose() -> None:
        if prose:
            out.append(_neutralise_links("\n".join(prose)))
            prose.clear()

    fence = ""  # the open fence's character repeated to its length, "" outside code blocks
    for index, line in enumerate(lines):
        if fence:
            closes = re.fullmatch(f" {{0,3}}{re.escape(fence)}{re.escape(fence[0])}*[ \t]*", line)
            out.append(line if closes else _code_block_line(line))
            fence = "" if closes else fence
            continue
        opener = _FENCE_OPEN.fullmatch(line)
        if opener and not (opener.group(2)[0] == "`" and "`" in opener.group(3)):
            end_prose()
            fence = opener.group(2)
            out.append(opener.group(1) + fence + _code_block_line(opener.group(3)))
            continue
        prose.append(_md_inline(line, mode="line", hard_break=index < len(lines) - 1))
    end_prose()
    if fence:
        out.append(fence)
    return "\n".join(out)


def md_cell(text: str) -> str:
    """Markdown for one GFM table cell: ``md_text`` rules on a single line.

    Additionally every ``|`` is escaped (``\\|``, with an odd backslash run in front, so both
    cmark-gfm and parity-counting parsers see no delimiter), newlines become ``<br/>`` (the only
    HTML we emit), code spans cannot extend past the cell, and the cell never ends with a
    backslash. Leading/trailing whitespace is stripped (tables trim it anyway).
    """
    text = _md_clean(_require_str(text, "md_cell")).strip()
    return _neutralise_links(_md_inline(text, mode="cell"))


def md_link_text(text: str) -> str:
    """Markdown for the text of a link, ``[<here>](...)``: one line, ``[``/``]``/``|`` escaped
    (also usable inside a table cell), otherwise the ``md_text`` rules."""
    text = _md_clean(_require_str(text, "md_link_text")).strip()
    return _neutralise_links(_md_inline(text, mode="link"))


_PLAIN_CODE = re.compile(r"[A-Za-z0-9_.\-]+").fullmatch


def md_code(text: str, table: bool = True) -> str:
    """An inline code span showing ``text`` literally.

    The fence is one backtick longer than the longest backtick run inside; the content is padded
    with a space on each side when it starts or ends with a backtick or a space (CommonMark
    strips exactly one). Newlines become spaces (as CommonMark renders them), controls and
    surrogates U+FFFD. ``table=True`` (the default, structurally safe anywhere) escapes ``|``
    inside the span, which GitHub renders correctly only in table cells; pass ``table=False``
    for prose and headings. Content with a template opener (``{{``, ``{%``, ``{#``), which a
    code span cannot hide from Jinja/Liquid-based doc sites, is rendered as escaped plain text
    instead. Empty text gives ``""``.
    """
    if _PLAIN_CODE(_require_str(text, "md_code")):  # names, numbers: shown as they are
        return f"`{text}`"
    text = _md_clean(text)
    return _code_span(text, table=table)


_ANCHOR_DROPPED_ASCII = re.compile(r"[^a-z0-9 _-]")


def md_anchor(heading: str) -> str:
    """The GitHub-style anchor slug of a heading whose text is ``heading`` (raw spec text).

    Lowercased; each space becomes ``-``; letters, numbers and combining marks of any script,
    ``-`` and ``_`` are kept; everything else (punctuation, symbols, emoji, other whitespace,
    controls) is dropped. ASCII output is therefore ``[a-z0-9_-]``; non-ASCII letters are kept as
    GitHub keeps them. Idempotent. Duplicate-heading suffixes (``-1``...) are the caller's job.
    """
    heading = _require_str(heading, "md_anchor").lower()
    if heading.isascii():  # no marks, and only ASCII letters and digits are alphanumeric
        return _ANCHOR_DROPPED_ASCII.sub("", heading).replace(" ", "-")
    out: list[str] = []
    for ch in heading:
        if ch == " ":
            out.append("-")
        elif ch in "-_" or ch.isalnum() or unicodedata.category(ch).startswith("M"):
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Jinja registration
# --------------------------------------------------------------------------------------------


def toml_str(text: str) -> str:
    """A TOML basic string whose value is `text` (lone surrogates, which TOML cannot hold,
    become U+FFFD). JSON's string escapes are a subset of TOML's, so `json.dumps` spells it;
    DEL, which JSON leaves raw and TOML forbids, is escaped too."""
    import json

    cleaned = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    literal = json.dumps(cleaned, ensure_ascii=False).replace("\x7f", "\\u007f")
    return _TEMPLATE_OPENER_BRACE.sub(r"\\u007b", literal) if "{" in literal else literal


def jinja_filters() -> dict[str, Callable[..., str]]:
    """The escape filters by name, for ``env.filters.update(jinja_filters())``."""
    return {
        "py_str": py_str,
        "toml_str": toml_str,
        "py_docstring": py_docstring,
        "py_comment": py_comment,
        "md_text": md_text,
        "md_cell": md_cell,
        "md_code": md_code,
        "md_link_text": md_link_text,
        "md_anchor": md_anchor,
    }


_FILTER_NAMES = frozenset(jinja_filters())
