import type { FileType } from '../files/fileTypes.ts';

/**
 * Attachments of a case (案件附件): the photos a villager takes of a broken road or a leaking
 * roof, the scanned papers a station asks for, a mediation's signed agreement. Any case kind
 * (a service request, a 民情 case, a dispute, a petition) takes them through one store; the
 * kind itself says who may read and add them (server platform/attachments/owners.ts).
 *
 * The type is read from the bytes; an iPhone's HEIC is refused with how to send a JPG instead
 * (the village's phones and printers do not all open HEIC).
 */
export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const satisfies readonly FileType[];
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** A phone photo is 2–6 MB; a scanned document of a few pages stays below 10. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Files sent in one upload: a few photos and the paper they show. */
export const MAX_FILES_PER_UPLOAD = 6;

/** Files one case keeps in all: enough for a case followed over months, not an album. */
export const MAX_ATTACHMENTS_PER_OWNER = 30;

export const isAttachmentImage = (type: string) => type.startsWith('image/');

/**
 * Whether `adding` more files fit beside the `kept` ones of a case: null when they do, else how
 * many may still be added (0 when the case is full), for the field error `attachment_owner_full`.
 */
export function ownerRoomProblem(kept: number, adding: number): { room: number } | null {
  const room = Math.max(0, MAX_ATTACHMENTS_PER_OWNER - kept);
  return adding <= room ? null : { room };
}
