"""Text for a terminal: an article's control characters written as escapes.

An article, a file name or a rule may hold characters that a terminal obeys rather than
shows (ESC starts a sequence that recolours, clears the screen or retitles the window; a
carriage return or backspace overwrites what was printed; a bidirectional override turns
the text around). Everything ``kg`` prints for people (tables, notes, errors, reports)
goes through ``printable``; the machine formats (JSON, CSV, the RDF files) keep the text.
"""

from __future__ import annotations

import re

#: C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embeddings,
#: overrides and isolates
OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with each character a terminal would obey written as its escape (``\\x1b``,
    ``\\u202e``); tabs and line feeds stay (a carriage return is escaped)."""
    return OBEYED.sub(_escape, text)
