#!/usr/bin/env python3
"""Checks a labelled fixture pair: python3 test/eval/check-fixture.py DIR/NAME  (reads NAME.txt and NAME.json).
Every name and alias must occur verbatim in the text; targets need a number value and a unit;
prints, per label, the count, and for targets the Arabic-numeral quantities of the text that no
target seems to cover (a hint, not a verdict)."""
import json, re, sys
base = sys.argv[1].removesuffix('.json').removesuffix('.txt')
text = open(base + '.txt', encoding='utf-8').read()
data = json.load(open(base + '.json', encoding='utf-8'))
ok = True
for key in ('text', 'note', 'District', 'Programme', 'Policy', 'Place', 'Organisation', 'Person', 'Target'):
    if key not in data: print('MISSING KEY', key); ok = False
seen = {}
for label in ('District', 'Programme', 'Policy', 'Place', 'Organisation', 'Person'):
    for entry in data.get(label, []):
        names = entry if isinstance(entry, list) else [entry]
        if not names or not all(isinstance(n, str) and n for n in names): print('BAD ENTRY', label, entry); ok = False; continue
        for n in names:
            if n not in text: print('NOT IN TEXT', label, n); ok = False
            if n in seen and seen[n] != label: print('SAME NAME UNDER TWO LABELS', n, seen[n], label)
            seen[n] = label
    print(f'{label}: {len(data.get(label, []))}')
targets = data.get('Target', [])
for t in targets:
    if not isinstance(t, dict) or not isinstance(t.get('value'), (int, float)) or not isinstance(t.get('unit'), str) or not t.get('unit'):
        print('BAD TARGET', t); ok = False
print(f'Target: {len(targets)}')
values = {}
for t in targets:
    if isinstance(t, dict) and isinstance(t.get('value'), (int, float)): values[float(t['value'])] = values.get(float(t['value']), 0) + 1
uncovered = []
for m in re.finditer(r'(?<![\d.A-Za-z])(\d+(?:\.\d+)?)\s*(万|亿)?', text):
    v = float(m.group(1)) * (10000 if m.group(2) == '万' else 1e8 if m.group(2) == '亿' else 1)
    if not any(abs(v - k) < 1e-6 * max(1, abs(k)) for k in values): uncovered.append(text[max(0, m.start() - 8):m.end() + 4].replace('\n', ' '))
print(f'numbers in the text with no target of that value ({len(uncovered)}; dates, ordinals, codes and so on are expected here):')
for u in uncovered: print('   ', u)
print('OK' if ok else 'ERRORS ABOVE')
