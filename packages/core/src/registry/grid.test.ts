import { describe, expect, it } from 'vitest';
import { gridSize } from './grid.ts';

describe('grid size (30–50 households)', () => {
  it.each([
    [0, 'tooSmall'],
    [29, 'tooSmall'],
    [30, 'ok'],
    [31, 'ok'],
    [49, 'ok'],
    [50, 'ok'],
    [51, 'tooLarge'],
  ])('%i households → %s', (households, expected) => {
    expect(gridSize(households)).toBe(expected);
  });
});
