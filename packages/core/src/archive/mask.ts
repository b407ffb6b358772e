import { maskResidentId } from '../registry/residentIdNumber.ts';

/** 18-character 居民身份证号码 as they appear inside free text (minutes, titles, notes). */
const ID_IN_TEXT = /(?<![0-9A-Za-z])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z])/g;

/**
 * An exported document's text with every ID number masked as the register masks it
 * (3302************3X), for a reader who may not see full numbers: minutes and notes are
 * typed by hand and sometimes carry them.
 */
export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => maskResidentId(id));
}
