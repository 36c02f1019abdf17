// Inputs of the right shape for every contract method, built from the real ids in the file (and
// sometimes ids of the other account), plus the random operation that picks, mutates or replaces them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { BUYING_ROLES, LAYOUTS, RELATIONSHIP_STAGES, RELATIONSHIP_TYPES, STANCES } from '../../../../shared/domain/model';
import { SAVE_KINDS } from '../../../../shared/export/fileName';
import { FORCED_ENCODINGS, IMPORT_FIELDS } from '../../../../shared/import/fields';
import { METHODS, type Method } from '../../../../shared/ipc/contract';
import { junk, junkInput, mutate, mutation, type Mutation } from './junk';
import type { Pools, World } from './world';

export interface Op {
  method: Method;
  mode: 'valid' | 'mutated' | 'junk';
  picks: number[];
  text: string;
  mutation: Mutation;
  /** Index of the junk input (mode 'junk'). */
  junk: number;
}

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Li Wei', '王丽', 'Zhang San', 'Dr. O’Brien', 'Ana-María', '<b>x</b>', "'; --", '  padded  ', 'A'.repeat(120), 'A'.repeat(121)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }) },
);

const fixtureDir = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url));

// Every method, and the import and backup flows (which need several calls in a row) more often.
const FLOWS: Method[] = ['startImport', 'previewImport', 'commitImport', 'getImportProgress', 'exportAccountJson', 'importAccountJson'];

export const op: fc.Arbitrary<Op> = fc.record({
  method: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...METHODS) }, { weight: 1, arbitrary: fc.constantFrom(...FLOWS) }),
  mode: fc.constantFrom<Op['mode']>('valid', 'valid', 'valid', 'mutated', 'mutated', 'junk'),
  picks: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 8 }),
  text,
  mutation,
  junk: junkInput,
});

/** Operations that stress the file as a whole, to mix into bursts. */
export const heavyOp: fc.Arbitrary<Op> = fc.record({
  method: fc.constantFrom<Method>('createBackup', 'restoreBackup', 'createPerson', 'updatePerson', 'createRelationship', 'deleteAccount', 'commitImport', 'importAccountJson', 'getSupportSeries', 'getSupportTrends', 'undo', 'redo'),
  mode: fc.constant<Op['mode']>('valid'),
  picks: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 8 }),
  text,
  mutation,
  junk: junkInput,
});

// Real files from the import fixtures (CSV in several encodings, XLSX, a truncated XLSX), sent as is or with bytes flipped.
const FIXTURES = fs.readdirSync(fixtureDir).filter((f) => !f.endsWith('.ts')).map((f) => ({ fileName: f, bytes: fs.readFileSync(path.join(fixtureDir, f)) }));

function fixtureSource(k: number, flips: number[]): { fileName: string; base64: string } {
  const { fileName, bytes } = FIXTURES[k % FIXTURES.length]!;
  const copy = Buffer.from(bytes);
  if (copy.length > 0 && k % 3 !== 0) for (const f of flips) copy[f % copy.length] = f & 0xff;
  return { fileName, base64: copy.toString('base64') };
}

const csvBase64 = (rows: string[][]) => Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'), 'utf8').toString('base64');

/** A valid-shaped input for `method`; unknown methods (added later to the contract) get `{}`. */
export function validInput(o: Op, pools: Pools, world: World): unknown {
  let i = 0;
  const n = () => o.picks[i++ % o.picks.length]!;
  const pick = <T>(xs: readonly T[], fallback: T): T => (xs.length ? xs[n() % xs.length]! : fallback);
  const flag = () => n() % 2 === 0;
  const accountId = pick(pools.accounts, 'no-account');
  const people = pools.peopleByAccount.get(accountId) ?? [];
  const allPeople = [...pools.peopleByAccount.values()].flat();
  const personId = pick(allPeople, 'no-person');
  const day = (back: number) => {
    const d = new Date(`${pools.today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - back);
    return d.toISOString().slice(0, 10);
  };
  const mapping = () => (flag() ? undefined : [pick(IMPORT_FIELDS, 'name'), pick([...IMPORT_FIELDS, null], null), flag() ? 'name' : null]);
  const person = () => ({
    name: o.text,
    ...(flag() ? { stance: pick(STANCES, 'ally'), buyingRole: pick(BUYING_ROLES, 'user') } : {}),
    ...(flag() ? { isTopDecisionMaker: flag() } : {}),
    ...(flag() ? { authority: 1 + (n() % 5), expertise: 1 + (n() % 5), accessToTop: 1 + (n() % 5), met: flag(), lastContact: flag() ? day(n() % 90) : null } : {}),
    ...(flag() ? { pinnedScore: flag() ? n() % 101 : null, notes: `${o.text}\n${o.text}`, title: o.text } : {}),
  });
  const csvRows = () => {
    const names = [o.text, 'Row A', 'Row B', ...(flag() ? ['Row A'] : [])];
    const loop = flag() && flag();
    const rows = names.map((name, k) => [name, `T${k}`, k + 1 < names.length ? names[k + 1]! : loop ? names[0]! : '', pick(['盟友', 'ally', '中立', '', '??'], '')]);
    return [['Name', 'Title', 'Reports to', 'Stance'], ...rows];
  };
  // The service keeps the last 3 imports; older ids are still tried now and then.
  const importId = () => pick(n() % 5 ? world.importIds.slice(-3) : world.importIds, 'no-import');
  const backupName = pick(pools.backups, 'powermap-20260101-000000-000-manual.sqlite3');
  const inputs: Partial<Record<Method, () => unknown>> = {
    getAppInfo: () => ({}),
    setLanguage: () => ({ language: pick(['en', 'zh-CN', null], null) }),
    setViewState: () => (flag() ? { legendOpen: flag(), tab: pick(['people', 'ranking'], 'people') } : { rightWidth: flag() ? 400 : null, accountId: flag() ? accountId : null }),
    setTheme: () => ({ theme: pick(['light', 'dark', null], null) }),
    listAccounts: () => (flag() ? {} : { includeArchived: flag() }),
    createAccount: () => ({ name: o.text, ...(flag() ? { segment: o.text, stage: pick(RELATIONSHIP_STAGES, 'establish'), budgetAmount: flag() ? n() : null, productFit: flag() } : {}) }),
    updateAccount: () => ({ id: accountId, patch: flag() ? { name: o.text } : { notes: o.text, centralizedPurchasing: flag(), budgetCycle: o.text } }),
    setAccountArchived: () => ({ id: accountId, archived: flag() }),
    getDeletionImpact: () => ({ id: accountId }),
    deleteAccount: () => ({ id: n() % 4 === 0 ? accountId : 'spare-the-account' }),
    getAccountMap: () => ({ accountId, ...(flag() ? { layout: pick(LAYOUTS, 'saved') } : {}) }),
    createPerson: () => ({ accountId, ...person() }),
    updatePerson: () => ({ id: personId, patch: person() }),
    deletePerson: () => ({ id: n() % 3 === 0 ? personId : 'spare-the-person' }),
    createRelationship: () => {
      const type = pick(RELATIONSHIP_TYPES, 'reports-to');
      return { accountId, fromId: pick(people, personId), toId: pick(people, personId), type, strength: type === 'influences' ? 1 + (n() % 3) : null };
    },
    updateRelationship: () => ({ id: pick(pools.relationships, 'no-relationship'), strength: 1 + (n() % 3) }),
    deleteRelationship: () => ({ id: pick(pools.relationships, 'no-relationship') }),
    savePositions: () => ({
      accountId,
      layout: pick(LAYOUTS, 'saved'),
      positions: people.map((p) => ({ personId: p, x: (n() % 2000) - 1000, y: (n() % 2000) - 1000 })),
      ...(flag() ? { undoable: flag() } : {}),
    }),
    // Undo and redo, also of a deleted account (which brings it back).
    undo: () => ({ accountId: n() % 4 === 0 ? pick(world.deletedAccounts, accountId) : accountId }),
    redo: () => ({ accountId }),
    getUndoState: () => ({ accountId: n() % 4 === 0 ? pick(world.deletedAccounts, accountId) : accountId }),
    getAccountMapAsOf: () => ({ accountId, day: day((n() % 10) - 2), ...(flag() ? { layout: pick(LAYOUTS, 'saved') } : {}) }),
    getSupportSeries: () => ({ accountId, ...(flag() ? { from: day(n() % 30) } : {}), ...(flag() ? { to: day(n() % 3) } : {}) }),
    getChanges: () => ({ accountId, from: day(n() % 30), to: day((n() % 4) - 1), ...(flag() ? { limit: 1 + (n() % 100) } : {}) }),
    getSupportTrends: () => (flag() ? {} : { includeArchived: flag() }),
    listSnapshots: () => ({ accountId }),
    createSnapshot: () => ({ accountId, name: o.text, ...(flag() ? { day: day(n() % 5) } : {}) }),
    renameSnapshot: () => ({ id: pick(pools.snapshots, 'no-snapshot'), name: o.text }),
    deleteSnapshot: () => ({ id: pick(pools.snapshots, 'no-snapshot') }),
    startImport: () => ({
      accountId,
      source: [
        () => ({ fileName: pick(['people.csv', 'people.xlsx', 'old.xls', 'notes.txt'], 'people.csv'), base64: csvBase64(csvRows()) }),
        () => ({ fileName: 'people.csv', base64: csvBase64(csvRows()) }),
        () => fixtureSource(n(), [n(), n(), n()]),
        () => ({ fileName: 'junk.csv', base64: Buffer.from(o.text).toString('base64') }),
      ][n() % 4]!(),
      ...(flag() ? { encoding: pick([...FORCED_ENCODINGS, null], null) } : {}),
      ...(flag() ? { mapping: mapping() ?? [] } : {}),
    }),
    getImportProgress: () => ({ importId: importId() }),
    previewImport: () => ({ importId: importId(), ...(flag() ? { mapping: mapping() ?? ['name'] } : {}) }),
    commitImport: () => ({ importId: importId(), ...(n() % 4 ? { rowsWithErrors: pick(['refuse', 'skip', 'skip'], 'skip'), duplicates: pick(['import', 'skip'], 'skip') } : {}) }),
    cancelImport: () => ({ importId: importId() }),
    exportAccountJson: () => ({ accountId }),
    saveAccountJson: () => ({ accountId }),
    importAccountJson: () => ({ json: accountFile(pick(world.accountFiles, '{}'), o, n()) }),
    listBackups: () => ({}),
    createBackup: () => ({}),
    restoreBackup: () => ({ name: backupName }),
    getStartupStatus: () => ({}),
    recoverFromBackup: () => ({ name: flag() ? null : backupName }),
    saveFile: () => ({ suggestedName: o.text || 'map', kind: pick(SAVE_KINDS, 'png'), dataBase64: Buffer.from(o.text).toString('base64') }),
    savePagePdf: () => ({ suggestedName: o.text || 'brief' }),
    copyImage: () => ({ pngBase64: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(o.text)]).toString('base64') }),
  };
  return (inputs[o.method] ?? (() => ({})))();
}

/** JSON text of a bent document (junk values include BigInt and NaN, which JSON cannot hold as such). */
const toJson = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

/** An exported account file, as is or bent: a key set to junk, prototype keys, ids swapped, a newer version. */
function accountFile(json: string, o: Op, k: number): string {
  if (k % 3 === 0) return json;
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const people = Array.isArray(doc.people) ? (doc.people as Array<Record<string, unknown>>) : [];
  const rels = Array.isArray(doc.relationships) ? (doc.relationships as Array<Record<string, unknown>>) : [];
  switch (k % 6) {
    case 1:
      return toJson(mutate(doc, o.mutation, 'foreign'));
    case 2:
      if (people[0]) people[0] = mutate(people[0], o.mutation, String(people[1]?.id ?? 'foreign')) as Record<string, unknown>;
      return toJson(doc);
    case 4:
      if (rels[0] && people[0]) rels[0] = { ...rels[0], toId: rels[0].fromId };
      return toJson(doc);
    case 5:
      return `{"__proto__": {"version": 1}, ${json.slice(1)}`;
    default:
      return json.slice(0, Math.max(1, json.length >> (k % 5)));
  }
}

/** The input an operation sends: valid, one mutation of valid, or junk. */
export function inputOf(o: Op, pools: Pools, world: World): unknown {
  if (o.mode === 'junk') return junk(o.junk);
  const valid = validInput(o, pools, world);
  if (o.mode === 'valid') return valid;
  const foreignAccount = pools.accounts.find((a) => a !== (valid as { accountId?: string }).accountId);
  const foreign = (foreignAccount && pools.peopleByAccount.get(foreignAccount)?.[0]) ?? foreignAccount ?? 'foreign';
  return mutate(valid, o.mutation, foreign);
}
