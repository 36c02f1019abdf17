// The machine line printed with the benchmark table, so numbers are read with their context.
import os from 'node:os';

/** Load average over the last minute: the machine is shared, so read the numbers with it. */
export function loadLine(): string {
  return `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`;
}

export function machineLine(browserVersion: string): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${model}, ${cpus.length} cores, ${memGiB} GiB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}, Chromium ${browserVersion} (headless, software rendering)`;
}
