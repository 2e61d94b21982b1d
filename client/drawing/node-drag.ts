// Dragging a node (sigma's documented pattern: downNode, moveBody, up): the camera holds still, the drop pins it.
import type Sigma from 'sigma';
import type { Point } from '../types.js';

export interface DragHandlers {
  /** A node is grabbed (before it moves). */
  grab(node: string): void;
  /** The node follows the pointer: its graph position while being dragged. */
  move(node: string, at: Point): void;
  /** The pointer let go of a node that moved. */
  drop(node: string, at: Point): void;
}

/** Returns what removes the window's listener (sigma's own listeners go with sigma.kill). */
export function enableNodeDrag(sigma: Sigma, handlers: DragHandlers): () => void {
  const camera = sigma.getCamera();
  let dragged: string | null = null;
  let last: Point | null = null;

  sigma.on('downNode', ({ node }) => {
    dragged = node;
    last = null;
    handlers.grab(node);
    // The graph's frame is held while a node moves, so that dragging one past the edge does not rescale the rest.
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    camera.disable();
  });
  sigma.on('moveBody', ({ event, preventSigmaDefault }) => {
    if (dragged === null) return;
    last = sigma.viewportToGraph(event);
    handlers.move(dragged, last);
    preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    if (dragged === null) return;
    if (last) handlers.drop(dragged, last);
    dragged = null;
    last = null;
    camera.enable();
  };
  sigma.on('upNode', release);
  sigma.on('upStage', release);
  // A release outside the canvas ends the drag too.
  window.addEventListener('mouseup', release);
  return () => window.removeEventListener('mouseup', release);
}
