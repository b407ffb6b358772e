import { useState } from 'react';
import { api, type FieldError } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { Button } from '../../../light/Button.tsx';
import { RadioList } from '../../../light/choice.tsx';
import { ErrorAlert } from '../../../light/ErrorAlert.tsx';
import { Field, required, useForm } from '../../../light/form.tsx';
import { RefusalAlert } from '../../meetings/refusal.tsx';
import { useElectedCommittees } from './committees.ts';
import { recallsPath, type OpenRecallInput, type RecallDetail } from './api.ts';

/**
 * A villager's own recall request from the phone (light kit): the serving member it is against
 * and the reasons; signatures are then collected, the villager's own first if they sign it.
 */
export function OpenRecallForm({ onOpened }: { onOpened: (r: RecallDetail) => void }) {
  const t = useT();
  const { villageId } = useVillage();
  const committees = useElectedCommittees();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm(
    { membershipId: '', reasons: '' },
    {
      membershipId: [required(t('recall.mine.memberRequired'))],
      reasons: [required(t('recall.mine.reasonsRequired'))],
    },
  );
  const member = form.field('membershipId');
  const reasons = form.field('reasons');
  const seats = committees.bodies.flatMap((b) =>
    b.members.map((m) => ({
      value: m.membershipId,
      label: `${m.name}（${t.pick(b.kindName)}${t.pick(m.roleName)}）`,
    })),
  );
  if (!open)
    return (
      <Button block size="large" onClick={() => setOpen(true)} data-testid="my-recall-open">
        {t('recall.mine.open')}
      </Button>
    );
  const submit = async () => {
    if (!form.validate()) return;
    setBusy(true);
    setError(null);
    try {
      const input: OpenRecallInput = form.values;
      onOpened(await api<RecallDetail>(recallsPath(villageId), { method: 'POST', body: input }));
      setOpen(false);
    } catch (cause) {
      setError(cause);
      setUnmatched(form.applyServerErrors(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="block-gap" data-testid="my-recall-open-form">
      <h2 className="my-registration-h2">{t('recall.mine.open')}</h2>
      <p className="l-secondary">{t('recall.mine.open.hint')}</p>
      <RefusalAlert error={error} testId="my-recall-open-refused" />
      {unmatched.length > 0 && <ErrorAlert error={error} unmatched={unmatched} />}
      <Field label={t('recall.mine.member')} id="recall-member" error={member.error}>
        <RadioList
          name="recall-member"
          value={member.value}
          onChange={member.onChange}
          options={seats}
        />
      </Field>
      <Field label={t('recall.mine.reasons')} id="recall-reasons" error={reasons.error}>
        <textarea
          id="recall-reasons"
          className={
            reasons.error ? 'l-input l-input-error my-objection-text' : 'l-input my-objection-text'
          }
          rows={5}
          maxLength={5000}
          value={reasons.value}
          aria-invalid={reasons.error ? true : undefined}
          onChange={(e) => reasons.onChange(e.target.value)}
          data-testid="my-recall-reasons-input"
        />
      </Field>
      <Button
        kind="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
        data-testid="my-recall-open-submit"
      >
        {t('recall.mine.open.submit')}
      </Button>
    </div>
  );
}
