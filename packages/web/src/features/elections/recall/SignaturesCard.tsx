import { Alert, Card, Flex, Form, Progress, Table, Tag, Typography } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { PersonSelect, type PickedPerson } from '../../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { ActDate, StepRefusal, Submit } from '../parts.tsx';
import type { RecallDetail } from './api.ts';
import type { RecallCardProps } from './RecallPage.tsx';
import { DatedStep, sendStep, useLaw } from './parts.tsx';

/**
 * 联名: the signatures collected against both bases (已征集 N / 需要 M, as the server counts
 * them), the paper list entered in bulk and the request made; the signers' names only to those
 * the server sends them to.
 */
export function SignaturesCard({ data, path, onDone, runs }: RecallCardProps) {
  const t = useT();
  const law = useLaw();
  const th = data.threshold;
  const collecting = data.stage === 'collecting';
  return (
    <Card className="block-gap" title={t('recall.signatures')} data-testid="recall-signatures">
      <Typography.Paragraph type="secondary">
        {t('recall.signatures.law', { law: law('VCOL-16-RECALL-INIT', th.on) })}
      </Typography.Paragraph>
      <Basis
        label={t('recall.signatures.voters')}
        n={th.signers}
        m={th.votersRequired}
        testId="recall-threshold-voters"
      />
      {th.representatives > 0 ? (
        <Basis
          label={t('recall.signatures.reps')}
          n={th.representativeSigners}
          m={th.representativesRequired}
          testId="recall-threshold-reps"
        />
      ) : (
        <Typography.Paragraph type="secondary">
          {t('recall.signatures.noReps')}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" data-testid="recall-threshold-as-of">
        {t('recall.signatures.asOf', {
          date: t.date(th.on),
          basis: t(`recall.signatures.basis.${th.voterBasis}`),
        })}
      </Typography.Paragraph>
      {data.signatures.mine && (
        <Alert
          type="success"
          showIcon
          className="block-gap"
          title={t('recall.signatures.mine', { date: t.date(data.signatures.mine.signedOn) })}
        />
      )}
      {data.signatures.list ? (
        <SignersTable list={data.signatures.list} />
      ) : (
        data.signatures.count > 0 && (
          <Typography.Paragraph type="secondary" data-testid="recall-signers-hidden">
            {t('recall.signatures.hidden')}
          </Typography.Paragraph>
        )
      )}
      {collecting && runs && (
        <>
          <PaperList path={path} onDone={onDone} />
          <div className="recall-act">
            <DatedStep
              path={path}
              step="submit"
              testId="recall-submit"
              label={t('recall.submit')}
              hint={t('recall.submit.hint')}
              onDone={onDone}
            />
          </div>
        </>
      )}
    </Card>
  );
}

/** One basis: 已征集 N 人 / 需要 M 人, and whether it is reached (以上: inclusive). */
function Basis({ label, n, m, testId }: { label: string; n: number; m: number; testId: string }) {
  const t = useT();
  const met = n >= m;
  return (
    <div className="recall-basis" data-testid={testId} data-met={met}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <span>{label}</span>
        <span className="recall-count">{t('recall.signatures.count', { n, m })}</span>
        <Tag color={met ? 'green' : 'default'}>
          {t(met ? 'recall.signatures.enough' : 'recall.signatures.short')}
        </Tag>
      </Flex>
      <Progress
        percent={m === 0 ? 100 : Math.min(100, Math.floor((n * 100) / m))}
        showInfo={false}
      />
    </div>
  );
}

function SignersTable({ list }: { list: NonNullable<RecallDetail['signatures']['list']> }) {
  const t = useT();
  return (
    <Table
      size="small"
      className="block-gap"
      rowKey="personId"
      dataSource={list}
      pagination={list.length > 20 ? { pageSize: 20 } : false}
      data-testid="recall-signers"
      title={() => t('recall.signatures.list')}
      columns={[
        { key: 'name', title: t('recall.signatures.persons'), render: (_, s) => s.name },
        { key: 'on', title: t('recall.signatures.signedOn'), render: (_, s) => t.date(s.signedOn) },
        {
          key: 'source',
          title: t('recall.signatures.source'),
          render: (_, s) => t(`recall.signatures.source.${s.source}`),
        },
      ]}
    />
  );
}

/** The paper list: every signer found in the registry, sent together, refused whole with each bad row named. */
function PaperList({ path, onDone }: { path: string; onDone: (d: RecallDetail) => void }) {
  const t = useT();
  const { villageId } = useVillage();
  const [form] = Form.useForm<{ personIds: PickedPerson[]; on?: string | null }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    onDone(
      await sendStep<RecallDetail>(path, 'signatures', {
        personIds: v.personIds.map((p) => p.value),
        on: v.on ?? undefined,
      }),
    );
    form.resetFields();
  });
  // a bad row comes back as personIds.3: named with the person it is about
  const picked = Form.useWatch('personIds', form) ?? [];
  const rows = unmatched.map((f) => {
    const index = /^personIds\.(\d+)$/.exec(f.field)?.[1];
    const who = index === undefined ? undefined : picked[Number(index)]?.label;
    return who ? { ...f, message: `${who}：${f.reason ?? f.message}` } : f;
  });
  return (
    <div className="recall-act" data-testid="recall-paper">
      <Typography.Title level={5}>{t('recall.signatures.paper')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('recall.signatures.paper.hint')}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={rows} testId="recall-paper-refused" />
      <Form form={form} layout="vertical">
        <Form.Item
          name="personIds"
          label={t('recall.signatures.persons')}
          rules={[{ required: true }]}
        >
          <PersonSelect multiple villageId={villageId} testId="recall-paper-persons" />
        </Form.Item>
        <ActDate name="on" label={t('recall.signatures.signedOn')} testId="recall-paper-on" />
        <Submit busy={busy} onSubmit={submit} testId="recall-paper-submit">
          {t('recall.signatures.enter')}
        </Submit>
      </Form>
    </div>
  );
}
