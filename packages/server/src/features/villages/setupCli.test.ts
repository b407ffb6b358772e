import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cli.ts');

/** `cli.ts setup …` as an installer runs it on an embedded database. */
describe('setup command', () => {
  let dataDir: string;
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'setup', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-setup-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a county, a town, a village and a staff account; names bad input in Chinese', () => {
    expect(run('county', '--name', '青山县', '--code', '330299').code).toBe(0);
    expect(run('town', '--county', '330299', '--name', '青山镇', '--code', '330299101').code).toBe(
      0,
    );
    const village = run(
      'village',
      '--town',
      '330299101',
      '--name',
      '青山村',
      '--code',
      '330299101001',
      '--area-code',
      '330299',
      '--groups',
      '5',
    );
    expect(village.out).toContain('已创建村（社区）');
    const staff = run(
      'staff',
      '--phone',
      '13911110000',
      '--name',
      '包村干部',
      '--town',
      '330299101',
    );
    expect(staff.out).toMatch(/临时密码 \/ temporary password: [a-z2-9]{6}\d{2}/);
    const bad = run('village', '--town', '330299101', '--name', '无代码村');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('代码：必须填写');
    expect(run('nonsense').code).toBe(2);
    // six CLI processes, each starting PGlite and migrating: slow on a busy two-core machine
  }, 240_000);
});
