/**
 * What a table's header says about its columns' cells. A project table's 总投资(万元) column holds
 * 28500 in each row: the unit is written once, in the header, and the header's words without it
 * are the metric. A task table's 责任领导 column holds people's names. A table here is a run of
 * lines split into cells by `|` or tabs; the rows below a header have as many cells as it.
 */
import type { Lexicon } from './lexicon.ts';
import type { PersonHit } from './people.ts';
import type { TargetHit } from './targets.ts';

interface Cell {
  text: string;
  start: number;
}

interface ColumnUnit {
  column: number;
  metric: string;
  unit: string;
  /** the written unit, 万元 */
  written: string;
  factor: number;
}

const HEADER_UNIT = /^(.{1,12}?)[(（]\s*([^()（）]{1,6})\s*[)）]$/;
const BARE_NUMBER = /^\d{1,9}(?:\.\d+)?$/;

/**
 * Cells of a table line, with their offsets; null when the line is not a table row. Cells are
 * split by `|`, or else by whitespace (reading turns a tab-separated table's tabs into spaces).
 */
function cellsOf(line: string, lineStart: number): Cell[] | null {
  const cells: Cell[] = [];
  if (line.includes('|')) {
    let from = 0;
    for (const piece of line.split('|')) {
      cells.push({ text: piece.trim(), start: lineStart + from + piece.length - piece.trimStart().length });
      from += piece.length + 1;
    }
    // "| a | b |": the empty cells outside the outer bars are not columns
    if (cells[0]?.text === '') cells.shift();
    if (cells.at(-1)?.text === '') cells.pop();
  } else {
    const word = /\S+/g;
    for (let m = word.exec(line); m; m = word.exec(line)) cells.push({ text: m[0], start: lineStart + m.index });
  }
  return cells.length >= 3 ? cells : null;
}

function columnUnits(cells: Cell[], lex: Lexicon): ColumnUnit[] {
  const q = lex.quantities;
  const out: ColumnUnit[] = [];
  cells.forEach((cell, column) => {
    const m = HEADER_UNIT.exec(cell.text);
    if (!m) return;
    const [, metric, unitText] = m;
    const mult = Object.keys(q.multipliers).find((k) => unitText.startsWith(k) && unitText.length > k.length);
    const unitWord = mult ? unitText.slice(mult.length) : unitText;
    const unit = q.units[unitWord];
    if (!unit) return;
    out.push({ column, metric: metric.trim(), unit: unit[0], written: unitText, factor: (mult ? q.multipliers[mult] : 1) * unit[1] });
  });
  return out;
}

/**
 * The bare numbers of the document's tables under a header with a unit, as targets (kind
 * 'target': the caller knows whether the row's section reviews the past).
 */
export function columnQuantities(text: string, lex: Lexicon, year: number | null): TargetHit[] {
  const hits: TargetHit[] = [];
  let header: { width: number; units: ColumnUnit[] } | null = null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = cellsOf(line, lineStart);
    if (!cells) header = null;
    else {
      const units = columnUnits(cells, lex);
      if (units.length) header = { width: cells.length, units };
      else if (header && cells.length === header.width) {
        for (const col of header.units) {
          const cell = cells[col.column];
          if (!BARE_NUMBER.test(cell.text)) continue;
          hits.push({
            value: Math.round(Number(cell.text) * col.factor * 1e6) / 1e6,
            unit: col.unit,
            raw: `${cell.text}${col.written}`,
            comparator: '=',
            metric: col.metric,
            kind: 'target',
            year: year ?? undefined,
            start: cell.start,
            end: cell.start + cell.text.length,
          });
        }
      }
    }
    lineStart += line.length + 1;
  }
  return hits;
}

const PERSON_CELL = /^\p{Script=Han}{2,4}$/u;

/** The people named in table columns headed by a role (责任领导, 楼宇管家), one per cell or several joined by 、. */
export function columnPeople(text: string, lex: Lexicon): PersonHit[] {
  const hits: PersonHit[] = [];
  let header: { width: number; columns: { column: number; title: string }[] } | null = null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = cellsOf(line, lineStart);
    if (!cells) header = null;
    else {
      const columns = cells.flatMap((cell, column) => (lex.personColumns.has(cell.text) ? [{ column, title: cell.text }] : []));
      if (columns.length) header = { width: cells.length, columns };
      else if (header && cells.length === header.width) {
        for (const { column, title } of header.columns) {
          const cell = cells[column];
          let at = cell.start;
          for (const name of cell.text.split('、')) {
            const surname = lex.compoundSurnames.find((s) => name.startsWith(s)) ?? name[0];
            if (PERSON_CELL.test(name) && (lex.surnames.has(surname) || lex.compoundSurnames.includes(surname)) && !lex.notPersonNames.has(name))
              hits.push({ name, start: at, end: at + name.length, posts: [{ org: null, orgStart: at, orgEnd: at, title }] });
            at += name.length + 1;
          }
        }
      }
    }
    lineStart += line.length + 1;
  }
  return hits;
}
