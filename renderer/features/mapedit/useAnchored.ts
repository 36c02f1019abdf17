// Places a floating element next to a box on screen (a node, a right-click spot) with Floating UI:
// on the preferred side, flipped or shifted so it stays inside the map.
import { computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import { useLayoutEffect, useState, type CSSProperties } from 'react';
import type { Box } from './store';

export function useAnchored(box: Box | null, boundary: Element | null, placement: Placement, gap = 8) {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [pos, setPos] = useState<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    if (!box || !el) return;
    let live = true;
    const reference = { getBoundingClientRect: () => DOMRect.fromRect(box) };
    const area = boundary ?? undefined;
    void computePosition(reference, el, {
      strategy: 'fixed',
      placement,
      middleware: [offset(gap), flip({ boundary: area, padding: 6 }), shift({ boundary: area, padding: 6 })],
    }).then(({ x, y }) => {
      if (live) setPos({ x, y });
    });
    return () => {
      live = false;
    };
  }, [box, el, boundary, placement, gap]);
  // Transparent until placed, so it never flashes at the corner (but can take focus at once).
  const style: CSSProperties = { position: 'fixed', left: pos?.x ?? 0, top: pos?.y ?? 0, opacity: pos ? 1 : 0 };
  return { ref: setEl, style };
}
