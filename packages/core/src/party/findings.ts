/** What the village Party organisation's rules say (PARTY-BRANCH, PARTY-COMMITTEE, PARTY-3H1K). */
export const PARTY_FINDING_MESSAGES = {
  party_branch_too_few: {
    zh: '有正式党员 {min} 人以上方可成立党支部，现有正式党员 {count} 人，应与邻近村联合成立党支部',
    en: 'A branch needs at least {min} formal members; with {count} it joins a neighbouring village in a joint branch',
  },
  party_organisation_missing: {
    zh: '有正式党员 {count} 人，尚未登记村党组织：正式党员 {min} 人以上的应当成立党支部，不足的与邻近村联合成立党支部',
    en: '{count} formal members and no Party organisation recorded: {min} or more form a branch, fewer join a neighbouring village',
  },
  party_joint_branch_enough: {
    zh: '正式党员已有 {count} 人（{min} 人以上），应当单独成立党支部',
    en: 'With {count} formal members (at least {min}) the village should form its own branch',
  },
  party_general_branch_small: {
    zh: '党员人数超过 {above} 人的村可以成立党总支，现有正式党员 {count} 人，须确因工作需要',
    en: 'A general branch is for more than {above} members; with {count} it must be needed for the work',
  },
  party_committee_too_few: {
    zh: '党员 {min} 人以上的村方可成立村党委，现有正式党员 {count} 人',
    en: 'A village Party committee needs at least {min} members; there are {count} formal members',
  },
  party_committee_unapproved: {
    zh: '成立村党委须经县级地方党委批准，请填写批准文号',
    en: "A village Party committee needs the county Party committee's approval: give its reference",
  },
  party_committee_missing: {
    zh: '正式党员 {from} 人以上的党支部应当设立支部委员会，现有正式党员 {count} 人，尚无支部委员',
    en: 'A branch with at least {from} formal members elects a branch committee; it has {count} and no committee',
  },
  party_committee_size: {
    zh: '党支部委员会由 {min} 至 {max} 人组成（一般三至五人），现有 {count} 人',
    en: 'A branch committee has {min}–{max} members (usually 3–5); it has {count}',
  },
  party_3h1k_overdue: {
    zh: '{unit}：{meeting}应{cadence}召开 {count} 次，{period} 未召开',
    en: '{unit}: the {meeting} is due {cadence}, {count} time(s); none in {period}',
  },
  party_3h1k_due: {
    zh: '{unit}：{meeting}本{periodWord}尚未召开（{period}）',
    en: '{unit}: the {meeting} is not yet held this {periodWord} ({period})',
  },
  party_committee_meeting_short: {
    zh: '{unit}：{on} 的支部委员会会议到会 {present} 人，未达委员 {seats} 人的半数以上（{required} 人），不计入',
    en: '{unit}: the committee meeting of {on} had {present} of {seats} members, short of half ({required}); it does not count',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
