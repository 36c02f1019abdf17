// The bench sections for issue 12's points 3–6 (called from run.ts; also run alone:
// node --import tsx tests/bench/scale.ts): the whole app at 2,000 and 20,000 people, the e2e bridge, the influence network's spreading pass,
// start-up by file size, committing an import, the SVG refusal, and history at 2,000 and 20,000 people. BENCH_BIG=0 skips the 20,000-person
// rows and the 300 MB file (quick local runs).
import { printBridgeBench, runBridgeBench } from './bridge';
import { printImportCommitBench, runImportCommitBench } from './importCommit';
import { printSeriesBench, runSeriesBench } from './series';
import { printSpreadBench, runSpreadBench } from './spread';
import { printStartupBench, runStartupBench } from './startup';
import { printSvgRefusalBench, runSvgRefusalBench } from './svgRefusal';
import { printWholeAppBench, runWholeAppBench } from './wholeApp';

export async function runScaleBench(): Promise<void> {
  const big = process.env.BENCH_BIG !== '0';
  console.log('\n## The whole app, driven as a rep drives it (tests/bench/wholeApp.ts)\n');
  printWholeAppBench(await runWholeAppBench(big ? [2000, 20_000] : [2000]));
  console.log('\n## The browser tests\' bridge (tests/bench/bridge.ts)\n');
  printBridgeBench(await runBridgeBench(big ? [2000, 20_000] : [2000]));
  console.log('\n## Influence network, first layout (tests/bench/spread.ts; Node, the worker runs the same code)\n');
  printSpreadBench(runSpreadBench(big ? [2000, 20_000] : [2000]));
  console.log('\n## Start-up by database size (tests/bench/startup.ts; warm cache)\n');
  printStartupBench(await runStartupBench(big ? [10, 100, 300] : [10, 100]));
  console.log('\n## Committing an import (tests/bench/importCommit.ts; the main process\'s event loop)\n');
  printImportCommitBench(await runImportCommitBench(big ? [2000, 20_000] : [2000]));
  console.log('\n## SVG export of a map too big for one, refused up front (tests/bench/svgRefusal.ts)\n');
  printSvgRefusalBench(runSvgRefusalBench(big ? 20_000 : 3000));
  for (const people of big ? [2000, 20_000] : [2000]) {
    console.log(`\n## History at ${people.toLocaleString('en-US')} people × 5 years (tests/bench/series.ts)\n`);
    printSeriesBench(runSeriesBench({ people, runs: 5 }));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runScaleBench();
