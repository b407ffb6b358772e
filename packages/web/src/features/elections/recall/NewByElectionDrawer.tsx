import { Button, Flex, Form, InputNumber, Radio, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { memberRoleName } from '@cunzhi/core/bodies/bodyKinds';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { FormDrawer } from '../../registry/FormDrawer.tsx';
import { ActDate, StepRefusal } from '../parts.tsx';
import { useElectedCommittees } from './committees.ts';
import {
  BY_ELECTION_ROLES,
  byElectionsPath,
  type ByElectionDetail,
  type ByElectionMeeting,
  type ByElectionRole,
  type OpenByElectionInput,
} from './api.ts';

interface Values {
  bodyId: string;
  meeting: ByElectionMeeting;
  pollingOn: string;
  posts: { role: ByElectionRole; seats: number }[];
  on?: string | null;
}

const MEETINGS: readonly ByElectionMeeting[] = ['representatives', 'assembly'];

/**
 * 发起补选: the body with vacant seats, the meeting that elects (the assembly or the
 * representatives), polling day and the posts to fill; the winners serve to the term's end.
 */
export default function NewByElectionDrawer({
  onClose,
  onOpened,
}: {
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const { bodies } = useElectedCommittees();
  const [form] = Form.useForm<Values>();
  const bodyId = Form.useWatch('bodyId', form);
  const body = bodies.find((b) => b.id === bodyId);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const input: OpenByElectionInput = {
      bodyId: v.bodyId,
      meeting: v.meeting,
      pollingOn: v.pollingOn,
      posts: v.posts,
      on: v.on ?? undefined,
    };
    const answer = await api<ByElectionDetail>(byElectionsPath(villageId), {
      method: 'POST',
      body: input,
    });
    onOpened(answer.id);
  });
  return (
    <FormDrawer
      title={t('recall.by.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="by-election-new-drawer"
    >
      <Typography.Paragraph type="secondary">{t('recall.by.law')}</Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="by-election-new-refused" />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          bodyId: bodies[0]?.id,
          meeting: 'representatives',
          posts: [{ role: 'member', seats: 1 }],
        }}
      >
        <Form.Item
          name="bodyId"
          label={t('recall.by.body')}
          rules={[{ required: true }]}
          extra={
            body?.seats != null &&
            t('recall.by.vacancies', { seats: body.seats, serving: body.members.length })
          }
        >
          <Radio.Group data-testid="by-election-body">
            {bodies.map((b) => (
              <Radio key={b.id} value={b.id}>
                {t.pick(b.kindName)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="meeting" label={t('recall.by.meeting')} rules={[{ required: true }]}>
          <Radio.Group data-testid="by-election-meeting">
            {MEETINGS.map((m) => (
              <Radio key={m} value={m}>
                {t(`recall.by.meeting.${m}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="pollingOn" label={t('recall.by.pollingOn')} rules={[{ required: true }]}>
          <DateInput testId="by-election-polling-on" />
        </Form.Item>
        <Form.List name="posts">
          {(fields, { add, remove }) => (
            <Form.Item label={t('recall.by.posts')}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap data-testid="by-election-post">
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true }]}>
                    <Select
                      style={{ minWidth: 120 }}
                      data-testid="by-election-post-role"
                      options={BY_ELECTION_ROLES.map((r) => ({
                        value: r,
                        label: t.pick(memberRoleName(body?.kind ?? 'villagersCommittee', r)),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'seats']}
                    label={t('recall.by.seats')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber
                      min={1}
                      max={7}
                      precision={0}
                      data-testid="by-election-post-seats"
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('recall.by.posts.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Flex>
              ))}
              {fields.length < 3 && (
                <Button icon={<PlusOutlined />} onClick={() => add({ role: 'chair', seats: 1 })}>
                  {t('recall.by.posts.add')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
        <ActDate name="on" label={t('recall.openedOn')} testId="by-election-on" />
      </Form>
    </FormDrawer>
  );
}
