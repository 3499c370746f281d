/** The Share tab as the share specs reach it, and the scene edits and reads they share. */
import type { Page } from '@playwright/test';
import { readScene } from './fixtures';

export const openShare = async (page: Page, hash = '#lab=1') => {
  await page.goto(`./${hash}`);
  await page.getByRole('tab', { name: 'Share' }).click();
};
export const panel = (page: Page) => page.getByRole('tabpanel');
export const labels = async (page: Page) => Object.keys(await readScene(page));
/** Moves A1 right by 0.1 with the keyboard, as a person would. */
export const nudgeA1 = async (page: Page) => {
  await page.getByTestId('point-A1').focus();
  await page.keyboard.press('Shift+ArrowRight');
};
