/**
 * How a text message is cut into SMS segments, as the networks count them (3GPP TS 23.038/23.040):
 * a text of GSM-7 characters only fits 160 in one message and 153 per part once concatenated; any
 * other character (every Chinese one) makes the whole text UCS-2, 70 in one message and 67 per part,
 * because the concatenation header takes 6 of a message's 140 bytes. The phone joins the parts
 * again and numbers them from the header, so the numbering costs no characters of the text.
 */

/** GSM 03.38's basic characters (one septet each) besides letters and digits. */
const GSM_BASIC = new Set('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà');
/** GSM 03.38's extension characters: two septets each (escape + character). */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export interface SmsLimits {
  encoding: 'gsm7' | 'ucs2';
  /** Units (septets or UTF-16 code units) in a text sent as one message. */
  single: number;
  /** Units in each part of a concatenated text. */
  part: number;
}

const GSM7: SmsLimits = { encoding: 'gsm7', single: 160, part: 153 };
const UCS2: SmsLimits = { encoding: 'ucs2', single: 70, part: 67 };

function isGsm(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch) || GSM_BASIC.has(ch) || GSM_EXTENDED.has(ch);
}

/** The encoding a text is sent in, and so its limits. */
export function smsLimits(text: string): SmsLimits {
  return [...text].every(isGsm) ? GSM7 : UCS2;
}

/** What one character costs in the text's encoding (a character outside the BMP is two UTF-16 units). */
function cost(ch: string, limits: SmsLimits): number {
  if (limits.encoding === 'gsm7') return GSM_EXTENDED.has(ch) ? 2 : 1;
  return ch.length;
}

export interface SmsSegment {
  /** 1-based place of the part; the phone shows the parts joined, in this order. */
  number: number;
  total: number;
  text: string;
}

/**
 * The segments a text is sent as: one when it fits a single message, else parts of at most the
 * per-part limit. A character is never cut in two (an emoji's surrogate pair or an escape pair
 * stays in one part), so a part may fall one unit short.
 */
export function smsSegments(text: string): SmsSegment[] {
  const limits = smsLimits(text);
  const chars = [...text];
  const units = chars.reduce((n, ch) => n + cost(ch, limits), 0);
  if (units <= limits.single) return [{ number: 1, total: 1, text }];
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const ch of chars) {
    const c = cost(ch, limits);
    if (used + c > limits.part) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += ch;
    used += c;
  }
  if (current) parts.push(current);
  return parts.map((t, i) => ({ number: i + 1, total: parts.length, text: t }));
}
