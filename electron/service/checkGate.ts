// While the deferred whole-file check runs (electron/db/checkLater.ts), only calls that read the
// store go through; any other call waits for the check's answer, and is refused if the file turned
// out damaged. A list of reads, not of writes: a call added later waits unless it is named here.
import type { Method } from '../../shared/ipc/contract';

const READS = new Set<Method>([
  'getAppInfo', 'listAccounts', 'getDeletionImpact', 'getAccountMap', 'getAccountMapAsOf', 'getSupportSeries', 'getChanges',
  'getSupportTrends', 'listSnapshots', 'getImportProgress', 'cancelImport', 'exportAccountJson', 'listBackups', 'getStartupStatus',
  'listVisits', 'listNextSteps', 'listVisitSummaries', 'getYearlyPurchases', 'getVisitPlan', 'getCoaching', 'getPathsToPerson',
]);

/** True for calls that must wait until the file is known sound. */
export function waitsForCheck(method: Method): boolean {
  return !READS.has(method);
}
