// The account's people limit is known at preview time: the preview says when the valid rows would not
// fit (existing + incoming > max), with the numbers the message needs, using the same rule as the commit.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/domain/limits';
import { analyzeRow } from '../../../shared/import/analyze';
import { accountRoom, tooManyPeople } from '../../../shared/import/capacity';
import { buildPreview, type PreviewInput } from '../../../shared/import/preview';

describe('tooManyPeople', () => {
  it('is null while existing + incoming stays within the limit, including exactly at it', () => {
    expect(tooManyPeople(accountRoom(0), LIMITS.peoplePerAccountMax)).toBeNull();
    expect(tooManyPeople(accountRoom(19_990), 10)).toBeNull();
    expect(tooManyPeople(accountRoom(0, 5), 0)).toBeNull();
  });

  it('gives the numbers when one more person would not fit', () => {
    expect(tooManyPeople(accountRoom(19_990), 11)).toEqual({ existing: 19_990, incoming: 11, max: 20_000, free: 10, parts: 1 });
  });

  it('100,000 rows into an empty account: room for 20,000, split into 5 parts', () => {
    expect(tooManyPeople(accountRoom(0), 100_000)).toEqual({ existing: 0, incoming: 100_000, max: 20_000, free: 20_000, parts: 5 });
  });

  it('a full (or over-full) account has no free room', () => {
    expect(tooManyPeople(accountRoom(20_000), 1)).toMatchObject({ free: 0, parts: 1 });
    expect(tooManyPeople(accountRoom(25, 20), 41)).toMatchObject({ free: 0, parts: 3 });
  });
});

function input(names: string[], existingPeople: number): PreviewInput {
  const mapping = ['name' as const];
  const data = names.map((n) => [n]);
  return {
    importId: 'i1',
    accountId: 'a1',
    fileName: 'p.csv',
    format: 'csv',
    encoding: 'utf-8',
    sheets: [],
    sheet: null,
    headers: ['Name'],
    data,
    kind: 'people',
    detectedKind: 'people',
    people: data.map((cells, i) => analyzeRow(cells, i + 2, mapping)),
    relationships: [],
    mapping,
    suggestedMapping: mapping,
    existingPeople,
    companion: null,
  };
}

describe('buildPreview: account room', () => {
  it('reports the room and no problem when the valid rows fit', () => {
    const p = buildPreview(input(['Ann', 'Bob'], LIMITS.peoplePerAccountMax - 2));
    expect(p.room).toEqual({ existing: LIMITS.peoplePerAccountMax - 2, max: LIMITS.peoplePerAccountMax });
    expect(p.tooManyPeople).toBeNull();
  });

  it('flags the import up front when the valid rows would overflow the account; rows with errors do not count', () => {
    const p = buildPreview(input(['Ann', 'Bob', ''], LIMITS.peoplePerAccountMax - 1));
    expect(p.totals).toMatchObject({ rows: 3, valid: 2, withErrors: 1 });
    expect(p.tooManyPeople).toEqual({ existing: LIMITS.peoplePerAccountMax - 1, incoming: 2, max: LIMITS.peoplePerAccountMax, free: 1, parts: 1 });
  });
});
