/**
 * Academician expert stations named by their host firm's brand (某某生物院士专家工作站, 某某能源院士专家工作站): a
 * Programme, like the stations named by a person or a registered firm (GUIDE.md: 13 of 13 such stations in the
 * tuned documents are Programmes). jieba cuts an unknown brand into single characters of any tag (穹/n 栖/v 能源/n),
 * so the name walk for bodies misses most of them.
 */
import type { Lexicon } from './lexicon.ts';
import type { ProgrammeHit } from './programmes.ts';
import { isPunct, type Token } from './tokens.ts';

const STATION = '院士专家工作站';
/** tags of a brand's own two-character word: unknown or proper */
const BRAND_WORD_TAGS = /^(?:x|nz|nr|ns|nt|j)$/;

/** The stations named by a brand and an industry word (某某生物, 某某能源); offsets are absolute. */
export function brandedExpertStations(text: string, offset: number, tokens: Token[], lex: Lexicon): ProgrammeHit[] {
  const out: ProgrammeHit[] = [];
  for (let at = text.indexOf(STATION); at >= 0; at = text.indexOf(STATION, at + 1)) {
    const k = tokens.findIndex((t) => t.start === offset + at);
    if (k < 2) continue;
    const industry = tokens[k - 1];
    if (!lex.firmIndustryWords.has(industry.word)) continue;
    // the brand: one word jieba does not know, or two single characters whatever their tags
    const [a, b] = [tokens[k - 3], tokens[k - 2]];
    const brandStart = b.word.length === 2 && BRAND_WORD_TAGS.test(b.tag) ? b.start : a && a.word.length === 1 && b.word.length === 1 && !isPunct(a) && !isPunct(b) ? a.start : undefined;
    if (brandStart === undefined) continue;
    out.push({ type: 'Programme', name: text.slice(brandStart - offset, at + STATION.length), start: brandStart, end: offset + at + STATION.length, source: 'kind' });
  }
  return out;
}
