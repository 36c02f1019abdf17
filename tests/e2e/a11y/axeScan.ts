// Runs axe on the page as it is and keeps the findings per screen, so one run reports every screen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';

export interface Finding {
  screen: string;
  id: string;
  impact: string;
  nodes: number;
  targets: string[];
}

export class AxeLog {
  readonly findings: Finding[] = [];
  readonly screens: string[] = [];
  constructor(readonly label: string) {}

  async scan(page: Page, screen: string): Promise<void> {
    // Let transitions and the map's first frames finish, so colours are the final ones.
    await page.waitForTimeout(250);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    for (const v of result.violations) {
      this.findings.push({ screen, id: v.id, impact: v.impact ?? 'unknown', nodes: v.nodes.length, targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) });
    }
    this.screens.push(screen);
    this.save();
  }

  /** Serious and critical findings, the ones that must be zero. */
  blocking(): Finding[] {
    return this.findings.filter((f) => f.impact === 'critical' || f.impact === 'serious');
  }

  /** Writes the findings to AXE_DIR (default /tmp/axe) for the record. */
  save(): void {
    const dir = process.env.AXE_DIR || '/tmp/axe';
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${this.label}.json`, JSON.stringify({ screens: this.screens, findings: this.findings }, null, 2));
  }
}
