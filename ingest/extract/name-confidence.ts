/**
 * A last check on the names the rules found: a logistic model, trained on the hand-labelled
 * fixtures the rules were tuned on (test/eval/train-name-confidence.ts), scores each programme,
 * place and organisation by the characters that end and start it, its length, what is written right
 * around its first mention and how often it is mentioned. A name the model finds more likely
 * wrong than right is dropped with its relations.
 *
 * Rules decide where a name may stand; the model weighs the evidence the rules each see only in
 * part (a kind word that ends real names in one context and generic phrases in another).
 */
import { readFileSync } from 'node:fs';
import type { Entity, EntityType, Relation } from '../types.ts';
import type { DocumentGraph } from './graph.ts';
import type { Lexicon } from './lexicon.ts';
import { nameKey } from './normalise.ts';
import { dictionaryVersion, tokenize } from './tokens.ts';

export interface LabelModel {
  /** names scoring below this probability of being right are dropped */
  threshold: number;
  bias: number;
  /** feature → weight; a feature not listed weighs nothing */
  weights: Record<string, number>;
}

export interface NameConfidenceFile {
  about: string;
  models: Partial<Record<EntityType, LabelModel>>;
}

/** No model: every name the rules find is kept. */
export const RULES_ONLY: NameConfidenceFile = { about: 'rules only', models: {} };

const MODEL_FILE = new URL('../data/name-confidence.json', import.meta.url);

let cached: NameConfidenceFile | null = null;
export function loadNameConfidence(): NameConfidenceFile {
  cached ??= JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as NameConfidenceFile;
  return cached;
}

/** Context characters read on each side of a mention. */
const CONTEXT = 2;

/**
 * The features of a name at one mention. Every feature is a short string so that the model file
 * stays readable: `end2=工程` is the name's last two characters, `before1=在` the character
 * written right before it, `lastWord=n3` the last word jieba cuts it into (a noun of three).
 */
export function nameFeatures(name: string, before: string, after: string, mentionCount: number): string[] {
  const words = wordShapes(name);
  return [
    `firstWord=${words[0] ?? ''}`,
    `lastWord=${words.at(-1) ?? ''}`,
    `words=${Math.min(words.length, 5)}`,
    `wordPattern=${words.length <= 3 ? words.join(' ') : 'long'}`,
    `end1=${name.slice(-1)}`,
    `end2=${name.slice(-2)}`,
    `end3=${name.slice(-3)}`,
    `start1=${name.slice(0, 1)}`,
    `start2=${name.slice(0, 2)}`,
    `length=${Math.min(name.length, 12)}`,
    `before1=${before.slice(-1)}`,
    `before2=${before.slice(-2)}`,
    `after1=${after.slice(0, 1)}`,
    `after2=${after.slice(0, 2)}`,
    `mentions=${Math.min(mentionCount, 4)}`,
  ];
}

/**
 * The words jieba cuts a name into, as tag and length (ns2 n3: a two-character place word, a
 * noun). Each document scores a name once, but names recur across documents (区政府, a district's
 * own bodies); cutting each again took ~5% of extraction time in the bench's steady state. The
 * shapes are kept, bounded like tokens.ts's tag memo, and forgotten when the dictionary changes.
 */
const shapesOf = new Map<string, readonly string[]>();
const SHAPES_MAX = 20000;
let shapesVersion = -1;
function wordShapes(name: string): readonly string[] {
  if (shapesVersion !== dictionaryVersion() || shapesOf.size >= SHAPES_MAX) {
    shapesOf.clear();
    shapesVersion = dictionaryVersion();
  }
  let shapes = shapesOf.get(name);
  if (!shapes) shapesOf.set(name, (shapes = tokenize(name, 0).map((t) => `${t.tag}${t.word.length}`)));
  return shapes;
}

/** An entity the rules linked to nothing. */
const NO_ROLES: ReadonlySet<string> = new Set();

/**
 * Whether the model judges this entity at all. Names the data files give (a policy of the
 * lexicon, a programme term, a kind of programme the city asks for, a standing body) and the
 * document's issuer and authors (in:ISSUED_BY, out:AUTHORED among its `roles`, see relationRoles)
 * are known, not guessed. A name written wholly in quotes
 * (“添彩睦邻”) is the document naming its own brand, which the annotation guide counts as a
 * programme; the labelled fixtures split on it, so the model would learn their disagreement
 * rather than the guide.
 */
export function judged(entity: Entity, lex: Lexicon, roles: ReadonlySet<string> = NO_ROLES): boolean {
  if (!entity.mentions.length || roles.has('in:ISSUED_BY') || roles.has('out:AUTHORED')) return false;
  const names = [entity.name, ...(entity.aliases ?? [])];
  switch (entity.type) {
    case 'Policy':
      return !names.some((n) => lex.policies.has(nameKey(n)));
    case 'Organisation':
      return !names.some((n) => lex.standaloneOrgs.has(n));
    case 'Place':
      return !names.some((n) => lex.standalonePlaces.has(n));
    case 'Programme':
      if (/^“[^“”]+”$/.test(entity.name) || (entity as Entity & { kinds?: string[] }).kinds?.length) return false;
      return !names.some((n) => lex.programmeTermNames.has(n));
    default:
      return true;
  }
}

/**
 * The relations each entity takes part in, as `out:HAS_TARGET` or `in:LOCATED_AT`: a name the rules
 * linked to a work or a quantity is more likely one than a name standing alone. MENTIONED_IN, which
 * every entity gets after this check, is left out.
 */
export function relationRoles(relations: Iterable<Relation>): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  const add = (id: string, role: string) => {
    let set = roles.get(id);
    if (!set) roles.set(id, (set = new Set()));
    set.add(role);
  };
  for (const r of relations) {
    if (r.type === 'MENTIONED_IN') continue;
    add(r.from, `out:${r.type}`);
    add(r.to, `in:${r.type}`);
  }
  return roles;
}

/** The features of an entity, read at its earliest mention in the document's text, and the relations it takes part in. */
export function entityFeatures(entity: Entity, text: string, roles: ReadonlySet<string> = NO_ROLES): string[] {
  let first = entity.mentions[0];
  for (const m of entity.mentions) if (m.start < first.start) first = m;
  const before = text.slice(Math.max(0, first.start - CONTEXT), first.start);
  const after = text.slice(first.end, first.end + CONTEXT);
  const kind = (entity as Entity & { kind?: string }).kind;
  return [
    ...nameFeatures(entity.name, before, after, entity.mentions.length),
    ...(roles.size ? [...roles].sort().map((r) => `link=${r}`) : ['link=none']),
    ...(entity.type === 'Place' ? [`placeKind=${kind ?? ''}`] : []),
  ];
}

/** A model's weights as a Map: a lookup in an object of thousands of keys is several times slower. */
const weightMaps = new WeakMap<LabelModel, Map<string, number>>();
export function probabilityRight(model: LabelModel, features: string[]): number {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Drops the mentioned names of the modelled labels that score below their label's threshold. */
export function dropUnlikelyNames(graph: DocumentGraph, lex: Lexicon, file: NameConfidenceFile): void {
  const unlikely = new Set<string>();
  const roles = relationRoles(graph.relations);
  for (const e of graph.entities.values()) {
    const model = file.models[e.type];
    const own = roles.get(e.id);
    if (model && judged(e, lex, own) && probabilityRight(model, entityFeatures(e, graph.text, own)) < model.threshold) unlikely.add(e.id);
  }
  graph.remove(unlikely);
}
