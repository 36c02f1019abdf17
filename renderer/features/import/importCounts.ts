// How many people and relationships an import would create with the chosen options, and the words
// for its Import button and its result, by what the file holds (people, relationships, or both).
import type { TFunction } from 'i18next';
import type { ImportCommitResult, ImportPreview } from '../../../shared/import/preview';

export interface ImportCounts {
  people: number;
  /** Relationship rows (a relationships file or the sheet beside the people); reports-to cells not included. */
  relationships: number;
  /** Whether the file brings relationship rows at all. */
  hasRelationshipRows: boolean;
}

export function importableCounts(preview: ImportPreview | null, skipDuplicates: boolean): ImportCounts {
  if (!preview) return { people: 0, relationships: 0, hasRelationshipRows: false };
  if (preview.kind === 'relationships') return { people: 0, relationships: preview.totals.valid, hasRelationshipRows: true };
  const people = skipDuplicates ? Math.max(0, preview.totals.valid - preview.totals.duplicates) : preview.totals.valid;
  return { people, relationships: preview.companion?.totals.valid ?? 0, hasRelationshipRows: preview.companion !== null };
}

export function confirmLabel(t: TFunction, c: ImportCounts, num: (n: number) => string): string {
  if (!c.hasRelationshipRows) return t('import.confirm', { count: num(c.people) });
  if (c.people === 0) return t('import.confirmRelationships', { count: num(c.relationships) });
  return t('import.confirmBoth', { people: num(c.people), relationships: num(c.relationships) });
}

export function doneLabel(t: TFunction, preview: ImportPreview, r: ImportCommitResult, num: (n: number) => string): string {
  const relationships = num(r.relationshipsCreated);
  if (preview.kind === 'relationships') return t('import.doneRelationships', { relationships });
  if (preview.companion) return t('import.doneBoth', { people: num(r.peopleCreated), relationships });
  return t('import.done', { people: num(r.peopleCreated), relationships });
}
