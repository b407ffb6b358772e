import { AUDIT_KIND_TARGETS, type AuditKind } from '@cunzhi/core/audit/kinds';
import type { AppContext } from '../../platform/http/context.ts';
import { listAuditEvents } from '../../platform/audit/repository.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';

/** A page of the village's audit events, newest first, before a sequence number, of one kind if asked. */
export function auditPage(
  ctx: AppContext,
  villageId: string,
  page: { limit: number; before?: number; kind?: AuditKind },
) {
  const types = page.kind ? AUDIT_KIND_TARGETS[page.kind] : null;
  return listAuditEvents(ctx.db, villageId, page.limit, page.before ?? null, types);
}

/** An audit event's object as people know it: its name or title, and the id of the page that shows it. */
export interface TargetTitle {
  type: string;
  id: string;
  title: string | null;
  /** The page that shows it where that is not the target's own (a motion's meeting, a resolution's matter, a hold's request). */
  page_kind: 'meeting' | 'matter' | 'spending' | null;
  page_id: string | null;
}

/**
 * The names and titles of the objects a page of events acts on, in one
 * statement: the person's name, the household's number, the matter's,
 * meeting's, motion's, notice's and resolution's titles, the body's name, the voucher's
 * number and summary, the spending request's purpose (a hold's too) …
 */
export function targetTitles(
  ctx: AppContext,
  villageId: string,
  targets: ReadonlyArray<{ type: string; id: string }>,
): Promise<TargetTitle[]> {
  if (targets.length === 0) return Promise.resolve([]);
  return ctx.db.query<TargetTitle>(
    `WITH wanted AS (
       SELECT DISTINCT w.type, w.id,
              CASE WHEN w.id ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN w.id::uuid END AS uid
         FROM unnest($2::text[], $3::text[]) AS w(type, id))
     SELECT w.type, w.id, COALESCE(
              p.name, h.number, b.name, mt.title, m.title, mo.title, n.title, r.title,
              ar.title, d.reason, ri.file_name, a.display_name, v.name, tw.name, c.name,
              fv.number || ' ' || fv.summary, sr.purpose, hr.purpose, er.title,
              si.title, srep.title, spl.year || '年度监督计划', smi.title, smr.title, smm.title,
              '第' || cmp.number || '号投诉',
              sq.year || '年' || (ARRAY['第一', '第二', '第三', '第四'])[sq.quarter] || '季度三清单',
              sp.title,
              cv.number || ' ' || cv.summary, cba.bank_name || ' 尾号' || right(cba.account_no, 4),
              '成员起诉请求（' || extract(year FROM cdr.received_on)::int || '年'
                || extract(month FROM cdr.received_on)::int || '月'
                || extract(day FROM cdr.received_on)::int || '日收到）'
            ) AS title,
            CASE WHEN mo.id IS NOT NULL OR (r.id IS NOT NULL AND r.matter_id IS NULL) THEN 'meeting'
                 WHEN r.id IS NOT NULL THEN 'matter'
                 WHEN hr.id IS NOT NULL THEN 'spending'
                 WHEN si.id IS NOT NULL OR smi.id IS NOT NULL THEN 'supervisionInspection'
                 WHEN srep.id IS NOT NULL OR smr.id IS NOT NULL THEN 'supervisionReport'
                 WHEN smm.id IS NOT NULL THEN 'meeting'
                 WHEN spl.id IS NOT NULL THEN 'supervision'
                 -- a complaint referred to the town has no page in the village
                 WHEN cmp.status <> 'referred' THEN 'complaint' END AS page_kind,
            COALESCE(mo.meeting_id, r.matter_id, r.meeting_id, hr.id, si.id, srep.id, smi.id, smr.id,
                     smm.id, cmp.id)::text AS page_id
       FROM wanted w
       LEFT JOIN person p ON w.type = 'person' AND p.village_id = $1 AND p.id = w.uid
       LEFT JOIN household h ON w.type = 'household' AND h.village_id = $1 AND h.id = w.uid
       LEFT JOIN body b ON w.type = 'body' AND b.village_id = $1 AND b.id = w.uid
       LEFT JOIN matter mt ON w.type = 'matter' AND mt.village_id = $1 AND mt.id = w.uid
       LEFT JOIN meeting m ON w.type = 'meeting' AND m.village_id = $1 AND m.id = w.uid
       LEFT JOIN motion mo ON w.type = 'motion' AND mo.village_id = $1 AND mo.id = w.uid
       LEFT JOIN notice n ON w.type = 'notice' AND n.village_id = $1 AND n.id = w.uid
       LEFT JOIN resolution r ON w.type = 'resolution' AND r.village_id = $1 AND r.id = w.uid
       LEFT JOIN authorisation au ON w.type = 'authorisation' AND au.village_id = $1 AND au.id = w.uid
       LEFT JOIN resolution ar ON ar.village_id = $1 AND ar.id = au.resolution_id
       LEFT JOIN meeting_demand d ON w.type = 'demand' AND d.village_id = $1 AND d.id = w.uid
       LEFT JOIN import_job ri ON w.type = 'rosterImport' AND ri.village_id = $1 AND ri.id = w.uid
       LEFT JOIN account a ON w.type = 'account' AND a.id = w.uid
       LEFT JOIN village v ON w.type = 'village' AND v.id = w.uid
       LEFT JOIN town tw ON w.type = 'town' AND tw.id = w.uid
       LEFT JOIN county c ON w.type = 'county' AND c.id = w.uid
       LEFT JOIN finance_voucher fv ON w.type = 'voucher' AND fv.village_id = $1 AND fv.id = w.uid
       LEFT JOIN spending_request sr ON w.type = 'spendingRequest' AND sr.village_id = $1 AND sr.id = w.uid
       LEFT JOIN evaluation_round er ON w.type = 'evaluationRound' AND er.village_id = $1 AND er.id = w.uid
       LEFT JOIN supervision_correction sc ON w.type = 'supervisionCorrection' AND sc.village_id = $1 AND sc.id = w.uid
       LEFT JOIN supervision_inspection si ON w.type IN ('supervisionInspection', 'supervisionCorrection')
         AND si.village_id = $1 AND si.id = COALESCE(sc.inspection_id, w.uid)
       LEFT JOIN supervision_report srep ON w.type = 'supervisionReport' AND srep.village_id = $1 AND srep.id = w.uid
       LEFT JOIN supervision_plan spl ON w.type = 'supervisionPlan' AND spl.village_id = $1 AND spl.id = w.uid
       LEFT JOIN supervision_motion smo ON w.type = 'supervisionMotion' AND smo.village_id = $1 AND smo.id = w.uid
       LEFT JOIN supervision_inspection smi ON smi.village_id = $1 AND smi.id = smo.subject_id
       LEFT JOIN supervision_report smr ON smr.village_id = $1 AND smr.id = smo.subject_id
       LEFT JOIN meeting smm ON smm.village_id = $1 AND smm.id = smo.subject_id
       -- a hold, or a motion of the committee on one (adopting or releasing it): titled by its request
       LEFT JOIN spending_hold sh ON sh.village_id = $1
         AND sh.id = CASE w.type WHEN 'spendingHold' THEN w.uid WHEN 'supervisionMotion' THEN smo.subject_id END
       LEFT JOIN spending_request hr ON hr.village_id = $1 AND hr.id = sh.request_id
       LEFT JOIN complaint cmp ON w.type = 'complaint' AND cmp.village_id = $1 AND cmp.id = w.uid
       LEFT JOIN service_quarter sq ON w.type = 'serviceQuarter' AND sq.village_id = $1 AND sq.id = w.uid
       LEFT JOIN service_project sp ON w.type = 'serviceProject' AND sp.village_id = $1 AND sp.id = w.uid
       LEFT JOIN collective_voucher cv ON w.type = 'collectiveVoucher' AND cv.village_id = $1 AND cv.id = w.uid
       LEFT JOIN collective_bank_account cba ON w.type = 'collectiveBankAccount'
         AND cba.village_id = $1 AND cba.id = w.uid
       LEFT JOIN collective_derivative_request cdr ON w.type = 'derivativeRequest'
         AND cdr.village_id = $1 AND cdr.id = w.uid`,
    [villageId, targets.map((t) => t.type), targets.map((t) => t.id)],
  );
}

/** Recomputes the village's chain (the audit page's "verify" button). */
export function verifyVillageChain(ctx: AppContext, villageId: string) {
  return verifyChain(ctx.db, villageId);
}
