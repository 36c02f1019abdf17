// The application service: one method per contract call, composed from per-domain modules.
// To add calls: add them to shared/ipc/contract.ts, write a module here, and add ONE line below.
import type { ServiceImpl } from '../../shared/ipc/api';
import { accountJsonMethods } from './accountJson';
import { accountMethods } from './accounts';
import { backupMethods } from './backups';
import { coachingMethods } from './coaching';
import type { ServiceContext } from './context';
import { fileMethods } from './files';
import { historyMethods } from './history';
import { importMethods } from './imports';
import { peopleMethods } from './people';
import { nextStepMethods } from './nextSteps';
import { mapMethods } from './positions';
import { purchaseMethods } from './purchases';
import { relationshipMethods } from './relationships';
import { settingsMethods } from './settings';
import { snapshotMethods } from './snapshots';
import { guardStoreErrors } from './storeErrors';
import { visitMethods } from './visits';

export type { ServiceContext } from './context';

export function createService(ctx: ServiceContext): ServiceImpl {
  return guardStoreErrors({
    ...settingsMethods(ctx),
    ...accountMethods(ctx),
    ...mapMethods(ctx),
    ...peopleMethods(ctx),
    ...relationshipMethods(ctx),
    ...historyMethods(ctx),
    ...snapshotMethods(ctx),
    ...importMethods(ctx),
    ...accountJsonMethods(ctx),
    ...backupMethods(ctx),
    ...fileMethods(ctx),
    ...visitMethods(ctx),
    ...nextStepMethods(ctx),
    ...purchaseMethods(ctx),
    ...coachingMethods(ctx),
  });
}
