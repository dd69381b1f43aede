import { describe, expect, it } from 'vitest';
import {
  parseChapter,
  presenterAction,
  stepChapter,
} from '../../../../src/ui/teacher/presenter-keys.js';

describe('presenter keys', () => {
  it('map arrows, Page Up/Down (clickers), Space, Home/End, F, N and Esc', () => {
    const act = (key: string) => presenterAction({ key, target: { tagName: 'BODY' } });
    expect(['ArrowRight', 'PageDown', ' '].map(act)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(act)).toEqual(['previous', 'previous']);
    expect(['Home', 'End', 'f', 'N', 'Escape'].map(act)).toEqual([
      'first',
      'last',
      'fullscreen',
      'notes',
      'exit',
    ]);
    expect(act('x')).toBeNull();
  });

  it('let keys through in text inputs, sliders, with modifiers, and Space on a button', () => {
    expect(
      presenterAction({ key: 'ArrowRight', target: { tagName: 'INPUT', type: 'search' } }),
    ).toBeNull();
    expect(
      presenterAction({ key: 'ArrowRight', target: { tagName: 'INPUT', type: 'range' } }),
    ).toBeNull();
    expect(presenterAction({ key: 'End', target: { tagName: 'TEXTAREA' } })).toBeNull();
    expect(
      presenterAction({ key: 'n', target: { tagName: 'DIV', isContentEditable: true } }),
    ).toBeNull();
    expect(presenterAction({ key: 'ArrowRight', ctrlKey: true, target: null })).toBeNull();
    expect(presenterAction({ key: ' ', target: { tagName: 'BUTTON' } })).toBeNull();
    expect(presenterAction({ key: 'PageDown', target: { tagName: 'BUTTON' } })).toBe('next');
  });

  it('step within the chapters and parse 1-based chapter numbers', () => {
    expect(stepChapter(0, 'previous', 10)).toBe(0);
    expect(stepChapter(9, 'next', 10)).toBe(9);
    expect(stepChapter(4, 'next', 10)).toBe(5);
    expect(stepChapter(4, 'last', 10)).toBe(9);
    expect(stepChapter(4, 'first', 10)).toBe(0);
    expect(parseChapter('3', 10)).toBe(2);
    expect(parseChapter('0', 10)).toBeUndefined();
    expect(parseChapter('11', 10)).toBeUndefined();
    expect(parseChapter('2x', 10)).toBeUndefined();
  });
});
