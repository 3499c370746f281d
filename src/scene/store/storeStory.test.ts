import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './store';
import { defaultScene } from '../defaultScene';
import { collapse, marginTooSmall } from '../presets';
import { MARGIN } from '../../engine';

describe('the article’s figure following the story', () => {
  it('glides to a section’s scene, and lands on it exactly', () => {
    const store = createExplorerStore();
    store.getState().showStoryStep('embeddings', defaultScene);
    store.getState().glideTo(1);
    store.getState().showStoryStep('margin', marginTooSmall);
    const { glide, story } = store.getState();
    expect(story?.id).toBe('margin');
    expect(glide?.to).toEqual(marginTooSmall);
    store.getState().glideTo(0.5);
    expect(store.getState().scene.points).not.toEqual(marginTooSmall.points);
    store.getState().glideTo(1);
    expect(store.getState().scene).toEqual(marginTooSmall);
  });

  it('keeps what the reader made of a scene the next section shares', () => {
    const store = createExplorerStore();
    store.getState().showStoryStep('embeddings', defaultScene);
    store.getState().setKnob(MARGIN, 1.5);
    store.getState().showStoryStep('loss', defaultScene);
    expect(store.getState().story?.id).toBe('loss');
    expect(store.getState().scene.margin).toBe(1.5);
  });

  it('leaves the scene as it is for a section with a figure of its own', () => {
    const store = createExplorerStore();
    store.getState().showStoryStep('push', collapse);
    store.getState().glideTo(1);
    store.getState().showStoryStep('network', null);
    expect(store.getState().story?.id).toBe('network');
    expect(store.getState().scene).toEqual(collapse);
  });

  it('gives each section’s scene a history of its own: Undo stops at the section’s start', () => {
    const store = createExplorerStore();
    store.getState().showStoryStep('push', collapse);
    store.getState().glideTo(1);
    store.getState().setKnob(MARGIN, 2);
    store.getState().commitEdit();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scene).toEqual(collapse);
  });
});

describe('back to the section’s scene', () => {
  it('brings the section’s scene back after the reader changed it, as one undo step', () => {
    const store = createExplorerStore();
    store.getState().showStoryStep('margin', marginTooSmall);
    store.getState().glideTo(1);
    store.getState().setKnob(MARGIN, 1);
    store.getState().commitEdit();
    store.getState().backToStoryScene();
    const { scene, committed, story } = store.getState();
    expect(scene).toEqual(marginTooSmall);
    expect(committed).toBe(story?.scene);
    store.getState().undo();
    expect(store.getState().scene.margin).toBe(1);
  });

  it('shows the section’s scene afresh when the reader comes back into the article', () => {
    const store = createExplorerStore();
    store.getState().showStoryStep('embeddings', defaultScene);
    store.getState().loadScene(collapse);
    store.getState().showStoryStep('embeddings', defaultScene, true);
    store.getState().glideTo(1);
    expect(store.getState().scene).toEqual(defaultScene);
  });
});
