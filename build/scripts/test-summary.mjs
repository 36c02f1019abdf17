// Last step of `npm test`: one line with the totals of every suite (vitest + both Playwright suites),
// read from their JSON reports, so a run's outcome can be read at a glance.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = fileURLToPath(new URL('../../test-results/summary/', import.meta.url));
const read = (name) => {
  const file = path.join(dir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};

const rows = [];
/** Tests that failed and then passed on CI's retry (Playwright's "flaky"). */
const flaky = [];
function* flakyTitles(suites, prefix = '') {
  for (const suite of suites) {
    const at = suite.file ? `${suite.file} › ` : prefix;
    for (const spec of suite.specs ?? []) {
      if (spec.tests?.some((t) => t.status === 'flaky')) yield `${at}${spec.title}`;
    }
    yield* flakyTitles(suite.suites ?? [], at);
  }
}
const unit = read('unit');
if (unit) rows.push({ suite: 'unit (vitest)', passed: unit.numPassedTests, failed: unit.numFailedTests, skipped: unit.numPendingTests + unit.numTodoTests });
for (const [name, label] of [['e2e', 'browser e2e (Chromium)'], ['electron', 'Electron e2e']]) {
  const report = read(name);
  if (!report) continue;
  const s = report.stats;
  rows.push({ suite: label, passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped });
  for (const title of flakyTitles(report.suites ?? [])) flaky.push(`${label}: ${title}`);
}

const total = rows.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nTest totals');
for (const r of rows) console.log(`  ${r.suite.padEnd(24)} ${String(r.passed).padStart(4)} passed  ${String(r.failed).padStart(3)} failed  ${String(r.skipped).padStart(3)} skipped`);
if (rows.find((r) => r.suite === 'Electron e2e' && r.passed === 0 && r.skipped > 0)) {
  console.log('  (Electron e2e skipped: no Electron binary on this machine; see the reason printed above.)');
}
if (flaky.length > 0) {
  console.log(`  ${flaky.length} flaky (failed, then passed on retry):`);
  for (const f of flaky) console.log(`    ${f}`);
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || rows.length === 0 ? 1 : 0);
