// What the rep is told when the database cannot be opened. Pure (text only) so it is unit-tested;
// main.ts shows it in a native dialog and quits without touching the file (too-new, unexpected);
// a damaged file gets the renderer's recovery screen instead (startApp's recovery mode).
import { DatabaseCorruptError, DatabaseTooNewError } from './db/errors';

export type StartupFailureKind = 'too-new' | 'corrupt' | 'unexpected';

export interface StartupFailureMessage {
  kind: StartupFailureKind;
  title: string;
  message: string;
  detail: string;
}

const isChinese = (locale: string): boolean => locale.toLowerCase().startsWith('zh');

export function classifyStartupFailure(err: unknown): StartupFailureKind {
  if (err instanceof DatabaseTooNewError || (err instanceof Error && err.name === 'DatabaseTooNewError')) return 'too-new';
  if (err instanceof DatabaseCorruptError || (err instanceof Error && err.name === 'DatabaseCorruptError')) return 'corrupt';
  return 'unexpected';
}

export function describeStartupFailure(err: unknown, dbPath: string, locale: string): StartupFailureMessage {
  const kind = classifyStartupFailure(err);
  const reason = err instanceof Error ? err.message : String(err);
  const zh = isChinese(locale);
  if (kind === 'too-new') {
    return {
      kind,
      title: 'Powermap',
      message: zh ? '此数据文件由更新版本的 Powermap 创建。' : 'This data file was created by a newer version of Powermap.',
      detail: zh
        ? `请将 Powermap 更新到最新版本后再打开。文件未作任何修改：\n${dbPath}`
        : `Update Powermap to the latest version to open it. The file has not been changed:\n${dbPath}`,
    };
  }
  if (kind === 'corrupt') {
    return {
      kind,
      title: 'Powermap',
      message: zh ? '无法读取 Powermap 数据文件：文件已损坏或不是 Powermap 数据库。' : 'Powermap cannot read its data file: it is damaged or is not a Powermap database.',
      detail: zh
        ? `文件未作任何修改，请先备份后再处理：\n${dbPath}\n\n${reason}`
        : `The file has not been changed; keep a copy of it before doing anything else:\n${dbPath}\n\n${reason}`,
    };
  }
  return {
    kind,
    title: 'Powermap',
    message: zh ? 'Powermap 启动失败。' : 'Powermap could not start.',
    detail: `${dbPath}\n\n${reason}`,
  };
}
