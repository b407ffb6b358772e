import { sniffFileType, type FileType } from '@cunzhi/core/files/fileTypes';
import type { Translator } from '../../i18n/index.tsx';
import { MAX_ATTACHMENT_BYTES, MAX_FILES_PER_UPLOAD, sizeText } from './api.ts';

/** A chosen file before it is sent: a preview for a photo, and why it would be refused. */
export interface Chosen {
  file: File;
  /** What its first bytes say it is (null: none of the accepted kinds). */
  type: FileType | null;
  /** An object URL showing the photo (revoked when the choice changes). */
  preview: string | null;
  problem: string | null;
}

/**
 * The chosen files with what the server would say, said before the upload: a phone on a slow
 * line should not send 10 MB to hear it is too large. The type is read from the first bytes,
 * as the server reads it; an iPhone's HEIC is left to the server, whose answer says how to
 * take a JPG instead.
 */
export async function choose(t: Translator, files: readonly File[]): Promise<Chosen[]> {
  return Promise.all(
    files.map(async (file) => {
      const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
      const type = sniffFileType(head);
      const name = file.name;
      const problem =
        file.size > MAX_ATTACHMENT_BYTES
          ? t('attachments.tooLarge', { name, size: sizeText(file.size) })
          : type === null
            ? t('attachments.wrongType', { name })
            : null;
      const preview =
        type?.startsWith('image/') && type !== 'image/heic' ? URL.createObjectURL(file) : null;
      return { file, type, preview, problem };
    }),
  );
}

/** Why the choice cannot go: too many at once, more than the case takes, each file's problem. */
export function choiceProblems(t: Translator, chosen: readonly Chosen[], room: number): string[] {
  const whole =
    chosen.length > MAX_FILES_PER_UPLOAD
      ? t('attachments.tooMany', { max: MAX_FILES_PER_UPLOAD })
      : chosen.length > room
        ? t('attachments.overRoom', { room, n: chosen.length })
        : null;
  return [whole, ...chosen.map((c) => c.problem)].filter((p): p is string => p !== null);
}

export const release = (chosen: readonly Chosen[]) => {
  for (const c of chosen) if (c.preview) URL.revokeObjectURL(c.preview);
};
