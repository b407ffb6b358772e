import type { ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, type FormInstance } from 'antd';
import { ART18_GROUNDS, CONFIRM_GROUNDS, LOSS_GROUNDS } from '@cunzhi/core/collective/membership';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ActDrawer } from './ActDrawer.tsx';
import {
  orgApi,
  type ConfirmationInput,
  type ExitInput,
  type Member,
  type OrgDetail,
  type RemovalInput,
  type RestoreInput,
} from './api.ts';

interface DrawerProps {
  villageId: string;
  data: OrgDetail;
  onClose: () => void;
  onDone: () => void;
}

const post = (path: string, body: unknown) => api(path, { method: 'POST', body });

type MemberDrawerProps = DrawerProps & { member: Member };

/** The drawer of one act on one member: titled with the act and the name, sent to that act. */
function MemberActDrawer<V>({
  act,
  villageId,
  data,
  member,
  onClose,
  onDone,
  form,
  initialValues,
  children,
}: MemberDrawerProps & {
  act: 'loss' | 'exit' | 'restore';
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <ActDrawer
      title={`${t(`collective.act.${act}`)}：${member.name}`}
      testId={`collective-${act}-drawer`}
      form={form}
      initialValues={initialValues}
      send={(values) =>
        post(`${orgApi(villageId, data.org.id)}/members/${member.personId}/${act}`, values)
      }
      onClose={onClose}
      onDone={onDone}
    >
      {children}
    </ActDrawer>
  );
}

/** Art. 12: one members' assembly resolution's decisions, person by person. */
export function ConfirmDrawer({ villageId, data, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<ConfirmationInput>();
  const assemblies = data.resolutions.filter((r) => r.power === 'membership');
  const grounds = CONFIRM_GROUNDS.filter((g) => g !== 'reform');
  return (
    <ActDrawer
      title={t('collective.act.confirm')}
      testId="collective-confirm-drawer"
      form={form}
      initialValues={{
        decisions: [{ ground: 'birth', confirmed: true } as ConfirmationInput['decisions'][number]],
      }}
      send={(values) => post(`${orgApi(villageId, data.org.id)}/confirmations`, values)}
      onClose={onClose}
      onDone={onDone}
    >
      {assemblies.length === 0 && (
        <Alert
          className="block-gap"
          type="info"
          showIcon
          message={t('collective.confirm.noResolution')}
        />
      )}
      <Form.Item
        name="resolutionId"
        label={t('collective.confirm.resolution')}
        rules={[{ required: true }]}
      >
        <Select
          data-testid="collective-confirm-resolution"
          options={assemblies.map((r) => ({
            value: r.id,
            label: `${r.label}（${t.date(r.adoptedOn)}）`,
          }))}
        />
      </Form.Item>
      <Form.List name="decisions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Card
                size="small"
                key={field.key}
                className="block-gap"
                data-testid="collective-decision"
              >
                <Space wrap align="start">
                  <Form.Item
                    name={[field.name, 'personId']}
                    label={t('collective.confirm.person')}
                    rules={[{ required: true }]}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      style={{ width: 280 }}
                      data-testid="collective-decision-person"
                      options={data.candidates.map((p) => ({ value: p.id, label: p.label }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'ground']} label={t('collective.confirm.ground')}>
                    <Select
                      style={{ width: 140 }}
                      data-testid="collective-decision-ground"
                      options={grounds.map((g) => ({
                        value: g,
                        label: t(`collective.ground.${g}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'confirmed']} label=" ">
                    <Select
                      style={{ width: 120 }}
                      data-testid="collective-decision-confirmed"
                      options={[
                        { value: true, label: t('collective.confirm.confirmed') },
                        { value: false, label: t('collective.confirm.refused') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']} label={t('collective.confirm.reason')}>
                    <Input
                      maxLength={500}
                      style={{ width: 240 }}
                      data-testid="collective-decision-reason"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'evidence']}
                    label={t('collective.confirm.evidence')}
                  >
                    <Input maxLength={500} style={{ width: 200 }} placeholder="出生医学证明" />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Form.Item label=" ">
                      <Button onClick={() => remove(field.name)}>×</Button>
                    </Form.Item>
                  )}
                </Space>
              </Card>
            ))}
            <Button onClick={() => add({ ground: 'birth', confirmed: true })}>
              {t('collective.confirm.add')}
            </Button>
          </>
        )}
      </Form.List>
    </ActDrawer>
  );
}

/** Art. 66: the reform's members, entered confirmed on the reform's date. */
export function ReformDrawer({ villageId, data, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<{ personIds: string[] }>();
  return (
    <ActDrawer
      title={t('collective.act.reform')}
      testId="collective-reform-drawer"
      form={form}
      send={(values) => post(`${orgApi(villageId, data.org.id)}/reform-members`, values)}
      onClose={onClose}
      onDone={onDone}
    >
      <Alert
        className="block-gap"
        type="info"
        showIcon
        message={t('collective.reform.hint', { on: t.date(data.org.reformedOn) })}
      />
      <Form.Item
        name="personIds"
        label={t('collective.reform.persons')}
        rules={[{ required: true }]}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={data.candidates.map((p) => ({ value: p.id, label: p.label }))}
        />
      </Form.Item>
    </ActDrawer>
  );
}

/** Arts. 17–18: the reasons the law lists, and Art. 18's facts offered so the refusal can say why. */
export function LossDrawer(props: MemberDrawerProps) {
  const t = useT();
  const [form] = Form.useForm<RemovalInput>();
  const ground = Form.useWatch('ground', form);
  return (
    <MemberActDrawer act="loss" {...props} form={form}>
      <Form.Item name="ground" label={t('collective.loss.ground')} rules={[{ required: true }]}>
        <Select
          data-testid="collective-loss-ground"
          options={[...LOSS_GROUNDS, ...ART18_GROUNDS].map((g) => ({
            value: g,
            label: t(`collective.ground.${g}`),
          }))}
        />
      </Form.Item>
      {ground === 'civilServant' && (
        <Form.Item name="contracted" valuePropName="checked">
          <Checkbox>{t('collective.loss.contracted')}</Checkbox>
        </Form.Item>
      )}
      {ground === 'marriedOut' && (
        <Form.Item name="memberElsewhere" valuePropName="checked">
          <Checkbox>{t('collective.loss.memberElsewhere')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('collective.loss.reason')}>
        <Input maxLength={500} data-testid="collective-loss-reason" />
      </Form.Item>
      <Form.Item
        name="occurredOn"
        label={t('collective.loss.occurredOn')}
        rules={[{ required: true }]}
      >
        <DateInput notAfterToday testId="collective-loss-on" />
      </Form.Item>
      <Form.Item name="evidence" label={t('collective.loss.evidence')}>
        <Input maxLength={500} />
      </Form.Item>
    </MemberActDrawer>
  );
}

/** Art. 16: a written application and the organisation's consent; a partition is refused. */
export function ExitDrawer(props: MemberDrawerProps) {
  const t = useT();
  const { data } = props;
  const [form] = Form.useForm<ExitInput>();
  return (
    <MemberActDrawer
      act="exit"
      {...props}
      form={form}
      initialValues={{ writtenApplication: true, demandsPartition: false }}
    >
      <Space wrap align="start">
        <Form.Item
          name="appliedOn"
          label={t('collective.exit.appliedOn')}
          rules={[{ required: true }]}
        >
          <DateInput notAfterToday />
        </Form.Item>
        <Form.Item
          name="occurredOn"
          label={t('collective.exit.occurredOn')}
          rules={[{ required: true }]}
        >
          <DateInput notAfterToday />
        </Form.Item>
      </Space>
      <Form.Item name="writtenApplication" valuePropName="checked">
        <Checkbox>{t('collective.exit.written')}</Checkbox>
      </Form.Item>
      <Form.Item name="consentResolutionId" label={t('collective.exit.consent')}>
        <Select
          allowClear
          options={data.resolutions.map((r) => ({
            value: r.id,
            label: `${r.label}（${t.date(r.adoptedOn)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="demandsPartition" valuePropName="checked">
        <Checkbox>{t('collective.exit.partition')}</Checkbox>
      </Form.Item>
      <Form.Item name="evidence" label={t('collective.confirm.evidence')}>
        <Input maxLength={500} />
      </Form.Item>
    </MemberActDrawer>
  );
}

/** A membership ended unlawfully, restored with the reason (and the assembly's resolution, if any). */
export function RestoreDrawer(props: MemberDrawerProps) {
  const t = useT();
  const { data } = props;
  const [form] = Form.useForm<RestoreInput>();
  return (
    <MemberActDrawer act="restore" {...props} form={form}>
      <Form.Item
        name="occurredOn"
        label={t('collective.loss.occurredOn')}
        rules={[{ required: true }]}
      >
        <DateInput notAfterToday />
      </Form.Item>
      <Form.Item name="reason" label={t('collective.restore.reason')} rules={[{ required: true }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="resolutionId" label={t('collective.restore.resolution')}>
        <Select
          allowClear
          options={data.resolutions
            .filter((r) => r.power === 'membership')
            .map((r) => ({ value: r.id, label: `${r.label}（${t.date(r.adoptedOn)}）` }))}
        />
      </Form.Item>
    </MemberActDrawer>
  );
}
