// A handle on the map's edge that resizes the pane beside it: drag it, or focus it and use the arrow
// keys (Shift for bigger steps); double-click gives the layout's own width back. The width is kept
// (rememberPaneWidth) once the drag or key press is done.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PANE_LIMITS } from '../../../shared/viewState/contractCalls';
import { clampWidth, usePanes, type PaneKey } from './panes';
import { rememberPaneWidth } from './remember';

const STEP = 16;

export function PaneResizer({ side, pane }: { side: 'accounts' | 'right'; pane: PaneKey }) {
  const { t } = useTranslation();
  const stored = usePanes((s) => s[pane]);
  const setWidth = usePanes((s) => s.setWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const limits = side === 'accounts' ? PANE_LIMITS.accounts : PANE_LIMITS.right;
  // The pane's width on screen now (its default when the rep never set one).
  const current = (): number => {
    const el = document.querySelector(side === 'accounts' ? '.accounts-pane' : '.right-panel');
    return el ? el.getBoundingClientRect().width : limits.min;
  };
  // Dragging right widens the accounts pane and narrows the right one.
  const sign = side === 'accounts' ? 1 : -1;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { x: e.clientX, width: current() };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setWidth(pane, drag.current.width + sign * (e.clientX - drag.current.x));
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    rememberPaneWidth(pane);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const by = e.key === 'ArrowRight' ? step : e.key === 'ArrowLeft' ? -step : 0;
    if (by === 0 && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = e.key === 'Home' ? limits.min : e.key === 'End' ? limits.max : (stored ?? current()) + sign * by;
    setWidth(pane, next);
    rememberPaneWidth(pane);
  };
  const onDoubleClick = () => {
    setWidth(pane, null);
    rememberPaneWidth(pane);
  };

  return (
    <div
      className={`pane-resizer pane-resizer-${side}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={t(side === 'accounts' ? 'panes.resizeAccounts' : 'panes.resizeRight')}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      aria-valuenow={Math.round(stored ?? clampWidth(pane, current()))}
      title={t('panes.resizeHint')}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={onDoubleClick}
    />
  );
}
