import { useState } from 'react';
import { Alert, Button, Checkbox, Drawer, Form, Input, Radio, Space } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { assistanceApi, type ConsentView } from './api.ts';
import { PersonSelect } from './PersonSelect.tsx';

const ACTS = ['checkIn', 'serviceOrder', 'question'] as const;

interface Values {
  personId: string;
  acts: string[];
  endsOn: string;
  evidence: 'paper' | 'code';
  code?: string;
}

/**
 * 登记授权: the villager, the acts, the end date and how they consented. A paper consent then
 * takes the photo of the signed form (the consent holds once it is there); a code consent sends
 * the code to the villager's registered phone and takes it back.
 */
export function ConsentDrawer({ villageId, onClose }: { villageId: string; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [codeId, setCodeId] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [saved, setSaved] = useState<ConsentView | null>(null);
  const evidence = Form.useWatch('evidence', form);
  const terms = (v: Values) => ({
    personId: v.personId,
    agentKind: 'cadres' as const,
    acts: v.acts,
    endsOn: v.endsOn,
  });
  const sendCode = async () => {
    setFailed(null);
    try {
      const v = await form.validateFields(['personId', 'acts', 'endsOn']);
      const sent = await api<{ codeId: string }>(`${assistanceApi(villageId)}/consent-codes`, {
        method: 'POST',
        body: terms(v),
      });
      setCodeId(sent.codeId);
    } catch (e) {
      if (!(e && typeof e === 'object' && 'errorFields' in e)) setFailed(e);
    }
  };
  const submit = async (v: Values) => {
    setFailed(null);
    try {
      const body = {
        ...terms(v),
        evidence: v.evidence,
        ...(v.evidence === 'code' && codeId ? { codeId, code: v.code ?? '' } : {}),
      };
      const r = await api<{ consent: ConsentView }>(`${assistanceApi(villageId)}/consents`, {
        method: 'POST',
        body,
      });
      setSaved(r.consent);
    } catch (e) {
      setFailed(e);
    }
  };
  return (
    <Drawer open width={520} title={t('assistance.newConsent')} onClose={onClose}>
      {failed !== null && <ErrorAlert error={failed} />}
      {saved ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert
            type="success"
            message={`${saved.person.name} · ${saved.actNames.map((n) => t.pick(n)).join('、')}`}
          />
          {saved.evidence === 'paper' && (
            <>
              <div>{t('assistance.uploadForm')}</div>
              <AttachmentsPanel
                villageId={villageId}
                ownerKind="assistanceConsent"
                ownerId={saved.id}
              />
            </>
          )}
          <Button type="primary" onClick={onClose} data-testid="consent-done">
            OK
          </Button>
        </Space>
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ evidence: 'paper', acts: ['checkIn'] }}
          onFinish={submit}
        >
          <Form.Item name="personId" label={t('assistance.person')} rules={[{ required: true }]}>
            <PersonSelect villageId={villageId} />
          </Form.Item>
          <Form.Item name="acts" label={t('assistance.actsLabel')} rules={[{ required: true }]}>
            <Checkbox.Group
              data-testid="consent-acts"
              options={ACTS.map((a) => ({ value: a, label: t(`assistance.act.${a}`) }))}
            />
          </Form.Item>
          <Form.Item name="endsOn" label={t('assistance.endsOn')} rules={[{ required: true }]}>
            <Input type="date" data-testid="consent-ends-on" />
          </Form.Item>
          <Form.Item name="evidence" label={t('assistance.evidence')}>
            <Radio.Group>
              <Radio value="paper">{t('assistance.evidence.paper')}</Radio>
              <Radio value="code" data-testid="consent-by-code">
                {t('assistance.evidence.code')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          {evidence === 'code' && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Button onClick={() => void sendCode()} data-testid="consent-send-code">
                {t('assistance.sendCode')}
              </Button>
              {codeId && <Alert type="info" message={t('assistance.codeSent')} />}
              <Form.Item name="code" label={t('assistance.code')}>
                <Input inputMode="numeric" maxLength={6} />
              </Form.Item>
            </Space>
          )}
          <Button type="primary" htmlType="submit" data-testid="consent-save">
            {t('assistance.save')}
          </Button>
        </Form>
      )}
    </Drawer>
  );
}
