import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '@cunzhi/core/errors';
import { calendarDateOf } from '@cunzhi/core/calendarDate';
import { MATTER_CATEGORIES, MATTER_CATEGORY_INFO } from '@cunzhi/core/matters/categories';
import { WORKFLOW_IDS, WORKFLOWS } from '@cunzhi/core/matters/workflows';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { villageAbilities } from '@cunzhi/core/policies/village';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { parseInput } from '../../platform/http/errors.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import {
  createAuthorisation,
  createMatter,
  DELEGABLE_CATEGORIES,
  MANUAL_STEPS,
  recordManualStep,
  revokeAuthorisation,
  withdrawMatter,
} from './commands/matters.ts';
import { resolutionOfMatter, routingFor } from './procedure.ts';
import {
  findMatter,
  findNotice,
  findResolution,
  listAuthorisations,
  listMatters,
  listNotices,
  listResolutions,
  listSteps,
  noticePublication,
  type NoticeRow,
  type ResolutionRow,
} from './repository.ts';
import {
  chineseDate,
  citationOf,
  decisionRuleOf,
  meetingKindName,
  type VillageNaming,
  presentDecidingMeetings,
  presentMatterSummary,
  presentNotice,
  presentResolution,
  presentStepDef,
  resolutionNumberText,
} from './present.ts';

const VillageParams = z.object({ villageId: z.uuid() });
const MatterParams = VillageParams.extend({ matterId: z.uuid() });
const NoticeParams = VillageParams.extend({ noticeId: z.uuid() });
const ResolutionParams = VillageParams.extend({ resolutionId: z.uuid() });
const AuthorisationParams = VillageParams.extend({ authorisationId: z.uuid() });

const MatterBody = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000).optional(),
  budget: z.string().max(40).optional(),
  category: z.enum(MATTER_CATEGORIES),
  workflow: z.enum(WORKFLOW_IDS).optional(),
  revokesResolutionId: z.uuid().optional(),
});
const StepBody = z.object({
  kind: z.enum(MANUAL_STEPS),
  on: z.string().min(1).max(10),
  note: z.string().max(2000).optional(),
  meetingId: z.uuid().optional(),
  notice: z
    .object({
      title: z.string().trim().min(1).max(200),
      body: z.string().trim().min(1).max(20000),
      periodDays: z.number().int().min(1).max(365).optional(),
      contactName: z.string().trim().min(1).max(40).optional(),
      contactPhone: z.string().trim().min(1).max(40).optional(),
    })
    .optional(),
});
const WithdrawBody = z.object({ reason: z.string().max(2000).optional() });
const AuthorisationBody = z.object({
  resolutionId: z.uuid(),
  categories: z.array(z.string().min(1).max(40)).min(1).max(MATTER_CATEGORIES.length),
  startsOn: z.string().min(1).max(10),
  endsOn: z.string().min(1).max(10),
});
const RevokeBody = z.object({ revokedOn: z.string().min(1).max(10).optional() });

const readDecisions = { access: { kind: 'village', ability: 'readDecisions' } } as const;
const manageMatters = { access: { kind: 'village', ability: 'manageMatters' } } as const;

export const matterRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const who = (request: FastifyRequest) => ({
      villageId: villageOf(request).row.id,
      actorAccountId: requireSignedIn(request).account.id,
    });
    const abilities = (request: FastifyRequest) =>
      villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

    /** Matter and resolution links for notices. */
    async function noticeLinks(villageId: string, village: VillageNaming, notices: NoticeRow[]) {
      const matters = new Map((await listMatters(ctx.db, villageId)).map((m) => [m.id, m]));
      const resolutions = new Map((await listResolutions(ctx.db, villageId)).map((r) => [r.id, r]));
      return notices.map((n) => {
        const m = n.matter_id ? matters.get(n.matter_id) : undefined;
        const r = n.resolution_id ? resolutions.get(n.resolution_id) : undefined;
        return presentNotice(n, {
          matter: m ? { id: m.id, number: m.number, title: m.title } : null,
          resolution: r ? { id: r.id, numberText: resolutionNumberText(village, r) } : null,
        });
      });
    }

    app.get('/api/villages/:villageId/matters', { config: readDecisions }, async (request) => {
      const { id: villageId, kind: villageKind } = villageOf(request).row;
      const [matters, steps] = await Promise.all([
        listMatters(ctx.db, villageId),
        listSteps(ctx.db, villageId),
      ]);
      return {
        items: matters.map((m) =>
          presentMatterSummary(
            m,
            steps.filter((s) => s.matter_id === m.id),
            villageKind,
          ),
        ),
        categories: MATTER_CATEGORIES.map((c) => ({
          category: c,
          name: { zh: MATTER_CATEGORY_INFO[c].zh, en: MATTER_CATEGORY_INFO[c].en },
          tier: MATTER_CATEGORY_INFO[c].tier,
          workflows: WORKFLOW_IDS.filter((w) =>
            WORKFLOWS[w].tiers.includes(MATTER_CATEGORY_INFO[c].tier),
          ),
        })),
        workflows: WORKFLOW_IDS.map((w) => ({
          workflow: w,
          name: { zh: WORKFLOWS[w].zh, en: WORKFLOWS[w].en },
          rule: citationOf(WORKFLOWS[w].ruleId),
          steps: WORKFLOWS[w].steps.map((def) => presentStepDef(def, villageKind)),
        })),
        abilities: abilities(request),
      };
    });

    app.post(
      '/api/villages/:villageId/matters',
      { config: manageMatters },
      async (request, reply) => {
        const input = parseInput(MatterBody, request.body);
        const created = await createMatter(ctx, who(request), {
          title: input.title,
          category: input.category,
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.budget !== undefined ? { budget: input.budget } : {}),
          ...(input.workflow ? { workflow: input.workflow } : {}),
          ...(input.revokesResolutionId ? { revokesResolutionId: input.revokesResolutionId } : {}),
        });
        const village = villageOf(request).row;
        const matter = await findMatter(ctx.db, village.id, created.id);
        if (!matter) throw new Error('created matter missing');
        return reply.status(201).send({ matter: presentMatterSummary(matter, [], village.kind) });
      },
    );

    app.get(
      '/api/villages/:villageId/matters/:matterId',
      { config: readDecisions },
      async (request) => {
        const { matterId } = parseInput(MatterParams, request.params);
        const village = villageOf(request).row;
        const matter = await findMatter(ctx.db, village.id, matterId);
        if (!matter) throw new DomainError('not_found', { what: 'matter' });
        const today = ctx.clock.today();
        const steps = await listSteps(ctx.db, village.id, matter.id);
        const meetings = new Map(
          (
            await ctx.db.query<{
              id: string;
              title: string;
              kind: MeetingKind;
              meeting_on: string;
            }>(
              `SELECT id, title, kind, meeting_on FROM meeting
               WHERE village_id = $1 AND id IN (
                 SELECT meeting_id FROM matter_step WHERE village_id = $1 AND matter_id = $2
                 UNION SELECT meeting_id FROM motion WHERE village_id = $1 AND matter_id = $2)`,
              [village.id, matter.id],
            )
          ).map((m) => [m.id, m]),
        );
        const motions = await ctx.db.query<{
          id: string;
          meeting_id: string;
          number: number;
          title: string;
          status: string;
          yes: number | null;
          no: number | null;
          abstain: number | null;
          passed: boolean | null;
        }>(
          `SELECT id, meeting_id, number, title, status, yes, no, abstain, passed FROM motion
           WHERE village_id = $1 AND matter_id = $2 ORDER BY closed_at NULLS LAST, number`,
          [village.id, matter.id],
        );
        const notices = await listNotices(ctx.db, village.id, { matterId: matter.id });
        const resolution = await resolutionOfMatter(ctx.db, village.id, matter.id);
        const revokes = matter.revokes_resolution_id
          ? await findResolution(ctx.db, village.id, matter.revokes_resolution_id)
          : null;
        const routing = await routingFor(ctx.db, village.id, matter, today);
        const wf = WORKFLOWS[matter.workflow];
        const byKind = new Map(steps.map((s) => [s.kind, s]));
        const presentMeeting = (id: string | null) => {
          const m = id ? meetings.get(id) : undefined;
          return m
            ? {
                id: m.id,
                title: m.title,
                kind: m.kind,
                kindName: meetingKindName(m.kind, village.kind),
                meetingOn: m.meeting_on,
              }
            : null;
        };
        const presentMotion = (m: (typeof motions)[number]) => ({
          id: m.id,
          meeting: presentMeeting(m.meeting_id),
          number: m.number,
          title: m.title,
          status: m.status,
          yes: m.yes,
          no: m.no,
          abstain: m.abstain,
          passed: m.passed,
        });
        const summary = presentMatterSummary(matter, steps, village.kind);
        return {
          matter: {
            ...summary,
            description: matter.description,
            revokesResolution: revokes ? presentResolution(village, revokes) : null,
          },
          workflow: {
            id: wf.id,
            name: { zh: wf.zh, en: wf.en },
            rule: citationOf(wf.ruleId),
          },
          steps: wf.steps.map((def) => {
            const s = byKind.get(def.kind);
            const notice = s?.notice_id ? notices.find((n) => n.id === s.notice_id) : undefined;
            const motion = s?.motion_id ? motions.find((m) => m.id === s.motion_id) : undefined;
            return {
              ...presentStepDef(def, village.kind),
              done: s
                ? {
                    id: s.id,
                    on: s.on_date,
                    meeting: presentMeeting(s.meeting_id),
                    motion: motion ? presentMotion(motion) : null,
                    notice: notice
                      ? {
                          id: notice.id,
                          kind: notice.kind,
                          title: notice.title,
                          publishedOn: notice.published_on,
                          periodEndsOn: notice.period_ends_on,
                        }
                      : null,
                    note: s.note,
                    recordedBy: s.recorded_by_name,
                    // entered after the day it took place (补录): shown, so nobody mistakes
                    // the entry for the event, nor a backdated entry for a timely one
                    recordedOn: calendarDateOf(s.recorded_at, ctx.config.TIME_ZONE),
                    profile: { id: s.profile_id, version: s.profile_version },
                    merged: s.merged,
                  }
                : null,
            };
          }),
          nextStep: summary.nextStep,
          decidingMeetings:
            matter.status === 'open'
              ? presentDecidingMeetings(matter.category, routing, village.kind)
              : null,
          motions: motions.map(presentMotion),
          resolution: resolution ? presentResolution(village, resolution) : null,
          notices: await noticeLinks(village.id, village, notices),
          abilities: abilities(request),
        };
      },
    );

    app.post(
      '/api/villages/:villageId/matters/:matterId/steps',
      { config: manageMatters },
      async (request, reply) => {
        const { matterId } = parseInput(MatterParams, request.params);
        const input = parseInput(StepBody, request.body);
        const result = await recordManualStep(ctx, who(request), {
          matterId,
          kind: input.kind,
          on: input.on,
          ...(input.note !== undefined ? { note: input.note } : {}),
          ...(input.meetingId ? { meetingId: input.meetingId } : {}),
          ...(input.notice
            ? {
                notice: {
                  title: input.notice.title,
                  body: input.notice.body,
                  ...(input.notice.periodDays !== undefined
                    ? { periodDays: input.notice.periodDays }
                    : {}),
                  ...(input.notice.contactName ? { contactName: input.notice.contactName } : {}),
                  ...(input.notice.contactPhone ? { contactPhone: input.notice.contactPhone } : {}),
                },
              }
            : {}),
        });
        return reply.status(201).send(result);
      },
    );

    app.post(
      '/api/villages/:villageId/matters/:matterId/withdraw',
      { config: manageMatters },
      async (request) => {
        const { matterId } = parseInput(MatterParams, request.params);
        const { reason } = parseInput(WithdrawBody, request.body);
        return {
          matter: await withdrawMatter(ctx, who(request), {
            matterId,
            ...(reason !== undefined ? { reason } : {}),
          }),
        };
      },
    );

    app.get('/api/villages/:villageId/notices', { config: readDecisions }, async (request) => {
      const village = villageOf(request).row;
      return {
        items: await noticeLinks(village.id, village, await listNotices(ctx.db, village.id)),
      };
    });

    app.get(
      '/api/villages/:villageId/notices/:noticeId',
      { config: readDecisions },
      async (request) => {
        const { noticeId } = parseInput(NoticeParams, request.params);
        const village = villageOf(request).row;
        const notice = await findNotice(ctx.db, village.id, noticeId);
        if (!notice) throw new DomainError('not_found', { what: 'notice' });
        const [presented] = await noticeLinks(village.id, village, [notice]);
        const fingerprint = await fingerprintOf(ctx.db, village.id, noticePublication(notice));
        const committee = village.kind === 'community' ? '居民委员会' : '村民委员会';
        return {
          notice: {
            ...presented,
            publishedOnText: chineseDate(notice.published_on),
            periodEndsOnText: chineseDate(notice.period_ends_on),
          },
          village: {
            id: village.id,
            name: village.name,
            kind: village.kind,
            townName: village.town_name,
            countyName: village.county_name,
          },
          issuer: {
            zh: `${village.name}${committee}`,
            en: `${village.kind === 'community' ? 'Residents' : "Villagers'"} committee of ${village.name}`,
          },
          // the chain record that published it: anyone can check the printout against the chain
          fingerprint,
        };
      },
    );

    app.get('/api/villages/:villageId/resolutions', { config: readDecisions }, async (request) => {
      const village = villageOf(request).row;
      const matters = new Map((await listMatters(ctx.db, village.id)).map((m) => [m.id, m]));
      return {
        items: (await listResolutions(ctx.db, village.id)).map((r) => {
          const m = r.matter_id ? matters.get(r.matter_id) : undefined;
          return {
            ...presentResolution(village, r),
            matter: m ? { id: m.id, number: m.number, title: m.title } : null,
          };
        }),
      };
    });

    app.get(
      '/api/villages/:villageId/resolutions/:resolutionId',
      { config: readDecisions },
      async (request) => {
        const { resolutionId } = parseInput(ResolutionParams, request.params);
        const village = villageOf(request).row;
        const r = await findResolution(ctx.db, village.id, resolutionId);
        if (!r) throw new DomainError('not_found', { what: 'resolution' });
        const matter = r.matter_id ? await findMatter(ctx.db, village.id, r.matter_id) : null;
        const revokingMatter = (
          await ctx.db.query<{ id: string; number: number; title: string }>(
            'SELECT id, number, title FROM matter WHERE village_id = $1 AND revokes_resolution_id = $2 ORDER BY number',
            [village.id, r.id],
          )
        ).map((m) => ({ id: m.id, number: m.number, title: m.title }));
        return {
          resolution: {
            ...presentResolution(village, r),
            body: r.body,
            decision: r.decision,
            rule: citationOf(decisionRuleOf(r)),
            matter: matter ? { id: matter.id, number: matter.number, title: matter.title } : null,
            revocationMatters: revokingMatter,
          },
          fingerprint: await fingerprintOf(ctx.db, village.id, {
            type: 'resolution',
            id: r.id,
            action: 'resolution.adopted',
          }),
        };
      },
    );

    const presentAuthorisation = (
      a: Awaited<ReturnType<typeof listAuthorisations>>[number],
      resolutions: Map<string, ResolutionRow>,
      village: VillageNaming,
      today: string,
    ) => {
      const r = resolutions.get(a.resolution_id);
      return {
        id: a.id,
        resolution: r ? { id: r.id, numberText: resolutionNumberText(village, r) } : null,
        categories: a.categories.map((c) => ({
          category: c,
          name: { zh: MATTER_CATEGORY_INFO[c].zh, en: MATTER_CATEGORY_INFO[c].en },
        })),
        startsOn: a.starts_on,
        endsOn: a.ends_on,
        revokedOn: a.revoked_on,
        inForce:
          a.starts_on <= today &&
          today <= a.ends_on &&
          (a.revoked_on === null || today < a.revoked_on),
      };
    };

    app.get(
      '/api/villages/:villageId/authorisations',
      { config: readDecisions },
      async (request) => {
        const village = villageOf(request).row;
        const resolutions = new Map(
          (await listResolutions(ctx.db, village.id)).map((r) => [r.id, r]),
        );
        const today = ctx.clock.today();
        return {
          items: (await listAuthorisations(ctx.db, village.id)).map((a) =>
            presentAuthorisation(a, resolutions, village, today),
          ),
          delegable: DELEGABLE_CATEGORIES.map((c) => ({
            category: c,
            name: { zh: MATTER_CATEGORY_INFO[c].zh, en: MATTER_CATEGORY_INFO[c].en },
          })),
          rule: citationOf('VCOL-24-RESERVED'),
          abilities: abilities(request),
        };
      },
    );

    app.post(
      '/api/villages/:villageId/authorisations',
      { config: manageMatters },
      async (request, reply) => {
        const authorisation = await createAuthorisation(
          ctx,
          who(request),
          parseInput(AuthorisationBody, request.body),
        );
        return reply.status(201).send({ authorisation });
      },
    );

    app.post(
      '/api/villages/:villageId/authorisations/:authorisationId/revoke',
      { config: manageMatters },
      async (request) => {
        const { authorisationId } = parseInput(AuthorisationParams, request.params);
        const { revokedOn } = parseInput(RevokeBody, request.body);
        return {
          authorisation: await revokeAuthorisation(ctx, who(request), {
            authorisationId,
            ...(revokedOn ? { revokedOn } : {}),
          }),
        };
      },
    );
  };
