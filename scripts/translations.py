"""Translate the English catalogue in batches: list what is unfinished, fill in translations.

    .venv/bin/python scripts/translations.py todo [N]      # up to N unfinished: id, context, text
    .venv/bin/python scripts/translations.py fill FILE     # apply a JSON object {id: translation}

Run `make translations` first (it adds new strings as unfinished) and after (it compiles).
Keep %1, %2 … and {name} placeholders and HTML tags as they are; '&' marks the shortcut letter.
"""

from __future__ import annotations

import hashlib
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[1] / "resources" / "translations" / "seminarkoll_en.ts"


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def message_id(context: str, source: str) -> str:
    """A short stable id of a message."""
    return hashlib.sha1(f"{context}\x04{source}".encode()).hexdigest()[:7]


def todo(limit: int) -> list[tuple[str, str, str]]:
    """(id, context, source) of the first `limit` unfinished messages."""
    root = ET.parse(CATALOGUE).getroot()
    found = []
    for context, message in _messages(root):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished":
            found.append((message_id(context, source), context, source))
    return found[:limit]


def fill(wanted: dict[str, str]) -> int:
    """Set the translation of each message id; returns how many were set."""
    tree = ET.parse(CATALOGUE)
    done = 0
    for context, message in _messages(tree.getroot()):
        key = message_id(context, message.findtext("source") or "")
        translation = message.find("translation")
        if key in wanted and translation is not None:
            translation.text = wanted.pop(key)
            translation.attrib.pop("type", None)
            done += 1
    for key in wanted:
        print(f"not in the catalogue: {key}", file=sys.stderr)
    with CATALOGUE.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return done


def main(argv: list[str]) -> int:
    """Command line: `todo [N]` or `fill FILE`."""
    if argv[:1] == ["todo"]:
        limit = int(argv[1]) if len(argv) > 1 else 10**6
        for key, context, source in todo(limit):
            print(f"{key}\t{context}\t{json.dumps(source, ensure_ascii=False)}")
        return 0
    if argv[:1] == ["fill"] and len(argv) == 2:
        entries = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"{fill(entries)} translations set")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
