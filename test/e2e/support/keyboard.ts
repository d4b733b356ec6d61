import { expect, type Locator } from '@playwright/test';

/** Whether keyboard focus is inside `container` right now. */
export function focusInside(container: Locator): Promise<boolean> {
  return container.evaluate((element) => element.contains(document.activeElement));
}

/**
 * The keyboard-only pass every dialog must clear: Enter on its trigger opens it with focus inside, Tab
 * and Shift+Tab cycle without leaving it (also after `during`, e.g. running its main action), Escape
 * closes it and focus returns to the trigger.
 */
export async function keyboardPassThroughDialog(
  trigger: Locator,
  dialog: Locator,
  { during, tabs = 10 }: { during?: (dialog: Locator) => Promise<void>; tabs?: number } = {},
): Promise<void> {
  const page = trigger.page();
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect.poll(() => focusInside(dialog)).toBe(true);
  if (during) {
    await during(dialog);
    await expect.poll(() => focusInside(dialog)).toBe(true);
  }
  for (let i = 0; i < tabs; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(dialog)).toBe(true);
  }
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside(dialog)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
}
