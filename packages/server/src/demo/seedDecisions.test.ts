import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { frequencyFindings } from '@cunzhi/core/meetings/convening';
import { lawOn } from '@cunzhi/core/rules/law';
import { NATIONAL_PARAMS } from '@cunzhi/core/rules/profile';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { testConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { fixedClock } from '../platform/clock.ts';
import { fingerprintOf } from '../platform/audit/repository.ts';
import { noticePublication, type NoticeRow } from '../features/matters/repository.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { seedShowcaseDecisions } from './seedDecisions.ts';
import { seedDemo } from './seedDemo.ts';

const TODAY = calendarDate('2026-11-21');
const NOW = new Date('2026-11-21T01:30:00.000Z');

let db: Database;
let villageId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  const seeded = await seedDemo(db, { seed: 20081028, today: TODAY, now: NOW });
  villageId = seeded.accounts.find((a) => a.role === 'committeeChair')!.villageId!;
  await seedShowcaseDecisions(
    { db, config: testConfig(), clock: fixedClock(NOW) },
    seeded.accounts,
    TODAY,
  );
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s decisions', () => {
  it('judges each assembly by the law of its date: December 2025 by the 2018 text, 2026 by the 2025 one', async () => {
    const assemblies = await db.query<{ on: string; version: string; closed: string }>(
      `SELECT meeting_on::text AS on, profile_version AS version,
         figures_at_close->'profile'->>'version' AS closed
       FROM meeting WHERE village_id = $1 AND kind = 'villagersAssembly' ORDER BY meeting_on`,
      [villageId],
    );
    expect(assemblies).toEqual([
      { on: '2025-12-20', version: '2018-12-29', closed: '2018-12-29' },
      { on: '2026-05-30', version: '2025-10-28', closed: '2025-10-28' },
    ]);
  });

  it('takes each tier’s matter as far as the story goes, through the real procedure', async () => {
    const matters = await db.query<{
      title: string;
      workflow: string;
      status: string;
      steps: string[];
    }>(
      `SELECT m.title, m.workflow, m.status,
         array(SELECT s.kind FROM matter_step s WHERE s.village_id = m.village_id AND s.matter_id = m.id ORDER BY s.on_date, s.recorded_at) AS steps
       FROM matter m WHERE m.village_id = $1 ORDER BY m.number`,
      [villageId],
    );
    expect(matters.map((m) => [m.workflow, m.status, m.steps])).toEqual([
      [
        'onePlusThree',
        'implemented',
        [
          'topicPublished',
          'councilConsultation',
          'jointDraft',
          'resolution',
          'resolutionPublished',
          'implementationPublished',
        ],
      ],
      [
        'jointRoutine',
        'implemented',
        ['jointDecision', 'resolutionPublished', 'implementationPublished'],
      ],
      ['councilGeneral', 'decided', ['councilDecision', 'resolutionPublished']],
      [
        'fourDeliberationsTwoDisclosures',
        'decided',
        [
          'partyProposal',
          'jointDeliberation',
          'partyMembersReview',
          'resolution',
          'resolutionPublished',
        ],
      ],
      ['fourDeliberationsTwoDisclosures', 'open', ['partyProposal', 'jointDeliberation']],
    ]);
  });

  it('decides the property fee at a representatives’ meeting under the assembly’s authorisation', async () => {
    const [auth] = await db.query<{ categories: string[]; kind: string }>(
      `SELECT a.categories, r.kind FROM authorisation a
       JOIN resolution r ON r.village_id = a.village_id AND r.id = a.resolution_id WHERE a.village_id = $1`,
      [villageId],
    );
    expect(auth).toEqual({
      categories: ['villagePlanning', 'collectiveIncomeUse', 'publicWelfareProject'],
      kind: 'villagersAssembly',
    });
    const [fee] = await db.query<{ kind: string; label: string; rule: string }>(
      `SELECT r.kind, r.year || '-' || r.number AS label, r.decision->>'ruleId' AS rule FROM resolution r
       JOIN matter m ON m.village_id = r.village_id AND m.id = r.matter_id
       WHERE r.village_id = $1 AND m.category = 'collectiveIncomeUse' AND r.kind = 'representativesMeeting'`,
      [villageId],
    );
    expect(fee).toMatchObject({ kind: 'representativesMeeting', rule: 'VCOL-26-QUORUM' });
  });

  it('holds a representatives’ meeting in the last complete quarter (VCOL-26-FREQ)', async () => {
    const held = await db.query<{ meeting_on: string }>(
      `SELECT meeting_on FROM meeting WHERE village_id = $1 AND kind = 'representativesMeeting' AND status = 'closed'`,
      [villageId],
    );
    const findings = frequencyFindings(
      'representativesMeeting',
      held.map((m) => calendarDate(m.meeting_on)),
      TODAY,
      NATIONAL_PARAMS[lawOn(TODAY)],
      calendarDate('2026-01-01'),
    );
    expect(findings.filter((f) => f.severity === 'violation')).toEqual([]);
  });

  it('leaves every meeting valid in the supervisors’ record but the joint meeting too few came to, and the audit chain intact', async () => {
    const invalid = await db.query<{ kind: string; quorum_met: boolean; invalid_reason: string }>(
      `SELECT kind, (figures_at_close -> 'quorum' ->> 'met')::boolean AS quorum_met, invalid_reason
         FROM meeting WHERE village_id = $1 AND (invalid_reason IS NOT NULL OR (status = 'closed' AND verdict IS NULL))`,
      [villageId],
    );
    // closed short of quorum, recorded invalid: the town's dashboard counts it
    expect(invalid).toEqual([
      {
        kind: 'twoCommitteesJointMeeting',
        quorum_met: false,
        invalid_reason: expect.stringContaining('到会人数不符合规定要求'),
      },
    ]);
    expect(await verifyChain(db, villageId)).toMatchObject({ ok: true, problem: null });
  });

  it('gives every resolution and notice the chain record that put it on the record', async () => {
    const resolutions = await db.query<{ id: string }>(
      'SELECT id FROM resolution WHERE village_id = $1',
      [villageId],
    );
    const notices = await db.query<Pick<NoticeRow, 'id' | 'kind' | 'meeting_id'>>(
      'SELECT id, kind, meeting_id FROM notice WHERE village_id = $1',
      [villageId],
    );
    expect(resolutions.length).toBeGreaterThan(0);
    expect(notices.some((n) => n.kind === 'meeting')).toBe(true);
    const targets = [
      ...resolutions.map((r) => ({ type: 'resolution', id: r.id, action: 'resolution.adopted' })),
      ...notices.map((n) => noticePublication(n)),
    ];
    const seqs = new Set<number>();
    for (const target of targets) {
      const fingerprint = await fingerprintOf(db, villageId, target);
      expect(fingerprint, `${target.type} ${target.id}`).toMatchObject({
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      seqs.add(fingerprint!.seq);
    }
    // each document its own record, not the chain's head at the time of asking
    expect(seqs.size).toBe(targets.length);
  });
});
