import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '@cunzhi/core/errors';
import { BODY_KIND_INFO, memberRoleName, type MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import { villageAbilities } from '@cunzhi/core/policies/village';
import { checkComposition } from '@cunzhi/core/rules/composition';
import type { ParamRuleId } from '@cunzhi/core/rules/profile';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { parseInput } from '../../platform/http/errors.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { findBody } from '../bodies/repository.ts';
import { compositionFacts } from './queries/composition.ts';
import {
  describeParam,
  QUALIFICATIONS,
  repealCharterOverride,
  setCharterOverride,
  setQualifications,
} from './commands/rules.ts';
import { citationOf, presentFinding } from '../matters/present.ts';

const RuleParams = z.object({ villageId: z.uuid(), ruleId: z.string().min(1).max(60) });
const OverrideBody = z.object({
  params: z.record(z.string().max(60), z.unknown()),
  adoptedOn: z.string().min(1).max(10),
  resolutionId: z.uuid().optional(),
});
const RepealBody = z.object({
  repealedOn: z.string().min(1).max(10),
  resolutionId: z.uuid().optional(),
});
const BodyParams = z.object({ villageId: z.uuid(), bodyId: z.uuid() });
const MembershipParams = BodyParams.extend({ membershipId: z.uuid() });
const QualificationsBody = z.object({ qualifications: z.array(z.enum(QUALIFICATIONS)).max(4) });

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const ruleRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const who = (request: FastifyRequest) => ({
      villageId: villageOf(request).row.id,
      actorAccountId: requireSignedIn(request).account.id,
    });

    app.get(
      '/api/villages/:villageId/rules',
      { config: { access: { kind: 'village', ability: 'readDecisions' } } },
      async (request) => {
        const villageId = villageOf(request).row.id;
        const { base, profile, overrides, problems } = await loadVillageProfile(ctx.db, villageId);
        const ruleIds = Object.keys(base.params) as ParamRuleId[];
        return {
          base: { id: base.id, version: base.version, name: base.name },
          profile: { id: profile.id, version: profile.version },
          rules: ruleIds.map((ruleId) => {
            const statutory = base.params[ruleId] as unknown as Record<string, unknown>;
            const resolved = profile.params[ruleId] as unknown as Record<string, unknown>;
            const override = overrides.find((o) => o.ruleId === ruleId) ?? null;
            const changed = Object.keys(resolved).filter((k) => !same(resolved[k], statutory[k]));
            return {
              ruleId,
              citation: citationOf(ruleId),
              params: Object.keys(resolved).map((name) => ({
                name,
                value: resolved[name],
                text: describeParam(resolved[name]),
                statutory: statutory[name],
                changedByCharter: changed.includes(name),
              })),
              overridden: changed.length > 0,
              override: override
                ? { params: override.params, adoptedOn: override.adoptedOn }
                : null,
            };
          }),
          problems: problems.map((p) => ({
            ruleId: p.ruleId,
            param: p.param,
            reason: p.reason,
            statutory: describeParam(
              (base.params[p.ruleId] as unknown as Record<string, unknown>)[p.param],
            ),
          })),
          abilities: villageAbilities(requireSignedIn(request).actor, villageOf(request).scope),
        };
      },
    );

    app.put(
      '/api/villages/:villageId/rules/overrides/:ruleId',
      { config: { access: { kind: 'village', ability: 'manageMatters' } } },
      async (request) => {
        const { ruleId } = parseInput(RuleParams, request.params);
        const input = parseInput(OverrideBody, request.body);
        return {
          override: await setCharterOverride(ctx, who(request), {
            ruleId,
            params: input.params,
            adoptedOn: input.adoptedOn,
            ...(input.resolutionId ? { resolutionId: input.resolutionId } : {}),
          }),
        };
      },
    );

    app.post(
      '/api/villages/:villageId/rules/overrides/:ruleId/repeal',
      { config: { access: { kind: 'village', ability: 'manageMatters' } } },
      async (request) => {
        const { ruleId } = parseInput(RuleParams, request.params);
        const input = parseInput(RepealBody, request.body);
        return {
          repealed: await repealCharterOverride(ctx, who(request), {
            ruleId,
            repealedOn: input.repealedOn,
            ...(input.resolutionId ? { resolutionId: input.resolutionId } : {}),
          }),
        };
      },
    );

    app.get(
      '/api/villages/:villageId/bodies/:bodyId/composition',
      { config: { access: { kind: 'village', ability: 'readVillage' } } },
      async (request) => {
        const { bodyId } = parseInput(BodyParams, request.params);
        const villageId = villageOf(request).row.id;
        const body = await findBody(ctx.db, villageId, bodyId);
        if (!body) throw new DomainError('not_found', { what: 'body' });
        const on = ctx.clock.today();
        const { profile } = await loadVillageProfile(ctx.db, villageId);
        const facts = await compositionFacts(ctx.db, villageId, body, on);
        const findings = checkComposition(facts, profile.params);
        return {
          body: {
            id: body.id,
            kind: body.kind,
            name: body.name,
            kindName: { zh: BODY_KIND_INFO[body.kind].zh, en: BODY_KIND_INFO[body.kind].en },
          },
          on,
          profile: { id: profile.id, version: profile.version },
          ok: !findings.some((f) => f.severity === 'violation'),
          findings: findings.map(presentFinding),
          members: facts.members.map((m) => ({
            membershipId: m.membershipId,
            personId: m.personId,
            name: m.name,
            gender: m.gender,
            role: m.role,
            roleName: memberRoleName(body.kind, m.role as MemberRole),
            qualifications: m.qualifications,
          })),
          counts: {
            members: facts.members.length,
            women: facts.members.filter((m) => m.gender === 'female').length,
            committeeMembers: facts.committeeMembers.length,
            households: facts.households,
          },
        };
      },
    );

    app.put(
      '/api/villages/:villageId/bodies/:bodyId/members/:membershipId/qualifications',
      { config: { access: { kind: 'village', ability: 'writeBodies' } } },
      async (request) => {
        const { bodyId, membershipId } = parseInput(MembershipParams, request.params);
        const { qualifications } = parseInput(QualificationsBody, request.body);
        return {
          membership: await setQualifications(ctx, who(request), {
            bodyId,
            membershipId,
            qualifications,
          }),
        };
      },
    );
  };
