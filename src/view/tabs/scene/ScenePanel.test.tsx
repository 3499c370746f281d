// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { identitiesOf } from '../../../scene/compile';
import type { ExplorerStore } from '../../../scene/store/store';
import { renderWithStore } from '../../../testing/renderExplorer';
import { ScenePanel } from './ScenePanel';

afterEach(cleanup);

const nameField = (name: string) =>
  screen.getByRole<HTMLInputElement>('textbox', { name: `Name of ${name}` });
const identities = (store: ExplorerStore) => identitiesOf(store.getState().scene);
const people = () => within(screen.getByRole('list')).getAllByRole('listitem');

/** The panel, and a user who types over an identity's name (`keys` as user.type reads them). */
function renderForRenaming() {
  const user = userEvent.setup();
  const { store } = renderWithStore(<ScenePanel />);
  const retype = async (name: string, keys: string) => {
    await user.clear(nameField(name));
    await user.type(nameField(name), keys);
  };
  return { user, store, retype };
}

describe('the people of the scene', () => {
  it('lists each identity with its colour, name and number of photos', () => {
    renderWithStore(<ScenePanel />);
    expect(people().map((row) => row.textContent)).toEqual(['2 photos', '2 photos']);
    expect(nameField('alice').value).toBe('alice');
    const colour = screen.getByLabelText<HTMLInputElement>('Colour of bob');
    expect(colour.value).toBe('#d55e00');
  });

  it('renames on Enter, not on every keystroke', async () => {
    const { user, store, retype } = renderForRenaming();
    await retype('alice', 'carol');
    expect(identities(store)).toEqual(['alice', 'bob']);
    await user.keyboard('{Enter}');
    expect(identities(store)).toEqual(['carol', 'bob']);
    expect(store.getState().scene.points[0]!.identity).toBe('carol');
    expect(nameField('carol').value).toBe('carol');
    expect(document.activeElement).toBe(nameField('carol'));
  });

  it('renames on blur, and Escape puts the old name back', async () => {
    const { user, store, retype } = renderForRenaming();
    await retype('bob', 'dave{Escape}');
    expect(nameField('bob').value).toBe('bob');
    await user.tab();
    expect(identities(store)).toEqual(['alice', 'bob']);
    await retype('bob', 'dave');
    await user.tab();
    expect(identities(store)).toEqual(['alice', 'dave']);
  });

  it('refuses a name already taken, says why beside the field and keeps the old name', async () => {
    const { store, retype } = renderForRenaming();
    await retype('alice', 'bob{Enter}');
    expect(identities(store)).toEqual(['alice', 'bob']);
    expect(nameField('alice').value).toBe('alice');
    const alert = within(people()[0]!).getByRole('alert');
    expect(alert.textContent).toBe(store.getState().editProblem);
    expect(alert.textContent).toMatch(/"bob" is already someone else/);
    act(() => store.getState().clearEditProblem());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a name with characters an identity cannot have', async () => {
    const { store, retype } = renderForRenaming();
    await retype('alice', 'bad!name{Enter}');
    expect(identities(store)).toEqual(['alice', 'bob']);
    expect(nameField('alice').value).toBe('alice');
    expect(screen.getByRole('alert').textContent).toMatch(/"bad!name" cannot name an identity/);
  });

  it('recolours an identity once the picker settles, as one step', () => {
    const { store } = renderWithStore(<ScenePanel />);
    const colour = screen.getByLabelText<HTMLInputElement>('Colour of alice');
    fireEvent.input(colour, { target: { value: '#00ff00' } });
    expect(colour.value).toBe('#00ff00');
    expect(store.getState().scene.colours).toBeUndefined();
    fireEvent.change(colour, { target: { value: '#12ab34' } });
    expect(store.getState().scene.colours).toEqual({ alice: '#12AB34' });
    expect(store.getState().past).toHaveLength(1);
  });
});

describe('adding a person', () => {
  const add = (name: string) => {
    fireEvent.change(screen.getByRole('textbox', { name: "New person's name" }), {
      target: { value: name },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
  };

  it.each([
    ['', /Type a name/],
    ['   ', /Type a name/],
    ['alice', /already someone called "alice"/],
    ['no-dashes', /"no-dashes" will not do as a name/],
  ])('refuses %j with a reason', (name, reason) => {
    const { store } = renderWithStore(<ScenePanel />);
    add(name);
    expect(screen.getByRole('alert').textContent).toMatch(reason);
    expect(store.getState().tool).toBe('move');
    expect(store.getState().addIdentity).toBe('');
  });

  it('arms the add tool for a good name and says what to do next', () => {
    const { store } = renderWithStore(<ScenePanel />);
    add(' carol ');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().tool).toBe('add');
    expect(store.getState().addIdentity).toBe('carol');
    const hint = 'Now click an empty spot on the plane to place carol’s first photo.';
    expect(screen.getByText(hint)).toBeTruthy();
    act(() => {
      store.getState().addPoint('carol', 0.5, 0.5);
    });
    expect(screen.queryByText(hint)).toBeNull();
    expect(nameField('carol')).toBeTruthy();
  });
});

describe('generating a scene', () => {
  const type = (label: string, value: string) =>
    fireEvent.change(screen.getByRole('spinbutton', { name: label }), { target: { value } });
  const generate = () => fireEvent.click(screen.getByRole('button', { name: 'Generate' }));

  it('starts at 3 people × 4 photos and counts points and pairs as the numbers change', () => {
    renderWithStore(<ScenePanel />);
    const fields = ['People', 'Photos each', 'Spread', 'Seed'].map(
      (name) => screen.getByRole<HTMLInputElement>('spinbutton', { name }).value,
    );
    expect(fields).toEqual(['3', '4', '0.15', '1']);
    expect(screen.getByText('3 × 4 = 12 points, 66 pairs')).toBeTruthy();
  });

  it('makes 2,000 points from 40 × 50, keeping the margin, and Undo brings the old scene back', () => {
    const { store } = renderWithStore(<ScenePanel />, { ...defaultScene, margin: 0.7 });
    type('People', '40');
    type('Photos each', '50');
    expect(screen.getByText('40 × 50 = 2,000 points, 1,999,000 pairs')).toBeTruthy();
    generate();
    const { scene } = store.getState();
    expect(scene.points).toHaveLength(2000);
    expect(scene.margin).toBe(0.7);
    expect(identities(store)).toHaveLength(40);
    expect(screen.getByRole('button', { name: 'Show all 40 people' })).toBeTruthy();
    act(() => store.getState().undo());
    expect(store.getState().scene.points).toEqual(defaultScene.points);
    expect(people()).toHaveLength(2);
  });

  it.each([
    ['0', '4', /number of identities must be a whole number of at least 1/],
    ['100', '100', /10,000 points, more than the 2,000 a scene can hold/],
  ])('refuses %s × %s, says why and changes nothing', (people, photos, reason) => {
    const { store } = renderWithStore(<ScenePanel />);
    const before = store.getState().scene;
    type('People', people);
    type('Photos each', photos);
    generate();
    expect(screen.getByRole('alert').textContent).toMatch(reason);
    expect(store.getState().scene).toBe(before);
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: 'People' }).value).toBe(people);
  });
});

describe('the presets', () => {
  it.each([
    ['Seed example', 4],
    ['Margin too small', 6],
    ['Collapse', 9],
    ['Look-alikes', 12],
    ['8 people × 5 photos', 40],
    ['1,000 random points', 1000],
  ])('%s loads a scene of %i points', (title, count) => {
    const { store } = renderWithStore(<ScenePanel />, { ...defaultScene, margin: 2 });
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${title}`) }));
    expect(store.getState().scene.points).toHaveLength(count);
    expect(store.getState().past).toHaveLength(1);
  });

  it('draws each preview with a dot per point in its identity colours', () => {
    renderWithStore(<ScenePanel />);
    const preview = screen.getByRole('button', { name: /^Seed example/ }).querySelector('svg')!;
    const paths = [...preview.querySelectorAll('path')];
    expect(paths.map((path) => path.getAttribute('fill'))).toEqual(['#0072B2', '#D55E00']);
    expect(paths.map((path) => path.getAttribute('d')!.match(/M/g)!.length)).toEqual([2, 2]);
  });
});
