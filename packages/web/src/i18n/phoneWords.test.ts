import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { phoneZhCN } from './phone.zh-CN.ts';
import { zhCN } from './zh-CN.ts';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The modules App.tsx loads with `phonePage(() => import('…'))`. */
function phonePages(): string[] {
  const app = readFileSync(resolve(SRC, 'app/App.tsx'), 'utf8');
  return [...app.matchAll(/phonePage\(\s*\(\) => import\('([^']+)'\)/g)].map((m) =>
    resolve(SRC, 'app', m[1]!),
  );
}

/**
 * What a page's code can draw: the string literals of every module it imports statically (its
 * own and theirs, not the dictionaries), keys and the prefixes of keys built at run time.
 */
function wordsDrawnBy(entries: string[]): { modules: Set<string>; literals: Set<string> } {
  const modules = new Set<string>();
  const literals = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\b)[^'";]*?['"](\.{1,2}\/[^'"]+\.tsx?)['"]/gm))
      if (!/\/i18n(\/|\.)/.test(m[1]!)) visit(resolve(dirname(file), m[1]!));
    for (const m of text.matchAll(/['"`]([a-z][A-Za-z]*\.[\w.]*)/g)) literals.add(m[1]!);
  };
  entries.forEach(visit);
  return { modules, literals };
}

describe("the phone's words", () => {
  const entries = phonePages();
  const { modules, literals } = wordsDrawnBy(entries);
  const whole = Object.keys(zhCN);

  it('finds the phone pages and what they import', () => {
    expect(entries.length).toBeGreaterThanOrEqual(8);
    expect(modules.size).toBeGreaterThan(entries.length);
  });

  it('has every key a phone page can draw, built at run time or not, in the phone’s part', () => {
    // a literal naming a key, or ending in `.` before `${…}`: every key with that prefix
    const drawn = whole.filter((key) =>
      [...literals].some((l) => key === l || (l.endsWith('.') && key.startsWith(l))),
    );
    expect(drawn.length).toBeGreaterThan(200);
    expect(drawn.filter((key) => !(key in phoneZhCN))).toEqual([]);
  });

  it('leaves the console’s capabilities out', () => {
    // the reason for the part: what only the console shows does not weigh on a phone
    expect(Object.keys(phoneZhCN).length).toBeLessThan(whole.length * 0.85);
  });
});
