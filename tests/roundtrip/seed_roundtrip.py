#!/usr/bin/env python3
"""Compare a rendered plan with its text in the seed gazette.

usage: seed_roundtrip.py {general|meteo|geo|seismic} RENDERED.txt [--show N] [--min SHARE]

Both sides are normalised: page-number lines ("— 19 —") and all white space removed.
Prints the share of the seed's sentences (split at 。 and ；, 4+ characters) found verbatim
in the rendered text, and with --show the first N seed sentences that are missing.
Exits 1 when the share is below --min (default 1.0: every sentence), so a test can use it.
"""
import os, re, sys

SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'seed.txt')
RANGES = {'general': (1, 1481), 'meteo': (6303, 7441), 'geo': (7442, 8274), 'seismic': (8275, 9385)}

def norm(text):
    text = re.sub(r'^\s*—\s*\d+\s*—\s*$', '', text, flags=re.M)
    return re.sub(r'\s+', '', text)

def seed(name):
    first, last = RANGES[name]
    lines = open(SEED, encoding='utf-8').read().split('\n')[first - 1:last]
    return norm('\n'.join(lines))

def sentences(text):
    return [s for s in re.split(r'[。；]', text) if len(s) >= 4]

def main():
    if len(sys.argv) < 3 or sys.argv[1] not in RANGES:
        print(__doc__.strip()); return 2
    rendered = norm(open(sys.argv[2], encoding='utf-8').read())
    wanted = sentences(seed(sys.argv[1]))
    missing = [s for s in wanted if s not in rendered]
    share = 1 - len(missing) / len(wanted)
    print(f'{sys.argv[1]}: {len(wanted) - len(missing)}/{len(wanted)} seed sentences found ({share:.4f})')
    show = int(sys.argv[sys.argv.index('--show') + 1]) if '--show' in sys.argv else 0
    for s in missing[:show]:
        print('  missing:', s[:80])
    floor = float(sys.argv[sys.argv.index('--min') + 1]) if '--min' in sys.argv else 1.0
    return 0 if share >= floor else 1

if __name__ == '__main__':
    sys.exit(main())
