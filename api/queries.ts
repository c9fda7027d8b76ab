/**
 * The Cypher behind the analyst fields and queries of analysis.graphql, in one place so that the
 * schema, the resolvers and bench/api.ts (which runs it directly for comparison) share it.
 * Every value comes in as a parameter; only constant label and relationship-type lists are spliced in.
 * SIMILAR_TO may be stored in one or both directions, so it is always matched undirected.
 *
 * Cost notes (PROFILE on the seed graph): relationships are matched by type wherever possible,
 * because an untyped or type-filtered expansion reads every relationship of a node, and Documents
 * and Districts have hundreds of MENTIONED_IN; a district's programmes are walked once, not once
 * per candidate; and work whose result may be discarded (a fallback) runs only when it is needed.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../ingest/types.ts';

/** The relationships that state a fact with a sentence: all but mentions and computed similarity. */
const STATED = RELATION_TYPES.filter((t) => t !== 'MENTIONED_IN' && t !== 'SIMILAR_TO').join('|');

/** Map projections reused below: the …Ref types of analysis.graphql. */
const DISTRICT_REF = (v: string) => `${v} { .id, .name, .level }`;
const PROGRAMME_REF = (v: string) =>
  `${v} { .id, .name, .status, .year, districts: COLLECT { MATCH (rd:District)-[:RUNS]->(${v}) RETURN DISTINCT ${DISTRICT_REF('rd')} } }`;
const ENTITY_REF = (v: string) => `${v} { .id, name: coalesce(${v}.name, ${v}.title), type: labels(${v})[0] }`;

/** @cypher on every entity type: the relationships that tie it to others, each with its sentence (`this` is the entity). */
export const EVIDENCE = `
MATCH (this)-[r:${STATED}]-(other)
WHERE r.docId IS NOT NULL
WITH r, other, startNode(r) = this AS outgoing
ORDER BY r.docId, r.spanStarts[0]
LIMIT toInteger(coalesce($limit, 50))
RETURN {
  relation: type(r), direction: CASE WHEN outgoing THEN 'OUT' ELSE 'IN' END, other: ${ENTITY_REF('other')},
  docId: r.docId, sentence: r.sentence, start: r.spanStarts[0], end: r.spanEnds[-1]
} AS evidence`;

/** @cypher on Programme: similar programmes that other districts run, best first. */
export const SIMILAR_PROGRAMMES = `
MATCH (this)-[s:SIMILAR_TO]-(other:Programme)
WHERE other <> this AND NOT EXISTS { MATCH (this)<-[:RUNS]-(:District)-[:RUNS]->(other) }
WITH other, s ORDER BY s.score DESC
WITH other, head(collect(s)) AS best
ORDER BY best.score DESC, other.name
LIMIT toInteger(coalesce($limit, 10))
RETURN {
  programme: ${PROGRAMME_REF('other')},
  score: CASE WHEN best.score > 1 THEN 1.0 WHEN best.score < 0 THEN 0.0 ELSE toFloat(best.score) END,
  reasons: coalesce(best.reasons, [])
} AS similar`;

/** Subquery body: the distinct policies and themes of a list of programmes, in one walk of their relationships. */
const POLICIES_AND_THEMES = (programmes: string, policies: string, themes: string) => `UNWIND ${programmes} AS p
    MATCH (p)-[r:IMPLEMENTS|IN_THEME]->(x)
    RETURN collect(DISTINCT CASE WHEN type(r) = 'IMPLEMENTS' AND x:Policy THEN x END) AS ${policies},
           collect(DISTINCT CASE WHEN type(r) = 'IN_THEME' AND x:Theme THEN x END) AS ${themes}`;

/**
 * @cypher on District: other districts ranked by 0.35 × Jaccard(policies) + 0.25 × Jaccard(themes)
 * + 0.4 × the share of both districts' programmes that have a SIMILAR_TO counterpart in the other.
 * A district's own ancestors and descendants are left out: comparing a town with its county says nothing.
 */
export const SIMILAR_DISTRICTS = `
CALL (this) {
  MATCH (this)-[:RUNS]->(p:Programme)
  RETURN collect(DISTINCT p) AS myProgrammes
}
CALL (myProgrammes) {
  ${POLICIES_AND_THEMES('myProgrammes', 'myPolicies', 'myThemes')}
}
CALL (this, myProgrammes) {
  UNWIND myProgrammes AS a
  MATCH (a)-[:SIMILAR_TO]-(b:Programme)<-[:RUNS]-(other:District)
  WHERE other <> this
  WITH other, collect(DISTINCT [a.id, b.id]) AS pairs
  RETURN collect([other, pairs]) AS pairsByDistrict
}
CALL (this, myProgrammes, myPolicies, myThemes, pairsByDistrict) {
  UNWIND myPolicies + myThemes AS x
  MATCH (x)<-[:IMPLEMENTS|IN_THEME]-(q:Programme)
  WITH DISTINCT q WHERE NOT q IN myProgrammes
  MATCH (q)<-[:RUNS]-(other:District)
  RETURN DISTINCT other
  UNION
  UNWIND pairsByDistrict AS pd
  RETURN pd[0] AS other
}
WITH this, myProgrammes, myPolicies, myThemes, pairsByDistrict, other
WHERE other <> this AND NOT (this)-[:PART_OF*1..6]->(other) AND NOT (other)-[:PART_OF*1..6]->(this)
CALL (other) {
  MATCH (other)-[:RUNS]->(q:Programme)
  WITH collect(DISTINCT q) AS theirProgrammes
  CALL (theirProgrammes) {
    ${POLICIES_AND_THEMES('theirProgrammes', 'theirPolicies', 'theirThemes')}
  }
  RETURN size(theirProgrammes) AS theirCount, theirPolicies, theirThemes
}
WITH other, myPolicies, myThemes, size(myProgrammes) AS myCount, theirPolicies, theirThemes, theirCount,
  [x IN myPolicies WHERE x IN theirPolicies] AS sharedPolicies,
  [x IN myThemes WHERE x IN theirThemes] AS sharedThemes,
  coalesce(head([pd IN pairsByDistrict WHERE pd[0] = other | pd[1]]), []) AS pairs
WITH other, sharedPolicies, sharedThemes, pairs,
  toFloat(size(sharedPolicies)) / CASE WHEN size(myPolicies) + size(theirPolicies) - size(sharedPolicies) = 0 THEN 1 ELSE size(myPolicies) + size(theirPolicies) - size(sharedPolicies) END AS policyOverlap,
  toFloat(size(sharedThemes)) / CASE WHEN size(myThemes) + size(theirThemes) - size(sharedThemes) = 0 THEN 1 ELSE size(myThemes) + size(theirThemes) - size(sharedThemes) END AS themeOverlap,
  CASE WHEN myCount + theirCount = 0 THEN 0.0
       ELSE toFloat(size(apoc.coll.toSet([p IN pairs | p[0]])) + size(apoc.coll.toSet([p IN pairs | p[1]]))) / (myCount + theirCount) END AS programmeOverlap
WITH other, sharedPolicies, sharedThemes, size(pairs) AS pairCount,
  0.35 * policyOverlap + 0.25 * themeOverlap + 0.4 * programmeOverlap AS score
ORDER BY score DESC, other.name
LIMIT toInteger(coalesce($limit, 10))
RETURN {
  district: ${DISTRICT_REF('other')},
  score: CASE WHEN score > 1 THEN 1.0 ELSE score END,
  sharedPolicies: [x IN sharedPolicies | ${ENTITY_REF('x')}],
  sharedThemes: [x IN sharedThemes | ${ENTITY_REF('x')}],
  similarProgrammePairs: pairCount,
  reasons: [r IN [
    CASE WHEN size(sharedPolicies) > 0 THEN 'shares ' + size(sharedPolicies) + CASE size(sharedPolicies) WHEN 1 THEN ' policy: ' ELSE ' policies: ' END + apoc.text.join([x IN sharedPolicies[..5] | x.name], '、') END,
    CASE WHEN size(sharedThemes) > 0 THEN 'shares ' + size(sharedThemes) + CASE size(sharedThemes) WHEN 1 THEN ' theme: ' ELSE ' themes: ' END + apoc.text.join([x IN sharedThemes[..5] | x.name], '、') END,
    CASE WHEN pairCount > 0 THEN pairCount + CASE pairCount WHEN 1 THEN ' pair' ELSE ' pairs' END + ' of similar programmes' END
  ] WHERE r IS NOT NULL]
} AS similar`;

const LABELS = ENTITY_TYPES.filter((l) => l !== 'Document');
export const SEARCHABLE_LABELS: readonly string[] = [...LABELS, 'Document'];

/**
 * Shared tail of both search variants: rank exact names and aliases first, then attach districts,
 * a sentence stating something about the entity, and the passage around its latest mention.
 */
const SEARCH_TAIL = `
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS type
WHERE type IS NOT NULL
WITH node, type, score,
  CASE WHEN node.name = $text THEN 'name' WHEN $text IN coalesce(node.aliases, []) THEN 'alias' ELSE 'partial' END AS match
ORDER BY CASE match WHEN 'name' THEN 0 WHEN 'alias' THEN 1 ELSE 2 END, score DESC, size(coalesce(node.name, '')), node.id
LIMIT toInteger($limit)
WITH node, type, score, match,
  COLLECT { MATCH (d:District)-[:RUNS]->(node) RETURN DISTINCT ${DISTRICT_REF('d')} } AS runners,
  head(COLLECT {
    MATCH (node)-[r:${STATED}]-() WHERE r.sentence <> '' AND r.docId IS NOT NULL
    RETURN { docId: r.docId, sentence: r.sentence } ORDER BY r.docId LIMIT 1
  }) AS stated
OPTIONAL CALL (node, runners) {
  WITH node WHERE size(runners) = 0
  RETURN COLLECT { MATCH (node)-[:MENTIONED_IN*0..1]->(:Document)-[:COVERS]->(d:District) RETURN DISTINCT ${DISTRICT_REF('d')} } AS covered
}
// The passage reads the document's whole text: only for entities without a stated sentence.
OPTIONAL CALL (node, stated) {
  WITH node WHERE stated IS NULL
  MATCH (node)-[m:MENTIONED_IN]->(doc:Document)
  WHERE m.spanStarts[0] IS NOT NULL
  WITH m, doc ORDER BY doc.publishedAt DESC LIMIT 1
  WITH m, doc, CASE WHEN m.spanStarts[0] > 80 THEN m.spanStarts[0] - 80 ELSE 0 END AS windowStart
  RETURN { docId: doc.id, start: m.spanStarts[0], end: m.spanEnds[0], window: substring(doc.text, windowStart, 200), windowStart: windowStart } AS mention
}
RETURN node.id AS id, type, coalesce(node.name, node.title) AS name, score, match,
  CASE WHEN size(runners) > 0 THEN runners ELSE covered END AS districts, mention, stated`;

/** Full-text search through the cjk index: $query is the escaped Lucene query, $text the raw text. */
export const SEARCH_FULLTEXT = `
CALL db.index.fulltext.queryNodes('entityNames', $query, { limit: toInteger($candidates) }) YIELD node, score
${SEARCH_TAIL}`;

/**
 * The cjk analyzer indexes CJK text as bigrams, so a one-character query finds nothing in the index:
 * those go through a substring scan of names and aliases, which is fine at this graph's size.
 */
export const SEARCH_SUBSTRING = `
MATCH (node)
WHERE any(l IN labels(node) WHERE l IN $labels) AND (node.name CONTAINS $text OR node.aliasText CONTAINS $text)
WITH node, 1.0 AS score LIMIT toInteger($candidates)
${SEARCH_TAIL}`;

/** The policy by id, else by exact name or alias; then every district programme implementing it, with the sentences. */
export const POLICY_UPTAKE = `
CALL () {
  MATCH (p:Policy {id: $policy}) RETURN p
  UNION
  MATCH (p:Policy) WHERE p.name = $policy OR $policy IN coalesce(p.aliases, []) RETURN p
}
WITH p ORDER BY p.id LIMIT 1
RETURN ${ENTITY_REF('p')} AS policy,
  COLLECT {
    MATCH (d:District)-[:RUNS]->(prog:Programme)-[:IMPLEMENTS]->(p)
    WITH d, prog ORDER BY prog.name
    WITH d, collect(DISTINCT prog) AS progs ORDER BY d.name
    RETURN {
      district: ${DISTRICT_REF('d')},
      programmes: [prog IN progs | {
        programme: ${PROGRAMME_REF('prog')},
        evidence: COLLECT {
          MATCH (prog)-[i:IMPLEMENTS]->(p)
          RETURN { relation: 'IMPLEMENTS', direction: 'OUT', other: ${ENTITY_REF('p')}, docId: i.docId,
                   sentence: i.sentence, start: i.spanStarts[0], end: i.spanEnds[-1] }
        }
      }]
    }
  } AS districts`;

/** One row per compared district: what it takes up, and its programmes' similar programmes among the others. */
export const COMPARE_DISTRICTS = `
UNWIND $ids AS id
MATCH (d:District {id: id})
CALL (d) {
  MATCH (d)-[:RUNS]->(p:Programme)
  RETURN collect(DISTINCT p) AS programmes
}
CALL (programmes) {
  ${POLICIES_AND_THEMES('programmes', 'policies', 'themes')}
}
RETURN ${DISTRICT_REF('d')} AS district,
  [x IN policies | ${ENTITY_REF('x')}] AS policies,
  [x IN themes | ${ENTITY_REF('x')}] AS themes,
  [p IN programmes | p { .id, .name, .status, .year }] AS programmes,
  COLLECT {
    UNWIND programmes AS a
    MATCH (a)-[s:SIMILAR_TO]-(b:Programme)<-[:RUNS]-(e:District)
    WHERE e.id IN $ids AND e <> d
    RETURN { a: a.id, b: b.id, score: s.score, reasons: coalesce(s.reasons, []) }
  } AS pairs`;
