import './supervision.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Select,
  Typography,
  type UploadFile,
} from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { todayIso } from '../../components/DateInput.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import {
  supervisionPage,
  supervisionPath,
  type FindingInput,
  type InspectionAnswer,
  type InspectionDetail,
} from './api.ts';
import { recordFinding } from './evidence.ts';
import { chosenFiles, EvidencePicker, EvidenceThumbs } from './FindingEvidence.tsx';
import { PlanItemText } from './PlanItem.tsx';
import { InspectionStatusTag, useNumbered } from './parts.tsx';
import { MotionList } from './MotionCard.tsx';
import { CorrectionCard } from './Corrections.tsx';
import { ConclusionForm } from './ConclusionForm.tsx';

/**
 * 监督检查: what is inspected and by whom, the members who took part (a finance inspection
 * needs more than half of them), what was found with its evidence, and the conclusion the
 * committee votes — with the correction, hold or referral it led to.
 */
export default function InspectionPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { inspectionId = '' } = useParams();
  const numbered = useNumbered();
  const path = `${supervisionPath(villageId)}/inspections/${inspectionId}`;
  const { data: loaded, error, reload } = useApi<InspectionDetail>(path);
  const [answer, setAnswer] = useState<InspectionDetail | null>(null);
  const data = answer && answer.id === inspectionId ? answer : loaded;
  const refresh = () => {
    setAnswer(null);
    reload();
  };

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const acting = data.abilities.supervise && data.status === 'open';

  return (
    <div className="page" data-testid="inspection-page" data-status={data.status}>
      <Typography.Paragraph>
        <Link to={`${supervisionPage(villageId)}?tab=inspections`}>
          {t('supervision.inspection.back')}
        </Link>
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {numbered.inspection(data.number)} {data.title}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Link to={`${supervisionPage(villageId)}/inspections/${data.id}/print`}>
            <Button data-testid="inspection-print">{t('supervision.inspection.print')}</Button>
          </Link>
          <InspectionStatusTag inspection={data} />
        </Flex>
      </Flex>
      <Card className="block-gap">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('supervision.inspection.subject')}>
            {t.pick(data.subjectName)}
            {data.subjectRef ? ` · ${data.subjectRef}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.inspection.startedOn')}>
            {t.date(data.startedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.inspection.assigned')}>
            {data.assigned.join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.plan.item')}>
            <PlanItemText plan={data.plan} />
          </Descriptions.Item>
          {data.concludedOn && (
            <Descriptions.Item label={t('supervision.inspection.concludedOn')}>
              {t.date(data.concludedOn)}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Outcome data={data} villageId={villageId} />
      </Card>
      <AttendanceCard data={data} path={path} editable={acting} onSaved={setAnswer} />
      <FindingsCard data={data} path={path} editable={acting} onSaved={setAnswer} />
      {data.correction && (
        <CorrectionCard
          villageId={villageId}
          correction={data.correction}
          abilities={data.abilities}
          onChange={refresh}
          showInspection={false}
        />
      )}
      {data.motions.length > 0 && (
        <Card title={t('supervision.tab.motions')} className="block-gap">
          <MotionList villageId={villageId} motions={data.motions} onChange={refresh} />
        </Card>
      )}
      {acting && (
        <ConclusionForm
          villageId={villageId}
          inspection={data}
          today={todayIso()}
          onTabled={refresh}
        />
      )}
    </div>
  );
}

/** What the conclusion led to: the hold on the payment, or where the referral went. */
function Outcome({ data, villageId }: { data: InspectionDetail; villageId: string }) {
  const t = useT();
  return (
    <>
      {data.hold && (
        <Typography.Paragraph data-testid="inspection-hold">
          {t('supervision.inspection.hold')}{' '}
          <Link to={`/v/${villageId}/spending/${data.hold.requestId}`}>
            {t('spending.numberText', { number: data.hold.requestNumber })}
          </Link>
        </Typography.Paragraph>
      )}
      {data.referral && (
        <Alert
          type="info"
          showIcon
          className="block-gap-top"
          data-testid="inspection-referral"
          title={t('supervision.inspection.referred', { to: t.pick(data.referral.addresseeName) })}
        />
      )}
    </>
  );
}

interface PartProps {
  data: InspectionDetail;
  path: string;
  editable: boolean;
  onSaved: (inspection: InspectionDetail) => void;
}

/** 参加检查的委员: ticked and saved; a finance inspection short of the quorum is warned of. */
function AttendanceCard({ data, path, editable, onSaved }: PartProps) {
  const t = useT();
  const [present, setPresent] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const shown = present ?? data.present.map((p) => p.personId);
  const save = () => {
    setBusy(true);
    setError(null);
    api<InspectionAnswer>(`${path}/attendance`, { method: 'PUT', body: { present: shown } })
      .then((res) => {
        setPresent(null);
        onSaved(res.inspection);
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <Card
      title={t('supervision.inspection.attendance')}
      className="block-gap"
      data-testid="inspection-attendance"
      extra={t('supervision.inspection.attendance.count', {
        present: data.present.length,
        members: data.members.length,
      })}
    >
      {data.attendanceFinding && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          title={data.attendanceFinding}
          data-testid="inspection-attendance-finding"
        />
      )}
      {editable ? (
        <>
          <Checkbox.Group value={shown} onChange={(v) => setPresent(v)}>
            <Flex gap={12} wrap>
              {data.members.map((m) => (
                <Checkbox
                  key={m.personId}
                  value={m.personId}
                  data-testid={`inspection-attendance-${m.personId}`}
                >
                  {m.name}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
          <RefusalAlert error={error} testId="inspection-attendance-error" />
          <Flex justify="flex-end" className="block-gap-top">
            <Button
              loading={busy}
              disabled={present === null}
              onClick={save}
              data-testid="inspection-attendance-save"
            >
              {t('supervision.inspection.attendance.save')}
            </Button>
          </Flex>
        </>
      ) : (
        <Typography.Text>
          {data.present.map((p) => p.name).join('、') ||
            t('supervision.inspection.attendance.none')}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The finding form's values: the finding as the API takes it, and the files chosen. */
type FindingValues = FindingInput & { files?: UploadFile[] };

/** 检查发现的问题: each with its evidence and the ledger vouchers it concerns; recording one. */
function FindingsCard({ data, path, editable, onSaved }: PartProps) {
  const t = useT();
  const [form] = Form.useForm<FindingValues>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const { files, ...finding } = values;
    const res = await recordFinding(path, finding, chosenFiles(files ?? []));
    form.resetFields();
    onSaved(res.inspection);
  });
  return (
    <Card
      title={t('supervision.finding.title')}
      className="block-gap"
      data-testid="inspection-findings"
    >
      <List
        dataSource={data.findingsList}
        locale={{ emptyText: t('supervision.finding.empty') }}
        renderItem={(f) => (
          <List.Item data-testid="finding-row">
            <div className="full-width">
              <Typography.Paragraph className="pre-wrap no-margin">{f.text}</Typography.Paragraph>
              {f.vouchers.length > 0 && (
                <div className="finding-vouchers">
                  {f.vouchers.map((v) => (
                    <div key={v.id} data-testid="finding-voucher">
                      {t('supervision.finding.voucher', { number: v.number, summary: v.summary })}
                    </div>
                  ))}
                </div>
              )}
              {f.evidence && (
                <Typography.Paragraph type="secondary" className="no-margin">
                  {t('supervision.finding.evidenceText', { evidence: f.evidence })}
                </Typography.Paragraph>
              )}
              <EvidenceThumbs files={f.files} />
              <Typography.Text type="secondary" className="small-print">
                {t('supervision.finding.recorded', {
                  name: f.recordedBy,
                  on: t.date(f.recordedOn),
                })}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
      {editable && (
        <Form<FindingValues>
          form={form}
          layout="vertical"
          requiredMark="optional"
          className="block-gap-top"
        >
          <ErrorAlert error={error} unmatched={unmatched} testId="finding-error" />
          <Form.Item
            name="text"
            label={t('supervision.finding.text')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} data-testid="finding-text" />
          </Form.Item>
          <Form.Item
            name="voucherNumbers"
            label={t('supervision.finding.vouchers')}
            extra={t('supervision.finding.vouchers.hint')}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              open={false}
              data-testid="finding-vouchers"
            />
          </Form.Item>
          <Form.Item
            name="evidence"
            label={t('supervision.finding.evidence')}
            extra={t('supervision.finding.evidence.hint')}
          >
            <Input.TextArea
              autoSize={{ minRows: 2 }}
              maxLength={2000}
              data-testid="finding-evidence"
            />
          </Form.Item>
          <Form.Item
            name="files"
            label={t('supervision.evidence.files')}
            extra={t('supervision.evidence.hint')}
          >
            <EvidencePicker />
          </Form.Item>
          <Flex justify="flex-end">
            <Button
              type="primary"
              loading={busy}
              onClick={() => void submit()}
              data-testid="finding-submit"
            >
              {t('supervision.finding.submit')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
