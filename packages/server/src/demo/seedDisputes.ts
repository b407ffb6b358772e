import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import { systemContext, type CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { findVillage } from '../platform/tenancy/repository.ts';
import { reachAgreement, signAgreement } from '../features/disputes/commands/agreement.ts';
import {
  applyConfirmation,
  recordCourtPapers,
} from '../features/disputes/commands/confirmation.ts';
import { acceptDispute, recordConsent } from '../features/disputes/commands/consent.ts';
import { assignMediators, keepRecord } from '../features/disputes/commands/mediation.ts';
import {
  registerDispute,
  type DisputeRegistration,
} from '../features/disputes/commands/register.ts';
import {
  closeDispute,
  referToTown,
  terminateMediation,
} from '../features/disputes/commands/stages.ts';
import {
  disputeDetail,
  mediationOptions,
  residentsWithoutSeats,
} from '../features/disputes/queries.ts';
import { account, on } from './seedComplaints.ts';

interface Party {
  id: string;
  name: string;
}
interface Mediator {
  personId: string;
  name: string;
}

/** What every demo dispute is made with: the day n days ago, the mediators, the parties. */
interface Desk {
  at: (n: number) => CommandContext;
  day: (n: number) => CalendarDate;
  chair: Mediator;
  second: Mediator;
  pair: (i: number) => [Party, Party];
  committee: string;
  partyIds: (id: string) => Promise<string[]>;
  departments: Array<{ id: string; name: string }>;
  today: CalendarDate;
}

/**
 * The showcase community's people's mediation, made through the real commands by its mediators:
 * a homestead drip-line dispute settled in writing and performed; a boundary dispute whose
 * agreement is in effect with the confirmation window open; a maintenance dispute confirmed by
 * the court; a damages dispute that failed and went to the town's 司法所; an oral agreement on
 * stacked firewood; a dispute one party refused to mediate; one just registered.
 */
export async function seedShowcaseDisputes(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const mediator = account(accounts, '13800000013');
  const villageId = mediator.villageId!;
  const day = (n: number) => addDays(today, -n);
  const { mediators, departments } = await mediationOptions(ctx, villageId, today);
  const people = await residentsWithoutSeats(ctx.db, villageId, today, 14);
  const desk: Desk = {
    at: (n) => systemContext(on(ctx, day(n), '10:00'), villageId, mediator.id),
    day,
    chair: mediators.find((m) => m.role === 'chair')!,
    second: mediators.find((m) => m.role !== 'chair')!,
    pair: (i) => [people[i * 2]!, people[i * 2 + 1]!],
    committee: `${(await findVillage(ctx.db, villageId))!.name}人民调解委员会`,
    partyIds: async (id) => (await disputeDetail(ctx, villageId, id))!.parties.map((p) => p.id),
    departments,
    today,
  };
  await settledInWriting(desk);
  await windowOpen(desk);
  await confirmedByCourt(desk);
  await referredToTown(desk);
  await oralOnTheSpot(desk);
  await refusedAndNew(desk);
}

/** Registers, takes both parties' consent and accepts, with a mediator: the usual first day. */
async function mediated(
  desk: Desk,
  n: number,
  parties: [Party, Party],
  d: Omit<DisputeRegistration, 'parties' | 'receivedOn'>,
  mediator: Mediator = desk.second,
): Promise<string> {
  const cmd = desk.at(n);
  const id = await registerDispute(
    cmd,
    { ...d, parties: parties.map((p) => ({ personId: p.id })), receivedOn: desk.day(n) },
    desk.committee,
  );
  for (const partyId of await desk.partyIds(id))
    await recordConsent(cmd, id, { partyId, consent: 'agreed' });
  await acceptDispute(cmd, id, {});
  await assignMediators(cmd, id, { mediators: [{ personId: mediator.personId, how: 'assigned' }] });
  return id;
}

/** A written agreement signed (fingerprints) by both parties and the mediator, sealed on day n. */
async function writtenAgreement(
  desk: Desk,
  id: string,
  n: number,
  text: { terms: string; performance: string },
  mediator: Mediator = desk.second,
): Promise<void> {
  const cmd = desk.at(n);
  await reachAgreement(cmd, id, { form: 'written', ...text, mediatorPersonId: mediator.personId });
  for (const partyId of await desk.partyIds(id))
    await signAgreement(cmd, id, { who: 'party', partyId, mark: 'fingerprint' });
  await signAgreement(cmd, id, { who: 'mediator' });
  await signAgreement(cmd, id, { who: 'seal' });
}

async function settledInWriting(desk: Desk): Promise<void> {
  const [a, b] = desk.pair(0);
  const id = await mediated(desk, 62, [a, b], {
    category: 'homestead',
    origin: 'application',
    subject: '翻建房屋滴水占用邻居宅基地',
    facts: `${a.name}翻建房屋时屋檐外伸约40厘米，雨水滴入${b.name}家院内，${b.name}要求拆除外伸部分，双方多次争吵。`,
  });
  await keepRecord(desk.at(60), id, {
    place: '社区调解室',
    present: `${a.name}、${b.name}、调解员${desk.second.name}`,
    content: '调解员到现场查看，屋檐外伸属实；经释法说理，双方同意加装檐沟将雨水引向自家院内。',
  });
  await writtenAgreement(desk, id, 58, {
    terms: `一、${a.name}于协议签订后15日内在外伸屋檐加装檐沟和落水管，雨水引入自家院内；\n二、${b.name}不再要求拆除外伸屋檐；\n三、双方今后互相尊重，和睦相处。`,
    performance: '协议签订后15日内履行，由调解员期满后到现场查看。',
  });
  await closeDispute(desk.at(40), id, { outcome: '檐沟已加装，经调解员回访，协议已履行完毕' });
}

async function windowOpen(desk: Desk): Promise<void> {
  const [a, b] = desk.pair(1);
  const id = await mediated(desk, 14, [a, b], {
    category: 'land',
    origin: 'application',
    subject: '承包地界桩移位引发纠纷',
    facts: `${a.name}与${b.name}承包地相邻，${b.name}称${a.name}春耕时将界桩向东移动约半米，双方各执一词。`,
  });
  await keepRecord(desk.at(12), id, {
    place: '第三村民小组田间',
    present: `${a.name}、${b.name}、村民小组长、调解员${desk.second.name}`,
    content: '对照土地承包经营权证四至和测量记录，界桩确有移位约45厘米。',
  });
  await writtenAgreement(desk, id, 10, {
    terms: `一、按土地承包经营权证四至恢复界桩原位，由村民小组长见证；\n二、${a.name}补偿${b.name}青苗损失人民币300元。`,
    performance: '协议生效后7日内恢复界桩；补偿款于协议签订当日当面付清。',
  });
}

async function confirmedByCourt(desk: Desk): Promise<void> {
  const [a, b] = desk.pair(2);
  const id = await mediated(
    desk,
    45,
    [a, b],
    {
      category: 'family',
      origin: 'initiative',
      subject: '兄弟赡养老母亲费用分担',
      facts: `${a.name}与${b.name}对母亲的赡养费和看病费用分担有争议，母亲向社区反映。`,
    },
    desk.chair,
  );
  await writtenAgreement(
    desk,
    id,
    42,
    {
      terms: `一、${a.name}、${b.name}每人每月各给付母亲赡养费600元，于每月5日前支付；\n二、母亲医疗费用扣除医保报销后由两人各负担一半。`,
      performance: '按月履行，由调解员每季度回访。',
    },
    desk.chair,
  );
  await applyConfirmation(desk.at(30), id, {
    court: '本县人民法院',
    applicantPartyIds: await desk.partyIds(id),
  });
  await recordCourtPapers(desk.at(20), id, {
    acceptedOn: desk.day(29),
    ruling: 'confirmed',
    rulingOn: desk.day(20),
    caseNumber: `（${desk.today.slice(0, 4)}）民特${desk.today.slice(5, 7)}号`,
  });
}

async function referredToTown(desk: Desk): Promise<void> {
  const [a, b] = desk.pair(3);
  const id = await mediated(desk, 20, [a, b], {
    category: 'damages',
    origin: 'application',
    subject: '养殖场污水流入鱼塘致鱼死亡',
    facts: `${b.name}称${a.name}养殖场污水流入其鱼塘，致鱼大量死亡，要求赔偿8000元。`,
  });
  await keepRecord(desk.at(18), id, {
    place: '社区调解室',
    present: `${a.name}、${b.name}、调解员${desk.second.name}`,
    content: `${a.name}只同意赔偿2000元，认为鱼死亡另有原因；双方分歧大，需要专业鉴定。`,
  });
  await terminateMediation(desk.at(16), id, {
    reason: '双方对损失数额和原因分歧较大，需环境和农业部门鉴定',
  });
  const justice = desk.departments.find((d) => d.name.includes('司法所'));
  if (justice)
    await referToTown(desk.at(15), id, {
      departmentId: justice.id,
      note: '请司法所会同农业部门组织调处。',
    });
}

async function oralOnTheSpot(desk: Desk): Promise<void> {
  const [a, b] = desk.pair(4);
  const id = await mediated(desk, 6, [a, b], {
    category: 'neighbour',
    origin: 'initiative',
    subject: '柴草堆放占用公共通道',
    facts: `${a.name}在巷道堆放柴草，${b.name}的电动车无法通行，双方争吵。`,
  });
  await reachAgreement(desk.at(6), id, {
    form: 'oral',
    terms: `${a.name}当天将柴草移至自家院内，巷道保持畅通。`,
    performance: '当场履行',
    mediatorPersonId: desk.second.personId,
  });
  await closeDispute(desk.at(6), id, { outcome: '柴草已当场移走' });
}

async function refusedAndNew(desk: Desk): Promise<void> {
  const [a, b] = desk.pair(5);
  const refused = await registerDispute(
    desk.at(8),
    {
      category: 'contract',
      origin: 'application',
      subject: '房屋租金拖欠',
      facts: `${a.name}称${b.name}租住其房屋拖欠半年租金。`,
      parties: [{ personId: a.id }, { personId: b.id }],
      receivedOn: desk.day(8),
    },
    desk.committee,
  );
  const [first, second] = await desk.partyIds(refused);
  await recordConsent(desk.at(8), refused, { partyId: first!, consent: 'agreed' });
  await recordConsent(desk.at(7), refused, { partyId: second!, consent: 'refused' });
  const [c, d] = desk.pair(6);
  await registerDispute(
    desk.at(1),
    {
      category: 'neighbour',
      origin: 'application',
      subject: '邻居家犬只夜间吠叫扰民',
      facts: `${c.name}反映${d.name}家的狗夜里常叫，影响老人休息。`,
      parties: [{ personId: c.id }, { personId: d.id }],
      receivedOn: desk.day(1),
    },
    desk.committee,
  );
}
