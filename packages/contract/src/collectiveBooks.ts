import { z } from 'zod';
import { ACCOUNT_HOLDER_KINDS } from '@cunzhi/core/collective/books/bankAccounts';
import { DERIVATIVE_ANSWERS } from '@cunzhi/core/collective/books/derivative';
import { DateText, Ok, Text, Uuid, VillageParams } from './common.ts';
import { AccountRef, VoucherBody, VoucherBooked } from './finance.ts';
import { route } from './route.ts';

/**
 * The collective economic organisation's money: its bank accounts (in its own name only), its
 * own book on the 2023 chart beside the villagers' committee's ledger, and the members' written
 * requests asking the supervisors to sue (派生诉讼). A member's phone page shows their membership,
 * shares, dividends, the organisation's accounts and its resolutions; full account numbers only
 * to those who keep the books.
 */

const tag = 'collectiveBooks';
const V = '/api/villages/:villageId/collective/books';
const Fen = z.number().int();

export const AccountHolderKind = z.enum(ACCOUNT_HOLDER_KINDS);
export const DerivativeAnswer = z.enum(DERIVATIVE_ANSWERS);

export const BankAccount = z.object({
  id: Uuid,
  bankName: z.string(),
  /** Whole for those who keep the books, `**** 6789` for the others. */
  accountNo: z.string(),
  holderName: z.string(),
  purpose: z.string(),
  openedOn: DateText,
  closedOn: DateText.nullable(),
});

export const OrgVoucher = z.object({
  id: Uuid,
  /** `合2026-11-003`: the organisation's book, the month and the place in it. */
  number: z.string(),
  on: DateText,
  summary: z.string(),
  source: z.enum(['payment', 'manual']),
  /** The villagers' committee's voucher booked in the same act (the charter's payment). */
  villageVoucherNumber: z.string().nullable(),
  totalFen: Fen,
  lines: z.array(
    z.object({
      account: AccountRef,
      debitFen: Fen,
      creditFen: Fen,
      counterparty: z.string().nullable(),
    }),
  ),
});

export const Balance = z.object({
  account: AccountRef,
  debitFen: Fen,
  creditFen: Fen,
  /** Debit minus credit: an asset's balance is positive, a fund's negative. */
  balanceFen: Fen,
});

export const DerivativeStanding = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('waiting'), until: DateText }),
  z.object({ kind: z.literal('supervisorsSued'), on: DateText }),
  z.object({
    kind: z.literal('membersMaySue'),
    since: DateText,
    because: z.enum(['refused', 'timeElapsed']),
  }),
]);

export const DerivativeRequest = z.object({
  id: Uuid,
  receivedOn: DateText,
  grounds: z.string(),
  requesters: z.array(z.string()),
  answer: DerivativeAnswer.nullable(),
  answeredOn: DateText.nullable(),
  answerNote: z.string().nullable(),
  standing: DerivativeStanding,
});

export const OrgRef = z.object({ id: Uuid, name: z.string(), level: z.enum(['village', 'group']) });

export const BooksQuery = z.object({ orgId: Uuid.optional() });

export const booksOverview = route({
  method: 'GET',
  url: V,
  summary:
    '集体经济组织的账户、账簿与起诉请求 / The organisation’s accounts, book and requests to sue',
  tag,
  params: VillageParams,
  query: BooksQuery,
  response: z.object({
    orgs: z.array(OrgRef),
    /** The organisation shown (the village-level one unless asked); null when the village has none. */
    orgId: Uuid.nullable(),
    accounts: z.array(BankAccount),
    vouchers: z.array(OrgVoucher),
    balances: z.array(Balance),
    requests: z.array(DerivativeRequest),
    abilities: z.object({ keep: z.boolean(), recordRequests: z.boolean() }),
  }),
});

export const OpenAccountBody = z.object({
  orgId: Uuid,
  bankName: Text.trim().min(1).max(100),
  accountNo: z.string().trim().min(1).max(40),
  holderKind: AccountHolderKind,
  holderName: Text.trim().min(1).max(100),
  purpose: Text.trim().max(100).optional(),
  openedOn: DateText.optional(),
});

export const openAccount = route({
  method: 'POST',
  url: `${V}/accounts`,
  summary:
    '登记集体经济组织银行账户（不得以个人名义开立）/ Register a bank account (never in a person’s name)',
  tag,
  params: VillageParams,
  body: OpenAccountBody,
  response: z.object({ id: Uuid }),
});

export const closeAccount = route({
  method: 'POST',
  url: `${V}/accounts/:accountId/close`,
  summary: '银行账户销户 / Record an account closed',
  tag,
  params: VillageParams.extend({ accountId: Uuid }),
  body: z.object({ closedOn: DateText.optional() }),
  response: Ok,
});

export const bookOrgVoucher = route({
  method: 'POST',
  url: `${V}/vouchers`,
  summary: '在集体经济组织账簿记账 / Book a voucher on the organisation’s book',
  tag,
  params: VillageParams,
  body: VoucherBody.extend({ orgId: Uuid }),
  response: VoucherBooked,
});

export const DerivativeRequestBody = z.object({
  orgId: Uuid,
  receivedOn: DateText.optional(),
  grounds: Text.trim().min(1).max(2000),
  requesterIds: z.array(Uuid).min(1).max(500),
});

export const recordDerivativeRequest = route({
  method: 'POST',
  url: `${V}/derivative-requests`,
  summary: '登记成员请求监事会提起诉讼的书面请求 / Record members’ written request to sue',
  tag,
  params: VillageParams,
  body: DerivativeRequestBody,
  response: z.object({ id: Uuid }),
});

export const answerDerivativeRequest = route({
  method: 'POST',
  url: `${V}/derivative-requests/:requestId/answer`,
  summary: '登记监事会（监事）的答复 / Record the supervisors’ answer',
  tag,
  params: VillageParams.extend({ requestId: Uuid }),
  body: z.object({
    answer: DerivativeAnswer,
    answeredOn: DateText.optional(),
    note: Text.trim().max(1000).optional(),
  }),
  response: Ok,
});

// ── a member's phone page ───────────────────────────────────────────────────

export const MyDividend = z.object({
  year: z.number(),
  /** per person, or the household's (paid to one of its members) */
  payeeKind: z.enum(['person', 'household']),
  shares: z.number(),
  amountFen: Fen,
  paidOn: DateText.nullable(),
});

export const myCollective = route({
  method: 'GET',
  url: '/api/villages/:villageId/collective/mine',
  summary:
    '我的集体经济组织：成员身份、股份、分红、账户与决议 / My membership, shares, dividends, accounts and resolutions',
  tag,
  params: VillageParams,
  response: z.object({
    memberships: z.array(
      z.object({
        orgId: Uuid,
        orgName: z.string(),
        registerNo: z.number(),
        status: z.enum(['member', 'lost', 'exited']),
        since: DateText,
        /** Share units held today, by class. */
        shares: z.array(z.object({ shareClass: z.string(), units: z.number() })),
        dividends: z.array(MyDividend),
        accounts: z.array(BankAccount),
        /** This year on the organisation's book: income, spending, reserve, distributed. */
        year: z.number(),
        totals: z.object({
          incomeFen: Fen,
          spendingFen: Fen,
          reserveFen: Fen,
          distributedFen: Fen,
        }),
        resolutions: z.array(z.object({ number: z.string(), title: z.string(), on: DateText })),
        /** The latest adopted plan's dividend list, as every member may read it (no ID numbers). */
        dividendList: z
          .object({
            year: z.number(),
            rows: z.array(
              z.object({
                registerNo: z.number(),
                name: z.string(),
                amountFen: Fen,
                paid: z.boolean(),
              }),
            ),
          })
          .nullable(),
      }),
    ),
  }),
});
