// Page object for the right panel: people list, person form, relationships (English labels).
import { expect, type Locator, type Page } from '@playwright/test';
import type { RelationshipType } from '../../../shared/domain/model';

export interface PersonInput {
  name: string;
  title?: string;
  department?: string;
  buyingRole?: string;
  stance?: string;
  topDecisionMaker?: boolean;
  met?: boolean;
  lastContact?: string;
  notes?: string;
}

const VERB: Record<RelationshipType, string> = {
  'reports-to': '… reports to',
  influences: '… influences',
  'close-to': '… is close to',
  'conflicts-with': '… is in conflict with',
};

export class PersonPanel {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.locator('aside.right-panel');
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }
  get alert(): Locator {
    return this.root.getByRole('alert');
  }
  get peopleList(): Locator {
    return this.page.getByRole('list', { name: 'People on this map' });
  }

  async fill(p: Partial<PersonInput>): Promise<void> {
    if (p.name !== undefined) await this.field('Name').fill(p.name);
    if (p.title !== undefined) await this.field('Title').fill(p.title);
    if (p.department !== undefined) await this.field('Department').fill(p.department);
    if (p.buyingRole !== undefined) await this.field('Buying role').selectOption({ label: p.buyingRole });
    if (p.stance !== undefined) await this.field('Stance').selectOption({ label: p.stance });
    if (p.topDecisionMaker !== undefined) await this.field('Top decision-maker').setChecked(p.topDecisionMaker);
    if (p.met !== undefined) await this.field('We have met').setChecked(p.met);
    if (p.lastContact !== undefined) await this.field('Last contact').fill(p.lastContact);
    if (p.notes !== undefined) await this.field('Notes (needs vs wants)').fill(p.notes);
  }

  /** Toolbar "Add person", fill, save; leaves the new person selected. */
  async addPerson(p: PersonInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await this.fill(p);
    await this.root.getByRole('button', { name: 'Save new person' }).click();
  }

  async expectSelected(name: string): Promise<void> {
    await expect(this.root.getByRole('heading', { level: 2 })).toContainText(name);
  }

  async backToList(): Promise<void> {
    await this.root.getByRole('button', { name: /Back to people/ }).click();
  }

  async select(name: string): Promise<void> {
    if (!(await this.peopleList.isVisible())) await this.backToList();
    await this.peopleList.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await this.expectSelected(name);
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save changes' }).click();
  }

  /** With a person selected: add a relationship from them to `other`. */
  async addRelationship(type: RelationshipType, other: string, strength?: 1 | 2 | 3): Promise<void> {
    await this.root.getByRole('button', { name: /Add relationship/ }).click();
    await this.field('Relationship').selectOption({ label: VERB[type] });
    // The other person is a combobox: type the name, pick the first match.
    const box = this.root.getByRole('combobox', { name: 'Other person' });
    await box.fill(other);
    await this.root.getByRole('listbox', { name: 'People to connect' }).getByRole('option', { name: new RegExp(other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    if (strength) await this.field('Strength').selectOption(String(strength));
    await this.root.getByRole('button', { name: 'Add', exact: true }).click();
  }

  get relationshipList(): Locator {
    return this.root.getByRole('list', { name: 'Relationships' });
  }
}
