/**
 * How nodes look. Colours are the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies) and every label also has its own shape, so nothing depends on colour alone.
 * Labels are wrapped here, not by Cytoscape, and each node is sized to its wrapped label, so a
 * label can never overflow its node.
 */
import type cytoscape from 'cytoscape';
import type { Label } from './schema-map.ts';

export const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", sans-serif';

interface Look {
  fill: string;
  text: string;
  shape: cytoscape.Css.NodeShape;
  /** how much larger than the text box the shape must be to contain it */
  fx: number;
  fy: number;
  border?: 'dashed' | 'double';
}

export const LOOKS: Record<Label, Look> = {
  District: { fill: '#0072B2', text: '#ffffff', shape: 'round-rectangle', fx: 1, fy: 1 },
  Programme: { fill: '#E69F00', text: '#000000', shape: 'ellipse', fx: 1.25, fy: 1.45 },
  Policy: { fill: '#CC79A7', text: '#000000', shape: 'cut-rectangle', fx: 1.1, fy: 1.15 },
  Theme: { fill: '#009E73', text: '#000000', shape: 'hexagon', fx: 1.3, fy: 1.1 },
  Place: { fill: '#56B4E9', text: '#000000', shape: 'barrel', fx: 1.1, fy: 1.1 },
  Organisation: { fill: '#F0E442', text: '#000000', shape: 'rectangle', fx: 1, fy: 1, border: 'double' },
  Person: { fill: '#D55E00', text: '#000000', shape: 'concave-hexagon', fx: 1.4, fy: 1.05 },
  Target: { fill: '#BBBBBB', text: '#000000', shape: 'octagon', fx: 1.15, fy: 1.15 },
  Document: { fill: '#FFFFFF', text: '#000000', shape: 'rectangle', fx: 1, fy: 1, border: 'dashed' },
};

export interface Theme {
  name: 'normal' | 'contrast';
  background: string;
  fontSize: number;
  /** widest line of a label, in CSS px at zoom 1 */
  maxLineWidth: number;
  border: string;
  borderWidth: number;
  edge: string;
  edgeWidth: number;
}

export const NORMAL: Theme = { name: 'normal', background: '#ffffff', fontSize: 14, maxLineWidth: 120, border: '#333333', borderWidth: 1.5, edge: '#9a9a9a', edgeWidth: 1.5 };
/** Briefing: larger type, black outlines, darker edges, for a projector across a room. */
export const CONTRAST: Theme = { name: 'contrast', background: '#ffffff', fontSize: 22, maxLineWidth: 170, border: '#000000', borderWidth: 3, edge: '#222222', edgeWidth: 3 };

const MAX_LINES = 4;
const PADDING = 0.6; // of the font size, around the text box

let measureCtx: CanvasRenderingContext2D | null = null;
const charWidths = new Map<string, number>();

/** Text width as the sum of cached character widths: thousands of labels cost a few hundred measureText calls. */
function measure(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) {
    const key = `${fontSize}|${ch}`;
    let w = charWidths.get(key);
    if (w === undefined) {
      measureCtx ??= document.createElement('canvas').getContext('2d');
      if (measureCtx) {
        measureCtx.font = `${fontSize}px ${FONT}`;
        w = measureCtx.measureText(ch).width;
      } else w = fontSize;
      charWidths.set(key, w);
    }
    width += w;
  }
  return width;
}

/**
 * Breaks text into lines no wider than maxWidth: anywhere in Chinese, at spaces in Latin text.
 * Lines are balanced: a paragraph that needs n lines gets n lines of about equal width, so no
 * word ends alone on a line of its own (既有住宅加装电 / 梯 becomes 既有住宅 / 加装电梯).
 */
export function wrapLabel(text: string, fontSize: number, maxWidth: number): { lines: string[]; width: number } {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const tokens = paragraph.match(/[A-Za-z0-9.,%'’\-/]+\s*|\s+|./gu) ?? [];
    const greedy = breakGreedily(tokens, fontSize, maxWidth);
    let best = greedy;
    if (greedy.length > 1) {
      // the narrowest width that still gives as many lines, searched upwards from the average
      const step = fontSize / 2;
      for (let w = measure(paragraph, fontSize) / greedy.length; w < maxWidth; w += step) {
        const balanced = breakGreedily(tokens, fontSize, w);
        if (balanced.length <= greedy.length) {
          best = balanced;
          break;
        }
      }
    }
    lines.push(...best);
  }
  if (lines.length > MAX_LINES) {
    lines.length = MAX_LINES;
    let last = lines[MAX_LINES - 1];
    while (last.length > 1 && measure(last + '…', fontSize) > maxWidth) last = last.slice(0, -1);
    lines[MAX_LINES - 1] = last + '…';
  }
  const width = Math.max(...lines.map((l) => measure(l, fontSize)), fontSize);
  return { lines, width };
}

function breakGreedily(tokens: string[], fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && measure(line + token.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
    // a single Latin token longer than a line is split by characters
    while (measure(line, fontSize) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), fontSize) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** data fields the stylesheet reads: the wrapped label and the node size that contains it */
export function labelBox(label: Label, text: string, theme: Theme, scale = 1): { display: string; w: number; h: number; fs: number } {
  const fontSize = Math.round(theme.fontSize * scale);
  const { lines, width } = wrapLabel(text, fontSize, theme.maxLineWidth * scale);
  const look = LOOKS[label];
  const pad = fontSize * PADDING * 2;
  const lineHeight = fontSize * 1.25;
  return {
    fs: fontSize,
    display: lines.join('\n'),
    w: Math.round((width + pad) * look.fx),
    h: Math.round((lines.length * lineHeight + pad) * look.fy),
  };
}

/** Above this many elements edges are straight 'haystack' lines (several times cheaper than bezier) and labels follow the zoom (detail.ts). */
export const LARGE_GRAPH = 1000;

export interface Detail {
  large: boolean;
  labels: boolean;
}

export function stylesheet(theme: Theme, detail: Detail = { large: false, labels: true }): cytoscape.StylesheetJson {
  const large = detail.large;
  const perLabel = Object.entries(LOOKS).map(([label, look]) => ({
    selector: `node.${label}`, // a class: see graph.ts
    style: {
      shape: look.shape,
      'background-color': look.fill,
      color: look.text,
      'border-style': look.border === 'dashed' ? ('dashed' as const) : look.border === 'double' ? ('double' as const) : ('solid' as const),
      'border-width': look.border ? theme.borderWidth * 2 : theme.borderWidth,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: detail.labels ? 'data(display)' : '',
        width: 'data(w)',
        height: 'data(h)',
        'font-family': FONT,
        'font-size': 'data(fs)',
        'line-height': 1.25,
        'text-wrap': 'wrap',
        // our own wrapping decides the lines; this only has to be wide enough not to re-wrap them
        'text-max-width': `${theme.maxLineWidth * 4}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        'border-color': theme.border,
        'min-zoomed-font-size': 5,
      },
    },
    ...perLabel,
    {
      selector: 'edge',
      style: {
        width: theme.edgeWidth,
        'line-color': theme.edge,
        'target-arrow-color': theme.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': large ? 'haystack' : 'bezier',
        'font-family': FONT,
        'font-size': Math.round(theme.fontSize * 0.8),
      },
    },
    { selector: 'edge.SIMILAR_TO', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none', 'line-color': '#8a4f7d' } },
    { selector: 'edge.MENTIONED_IN', style: { 'line-style': 'dotted' } },
    // comparison: a district's link to what it shares with the others is context, not the story
    { selector: 'edge.SHARES', style: { 'target-arrow-shape': 'none', opacity: 0.55 } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f3f3f3',
        'border-style': 'dashed',
        'border-color': '#8a8a8a',
        'border-width': theme.borderWidth,
        padding: '24px',
        'text-valign': 'top',
        'text-margin-y': -8,
        'font-size': Math.round(theme.fontSize * 1.15),
        'font-weight': 'bold',
        color: '#333333',
      },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.highlight', style: { 'border-width': theme.borderWidth + 3, 'border-color': '#000000', 'z-index': 10 } },
    {
      selector: 'edge.highlight',
      style: {
        'line-color': '#000000', 'target-arrow-color': '#000000', width: theme.edgeWidth + 1.5, 'z-index': 10,
        label: 'data(relLabel)', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px',
        // level, not along the edge: Chinese turned on its side or upside down is hard to read
        'text-rotation': 'none',
      },
    },
    { selector: 'node:selected', style: { 'border-width': theme.borderWidth + 4, 'border-color': '#000000', 'border-style': 'solid', 'z-index': 20 } },
    { selector: 'node.focus', style: { 'outline-width': 4, 'outline-color': '#000000', 'outline-offset': 4 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
