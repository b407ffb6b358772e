import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded database with secure cookies', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.COOKIE_SECURE).toBe(true);
    expect(c.PORT).toBe(3000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('lists every bad setting by name', () => {
    const attempt = () =>
      loadConfig({ PORT: 'abc', COOKIE_SECURE: 'yes', DATABASE_URL: 'not a url' });
    expect(attempt).toThrow(/invalid configuration/);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/COOKIE_SECURE/);
    expect(attempt).toThrow(/DATABASE_URL/);
  });
});
