import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { BODY_KIND_INFO, type BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { PHONE_PATTERN } from '@cunzhi/core/registry/person';
import type { Database } from '../../../platform/db/database.ts';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { findAccountByPhone, insertAccount } from '../../../platform/auth/repository/accounts.ts';
import { temporaryPassword } from '../../auth/commands/resetPassword.ts';

/**
 * Setting up a real deployment (no demo data): the county, its towns, their
 * villages with the standard bodies, and the first staff accounts. Run from
 * the command line by whoever installs the platform; town officials then
 * open terms, appoint the village cadres and open their accounts in the UI.
 */

/** The bodies every village has from the start; social organisations and collectives are added as they form. */
const STANDARD_BODIES: BodyKind[] = [
  'partyBranch',
  'villagersAssembly',
  'representativesMeeting',
  'villagersDeliberationCouncil',
  'villagersCommittee',
  'villageAffairsSupervisionCommittee',
  'mediationCommittee',
  'convenienceServiceStation',
];

const required = (field: string, value: string | undefined): string => {
  if (!value?.trim())
    throw new DomainError('validation_failed', {}, [{ field, error: 'field_required' }]);
  return value.trim();
};

async function idByCode(
  db: Database,
  table: 'county' | 'town',
  code: string,
): Promise<{ id: string; county_id?: string }> {
  const [row] = await db.query<{ id: string; county_id?: string }>(
    `SELECT * FROM ${table} WHERE code = $1`,
    [code],
  );
  if (!row)
    throw new DomainError('validation_failed', {}, [{ field: table, error: 'field_invalid' }]);
  return row;
}

export async function createCounty(
  db: Database,
  input: { name?: string; code?: string; now: Date },
): Promise<string> {
  const name = required('name', input.name);
  const code = required('code', input.code);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO county (id, name, code) VALUES ($1, $2, $3)', [id, name, code]);
    await appendAuditEvent(tx, {
      chainId: id,
      actorAccountId: null,
      action: 'county.created',
      targetType: 'county',
      targetId: id,
      data: { name, code },
      occurredAt: input.now,
    });
  });
  return id;
}

export async function createTown(
  db: Database,
  input: { county?: string; name?: string; code?: string; now: Date },
): Promise<string> {
  const county = await idByCode(db, 'county', required('county', input.county));
  const name = required('name', input.name);
  const code = required('code', input.code);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO town (id, county_id, name, code) VALUES ($1, $2, $3, $4)', [
      id,
      county.id,
      name,
      code,
    ]);
    await appendAuditEvent(tx, {
      chainId: county.id,
      actorAccountId: null,
      action: 'town.created',
      targetType: 'town',
      targetId: id,
      data: { name, code },
      occurredAt: input.now,
    });
  });
  return id;
}

/** A village or community with its villager groups (1…n) and the standard bodies, ready for its first terms. */
export async function createVillage(
  db: Database,
  input: {
    town?: string;
    name?: string;
    code?: string;
    areaCode?: string;
    kind?: string;
    groups?: number;
    now: Date;
  },
): Promise<string> {
  const town = await idByCode(db, 'town', required('town', input.town));
  const name = required('name', input.name);
  const code = required('code', input.code);
  const areaCode = required('areaCode', input.areaCode);
  if (!/^\d{6}$/.test(areaCode))
    throw new DomainError('validation_failed', {}, [{ field: 'areaCode', error: 'field_invalid' }]);
  const kind = input.kind === 'community' ? 'community' : 'village';
  const groups = input.groups ?? 1;
  if (!Number.isInteger(groups) || groups < 1 || groups > 99)
    throw new DomainError('validation_failed', {}, [{ field: 'groups', error: 'field_invalid' }]);
  const id = randomUUID();
  const groupWord = kind === 'community' ? '居民小组' : '村民小组';
  await db.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO village (id, town_id, name, kind, code, area_code) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, town.id, name, kind, code, areaCode],
    );
    await bulkInsert(
      tx,
      'villager_group',
      ['village_id', 'id', 'number', 'name'],
      Array.from({ length: groups }, (_, i) => [id, randomUUID(), i + 1, `第${i + 1}${groupWord}`]),
    );
    await bulkInsert(
      tx,
      'body',
      ['village_id', 'id', 'kind', 'name'],
      STANDARD_BODIES.map((k) => [id, randomUUID(), k, `${name}${BODY_KIND_INFO[k].zh}`]),
    );
    await appendAuditEvent(tx, {
      chainId: id,
      actorAccountId: null,
      action: 'village.created',
      targetType: 'village',
      targetId: id,
      data: { name, code, kind, groups, bodies: STANDARD_BODIES },
      occurredAt: input.now,
    });
  });
  return id;
}

/** A town or county official's account, with a temporary password to change at first sign-in. */
export async function createStaffAccount(
  db: Database,
  input: {
    phone?: string;
    name?: string;
    town?: string;
    county?: string;
    title?: string;
    now: Date;
  },
): Promise<{ accountId: string; temporaryPassword: string }> {
  const phone = required('phone', input.phone);
  if (!PHONE_PATTERN.test(phone))
    throw new DomainError('validation_failed', {}, [{ field: 'phone', error: 'phone_invalid' }]);
  if (await findAccountByPhone(db, phone))
    throw new DomainError('validation_failed', {}, [{ field: 'phone', error: 'phone_taken' }]);
  const name = required('name', input.name);
  const scope = input.town
    ? { level: 'town' as const, ...(await idByCode(db, 'town', input.town)) }
    : {
        level: 'county' as const,
        ...(await idByCode(db, 'county', required('county', input.county))),
      };
  const chainId = scope.level === 'town' ? (scope.county_id ?? '') : scope.id;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const accountId = randomUUID();
  await db.transaction(async (tx) => {
    await insertAccount(tx, {
      id: accountId,
      kind: 'staff',
      phone,
      displayName: name,
      passwordHash,
      mustChangePassword: true,
      villageId: null,
      personId: null,
    });
    await tx.query(
      'INSERT INTO staff_scope (account_id, level, scope_id, title) VALUES ($1, $2, $3, $4)',
      [
        accountId,
        scope.level,
        scope.id,
        input.title?.trim() || (scope.level === 'town' ? '乡镇干部' : '县级干部'),
      ],
    );
    await appendAuditEvent(tx, {
      chainId,
      actorAccountId: null,
      action: 'account.opened',
      targetType: 'account',
      targetId: accountId,
      data: { kind: 'staff', name, level: scope.level, scopeId: scope.id },
      occurredAt: input.now,
    });
  });
  return { accountId, temporaryPassword: password };
}
