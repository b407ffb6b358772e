import { describe, expect, it } from 'vitest';
import { testConfig } from '../config.ts';
import { storeFor } from './stores.ts';

describe('attachments: the store new files go to', () => {
  it.each([
    ['PGlite, unset', {}, 'disk'],
    ['PostgreSQL, unset', { DATABASE_URL: 'postgres://u@h/db' }, 'database'],
    ['PGlite, chosen', { ATTACHMENT_STORE: 'database' as const }, 'database'],
    [
      'PostgreSQL, chosen',
      { DATABASE_URL: 'postgres://u@h/db', ATTACHMENT_STORE: 'disk' as const },
      'disk',
    ],
  ])('%s', (_label, settings, kind) => {
    expect(storeFor(testConfig(settings)).kind).toBe(kind);
  });
});
