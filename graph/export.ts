/** `kg export`: the whole graph as JSON, GraphML, Cytoscape JSON (cyjs) or CSV. */
import type { Driver } from 'neo4j-driver';

export type ExportFormat = 'json' | 'graphml' | 'cyjs' | 'csv';
export const EXPORT_FORMATS: ExportFormat[] = ['json', 'graphml', 'cyjs', 'csv'];

type Value = string | number | boolean | null | Value[];

export interface GraphDump {
  nodes: { id: string; label: string; properties: Record<string, Value> }[];
  relationships: { type: string; from: string; to: string; properties: Record<string, Value> }[];
}

/** Document texts are left out unless asked for: they dwarf the graph. */
export async function dumpGraph(driver: Driver, options: { database?: string; includeText?: boolean } = {}): Promise<GraphDump> {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE n.id IS NOT NULL
     RETURN n.id AS id, labels(n)[0] AS label,
            CASE WHEN $includeText THEN properties(n) ELSE apoc.map.removeKeys(properties(n), ['text', 'aliasText']) END AS props
     ORDER BY label, id`,
    { includeText: options.includeText ?? false },
    { database: options.database },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY type, from, to`,
    {},
    { database: options.database },
  );
  return {
    nodes: nodes.records.map((r) => ({ id: r.get('id'), label: r.get('label'), properties: r.get('props') })),
    relationships: rels.records.map((r) => ({ type: r.get('type'), from: r.get('from'), to: r.get('to'), properties: r.get('props') })),
  };
}

const xmlEscape = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const scalar = (v: Value): string => (Array.isArray(v) ? JSON.stringify(v) : v === null ? '' : String(v));

function toGraphML(dump: GraphDump): string {
  const nodeKeys = [...new Set(dump.nodes.flatMap((n) => Object.keys(n.properties)))].sort();
  const edgeKeys = [...new Set(dump.relationships.flatMap((r) => Object.keys(r.properties)))].sort();
  const keyDecl = (scope: string, keys: string[]) =>
    keys.map((k) => `  <key id="${scope}_${xmlEscape(k)}" for="${scope}" attr.name="${xmlEscape(k)}" attr.type="string"/>`);
  const data = (scope: string, props: Record<string, Value>) =>
    Object.entries(props).map(([k, v]) => `<data key="${scope}_${xmlEscape(k)}">${xmlEscape(scalar(v))}</data>`).join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...keyDecl('node', nodeKeys),
    ...keyDecl('edge', edgeKeys),
    '  <graph id="kg" edgedefault="directed">',
    ...dump.nodes.map((n) => `    <node id="${xmlEscape(n.id)}"><data key="label">${n.label}</data>${data('node', n.properties)}</node>`),
    ...dump.relationships.map(
      (r, i) => `    <edge id="e${i}" source="${xmlEscape(r.from)}" target="${xmlEscape(r.to)}"><data key="type">${r.type}</data>${data('edge', r.properties)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

/** Cytoscape JSON as Cytoscape Desktop and cytoscape.js read it. */
function toCyjs(dump: GraphDump): string {
  const flat = (props: Record<string, Value>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, Array.isArray(v) ? scalar(v) : v]));
  return JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'policy-kg',
      data: { name: 'policy-kg' },
      elements: {
        nodes: dump.nodes.map((n) => ({ data: { ...flat(n.properties), id: n.id, label: n.label, name: n.properties.name ?? n.id } })),
        edges: dump.relationships.map((r, i) => ({
          data: { ...flat(r.properties), id: `e${i}`, source: r.from, target: r.to, interaction: r.type },
        })),
      },
    },
    null,
    1,
  );
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Two tables in one stream, nodes first, as Neo4j's own CSV export does; each with a header row. */
function toCsv(dump: GraphDump): string {
  const nodeRows = dump.nodes.map((n) => [n.id, n.label, scalar(n.properties.name ?? ''), JSON.stringify(n.properties)]);
  const relRows = dump.relationships.map((r) => [r.from, r.type, r.to, JSON.stringify(r.properties)]);
  return [
    'id,label,name,properties',
    ...nodeRows.map((row) => row.map(csvCell).join(',')),
    '',
    'from,type,to,properties',
    ...relRows.map((row) => row.map(csvCell).join(',')),
  ].join('\n') + '\n';
}

export function formatDump(dump: GraphDump, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(dump, null, 1) + '\n';
    case 'graphml':
      return toGraphML(dump);
    case 'cyjs':
      return toCyjs(dump) + '\n';
    case 'csv':
      return toCsv(dump);
  }
}
