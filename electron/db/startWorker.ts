// Starts one of the store's worker threads: the bundled .cjs in the app, or the TypeScript entry
// loaded through tsx when running from source (tests, benches).
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export function startWorker(workerFile: string, workerData: unknown): Worker {
  if (!workerFile.endsWith('.ts')) return new Worker(workerFile, { workerData });
  const url = JSON.stringify(pathToFileURL(workerFile).href);
  return new Worker(`import('tsx/esm/api').then((m) => m.tsImport(${url}, ${url}))`, { eval: true, workerData });
}
