import { formatChineseDate, parseCalendarDate, type CalendarDate } from '../calendarDate.ts';
import { DomainError, type Locale } from '../errors.ts';
import { citationText, type RuleId } from './citations.ts';
import { DISPUTES_FINDING_MESSAGES } from '../disputes/findings.ts';
import { VILLAGE_RULES_FINDING_MESSAGES } from '../villageRules/findings.ts';
import { POINTS_FINDING_MESSAGES } from '../points/findings.ts';
import { COLLECTIVE_FINDING_MESSAGES } from '../collective/findings.ts';
import { PARTY_DUES_FINDING_MESSAGES } from '../party/dues/findings.ts';
import { PARTY_FINDING_MESSAGES } from '../party/findings.ts';
import { SHARES_FINDING_MESSAGES } from '../collective/shares/findings.ts';
import { COLLECTIVE_MEETINGS_FINDING_MESSAGES } from '../collective/meetings/findings.ts';
import { COLLECTIVE_BOOKS_FINDING_MESSAGES } from '../collective/books/findings.ts';
import { DISTRIBUTION_FINDING_MESSAGES } from '../collective/distribution/findings.ts';

/**
 * What a rule check says: a violation (the step is refused, or the body's
 * composition is unlawful) or a warning (policy not met; shown, not blocking).
 * Messages say why, which rule, and what to do next (UX.md).
 */
export const FINDING_MESSAGES = {
  // composition
  committee_size: {
    zh: '村民委员会应由 {min} 至 {max} 人组成，现有 {count} 人',
    en: "The villagers' committee must have {min}–{max} members; it has {count}",
  },
  committee_women: {
    zh: '村民委员会应当有妇女成员，现有 {count} 名',
    en: "The villagers' committee must include a woman; it has {count}",
  },
  reps_share: {
    zh: '村民代表应占村民代表会议组成人员的五分之四以上：组成人员 {members} 人，村民代表至少 {required} 人，现有 {count} 人',
    en: 'Representatives must be at least 4/5 of the meeting: {members} members need {required} representatives; there are {count}',
  },
  reps_women: {
    zh: '妇女村民代表应占组成人员的三分之一以上：组成人员 {members} 人，至少 {required} 名，现有 {count} 名',
    en: 'Women representatives must be at least 1/3 of the meeting: {members} members need {required}; there are {count}',
  },
  reps_households: {
    zh: '村民代表应按每 {min} 至 {max} 户推选一人：{households} 户、{count} 名代表，约每 {per} 户一人（由各村民小组推选的除外）',
    en: 'One representative per {min}–{max} households: {households} households and {count} representatives is one per {per} (unless chosen by villager groups)',
  },
  committee_kin: {
    zh: '村民委员会成员实行近亲属回避：{name} 与 {relative} 是近亲属，不能同时担任村民委员会成员',
    en: "Committee members' near relatives may not serve together: {name} and {relative} are near relatives",
  },
  supervision_committee_member: {
    zh: '{name} 是村民委员会成员，不得担任村务监督委员会成员',
    en: "{name} sits on the villagers' committee and may not sit on the supervision committee",
  },
  supervision_close_relative: {
    zh: '{name} 是村民委员会成员 {relative} 的近亲属，不得担任村务监督委员会成员',
    en: '{name} is a close relative of committee member {relative} and may not sit on the supervision committee',
  },
  supervision_accounting: {
    zh: '村务监督委员会中应有具备财会、管理知识的人员，现有 {count} 名',
    en: 'The supervision committee needs a member with accounting or management knowledge; it has {count}',
  },
  supervision_term: {
    zh: '村务监督委员会的任期与村民委员会的任期相同：本届监督委员会任期至 {ends}，村民委员会任期至 {committeeEnds}',
    en: "The supervision committee's term equals the villagers' committee's: it runs to {ends}, the committee's to {committeeEnds}",
  },
  supervision_size: {
    zh: '村务监督委员会一般由 {min} 至 {max} 人组成，现有 {count} 人',
    en: 'A supervision committee usually has {min}–{max} members; it has {count}',
  },
  supervision_chair_secretary: {
    zh: '村务监督委员会主任原则上不由村党组织书记兼任',
    en: 'The Party secretary should not chair the supervision committee',
  },
  council_cadre_share: {
    zh: '村民议事会成员中村“两委”成员不宜超过半数：{members} 人中有 {count} 人',
    en: 'Cadres of the two committees should not be more than half of the council: {count} of {members}',
  },
  body_empty: {
    zh: '该机构当前没有在任成员',
    en: 'This body has no serving members',
  },
  // routing
  wrong_body_assembly_only: {
    zh: '“{category}”应当由村民会议讨论决定，村民会议只能授权村民代表会议决定，{body}不能决定',
    en: '"{category}" is decided by the villagers\' assembly, which may authorise only the representatives\' meeting; the {body} cannot decide it',
  },
  wrong_body_not_delegable: {
    zh: '“{category}”只能由村民会议讨论决定，不能授权村民代表会议决定',
    en: '"{category}" is decided by the villagers\' assembly alone and cannot be delegated to the representatives\' meeting',
  },
  workflow_not_for_category: {
    zh: '“{category}”应当按{allowed}办理，不能按“{workflow}”办理',
    en: '"{category}" follows {allowed}, not "{workflow}"',
  },
  wrong_body_reserved: {
    zh: '“{category}”属于须经村民会议讨论决定的事项，{body}无权决定（未经村民会议授权）',
    en: '"{category}" must be decided by the villagers\' assembly; the {body} has no authorisation to decide it',
  },
  collective_matter: {
    zh: '“{category}”涉及集体财产和成员权益，自2026年1月1日起不再由村民会议讨论决定，应由农村集体经济组织成员大会依照《中华人民共和国农村集体经济组织法》决定，{body}不能决定',
    en: "\"{category}\" concerns collective property and members' rights: from 2026-01-01 the collective economic organisation's members' assembly decides it under the Rural Collective Economic Organisations Law, not the {body}",
  },
  wrong_body_tier: {
    zh: '“{category}”应由{expected}决定，不能由{body}决定',
    en: '"{category}" is decided by the {expected}, not the {body}',
  },
  revoke_not_delegable: {
    zh: '村民代表会议不能撤销或变更自己的决定，只有村民会议可以',
    en: "The representatives' meeting cannot revoke its own decisions; only the villagers' assembly can",
  },
  // workflow
  step_out_of_order: {
    zh: '必须先完成“{missing}”，才能进行“{step}”',
    en: 'Complete "{missing}" before "{step}"',
  },
  step_done: {
    zh: '“{step}”已经完成，不能重复',
    en: '"{step}" has already been done',
  },
  step_not_in_workflow: {
    zh: '“{step}”不是该议题所用程序的步骤',
    en: '"{step}" is not a step of this matter\'s procedure',
  },
  step_date_order: {
    zh: '“{step}”的日期 {date} 不能早于上一步骤的日期 {previous}',
    en: 'The date of "{step}" ({date}) cannot be earlier than the previous step ({previous})',
  },
  topic_notice_short: {
    zh: '议题须提前 {days} 天公示：{published} 公示，最早可于 {earliest} 召开协商议事会',
    en: 'The topic must be published {days} days ahead: published {published}, the council may meet from {earliest}',
  },
  posting_short: {
    zh: '公布的期限不得少于 {days} 日：公布至 {endsOn}，最早可公布至 {earliest}',
    en: 'A notice stays posted at least {days} days: it ends {endsOn}, the earliest end is {earliest}',
  },
  step_meeting_kind: {
    zh: '“{step}”须在{expected}上进行，该会议是{actual}',
    en: '"{step}" takes place at a {expected}; this meeting is a {actual}',
  },
  step_motion_failed: {
    zh: '该表决未获通过，不能作为“{step}”',
    en: 'The motion did not pass, so it cannot count as "{step}"',
  },
  party_first_missing: {
    zh: '提交村民会议或村民代表会议决定的重要事项，应当先经村党组织研究讨论',
    en: 'Important matters go to the Party organisation before the assembly or representatives decide',
  },
  resolution_invalid: {
    zh: '作出该决议的会议已被村务监督委员会认定无效（{reason}），决议不能公布执行',
    en: 'The supervision committee found the meeting that made this resolution invalid ({reason}); it cannot be published or carried out',
  },
  resolution_revoked: {
    zh: '该决议已被撤销，不能公布执行',
    en: 'This resolution has been revoked and cannot be published or carried out',
  },
  // meetings
  no_quorum: {
    zh: '未达到法定人数：{basis}，不能表决',
    en: 'No quorum: {basis}; voting cannot start',
  },
  notice_short: {
    zh: '召开{meeting}应当提前 {days} 天通知：{noticeOn} 通知，最早可于 {earliest} 召开',
    en: "A {meeting} needs {days} days' notice: notice given {noticeOn}, the earliest date is {earliest}",
  },
  demand_insufficient: {
    zh: '提议人数不足：需要{basis}，现有 {count} 人，还差 {missing} 人',
    en: 'Not enough proposers: {basis} needed; {count} signed, {missing} more needed',
  },
  convenor_wrong: {
    zh: '{meeting}由{convenor}召集',
    en: 'A {meeting} is convened by the {convenor}',
  },
  agenda_not_reviewed: {
    zh: '会议议程须先交村务监督委员会审定',
    en: 'The agenda must first be reviewed by the supervision committee',
  },
  reps_meeting_overdue: {
    zh: '村民代表会议每季度至少召开 {count} 次：{quarter} 尚未召开',
    en: "The representatives' meeting must meet at least {count} time(s) a quarter: none in {quarter}",
  },
  assembly_overdue: {
    zh: '村民会议每年至少召开 {count} 次：{year}年尚未召开',
    en: "The villagers' assembly must meet at least {count} time(s) a year: none in {year}",
  },
  party_meeting_overdue: {
    zh: '党员大会一般每季度召开 {count} 次：{quarter} 尚未召开',
    en: "The Party members' meeting normally meets {count} time(s) a quarter: none in {quarter}",
  },
  proxy_limit: {
    zh: '每位受委托人最多接受 {max} 人委托，{name} 已受 {count} 人委托',
    en: 'A proxy may hold at most {max} principals; {name} already holds {count}',
  },
  proxy_not_relative: {
    zh: '委托须由本村有选举权的近亲属代为参加',
    en: 'A proxy must be a close relative entitled to vote in the village',
  },
  proxy_late: {
    zh: '委托须在会议 {days} 天前提出',
    en: 'A proxy must be lodged {days} days before the meeting',
  },
  // spending (XWQL-TIER, RVMC-VOUCHER, SEED002-SUPERVISION)
  spending_over_tier: {
    zh: '支出金额 {amount} 超过{provided}的审批权限（{limit}以下），须经{required}',
    en: 'An expense of {amount} is more than {provided} may approve (up to {limit}); it needs {required}',
  },
  spending_resolution_body: {
    zh: '{body}的决议不能作为支出的审批依据，该笔支出须经{required}',
    en: 'A resolution of the {body} cannot authorise spending; this expense needs {required}',
  },
  spending_over_resolution: {
    zh: '支出金额 {amount} 超出决议{resolution}批准的金额：批准 {approved}，已申请 {used}，尚余 {remaining}',
    en: 'An expense of {amount} is more than resolution {resolution} approved: {approved} approved, {used} already requested, {remaining} left',
  },
  spending_seat: {
    zh: '“{act}”须由{seat}签署',
    en: '"{act}" must be signed by {seat}',
  },
  spending_own_request: {
    zh: '经办人不能对自己经办的支出进行“{step}”',
    en: 'The handler may not sign "{step}" of their own request',
  },
  payment_not_approved: {
    zh: '审批环节尚未完成（还差“{missing}”），不能支付',
    en: 'The approval chain is not complete ("{missing}" is missing); it cannot be paid',
  },
  payment_before_signed: {
    zh: '支付日期 {date} 不能早于审批完成的日期 {signed}',
    en: 'The payment date ({date}) cannot be earlier than the approval was completed ({signed})',
  },
  payment_before_release: {
    zh: '支付日期 {date} 不能早于暂停支付解除的日期 {released}',
    en: 'The payment date ({date}) cannot be earlier than the hold was released ({released})',
  },
  payment_on_hold: {
    zh: '村务监督委员会已于 {date} 决定暂停支付，解除前不能支付',
    en: 'The supervision committee decided on {date} to hold this payment; it cannot be paid until the hold is released',
  },
  supervision_no_quorum: {
    zh: '村务监督委员会须{basis}委员到场方可表决：委员 {members} 人，须 {required} 人到场，现有 {present} 人',
    en: 'The supervision committee acts only with {basis} of its members present: {members} members, {required} needed, {present} present',
  },
  supervision_not_carried: {
    zh: '须经{basis}委员同意方可通过：委员 {members} 人，须 {required} 票，同意 {yes} 票',
    en: 'It carries only with {basis} of all members in favour: {members} members, {required} needed, {yes} in favour',
  },
  hold_not_inspected: {
    zh: '解除暂停支付前，须先记录对整改情况的检查验收',
    en: 'Record the inspection of the remedy before releasing the hold',
  },
  hold_release_needs_resolution: {
    zh: '解除暂停支付须依据村民代表会议（或村民会议）就该事项作出的决议，本村规则不允许监督委员会自行表决解除',
    en: "Releasing the hold needs a resolution of the representatives' meeting (or the assembly) on it; here the committee's own vote does not release it",
  },
  proxies_not_allowed: {
    zh: '{meeting}不接受委托出席',
    en: 'Proxies are not accepted at a {meeting}',
  },
  // disclosure (VCOL-30-DISCLOSE, VCOL-30-ENQUIRY, PARTY-DISCLOSE)
  village_affairs_overdue: {
    zh: '村务至少每 {months} 个月公开一次：{startsOn} 至 {endsOn} 未公开',
    en: 'Village affairs are disclosed at least every {months} month(s): nothing was published from {startsOn} to {endsOn}',
  },
  finance_disclosure_overdue: {
    zh: '财务收支至少每 {months} 个月公开一次：{startsOn} 至 {endsOn} 未公开',
    en: 'Income and spending are disclosed at least every {months} month(s): nothing was published from {startsOn} to {endsOn}',
  },
  party_affairs_overdue: {
    zh: '党务至少每 {months} 个月公开一次：{startsOn} 至 {endsOn} 未公开',
    en: 'Party affairs are disclosed at least every {months} month(s): nothing was published from {startsOn} to {endsOn}',
  },
  question_out_of_period: {
    zh: '质询、异议须在公示期内提出：公示期为 {from} 至 {to}，{on} 不在公示期内',
    en: 'Questions and objections are raised within the publicity period, {from} to {to}; {on} is outside it',
  },
  answer_overdue: {
    zh: '{askedOn} 提出的质询（异议）应于 {dueOn} 前答复，至今未答复',
    en: 'The question raised on {askedOn} was due an answer by {dueOn} and has none',
  },
  // responsibility audits (VCOL-35-AUDIT) and the archive (VCOL-34-ARCHIVE)
  departure_audit_missing: {
    zh: '{startsOn} 起一届村民委员会的离任成员（{names}）应当进行离任经济责任审计，并在下一届选举（{electedOn}）之前公布结果，至今没有审计记录',
    en: 'The members who left the committee elected {startsOn} ({names}) need a departure audit published before the next election ({electedOn}); none is recorded',
  },
  departure_audit_unpublished: {
    zh: '{startsOn} 起一届村民委员会的离任经济责任审计结果应当在下一届选举（{electedOn}）之前公布，至今尚未公布',
    en: 'The departure audit of the committee elected {startsOn} was due for publication before the next election ({electedOn}); it is not published',
  },
  departure_audit_late: {
    zh: '{startsOn} 起一届村民委员会的离任经济责任审计结果于 {publishedOn} 公布，晚于下一届选举（{electedOn}）',
    en: 'The departure audit of the committee elected {startsOn} was published on {publishedOn}, after the next election ({electedOn})',
  },
  term_audit_missing: {
    zh: '{startsOn} 至 {endsOn} 一届村民委员会任期已满，没有任期经济责任审计记录',
    en: 'The committee term {startsOn} to {endsOn} has ended with no term audit recorded',
  },
  audit_demand_pending: {
    zh: '{count} 名村民联名要求审计“{subject}”，已达五分之一以上，尚未安排审计',
    en: '{count} villagers demanded an audit of "{subject}", at least one fifth; no audit is arranged yet',
  },
  minutes_not_filed: {
    zh: '{meetingOn} 召开的“{title}”散会已超过 {days} 天，会议记录尚未归档',
    en: 'The meeting "{title}" of {meetingOn} closed more than {days} days ago and its minutes are not filed',
  },
  finance_year_not_closed: {
    zh: '{year}年度集体财务账目应于 {deadline} 前结账归档，尚有 {months} 个月未结账',
    en: 'The books of {year} were due closed and filed by {deadline}; {months} month(s) are still open',
  },
  election_files_not_filed: {
    zh: '{startsOn} 选出的村民委员会已超过 {days} 天，选举文件和选票尚未归档',
    en: 'The committee elected {startsOn} took office more than {days} days ago and its election files and ballots are not filed',
  },
  // elections and recall (core/src/elections); a param {x} may carry xEn for the English text
  election_days_before: {
    zh: '“{step}”应当在选举日的 {days} 日前进行：选举日为 {pollingOn}，最迟 {latest}，现为 {on}',
    en: '"{step}" must happen at least {days} days before polling day ({pollingOn}): by {latest} at the latest, not {on}',
  },
  election_period_over: {
    zh: '“{step}”应当自 {from} 起 {days} 日内进行（至 {deadline}），现为 {on}，已超过期限',
    en: '"{step}" is due within {days} days of {from} (by {deadline}); {on} is past it',
  },
  election_step_order: {
    zh: '必须先完成“{missing}”，才能进行“{step}”',
    en: 'Complete "{missing}" before "{step}"',
  },
  election_step_date: {
    zh: '“{step}”的日期 {on} 不能早于上一步骤“{previous}”的日期 {previousOn}',
    en: 'The date of "{step}" ({on}) cannot be earlier than "{previous}" ({previousOn})',
  },
  election_wrong_day: {
    zh: '“{step}”应当在公布的投票日 {pollingOn} 进行，现为 {on}',
    en: '"{step}" takes place on the announced polling day, {pollingOn}, not {on}',
  },
  election_closed: {
    zh: '该选举已经{stage}，不能再进行“{step}”',
    en: 'This election is {stage}; "{step}" can no longer be done',
  },
  election_round_mismatch: {
    zh: '本轮计票的职位、应选名额或候选人与选举进程不符：本轮应为“{expected}”',
    en: 'This count’s posts, seats or candidates do not match the election: this round is "{expected}"',
  },
  ec_too_small: {
    zh: '村民选举委员会成员不少于 {min} 人，现有 {count} 人',
    en: 'The election committee needs at least {min} members; it has {count}',
  },
  ec_even: {
    zh: '村民选举委员会成员人数以奇数为宜，现有 {count} 人',
    en: 'An odd number of election committee members is preferred; it has {count}',
  },
  ec_kin: {
    zh: '{name} 与 {relative} 是近亲属，不宜同时担任村民选举委员会成员',
    en: '{name} and {relative} are near relatives and should not both sit on the election committee',
  },
  ec_withdraw_nominated: {
    zh: '村民选举委员会成员 {name} 被提名为候选人，应当退出村民选举委员会',
    en: 'Election committee member {name} is nominated and must leave the election committee',
  },
  ec_withdraw_relative: {
    zh: '村民选举委员会成员 {name} 的近亲属 {relative} 被提名为候选人，{name} 应当退出村民选举委员会',
    en: 'A near relative of election committee member {name}, {relative}, is nominated; {name} must leave the election committee',
  },
  ec_ended: {
    zh: '村民选举委员会的职责已于 {on} 工作移交完成时终止',
    en: "The election committee's work ended with the handover on {on}",
  },
  voter_under_age: {
    zh: '{name} 到选举日 {pollingOn} 未满 {age} 周岁，不能登记参加选举',
    en: '{name} is not {age} by polling day ({pollingOn}) and cannot be registered',
  },
  voter_deprived: {
    zh: '{name} 被依法剥夺政治权利，不能登记参加选举',
    en: '{name} is deprived of political rights and cannot be registered',
  },
  voter_class2_undeclared: {
    zh: '{name} 户籍在本村、不在本村居住，须本人表示参加选举方可登记',
    en: '{name} is registered here but lives elsewhere: registered only on declaring to take part',
  },
  voter_class3_years: {
    zh: '{name} 户籍不在本村，须在本村居住一年以上方可申请登记（自 {since} 起算，到 {on} 不满 {years} 年）',
    en: '{name} has no hukou here and must have lived here {years} year(s) to apply (since {since}; not yet on {on})',
  },
  voter_class3_years_or_work: {
    zh: '{name} 户籍不在本村，须在本村居住或者从事村务工作一年以上方可申请登记（自 {since} 起算，到 {on} 不满 {years} 年）',
    en: '{name} has no hukou here and must have lived or done village-affairs work here {years} year(s) to apply (since {since}; not yet on {on})',
  },
  voter_class3_unapproved: {
    zh: '{name} 户籍不在本村，须本人申请并经村民会议或者村民代表会议同意方可登记',
    en: "{name} has no hukou here: registered only on application and with the assembly's or representatives' consent",
  },
  voter_registered_elsewhere: {
    zh: '{name} 已在 {village} 登记参加选举，不得再参加本村的选举',
    en: '{name} is already registered to vote in {village} and cannot vote here too',
  },
  voter_not_registered: {
    zh: '{name} 不是本次选举登记的选民',
    en: '{name} is not on the voter roll of this election',
  },
  candidate_party_expelled: {
    zh: '{name} 被开除中国共产党党籍，不得作为候选人',
    en: '{name} was expelled from the Communist Party of China and may not stand',
  },
  candidate_criminal: {
    zh: '{name} 因犯罪受过刑事处罚，不得作为候选人',
    en: '{name} has been criminally punished and may not stand',
  },
  candidate_clan_gang: {
    zh: '{name} 利用宗族或者黑恶势力从事非法活动，不得作为候选人',
    en: '{name} used clan or gang forces in illegal activity and may not stand',
  },
  candidate_illegal_religion: {
    zh: '{name} 组织或者参加非法宗教活动或者邪教活动，不得作为候选人',
    en: '{name} organised or joined illegal religious or cult activity and may not stand',
  },
  surplus_short: {
    zh: '“{post}”应选 {seats} 名，候选人应当多于应选名额，至少 {min} 名，现有 {count} 名',
    en: '"{post}" elects {seats}: candidates must be more than the seats, at least {min}; there are {count}',
  },
  surplus_over: {
    zh: '“{post}”应选 {seats} 名，候选人最多 {max} 名，现有 {count} 名',
    en: '"{post}" elects {seats}: at most {max} candidates; there are {count}',
  },
  candidate_list_tie: {
    zh: '“{post}”按得票多少确定候选人时，第 {place} 位有 {count} 人得票相同（{votes} 票），须再次推荐或依选举办法确定',
    en: '"{post}": {count} nominees tie at place {place} ({votes} votes); nominate again or decide as the election rules say',
  },
  nomination_over_seats: {
    zh: '该推荐票“{post}”推荐 {count} 人，多于应选名额 {seats} 名，该职位推荐无效',
    en: 'This nomination sheet names {count} for "{post}", more than its {seats} seat(s): void for that post',
  },
  nomination_two_posts: {
    zh: '该推荐票把 {name} 同时推荐为两个职位的候选人，这两个职位的推荐无效',
    en: 'This nomination sheet names {name} for two posts: void for both',
  },
  nomination_by_proxy: {
    zh: '推荐候选人不得委托他人代为推荐',
    en: 'Nomination cannot be made by proxy',
  },
  nomination_turnout: {
    zh: '推荐候选人须有过半数选民参加：登记选民 {registered} 人，至少 {required} 人，参加 {count} 人',
    en: 'The nomination needs more than half of the voters: {registered} registered, {required} needed, {count} took part',
  },
  self_nomination_two_posts: {
    zh: '{name} 只能自荐一个职位',
    en: '{name} may put themself forward for one post only',
  },
  withdrawal_not_written: {
    zh: '候选人 {name} 退出须书面提出',
    en: 'Candidate {name} must withdraw in writing',
  },
  teller_candidate: {
    zh: '候选人 {name} 不得担任{role}',
    en: 'Candidate {name} may not serve as {role}',
  },
  teller_relative: {
    zh: '{name} 是候选人 {candidate} 的{relation}，不得担任{role}',
    en: '{name} is the {relation} of candidate {candidate} and may not serve as {role}',
  },
  mobile_box_unapproved: {
    zh: '设立流动票箱须经乡镇人民政府同意',
    en: 'A mobile ballot box needs the township government’s approval',
  },
  mobile_box_unpublished: {
    zh: '流动票箱的投票选民名单和监票人应当事先公布',
    en: 'The voters and scrutineers of a mobile ballot box must be published beforehand',
  },
  mobile_box_scrutineers: {
    zh: '每个流动票箱应当有 {min} 名以上监票人，现有 {count} 名',
    en: 'Each mobile ballot box needs at least {min} scrutineers; it has {count}',
  },
  secret_booth_missing: {
    zh: '投票场所应当设立秘密写票处，尚未记录设立秘密写票处，不能开始投票',
    en: 'Polling needs a secret writing booth, and none is recorded; polling cannot open',
  },
  proxy_not_written: {
    zh: '委托投票须书面委托',
    en: 'A proxy vote must be given in writing',
  },
  election_proxy_relative: {
    zh: '受委托人须是委托人本村有选举权的近亲属（配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女）',
    en: 'The proxy must be a near relative of the voter entitled to vote in the village (spouse, parent, child, sibling, grandparent or grandchild)',
  },
  proxy_holder_candidate: {
    zh: '候选人 {name} 不得接受委托投票',
    en: 'Candidate {name} may not hold a proxy',
  },
  proxy_holder_principal: {
    zh: '{name} 本人已委托他人投票，不能再接受委托（不得转委托）',
    en: '{name} has given their own vote by proxy and cannot hold one (no sub-delegation)',
  },
  proxy_unapproved: {
    zh: '委托未经村民选举委员会审核并公告，无效',
    en: 'A proxy not reviewed and published by the election committee is void',
  },
  polling_before_departure_audit: {
    zh: '离任经济责任审计结果应当在下一届村民委员会选举之前公布，尚未公布，不能开始投票',
    en: 'The departure audit must be published before the next committee election; it is not, so polling cannot open',
  },
  objections_pending: {
    zh: '尚有 {count} 件对选民名单的申诉未作出处理决定，不能开始投票',
    en: '{count} objection(s) to the voter roll await a decision; polling cannot open',
  },
  election_turnout: {
    zh: '参加投票 {voted} 人，未超过登记选民 {registered} 人的半数（至少 {required} 人），选举无效',
    en: '{voted} voted, not more than half of the {registered} registered ({required} needed): the election is void',
  },
  ballots_exceed_voters: {
    zh: '收回选票 {cast} 张，多于参加投票的 {voted} 人，本次投票无效',
    en: '{cast} ballots came back but only {voted} voted: this vote is void',
  },
  result_invalid: {
    zh: '本次选举无效，不能确认选举结果，应当重新选举',
    en: 'This election is void; its result cannot be certified and it must be held again',
  },
  result_tie_pending: {
    zh: '“{post}”有 {count} 人得票相同、不能确定当选人，须先就他们重新投票',
    en: '"{post}": {count} candidates tie and no winner can be decided; re-vote among them first',
  },
  women_seat_vacant: {
    zh: '当选的村民委员会成员中没有妇女，得票的妇女只有 {count} 人，不能在妇女中差额另行选举（候选人的名额应当多于应选名额）；为妇女成员留出的名额暂缺，应当通过补选产生妇女成员',
    en: 'No woman is among those elected and only {count} women drew a vote, too few for a runoff among women with more candidates than the seat; the seat kept for a woman stays vacant until a by-election seats one',
  },
  byelection_women_short: {
    zh: '村民委员会成员中应当有妇女成员，现无妇女成员，本次补选应当产生妇女成员；补选也应当差额（候选人的名额应当多于应选名额）：“{post}”的候选人中应有妇女至少 {min} 名，现有 {count} 名',
    en: 'The villagers’ committee must have a woman member and has none, so this by-election must elect one; like any list it has more candidates than seats: "{post}" needs at least {min} women among its candidates; there are {count}',
  },
  byelection_women_seat_vacant: {
    zh: '本次补选没有妇女当选；村民委员会成员中应当有妇女成员，为妇女成员留出的名额不由男性担任，继续暂缺，应当再次补选产生妇女成员',
    en: 'No woman was elected in this by-election; the committee must have a woman member, so the seat kept for her is not given to a man: it stays vacant until another by-election elects a woman',
  },
  women_none_elected: {
    zh: '当选的村民委员会成员中没有妇女，须先依本省规定产生妇女成员，才能确认选举结果',
    en: 'No woman is among those elected to the committee; seat one as the province provides before certifying',
  },
  recall_insufficient: {
    zh: '联名人数不足：须本村{votersBasis}有选举权的村民（{voters} 人中至少 {votersRequired} 人，现有 {signers} 人）或者{repsBasis}的村民代表（{reps} 人中至少 {repsRequired} 人，现有 {repSigners} 人）联名',
    en: 'Not enough signatures: {votersBasis} of the voters ({votersRequired} of {voters}; {signers} signed) or {repsBasis} of the representatives ({repsRequired} of {reps}; {repSigners} signed) must sign',
  },
  recall_no_reasons: {
    zh: '提出罢免要求应当说明要求罢免的理由',
    en: 'A recall request must state its reasons',
  },
  recall_no_reply: {
    zh: '被提出罢免的成员有权提出申辩意见，须先给予申辩机会，才能投票',
    en: 'The member facing recall has the right to reply; give that chance before the vote',
  },
  recall_township_duty: {
    zh: '罢免要求于 {receivedOn} 收到，应当在 {voteBy} 前投票而未投票，由乡镇人民政府在 {townshipBy} 前组织罢免投票',
    en: 'The recall request received {receivedOn} was due a vote by {voteBy}; the township must organise it by {townshipBy}',
  },
  byelection_turnout: {
    zh: '补选须有{basis}参加投票：{members} 人中至少 {required} 人，现有 {voting} 人',
    en: 'A by-election needs {basis} of the members voting: {required} of {members}; {voting} voted',
  },
  appointment_void: {
    zh: '村民委员会成员由村民直接选举产生，任何组织或者个人不得指定、委派或者撤换',
    en: 'Committee members are elected directly by villagers; no organisation or person may appoint, assign or remove them',
  },
  win_void_fraud: {
    zh: '{name} 以{means}等不正当手段当选，当选无效',
    en: 'The election of {name} is void: won by improper means ({means})',
  },
  office_ended_sentence: {
    zh: '{name} 于 {on} 被判处刑罚，其职务自行终止',
    en: '{name} was sentenced on {on}; the office ends by law',
  },
  office_ended_incapacity: {
    zh: '{name} 于 {on} 丧失行为能力，其职务自行终止',
    en: '{name} lost legal capacity on {on}; the office ends by law',
  },
  ...DISPUTES_FINDING_MESSAGES,
  ...VILLAGE_RULES_FINDING_MESSAGES,
  ...POINTS_FINDING_MESSAGES,
  ...COLLECTIVE_FINDING_MESSAGES,
  ...PARTY_DUES_FINDING_MESSAGES,
  ...PARTY_FINDING_MESSAGES,
  ...SHARES_FINDING_MESSAGES,
  ...COLLECTIVE_MEETINGS_FINDING_MESSAGES,
  ...COLLECTIVE_BOOKS_FINDING_MESSAGES,
  ...DISTRIBUTION_FINDING_MESSAGES,
} as const satisfies Record<string, { zh: string; en: string }>;

export type FindingCode = keyof typeof FINDING_MESSAGES;

/** A rule's judgement of an act; `on` is the act's date, which decides the text of the law cited. */
export interface Finding {
  on: CalendarDate;
  ruleId: RuleId;
  code: FindingCode;
  severity: 'violation' | 'warning';
  params: Record<string, string | number>;
}

export function finding(
  on: CalendarDate,
  ruleId: RuleId,
  code: FindingCode,
  params: Record<string, string | number> = {},
  severity: Finding['severity'] = 'violation',
): Finding {
  return { on, ruleId, code, severity, params };
}

export function findingMessage(f: Finding, locale: Locale): string {
  const entry = FINDING_MESSAGES[f.code];
  const template = locale === 'en' ? entry.en : entry.zh;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    // a name given in both languages: {step} reads params.stepEn in English
    const value = (locale === 'en' ? f.params[`${key}En`] : undefined) ?? f.params[key];
    if (value === undefined) return `{${key}}`;
    // dates read 2026年11月21日 in Chinese text (UX.md), ISO in English
    const date = typeof value === 'string' && locale !== 'en' ? parseCalendarDate(value) : null;
    return date ? formatChineseDate(date) : String(value);
  });
}

/** Message plus the rule that decided it, in the text of the law of the act's date: "…（VCOL-26-QUORUM，《中华人民共和国村民委员会组织法》第三十条第二款）". */
export function findingWithCitation(
  f: Finding,
  locale: Locale,
  /** how the village words it (a community's 居民…); the cited law keeps its own title */
  wording: (message: string) => string = (message) => message,
): string {
  const cite = citationText(f.ruleId, locale, f.on);
  const message = wording(findingMessage(f, locale));
  return locale === 'en' ? `${message} (${cite})` : `${message}（${cite}）`;
}

/** A step refused by a rule: the server answers 422 with the rule id and article. */
export class RuleRefusal extends DomainError {
  constructor(readonly finding: Finding) {
    super('rule_refused', { ruleId: finding.ruleId });
    this.name = 'RuleRefusal';
    this.message = findingWithCitation(finding, 'en');
  }
}

/** Throws the first violation, if any. */
export function refuseOnViolation(findings: readonly Finding[]): void {
  const v = findings.find((f) => f.severity === 'violation');
  if (v) throw new RuleRefusal(v);
}
