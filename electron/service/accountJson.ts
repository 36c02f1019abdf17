// Account JSON: export one account with its history and positions; import a file as a NEW account
// (every id replaced consistently). A file is held to the app's own rules, row by row (see
// shared/import/accountJsonCheck.ts); a file that breaks one, or a newer format, is refused whole and
// nothing is written.
import { parseAccountJson, remapAccountJson, type AccountJsonExport, type AccountJsonImportResult } from '../../shared/import/accountJson';
import type { ParsedInput } from '../../shared/ipc/contract';
import { conflict, notFound, ServiceError } from '../../shared/ipc/errors';
import { safeFileName } from '../../shared/export/fileName';
import type { SavedFile } from '../../shared/export/contractCalls';
import type { ServiceContext } from './context';
import { todayOf } from './history';

export function accountJsonMethods(ctx: ServiceContext) {
  const exportAccountJson = ({ accountId }: ParsedInput<'exportAccountJson'>): AccountJsonExport => {
    const now = ctx.clock.now();
    const doc = ctx.store.accountJson.read(accountId, now.toISOString(), ctx.app.version);
    if (!doc) throw notFound('account', accountId);
    return { fileName: safeFileName(`${doc.account.name} ${now.toISOString().slice(0, 10)}.powermap`, 'json'), json: JSON.stringify(doc, null, 2) };
  };
  return {
    exportAccountJson,

    /** Export straight to a file through the platform's save dialog (no round trip through the renderer). */
    async saveAccountJson({ accountId }: ParsedInput<'saveAccountJson'>): Promise<SavedFile> {
      if (!ctx.platform) throw conflict('error.export.unavailable');
      const { fileName, json } = exportAccountJson({ accountId });
      try {
        return await ctx.platform.saveFile({ fileName, kind: 'json', data: Buffer.from(json, 'utf8') });
      } catch (err) {
        throw new ServiceError({ code: 'internal', messageKey: 'error.export.saveFailed', params: { detail: String(err instanceof Error ? err.message : err).slice(0, 300) } });
      }
    },

    async importAccountJson(input: ParsedInput<'importAccountJson'>): Promise<AccountJsonImportResult> {
      // A byte-order mark (saved by Notepad) is not part of the JSON.
      const parsed = parseAccountJson(input.json.charCodeAt(0) === 0xfeff ? input.json.slice(1) : input.json, todayOf(ctx));
      if (!parsed.ok) throw new ServiceError(parsed.error);
      const doc = remapAccountJson(parsed.doc, ctx.newId);
      try {
        ctx.store.accountJson.write(doc);
      } catch (err) {
        // A constraint the checks did not foresee: refuse the file, nothing written (one transaction).
        const code = (err as { code?: unknown }).code;
        if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
          throw new ServiceError({ code: 'validation', messageKey: 'error.accountJson.invalid', params: { path: '' }, issues: [{ path: '', messageKey: 'error.accountJson.invalid' }] });
        }
        throw err;
      }
      return {
        account: ctx.store.accounts.get(doc.account.id)!,
        people: doc.people.length,
        relationships: doc.relationships.length,
        positions: doc.positions.length,
        historyRows: doc.history.length,
      };
    },
  };
}
