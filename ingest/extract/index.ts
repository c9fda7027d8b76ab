/**
 * Stage 3 of the ingest flow: every entity and relation of the graph model from one
 * StructuredDocument. Pure: no I/O except reading the data files once (loadLexicons).
 */
import type { DistrictRef, Entity, Extraction, SectionMode, StructuredDocument } from '../types.ts';
import { addDocumentFacts, documentInfo } from './document.ts';
import { districtKey, DocumentGraph, ids } from './graph.ts';
import { mergeQuotedVariants } from './quoted-variants.ts';
import { dropGluedJoiners, restoreCutNames } from './cut-names.ts';
import { mergeOwnBodies } from './own-bodies.ts';
import { dropUnlikelyNames, loadNameConfidence, type NameConfidenceFile } from './name-confidence.ts';
import { loadLexicons, type Lexicon } from './lexicon.ts';
import { linkSentence, type Placed } from './link.ts';
import { nameKey, splitParenthetical } from './normalise.ts';
import { endsLikePlaceOrBody, findRoster, type PersonHit } from './people.ts';
import { analyseSentence, type SentenceHits } from './sentence.ts';
import { headingProgramme } from './headings.ts';
import { addKindProgrammes } from './programme-kinds.ts';
import { organisationVariants, placeVariants, programmeVariants } from './name-variants.ts';
import { columnPeople, columnQuantities } from './table-columns.ts';
import { tokenize, tokensOf, type Token } from './tokens.ts';

export { loadLexicons } from './lexicon.ts';
export { entityFeatures, judged, probabilityRight, relationRoles, RULES_ONLY, type LabelModel, type NameConfidenceFile } from './name-confidence.ts';

/** The whole document's tokens, as extract reads them; a batch may cut several documents first. */
export function segment(docText: string): Token[] {
  loadLexicons(); // its user words must be in jieba's dictionary before the first cut
  return tokenize(docText, 0);
}

/**
 * `docTokens` lets a batch segment several documents in a row (see extractFiles), which keeps jieba's trie in the CPU cache.
 * `confidence` is the model that drops unlikely names (training reads the names without one).
 */
export function extract(doc: StructuredDocument, docTokens: Token[] = segment(doc.decoded.text), confidence: NameConfidenceFile = loadNameConfidence()): Extraction {
  const lex = loadLexicons();
  const info = documentInfo(doc);
  const graph = new DocumentGraph(doc.decoded.text);
  const chain = addDocumentFacts(doc, info, graph);
  const scope = scopes(doc, chain);
  const ownNames = doc.district ? [doc.district.name, ...doc.district.aliases].filter((n) => n.length >= 2) : [];
  const year = doc.metadata.year;
  const warnings: string[] = [];
  const orgMentions: { id: string; name: string; start: number }[] = [];
  let targetCount = 0;

  const headingSpans = new Map<number, { start: number; end: number }>();
  const headingIds = headingProgrammes(doc, lex, graph, scope.local, headingSpans);
  const units = sentenceUnits(doc);
  // one segmentation of the whole text; each sentence takes its slice (see tokens.ts)
  const docText = doc.decoded.text;
  const tableQuantities = columnQuantities(docText, lex, year);
  const tablePeople = columnPeople(docText, lex).filter((p) => !endsLikePlaceOrBody(p.name));
  /** table rows no sentence covers (an attachment's roster table) are added after the sentences */
  const placedTablePeople = new Set<PersonHit>();
  /** units outside the gazetteer already written with their parent */
  const chainedUnits = new Set<string>();
  for (const u of units) {
    const tokens = tokensOf(docTokens, docText, u.text, u.start);
    const hits = analyseSentence(u.text, u.start, u.section, u.mode, doc, ownNames, lex, tokens);
    // a unit the gazetteer does not list stands in the graph only under its parent, written before it
    // in the document (阿克苏地区温宿县 … 赴温宿县), so no district floats without a chain
    for (const d of hits.districts) if (d.partOf) chainedUnits.add(d.id);
    if (hits.districts.some((d) => d.unlisted)) hits.districts = hits.districts.filter((d) => !d.unlisted || chainedUnits.has(d.id));
    for (const t of tableQuantities)
      if (t.start >= u.start && t.end <= u.start + u.text.length) hits.targets.push({ ...t, kind: u.mode === 'review' ? 'result' : 'target' });
    for (const p of tablePeople)
      if (p.start >= u.start && p.end <= u.start + u.text.length) {
        placedTablePeople.add(p);
        if (!hits.persons.some((q) => q.start === p.start)) hits.persons.push(p);
      }
    // a heading that names a programme ("(四)某某提升行动") is not re-read as a shorter name
    const heading = headingSpans.get(u.section);
    if (heading) hits.programmes = hits.programmes.filter((p) => p.source !== 'kind' || !(heading.start <= p.start && p.end <= heading.end));
    const programmes: Placed[] = [];
    const policies: (Placed & { viaName?: boolean })[] = [];
    for (const p of hits.programmes) {
      // a lexicon term is named canonically (既有住宅加装电梯); the variant written here is an alias
      const surface = p.source === 'lexicon' ? u.text.slice(p.start - u.start, p.end - u.start) : p.name;
      if (p.type === 'Policy') {
        const policy = graph.entity('Policy', ids.policy(p.name), p.name, p, { kind: p.source === 'title' ? 'document' : 'framework' });
        if (surface !== p.name) graph.entity('Policy', policy, surface, null);
        policies.push({ id: policy, span: p });
        continue;
      }
      const id = graph.entity('Programme', ids.programme(scope.local, p.name), p.name, p, { year: year ?? undefined });
      if (surface !== p.name) graph.entity('Programme', id, surface, null);
      for (const alias of programmeVariants(p.name)) graph.entity('Programme', id, alias, null);
      programmes.push({ id, span: p });
      if (p.policy) policies.push({ id: graph.entity('Policy', ids.policy(p.policy), p.policy, null, { kind: 'framework' }), span: p, viaName: true });
    }
    const kindMentions = doc.district ? addKindProgrammes(u.text, u.start, programmes, graph, scope.local, year) : [];
    // a number in a kind's own name is no quantity (全国1%人口抽样调查)
    if (kindMentions.length && hits.targets.length) hits.targets = hits.targets.filter((t) => !kindMentions.some((m) => m.start <= t.start && t.end <= m.end));
    const places = hits.names.filter((n) => n.type === 'Place').map((n) => {
      const id = graph.entity('Place', placeId(n.name, scope, lex), n.name, n, { kind: n.kind });
      for (const alias of [...(n.aliases ?? []), ...placeVariants(n.name)]) graph.entity('Place', id, alias, null);
      return { id, span: n };
    });
    const orgs = hits.names.filter((n) => n.type === 'Organisation').map((n) => {
      const id = addOrg(graph, n.name, n, scope, lex);
      for (const alias of n.aliases ?? []) graph.entity('Organisation', id, alias, null);
      orgMentions.push({ id, name: n.name, start: n.start });
      return { id, span: n };
    });
    for (const d of hits.districts) {
      graph.entity('District', d.id, d.name, d, { level: d.level });
      // the short form written (苏州, 潍坊) is an alias of the unit
      const written = doc.decoded.text.slice(d.start, d.end);
      if (written !== d.name) graph.entity('District', d.id, written, null);
      if (d.partOf) graph.relation('PART_OF', d.id, d.partOf, { start: d.start, end: d.end });
    }
    for (const p of hits.persons) addPerson(graph, p);
    const targets = hits.targets.map((t) => ({
      id: graph.entity('Target', ids.target(info.id.replace(/^doc:/, ''), ++targetCount), `${t.metric} ${t.raw}`, t, {
        value: t.value, unit: t.unit, metric: t.metric, comparator: t.comparator, kind: t.kind, year: t.year, raw: t.raw,
      }),
      span: t,
    }));
    linkSentence(hits, programmes, places, orgs, policies, targets, {
      graph, districtId: doc.district?.id ?? null, headingProgrammes: headingChain(u.section, doc, headingIds), year,
    });
  }
  for (const p of tablePeople) if (!placedTablePeople.has(p)) addPerson(graph, p);
  addRoster(doc, lex, graph, scope, orgMentions);
  addGlossary(doc, graph, scope.local, doc.district?.id ?? null);
  mergeQuotedVariants(graph);
  restoreCutNames(graph);
  dropGluedJoiners(graph);
  mergeOwnBodies(graph, doc.district);
  dropUnlikelyNames(graph, lex, confidence);
  addThemes(graph, lex);
  for (const e of graph.entities.values())
    if (e.type !== 'Document' && e.mentions.length) graph.relation('MENTIONED_IN', e.id, info.id, null, {});
  for (const r of graph.relations.values()) {
    if (r.type === 'MENTIONED_IN') r.evidence = graph.entities.get(r.from)!.mentions.slice();
    if (!r.sentence && r.evidence.length) r.sentence = graph.sentenceOf(r.evidence[0], doc.sentences);
  }
  if (!doc.district) warnings.push('no covered district: programmes are scoped as "unknown"');
  return { document: info, entities: [...graph.entities.values()], relations: [...graph.relations.values()], warnings };
}

/** A person mentioned by a hit, with the titles of its posts. */
function addPerson(graph: DocumentGraph, p: PersonHit): void {
  const e = graph.entities.get(graph.entity('Person', ids.person(p.name), p.name, p)) as Entity & { titles?: string[] };
  if (p.posts.length) e.titles = [...new Set([...(e.titles ?? []), ...p.posts.map((x) => x.title)])];
}

interface Scopes { local: string; district: string; city: string }
function scopes(doc: StructuredDocument, chain: DistrictRef[]): Scopes {
  const local = districtKey(doc.district?.id);
  const district = districtKey(chain.find((d) => d.level === 'district')?.id) ?? local;
  const city = districtKey(chain.find((d) => d.level === 'city')?.id);
  return { local, district: district === 'unknown' ? local : district, city: city === 'unknown' ? '上海市' : city };
}

/** Sentences, plus headings no sentence covers (a heading can name a programme). */
function sentenceUnits(doc: StructuredDocument) {
  const modeOf = (section: number): SectionMode => {
    const m = doc.sections[section]?.mode ?? 'neutral';
    if (m !== 'neutral') return m;
    return doc.metadata.docType === 'work-plan' || doc.metadata.docType === 'action-plan' ? 'plan' : 'neutral';
  };
  const units = doc.sentences.map((s) => ({ text: s.text, start: s.span.start, section: s.section, mode: modeOf(s.section) }));
  // a heading is covered when a sentence starting at or before it reaches its end: with the
  // sentences sorted by start, the furthest end so far answers that by binary search
  const spans = doc.sentences.map((s) => s.span).sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  spans.forEach((s, k) => furthestEnd.push(Math.max(s.end, k ? furthestEnd[k - 1] : -Infinity)));
  doc.sections.forEach((sec, i) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= sec.headingSpan.start) lo = mid + 1;
      else hi = mid;
    }
    const covered = lo > 0 && furthestEnd[lo - 1] >= sec.headingSpan.end;
    if (!covered) units.push({ text: sec.heading, start: sec.headingSpan.start, section: i, mode: modeOf(i) });
  });
  return units.sort((a, b) => a.start - b.start);
}

function headingProgrammes(doc: StructuredDocument, lex: Lexicon, graph: DocumentGraph, local: string, spans: Map<number, { start: number; end: number }>): Map<number, string> {
  const found = new Map<number, string>();
  doc.sections.forEach((sec, i) => {
    const hit = headingProgramme(sec.heading, sec.headingSpan.start, lex);
    if (hit) spans.set(i, sec.headingSpan);
    if (hit) found.set(i, graph.entity('Programme', ids.programme(local, hit.name), hit.name, hit));
  });
  return found;
}
function headingChain(section: number, doc: StructuredDocument, found: Map<number, string>): string[] {
  const out: string[] = [];
  for (let s = section; s >= 0; s = doc.sections[s].parent) if (found.has(s)) out.push(found.get(s)!);
  return out;
}

/** the place suffix a name ends in, the first in the data file's order (names repeat across a batch: cached) */
const suffixOfName = new WeakMap<Lexicon, Map<string, string>>();
function placeSuffixOf(name: string, lex: Lexicon): string {
  let cache = suffixOfName.get(lex);
  if (!cache) suffixOfName.set(lex, (cache = new Map()));
  let suffix = cache.get(name);
  if (suffix === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(name, (suffix = lex.placeSuffixes.find((s) => name.endsWith(s)) ?? ''));
  }
  return suffix;
}

function placeId(name: string, scope: Scopes, lex: Lexicon): string {
  const suffix = placeSuffixOf(name, lex);
  // short specific parts (人民街, 八村) recur across districts: scope them
  return name.length - suffix.length <= 2 ? ids.place(name, scope.district) : ids.place(name);
}

function addOrg(graph: DocumentGraph, rawName: string, span: { start: number; end: number } | null, scope: Scopes, lex: Lexicon): string {
  const { head, inner } = splitParenthetical(rawName);
  const level = lex.standaloneOrgs.get(head);
  const at = level === 'city' ? scope.city : level === 'district' ? scope.district : level === 'local' ? scope.local : undefined;
  const id = graph.entity('Organisation', ids.org(head, at), head, span);
  if (inner) graph.entity('Organisation', id, rawName, null);
  for (const alias of organisationVariants(head)) graph.entity('Organisation', id, alias, null);
  if (level === 'local' || lex.orgContextOnly.has(head)) graph.relation('PART_OF', id, `district:${scope.local}`, span);
  return id;
}

function addRoster(doc: StructuredDocument, lex: Lexicon, graph: DocumentGraph, scope: Scopes, orgMentions: { id: string; name: string; start: number }[]) {
  const groups = orgMentions.filter((o) => /领导小组|工作小组|指挥部|委员会$/.test(o.name)).sort((a, b) => a.start - b.start);
  for (const p of findRoster(doc.decoded.text, lex).filter((r) => !endsLikePlaceOrBody(r.name))) {
    const person = graph.entity('Person', ids.person(p.name), p.name, p);
    const group = [...groups].reverse().find((g) => g.start < p.start);
    if (p.role && group) graph.relation('HOLDS', person, group.id, p, { title: p.role });
    const titles: string[] = [];
    for (const post of p.posts) {
      titles.push((post.org ?? '') + post.title);
      if (!post.org) continue;
      const org = addOrg(graph, post.org, { start: post.orgStart, end: post.orgEnd }, scope, lex);
      graph.relation('HOLDS', person, org, { start: post.orgStart, end: post.orgEnd }, { title: post.title });
    }
    const e = graph.entities.get(person) as Entity & { titles?: string[] };
    e.titles = [...new Set([...(e.titles ?? []), ...titles])];
  }
}

/** A glossary definition attaches to the entity it defines; an undefined term becomes a programme. */
function addGlossary(doc: StructuredDocument, graph: DocumentGraph, local: string, districtId: string | null) {
  for (const g of doc.glossary) {
    const key = nameKey(g.term);
    let target = [...graph.entities.values()].find((e) => e.type !== 'Target' && (nameKey(e.name) === key || e.aliases?.some((a) => nameKey(a) === key)));
    if (!target) {
      const id = graph.entity('Programme', ids.programme(local, g.term), g.term, g.termSpan);
      target = graph.entities.get(id)!;
      if (districtId) graph.relation('RUNS', districtId, id, g.termSpan);
    }
    for (const s of g.markSpans) graph.entity(target.type, target.id, target.name, s);
    (target as Entity & { definition?: string }).definition = g.definition;
  }
}

function addThemes(graph: DocumentGraph, lex: Lexicon) {
  const used = new Set([...graph.relations.values()].filter((r) => r.type === 'IN_THEME').map((r) => r.to));
  for (const t of lex.themes) if (used.has(ids.theme(t.id))) graph.entity('Theme', ids.theme(t.id), t.zh, null, { nameEn: t.en });
}
export type { SentenceHits };
