/**
 * A crowded focus (a district with a hundred programmes, places and targets) cannot be untangled
 * by a force layout: label-sized nodes pile up around the hub. Rings read better on a screen:
 * the focused node in the middle, its neighbours on concentric rings, one label after another
 * (programmes nearest), each ring wide enough that no two nodes touch.
 */
import type cytoscape from 'cytoscape';

export const RING_THRESHOLD = 36;

const LABEL_ORDER = ['Programme', 'Policy', 'Theme', 'District', 'Organisation', 'Person', 'Place', 'Target', 'Document'];
const GAP = 18;

export function layoutRings(cy: cytoscape.Core, centreId: string): void {
  const centre = cy.getElementById(centreId);
  const others = cy.nodes().filter((n) => n.id() !== centreId && !n.hasClass('filtered'));
  const rank = (n: cytoscape.NodeSingular) => {
    const i = LABEL_ORDER.indexOf(String(n.data('label')));
    return i < 0 ? LABEL_ORDER.length : i;
  };
  const ordered = others.toArray().sort((a, b) => rank(a as cytoscape.NodeSingular) - rank(b as cytoscape.NodeSingular) || String(a.data('name')).localeCompare(String(b.data('name')))) as cytoscape.NodeSingular[];
  centre.position({ x: 0, y: 0 });
  centre.scratch('placed', true);
  let radius = Number(centre.data('w') ?? 120) / 2 + 140;
  let i = 0;
  while (i < ordered.length) {
    const ringHeight = Math.max(...ordered.slice(i, i + 40).map((n) => Number(n.data('h') ?? 40)));
    const widest = Math.max(...ordered.slice(i, i + 40).map((n) => Number(n.data('w') ?? 100)));
    // Neighbours sit side by side along the ring: its circumference bounds how many fit.
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / (widest + GAP)));
    const ring = ordered.slice(i, i + capacity);
    ring.forEach((n, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / ring.length + (i ? Math.PI / ring.length : 0);
      n.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      n.scratch('placed', true);
    });
    i += ring.length;
    radius += Math.max(ringHeight, widest * 0.45) + GAP * 3;
  }
}
