import { Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../api/client.ts';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import {
  electionsPath,
  type CreateElectionInput,
  type ElectedBody,
  type ElectionDetail,
  type Electorate,
  type Organiser,
} from './api.ts';
import { StepRefusal } from './parts.tsx';

/** The posts a committee has, by their names in the law (主任、副主任、委员). */
const POSTS = {
  chair: { zh: '主任', en: 'Chair' },
  deputyChair: { zh: '副主任', en: 'Deputy chair' },
  member: { zh: '委员', en: 'Member' },
} as const;
type PostKind = keyof typeof POSTS;

const BODIES: readonly ElectedBody[] = ['villagersCommittee', 'supervisionCommittee'];
const ELECTORATES: readonly Electorate[] = ['villagers', 'representatives'];
const ORGANISERS: readonly Organiser[] = [
  'villagersCommittee',
  'partyBranch',
  'town',
  'jointMeeting',
];

interface Values {
  title: string;
  body: ElectedBody;
  electorate: Electorate;
  organiser: Organiser;
  posts: { id: PostKind; seats: number; writeIns: boolean }[];
}

interface Props {
  villageId: string;
  onClose: () => void;
  onCreated: (electionId: string) => void;
}

/** 新建选举: the body elected, who votes, who organises it, and the posts with their seats. */
export default function NewElectionDrawer({ villageId, onClose, onCreated }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: CreateElectionInput = {
      title: values.title,
      body: values.body,
      electorate: values.electorate,
      organiser: values.organiser,
      posts: values.posts.map((p) => ({
        id: p.id,
        name: POSTS[p.id],
        seats: p.seats,
        writeIns: p.writeIns,
      })),
    };
    const answer = await api<ElectionDetail>(electionsPath(villageId), {
      method: 'POST',
      body: input,
    });
    onCreated(answer.election.id);
  });
  return (
    <FormDrawer
      title={t('elections.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="election-new-drawer"
    >
      <StepRefusal error={error} unmatched={unmatched} testId="election-new-refused" />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          body: 'villagersCommittee',
          electorate: 'villagers',
          organiser: 'villagersCommittee',
          posts: [
            { id: 'chair', seats: 1, writeIns: false },
            { id: 'member', seats: 4, writeIns: false },
          ],
        }}
      >
        <Form.Item name="title" label={t('elections.title')} rules={[{ required: true }]}>
          <Input
            maxLength={100}
            placeholder={t('elections.title.placeholder')}
            data-testid="election-title"
          />
        </Form.Item>
        <Form.Item name="body" label={t('elections.body')} rules={[{ required: true }]}>
          <Radio.Group data-testid="election-body">
            {BODIES.map((b) => (
              <Radio key={b} value={b}>
                {t(`elections.body.${b}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="electorate" label={t('elections.electorate')} rules={[{ required: true }]}>
          <Radio.Group data-testid="election-electorate">
            {ELECTORATES.map((e) => (
              <Radio key={e} value={e}>
                {t(`elections.electorate.${e}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="organiser" label={t('elections.organiser')} rules={[{ required: true }]}>
          <Select
            data-testid="election-organiser"
            options={ORGANISERS.map((o) => ({ value: o, label: t(`elections.organiser.${o}`) }))}
          />
        </Form.Item>
        <Form.List name="posts">
          {(fields, { add, remove }) => (
            <Form.Item label={t('elections.posts')} extra={t('elections.posts.hint')}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap data-testid="election-post">
                  <Form.Item name={[field.name, 'id']} rules={[{ required: true }]}>
                    <Select
                      style={{ minWidth: 120 }}
                      data-testid="election-post-kind"
                      options={(Object.keys(POSTS) as PostKind[]).map((k) => ({
                        value: k,
                        label: t.pick(POSTS[k]),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'seats']}
                    label={t('elections.seats')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber min={1} max={15} data-testid="election-post-seats" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'writeIns']} valuePropName="checked">
                    <Checkbox>{t('elections.writeIns')}</Checkbox>
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('elections.posts.remove')}
                      onClick={() => remove(field.name)}
                      data-testid="election-post-remove"
                    />
                  )}
                </Flex>
              ))}
              {fields.length < 3 && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ id: 'deputyChair', seats: 1, writeIns: false })}
                  data-testid="election-post-add"
                >
                  {t('elections.posts.add')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
