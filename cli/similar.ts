/** `kg similar PROGRAMME-OR-DISTRICT`: the ranked list of similar programmes (or districts), with reasons. */
import type { Driver } from 'neo4j-driver';
import { districtSimilarity, resolveEntities, similarProgrammes, type EntityMatch } from '../graph/index.ts';

/** A query such as 加装电梯 matches one programme per district; show a few, not all. */
const MAX_PROGRAMMES_SHOWN = 5;

const fmt = (score: number) => score.toFixed(2);
const where = (districts: string[]) => (districts.length ? ` — ${districts.join(', ')}` : '');

async function describeProgramme(driver: Driver, match: EntityMatch, limit: number, database?: string): Promise<string[]> {
  const lines = [`${match.name}${where(match.districts)}  [${match.id}]`];
  const similar = await similarProgrammes(driver, match.id, limit, database);
  if (!similar.length) {
    lines.push('  no similar programmes in other districts (none above the threshold)');
    return lines;
  }
  similar.forEach((s, i) => {
    lines.push(`  ${String(i + 1).padStart(2)}. ${fmt(s.score)}  ${s.name}${where(s.districts)}`);
    for (const reason of s.reasons) lines.push(`        · ${reason}`);
  });
  return lines;
}

async function describeDistrict(driver: Driver, match: EntityMatch, limit: number, database?: string): Promise<string[]> {
  const lines = [`Districts running programmes similar to ${match.name}  [${match.id}]`];
  const similar = await districtSimilarity(driver, match.id, limit, database);
  if (!similar.length) {
    lines.push('  no other district shares programmes, policies or themes with it');
    return lines;
  }
  similar.forEach((d, i) => {
    lines.push(`  ${String(i + 1).padStart(2)}. ${fmt(d.score)}  ${d.name}`);
    for (const reason of d.reasons) lines.push(`        · ${reason}`);
  });
  return lines;
}

export async function similarCommand(
  driver: Driver,
  query: string,
  opts: { limit?: number; database?: string } = {},
): Promise<string> {
  const limit = opts.limit ?? 10;
  const matches = await resolveEntities(driver, query, opts.database);
  if (!matches.length) return `nothing named "${query}": no programme or district id, name or alias matches it`;
  const districts = matches.filter((m) => m.label === 'District');
  const programmes = matches.filter((m) => m.label === 'Programme');
  // A district wins when it is the best match: resolveEntities lists exact matches first.
  if (matches[0].label === 'District') {
    const lines = await describeDistrict(driver, districts[0], limit, opts.database);
    if (districts.length > 1) lines.push('', `also matched: ${districts.slice(1).map((d) => d.name).join(', ')}`);
    return lines.join('\n');
  }
  const shown = programmes.slice(0, MAX_PROGRAMMES_SHOWN);
  const out: string[] = [];
  if (programmes.length > 1) out.push(`${programmes.length}${programmes.length >= 20 ? '+' : ''} programmes match "${query}"; showing ${shown.length}`, '');
  for (const m of shown) out.push(...(await describeProgramme(driver, m, limit, opts.database)), '');
  if (districts.length) out.push(`districts matching too: ${districts.map((d) => d.name).join(', ')}`);
  return out.join('\n').trimEnd();
}
