#!/usr/bin/env python3
"""
Micro F1 per group of labelled documents, from a verbose eval run, by counts only (it never prints
an entity string, so never-tuned documents stay unread). Used for the closing notes' tables.

  npx tsx test/eval/extraction.ts --verbose > /tmp/eval.txt
  python3 test/eval/group-scores.py agg /tmp/eval.txt held,rs,rst,tuned,seed
  python3 test/eval/group-scores.py diff /tmp/old.txt /tmp/new.txt held,rs      (F1 and FP/FN count changes)

Groups (from held-out.txt and README's round table, whose rows say "real-style" and "never tuned"/"tuned"):
  held   invented documents never tuned on      rs     real-style documents never tuned on
  tuned  invented documents tuned on            rst    real-style documents tuned on
  seed   the five real seeds                    rsNNN / rstNNN: the same for rounds >= NNN only (e.g. rs397)
"""
import os, re, sys

LABELS = ['Programme', 'Policy', 'Place', 'Organisation', 'Person', 'Target']
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def groups():
    held = {l.strip() for l in open(os.path.join(ROOT, 'test/fixtures/labelled/held-out.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')}
    rounds = {}
    for l in open(os.path.join(ROOT, 'README.md'), encoding='utf-8'):
        m = re.match(r'^\| (\d+) \(([^)]*)\) \| ([^|]+)\|', l)
        if m and 'real-style' in m.group(2):
            for n in m.group(3).split('/'):
                rounds[n.strip()] = int(m.group(1))
    names = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, 'test/fixtures/labelled')) if f.endswith('.json'))
    never = lambda n: n in held or re.sub(r'_20\d\d$', '', n) in held
    out = {}
    for n in names:
        g = 'seed' if n.startswith('seed') else ('rs' if never(n) else 'rst') if n in rounds else 'held' if never(n) else 'tuned'
        out[n] = (g, rounds.get(n))
    return out


def members(spec, all_groups):
    m = re.fullmatch(r'(rst|rs)(\d+)?', spec)
    if m and m.group(2):
        return {n for n, (g, r) in all_groups.items() if g == m.group(1) and r is not None and r >= int(m.group(2))}
    return {n for n, (g, _) in all_groups.items() if g == spec}


def parse(path):
    d = {}
    for l in open(path, encoding='utf-8'):
        m = re.match(r'^  \[([^\]]+)\] (\w+) (FP|FN): ?(.*)$', l.rstrip('\n'))
        if m:
            s = m.group(4).strip()
            d.setdefault(m.group(1), {}).setdefault(m.group(2), {})[m.group(3)] = len(s.split(' | ')) if s else 0
            continue
        m = re.match(r'^(\S+)\s+(\w+)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+$', l)
        if m and not l.startswith(('ALL', 'HELD', 'REAL')):
            d.setdefault(m.group(1), {}).setdefault(m.group(2), {}).update(gold=int(m.group(3)), pred=int(m.group(4)))
    return d


def micro(d, names):
    out = {}
    for lab in LABELS:
        g = p = fp = fn = 0
        for n in names:
            x = d.get(n, {}).get(lab)
            if x and 'gold' in x:
                g, p, fp, fn = g + x['gold'], p + x['pred'], fp + x.get('FP', 0), fn + x.get('FN', 0)
        prec = (p - fp) / p if p else 1
        rec = (g - fn) / g if g else 1
        out[lab] = dict(fp=fp, fn=fn, f=2 * prec * rec / (prec + rec) if prec + rec else 0)
    return out


def main():
    cmd, *args = sys.argv[1:]
    all_groups = groups()
    if cmd == 'agg':
        d = parse(args[0])
        for spec in args[1].split(','):
            names = [n for n in members(spec, all_groups) if n in d]
            a = micro(d, names)
            print(f'{spec:7} n={len(names):3}  ' + ' / '.join(f"{a[l]['f']:.4f}" for l in LABELS))
    elif cmd == 'diff':
        d1, d2 = parse(args[0]), parse(args[1])
        for spec in args[2].split(','):
            names = [n for n in members(spec, all_groups) if n in d1 and n in d2]
            a, b = micro(d1, names), micro(d2, names)
            print(f'{spec:7} n={len(names):3}  ' + '  '.join(f"{l[:4]} {b[l]['f'] - a[l]['f']:+.4f} FP{b[l]['fp'] - a[l]['fp']:+d} FN{b[l]['fn'] - a[l]['fn']:+d}" for l in LABELS))
    else:
        sys.exit(__doc__)


main()
