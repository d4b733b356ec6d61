import { expect, test } from './fixtures';
import { AuditPanel } from './pages/AuditPanel';
import { ScimEndpointPage } from './pages/ScimEndpointPage';
import { TrialPage } from './pages/trial-page';
import { focusInside, keyboardPassThroughDialog } from './support/keyboard';
import { SAMPLE } from './support/sample';

// Issue 18, item 2: every dialog keeps focus inside while open, closes on Escape and returns focus to its trigger.

test('keyboard pass: About', async ({ workbench }) => {
  await keyboardPassThroughDialog(workbench.aboutButton, workbench.aboutDialog);
});

test('keyboard pass: the synchronization schema dialog', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Attribute mappings');
  await keyboardPassThroughDialog(detail.mappings.schemaButton.first(), detail.mappings.schemaDialog);
});

test('keyboard pass: Compare mappings keeps focus after Compare, and Escape still closes it', async ({ workbench }) => {
  const { page } = workbench;
  const detail = await workbench.openApp(SAMPLE.apps.generic);
  await detail.selectTab('Attribute mappings');
  const audit = new AuditPanel(page);
  const dialog = page.getByRole('dialog', { name: 'Compare mappings' });
  await keyboardPassThroughDialog(audit.compareButton, dialog, {
    during: async (open) => {
      const compare = open.getByRole('button', { name: 'Compare', exact: true });
      await compare.focus();
      await page.keyboard.press('Enter');
      await expect(open.getByTestId('diff-result')).toBeVisible();
      // Focus stays on the Compare button (never the page body or the trigger behind the modal).
      await expect(compare).toBeFocused();
      expect(await focusInside(open)).toBe(true);
    },
  });
});

test('keyboard pass: the local endpoint’s Reset and Regenerate confirmations', async ({ workbench }) => {
  const scim = new ScimEndpointPage(workbench.page);
  await scim.open();
  await keyboardPassThroughDialog(scim.root.getByRole('button', { name: 'Reset…' }), workbench.page.getByRole('dialog'));
  await keyboardPassThroughDialog(scim.root.getByRole('button', { name: 'Regenerate' }), workbench.page.getByRole('dialog'));
});

test('keyboard pass: the trial run’s confirm-host dialog', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Trial sync');
  const trial = new TrialPage(workbench.page);
  await trial.pickSubject('Isabelle', 'Isabelle Fournier');
  await trial.useUrlTarget('https://scim.example.com/scim/v2', 'secret-token');
  await keyboardPassThroughDialog(trial.runButton, trial.confirmHostDialog);
});

test('keyboard pass: the trial tab’s Clear runs and Reset confirmations', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Trial sync');
  const trial = new TrialPage(workbench.page);
  await trial.pickSubject('Isabelle', 'Isabelle Fournier');
  await trial.run();
  await keyboardPassThroughDialog(trial.runs.getByRole('button', { name: 'Clear runs' }), workbench.page.getByRole('dialog', { name: 'Clear the runs?' }));
  await keyboardPassThroughDialog(trial.state.getByRole('button', { name: 'Reset' }), workbench.page.getByRole('dialog', { name: "Reset Entra's state?" }));
});
