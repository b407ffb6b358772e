import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENTS_PER_OWNER as MAX, ownerRoomProblem } from './attachments.ts';

describe('attachments: how many a case keeps', () => {
  it.each([
    ['n−1 kept, one added', MAX - 1, 1, null],
    ['n kept, one added', MAX, 1, { room: 0 }],
    ['none kept, n added', 0, MAX, null],
    ['none kept, n+1 added', 0, MAX + 1, { room: MAX }],
    ['n−2 kept, two added', MAX - 2, 2, null],
    ['n−2 kept, three added', MAX - 2, 3, { room: 2 }],
  ])('%s', (_label, kept, adding, expected) => {
    expect(ownerRoomProblem(kept, adding)).toEqual(expected);
  });
});
