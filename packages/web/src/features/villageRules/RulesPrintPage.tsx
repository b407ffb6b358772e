import { useParams } from 'react-router-dom';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { clauseLabel } from '@cunzhi/core/villageRules/clauses';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { rulesApi, rulesPath, type RulesVersion } from './api.ts';
import './villageRules.css';

/**
 * The rules text on A4 for the board and every household: the title, how it was adopted (the
 * assembly's resolution and its date) and filed, the clauses as 第一条…, the villagers'
 * committee with room for the seal, a QR code to the rules in force on the public portal and the
 * audit fingerprint of the publication. A version not yet published prints as a draft.
 */
export default function RulesPrintPage() {
  const t = useT();
  const { villageId = '', versionId = '' } = useParams();
  const { data, error } = useApi<{ version: RulesVersion }>(`${rulesApi(villageId)}/${versionId}`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const v = data.version;
  const page = `${rulesPath(villageId)}/${v.id}`;
  // a community's rules are its residents': 居民会议, 居民委员会
  const say = (text: string) => (v.villageKind === 'community' ? forCommunity(text) : text);
  return (
    <PrintFrame backTo={page} testId="rules-print-page">
      <header className="print-village">{v.villageName}</header>
      <h1 className="print-title" data-testid="print-title">
        {v.villageName}
        {v.title}
      </h1>
      <div className="rules-print-meta" data-testid="rules-print-meta">
        {v.adoptedOn && v.resolution ? (
          <div>
            {say(
              t('villageRules.print.adopted', {
                on: t.date(v.adoptedOn),
                resolution: v.resolution.numberText,
              }),
            )}
          </div>
        ) : (
          <div>{t('villageRules.print.draft')}</div>
        )}
        {v.filedOn && <div>{t('villageRules.print.filed', { on: t.date(v.filedOn) })}</div>}
      </div>
      <div className="rules-print-clauses" data-testid="rules-print-clauses">
        {v.clauses.map((c) => (
          <p key={c.number}>
            <strong>{clauseLabel(c.number)}</strong> {c.body}
          </p>
        ))}
      </div>
      <Signature
        issuer={`${v.villageName}${say(t('villageRules.print.issuer'))}`}
        date={v.publishedOn ? t.date(v.publishedOn) : ''}
      />
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}/p/${villageId}/village-rules`}
        scan={t('villageRules.print.scan')}
        fingerprint={v.fingerprint}
      />
    </PrintFrame>
  );
}
