// Web Worker entry: runs the influence-network layout off the UI thread (no freeze while it runs).
import { computeForcePositions, type ForceInput } from './forceLayout';

interface Request {
  id: number;
  input: ForceInput;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, positions: computeForcePositions(input) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
