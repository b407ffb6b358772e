import { execFile } from 'node:child_process';
import type { Config } from './config.ts';

/** Speaks a text into a WAV file's bytes. */
export interface TtsEngine {
  /** The engine's name as the console shows it. */
  readonly name: string;
  speak(text: string): Promise<Uint8Array>;
}

/** A notice is read in well under a minute of engine time; beyond this the engine is stuck. */
const TIMEOUT_MS = 60_000;
/** About ten minutes of 22 kHz 16-bit mono: far more than a notice read twice. */
const MAX_BYTES = 32 * 1024 * 1024;

/**
 * The deployment's TTS engine, or null when it has none (TTS=off, or espeak-ng is not installed:
 * the console then offers the script alone). Whether the program is there is asked once per
 * process, the first time audio is wanted.
 */
export async function ttsEngine(
  config: Pick<Config, 'TTS' | 'TTS_COMMAND'>,
): Promise<TtsEngine | null> {
  if (config.TTS === 'off') return null;
  const command = config.TTS_COMMAND;
  let found = installed.get(command);
  if (found === undefined) {
    found = run(command, ['--version'], '').then(
      () => true,
      () => false,
    );
    installed.set(command, found);
  }
  return (await found) ? espeakNg(command) : null;
}

const installed = new Map<string, Promise<boolean>>();

/**
 * espeak-ng with its Mandarin voice (cmn, in Debian's espeak-ng-data). The text goes on stdin,
 * never through a shell or the argument list, so nothing in a notice can become a command or an
 * option; the WAV comes back on stdout (--stdout). 〇 is handed over as 零, the character the
 * voice's dictionary knows (they are said alike).
 */
function espeakNg(command: string): TtsEngine {
  return {
    name: 'espeak-ng',
    speak: (text) =>
      queued(() =>
        run(
          command,
          ['-v', 'cmn', '-s', '150', '--stdin', '--stdout'],
          text.replaceAll('〇', '零'),
        ),
      ),
  };
}

/** One engine run at a time: a village server has few cores, and requests for the web come first. */
let tail: Promise<unknown> = Promise.resolve();
function queued<T>(job: () => Promise<T>): Promise<T> {
  const next = tail.then(job, job);
  tail = next.catch(() => undefined);
  return next;
}

function run(command: string, args: string[], input: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { encoding: 'buffer', timeout: TIMEOUT_MS, maxBuffer: MAX_BYTES, killSignal: 'SIGKILL' },
      (error: Error | null, stdout) => (error ? reject(error) : resolve(new Uint8Array(stdout))),
    );
    child.stdin?.on('error', () => undefined); // a program that exits early closes its stdin
    child.stdin?.end(input, 'utf8');
  });
}
