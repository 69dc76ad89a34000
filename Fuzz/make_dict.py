#!/usr/bin/env python3
"""Writes a libFuzzer dictionary for visit files from `visitplan schema`.

    visitplan schema | make_dict.py > visit.dict

Every key of the format (as "key: "), every allowed value, group words,
YAML's own tokens and a few values of each kind (times, dates, durations),
so that mutations produce files the loader reads past its first line.
Generated on every `make fuzz`, so it never falls behind the format.
"""
import json
import sys


def walk(node, keys, values):
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            keys.add(key)
            walk(value, keys, values)
        for value in node.get("enum", []):
            if isinstance(value, str):
                values.add(value)
        for child in node.values():
            if isinstance(child, (dict, list)):
                walk(child, keys, values)
    elif isinstance(node, list):
        for child in node:
            walk(child, keys, values)


def quote(text):
    r"""libFuzzer's dictionary syntax: printable ASCII as is, \\, \" and \xNN."""
    out = []
    for byte in text.encode("utf-8"):
        if byte in (0x5C, 0x22):
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"\\x{byte:02X}")
    return '"' + "".join(out) + '"'


def main():
    schema = json.load(sys.stdin)
    keys, values = set(), set()
    walk(schema, keys, values)
    tokens = set()
    tokens.update(f"{key}: " for key in keys)
    tokens.update(values)
    tokens.update(["delegation", "hosts", "visitplan/1", "\n- ", "\n  ", ": ", "[", "]", "{", "}",
                   ", ", "&a ", "*a", "---", "'", '"', "#", "|", ">", "!!str ", "~", "null",
                   "10:00-11:30", "09:30", "24:00", "1h30m", "45m", "2018-06-19", "2018-02-29",
                   "Europe/Moscow", "Mon-Fri 09:00-18:00", "closed", "выходной", "x-",
                   "Жевлаков Сергей", "глава города", "\\u0000", "\\x01", "&G", "&&",
                   # Templates ("#template" inputs): tags, fields and filters.
                   "#template\n", "{{ ", " }}", "{% ", " %}", "{% for x in ", "{% endfor %}",
                   "{% if ", "{% endif %}", "{% include \"", "|", "visit.", "event.", "person.",
                   "agree:", "ins", "gen", "dat", "list", "initials", "titled", "wrap"])
    for token in sorted(tokens):
        print(quote(token))


if __name__ == "__main__":
    main()
