/**
 * Resolution step after extraction: every District a document mentions gets its chain of
 * parents from the gazetteer (潍坊新村街道 › 浦东新区 › 上海市), so no district floats alone in
 * the graph. The parents come from reference data, not from the text, so they carry no evidence.
 */
import { ancestors } from './gazetteer/index.ts';
import type { DistrictEntity, Extraction } from './types.ts';

export function completeDistrictChains(extraction: Extraction): Extraction {
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const partOf = new Set(extraction.relations.filter((r) => r.type === 'PART_OF').map((r) => `${r.from}>${r.to}`));
  const districts = extraction.entities.filter((e): e is DistrictEntity => e.type === 'District');
  for (const district of districts) {
    let child = district.id;
    for (const parent of ancestors(district.id)) {
      if (!entities.has(parent.id)) {
        const entity: DistrictEntity = { id: parent.id, type: 'District', name: parent.name, level: parent.level, mentions: [] };
        if (parent.aliases.length) entity.aliases = [...parent.aliases];
        entities.set(parent.id, entity);
        extraction.entities.push(entity);
      }
      if (!partOf.has(`${child}>${parent.id}`)) {
        partOf.add(`${child}>${parent.id}`);
        extraction.relations.push({ type: 'PART_OF', from: child, to: parent.id, evidence: [] });
      }
      child = parent.id;
    }
  }
  return extraction;
}
