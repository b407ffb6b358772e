import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One process at a time on a PGlite data folder. The embedded database has no postmaster to
 * refuse a second user: two servers on one folder, or a backup copying it while the server
 * writes, corrupt it or copy an inconsistent state without a word. Whoever opens the folder
 * first writes its pid to `<folder>.lock` beside it (not inside: a snapshot of the folder must not
 * carry the lock into its restored copy); anyone else is refused while that process lives. A lock
 * left by a process that died (kill -9, a power cut) is taken over.
 *
 * Opening the folder again in the process that holds it is allowed (the tests and the restore
 * reopen what they made); only the first hold removes the file when released.
 */
export function holdDataDir(dataDir: string): () => void {
  const file = lockFileOf(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      let held = true;
      return () => {
        if (held) rmSync(file, { force: true });
        held = false;
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    if (holder === process.pid) return () => undefined;
    if (holder !== null && alive(holder))
      throw new Error(
        `数据目录正由另一个进程（pid ${holder}）使用，请先停止服务再操作 / ` +
          `the data folder ${dataDir} is in use by process ${holder}: stop the server first`,
      );
    rmSync(file, { force: true });
  }
}

export const lockFileOf = (dataDir: string): string => `${path.resolve(dataDir)}.lock`;

function holderOf(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
