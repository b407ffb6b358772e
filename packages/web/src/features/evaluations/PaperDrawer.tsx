import { Form, InputNumber, Select, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { RATINGS, roundPath, type Evaluators, type PaperInput, type RoundDetail } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';

interface Props {
  villageId: string;
  round: RoundDetail;
  onClose: () => void;
  onDone: (round: RoundDetail) => void;
}

type PaperForm = Omit<PaperInput, 'cadres'> & {
  cadres: Array<{ competent?: number; basicallyCompetent?: number; incompetent?: number }>;
};

/**
 * The host's entry of paper sheets after the count at the sitting: who handed
 * one in (from the round's evaluators who have not), and each cadre's tally.
 */
export default function PaperDrawer({ villageId, round, onClose, onDone }: Props) {
  const t = useT();
  const path = roundPath(villageId, round.round.id);
  const { data } = useApi<Evaluators>(`${path}/evaluators`);
  const [form] = Form.useForm<PaperForm>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const answer = await api<RoundDetail>(`${path}/paper`, {
      method: 'POST',
      body: {
        personIds: values.personIds,
        cadres: round.cadres.map((c, i) => ({
          membershipId: c.membershipId,
          competent: values.cadres[i]?.competent ?? 0,
          basicallyCompetent: values.cadres[i]?.basicallyCompetent ?? 0,
          incompetent: values.cadres[i]?.incompetent ?? 0,
        })),
      },
    });
    onDone(answer);
  });
  return (
    <FormDrawer
      title={t('evaluations.paperEntry')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="round-paper-drawer"
    >
      <Typography.Paragraph type="secondary">
        {t('evaluations.paperEntry.hint')}
      </Typography.Paragraph>
      <RefusalAlert error={error} testId="round-paper-refused" />
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="personIds"
          label={t('evaluations.paperEntry.persons')}
          rules={[{ required: true }]}
        >
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            loading={!data}
            data-testid="paper-persons"
            options={(data?.evaluators ?? []).map((e) => ({
              value: e.personId,
              label: e.handedIn ? `${e.name}${t('evaluations.paperEntry.handedIn')}` : e.name,
              disabled: e.handedIn,
            }))}
          />
        </Form.Item>
        {round.cadres.map((c, i) => (
          <Form.Item key={c.membershipId} label={`${c.name}（${t.pick(c.post)}）`}>
            <Space wrap>
              {RATINGS.map((rating) => (
                <Form.Item key={rating} name={['cadres', i, rating]} noStyle>
                  <InputNumber
                    min={0}
                    precision={0}
                    prefix={t(`evaluations.rating.${rating}`)}
                    data-testid={`paper-${i}-${rating}`}
                  />
                </Form.Item>
              ))}
            </Space>
          </Form.Item>
        ))}
      </Form>
    </FormDrawer>
  );
}
