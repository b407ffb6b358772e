import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DayUnit } from '@cunzhi/core/services/catalogue';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { saveServiceItem, saveServiceWindow } from '../features/services/commands/catalogue.ts';
import { orderAtCounter, orderOwnService } from '../features/services/commands/order.ts';
import { stepServiceRequest, type StaffStep } from '../features/services/commands/step.ts';
import { rateOwnRequest, withdrawOwnRequest } from '../features/services/commands/villager.ts';
import { eldersWithoutAccount } from '../features/services/queries.ts';
import { findRequest, townDepartments } from '../features/services/repository.ts';
import { stepReferral } from '../features/townInbox/commands/stepReferral.ts';
import { account, acting, on } from './seedComplaints.ts';

type Item = [name: string, materials: string[], days: number, unit: DayUnit, agency: boolean];

/**
 * Seed 002's six windows (计生服务, 民政事务, 劳保就业, 建设管理, 文化卫生, 城管执法), each with the
 * town department behind it (the demo towns' departments, DEMO_DEPARTMENTS), and what each
 * commonly does in a village station; the promised times are the station's own (服务承诺制).
 */
const CATALOGUE: ReadonlyArray<{ window: string; department: string; items: Item[] }> = [
  {
    window: '计生服务',
    department: '卫生健康办公室',
    items: [
      ['生育登记', ['夫妻双方身份证', '户口簿', '结婚证'], 3, 'working', true],
      [
        '独生子女父母光荣证补办',
        ['夫妻双方身份证', '户口簿', '结婚证', '一寸照片2张'],
        10,
        'working',
        true,
      ],
      [
        '计划生育家庭特别扶助金申请',
        ['身份证', '户口簿', '独生子女父母光荣证', '子女死亡或伤残证明'],
        20,
        'working',
        true,
      ],
    ],
  },
  {
    window: '民政事务',
    department: '民政办',
    items: [
      [
        '最低生活保障申请',
        ['户口簿', '家庭成员身份证', '家庭收入和财产状况说明', '银行卡复印件'],
        20,
        'working',
        true,
      ],
      ['临时救助申请', ['身份证', '户口簿', '困难情况说明及相关证明'], 10, 'working', true],
      ['高龄津贴申领', ['身份证', '户口簿', '银行卡复印件'], 10, 'working', true],
      ['残疾人两项补贴申请', ['残疾人证', '身份证', '户口簿', '银行卡复印件'], 15, 'working', true],
    ],
  },
  {
    window: '劳保就业',
    department: '劳动保障所',
    items: [
      ['城乡居民基本养老保险参保登记', ['身份证', '户口簿'], 0, 'working', false],
      ['城乡居民基本医疗保险参保缴费', ['身份证'], 0, 'working', false],
      ['就业失业登记', ['身份证', '一寸照片1张'], 5, 'working', true],
    ],
  },
  {
    window: '建设管理',
    department: '村镇建设办公室',
    items: [
      [
        '农村宅基地和建房（规划许可）申请',
        ['户口簿', '身份证', '宅基地和建房申请表', '建房设计图', '相邻权利人意见'],
        20,
        'working',
        true,
      ],
      [
        '农村危房改造申请',
        ['身份证', '户口簿', '房屋现状照片', '危房鉴定申请'],
        20,
        'working',
        true,
      ],
    ],
  },
  {
    window: '文化卫生',
    department: '文化站',
    items: [
      ['家庭医生签约', ['身份证', '医保卡'], 0, 'working', false],
      ['老年人免费健康体检预约', ['身份证'], 3, 'working', false],
      ['文化活动室借用', ['借用申请（写明时间、人数、用途）'], 2, 'working', false],
    ],
  },
  {
    window: '城管执法',
    department: '综合行政执法队',
    items: [['临时占道（红白喜事搭棚）申请', ['身份证', '占用位置和时间说明'], 3, 'working', true]],
  },
];

/** Opens the showcase station's windows and catalogue as its staffer would; the items by name. */
async function setUpStation(
  ctx: AppContext,
  villageId: string,
  staffer: DemoAccount,
  day: CalendarDate,
): Promise<Map<string, string>> {
  const cmd = acting(on(ctx, day, '09:00'), villageId, staffer);
  const departments = await townDepartments(ctx.db, villageId);
  const items = new Map<string, string>();
  for (const [i, w] of CATALOGUE.entries()) {
    const window = await saveServiceWindow(cmd, null, {
      windowNumber: i + 1,
      windowName: w.window,
      townDepartmentId: departments.find((d) => d.name === w.department)?.id ?? null,
    });
    for (const [itemName, materials, promisedDays, promisedUnit, fullAgency] of w.items) {
      const item = await saveServiceItem(cmd, null, {
        windowId: window.id,
        itemName,
        materials,
        promisedDays,
        promisedUnit,
        fullAgency,
      });
      items.set(itemName, item.id);
    }
  }
  return items;
}

/** The steps of the showcase's story, on the days they happen. */
interface Story {
  staff: (n: number, time: string) => CommandContext;
  own: (n: number, time: string) => CommandContext;
  step: (n: number, time: string, id: string, s: StaffStep) => Promise<void>;
  town: (
    n: number,
    time: string,
    id: string,
    s: 'accept' | 'answer',
    text?: string,
  ) => Promise<void>;
  item: (name: string) => string;
}

/** The town's 民政办 official as the town inbox sees them, taking steps on a request's referral. */
async function departmentOfficial(
  ctx: AppContext,
  villageId: string,
  official: DemoAccount,
  department: string,
) {
  const departments = await townDepartments(ctx.db, villageId);
  const scope = official.staffScope!;
  const actor: Actor = {
    accountId: official.id,
    kind: 'staff',
    home: null,
    posts: [],
    staffScopes: [
      {
        level: scope.level,
        id: scope.id,
        unit: scope.unit,
        departmentId: departments.find((d) => d.name === department)?.id ?? null,
      },
    ],
  };
  return async (app: AppContext, requestId: string, s: 'accept' | 'answer', text?: string) => {
    const row = await findRequest(ctx.db, villageId, requestId);
    const ref = { villageId, referralId: row!.town_referral_id! };
    await stepReferral(app, { actor, accountId: official.id }, ref, s, text ? { text } : {});
  };
}

/** An old-age allowance the whole way (rated), and a relief request past its date at the town. */
async function seedPhoneOrders(story: Story): Promise<void> {
  const { own, step, town, item } = story;
  const allowance = await orderOwnService(own(12, '19:40'), {
    itemId: item('高龄津贴申领'),
    details: '为家中89岁的母亲申领高龄津贴',
  });
  await step(11, '09:10', allowance.id, { action: 'accept', missingMaterials: ['银行卡复印件'] });
  await step(9, '15:20', allowance.id, { action: 'supplyMaterials' });
  await step(9, '15:25', allowance.id, { action: 'handToTown', note: '材料齐全，请民政办审核' });
  await town(8, '10:00', allowance.id, 'accept');
  await town(
    3,
    '16:00',
    allowance.id,
    'answer',
    '经审核符合条件，自下月起按月发放高龄津贴，每月200元，打入申请人提供的银行卡。',
  );
  await step(2, '10:30', allowance.id, {
    action: 'complete',
    result: '已电话告知申请人审核结果，高龄津贴下月起发放',
  });
  await rateOwnRequest(own(1, '20:05'), allowance.id, {
    rating: 'satisfied',
    comment: '全程代办，没让老人跑一趟',
  });
  const relief = await orderOwnService(own(24, '08:50'), {
    itemId: item('临时救助申请'),
    details: '邻居王大爷家中失火，生活困难，代为申请临时救助',
  });
  await step(23, '09:30', relief.id, { action: 'accept' });
  await step(23, '09:45', relief.id, { action: 'handToTown' });
  await town(21, '11:00', relief.id, 'accept');
}

/** The counter, for elderly residents without a phone: done on the spot, waiting, refused. */
async function seedCounterOrders(ctx: AppContext, villageId: string, story: Story): Promise<void> {
  const { staff, step, item } = story;
  const [elder1, elder2, elder3] = await eldersWithoutAccount(ctx.db, villageId, 3);
  if (elder1) {
    const pension = await orderAtCounter(staff(5, '10:00'), {
      itemId: item('城乡居民基本养老保险参保登记'),
      requesterPersonId: elder1.person_id,
    });
    await step(5, '10:02', pension.id, { action: 'accept' });
    await step(5, '10:20', pension.id, {
      action: 'complete',
      result: '当场办结，参保登记回执已交本人',
    });
  }
  if (elder2) {
    const house = await orderAtCounter(staff(2, '14:00'), {
      itemId: item('农村宅基地和建房（规划许可）申请'),
      requesterPersonId: elder2.person_id,
      details: '原址翻建，两层，建筑面积约180平方米',
    });
    await step(2, '14:15', house.id, { action: 'accept', missingMaterials: ['相邻权利人意见'] });
  }
  if (elder3) {
    const tent = await orderAtCounter(staff(7, '09:00'), {
      itemId: item('临时占道（红白喜事搭棚）申请'),
      requesterPersonId: elder3.person_id,
      details: '孙子婚宴，拟在村口县道旁搭棚两天',
    });
    await step(7, '09:20', tent.id, {
      action: 'refuse',
      reason:
        '拟占用的是县道路段，不属于村内道路，本站不能受理；请向县公路管理部门申请，或改在村文化广场搭棚。',
    });
  }
}

/**
 * The showcase community's service station, made through the real commands: its six windows
 * and catalogue; an old-age allowance ordered on a resident's phone, its missing bank card copy
 * asked for at acceptance, handed to the town's 民政办, answered, completed and rated 满意; a
 * temporary relief request with the 民政办 past its promised date (escalated); counter orders
 * for elderly residents without a phone — one done on the spot, one waiting for materials, one
 * refused with a reason; a booking withdrawn; and this morning's order not yet accepted. The
 * supervision chair is the station's staffer (seed 002: chosen from the station's staff).
 */
export async function seedShowcaseServices(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const resident = account(accounts, '13800000006');
  const staffer = account(accounts, '13800000005');
  const villageId = resident.villageId!;
  const day = (n: number) => addDays(today, -n);
  const items = await setUpStation(ctx, villageId, staffer, day(40));
  const official = await departmentOfficial(
    ctx,
    villageId,
    account(accounts, '13800000010'),
    '民政办',
  );
  const story: Story = {
    staff: (n, time) => acting(on(ctx, day(n), time), villageId, staffer),
    own: (n, time) => acting(on(ctx, day(n), time), villageId, resident),
    step: (n, time, id, s) => stepServiceRequest(story.staff(n, time), id, s),
    town: (n, time, id, s, text) => official(on(ctx, day(n), time), id, s, text),
    item: (name) => items.get(name)!,
  };
  await seedPhoneOrders(story);
  await seedCounterOrders(ctx, villageId, story);
  // a booking withdrawn, and this morning's order waiting to be accepted
  const room = await orderOwnService(story.own(8, '18:30'), {
    itemId: story.item('文化活动室借用'),
    details: '周六下午广场舞队排练，约20人',
  });
  await withdrawOwnRequest(story.own(6, '12:00'), room.id);
  await orderOwnService(story.own(0, '08:20'), {
    itemId: story.item('家庭医生签约'),
    details: '想和村卫生室的医生签约，家里有高血压老人',
  });
}
