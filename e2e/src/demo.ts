import { VILLAGE_ROLE_NAMES, type VillageRole } from '@cunzhi/core/policies/actor';
import { DEMO_ACCOUNT_SPECS, DEMO_PASSWORD } from '@cunzhi/demo/accounts';
import type { DemoLogin, RunningServer } from './server.ts';

/** A demo account: as the server printed it, else the fixed demo phone and password from core. */
export function demoLogin(server: RunningServer, role: VillageRole): DemoLogin {
  const printed = server.accounts.find(
    (a) => a.role.split(' / ')[0] === VILLAGE_ROLE_NAMES[role].zh,
  );
  if (printed) return printed;
  const spec = DEMO_ACCOUNT_SPECS.find((s) => s.role === role);
  if (!spec) throw new Error(`no demo account for ${role}`);
  return {
    phone: spec.phone,
    password: DEMO_PASSWORD,
    role: VILLAGE_ROLE_NAMES[role].zh,
    displayName: '',
  };
}

/** Today in the village (the server and the browsers count days in Asia/Shanghai), `YYYY-MM-DD`. */
export function villageToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
