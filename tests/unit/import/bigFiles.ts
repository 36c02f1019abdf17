// Large import files generated on the fly (never committed): n people, each reporting to an earlier one.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import iconv from 'iconv-lite';

const STANCES = ['盟友', '支持', '中立', '怀疑', '反对', '未知'];
const ROLES = ['决策者', '批准者', '影响者', '评估者', '使用者', '把关者'];

export function bigRow(i: number): string[] {
  return [`员工${String(i).padStart(6, '0')}`, `经理${i % 97}`, `部门${i % 13}`, ROLES[i % 6]!, STANCES[i % 6]!, String((i % 5) + 1), i === 1 ? '' : `员工${String(Math.floor(i / 10) || 1).padStart(6, '0')}`];
}

const HEADER = ['姓名', '职位', '部门', '角色', '态度', '影响力', '上级'];

/** A GBK-encoded CSV of n people (the common case from Chinese Windows Excel). */
export function writeBigCsv(file: string, n: number): void {
  const lines = [HEADER.join(',')];
  for (let i = 1; i <= n; i++) lines.push(bigRow(i).join(','));
  fs.writeFileSync(file, iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));
}

export async function writeBigXlsx(file: string, n: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员');
  ws.addRow(HEADER);
  for (let i = 1; i <= n; i++) ws.addRow(bigRow(i).map((c, j) => (j === 5 ? Number(c) : c)));
  await wb.xlsx.writeFile(file);
}
