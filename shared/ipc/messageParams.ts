// The params each error message needs, in one table. The code that emits a key builds its params
// to this table (importError is typed by it; zod issues get theirs from messageOfIssue), and the
// renderer's i18n test renders every message of every language with them and fails on any
// leftover "{{…}}". A key that is not listed carries no params. Adding "{{x}}" to an error text
// means adding x here, and passing it where the key is raised.
import type { core } from 'zod';

export const MESSAGE_PARAMS = {
  'error.field': ['field', 'message'],
  'error.text.tooLong': ['max'],
  'error.account.tooManyPeople': ['max'],
  'error.history.futureDay': ['today'],
  'error.history.beforeAccountCreated': ['firstDay'],
  'error.snapshot.nameTaken': ['name'],
  'error.internal': ['detail'],
  'error.unexpected': ['detail'],
  'error.import.tooLarge': ['maxMb'],
  'error.import.sheetNotFound': ['sheet'],
  'error.import.cannotRead': ['file'],
  'error.import.tooManyRows': ['max'],
  'error.import.tooManyColumns': ['max'],
  'error.import.tooManyPeople': ['max', 'existing', 'incoming'],
  'error.import.fieldMappedTwice': ['column', 'firstColumn', 'field'],
  'error.import.fieldNotForKind': ['column', 'field'],
  'error.import.rowsHaveErrors': ['count', 'firstRow'],
  'error.import.reportsToNotFound': ['name'],
  'error.import.reportsToAmbiguous': ['name'],
  'error.import.reportsToSelf': ['name'],
  'error.import.personNotFound': ['name'],
  'error.import.personAmbiguous': ['name'],
  'error.import.twoTopDecisionMakers': ['otherRow'],
  'error.import.rowRejected': ['row', 'reason'],
  'error.import.failed': ['detail'],
  'error.accountJson.tooNew': ['version', 'known'],
  'error.accountJson.invalid': ['path'],
  'error.accountJson.brokenReference': ['path'],
  'error.accountJson.rejected': ['problems', 'section', 'field', 'reason'],
  'error.accountJson.rejectedRow': ['problems', 'section', 'reason'],
  'error.accountJson.beforeAccount': ['firstDay'],
  'error.accountJson.dayOutOfRange': ['min', 'max'],
  'error.accountJson.twoTopDecisionMakers': ['otherRow'],
  'error.accountJson.where.account': ['name'],
  'error.accountJson.where.people': ['row', 'name'],
  'error.accountJson.where.relationships': ['row', 'name'],
  'error.accountJson.where.positions': ['row', 'name'],
  'error.accountJson.where.history': ['row', 'name', 'day'],
  'error.accountJson.where.snapshots': ['row', 'name'],
  'error.visit.loggedInFuture': ['today'],
  'error.visit.nextStepBeforeVisit': ['date'],
  'error.visit.doneBeforeVisit': ['date'],
  'error.backup.unusable': ['name'],
  'error.backup.restoreFailed': ['detail'],
  'error.export.saveFailed': ['detail'],
  'error.export.printFailed': ['detail'],
  'error.export.clipboardFailed': ['detail'],
  // The words of undo steps (electron/service/undoLabels.ts), shown as "Undo: …".
  'undo.label.personStance': ['name'],
  'undo.label.personTopDecisionMaker': ['name'],
  'undo.label.personEdit': ['name'],
  'undo.label.personCreate': ['name'],
  'undo.label.personDelete': ['name'],
  'undo.label.relationshipCreate': ['from', 'to'],
  'undo.label.relationshipUpdate': ['from', 'to'],
  'undo.label.relationshipDelete': ['from', 'to'],
  'undo.label.accountEdit': ['name'],
  'undo.label.accountArchive': ['name'],
  'undo.label.accountUnarchive': ['name'],
  'undo.label.accountDelete': ['name'],
  'undo.label.positions': ['count'],
  'undo.label.import': ['people', 'relationships'],
  'undo.label.visitLog': ['date'],
  'undo.label.visitPlan': ['date'],
  'undo.label.visitEdit': ['date'],
  'undo.label.visitDelete': ['date'],
  'undo.label.nextStepDone': ['what'],
  'undo.label.nextStepReopen': ['what'],
} as const satisfies Record<string, readonly string[]>;

export type MessageParams = Record<string, string | number>;
type Listed = keyof typeof MESSAGE_PARAMS;

/** The params a key needs: an object with exactly those names, or nothing for an unlisted key. */
export type ParamsOf<K extends string> = K extends Listed ? Record<(typeof MESSAGE_PARAMS)[K][number], string | number> : undefined;

/** Params a key requires (empty for an unlisted key). */
export function paramsOf(messageKey: string): readonly string[] {
  return (MESSAGE_PARAMS as Record<string, readonly string[]>)[messageKey] ?? [];
}

/**
 * A zod issue → the message key and its params. The schemas' messages are keys without values;
 * the values come from the issue itself (a too_big issue knows its maximum).
 */
export function messageOfIssue(issue: core.$ZodIssue): { messageKey: string; params?: MessageParams } {
  const messageKey = issue.message.startsWith('error.') ? issue.message : 'error.invalidInput';
  if (messageKey === 'error.text.tooLong' && issue.code === 'too_big') return { messageKey, params: { max: Number(issue.maximum) } };
  return { messageKey };
}
