import { toYuanText, formatYuan, type Fen } from '@cunzhi/core/money';
import type { CommandContext } from '../../../platform/command.ts';
import { openMatter } from '../../matters/commands/createMatter.ts';
import { resultsOf, setResultMatter, updateScheme } from '../repository.ts';
import { recordSchemeEvent, schemeForStep, type SchemeActor } from './shared.ts';

/**
 * The county awards the final ranking: each village with a share of the fund gets a
 * public-welfare matter (公益事业的兴办) opened in its own register, with the amount as its
 * budget, through the matters capability's own checks. What the project is stays the village's
 * to decide, by its assembly (or the representatives it authorised), as the law reserves
 * public-welfare projects to it. All villages' matters and the award are one transaction.
 */
export async function awardScheme(who: SchemeActor, schemeId: string): Promise<void> {
  await who.app.db.transaction(async (tx) => {
    const scheme = await schemeForStep(tx, who, schemeId, 'award');
    const on = who.app.clock.today();
    const winners = (await resultsOf(tx, scheme))
      .filter((r) => r.amount > 0 && r.matter_id === null)
      // one order for every award: villages' chains are locked in the same sequence
      .sort((a, b) => a.village_id.localeCompare(b.village_id));
    const matters: Array<{ villageId: string; matterId: string; number: number }> = [];
    for (const r of winners) {
      const inVillage: CommandContext = {
        ...who.app,
        villageId: r.village_id,
        actorAccountId: who.accountId,
        personId: null,
        actor: who.actor,
        locale: who.locale,
      };
      const amount = BigInt(r.amount) as Fen;
      const m = await openMatter(inVillage, tx, {
        title: `${scheme.year}年度“积分换项目”奖励项目（全县第${r.rank}名）`,
        description:
          `${scheme.county_name}${scheme.year}年度信访“积分换项目”考核，本村得${r.total}分，` +
          `列全县第${r.rank}名，奖励项目资金${formatYuan(amount)}，用于实施本村公益事业项目。` +
          '具体项目和实施方案由村民会议（或经授权的村民代表会议）讨论决定。',
        budget: toYuanText(amount),
        category: 'publicWelfareProject',
      });
      await setResultMatter(tx, scheme, r.village_id, m.id);
      matters.push({ villageId: r.village_id, matterId: m.id, number: m.number });
    }
    await updateScheme(tx, scheme, { status: 'awarded', awarded_on: on });
    await recordSchemeEvent(who, tx, scheme, 'countyPoints.awarded', { on, matters });
  });
}
