/**
 * Grids (网格/片区) group 30 to 50 households, each with a grid chief
 * (PRODUCT.md; the seed villages' practice). A grid outside the band is
 * shown as a warning so the village can split or merge it.
 */
export const GRID_HOUSEHOLDS = { min: 30, max: 50 } as const;

export type GridSize = 'tooSmall' | 'ok' | 'tooLarge';

export function gridSize(households: number): GridSize {
  if (households < GRID_HOUSEHOLDS.min) return 'tooSmall';
  if (households > GRID_HOUSEHOLDS.max) return 'tooLarge';
  return 'ok';
}
