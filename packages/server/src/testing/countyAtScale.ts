/**
 * A county at the scale issue 16 names (300 villages, 500,000 persons, 10 million point events,
 * five years of records), written set-based in SQL — `generate_series` and `INSERT … SELECT`,
 * no row passes through Node — so that it takes minutes, not hours. It bypasses the commands on
 * purpose (no audit events, no notices): it is the bench's and the distribution check's load,
 * never a village's data. Every row keeps the schema's constraints; choices that look random are
 * hashes of the row's ordinal (`hashint8`), so the same plan gives the same county.
 *
 * What it writes, per village: 8 villager groups, households of about 3.3 persons, persons
 * with their relation to the head, residence and Party membership; one staff account (the
 * cadre who entered the paper records); a points scheme of 10 items, an account per household
 * and the ledger's lines over the years, imported from the paper 积分台账; complaints to the
 * supervision committee, petitions (信访), service requests at the 便民服务站, and the Party
 * branch's 三会一课, each over the years and some still open, some past their day; the
 * villagers' committee with its term and five members.
 */
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database, Tx } from '../platform/db/database.ts';

export interface CountyScale {
  villages: number;
  persons: number;
  pointEvents: number;
  years: number;
  /** Villages a town, as in seed 001's 北辰 (about 20). */
  villagesPerTown: number;
  /** Whether the ledger's lines are checked row by row against their keys (slow at scale). */
  checkForeignKeys: boolean;
}

export const ISSUE_16_SCALE: CountyScale = {
  villages: 300,
  persons: 500_000,
  pointEvents: 10_000_000,
  years: 5,
  villagesPerTown: 20,
  checkForeignKeys: false,
};

/** The county official's account (no password: the bench loads the actor, nobody signs in). */
export const COUNTY_OFFICIAL_PHONE = '19800000000';

export interface GeneratedCounty {
  countyId: string;
  rows: Record<string, number>;
  seconds: Record<string, number>;
}

/** A pseudo-random integer in [0, n) from an ordinal and a salt: same plan, same county. */
const pick = (ordinal: string, salt: number, n: number) =>
  `((hashint8((${ordinal})::bigint * 7919 + ${salt}) & 2147483647) % ${n})`;

// prettier-ignore
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
// prettier-ignore
const GIVEN = ['建国', '秀英', '桂兰', '志强', '玉兰', '海燕', '德明', '淑珍', '国华', '丽娟', '春生', '红梅', '永福', '小军', '文静', '子涵', '浩然', '欣怡', '宇轩', '雨桐'];
// prettier-ignore
const STEMS = ['红星', '桂花', '双河', '白鹤', '青龙', '柳湾', '高店', '和平', '新民', '金龙', '石堰', '观音', '大田', '茶园', '松林', '响水', '凉水', '土门', '永兴', '团结'];
// prettier-ignore
const ITEMS: [string, number][] = [['参加义务劳动', 5], ['环境卫生评比优秀', 10], ['孝老爱亲', 10], ['志愿服务', 5], ['参加村民会议', 2], ['移风易俗', 8], ['见义勇为', 30], ['庭院整洁', 3], ['乱堆乱放', -5], ['违规焚烧秸秆', -10]];

const arr = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;

/** Writes the county into a migrated database, one transaction, statement by statement. */
export async function generateCountyAtScale(
  db: Database,
  scale: CountyScale,
  today: CalendarDate,
  progress: (line: string) => void = () => {},
): Promise<GeneratedCounty> {
  const rows: Record<string, number> = {};
  const seconds: Record<string, number> = {};
  const countyId = await db.transaction(async (tx) => {
    const step = async (name: string, sql: string, params: unknown[] = []) => {
      const started = performance.now();
      const r = await tx.query<{ n: number }>(
        `WITH w AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM w`,
        params,
      );
      rows[name] = (rows[name] ?? 0) + r[0]!.n;
      seconds[name] = (seconds[name] ?? 0) + (performance.now() - started) / 1000;
      progress(`  ${name}: ${rows[name].toLocaleString('en')} rows, ${seconds[name].toFixed(1)} s`);
    };
    const id = await writeRegistry(tx, scale, today, step);
    await writePoints(tx, scale, today, step);
    await writeRecords(tx, scale, today, step);
    return id;
  });
  // fresh planner statistics, as autovacuum would gather on a running server
  await db.query('ANALYZE');
  return { countyId, rows, seconds };
}

type Step = (name: string, sql: string, params?: unknown[]) => Promise<void>;

/** The county, its towns and villages, groups, households and persons; one cadre per village. */
async function writeRegistry(
  tx: Tx,
  scale: CountyScale,
  today: CalendarDate,
  step: Step,
): Promise<string> {
  const towns = Math.ceil(scale.villages / scale.villagesPerTown);
  const [county] = await tx.query<{ id: string }>(
    `INSERT INTO county (id, name, code) VALUES (gen_random_uuid(), '规模县', '510199') RETURNING id`,
  );
  await step(
    'town',
    `INSERT INTO town (id, county_id, name, code)
     SELECT gen_random_uuid(), $1, '第' || t || '镇', '510199' || lpad(t::text, 3, '0')
       FROM generate_series(1, $2) t`,
    [county!.id, towns],
  );
  await step(
    'village',
    `INSERT INTO village (id, town_id, name, kind, code, area_code)
     SELECT gen_random_uuid(), t.id, (${arr(STEMS)})[1 + v % 20] || (v / 20 + 1) || '村', 'village',
            '510199' || lpad(v::text, 6, '0'), '510199'
       FROM generate_series(0, $1 - 1) v JOIN town t ON t.code = '510199' || lpad((1 + v % $2)::text, 3, '0')`,
    [scale.villages, towns],
  );
  // the villages by ordinal, and each person's place: a new household starts at about 3 in 10
  await tx.query(
    `CREATE TEMP TABLE gen_village ON COMMIT DROP AS
       SELECT (substr(code, 7))::int AS v, id FROM village WHERE code LIKE '510199%' AND length(code) = 12`,
  );
  await tx.query(
    `CREATE TEMP TABLE gen_person ON COMMIT DROP AS
       SELECT p, v, sum(1 - slot) OVER (PARTITION BY v ORDER BY p) AS hh
         FROM (SELECT p, v, CASE WHEN p = min(p) OVER (PARTITION BY v) OR ${pick('p', 1, 10)} < 3 THEN 0 ELSE 1 END AS slot
                 FROM (SELECT p, (p * $2::bigint / $1)::int AS v FROM generate_series(0, $1 - 1) p) o) s`,
    [scale.persons, scale.villages],
  );
  await tx.query(
    `CREATE TEMP TABLE gen_household ON COMMIT DROP AS
       SELECT v, hh, gen_random_uuid() AS id, min(p) AS first FROM gen_person GROUP BY v, hh`,
  );
  await tx.query('CREATE INDEX ON gen_household (v, hh)');
  await tx.query('ANALYZE gen_village, gen_household');
  await tx.query(
    `CREATE TEMP TABLE gen_size ON COMMIT DROP AS SELECT v, count(*)::int AS households FROM gen_household GROUP BY v`,
  );
  await step(
    'villager_group',
    `INSERT INTO villager_group (village_id, id, number, name)
     SELECT g.id, gen_random_uuid(), n, '第' || n || '村民小组' FROM gen_village g, generate_series(1, 8) n`,
  );
  await step(
    'household',
    `INSERT INTO household (village_id, id, number, villager_group_id, address)
     SELECT g.id, h.id, lpad(h.hh::text, 4, '0'), vg.id, vg.name || h.hh || '号'
       FROM gen_household h JOIN gen_village g ON g.v = h.v
       JOIN villager_group vg ON vg.village_id = g.id AND vg.number = 1 + h.hh % 8`,
  );
  await step(
    'person',
    `INSERT INTO person (village_id, id, household_id, name, gender, birth_date, phone, relation_to_head,
                         residence_status, residence_since, party_member, party_joined_on)
     SELECT g.id, gen_random_uuid(), h.id,
            (${arr(SURNAMES)})[1 + ${pick('h.first', 2, 20)}] || (${arr(GIVEN)})[1 + ${pick('p.p', 3, 20)}],
            CASE WHEN ${pick('p.p', 4, 2)} = 0 THEN 'male' ELSE 'female' END,
            $1::date - (CASE WHEN p.p = h.first THEN 12000 + ${pick('p.p', 5, 18000)} ELSE ${pick('p.p', 5, 30000)} END),
            CASE WHEN ${pick('p.p', 6, 10)} < 7 THEN '13' || lpad(${pick('p.p', 7, 1000000000)}::text, 9, '0') END,
            CASE WHEN p.p = h.first THEN 'head' WHEN p.p = h.first + 1 THEN 'spouse'
                 WHEN ${pick('p.p', 8, 10)} < 8 THEN 'child' ELSE 'parent' END,
            CASE ${pick('h.first', 9, 100)} WHEN 0 THEN 'movedIn' WHEN 1 THEN 'movedIn' WHEN 2 THEN 'movedIn'
                 ELSE CASE WHEN ${pick('p.p', 10, 100)} < 15 THEN 'migrantOut' ELSE 'resident' END END,
            CASE WHEN ${pick('h.first', 9, 100)} < 3 THEN $1::date - ${pick('h.first', 11, 3650)} END,
            ${pick('p.p', 12, 100)} < 6,
            CASE WHEN ${pick('p.p', 12, 100)} < 6 THEN $1::date - 365 - ${pick('p.p', 13, 7000)} END
       FROM gen_person p JOIN gen_household h ON h.v = p.v AND h.hh = p.hh JOIN gen_village g ON g.v = p.v`,
    [today],
  );
  await step(
    'account',
    `INSERT INTO account (id, kind, phone, display_name, password_hash, village_id)
     SELECT gen_random_uuid(), 'staff', '199' || lpad(g.v::text, 8, '0'), '录入员' || g.v, '!', g.id
       FROM gen_village g`,
  );
  // the county's official who reads the dashboard (the bench signs nobody in: it loads the actor)
  await tx.query(
    `INSERT INTO account (id, kind, phone, display_name, password_hash)
     VALUES (gen_random_uuid(), 'staff', '${COUNTY_OFFICIAL_PHONE}', '县民政局干部', '!')`,
  );
  await step(
    'staff_scope',
    `INSERT INTO staff_scope (account_id, level, scope_id, title)
     SELECT id, 'county', $1, '县民政局' FROM account WHERE phone = '${COUNTY_OFFICIAL_PHONE}'`,
    [county!.id],
  );
  // each household's head, for who complained, petitioned, asked or hosted
  await tx.query(
    `CREATE TEMP TABLE gen_head ON COMMIT DROP AS
       SELECT h.v, h.hh, p.id, p.name FROM gen_household h JOIN gen_village g ON g.v = h.v
         JOIN person p ON p.village_id = g.id AND p.household_id = h.id AND p.relation_to_head = 'head'`,
  );
  await tx.query('CREATE INDEX ON gen_head (v, hh)');
  await tx.query('ANALYZE gen_village, gen_household, gen_size, gen_head');
  return county!.id;
}

/** Each village's scheme and items, an account per household, and the ledger's lines. */
async function writePoints(tx: Tx, scale: CountyScale, today: CalendarDate, step: Step) {
  await step(
    'points_scheme',
    `INSERT INTO points_scheme (village_id, id, version, title, part_of_village_rules, person_rolls_into_household,
                                publicity_days, publicity_unit, reviewer_body_kind, contest_body_kind, drafted_by, drafted_on)
     SELECT g.id, gen_random_uuid(), 1, '村民积分制管理办法', false, true, 7, 'calendar',
            'villageAffairsSupervisionCommittee', 'villagersCommittee', a.id, $1::date - 365 * $2
       FROM gen_village g JOIN account a ON a.village_id = g.id`,
    [today, scale.years],
  );
  await step(
    'points_item',
    `INSERT INTO points_item (village_id, id, scheme_id, position, name, points, evidence_required, beneficiary)
     SELECT s.village_id, gen_random_uuid(), s.id, i.n, i.name, i.points, i.points > 10, 'household'
       FROM points_scheme s JOIN gen_village g ON g.id = s.village_id,
            unnest(${arr(ITEMS.map(([n]) => n))}, ARRAY[${ITEMS.map(([, p]) => p).join(',')}]) WITH ORDINALITY i(name, points, n)`,
  );
  await step(
    'points_account',
    `INSERT INTO points_account (village_id, household_id, opened_at)
     SELECT g.id, h.id, ($1::date - 365 * $2)::timestamptz FROM gen_household h JOIN gen_village g ON g.v = h.v`,
    [today, scale.years],
  );
  // the ledger is consistent by construction (the test writes a small county with every check
  // on): at ten million lines the per-row foreign-key triggers would take most of an hour
  if (!scale.checkForeignKeys) await tx.query(`SET LOCAL session_replication_role = replica`);
  await tx.query(
    `CREATE TEMP TABLE gen_item ON COMMIT DROP AS
       SELECT g.v, i.position, i.id, i.scheme_id, i.points FROM points_item i JOIN gen_village g ON g.id = i.village_id`,
  );
  await tx.query('ANALYZE gen_item');
  // in slices of a million lines, so no one statement holds the whole ledger in memory
  const slice = 1_000_000;
  for (let from = 0; from < scale.pointEvents; from += slice) {
    const to = Math.min(scale.pointEvents, from + slice) - 1;
    await step(
      'points_entry',
      `INSERT INTO points_entry (village_id, id, household_id, points, kind, effective_on, item_id, scheme_id,
                                 source_kind, source_id, note, recorded_by, recorded_at)
       SELECT g.id, gen_random_uuid(), h.id, it.points, 'imported', e.on_day, it.id, it.scheme_id,
              'paperLedger', g.v || '-' || extract(year FROM e.on_day), '纸质积分台账录入', a.id, e.on_day::timestamptz
         FROM (SELECT i, (i % $2)::int AS v, $1::date - ${pick('i', 20, 365 * scale.years)} AS on_day,
                      1 + CASE WHEN ${pick('i', 21, 100)} < 92 THEN ${pick('i', 22, 8)} ELSE 8 + ${pick('i', 23, 2)} END AS position
                 FROM generate_series($3::bigint, $4::bigint) i) e
         JOIN gen_village g ON g.v = e.v JOIN gen_size s ON s.v = e.v
         JOIN gen_household h ON h.v = e.v AND h.hh = 1 + ${pick('e.i', 24, 1_000_000)} % s.households
         JOIN gen_item it ON it.v = e.v AND it.position = e.position
         JOIN account a ON a.village_id = g.id`,
      [today, scale.villages, from, to],
    );
  }
  await tx.query(`SET LOCAL session_replication_role = origin`);
}

/** Five years of complaints, petitions, service requests and Party meetings; the committee's term. */
async function writeRecords(tx: Tx, scale: CountyScale, today: CalendarDate, step: Step) {
  const days = 365 * scale.years;
  // a person of the village: the head of a household picked by the record's ordinal
  const head = (v: string, ordinal: string, salt: number) =>
    `(SELECT id FROM gen_head
       WHERE v = ${v} AND hh = 1 + ${pick(ordinal, salt, 1_000_000)} % (SELECT households FROM gen_size WHERE v = ${v}))`;
  // 12 complaints a village a year; the last month's still open, a few of them past their 15 days
  await step(
    'complaint',
    `INSERT INTO complaint (village_id, id, number, channel, anonymous, complainant_person_id, subject, body,
                            class, handler, status, received_on, due_on, answer, answered_on, answered_by, tracking_hash, entered_by)
     SELECT g.id, gen_random_uuid(), n, 'paper', false, ${head('g.v', 'g.v * 100000 + n', 30)},
            '关于村务的反映', '反映村里道路维修资金使用情况，请监委会核实。',
            CASE WHEN c.open THEN NULL ELSE 'affairs' END, CASE WHEN c.open THEN NULL ELSE 'villagersCommittee' END,
            CASE WHEN c.open THEN 'received' ELSE 'answered' END, c.received, c.received + 15,
            CASE WHEN c.open THEN NULL ELSE '经核实，已在公开栏公布明细。' END,
            CASE WHEN c.open THEN NULL ELSE c.received + 10 END, CASE WHEN c.open THEN NULL ELSE a.id END,
            md5(g.id::text || n), a.id
       FROM gen_village g JOIN account a ON a.village_id = g.id, generate_series(1, 12 * $2) n,
            LATERAL (SELECT $1::date - ($3 * (12 * $2 - n) / (12 * $2)) - ${pick('g.v * 1000 + n', 31, 5)} AS received,
                            n > 12 * $2 - 2 AS open) c`,
    [today, scale.years, days],
  );
  await step(
    'petition',
    `INSERT INTO petition (village_id, id, number, form, subject, request, facts, status, profile_id, profile_version,
                           received_on, registered_by, handle_due_on, answered_on, closed_on, due_on, answer, opinion)
     SELECT g.id, gen_random_uuid(), n, 'letter', '土地承包纠纷', '请求依法处理', '相邻承包地边界争议。',
            CASE WHEN c.open THEN 'handling' ELSE 'closed' END, 'national', '2025-10-28', c.received, a.id,
            c.received + 60, CASE WHEN c.open THEN NULL ELSE c.received + 40 END,
            CASE WHEN c.open THEN NULL ELSE c.received + 75 END, CASE WHEN c.open THEN c.received + 60 END,
            CASE WHEN c.open THEN NULL ELSE '已依法答复。' END, CASE WHEN c.open THEN NULL ELSE 'explain' END
       FROM gen_village g JOIN account a ON a.village_id = g.id, generate_series(1, 4 * $2) n,
            LATERAL (SELECT $1::date - ($3 * (4 * $2 - n) / (4 * $2)) - ${pick('g.v * 1000 + n', 32, 20)} AS received,
                            n = 4 * $2 AS open) c`,
    [today, scale.years, days],
  );
  await writeDisclosure(tx, scale, today, step, head);
  await writeServices(tx, scale, today, step, head);
  await writeParty(tx, scale, today, step, head);
}

type Head = (v: string, ordinal: string, salt: number) => string;

/**
 * 三务公开 and 三资: a village-affairs and a finance notice a month with villagers' questions (the
 * last weeks' unanswered, a few past their answer day), and a spending a month, the supervision
 * committee holding one in twenty (released after a vote; the last ones still held).
 */
async function writeDisclosure(
  tx: Tx,
  scale: CountyScale,
  today: CalendarDate,
  step: Step,
  head: Head,
) {
  await step(
    'notice',
    `INSERT INTO notice (village_id, id, kind, title, body, published_on, period_ends_on, published_by)
     SELECT g.id, gen_random_uuid(), k.kind, k.title, '详见公开栏。', m.first + 5, m.first - 1, a.id
       FROM gen_village g JOIN account a ON a.village_id = g.id,
            generate_series(1, 12 * $2) n,
            LATERAL (SELECT (date_trunc('month', $1::date) - make_interval(months => n - 1))::date AS first) m,
            (VALUES ('villageAffairs', '村务公开'), ('financeStatement', '财务收支明细公开')) k(kind, title)
      WHERE m.first + 5 <= $1::date`,
    [today, scale.years],
  );
  await step(
    'notice_question',
    `INSERT INTO notice_question (village_id, id, notice_id, kind, text, asker_person_id, on_behalf, asked_on,
                                  answer_due_on, answer, answered_on, answered_by, profile_id, profile_version)
     SELECT n.village_id, gen_random_uuid(), n.id, 'question', '这笔支出的明细在哪里可以查看？',
            ${head('g.v', 'g.v * 100000 + extract(epoch FROM n.published_on)::bigint / 86400', 70)}, false,
            n.published_on + 2, n.published_on + 12,
            CASE WHEN q.open THEN NULL ELSE '明细已张贴在村务公开栏。' END,
            CASE WHEN q.open THEN NULL ELSE n.published_on + 8 END, CASE WHEN q.open THEN NULL ELSE n.published_by END,
            'national', '2025-10-28'
       FROM notice n JOIN gen_village g ON g.id = n.village_id,
            LATERAL (SELECT n.published_on > $1::date - 45 AS open) q
      WHERE n.kind = 'financeStatement'`,
    [today],
  );
  await step(
    'spending_request',
    `INSERT INTO spending_request (village_id, id, number, purpose, payee, amount, expense_account, paid_from_account,
                                   authority, scheduled_on, status, profile_id, profile_version, created_by)
     SELECT g.id, gen_random_uuid(), n, '村道维修材料款', '某建材经营部', 2000 + ${pick('g.v * 1000 + n', 80, 30000)},
            '管理费用', '银行存款', 'oneSignature', $1::date - 30 * (12 * $2 - n), 'paid', 'national', '2025-10-28', a.id
       FROM gen_village g JOIN account a ON a.village_id = g.id, generate_series(1, 12 * $2) n`,
    [today, scale.years],
  );
  await step(
    'spending_hold',
    `INSERT INTO spending_hold (village_id, id, request_id, reason, proposed_on, proposed_by, status, decided_on,
                                release_basis, released_on, profile_id, profile_version, created_by)
     SELECT r.village_id, gen_random_uuid(), r.id, '票据不全，暂缓支付', r.scheduled_on, ${head('g.v', 'g.v * 1000 + r.number', 81)},
            CASE WHEN h.open THEN 'proposed' ELSE 'released' END, CASE WHEN h.open THEN NULL ELSE r.scheduled_on + 3 END,
            CASE WHEN h.open THEN NULL ELSE 'committeeVote' END, CASE WHEN h.open THEN NULL ELSE r.scheduled_on + 10 END,
            'national', '2025-10-28', r.created_by
       FROM spending_request r JOIN gen_village g ON g.id = r.village_id,
            LATERAL (SELECT r.scheduled_on > $1::date - 60 AS open) h
      WHERE ${pick('g.v * 1000 + r.number', 82, 20)} = 0 OR r.number = 12 * $2`,
    [today, scale.years],
  );
}

/** The service station's window and items, and 40 requests a village a year. */
async function writeServices(
  tx: Tx,
  scale: CountyScale,
  today: CalendarDate,
  step: Step,
  head: Head,
) {
  const days = 365 * scale.years;
  await step(
    'service_window',
    `INSERT INTO service_window (village_id, id, number, name) SELECT g.id, gen_random_uuid(), 1, '便民服务窗口' FROM gen_village g`,
  );
  await step(
    'service_item',
    `INSERT INTO service_item (village_id, id, window_id, name, materials, promised_days, promised_unit, full_agency)
     SELECT w.village_id, gen_random_uuid(), w.id, i.name, ARRAY['身份证'], i.days, 'working', true
       FROM service_window w JOIN gen_village g ON g.id = w.village_id,
            unnest(ARRAY['城乡居民医保缴费', '高龄津贴申领', '残疾人证代办'], ARRAY[3, 10, 15]) i(name, days)`,
  );
  await step(
    'service_request',
    `INSERT INTO service_request (village_id, id, year, number, item_id, item_name, window_id, materials, promised_days,
                                  promised_unit, full_agency, channel, requester_person_id, requester_name, state,
                                  ordered_on, accepted_on, due_on, result, closed_on)
     SELECT g.id, gen_random_uuid(), extract(year FROM c.ordered)::int, n, i.id, i.name, i.window_id, i.materials,
            i.promised_days, 'working', true, 'counter', p.id, p.name,
            CASE WHEN c.open THEN 'processing' ELSE 'completed' END, c.ordered, c.ordered,
            c.ordered + i.promised_days + 4, CASE WHEN c.open THEN NULL ELSE '已办结' END,
            CASE WHEN c.open THEN NULL ELSE c.ordered + i.promised_days END
       FROM gen_village g, generate_series(1, 40 * $2) n,
            LATERAL (SELECT $1::date - ($3 * (40 * $2 - n) / (40 * $2)) AS ordered, n > 40 * $2 - 3 AS open) c,
            LATERAL (SELECT * FROM service_item si WHERE si.village_id = g.id ORDER BY si.name
                      OFFSET ${pick('g.v * 1000 + n', 40, 3)} LIMIT 1) i,
            LATERAL (SELECT id, name FROM gen_head WHERE id = ${head('g.v', 'g.v * 100000 + n', 41)}) p`,
    [today, scale.years, days],
  );
}

/** The Party branch and its 三会一课 (a members' meeting a month, a lecture a quarter); the committee's term. */
async function writeParty(tx: Tx, scale: CountyScale, today: CalendarDate, step: Step, head: Head) {
  await step(
    'party_unit',
    `INSERT INTO party_unit (village_id, id, kind, name, founded_on, created_at)
     SELECT g.id, gen_random_uuid(), 'branch', '中共' || v.name || '支部委员会', $1::date - 3650, now()
       FROM gen_village g JOIN village v ON v.id = g.id`,
    [today],
  );
  await step(
    'party_meeting',
    `INSERT INTO party_meeting (village_id, id, unit_id, kind, held_on, venue, host_person_id, topic, minutes, recorded_at)
     SELECT u.village_id, gen_random_uuid(), u.id, CASE WHEN m % 3 = 0 THEN 'lecture' ELSE 'membersMeeting' END,
            (date_trunc('month', $1::date) - make_interval(months => m))::date + 9, '村党群服务中心',
            ${head('g.v', 'g.v * 1000 + m', 50)}, '学习贯彻党的会议精神', '到会党员学习文件并讨论。', now()
       FROM party_unit u JOIN gen_village g ON g.id = u.village_id, generate_series(1, 12 * $2) m`,
    [today, scale.years],
  );
  await step(
    'body',
    `INSERT INTO body (village_id, id, kind, name, seats)
     SELECT g.id, gen_random_uuid(), 'villagersCommittee', '村民委员会', 5 FROM gen_village g`,
  );
  // terms of five years from the county's last general election, staggered: about three in ten end within 180 days
  await step(
    'body_term',
    `INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on)
     SELECT b.village_id, gen_random_uuid(), b.id, $1::date - 1736 + ${pick('g.v', 60, 300)},
            $1::date + 90 + ${pick('g.v', 60, 300)}
       FROM body b JOIN gen_village g ON g.id = b.village_id`,
    [today],
  );
  // the committee's five members, each the head of a household of their own (no near relatives
  // known among them): what the composition check reads for every village
  await step(
    'body_membership',
    `INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on)
     SELECT t.village_id, gen_random_uuid(), t.body_id, t.id, h.id,
            CASE WHEN h.n = 1 THEN 'chair' ELSE 'member' END, t.starts_on
       FROM body_term t JOIN gen_village g ON g.id = t.village_id,
            LATERAL (SELECT id, row_number() OVER (ORDER BY hh) AS n FROM gen_head
                      WHERE v = g.v ORDER BY hh LIMIT 5) h`,
  );
}
