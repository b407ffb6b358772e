import { parseArgs } from 'node:util';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrate.ts';
import { DomainError } from '@cunzhi/core/errors';
import { fieldMessage } from '../platform/http/errors.ts';
import { createCounty } from '../features/villages/commands/createCounty.ts';
import { addTownDepartment } from '../features/townInbox/commands/addTownDepartment.ts';
import { assignStaffDepartment } from '../features/townInbox/commands/assignStaffDepartment.ts';
import { createStaffAccount } from '../features/villages/commands/createStaffAccount.ts';
import { createTown } from '../features/villages/commands/createTown.ts';
import { createVillage } from '../features/villages/commands/createVillage.ts';
import { openDatabase } from './database.ts';

const SETUP_USAGE = `usage:
  cli.ts setup county  --name 锦源县 --code 510199
  cli.ts setup town    --county 510199 --name 锦华镇 --code 510199101
  cli.ts setup village --town 510199101 --name 花乡社区 --code 510199101001 --area-code 510199 [--kind community] [--groups 15]
  cli.ts setup staff   --phone 13900000001 --name 张三 (--town 510199101 | --county 510199) [--title 镇民政办] [--unit government|discipline]
  cli.ts setup department --town 510199101 --name 民政办 --kind civilAffairs|socialSecurity|health|construction|culture|lawEnforcement|petitionOffice|justice|agriculture|comprehensive
  cli.ts setup staff-department --phone 13900000001 --town 510199101 [--department 民政办]  (no --department: every department's inbox)`;

/** Creates the hierarchy and first staff accounts of a real deployment (no demo data). */
async function setup(db: Database, what: string | undefined, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      code: { type: 'string' },
      county: { type: 'string' },
      town: { type: 'string' },
      'area-code': { type: 'string' },
      kind: { type: 'string' },
      groups: { type: 'string' },
      phone: { type: 'string' },
      title: { type: 'string' },
      unit: { type: 'string' },
      department: { type: 'string' },
    },
  });
  const now = new Date();
  switch (what) {
    case 'county':
      console.log(`已创建县 / county created: ${await createCounty(db, { ...values, now })}`);
      return;
    case 'town':
      console.log(`已创建乡镇 / town created: ${await createTown(db, { ...values, now })}`);
      return;
    case 'village': {
      const id = await createVillage(db, {
        ...values,
        areaCode: values['area-code'],
        groups: values.groups ? Number(values.groups) : undefined,
        now,
      });
      console.log(
        `已创建村（社区）及其村民小组和基本组织 / village created with its groups and bodies: ${id}`,
      );
      return;
    }
    case 'staff': {
      const { temporaryPassword } = await createStaffAccount(db, { ...values, now });
      console.log(
        `已开通账号 / account opened: ${values.phone ?? ''}  临时密码 / temporary password: ${temporaryPassword}（首次登录须修改 / must be changed at first sign-in）`,
      );
      return;
    }
    case 'department': {
      const { departmentId } = await addTownDepartment(db, { ...values, now });
      console.log(`已设立乡镇部门 / department set up: ${departmentId}`);
      return;
    }
    case 'staff-department':
      await assignStaffDepartment(db, { ...values, now });
      console.log(`已调整所在部门 / department set: ${values.phone ?? ''}`);
      return;
    default:
      console.error(SETUP_USAGE);
      process.exitCode = 2;
  }
}

/** `cli.ts setup <what> …`: bad input is named field by field, in Chinese, and exits 1. */
export async function setupCli(config: Config, args: string[]): Promise<void> {
  const db = await openDatabase(config);
  await migrate(db);
  try {
    await setup(db, args[0], args.slice(1));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    for (const f of error.fields) console.error(`✘ ${fieldMessage(f, 'zh-CN')}`);
    if (error.fields.length === 0) console.error(`✘ ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
