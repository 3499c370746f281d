/** The soak's gestures on the controls around the plane: every knob, tab, form and key. */
import { clickOn, isThere, openTab, type Gesture } from './gesture';

const SLIDER_KEYS = [
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
];

export const history: Gesture = async (page, roll) => {
  const key = roll.below(3) === 0 ? 'Control+Shift+z' : 'Control+z';
  await page.keyboard.press(key);
  return key;
};

/** A slider moved by a key, or set to a value at once as a fast drag of its thumb does. */
export const slider =
  (name: 'Margin' | 'Temperature' | 'Learning rate'): Gesture =>
  async (page, roll) => {
    const control = page.getByRole('slider', { name });
    if (!(await isThere(control))) return `no ${name} slider here`;
    if (roll.below(4) === 0) {
      const [min, max] = await control.evaluate((input: HTMLInputElement) => [
        Number(input.min),
        Number(input.max),
      ]);
      const value = roll.between(min, max).toFixed(2);
      await control.fill(value);
      return `${name} slider set to ${value}`;
    }
    await control.focus();
    const key = roll.pick(SLIDER_KEYS);
    await page.keyboard.press(key);
    return `${key} on the ${name} slider`;
  };

/** A click on one of the buttons named, whichever is there (Play and Pause are one button). */
export const button =
  (...names: string[]): Gesture =>
  async (page) => {
    for (const name of names) {
      const target = page.getByRole('button', { name, exact: true });
      if (await isThere(target)) {
        await clickOn(page, target);
        return `click ${name}`;
      }
    }
    return `no ${names.join(' or ')} button here`;
  };

export const tab: Gesture = async (page, roll) => {
  const names = await page.getByRole('tab').allTextContents();
  if (names.length === 0) return 'no tabs here';
  const name = roll.pick(names);
  await clickOn(page, page.getByRole('tab', { name, exact: true }));
  return `open the ${name} tab`;
};

const LOSSES = ['Contrastive', 'Triplet', 'InfoNCE'];

export const loss: Gesture = async (page, roll) => {
  const name = roll.pick(LOSSES);
  const radio = page.getByRole('radio', { name, exact: true });
  if (!(await isThere(radio))) return `no ${name} loss to choose here`;
  await clickOn(page, radio);
  return `switch to the ${name} loss`;
};

const PAIRS = [
  'Every pair, n(n − 1)/2 of them',
  'Hand-picked',
  'Balanced: every similar pair, and for each',
];

export const pairs: Gesture = async (page, roll) => {
  if (!(await openTab(page, 'Pairs'))) return 'no Pairs tab here';
  const name = roll.pick(PAIRS);
  const choice = page.getByLabel(name);
  if (!(await isThere(choice))) return `no "${name}" choice here`;
  await choice.check();
  return `pairs: ${name}`;
};

/** Names a student might type: new ones, a taken one, an empty one, one with a comma. */
const NAMES = ['ada', 'bob', 'alice', '', 'x,y', 'Zoë', 'carol'];

export const rename: Gesture = async (page, roll) => {
  if (!(await openTab(page, 'Scene'))) return 'no Scene tab here';
  const fields = page.getByRole('textbox', { name: /^Name of / });
  const count = await fields.count();
  if (count === 0) return 'no one to rename';
  const field = fields.nth(roll.below(count));
  const name = roll.pick(NAMES);
  const key = roll.below(4) === 0 ? 'Escape' : 'Enter';
  await field.fill(name);
  await field.press(key);
  return `rename to "${name}", then ${key}`;
};

const PRESETS = ['Seed example', 'Margin too small', 'Collapse', 'Look-alikes'];

export const preset: Gesture = async (page, roll) => {
  if (!(await openTab(page, 'Scene'))) return 'no Scene tab here';
  const name = roll.pick(PRESETS);
  const target = page.getByRole('button', { name, exact: true });
  if (!(await isThere(target))) return `no ${name} preset here`;
  await clickOn(page, target);
  return `load the ${name} preset`;
};

/** What a student pastes: a link, a table of points, and things that are neither. */
const PASTES = [
  'm=0.7&p=Z1,zoe,0,0&p=Z2,zed,0.5,0.5&p=Z3,zoe,0.2,0.1',
  'label,identity,x,y\nQ1,quinn,0,0\nQ2,quinn,0.3,0.1\nR1,rae,1,1',
  'label,identity,x,y\nQ1,quinn,0,0\nQ1,rae,1,1',
  'm=abc&p=1,2',
  'not a scene at all',
];

export const paste: Gesture = async (page, roll) => {
  if (!(await openTab(page, 'Share'))) return 'no Share tab here';
  const box = page.getByRole('textbox', { name: 'Paste a scene' });
  if (!(await isThere(box))) return 'no paste box here';
  const text = roll.pick(PASTES);
  await box.fill(text);
  await clickOn(page, page.getByRole('button', { name: 'Import pasted text' }));
  return `import the pasted text ${JSON.stringify(text)}`;
};

/** P enters or leaves presentation, from wherever the focus is not typing. */
export const present: Gesture = async (page) => {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.keyboard.press('p');
  return 'P (presentation)';
};

/** A presentation clicker's press: Page Down or Page Up, wherever the focus is. */
export const clicker: Gesture = async (page, roll) => {
  const key = roll.below(2) === 0 ? 'PageDown' : 'PageUp';
  await page.keyboard.press(key);
  return `${key} (a clicker)`;
};
