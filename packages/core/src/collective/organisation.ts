/**
 * The collective economic organisation (农村集体经济组织): village-level or of one villager group,
 * with its registration certificate's unified social credit code (统一社会信用代码, GB 32100-2015)
 * when it has one.
 */
export const ORG_LEVELS = ['village', 'group'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** The code's 31 characters (digits and capitals without I, O, Z, S, V), in value order. */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Whether a unified social credit code is well formed and its check character right (GB 32100). */
export function isCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_CHARS.indexOf(code[i]!) * CODE_WEIGHTS[i]!;
  return CODE_CHARS[(31 - (sum % 31)) % 31] === code[17];
}
