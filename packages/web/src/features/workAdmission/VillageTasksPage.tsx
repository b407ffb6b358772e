import { useState } from 'react';
import { Button, Collapse, Form, Input, Modal, Radio, Typography } from 'antd';
import { DECISIONS_UNDER } from '@cunzhi/core/workAdmission/admission';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { villageTasksApi, type DecideInput, type VillageTasks, type WorkTask } from './api.ts';
import { CheckCell, DecisionCell, groundText, VersionLists } from './parts.tsx';

/**
 * The tasks the town sent to the village, each with the admission check; the villagers'
 * committee records whether it accepts, refuses or returns each, and why. The lists in force are
 * one click away, so the committee can read the item a task cites.
 */
export default function VillageTasksPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error, loading, reload } = useApi<VillageTasks>(villageTasksApi(villageId));
  const [deciding, setDeciding] = useState<WorkTask | null>(null);
  const columns: Column<WorkTask>[] = [
    {
      key: 'content',
      title: t('workAdmission.send.content'),
      primary: true,
      width: 380,
      render: (r) => (
        <div>
          <Typography.Text strong>{r.department}</Typography.Text>：{r.content}
          <Typography.Paragraph type="secondary" className="no-margin">
            {t('workAdmission.send.legalBasis')}：{r.legalBasis} ·{' '}
            {t('workAdmission.send.deadline')}：{t.date(r.deadline)} · {t('workAdmission.sentOn')}：
            {t.date(r.sentOn)}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      key: 'check',
      title: t('workAdmission.check'),
      width: 340,
      render: (r) => <CheckCell task={r} t={t} />,
    },
    {
      key: 'decision',
      title: t('workAdmission.decision'),
      width: 280,
      render: (r) =>
        !r.decision && data?.abilities.decide ? (
          <Button onClick={() => setDeciding(r)} data-testid="admission-decide">
            {t('workAdmission.decide')}
          </Button>
        ) : (
          <DecisionCell task={r} t={t} />
        ),
    },
  ];
  return (
    <div className="page" data-testid="work-tasks-page">
      <div className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('workAdmission.menu')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('workAdmission.village.hint')}</Typography.Text>
      </div>
      <ErrorAlert error={error} />
      {data?.version && (
        <Collapse
          className="block-gap"
          items={[
            {
              key: 'lists',
              label: `${t('workAdmission.lists')} · ${t('workAdmission.version.head', {
                number: data.version.number,
                title: data.version.title,
              })}`,
              children: <VersionLists version={data.version} t={t} />,
            },
          ]}
        />
      )}
      <DataList
        rows={data?.items ?? []}
        loading={loading}
        rowKey={(r) => r.id}
        columns={columns}
        rowTestId="work-task"
        testId="work-tasks"
        empty={t('workAdmission.tasks.empty')}
      />
      {deciding && (
        <DecideModal
          villageId={villageId}
          task={deciding}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            reload();
          }}
        />
      )}
    </div>
  );
}

/** The committee's decision: only those the verdict allows, the ground written in as the reason. */
function DecideModal({
  villageId,
  task,
  onClose,
  onDone,
}: {
  villageId: string;
  task: WorkTask;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<DecideInput>();
  const allowed = DECISIONS_UNDER[task.verdict];
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${villageTasksApi(villageId)}/${task.id}/decision`, {
      method: 'POST',
      body: values,
    });
    onDone();
  });
  return (
    <Modal
      open
      title={t('workAdmission.decide')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'decide-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        <Typography.Text strong>{task.department}</Typography.Text>：{task.content}
      </Typography.Paragraph>
      <CheckCell task={task} t={t} />
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        className="block-gap"
        initialValues={{ decision: allowed[0], reason: groundText(t, task) }}
      >
        <Form.Item
          name="decision"
          label={t('workAdmission.decide.choice')}
          rules={[{ required: true }]}
        >
          <Radio.Group data-testid="decide-choice">
            {allowed.map((d) => (
              <Radio key={d} value={d} data-testid={`decide-${d}`}>
                {t(`workAdmission.decide.${d}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('workAdmission.decide.reason')}
          rules={[{ required: true }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 3 }} data-testid="decide-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
