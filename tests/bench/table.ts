// The benchmark table in Markdown, ready for the README: Powermap beside bare Cytoscape, with the ratio.
export interface Row {
  size: number;
  label: string;
  ours: number;
  bare: number | null;
  unit: 'ms' | 'MB';
  oursTask?: number;
  bareTask?: number;
  oursWorst?: number;
  bareWorst?: number;
  target?: string;
}

const num = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));

function cell(value: number, unit: string, task?: number, worst?: number): string {
  let s = `${num(value)} ${unit}`;
  if (worst !== undefined) s = `${num(value)} / ${num(worst)} ${unit}`;
  if (task !== undefined) s += ` (freeze ${num(task)} ms)`;
  return s;
}

export function formatTable(rows: readonly Row[]): string {
  const lines = ['| people | measure | Powermap | bare Cytoscape | ratio | target |', '| ---: | --- | ---: | ---: | ---: | --- |'];
  let last = -1;
  for (const r of rows) {
    const ratio = r.bare === null || r.bare === 0 ? '—' : `${(r.ours / r.bare).toFixed(2)}×`;
    lines.push(
      `| ${r.size === last ? '' : r.size.toLocaleString('en-US')} | ${r.label} | ${cell(r.ours, r.unit, r.oursTask, r.oursWorst)} | ${
        r.bare === null ? 'n/a' : cell(r.bare, r.unit, r.bareTask, r.bareWorst)
      } | ${ratio} | ${r.target ?? ''} |`,
    );
    last = r.size;
  }
  return lines.join('\n');
}
