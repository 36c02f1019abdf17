// How the rep left the view (shared/viewState/contractCalls.ts), as one JSON value in the settings
// table. Read field by field: a value a later version wrote differently, or a damaged one, falls
// back to its default without losing the others.
import { DEFAULT_VIEW_STATE, viewStateFields, type ViewState } from '../../shared/viewState/contractCalls';
import type { ServiceContext, SyncMethods } from './context';

export const VIEW_STATE_KEY = 'view.state';

function readViewState(ctx: ServiceContext): ViewState {
  const text = ctx.store.settings.get(VIEW_STATE_KEY);
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    // Damaged: defaults.
  }
  const state: Record<string, unknown> = { ...DEFAULT_VIEW_STATE };
  for (const [key, schema] of Object.entries(viewStateFields.shape)) {
    const field = schema.safeParse(stored[key]);
    if (key in stored && field.success) state[key] = field.data;
  }
  return state as ViewState;
}

export function viewStateMethods(ctx: ServiceContext): SyncMethods<'getViewState' | 'setViewState'> {
  return {
    getViewState() {
      return readViewState(ctx);
    },
    setViewState(patch) {
      const next: ViewState = { ...readViewState(ctx), ...patch };
      ctx.store.settings.set(VIEW_STATE_KEY, JSON.stringify(next));
      return next;
    },
  };
}
