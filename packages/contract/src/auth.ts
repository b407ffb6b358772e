import { z } from 'zod';
import { Ok, Uuid, VillageParams } from './common.ts';
import { STAFF_UNITS, VILLAGE_ROLES } from '@cunzhi/core/policies/actor';
import { route } from './route.ts';

const tag = 'auth';

export const Account = z.object({
  id: Uuid,
  kind: z.enum(['villager', 'staff']),
  displayName: z.string(),
  phone: z.string(),
  mustChangePassword: z.boolean(),
});

export const VillageKind = z.enum(['village', 'community']);

export const signIn = route({
  method: 'POST',
  url: '/api/auth/sign-in',
  summary: '登录 / Sign in with phone and password',
  tag,
  body: z.object({
    phone: z.string().trim().min(1).max(20),
    password: z.string().min(1).max(128),
  }),
  response: z.object({ account: Account }),
});

export const signOut = route({
  method: 'POST',
  url: '/api/auth/sign-out',
  summary: '退出登录 / Sign out',
  tag,
  response: Ok,
});

export const me = route({
  method: 'GET',
  url: '/api/me',
  summary: '当前账号、本户和可进入的村 / The signed-in account, its household and villages',
  tag,
  response: z.object({
    account: Account,
    /** A villager's own person and household; null for staff. */
    home: z.object({ villageId: Uuid, personId: Uuid, householdId: Uuid }).nullable(),
    villages: z.array(
      z.object({
        id: Uuid,
        name: z.string(),
        kind: VillageKind,
        townName: z.string(),
        roles: z.array(z.enum(VILLAGE_ROLES)),
      }),
    ),
    /** A town or county official's units (the discipline unit has the town inbox of referrals). */
    staffUnits: z.array(z.enum(STAFF_UNITS)),
  }),
});

export const changePassword = route({
  method: 'POST',
  url: '/api/me/password',
  summary: '修改密码 / Change my password',
  tag,
  body: z.object({
    currentPassword: z.string().min(1).max(128),
    newPassword: z.string().min(1).max(128),
  }),
  response: Ok,
});

export const unlockSignIn = route({
  method: 'POST',
  url: '/api/villages/:villageId/persons/:personId/unlock-sign-in',
  summary: '解除登录锁定 / Lift a villager’s sign-in lock',
  tag,
  params: VillageParams.extend({ personId: Uuid }),
  /** Whether a lock was running (else there was nothing to lift; failures are forgotten either way). */
  response: z.object({ wasLocked: z.boolean() }),
});
