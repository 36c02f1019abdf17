// The main-process half of opening an account: getAccountMap (people, relationships and the saved
// positions) from a real SQLite file through the real service, as the window asks for it over IPC.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../electron/service/app';
import { orgChartLayout } from '../../renderer/graph/layouts/orgChart';
import { toPositionList } from '../../renderer/graph/layouts/types';
import { syntheticAccount } from './syntheticAccount';

/** Median ms of getAccountMap with saved positions (plus a JSON round trip standing in for IPC's copy), per size. */
export async function measureServiceOpen(sizes: readonly number[], runs = 5): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const size of sizes) {
    // One file per size: synthetic accounts reuse person ids.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-'));
    const app = openApp({ dbPath: path.join(dir, 'bench.db'), systemLocale: 'en-US', version: 'bench', seedSample: false });
    try {
      const a = syntheticAccount(size);
      app.store.transaction(() => {
        app.store.accounts.insert(a.account);
        for (const p of a.people) app.store.people.insert(p);
        for (const r of a.relationships) app.store.relationships.insert(r);
      });
      await app.service.savePositions({ accountId: a.account.id, layout: 'saved', positions: toPositionList(orgChartLayout(a)) });
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const map = await app.service.getAccountMap({ accountId: a.account.id, layout: 'saved' });
        JSON.parse(JSON.stringify(map));
        times.push(performance.now() - t);
        if (map.positions.length !== size) throw new Error(`expected ${size} saved positions, got ${map.positions.length}`);
      }
      out.set(size, times.sort((x, y) => x - y)[Math.floor(runs / 2)] as number);
    } finally {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}
