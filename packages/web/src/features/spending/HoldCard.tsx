import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Space, Typography } from 'antd';
import { WORKFLOWS, workflowsFor, type WorkflowId } from '@cunzhi/core/matters/workflows';
import type { HoldView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { MotionList } from '../supervision/MotionCard.tsx';
import { SittingForm } from '../supervision/SittingForm.tsx';
import type { Member } from '../supervision/api.ts';
import { HoldStatusTag } from './parts.tsx';

interface Props {
  villageId: string;
  requestId: string;
  hold: HoldView;
  mayAct: boolean;
  busy: boolean;
  /** The standing resolutions of the representatives' meeting or the assembly that may release it. */
  resolutions: { value: string; label: string }[];
  act: (path: string, body?: object) => void;
  /** The committee today, when the reader may table its release by vote (the profile allowing it). */
  releaseByVote: { members: readonly Member[]; today: string } | null;
  /** A motion tabled, voted or counted: the page reloads the request as it now stands. */
  onMotion: () => void;
}

/** The procedures a referred hold's matter may follow: those of the representatives' tier. */
const REFER_WORKFLOWS = workflowsFor('majorMatter');

/**
 * One hold: the proposal and who signed it, the committee's motions on it (the vote that
 * adopts it and one that releases it, each with its votes by name and, for a member, the
 * buttons to vote or count), the referral, the inspection and the release.
 */
export function HoldCard(props: Props) {
  const { villageId, hold: h, mayAct, busy, act, onMotion } = props;
  const t = useT();
  const [note, setNote] = useState('');
  const [workflow, setWorkflow] = useState<WorkflowId>(REFER_WORKFLOWS[0]!);
  const path = (verb: string) => `holds/${h.id}/${verb}`;
  return (
    <Card
      size="small"
      className="block-gap"
      data-testid="spending-hold"
      title={
        <Flex gap={8} align="center" wrap>
          <HoldStatusTag status={h.status} />
          <span>{t.date(h.proposedOn)}</span>
        </Flex>
      }
    >
      <Typography.Paragraph>{h.reason}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('spending.hold.proposers', { names: h.proposers.join('、') })}
      </Typography.Paragraph>
      <div data-testid="spending-hold-motions">
        <MotionList villageId={villageId} motions={h.motions} onChange={onMotion} />
      </div>
      {h.referredMatter && h.referredOn && (
        <Typography.Paragraph>
          {t('spending.hold.referred', {
            on: t.date(h.referredOn),
            number: h.referredMatter.number,
          })}
        </Typography.Paragraph>
      )}
      {h.inspection && (
        <Typography.Paragraph>
          {t('spending.hold.inspection', { on: t.date(h.inspection.on), note: h.inspection.note })}
        </Typography.Paragraph>
      )}
      {h.release && <ReleaseLine release={h.release} />}
      {mayAct && h.status === 'adopted' && (
        <Flex vertical gap={12}>
          {!h.referredMatter && (
            <Space.Compact className="full-width">
              <Select<WorkflowId>
                value={workflow}
                onChange={setWorkflow}
                aria-label={t('spending.hold.referWorkflow')}
                className="full-width"
                options={REFER_WORKFLOWS.map((w) => ({
                  value: w,
                  label: t.lang === 'en' ? WORKFLOWS[w].en : WORKFLOWS[w].zh,
                }))}
                data-testid="spending-hold-refer-workflow"
              />
              <Button
                loading={busy}
                onClick={() => act(path('refer'), { workflow })}
                data-testid="spending-hold-refer"
              >
                {t('spending.hold.refer')}
              </Button>
            </Space.Compact>
          )}
          <Space.Compact className="full-width">
            <Input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('spending.hold.inspect')}
              maxLength={4000}
            />
            <Button
              disabled={!note.trim()}
              loading={busy}
              onClick={() => act(path('inspection'), { note })}
              data-testid="spending-hold-inspect"
            >
              {t('spending.hold.inspect')}
            </Button>
          </Space.Compact>
          <ReleaseForms {...props} />
        </Flex>
      )}
    </Card>
  );
}

/** 已于…解除, on the representatives' resolution or by the committee's vote (figures typed before votes were kept by name). */
function ReleaseLine({ release }: { release: NonNullable<HoldView['release']> }) {
  const t = useT();
  const d = release.decision;
  return (
    <Typography.Paragraph data-testid="spending-hold-release-line">
      {t('spending.hold.released', { on: t.date(release.on) })}
      {release.resolution
        ? ` · ${release.resolution.numberText}`
        : ` · ${t('spending.hold.releaseVoted')}`}
      {d
        ? ` · ${t('spending.hold.decision', {
            members: d.members,
            present: d.present,
            requiredPresent: d.requiredPresent,
            yes: d.yes,
            requiredYes: d.requiredYes,
          })}`
        : ''}
    </Typography.Paragraph>
  );
}

/**
 * Release: on the representatives' resolution (picked from those that stand), or — where the
 * charter lets the committee release its own hold — a motion put to its members.
 */
function ReleaseForms({
  villageId,
  requestId,
  hold,
  busy,
  resolutions,
  act,
  releaseByVote,
  onMotion,
}: Props) {
  const t = useT();
  const [resolutionId, setResolutionId] = useState<string | null>(null);
  return (
    <>
      <Space.Compact className="full-width">
        <Select
          className="full-width"
          value={resolutionId}
          onChange={setResolutionId}
          options={resolutions}
          placeholder={t('spending.resolution')}
          data-testid="spending-hold-resolution"
        />
        <Button
          disabled={!resolutionId}
          loading={busy}
          onClick={() => act(`holds/${hold.id}/release`, { resolutionId })}
          data-testid="spending-hold-release"
        >
          {t('spending.hold.release')}
        </Button>
      </Space.Compact>
      {releaseByVote && (
        <div data-testid="spending-hold-release-vote">
          <Typography.Title level={5}>{t('spending.hold.releaseByVote')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('spending.hold.releaseByVote.hint')}
          </Typography.Paragraph>
          <SittingForm
            villageId={villageId}
            members={releaseByVote.members}
            today={releaseByVote.today}
            proposal={() => Promise.resolve({ kind: 'holdRelease', holdId: hold.id, requestId })}
            onTabled={onMotion}
            submitLabel={t('spending.hold.table')}
            submitTestId="spending-hold-release-table"
          />
        </div>
      )}
    </>
  );
}
