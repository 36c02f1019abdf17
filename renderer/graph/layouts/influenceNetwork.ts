// Influence network entry point for the adapter: fcose in a Web Worker (one, reused), falling back
// to an inline run where Worker does not exist (vitest under Node).
import { computeForcePositions, type ForceInput } from './forceLayout';
import type { LayoutInput, Positions } from './types';

/** Node diameter by score, as on the map (28–88 px: renderer/README.md, visual language). */
export function nodeSizeForScore(score: number): number {
  return 28 + (Math.max(0, Math.min(100, score)) / 100) * 60;
}

export function forceInputOf(input: LayoutInput, seed = 1): ForceInput {
  return {
    nodes: input.people.map((p) => ({ id: p.id, size: input.sizes?.get(p.id) ?? nodeSizeForScore(input.scores?.get(p.id) ?? 0) })),
    edges: input.relationships.map((r) => ({ fromId: r.fromId, toId: r.toId, type: r.type, strength: r.strength ?? null })),
    seed,
  };
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker === null) {
    worker = new Worker(new URL('./forceWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      const job = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (event.data.positions) job?.resolve(event.data.positions);
      else job?.reject(new Error(event.data.error ?? 'layout failed'));
    };
    worker.onerror = (event) => {
      for (const job of pending.values()) job.reject(new Error(event.message || 'layout worker failed'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

/** Starts the layout worker ahead of need (it parses Cytoscape once, ~0.2 s), e.g. when the map mounts. */
export function prewarmInfluenceNetwork(): void {
  if (typeof Worker !== 'undefined') getWorker();
}

/** Positions for every person; resolves off the UI thread when Workers exist. */
export function influenceNetworkLayout(input: LayoutInput, seed = 1): Promise<Positions> {
  const forceInput = forceInputOf(input, seed);
  if (typeof Worker === 'undefined') return Promise.resolve(computeForcePositions(forceInput));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, input: forceInput });
  });
}
