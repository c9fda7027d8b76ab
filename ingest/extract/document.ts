/** Document-level facts: DocumentInfo, the covered district and its parents, issuer, authors. */
import type { DistrictRef, DocumentInfo, StructuredDocument } from '../types.ts';
import { ancestorsOf, districtMentions, issuingBody, resolveDistrict } from './districts.ts';
import { districtKey, ids, type DocumentGraph } from './graph.ts';

export function documentId(doc: StructuredDocument): string {
  return `doc:${doc.decoded.contentHash.slice(0, 16)}`;
}

export function documentInfo(doc: StructuredDocument): DocumentInfo {
  const m = doc.metadata;
  return {
    id: documentId(doc),
    title: m.title,
    district: doc.district?.id ?? null,
    docType: m.docType,
    publishedAt: m.publishedAt,
    issuer: m.issuer,
    docNumber: m.docNumber,
    indexNumber: m.indexNumber,
    period: m.period,
    contentHash: doc.decoded.contentHash,
    sourcePath: doc.decoded.path,
  };
}

/** The covered district, its PART_OF chain, COVERS, ISSUED_BY and AUTHORED. Returns the district chain. */
export function addDocumentFacts(doc: StructuredDocument, info: DocumentInfo, graph: DocumentGraph): DistrictRef[] {
  const docSpan = doc.metadata.titleSpan;
  graph.entity('Document', info.id, info.title || doc.decoded.path, docSpan);
  const chain: DistrictRef[] = [];
  if (doc.district) {
    chain.push(doc.district, ...ancestorsOf(doc.district));
    chain.forEach((d, i) => {
      graph.entity('District', d.id, d.name, null, { level: d.level, aliases: d.aliases.length ? [...d.aliases] : undefined });
      if (i > 0) graph.relation('PART_OF', chain[i - 1].id, d.id, null);
    });
    graph.relation('COVERS', info.id, doc.district.id, docSpan);
  }
  if (doc.metadata.issuer) {
    // (layouts leave marks around the value: 某镇人民政府/, ]某区某委员会, 某街道办事处◎)
    const issuer = doc.metadata.issuer.replace(/^[^\p{Script=Han}\w]+|[^\p{Script=Han}\w）)]+$/gu, '');
    const at = doc.decoded.text.indexOf(issuer);
    const span = at >= 0 ? { start: at, end: at + issuer.length } : null;
    // the units the issuer is written with (上海市长宁区人民政府某某街道办事处) are mentioned there
    if (span) for (const d of districtMentions(issuer, at, doc)) graph.entity('District', d.id, d.name, d, { level: d.level });
    const body = issuingBody(issuer);
    const asDistrict = body ? null : resolveDistrict(issuer) ?? (doc.district && [doc.district.name, ...doc.district.aliases].includes(issuer) ? doc.district : null);
    if (body) {
      // a unit's government or office is a body of its own, part of the unit
      const id = graph.entity('Organisation', ids.org(body.name), body.name, span);
      if (issuer !== body.name) graph.entity('Organisation', id, issuer, null);
      graph.entity('District', body.district.id, body.district.name, null, { level: body.district.level });
      graph.relation('PART_OF', id, body.district.id, span);
      graph.relation('ISSUED_BY', info.id, id, span);
    } else if (asDistrict) {
      graph.entity('District', asDistrict.id, asDistrict.name, null, { level: asDistrict.level });
      graph.relation('ISSUED_BY', info.id, asDistrict.id, span);
    } else {
      // (a layout's stray value — 文号, 某街道阅读数 — can land here: no mention without the gazetteer's word)
      const id = ids.org(issuer, issuer.startsWith(districtKey(doc.district?.id)) ? undefined : districtKey(doc.district?.id));
      graph.entity('Organisation', id, issuer, null);
      graph.relation('ISSUED_BY', info.id, id, null);
    }
  }
  for (const a of doc.authors) {
    const id = graph.entity('Person', ids.person(a.name), a.name.replace(/\s+/g, ''), a.span);
    graph.relation('AUTHORED', id, info.id, a.span);
  }
  return chain;
}
