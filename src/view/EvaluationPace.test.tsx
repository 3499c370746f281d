// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScene } from '../scene/defaultScene';
import { EvaluationPace, useEvaluation } from './explorerContext';
import { renderWithStore } from '../testing/renderExplorer';

/** How many times the view below has rendered. */
let renders = 0;

/** A view as an article section has one: the point A1's x, as the view was last given it. */
function ShownX() {
  const evaluation = useEvaluation();
  renders++;
  return <output data-testid="x">{evaluation.scene.points[0]!.x}</output>;
}

const shownX = () => Number(screen.getByTestId('x').textContent);

function setUp(live: boolean) {
  const rendered = renderWithStore(
    <EvaluationPace live={live}>
      <ShownX />
    </EvaluationPace>,
    defaultScene,
  );
  const move = (x: number) => act(() => rendered.store.getState().movePoint(0, x, 0.2));
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return { ...rendered, move, wait };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a section in view', () => {
  it('follows every change at once', () => {
    const { move } = setUp(true);
    move(0.5);
    expect(shownX()).toBe(0.5);
  });
});

describe('a section out of view', () => {
  it('keeps what it showed while the page changes, and catches up once it is still', async () => {
    const { move, wait } = setUp(false);
    move(0.5);
    expect(shownX()).toBe(0.8);
    await wait(200);
    move(0.6);
    await wait(200);
    // Each change starts the wait afresh: 200 ms after the last one is not yet still.
    expect(shownX()).toBe(0.8);
    await wait(100);
    expect(shownX()).toBe(0.6);
  });

  it('does not catch up while a hand is on the page, however long it pauses', async () => {
    const { store, move, wait } = setUp(false);
    act(() => store.getState().beginGesture());
    move(0.4);
    await wait(2000);
    expect(shownX()).toBe(0.8);
    // The hand lifts: the section catches up at once, without the wait.
    act(() => store.getState().endGesture());
    await act(async () => {});
    expect(shownX()).toBe(0.4);
  });

  it('does nothing for a hand that goes down and up without changing anything', async () => {
    const { store, wait } = setUp(false);
    const before = renders;
    act(() => store.getState().beginGesture());
    act(() => store.getState().endGesture());
    await wait(1000);
    expect(renders).toBe(before);
  });
});
