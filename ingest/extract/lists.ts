/**
 * Coordinated lists (A、B、C等 / A、B和C). Items of one list are things of one kind: when most
 * items are recognised places, the others are places too, even without a suffix word
 * (malls named like brands, numeral names such as 八村), and an item ending in the same suffix
 * as a recognised place is one even when jieba took it for a common word (某中心路); and a project named after the last
 * item of a list of places covers the whole list (A、B和C小区改造项目).
 */
import { leadVerbAtStart, type Lexicon } from './lexicon.ts';
import type { NameHit } from './names.ts';
import { isSingleHan } from './name-starts.ts';
import { nameKey } from './normalise.ts';
import type { TokenIndex } from './token-index.ts';
import { isNominal, isProper, type Token } from './tokens.ts';

type Span = { start: number; end: number };
const FINAL_JOINERS = new Set(['和', '及', '与']);
const ITEM_MAX = 8;
/** the places a list may be counted as: 3个小区, 2个村 */
const COUNTED_KINDS = '(?:小区|村|居民区|社区|街坊|自然村)';
/** A count of places right after a list: 等3个小区, 2个村. */
const COUNTED_AFTER = new RegExp(`^等?\\d+个${COUNTED_KINDS}`);
/** What may follow a road or river to name a stretch of it: 北段, 东侧, 某村段. */
export const STRETCH_AFTER_PLACE = /^(?:[东南西北][段侧岸部块片]|\p{Script=Han}{1,3}段)/u;

/** Places implied by list membership. Offsets are absolute. */
export function coordinatedPlaces(text: string, offset: number, tokens: Token[], names: NameHit[], lex: Lexicon, idx: TokenIndex): NameHit[] {
  // cheap exits first: this runs on every sentence
  if (!text.includes('、')) return [];
  const places = names.filter((n) => n.type === 'Place');
  if (places.length === 0) return [];
  const out: NameHit[] = [];
  const { startAt, endAt } = idx;
  const isPlace = (s: number, e: number) => places.some((p) => p.start - offset === s && p.end - offset === e);
  const covered = (s: number, e: number) => names.some((n) => n.start - offset < e && n.end - offset > s);
  const placeEnd = (s: number) => places.find((p) => p.start - offset === s)?.end;
  const endsLikePlace = (s: number, e: number) => suffixOf(text.slice(s, e), lex) !== undefined;
  for (const list of lists(text, tokens, offset, startAt, endAt, (s) => { const e = placeEnd(s); return e === undefined ? undefined : e - offset; }, endsLikePlace)) {
    const knownNames = list.filter((it) => isPlace(it.start, it.end)).map((it) => text.slice(it.start, it.end));
    // most items are places: all are; else an item ending like a known one is its like ("A路、B路")
    // (or the list is counted as places right after it: A、B2个小区)
    const counted = COUNTED_AFTER.test(text.slice(list[list.length - 1].end, list[list.length - 1].end + 8));
    const most = counted || (knownNames.length >= 2 && knownNames.length * 2 >= list.length);
    if (!most && knownNames.length === 0) continue;
    for (const item of list) {
      // "辖区/n 某浜、某溪": a generic word before the first item is the sentence's, not the name's
      let from = item.start;
      if (item === list[0]) for (let k = startAt[from]; k !== undefined && tokens[k].end - offset < item.end && lex.genericModifiers.has(tokens[k].word); k = startAt[from]) from = tokens[k].end - offset;
      const it = { start: from, end: item === list[list.length - 1] ? lastItemEnd(from, item.end, knownNames, text, endAt, lex) : item.end };
      if (isPlace(it.start, it.end)) continue;
      // "、新/a 枫/nr 菜场、": a place jieba cut inside an item of the list is the whole item
      const cut = places.find((p) => p.end - offset === it.end && p.start - offset > it.start && p.start - offset - it.start <= 2);
      if (cut && item !== list[0] && (cut.name.length - suffixLength(cut.name, lex) === 1 || !lex.genericModifiers.has(text.slice(it.start, cut.start - offset)))) {
        [cut.start, cut.name] = [offset + it.start, text.slice(it.start, it.end)];
        continue;
      }
      if (covered(it.start, it.end)) continue;
      const name = text.slice(it.start, it.end);
      // (or both waterways: 长浜、西潘塘; rivers are listed across their suffixes, other places are not)
      const suffix = suffixOf(name, lex);
      const alike = (k: string) => k.endsWith(suffix!) || (lex.placeKinds[suffix!] === 'river' && lex.placeKinds[suffixOf(k, lex) ?? ''] === 'river');
      if (!most && (suffix === undefined || !knownNames.some(alike))) continue;
      // (one character is a fragment of a name jieba cut, never a name: 和/c 浦/zg 建/v 坊)
      // (nor part of an address: 某某驿8号…)
      if (name.length < 2 || /^\d+[号弄]/.test(text.slice(it.end, it.end + 6)) || lex.genericNames.has(nameKey(name)) || lex.genericModifiers.has(name) || /\d/.test(name)) continue;
      out.push({ type: 'Place', name, start: offset + it.start, end: offset + it.end, suffixLength: 0 });
    }
  }
  return out;
}

const suffixLength = (name: string, lex: Lexicon) => suffixOf(name, lex)?.length ?? 0;

/**
 * The last item of a list runs on into the work named after it when jieba cut its name into pieces
 * (莳桥村、甪/zg 里/f 村/zg 高标准农田建设): it ends at the first word end, within six characters, where it
 * ends with the suffix of a place named earlier in the list.
 */
function lastItemEnd(from: number, end: number, knownNames: string[], text: string, endAt: TokenIndex['endAt'], lex: Lexicon): number {
  if (suffixOf(text.slice(from, end), lex) !== undefined) return end;
  const suffixes = knownNames.map((k) => suffixOf(k, lex)).filter((x): x is string => x !== undefined);
  if (!suffixes.length) return end;
  for (let e = from + 2; e < end && e - from <= 6; e++) {
    if (endAt[e] === undefined) continue;
    const name = text.slice(from, e);
    if (suffixes.some((x) => name.endsWith(x) && name.length > x.length)) return e;
  }
  return end;
}

/** The place suffix a name ends with, after at least one character of its own. */
function suffixOf(name: string, lex: Lexicon): string | undefined {
  return lex.placeSuffixes.find((sfx) => name.endsWith(sfx) && name.length > sfx.length);
}

/** Items between 、 (and a final 和/及/与): whole nominal tokens, at most ITEM_MAX characters. */
function lists(
  text: string,
  tokens: Token[],
  offset: number,
  startAt: TokenIndex['startAt'],
  endAt: TokenIndex['endAt'],
  placeEnd: (s: number) => number | undefined,
  endsLikePlace: (s: number, e: number) => boolean,
): Span[][] {
  const result: Span[][] = [];
  const itemOk = (i: number) => {
    const t = tokens[i];
    const single = isSingleHan(t) && !/^[pcudryeo]/.test(t.tag);
    return (isNominal(t) || isProper(t) || single) && !t.tag.startsWith('v') && t.word !== '等' && !FINAL_JOINERS.has(t.word) && t.tag !== 'q' && !/^\d/.test(t.word);
  };
  // Inside an item, a character jieba reads as a verb may belong to a place's name it cut (、新/a 渡/v 小区):
  // the item then runs on to the first point where it ends like a place.
  const itemEnd = (from: number) => {
    let strict = from;
    let j = startAt[from];
    for (; j !== undefined && j < tokens.length && itemOk(j) && tokens[j].end - offset - from <= ITEM_MAX; j++) strict = tokens[j].end - offset;
    if (strict === from || j === undefined || j >= tokens.length || !isSingleHan(tokens[j]) || tokens[j].tag !== 'v') return strict;
    for (let r = j; r < tokens.length && (r === j || itemOk(r)) && tokens[r].end - offset - from <= ITEM_MAX; r++) {
      if (endsLikePlace(from, tokens[r].end - offset)) return endsLikePlace(from, strict) ? strict : tokens[r].end - offset;
    }
    return strict;
  };
  let k = text.indexOf('、');
  while (k >= 0) {
    // first item: nominal tokens running left from the first 、
    let i = endAt[k];
    if (i === undefined) { k = text.indexOf('、', k + 1); continue; }
    let s = k;
    for (let j = i; j >= 0 && itemOk(j) && k - (tokens[j].start - offset) <= ITEM_MAX; j--) s = tokens[j].start - offset;
    const items: Span[] = s < k ? [{ start: s, end: k }] : [];
    let sep = k;
    for (;;) {
      let from = sep + 1;
      let e = itemEnd(from);
      if (e === from) break;
      // an item that starts with a known place ends with it ("C小区成片区改造": the place is the item)
      const known = placeEnd(from);
      if (known !== undefined && known < e) e = known;
      items.push({ start: from, end: e });
      const next = text[e];
      if (next === '、') { sep = e; continue; }
      const joiner = tokens[startAt[e] ?? -1];
      if (joiner && FINAL_JOINERS.has(joiner.word)) { sep = e; continue; }
      break;
    }
    if (items.length >= 2) result.push(items);
    const last = items[items.length - 1];
    k = text.indexOf('、', Math.max(k + 1, last ? last.end : k + 1));
  }
  return result;
}

/** 某路（甲路至乙路段）, 某路（甲路—乙路）: the stretch of a road in brackets after its name */
export const BRACKETED_STRETCH = /^[(（](?:[^()（）]{2,20}段|[^()（）—–\-－~～至到]{2,10}[—–\-－~～至到][^()（）]{2,10}?[路街道桥口])[)）]/;
const isStretch = (gap: string) => STRETCH_AFTER_PLACE.exec(gap)?.[0] === gap || BRACKETED_STRETCH.exec(gap)?.[0] === gap;

/** Start of a project name extended left over a list of places ending right before `s` (A、B等 / A、B和). */
export function listStart(s: number, text: string, offset: number, places: Span[]): number {
  // an item may be a stretch of a place: 某港某某段、某浜河道整治
  // (or the parcel of a former facility: 原某某化纤厂地块, named by the facility)
  const endingAt = (e: number) => places.find((p) => p.start - offset < e && (p.end - offset === e || (p.end - offset < e && p.end - offset >= e - 24 && (isStretch(text.slice(p.end - offset, e)) || text.slice(p.end - offset, e) === '地块'))));
  const from = (p: Span) => p.start - offset - (text[p.start - offset - 1] === '原' ? 1 : 0);
  let start = s;
  if (text[start - 1] === '等' && endingAt(start - 1)) start = from(endingAt(start - 1)!);
  for (;;) {
    // (an item's 原 stands between it and the separator; a single place's work is named without it)
    const lead = text[start - 1] === '原' ? 1 : 0;
    const sepLen = text[start - 1 - lead] === '、' || FINAL_JOINERS.has(text[start - 1 - lead]) ? 1 : 0;
    const p = sepLen ? endingAt(start - 1 - lead) : undefined;
    if (!p) break;
    start = from(p);
  }
  return start;
}

/** "A、B和C3个小区", "A、B2条河道": a count of places of one kind right after a list, read on the characters. */
const EXACT_COUNT = new RegExp(`(\\d{1,2})(?:个${COUNTED_KINDS}|条(?:河道|河流|道路|马路|里弄|弄堂)|座(?:桥梁|桥)|处(?:里弄|弄堂))`, 'g');
/** where a clause names its area before the list (辖区某浜、某溪2条河道) */
const AREA_LEAD = /^(?:辖区内?|区域内|全镇|全街道|街道|镇域内?)/;
/** the numbering of a list item at the start of its clause: 1. / (2) / 三、 */
const ITEM_NUMBER = /^[\s\u3000]*(?:[(（][\d一二三四五六七八九十]+[)）]|[\d一二三四五六七八九十]+[.．、])[\s\u3000]*/;

/**
 * Places of a list whose count follows it, read on the characters rather than jieba's tokens
 * (which can glue a joiner to a name: 和/c 浦/zg 建/v 坊, 润/v 和/c 苑): when the list has exactly
 * as many items as the count says and every item ends in a place suffix, every item is a place.
 * The last item is joined by the first 和/与/及 that leaves a name of two or more characters on
 * both sides (漾西小区和润和苑, 和园与澜岫公寓).
 */
export function countedListPlaces(text: string, offset: number, names: NameHit[], lex: Lexicon): NameHit[] {
  if (!/\d[个条座处]/.test(text)) return [];
  const out: NameHit[] = [];
  EXACT_COUNT.lastIndex = 0;
  for (let m = EXACT_COUNT.exec(text); m; m = EXACT_COUNT.exec(text)) {
    const count = Number(m[1]);
    if (count < 2) continue;
    let from = m.index;
    while (from > 0 && !/[，,。；;：:\s]/.test(text[from - 1])) from--;
    from += ITEM_NUMBER.exec(text.slice(from, m.index))?.[0].length ?? 0;
    // the clause's lead verbs are not part of the first name
    let clause = text.slice(from, m.index);
    for (let verb = leadVerbAtStart(clause, lex, 2); verb && verb.length >= 2; verb = leadVerbAtStart(clause, lex, 2)) [clause, from] = [clause.slice(verb.length), from + verb.length];
    const area = AREA_LEAD.exec(clause)?.[0].length ?? 0;
    [clause, from] = [clause.slice(area), from + area];
    const items = splitList(clause);
    // (counted as rivers, a stream is one too, though 溪 alone names no place: 某溪、某浜2条河道)
    const stream = (it: string) => /条(?:河道|河流)$/.test(m![0]) && /\p{Script=Han}{1,4}溪$/u.test(it);
    if (items.length !== count || !items.every((it) => /^[\u4e00-\u9fa5\d]{2,12}$/.test(it) && (suffixOf(it, lex) !== undefined || stream(it)))) continue;
    let at = from;
    for (const item of items) {
      const start = text.indexOf(item, at);
      at = start + item.length;
      const covered = names.some((n) => n.start - offset < at && n.end - offset > start);
      const suffix = suffixOf(item, lex);
      if (!covered && !lex.genericNames.has(nameKey(item))) out.push({ type: 'Place', name: item, start: offset + start, end: offset + at, kind: suffix ? lex.placeKinds[suffix] : 'river', suffixLength: suffix?.length ?? 1 });
    }
  }
  return out;
}

function splitList(clause: string): string[] {
  const pieces = clause.split('、');
  const last = pieces.pop() ?? '';
  for (let k = 2; k <= last.length - 2; k++) if (FINAL_JOINERS.has(last[k])) return [...pieces, last.slice(0, k), last.slice(k + 1)];
  return [...pieces, last];
}

