import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { Button } from '../../light/Button.tsx';
import { Card } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Field, TextInput } from '../../light/form.tsx';
import { RadioList } from '../../light/choice.tsx';
import type { MyHomeResponse } from '../villages/api.ts';
import { assistanceApi } from './api.ts';

const ACTS = ['checkIn', 'serviceOrder', 'question'] as const;

/**
 * 请家人授权 on the relative's phone (light kit, 44 px targets for 长辈模式): choose a member of
 * one's household, the acts and the last day; the code goes by SMS to the phone the register
 * has for that member, with the terms in words; the relative types in the code the member reads
 * out. The consent then shows under 家人给我的授权, and on the member's own 代办记录.
 */
export function AskConsentCard({ villageId, onDone }: { villageId: string; onDone: () => void }) {
  const t = useT();
  const home = useApi<MyHomeResponse>(`/api/villages/${villageId}/my-home`);
  const [personId, setPersonId] = useState('');
  const [acts, setActs] = useState<string[]>(['checkIn']);
  const [endsOn, setEndsOn] = useState('');
  const [codeId, setCodeId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const others = (home.data?.household?.members ?? []).filter((m) => !m.me);
  if (others.length === 0) return null;
  const terms = { personId, agentKind: 'relative' as const, acts, endsOn };
  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setFailed(null);
    try {
      await step();
    } catch (e) {
      setFailed(e);
    } finally {
      setBusy(false);
    }
  };
  const send = () =>
    run(async () => {
      const sent = await api<{ codeId: string }>(`${assistanceApi(villageId)}/consent-codes`, {
        method: 'POST',
        body: terms,
      });
      setCodeId(sent.codeId);
    });
  const confirm = () =>
    run(async () => {
      await api(`${assistanceApi(villageId)}/consents`, {
        method: 'POST',
        body: { ...terms, evidence: 'code', codeId, code },
      });
      setCodeId(null);
      setCode('');
      onDone();
    });
  // changing the terms after the code was sent makes a new code necessary (it is bound to them)
  const change =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      setCodeId(null);
    };
  const toggle = (act: string) =>
    change(setActs)(acts.includes(act) ? acts.filter((a) => a !== act) : [...acts, act]);
  const ready = personId !== '' && acts.length > 0 && endsOn !== '';
  return (
    <Card className="block-gap ask-consent" data-testid="ask-consent">
      <h2>{t('assistance.ask.title')}</h2>
      <p className="l-secondary">{t('assistance.ask.intro')}</p>
      <Field label={t('assistance.ask.who')} id="ask-consent-person">
        <RadioList
          name="ask-consent-person"
          value={personId}
          onChange={change(setPersonId)}
          optionClassName="ask-consent-option"
          options={others.map((m) => ({ value: m.id, label: m.name }))}
        />
      </Field>
      <Field label={t('assistance.actsLabel')} id="ask-consent-acts">
        <div className="l-radio-list">
          {ACTS.map((a) => (
            <label key={a} className="l-radio ask-consent-option">
              <input
                type="checkbox"
                checked={acts.includes(a)}
                onChange={() => toggle(a)}
                data-testid={`ask-consent-act-${a}`}
              />
              <span>{t(`assistance.act.${a}`)}</span>
            </label>
          ))}
        </div>
      </Field>
      <Field label={t('assistance.endsOn')} id="ask-consent-ends-on">
        <TextInput
          id="ask-consent-ends-on"
          type="date"
          size="large"
          value={endsOn}
          onChange={change(setEndsOn)}
          data-testid="ask-consent-ends-on"
        />
      </Field>
      {failed !== null && <ErrorAlert error={failed} />}
      {codeId === null ? (
        <Button
          kind="primary"
          size="large"
          block
          disabled={!ready}
          loading={busy}
          onClick={() => void send()}
          data-testid="ask-consent-send"
        >
          {t('assistance.ask.send')}
        </Button>
      ) : (
        <>
          <p className="l-secondary" data-testid="ask-consent-sent">
            {t('assistance.ask.sent')}
          </p>
          <Field label={t('assistance.code')} id="ask-consent-code">
            <TextInput
              id="ask-consent-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              size="large"
              value={code}
              onChange={setCode}
              data-testid="ask-consent-code"
            />
          </Field>
          <Button
            kind="primary"
            size="large"
            block
            disabled={code.trim().length === 0}
            loading={busy}
            onClick={() => void confirm()}
            data-testid="ask-consent-confirm"
          >
            {t('assistance.ask.confirm')}
          </Button>
        </>
      )}
    </Card>
  );
}
