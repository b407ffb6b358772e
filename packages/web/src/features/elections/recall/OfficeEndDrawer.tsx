import { Checkbox, Form, Radio, Select, Typography } from 'antd';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { FormDrawer } from '../../registry/FormDrawer.tsx';
import { ActDate, StepRefusal, useResolutionOptions } from '../parts.tsx';
import {
  officesPath,
  type ImproperMeans,
  type OfficeEndInput,
  type OfficeEnded,
  type VoidWinInput,
} from './api.ts';
import { useElectedSeats } from './parts.tsx';

const REASONS: readonly OfficeEndInput['reason'][] = [
  'sentence',
  'incapacity',
  'death',
  'resignation',
];
const MEANS: readonly ImproperMeans[] = [
  'violence',
  'threat',
  'deceit',
  'bribery',
  'forgedBallots',
  'falseCount',
];

interface Values {
  membershipId: string;
  reason?: OfficeEndInput['reason'];
  resolutionId?: string;
  means?: ImproperMeans[];
  on?: string | null;
}

/**
 * An office ended without a vote (`end`: sentence, incapacity, death, a resignation accepted by
 * a resolution), or a win found void for improper means (`void`: the town or county).
 */
export default function OfficeEndDrawer({
  mode,
  onClose,
  onEnded,
}: {
  mode: 'end' | 'void';
  onClose: () => void;
  onEnded: (answer: OfficeEnded) => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const seats = useElectedSeats();
  const [form] = Form.useForm<Values>();
  const reason = Form.useWatch('reason', form);
  const resolutions = useResolutionOptions(villageId, mode === 'end');
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const on = v.on ?? undefined;
    const [step, body]: [string, OfficeEndInput | VoidWinInput] =
      mode === 'end'
        ? [
            'end',
            {
              membershipId: v.membershipId,
              reason: v.reason!,
              on,
              ...(v.resolutionId ? { resolutionId: v.resolutionId } : {}),
            },
          ]
        : ['void-win', { membershipId: v.membershipId, means: v.means ?? [], on }];
    onEnded(await api<OfficeEnded>(`${officesPath(villageId)}/${step}`, { method: 'POST', body }));
  });
  return (
    <FormDrawer
      title={t(mode === 'end' ? 'recall.offices.end' : 'recall.offices.voidWin')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="office-end-drawer"
    >
      <StepRefusal error={error} unmatched={unmatched} testId="office-end-refused" />
      {mode === 'void' && (
        <Typography.Paragraph type="secondary">
          {t('recall.offices.voidWin.hint')}
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="membershipId"
          label={t('recall.offices.member')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={seats}
            data-testid="office-member"
          />
        </Form.Item>
        {mode === 'end' ? (
          <>
            <Form.Item
              name="reason"
              label={t('recall.offices.reason')}
              rules={[{ required: true }]}
            >
              <Radio.Group data-testid="office-reason">
                {REASONS.map((r) => (
                  <Radio key={r} value={r}>
                    {t(`recall.offices.reason.${r}`)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            {reason === 'resignation' && (
              <Form.Item
                name="resolutionId"
                label={t('recall.offices.resolution')}
                rules={[{ required: true }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={resolutions.loading}
                  options={resolutions.options}
                  data-testid="office-resolution"
                />
              </Form.Item>
            )}
            <ActDate name="on" label={t('recall.offices.on')} testId="office-on" />
            <Typography.Text type="secondary">{t('recall.offices.on.hint')}</Typography.Text>
          </>
        ) : (
          <>
            <Form.Item name="means" label={t('recall.offices.means')} rules={[{ required: true }]}>
              <Checkbox.Group
                data-testid="office-means"
                options={MEANS.map((m) => ({ value: m, label: t(`recall.offices.means.${m}`) }))}
              />
            </Form.Item>
            <ActDate name="on" label={t('recall.offices.voidOn')} testId="office-on" />
          </>
        )}
      </Form>
    </FormDrawer>
  );
}
