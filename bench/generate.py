#!/usr/bin/env python3
"""Generates a corpus of COPIES districts from a template corpus, for benchmarks.

usage: generate.py SOURCE_DIR OUT_DIR COPIES
Each copy is the template with its district name and plan titles made unique, so that
titles, citations and registries do not collide across copies.
"""
import os, sys

def main():
    source, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    templates = {}
    for name in sorted(os.listdir(source)):
        if name.endswith('.plan'):
            with open(os.path.join(source, name), encoding='utf-8') as f:
                templates[name] = f.read()
    for i in range(copies):
        district = os.path.join(out, f'd{i:05d}')
        os.makedirs(district, exist_ok=True)
        for name, text in templates.items():
            # A distinct district name keeps each copy's titles its own.
            text = text.replace('济阳区', f'济阳{i}区')
            with open(os.path.join(district, name), 'w', encoding='utf-8') as f:
                f.write(text)

if __name__ == '__main__':
    main()
