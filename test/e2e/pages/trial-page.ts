import { expect, type Locator, type Page } from '@playwright/test';
import type { PhaseName } from '../../../shared/sync/types';

/** The app's "Trial sync" tab: setup form, result (verdict, per-object timeline), earlier runs and Entra's state. */
export class TrialPage {
  readonly root: Locator;
  readonly search: Locator;
  readonly options: Locator;
  readonly scenario: Locator;
  readonly members: Locator;
  readonly runButton: Locator;
  readonly result: Locator;
  readonly verdict: Locator;
  readonly objects: Locator;
  readonly sourceChanges: Locator;
  readonly openInLogs: Locator;
  readonly runs: Locator;
  readonly runRows: Locator;
  readonly state: Locator;
  readonly stateLinks: Locator;
  readonly confirmHostDialog: Locator;
  readonly errors: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('trial-tab');
    this.search = page.getByTestId('trial-subject-search');
    this.options = page.getByTestId('trial-subject-options').getByRole('option');
    this.scenario = page.getByTestId('trial-scenario');
    this.members = page.getByTestId('trial-members');
    this.runButton = page.getByTestId('trial-run');
    this.result = page.getByTestId('trial-result');
    this.verdict = page.getByTestId('trial-verdict');
    this.objects = page.getByTestId('trial-object');
    this.sourceChanges = page.getByTestId('trial-source-changes');
    this.openInLogs = page.getByTestId('trial-open-logs');
    this.runs = page.getByTestId('trial-runs');
    this.runRows = page.getByTestId('trial-run-row');
    this.state = page.getByTestId('trial-state');
    this.stateLinks = page.getByTestId('trial-state-links');
    this.confirmHostDialog = page.getByRole('dialog', { name: /^Run against / });
    this.errors = this.root.getByTestId('error-message');
  }

  /** Types into the search and picks the option with this display name. */
  async pickSubject(search: string, name: string): Promise<void> {
    await this.search.fill(search);
    await expect(this.page.getByTestId('trial-subject-options')).toHaveAttribute('aria-busy', 'false');
    await this.options.and(this.page.locator(`[data-name="${name}"]`)).click();
    await expect(this.search).toHaveValue(name);
  }

  async chooseScenario(label: string): Promise<void> {
    await this.scenario.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(this.scenario).toHaveText(label);
  }

  /** Adds one attribute edit of the `change` scenario. */
  async addEdit(attribute: string, value: string): Promise<void> {
    await this.page.getByTestId('trial-edit-add').click();
    const edit = this.page.getByTestId('trial-edit').last();
    await edit.getByTestId('trial-edit-attribute').click();
    await this.page.getByRole('option', { name: attribute, exact: true }).click();
    await expect(edit.getByTestId('trial-edit-current')).toBeVisible();
    await edit.getByTestId('trial-edit-value').fill(value);
  }

  async useUrlTarget(baseUrl: string, token: string): Promise<void> {
    await this.root.getByRole('radio', { name: 'SCIM URL + token' }).check();
    await this.page.getByTestId('trial-url').fill(baseUrl);
    await this.page.getByTestId('trial-token').fill(token);
  }

  /** The id of the run shown now, or null. */
  async shownRunId(): Promise<string | null> {
    return (await this.result.count()) ? this.result.getAttribute('data-run-id') : null;
  }

  /** Clicks Run and waits until a new run is shown. */
  async run(): Promise<void> {
    const before = await this.shownRunId();
    await this.runButton.click();
    await this.waitForNewRun(before);
  }

  async waitForNewRun(before: string | null): Promise<void> {
    await expect.poll(() => this.shownRunId(), { timeout: 20_000 }).not.toBe(before);
    await expect(this.runButton).toHaveText(/^Run/);
  }

  object(kind: 'User' | 'Group', name: string): Locator {
    return this.objects.filter({ has: this.page.getByRole('heading', { name, exact: true }) }).and(this.page.locator(`[data-kind="${kind}"]`));
  }

  step(object: Locator, phase: PhaseName): Locator {
    return object.locator(`[data-testid="trial-step"][data-phase="${phase}"]`);
  }

  /** Opens a step of an object's timeline (Fluent's accordion header button). */
  async expandStep(object: Locator, phase: PhaseName): Promise<Locator> {
    const step = this.step(object, phase);
    const header = step.getByRole('button').first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'true');
    return step;
  }

  exchanges(scope: Locator): Locator {
    return scope.getByTestId('trial-exchange');
  }

  async expandExchange(exchange: Locator): Promise<Locator> {
    await exchange.getByRole('button').first().click();
    const detail = exchange.getByTestId('trial-exchange-detail');
    await expect(detail).toBeVisible();
    return detail;
  }

  async clearRuns(): Promise<void> {
    await this.runs.getByRole('button', { name: 'Clear runs' }).click();
    await this.page.getByRole('dialog', { name: 'Clear the runs?' }).getByRole('button', { name: 'Clear runs' }).click();
  }
}
