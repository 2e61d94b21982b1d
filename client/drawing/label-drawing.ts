// Canvas label drawers that follow the theme: haloed labels, and a rounded card for the hovered node.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { ClientEdgeAttributes, GraphAttributes, NodeAttributes, Theme } from '../types.js';

type LabelDrawer = NodeLabelDrawingFunction<NodeAttributes, ClientEdgeAttributes, GraphAttributes>;
type HoverDrawer = NodeHoverDrawingFunction<NodeAttributes, ClientEdgeAttributes, GraphAttributes>;

export function createLabelDrawers(theme: () => Theme): {
  drawLabel: LabelDrawer;
  drawHover: HoverDrawer;
} {
  const drawLabel: LabelDrawer = (context, data, settings) => {
    if (!data.label) return;
    const t = theme();
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const x = data.x + data.size + 4;
    const y = data.y + settings.labelSize / 3;
    // A halo in the background colour keeps labels legible where edges cross them.
    context.lineWidth = 3;
    context.lineJoin = 'round';
    context.strokeStyle = t.halo;
    context.strokeText(data.label, x, y);
    context.fillStyle = t.label;
    context.fillText(data.label, x, y);
  };

  const drawHover: HoverDrawer = (context, data, settings) => {
    const t = theme();
    const size = settings.labelSize;
    context.font = `600 ${size}px ${settings.labelFont}`;
    const label = data.label ?? '';
    const padding = 5;
    const width = label ? context.measureText(label).width + data.size + padding * 3 + 4 : 0;
    const height = Math.max(size + padding * 2, data.size * 2 + 4);
    const left = data.x - data.size - padding;
    context.save();
    context.shadowColor = t.shadow;
    context.shadowBlur = 10;
    context.fillStyle = t.hoverBackground;
    context.beginPath();
    context.roundRect(
      left,
      data.y - height / 2,
      data.size * 2 + padding * 2 + width,
      height,
      height / 2,
    );
    context.fill();
    context.restore();
    context.beginPath();
    context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
    context.fillStyle = data.color;
    context.fill();
    if (label) {
      context.fillStyle = t.hoverText;
      context.fillText(label, data.x + data.size + padding + 2, data.y + size / 3);
    }
  };

  return { drawLabel, drawHover };
}
