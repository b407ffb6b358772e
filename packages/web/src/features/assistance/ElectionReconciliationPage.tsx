import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Form, Input, Select } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import type { PickedPerson } from '../../components/PersonSelect.tsx';
import { PeoplePickerFor } from '../elections/PeoplePicker.tsx';
import {
  electionReconciliationApi,
  electionReconciliationPage,
  type ElectionReconciliation,
  type RollSignsInput,
} from './api.ts';
import { LoadedReport, ReconciliationReport } from './ReconciliationReport.tsx';
import { RollSignsList } from './RollSignsList.tsx';

/**
 * 选举领票核对报告 on A4: an election round's printed roll signed for a ballot (领票签名) against
 * the ballots issued online — paper only, online only, both (two ballots: a finding), on the
 * roll and on neither, not on the roll (not entitled: a finding) — and the ballots issued
 * against those cast at the count. Who received a ballot, never what it said. The election
 * committee enters the printed roll's signatures here (a proxy holder's for a principal by an
 * approved proxy) and withdraws a line entered by mistake until the supervision committee signs.
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
          <RollSignsList
            lines={data.rollSigns}
            path={path}
            canWithdraw={data.committeeMember && data.signatures.length === 0}
            onDone={reload}
          />
          {data.committeeMember && (
            <RollSignsForm
              villageId={villageId}
              electionId={electionId}
              proxies={data.proxies}
              registry={data.abilities.readRegistry}
              path={path}
              onDone={reload}
            />
          )}
        </ReconciliationReport>
      )}
    </LoadedReport>
  );
}

type Proxy = ElectionReconciliation['proxies'][number];
interface RollSignsValues {
  box: string;
  people: PickedPerson[];
  proxies: string[];
}

/**
 * The election committee enters, from the printed roll, those who signed for a ballot at a box:
 * voters who signed themselves, and principals whose proxy holder signed for them — chosen
 * from the proxies the committee approved and published (委托投票; an unpublished one is void).
 */
function RollSignsForm({
  villageId,
  electionId,
  proxies,
  registry,
  path,
  onDone,
}: {
  villageId: string;
  electionId: string;
  proxies: readonly Proxy[];
  /** The viewer may search the registry (else voters are picked from the roll). */
  registry: boolean;
  path: string;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<RollSignsValues>();
  const [failed, setFailed] = useState<unknown>(null);
  const submit = (v: RollSignsValues) => {
    setFailed(null);
    const byProxy = proxies.filter((x) => v.proxies.includes(x.principalId));
    const body: RollSignsInput = {
      box: v.box || 'central',
      signed: [
        ...v.people.map((p) => ({ personId: p.value, proxyHolderId: null })),
        ...byProxy.map((x) => ({ personId: x.principalId, proxyHolderId: x.holderId })),
      ],
    };
    api(path.replace(/reconciliation$/, 'roll-signs'), { method: 'POST', body }).then(() => {
      form.resetFields();
      onDone();
    }, setFailed);
  };
  const someone = {
    validator: () => {
      const chosen = (k: 'people' | 'proxies') => (form.getFieldValue(k) as unknown[]).length;
      return chosen('people') + chosen('proxies') > 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('electionReconciliation.peopleRequired')));
    },
  };
  return (
    <Form
      form={form}
      layout="vertical"
      className="reconciliation-entry"
      initialValues={{ box: 'central', people: [], proxies: [] }}
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
        rules={[someone]}
        dependencies={['proxies']}
      >
        <PeoplePickerFor
          villageId={villageId}
          electionId={electionId}
          registry={registry}
          multiple
          testId="roll-signs-people"
        />
      </Form.Item>
      <Form.Item
        name="proxies"
        label={t('electionReconciliation.proxies')}
        extra={proxies.length === 0 ? t('electionReconciliation.noProxies') : undefined}
      >
        <Select
          mode="multiple"
          disabled={proxies.length === 0}
          optionFilterProp="label"
          options={proxies.map((x) => ({
            value: x.principalId,
            label: t('electionReconciliation.proxyOption', {
              principal: x.principalName,
              holder: x.holderName,
            }),
          }))}
          data-testid="roll-signs-proxies"
        />
      </Form.Item>
      {failed !== null && <ErrorAlert error={failed} />}
      <Button htmlType="submit" type="primary" data-testid="roll-signs-submit">
        {t('electionReconciliation.save')}
      </Button>
    </Form>
  );
}
