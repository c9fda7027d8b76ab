/**
 * Phases of named works (某某智谷二期, 某某森林公园一期, 某区某某小学二期): a phase is a project of its
 * own, named by what is built and the phase. The name runs left from the phase word to the verb,
 * punctuation or district written before it, or is the body or place named right before it.
 */
import { endsWithLevel, type DistrictMention } from './districts.ts';
import { alternation, type Lexicon } from './lexicon.ts';
import { STOP_WORDS } from './name-starts.ts';
import type { NameHit } from './names.ts';
import type { ProgrammeHit } from './programmes.ts';
import { isNominal, isNumeric, isPunct, isProper, type Token } from './tokens.ts';

/** a phase word: 一期, 第二期 */
export const PHASE_SOURCE = '(?:第[一二三四五六七八九十\\d]+期|[一二三四五六七八九十]期)';
/** the work written right after a phase, part of its name: 三期建设 */
export const PHASE_WORK_SOURCE = '(?:建设|改造|工程|项目)';
export const PHASE_WORK = new RegExp(`^${PHASE_WORK_SOURCE}`);
const PHASE = new RegExp(`^${PHASE_SOURCE}$`);
/** what follows a compound listed among compounds: 、某某湾, 等2个小区 */
export const LISTED_AFTER = /^(?:[、和及与]|等?\d+个(?:小区|居民区|社区|村))/;
const MAX_NAME = 14;
const MAX_REGISTERED_NAME = 26;
const REGISTERED = /有限公司|有限责任公司|集团/;
const MIN_NAME = 3;

/** Offsets are absolute. */
export function phasedWorks(text: string, offset: number, tokens: Token[], names: NameHit[], districts: DistrictMention[], programmes: ProgrammeHit[], lex: Lexicon): ProgrammeHit[] {
  if (!text.includes('期')) return [];
  const out: ProgrammeHit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const phase = tokens[k];
    if (!PHASE.test(phase.word) || programmes.some((p) => p.start <= phase.start && phase.end <= p.end)) continue;
    // (a compound's later phase listed among compounds is the compound: 某某华庭二期、某某湾2个小区)
    if (LISTED_AFTER.test(text.slice(phase.end - offset, phase.end - offset + 8))) continue;
    const named = names.find((n) => n.end === phase.start);
    let start = named?.start ?? phase.start;
    let specific = named !== undefined;
    if (!named) {
      for (let j = k - 1; j >= 0; j--) {
        const t = tokens[j];
        // (a registered body's name, brackets and all, starts the work named after it: 某某（上海）有限公司某某基地一期)
        const body = names.find((n) => n.type === 'Organisation' && n.end === t.end && n.start < t.start);
        if (body && phase.start - body.start <= MAX_NAME + body.name.length) { [start, specific] = [body.start, true]; break; }
        // (a district written out ends the name; a short form inside it is part of it: 红河长宁产业协作园二期)
        // (a bracketed place inside a registered name: 某某生物医药（上海）有限公司)
        if (/^[)）]$/.test(t.word) && j >= 3 && /^[(（]$/.test(tokens[j - 2].word) && /^\p{Script=Han}{2,3}$/u.test(tokens[j - 1].word)) { j -= 2; continue; }
        if (isPunct(t) || STOP_WORDS.has(t.word) || lex.leadVerbs.has(t.word) || /\d/.test(t.word) || districts.some((d) => d.end === t.end && endsWithLevel(d.name) && text.slice(d.start - offset, d.end - offset) === d.name)) break;
        // (longer only with a registered body's name in it)
        if (phase.start - t.start > (REGISTERED.test(text.slice(t.start - offset, phase.start - offset)) ? MAX_REGISTERED_NAME : MAX_NAME)) { start = phase.start; break; }
        start = t.start;
        // (a name jieba cut into fragments or kept unknown: 泓/q 溪/n, 空智/n 谷/nr)
        // (a name jieba cut into fragments: 泓/q 溪/n; not the head right before the phase, which is the kind: 安置/v 房/n)
        specific ||= isProper(t) || (j < k - 1 && t.word.length === 1 && !/^[pcudr]/.test(t.tag));
      }
    }
    const head = text.slice(start - offset, phase.start - offset);
    if (!specific || head.length < MIN_NAME || lex.genericNames.has(head) || lex.genericModifiers.has(head.slice(0, 1))) continue;
    // (the work written after the phase is part of its name: 某园三期建设, GUIDE.md)
    const end = workAfterPhase(tokens, k + 1, lex) ?? phase.end + (PHASE_WORK.exec(text.slice(phase.end - offset))?.[0].length ?? 0);
    out.push({ type: 'Programme', name: text.slice(start - offset, end - offset), start, end, source: 'kind' });
  }
  return out;
}

/** 改造, 提升, and words ending in one (旧住房成套改造): the project actions of the lexicon */
const actionsOf = new WeakMap<Lexicon, { set: Set<string>; end: RegExp }>();
function isProjectAction(word: string, lex: Lexicon): boolean {
  let a = actionsOf.get(lex);
  if (!a) actionsOf.set(lex, (a = { set: new Set(lex.projectActions), end: new RegExp(`(?:${alternation(lex.projectActions)})$`) }));
  return a.set.has(word) || (word.length > 2 && a.end.test(word));
}

/** a stage of construction the sentence reports (二期|开工建设, 一期|竣工验收): not the phase's work */
const STAGE = /^(?:开工|竣工|完工|启动|投用|投运|交付|验收|封顶)/;

/**
 * "某村老旧厂房二期|转型/n 提升/v", "某新村一期|旧住房成套改造/nz (项目)": the work written right after
 * a phase, nominal words ending in a project action, belongs to the phase's name. End offset or undefined.
 */
export function workAfterPhase(tokens: Token[], from: number, lex: Lexicon): number | undefined {
  // (一期|工程建设/n: the kind word ends the name, the work after it is the sentence's)
  if (/^(?:项目|工程)/.test(tokens[from]?.word ?? '')) return tokens[from].start + 2;
  let end: number | undefined;
  let described = false;
  for (let j = from; j < tokens.length && tokens[j].end - tokens[from].start <= 10; j++) {
    const u = tokens[j];
    if (isPunct(u) || STOP_WORDS.has(u.word) || isNumeric(u) || STAGE.test(u.word)) break;
    // (an action may also lead a clause, 提升: it is read as the action first; a bare action right
    // after the phase, 二期|新建, is the sentence's unless it is the work's own word, 二期建设)
    if (isProjectAction(u.word, lex) && (described || end !== undefined || u.word.length > 2 || PHASE_WORK.test(u.word))) end = u.end;
    else if (end !== undefined && (u.word === '项目' || u.word === '工程')) return u.end;
    else if (end !== undefined || lex.leadVerbs.has(u.word) || !(isNominal(u) || lex.genericModifiers.has(u.word) || u.tag === 'a')) break;
    else described = true;
  }
  return end;
}
