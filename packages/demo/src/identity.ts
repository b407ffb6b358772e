import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Gender } from '@cunzhi/core/registry/person';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import type { Rng } from './rng.ts';

/** Mobile prefixes in use in China (China Mobile, Unicom, Telecom, virtual operators). */
// prettier-ignore
const PHONE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187',
  '188', '189', '191', '193', '195', '198', '199',
];

/** The demo accounts' memorable numbers live here; generated villagers never get one. */
export const DEMO_PHONE_BLOCK = '13800000';

/**
 * Hands out 身份证 numbers and phone numbers that are unique across the whole
 * county, as the real registers are (a person's number identifies them anywhere;
 * an account signs in by phone).
 */
export class IdentityBook {
  private readonly residentIds = new Set<string>();
  private readonly phones = new Set<string>();

  residentId(rng: Rng, areaCode: string, birthDate: CalendarDate, gender: Gender): string {
    // 500 sequence numbers per sex and birthday: collisions need a retry, never a loop forever
    for (let tries = 0; tries < 500; tries++) {
      const id = composeResidentId(areaCode, birthDate, rng.int(0, 999), gender);
      if (!this.residentIds.has(id)) {
        this.residentIds.add(id);
        return id;
      }
    }
    throw new Error(`no free 身份证 sequence for ${areaCode} ${birthDate}`);
  }

  phone(rng: Rng): string {
    for (;;) {
      const phone = rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
      if (phone.startsWith(DEMO_PHONE_BLOCK) || this.phones.has(phone)) continue;
      this.phones.add(phone);
      return phone;
    }
  }
}
