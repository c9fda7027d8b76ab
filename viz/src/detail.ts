/**
 * Level of detail. Labels are left out while they would be too small to read: Cytoscape
 * measures every label for its bounding box even when min-zoomed-font-size keeps it from being
 * drawn, and for thousands of nodes that measuring is much of the cost of a frame. They come
 * back as soon as the user zooms in far enough to read them. A large drawing also gets straight
 * edges, and a cached bitmap without edges while it is panned.
 */
import type cytoscape from 'cytoscape';
import { LARGE_GRAPH, NORMAL, stylesheet, type Theme } from './style.ts';

/** labels smaller than this on screen (at the theme's base size) are not worth drawing */
const READABLE_PX = 6;

let theme: Theme = NORMAL;
let large = false;
let labels = true;

const readableAt = (zoom: number) => zoom * theme.fontSize >= READABLE_PX;

function apply(cy: cytoscape.Core): void {
  cy.style(stylesheet(theme, { large, labels }));
  // while the user pans or zooms a large graph, move a cached bitmap of it, and leave its edges
  // out of the frames where that bitmap has to be redrawn
  const renderer = (cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }).renderer();
  renderer.textureOnViewport = large;
  renderer.hideEdgesOnViewport = large;
}

export function currentTheme(): Theme {
  return theme;
}

export function setTheme(cy: cytoscape.Core, next: Theme): void {
  theme = next;
  labels = readableAt(cy.zoom());
  apply(cy);
}

/**
 * Sets the style for a drawing of `elements` elements to be shown at `zoom`, before they are
 * added, so that each element's style is computed once.
 */
export function prepareFor(cy: cytoscape.Core, elements: number, zoom: number): void {
  const nowLarge = elements > LARGE_GRAPH;
  const nowLabels = readableAt(zoom);
  if (nowLarge === large && nowLabels === labels) return;
  large = nowLarge;
  labels = nowLabels;
  apply(cy);
}

/** Shows or hides labels as the zoom crosses the readable size. */
export function watchZoom(cy: cytoscape.Core): void {
  // 'viewport', not 'zoom': it also comes when a fit changes the pan only
  cy.on('viewport', () => {
    if (readableAt(cy.zoom()) !== labels) prepareFor(cy, cy.elements().length, cy.zoom());
  });
}
