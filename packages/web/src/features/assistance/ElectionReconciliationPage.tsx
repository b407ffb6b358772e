import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Form, Input } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import type { PickedPerson } from '../../components/PersonSelect.tsx';
import { PeoplePicker } from '../elections/PeoplePicker.tsx';
import {
  electionReconciliationApi,
  electionReconciliationPage,
  type ElectionReconciliation,
  type RollSignsInput,
} from './api.ts';
import { LoadedReport, ReconciliationReport } from './ReconciliationReport.tsx';

/**
 * 选举领票核对报告 on A4: an election round's printed roll signed for a ballot (领票签名) against
 * the ballots issued online — paper only, online only, both (two ballots: a finding), on the
 * roll and on neither, not on the roll (not entitled: a finding) — and the ballots issued
 * against those cast at the count. Who received a ballot, never what it said. The election
 * committee enters the printed roll's signatures here; the supervision committee signs.
 */
export default function ElectionReconciliationPage() {
  const t = useT();
  const { villageId = '', electionId = '', round: roundText = '1' } = useParams();
  const round = Number(roundText);
  const path = electionReconciliationApi(villageId, electionId, round);
  return (
    <LoadedReport<ElectionReconciliation> path={path}>
      {(data, reload) => (
        <ReconciliationReport
          data={data}
          path={path}
          reload={reload}
          labels="electionReconciliation"
          title={t('electionReconciliation.title')}
          heading={t('electionReconciliation.heading', {
            title: data.election.title,
            round: data.election.round,
            on: t.date(data.election.pollingOn),
          })}
          figures={
            <>
              {t('electionReconciliation.counts', { due: data.dueCount, voted: data.countedOnce })}
              <br />
              <span data-testid="reconciliation-ballots">
                {t('electionReconciliation.ballots', {
                  issued: data.ballots.issued,
                  paper: data.ballots.paper,
                  online: data.ballots.online,
                })}
                {data.ballots.cast === null
                  ? t('electionReconciliation.notCounted')
                  : t(
                      data.ballots.agree
                        ? 'electionReconciliation.agree'
                        : 'electionReconciliation.differ',
                      {
                        cast: data.ballots.cast,
                      },
                    )}
              </span>
            </>
          }
          backTo={`/v/${villageId}/elections/${electionId}`}
          pageUrl={`${window.location.origin}${electionReconciliationPage(villageId, electionId, round)}`}
          testId="election-reconciliation-page"
        >
          {data.abilities.runElections && (
            <RollSignsForm
              villageId={villageId}
              electionId={electionId}
              path={path}
              onDone={reload}
            />
          )}
        </ReconciliationReport>
      )}
    </LoadedReport>
  );
}

/** The election committee enters, from the printed roll, those who signed for a ballot at a box. */
function RollSignsForm({
  villageId,
  electionId,
  path,
  onDone,
}: {
  villageId: string;
  electionId: string;
  path: string;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ box: string; people: PickedPerson[] }>();
  const [failed, setFailed] = useState<unknown>(null);
  const submit = (v: { box: string; people: PickedPerson[] }) => {
    setFailed(null);
    const body: RollSignsInput = {
      box: v.box || 'central',
      signed: v.people.map((p) => ({ personId: p.value, proxyHolderId: null })),
    };
    api(path.replace(/reconciliation$/, 'roll-signs'), { method: 'POST', body }).then(() => {
      form.resetFields();
      onDone();
    }, setFailed);
  };
  return (
    <Form
      form={form}
      layout="vertical"
      className="reconciliation-entry"
      initialValues={{ box: 'central', people: [] }}
      onFinish={submit}
      data-testid="roll-signs-form"
    >
      <h2>{t('electionReconciliation.enter')}</h2>
      <Form.Item name="box" label={t('electionReconciliation.box')}>
        <Input maxLength={16} />
      </Form.Item>
      <Form.Item
        name="people"
        label={t('electionReconciliation.people')}
        rules={[{ required: true, message: t('electionReconciliation.peopleRequired') }]}
      >
        <PeoplePicker
          villageId={villageId}
          electionId={electionId}
          multiple
          testId="roll-signs-people"
        />
      </Form.Item>
      {failed !== null && <ErrorAlert error={failed} />}
      <Button htmlType="submit" type="primary" data-testid="roll-signs-submit">
        {t('electionReconciliation.save')}
      </Button>
    </Form>
  );
}
