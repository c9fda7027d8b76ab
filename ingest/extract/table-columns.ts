/**
 * What a table's header says about its columns' cells. A project table's 总投资(万元) column holds
 * 28500 in each row: the unit is written once, in the header, and the header's words without it
 * are the metric. A task table's 责任领导 column holds people's names. A table here is a run of
 * lines split into cells by `|` or tabs; the rows below a header have as many cells as it.
 */
import type { Lexicon } from './lexicon.ts';
import type { PersonHit } from './people.ts';
import type { TargetHit } from './targets.ts';
import type { Comparator } from '../types.ts';

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

/** A written unit (万元, 家, %) as its canonical unit and the factor from the written one. */
function unitOf(written: string, lex: Lexicon): { unit: string; factor: number } | null {
  const q = lex.quantities;
  const mult = Object.keys(q.multipliers).find((k) => written.startsWith(k) && written.length > k.length);
  const unit = q.units[mult ? written.slice(mult.length) : written];
  return unit ? { unit: unit[0], factor: (mult ? q.multipliers[mult] : 1) * unit[1] } : null;
}

function columnUnits(cells: Cell[], lex: Lexicon): ColumnUnit[] {
  const out: ColumnUnit[] = [];
  cells.forEach((cell, column) => {
    const m = HEADER_UNIT.exec(cell.text);
    if (!m) return;
    const [, metric, unitText] = m;
    const unit = unitOf(unitText, lex);
    if (!unit) return;
    out.push({ column, metric: metric.trim(), unit: unit.unit, written: unitText, factor: unit.factor });
  });
  return out;
}

/**
 * Calls visit(row, columns) for each row under a header for which columnsOf finds columns of
 * interest; a row has as many cells as its header, and a line that is not a table row ends it.
 */
function forEachRow<C>(text: string, columnsOf: (header: Cell[]) => C[], visit: (row: Cell[], columns: C[]) => void): void {
  let header: { width: number; columns: C[] } | null = null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = cellsOf(line, lineStart);
    const columns = cells ? columnsOf(cells) : [];
    // (under a header, a row as wide as it is a row, even where its cells read like a header's: 主席 | 某某)
    if (!cells) header = null;
    else if (header && cells.length === header.width) visit(cells, header.columns);
    else if (columns.length) header = { width: cells.length, columns };
    lineStart += line.length + 1;
  }
}

/**
 * The bare numbers of the document's tables under a header with a unit, as targets (kind
 * 'target': the caller knows whether the row's section reviews the past).
 */
export function columnQuantities(text: string, lex: Lexicon, year: number | null): TargetHit[] {
  const hits: TargetHit[] = [];
  forEachRow(text, (header) => columnUnits(header, lex), (row, units) => {
    for (const col of units) {
      const cell = row[col.column];
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
  });
  unitColumnQuantities(text, lex, year, hits);
  return hits;
}

/** An indicator table's unit column (单位, 计量单位), and the value columns beside it (2025年目标, 2024年完成, 基数, 样本量, 户数). */
const UNIT_HEADER = /^(?:计量)?单位$/;
const VALUE_HEADER = /目标|完成|基数|实际|预计|现状|\d{4}年|(?:量|数)$/;
const METRIC_HEADER = /指标|名称|项目|内容/;
/** A bare number in a value column, with a comparator before it (≥90). */
const VALUE_CELL = /^([≥≤><]?)\s*(\d{1,9}(?:\.\d+)?)$/;
const CELL_COMPARATORS: Record<string, Comparator> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<', '': '=' };

interface UnitColumnTable {
  unitColumn: number;
  metricColumn: number;
  values: { column: number; header: string }[];
}

function unitColumnTable(cells: Cell[]): UnitColumnTable[] {
  const unitColumn = cells.findIndex((c) => UNIT_HEADER.test(c.text));
  if (unitColumn < 0) return [];
  const metricColumn = cells.findIndex((c) => METRIC_HEADER.test(c.text));
  const values = cells.flatMap((c, column) => (column !== unitColumn && VALUE_HEADER.test(c.text) && !METRIC_HEADER.test(c.text) ? [{ column, header: c.text }] : []));
  return values.length ? [{ unitColumn, metricColumn: metricColumn >= 0 ? metricColumn : unitColumn - 1, values }] : [];
}

/**
 * The bare numbers of indicator tables whose unit is a column of its own
 * (序号 | 指标名称 | 单位 | 2024年完成 | 2025年目标): each row's unit cell gives its numbers their unit.
 */
function unitColumnQuantities(text: string, lex: Lexicon, year: number | null, hits: TargetHit[]): void {
  forEachRow(text, unitColumnTable, (row, [table]) => {
    const written = row[table.unitColumn].text;
    const unit = unitOf(written, lex);
    if (!unit) return;
    const metric = row[table.metricColumn]?.text ?? '';
    for (const { column } of table.values) {
      const cell = row[column];
      const m = VALUE_CELL.exec(cell.text);
      if (!m) continue;
      const at = cell.start + cell.text.length - m[2].length;
      hits.push({ value: Math.round(Number(m[2]) * unit.factor * 1e6) / 1e6, unit: unit.unit, raw: `${m[2]}${written}`, comparator: CELL_COMPARATORS[m[1]], metric, kind: 'target', year: year ?? undefined, start: at, end: at + m[2].length });
    }
  });
}

const PERSON_CELL = /^\p{Script=Han}{2,4}$/u;
const POST_HEADER = /^(?:职务|职位|职称|岗位|分工)$/;
const ROLE_HEADER = /^\p{Script=Han}{2,8}$/u;

/** The people named in table columns headed by a role (责任领导, 楼宇管家, 居民区书记), one per cell or several joined by 、. */
export function columnPeople(text: string, lex: Lexicon): PersonHit[] {
  const hits: PersonHit[] = [];
  // a header that is itself a title names its holders too (居民区书记, 项目负责人)
  // (a bracketed note inside the header is no part of the role: 村（居）级河长)
  const isRole = (raw: string) => {
    const header = raw.replace(/[(（][^()（）]*[)）]/g, '');
    return lex.personColumns.has(header) || (ROLE_HEADER.test(header) && lex.titleRegex.test(header));
  };
  // a 姓名 or role column's holders take their title from the row's 职务 column, where there is one
  // (接待领导 | 职务: 副区长 is the post, the header only the role in this table)
  const roles = (header: Cell[]) => {
    const post = header.findIndex((cell) => POST_HEADER.test(cell.text));
    return header.flatMap((cell, column) => (isRole(cell.text) ? [{ column, title: cell.text, post }] : []));
  };
  forEachRow(text, roles, (row, columns) => {
    for (const { column, title: header, post } of columns) {
      const postText = post >= 0 ? row[post].text.replace(/[(（][^()（）]*[)）]$/, '') : '';
      const title = postText && lex.titleRegex.test(postText) ? postText : header;
      let at = row[column].start;
      for (const name of row[column].text.split('、')) {
        const surname = lex.compoundSurnames.find((s) => name.startsWith(s)) ?? name[0];
        if (PERSON_CELL.test(name) && (lex.surnames.has(surname) || lex.compoundSurnames.includes(surname)) && !lex.notPersonNames.has(name))
          hits.push({ name, start: at, end: at + name.length, posts: [{ org: null, orgStart: at, orgEnd: at, title }] });
        at += name.length + 1;
      }
    }
  });
  return hits;
}
