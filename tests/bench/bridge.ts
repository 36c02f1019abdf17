// The browser tests' bridge (tests/e2e/harness/bridge.ts) against the service alone: one
// getAccountMap with saved positions, called from a page, (a) through the JSON-string bridge the
// tests use, (b) through Playwright's value serialisation (the bridge before: objects), beside
// (c) the service in Node with a JSON round trip (what Electron's IPC copy costs at least).
// Run alone: node --import tsx tests/bench/bridge.ts  (BENCH_BRIDGE_SIZES=2000,20000)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openApp } from '../../electron/service/app';
import { dispatch } from '../../shared/ipc/dispatch';
import { orgChartLayout } from '../../renderer/graph/layouts/orgChart';
import { toPositionList } from '../../renderer/graph/layouts/types';
import { bridgeApi } from '../e2e/harness/bridge';
import { syntheticAccount } from './syntheticAccount';
import { median, round2 } from './timing';

export interface BridgeRow {
  label: string;
  ms: number;
  baselineMs: number;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function runBridgeBench(sizes = (process.env.BENCH_BRIDGE_SIZES ?? '2000,20000').split(',').map(Number), runs = 3): Promise<BridgeRow[]> {
  const rows: BridgeRow[] = [];
  const browser = await chromium.launch({ executablePath: process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    for (const size of sizes) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-bridge-'));
      const app = openApp({ dbPath: path.join(dir, 'bench.db'), systemLocale: 'en-US', version: 'bench', seedSample: false });
      try {
        const a = syntheticAccount(size);
        app.store.transaction(() => {
          app.store.accounts.insert(a.account);
          for (const p of a.people) app.store.people.insert(p);
          for (const r of a.relationships) app.store.relationships.insert(r);
        });
        await app.service.savePositions({ accountId: a.account.id, layout: 'saved', positions: toPositionList(orgChartLayout(a)) });
        const input = { accountId: a.account.id, layout: 'saved' };
        const node: number[] = [];
        for (let i = -1; i < runs; i++) {
          const t = performance.now();
          JSON.parse(JSON.stringify(await app.service.getAccountMap(input as never)));
          if (i >= 0) node.push(performance.now() - t);
        }
        const page = await (await browser.newContext()).newPage();
        await bridgeApi(page, () => app.service);
        await page.exposeBinding('__objectsBridge', (_s, method: string, inp: unknown) => dispatch(app.service, method as never, inp));
        await page.goto('about:blank');
        const inPage = (via: 'json' | 'objects') =>
          page.evaluate(
            async ({ via, input, runs }) => {
              const w = window as unknown as { api: Record<string, (i: unknown) => Promise<{ ok: boolean; value: { people: unknown[] } }>>; __objectsBridge: (m: string, i: unknown) => Promise<{ ok: boolean; value: { people: unknown[] } }> };
              const times: number[] = [];
              for (let i = -1; i < runs; i++) {
                const t = performance.now();
                const env = await (via === 'json' ? w.api.getAccountMap!(input) : w.__objectsBridge('getAccountMap', input));
                if (!env.ok || env.value.people.length === 0) throw new Error('getAccountMap failed');
                if (i >= 0) times.push(performance.now() - t);
              }
              return times;
            },
            { via, input, runs },
          );
        const json = median(await inPage('json'));
        const objects = median(await inPage('objects'));
        const service = median(node);
        const n = size.toLocaleString('en-US');
        rows.push({ label: `${n} people: getAccountMap through the JSON-string bridge (now) vs the service + JSON copy in Node`, ms: round2(json), baselineMs: round2(service) });
        rows.push({ label: `${n} people: getAccountMap through Playwright's object serialisation (before) vs the service + JSON copy in Node`, ms: round2(objects), baselineMs: round2(service) });
        await page.context().close();
      } finally {
        app.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

export function printBridgeBench(rows: readonly BridgeRow[]): void {
  console.log('| benchmark | median ms | baseline ms | ratio |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.label} | ${r.ms} | ${r.baselineMs} | ${(r.ms / r.baselineMs).toFixed(2)}× |`);
}

if (import.meta.url === `file://${process.argv[1]}`) printBridgeBench(await runBridgeBench());
