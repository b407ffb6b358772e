import './elections.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type FieldError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { todayText } from '../matters/noticeText.ts';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { Alert } from '../../light/feedback.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Field, required, TextInput, useForm } from '../../light/form.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { RefusalAlert } from '../meetings/refusal.tsx';
import { ballotPage, openElectronicRound, type Rounds } from './ballot/rounds.ts';
import {
  electionPath,
  electionsPath,
  isUnderway,
  type ElectionDetail,
  type ElectionList,
  type ElectionSummary,
  type MyObjectionAnswer,
  type MyObjectionInput,
  type MyRegistration,
  type RollView,
} from './api.ts';

/**
 * 我的选民登记, on the villager's phone (light kit, no antd): for each election under way,
 * whether I am on the published roll and in which class, the days that matter to me, and
 * an objection to the roll (申诉) within its five days — about myself, or someone on it.
 */
export default function MyRegistrationPage() {
  const t = useT();
  const { villageId } = useVillage();
  const list = useApi<ElectionList>(electionsPath(villageId));
  const underway = (list.data?.elections ?? []).filter(isUnderway);
  return (
    <div className="page villager-home" data-testid="my-registration-page">
      <h1 className="villager-h1">{t('elections.mine.title')}</h1>
      <p className="l-secondary">{t('elections.mine.hint')}</p>
      {list.error && <ErrorAlert error={list.error} />}
      {!list.data && !list.error && <Spinner />}
      {list.data && underway.length === 0 && (
        <Card className="block-gap">
          <p className="l-secondary" data-testid="my-registration-none">
            {t('elections.mine.none')}
          </p>
        </Card>
      )}
      {underway.map((e) => (
        <MyElection key={e.id} villageId={villageId} election={e} />
      ))}
    </div>
  );
}

function MyElection({ villageId, election }: { villageId: string; election: ElectionSummary }) {
  const t = useT();
  const path = electionPath(villageId, election.id);
  const mine = useApi<MyRegistration>(`${path}/my-registration`);
  const detail = useApi<ElectionDetail>(path);
  const rounds = useApi<Rounds>(`${path}/rounds`);
  const [sent, setSent] = useState<MyObjectionAnswer | null>(null);
  const m = mine.data;
  const tt = detail.data?.timetable;
  // once the polling notice is out, its round has the day (a runoff's own) and the place
  const round = rounds.data?.rounds.at(-1);
  const voting = openElectronicRound(rounds.data);
  // the five days run from publication; the server refuses a late one citing the article
  const canObject = m?.objectionsBy != null && todayText() <= m.objectionsBy;
  return (
    <Card
      className="block-gap"
      data-testid="my-registration"
      title={<h2 className="my-registration-h2">{election.title}</h2>}
    >
      {!m ? (
        <Spinner />
      ) : (
        <>
          <p className="my-registration-status" data-testid="my-registration-status">
            {!m.rollPublishedOn ? (
              <Tag color="blue">{t('elections.mine.notPublished')}</Tag>
            ) : m.registered ? (
              <Tag color="green">
                {t('elections.mine.registered', {
                  class: t(`elections.roll.class.${m.voterClass ?? 1}`),
                })}
              </Tag>
            ) : (
              <Tag color="red">{t('elections.mine.notRegistered')}</Tag>
            )}
          </p>
          {voting?.mine.onRoll &&
            (voting.mine.voted ? (
              <p>
                <Tag color="green" data-testid="my-registration-voted">
                  {t('ballot.voted')}
                </Tag>
              </p>
            ) : (
              <Link
                to={ballotPage(villageId, election.id)}
                className="l-btn l-btn-primary l-btn-lg l-btn-block"
                data-testid="my-registration-vote"
              >
                {t('ballot.link')}
              </Link>
            ))}
          {m.rollPublishedOn && !m.registered && (
            <p className="l-secondary">{t('elections.mine.notRegistered.hint')}</p>
          )}
          <dl className="my-registration-dates">
            {(round || tt) && (
              <div>
                <dt>{t('elections.timetable.pollingOn')}</dt>
                <dd data-testid="my-registration-polling">
                  {t.date(round?.pollingOn ?? tt?.pollingOn)}
                </dd>
              </div>
            )}
            {round?.place && (
              <div>
                <dt>{t('ballot.place')}</dt>
                <dd data-testid="my-registration-place">{round.place}</dd>
              </div>
            )}
            {m.rollPublishedOn && (
              <div>
                <dt>{t('elections.roll.published')}</dt>
                <dd>{t.date(m.rollPublishedOn)}</dd>
              </div>
            )}
            {m.objectionsBy && (
              <div>
                <dt>{t('elections.roll.objectionsBy')}</dt>
                <dd data-testid="my-registration-objections-by">{t.date(m.objectionsBy)}</dd>
              </div>
            )}
            {tt && (
              <div>
                <dt>{t('elections.timetable.candidateListBy')}</dt>
                <dd>{t.date(tt.candidateListBy)}</dd>
              </div>
            )}
          </dl>
          {sent ? (
            <Alert
              type="success"
              data-testid="my-objection-sent"
              title={t('elections.mine.objectionSent', {
                date: t.date(sent.receivedOn),
                by: t.date(sent.decideBy),
              })}
            />
          ) : (
            canObject && <ObjectForm path={path} onSent={setSent} />
          )}
        </>
      )}
    </Card>
  );
}

/** An objection to the roll: about myself (left off, the wrong class) or about someone on it. */
function ObjectForm({ path, onSent }: { path: string; onSent: (a: MyObjectionAnswer) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [about, setAbout] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const roll = useApi<RollView>(open ? `${path}/roll` : null);
  const form = useForm(
    { reason: '', find: '' },
    { reason: [required(t('elections.mine.reasonRequired'))] },
  );
  const reason = form.field('reason');
  const find = form.field('find');
  if (!open)
    return (
      <Button block size="large" onClick={() => setOpen(true)} data-testid="my-objection-open">
        {t('elections.mine.object')}
      </Button>
    );
  const needle = find.value.trim();
  const shown = (roll.data?.voters ?? [])
    .filter((v) => needle && v.name.includes(needle))
    .slice(0, 20);
  const submit = async () => {
    if (!form.validate()) return;
    setBusy(true);
    setError(null);
    try {
      const input: MyObjectionInput = { aboutPersonId: about || null, reason: form.values.reason };
      onSent(
        await api<MyObjectionAnswer>(`${path}/objections/mine`, { method: 'POST', body: input }),
      );
    } catch (cause) {
      setError(cause);
      setUnmatched(form.applyServerErrors(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="my-objection" data-testid="my-objection-form">
      <p className="l-secondary">{t('elections.mine.object.hint')}</p>
      <RefusalAlert error={error} testId="my-objection-refused" />
      {unmatched.length > 0 && <ErrorAlert error={error} unmatched={unmatched} />}
      <Field
        label={t('elections.mine.about')}
        id="objection-about"
        extra={t('elections.mine.about.hint')}
      >
        <TextInput
          id="objection-about"
          value={find.value}
          onChange={find.onChange}
          placeholder={t('app.search')}
        />
        {shown.length > 0 && (
          <ul className="my-objection-people">
            {shown.map((v) => (
              <li key={v.personId}>
                <label>
                  <input
                    type="radio"
                    name="objection-about"
                    checked={about === v.personId}
                    onChange={() => setAbout(v.personId)}
                  />{' '}
                  {v.name}（{v.groupName}）
                </label>
              </li>
            ))}
          </ul>
        )}
        {about && (
          <Button kind="link" onClick={() => setAbout('')}>
            {t('elections.mine.aboutMyself')}
          </Button>
        )}
      </Field>
      <Field label={t('elections.objections.reason')} id="objection-reason" error={reason.error}>
        <textarea
          id="objection-reason"
          className={
            reason.error ? 'l-input l-input-error my-objection-text' : 'l-input my-objection-text'
          }
          rows={4}
          maxLength={1000}
          value={reason.value}
          aria-invalid={reason.error ? true : undefined}
          onChange={(e) => reason.onChange(e.target.value)}
          data-testid="my-objection-reason"
        />
      </Field>
      <Button
        kind="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
        data-testid="my-objection-submit"
      >
        {t('elections.mine.objectSubmit')}
      </Button>
    </div>
  );
}
