import type { CalendarDate } from '../../calendarDate.ts';
import { finding, type Finding } from '../../rules/findings.ts';

/** Whose name a bank account is opened in: the organisation's, or a person's (refused). */
export const ACCOUNT_HOLDER_KINDS = ['organisation', 'person'] as const;
export type AccountHolderKind = (typeof ACCOUNT_HOLDER_KINDS)[number];

/** Full-width and ASCII brackets and spaces are written both ways on bank forms. */
const normalised = (name: string) =>
  name.normalize('NFKC').replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')');

/**
 * NJJ-44-ACCOUNT (Art. 44: 集体所有的资金不得存入以个人名义开立的账户): an account the
 * organisation keeps its money in is opened in its own name. A personal account is refused
 * whatever it is called, and so is an account in any other name (a company, the villagers'
 * committee): the funds would then not be the organisation's on the bank's books either.
 */
export function accountHolderFinding(
  on: CalendarDate,
  holder: { kind: AccountHolderKind; name: string },
  orgName: string,
): Finding | null {
  const params = { holder: holder.name.trim(), org: orgName };
  if (holder.kind === 'person')
    return finding(on, 'NJJ-44-ACCOUNT', 'collective_account_personal', params);
  if (normalised(holder.name) !== normalised(orgName))
    return finding(on, 'NJJ-44-ACCOUNT', 'collective_account_other_name', params);
  return null;
}

/** An account number as shown to those who may not see it whole: the last four digits. */
export function maskedAccountNumber(accountNo: string): string {
  const digits = accountNo.replace(/\s+/g, '');
  return digits.length <= 4 ? digits : `**** ${digits.slice(-4)}`;
}
