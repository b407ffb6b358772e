import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { villagePlace } from '../features/townInbox/repository.ts';
import {
  registerPetition,
  type PetitionInput,
} from '../features/petitions/commands/registerPetition.ts';
import { stepPetition } from '../features/petitions/commands/stepPetition.ts';
import type { StepInput } from '../features/petitions/commands/changes.ts';
import { townDepartments } from '../features/petitions/repository.ts';
import { account, acting, on } from './seedComplaints.ts';

/** Made-up people with valid ID numbers (the 330226 area code, checksums computed). */
const PEOPLE = {
  wang: { name: '王建国', idNumber: '330226196803140014', phone: '13905741234' },
  chen: { name: '陈桂芳', idNumber: '330226197207020029', phone: '13905749876' },
  zhou: { name: '周志强', idNumber: '330226198001010030' },
  xu: { name: '徐美华', idNumber: '33022619750505004X' },
  lin: { name: '林海', idNumber: '330226196512120056' },
} as const;

/**
 * The showcase community's 信访, through the real commands: a homestead petition answered in
 * time and closed when its review window ran out; a petition about subsidies forwarded three
 * weeks ago that the town's petition office has not yet handed on (overdue at the village and
 * the town); one being handled on an extension with its reasons; a group visit of thirty with
 * three representatives forwarded this week; and one the department did not accept.
 */
export async function seedShowcasePetitions(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const secretary = account(accounts, '13800000001');
  const office = account(accounts, '13800000011');
  const civil = account(accounts, '13800000010');
  const villageId = secretary.villageId!;
  const place = await villagePlace(ctx.db, villageId);
  const departments = await townDepartments(ctx.db, place.town_id);
  const civilAffairs = departments.find((d) => d.kind === 'civilAffairs')!.id;
  const day = (n: number) => addDays(today, -n);
  const register = async (n: number, input: PetitionInput) =>
    (await registerPetition(acting(on(ctx, day(n), '09:30'), villageId, secretary), input)).id;
  const step = (n: number, who: DemoAccount, id: string, input: StepInput) =>
    stepPetition(acting(on(ctx, day(n), '15:00'), villageId, who), id, input);

  const homestead = await register(80, {
    form: 'visit',
    people: [PEOPLE.wang],
    subject: '宅基地建房审批久拖未办',
    request: '请求尽快审批本户宅基地建房申请。',
    facts: '2026年5月向社区提交宅基地建房申请，材料齐全，至今未获审批，也未告知原因。',
    forward: true,
  });
  await step(77, office, homestead, { action: 'assign', departmentId: civilAffairs });
  await step(74, civil, homestead, { action: 'accept' });
  await step(45, civil, homestead, {
    action: 'answer',
    opinion: 'support',
    answer: '经核实，申请材料齐全，已于本月报镇政府审批，预计一个月内办结并书面告知。',
  });
  await step(3, office, homestead, { action: 'close' });

  await register(21, {
    form: 'letter',
    people: [PEOPLE.chen],
    subject: '耕地地力保护补贴少发',
    request: '请求核实并补发2026年耕地地力保护补贴。',
    facts: '本户承包地3.2亩，今年补贴只按2亩发放。',
    forward: true,
  });

  const drains = await register(70, {
    form: 'visit',
    people: [PEOPLE.zhou],
    subject: '排水沟改造后雨天积水',
    request: '请求整改排水沟，解决雨天积水进屋的问题。',
    facts: '今年春天排水沟改造后，屋后地势低洼处雨天积水，已两次进屋。',
    forward: true,
  });
  await step(66, office, drains, { action: 'assign', departmentId: civilAffairs });
  await step(63, civil, drains, { action: 'accept' });
  await step(10, civil, drains, {
    action: 'extend',
    days: 30,
    reason: '需请水利站现场勘测并编制整改方案，情况复杂，经镇分管领导批准延期。',
  });

  await register(2, {
    form: 'groupVisit',
    people: [PEOPLE.xu, PEOPLE.lin, PEOPLE.wang],
    participants: 30,
    subject: '花乡民居三期物业费上涨',
    request: '请求说明物业费上涨依据，召开业主大会重新议定。',
    facts: '物业公司通知自下月起物业费每平方米上涨0.4元，未经业主大会讨论。',
    forward: true,
  });

  const lease = await register(40, {
    form: 'phone',
    people: [PEOPLE.lin],
    subject: '邻居房屋租赁合同纠纷',
    request: '请求社区责令对方退还押金。',
    facts: '与邻居之间的房屋租赁押金纠纷。',
    forward: true,
  });
  await step(36, office, lease, { action: 'assign', departmentId: civilAffairs });
  await step(33, civil, lease, {
    action: 'refuse',
    reason:
      '属于民事纠纷，应当通过人民调解或者向人民法院起诉解决，已告知可向社区人民调解委员会申请调解。',
  });
}
