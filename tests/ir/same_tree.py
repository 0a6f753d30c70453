#!/usr/bin/env python3
"""The JSON IR and the XML IR are one tree (docs/ir-xml.md, "The same tree as JSON").

Usage: same_tree.py PLANC PLAN...  For each plan, compares `planc ir --format xml` with
`planc ir --format json` node by node: every element is an object with the same
attributes (positions as "at"), the same prose, and the same lists in the same order.
Prints each difference with its path and exits 1 when there is one.
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{urn:planc:ir:1}"
POSITION = ("line", "column", "end_line", "end_column")
# Lists XML writes without a wrapper: (parent element, item element) -> JSON key.
UNWRAPPED = {("task", "group_owner"): "owners", ("task", "org_owner"): "owners",
             ("reading", "block"): "blocks", ("reading", "gap"): "gaps"}
errors = []


def local(tag):
    return tag[len(NS):] if tag.startswith(NS) else tag


def scalar(text, value):
    """Whether the XML attribute text says what the JSON value says."""
    if isinstance(value, bool):
        return text == ("true" if value else "false")
    if isinstance(value, (int, float)):
        return float(text) == float(value)
    return text == value


def compare(element, obj, path):
    if not isinstance(obj, dict):
        errors.append(f"{path}: XML element, JSON {type(obj).__name__}")
        return
    seen = {"type"} if "type" in obj else set()
    attrs = dict(element.attrib)
    if "line" in attrs:
        at = [int(attrs.pop(k)) for k in POSITION if k in attrs]
        if obj.get("at", [])[:len(at)] != at:
            errors.append(f"{path}: position {at} vs {obj.get('at')}")
        seen.add("at")
    for name, text in attrs.items():
        seen.add(name)
        if name not in obj or not scalar(text, obj[name]):
            errors.append(f"{path}/@{name}: {text!r} vs {obj.get(name)!r}")
    if element.text and element.text.strip() and len(element) == 0:
        seen.add("text")
        if obj.get("text") != element.text:
            errors.append(f"{path}: text differs")
    children = list(element)
    i = 0
    while i < len(children):
        child = children[i]
        name = local(child.tag)
        key = UNWRAPPED.get((local(element.tag), name))
        if key:  # a run of unwrapped items
            run = []
            while i < len(children) and UNWRAPPED.get((local(element.tag), local(children[i].tag))) == key:
                run.append(children[i])
                i += 1
            seen.add(key)
            compare_list(run, obj.get(key), f"{path}/{key}")
            continue
        i += 1
        seen.add(name)
        value = obj.get(name)
        if isinstance(value, str) and len(child) == 0 and not child.attrib:
            if value != (child.text or ""):
                errors.append(f"{path}/{name}: prose differs")
        elif isinstance(value, list):
            compare_list(list(child), value, f"{path}/{name}")
        elif isinstance(value, dict) and "items" in value and is_list(child):
            compare_list(list(child), value["items"], f"{path}/{name}")
            wrapper = ET.Element(child.tag, child.attrib)
            compare(wrapper, {k: v for k, v in value.items() if k != "items"}, f"{path}/{name}")
            seen.add(name)
        else:
            compare(child, value, f"{path}/{name}")
    for key in set(obj) - seen:
        if obj[key] not in ([], "", None):
            errors.append(f"{path}: JSON has {key!r}, XML does not")


def is_list(element):
    return local(element.tag) != "resolves_to"


def compare_list(elements, values, path):
    if not isinstance(values, list) or len(values) != len(elements):
        errors.append(f"{path}: {len(elements)} items vs {values if not isinstance(values, list) else len(values)}")
        return
    for n, (element, value) in enumerate(zip(elements, values)):
        if local(element.tag) == "item" and not element.attrib and isinstance(value, str):
            if (element.text or "") != value:
                errors.append(f"{path}[{n}]: item differs")
        elif local(element.tag) == "all":
            compare_list(list(element), value, f"{path}[{n}]")
        else:
            if isinstance(value, dict) and "type" in value and value["type"] != local(element.tag):
                errors.append(f"{path}[{n}]: type {value['type']} vs {local(element.tag)}")
            compare(element, value, f"{path}[{n}]")


def main():
    planc, plans = sys.argv[1], sys.argv[2:]
    for plan in plans:
        xml = subprocess.run([planc, "ir", "--format", "xml", plan], capture_output=True, check=False).stdout
        js = subprocess.run([planc, "ir", "--format", "json", plan], capture_output=True, check=False).stdout
        root, value = ET.fromstring(xml), json.loads(js)
        if local(root.tag) == "corpus":  # several plans, or none (a registry file)
            compare_list(list(root), value, plan)
        else:
            compare(root, value, plan)
    for e in errors[:40]:
        print("same-tree:", e)
    if errors:
        print(f"same-tree: {len(errors)} differences")
        return 1
    print(f"same-tree: {len(plans)} plans, JSON and XML agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
