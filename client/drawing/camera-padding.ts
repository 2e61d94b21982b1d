// How much of the graph's container the floating panels cover, side by side: the camera frames what is left.

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Everything that floats over the graph: the legend, the zoom controls, the time bar and the sheets and drawers. */
const FLOATING_PANELS = [
  '#legend',
  '.graph-controls',
  '#timebar',
  '#year-compare',
  '#focus-chip',
  '#pins-chip',
  '#layout-progress',
  '#reader',
  '#panel',
] as const;

/** Breathing room between the framed nodes and a panel's edge, in pixels. */
const GAP = 12;

/**
 * Each visible panel that overlaps the container is charged to the side where it takes the least room: the
 * time bar to the bottom, a tall legend to the left, a folded one to the top.
 */
function coveredMargins(container: Element, panels: Iterable<Element>): Margins {
  const c = container.getBoundingClientRect();
  const margins: Margins = { top: GAP, right: GAP, bottom: GAP, left: GAP };
  for (const panel of panels) {
    const r = visibleRect(panel);
    if (!r || r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom)
      continue;
    const cost = {
      top: (r.bottom - c.top) / c.height,
      bottom: (c.bottom - r.top) / c.height,
      left: (r.right - c.left) / c.width,
      right: (c.right - r.left) / c.width,
    };
    const side = (Object.keys(cost) as (keyof Margins)[]).reduce((a, b) =>
      cost[a] <= cost[b] ? a : b,
    );
    const covered = cost[side] * (side === 'top' || side === 'bottom' ? c.height : c.width);
    margins[side] = Math.max(margins[side], covered + GAP);
  }
  return capped(margins, c.width, c.height);
}

function visibleRect(el: Element): DOMRect | null {
  if ((el as HTMLElement).hidden) return null;
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility !== 'visible') return null;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? r : null;
}

/** Panels never take more than 60 % of either dimension: a crowded small screen still shows the graph. */
function capped(m: Margins, width: number, height: number): Margins {
  const scale = (a: number, b: number, size: number) =>
    a + b > size * 0.6 ? (size * 0.6) / (a + b) : 1;
  const h = scale(m.left, m.right, width);
  const v = scale(m.top, m.bottom, height);
  return { top: m.top * v, bottom: m.bottom * v, left: m.left * h, right: m.right * h };
}

/** The margins of the explorer's page, measured now. */
export function pageMargins(container: Element): Margins {
  const panels = FLOATING_PANELS.flatMap((s) => [...document.querySelectorAll(s)]);
  return coveredMargins(container, panels);
}
