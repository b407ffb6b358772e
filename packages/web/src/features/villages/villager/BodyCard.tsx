import { useState } from 'react';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import type { BodyMember, BodyView } from '../../../api/types.ts';
import { useT } from '../../../i18n/index.tsx';
import { hasCompositionRules, useCompositionFindings } from '../../matters/composition.ts';
import { citationFor, pickText, whereText } from '../../matters/text.ts';
import { todayText } from '../../matters/noticeText.ts';
import { Card, Tag } from '../../../light/Card.tsx';
import { Button } from '../../../light/Button.tsx';
import { VillageIcon } from '../../../light/villageIcons.tsx';

// The villager's view of a body: who sits in it, read only. The console's twin, with the
// appointment buttons, is bodies/BodyCard.tsx.

/** Rank-and-file roles are shown as compact name chips; everyone else gets a line of their own. */
const PLAIN_ROLES = new Set(['member', 'representative', 'staff']);
/** Chips shown before "show all": a representatives' meeting can seat 80 people. */
const CHIPS_FOLDED = 18;

export function BodyCard({
  body,
  subBodies,
  nested,
}: {
  body: BodyView;
  subBodies: BodyView[];
  nested?: boolean;
}) {
  const t = useT();
  const kindName = t.pick(body.kindName);
  const fromRegistry = BODY_KIND_INFO[body.kind]?.membersFromRegistry ?? false;
  let members;
  if (fromRegistry) members = <p>{t('home.membersFromRegistry')}</p>;
  else if (body.members.length === 0)
    members = <p className="l-secondary center">{t('home.noMembers')}</p>;
  else members = <Members members={body.members} termStartsOn={body.term?.startsOn ?? null} />;
  return (
    <Card
      className={nested ? 'body-card body-card-nested' : 'body-card'}
      size={nested ? 'small' : 'default'}
      data-testid="body-card"
      data-body-kind={body.kind}
      title={
        <div className="body-card-title">
          <span>{body.name}</span>
          {body.name !== kindName && <span className="l-secondary">{kindName}</span>}
        </div>
      }
      extra={body.seats ? <Tag>{t('home.seats', { seats: body.seats })}</Tag> : undefined}
    >
      <p className="l-secondary body-term">
        {body.term
          ? t('home.term', { from: t.date(body.term.startsOn), to: t.date(body.term.endsOn) })
          : fromRegistry
            ? null
            : t('home.term.none')}
      </p>
      {hasCompositionRules(body.kind) && <Composition bodyId={body.id} />}
      {members}
      {body.departed.length > 0 && <Departed body={body} />}
      {subBodies.length > 0 && (
        <div className="sub-bodies">
          <strong className="sub-bodies-title">
            <VillageIcon name="apartment" /> {t('home.subBranches')}
          </strong>
          <div className="villager-grid">
            {subBodies.map((sub) => (
              <BodyCard key={sub.id} body={sub} subBodies={[]} nested />
            ))}
          </div>
        </div>
      )}
    </Card>
  );
}

function Members({
  members,
  termStartsOn,
}: {
  members: BodyMember[];
  termStartsOn: string | null;
}) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const officers = members.filter((m) => !PLAIN_ROLES.has(m.role));
  const plain = members.filter((m) => PLAIN_ROLES.has(m.role));
  const shown = expanded ? plain : plain.slice(0, CHIPS_FOLDED);
  // Plain members' role is the same for all: name it once.
  const plainRole = plain[0] ? t.pick(plain[0].roleName) : '';
  const since = (m: BodyMember) => t('home.memberSince', { date: t.date(m.startsOn) });
  return (
    <div className="members">
      {officers.map((m) => (
        <div key={m.membershipId} className="member villager-member" data-testid="body-member">
          <span className="member-name">{m.name}</span>
          <Tag color="volcano">{t.pick(m.roleName)}</Tag>
          <span className="l-secondary member-since">{since(m)}</span>
        </div>
      ))}
      {plain.length > 0 && (
        <div className="member-chips">
          <span className="l-secondary member-chips-title">
            {t('home.plainMembers', { role: plainRole, count: plain.length })}
          </span>
          <div className="member-chips-list">
            {shown.map((m) => (
              <span
                key={m.membershipId}
                className="member-chip"
                data-testid="body-member"
                title={m.startsOn !== termStartsOn ? since(m) : undefined}
              >
                <span className="member-name">{m.name}</span>
              </span>
            ))}
            {plain.length > CHIPS_FOLDED && (
              <Button
                kind="link"
                onClick={() => setExpanded(!expanded)}
                data-testid="members-expand"
              >
                {expanded ? t('home.members.fold') : t('home.members.all', { count: plain.length })}
              </Button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/** Members of this term whose office ended early, and why where the product ended it (民主评议). */
function Departed({ body }: { body: BodyView }) {
  const t = useT();
  return (
    <div className="members body-departed" data-testid="body-departed">
      <span className="l-secondary">{t('home.departed')}</span>
      {body.departed.map((m) => (
        <p key={m.membershipId} className="no-margin" data-testid="departed-member">
          {t('home.departedText', {
            name: m.name,
            role: t.pick(m.roleName),
            date: t.date(m.endedOn),
          })}
          {m.endReasonText && (
            <span style={{ color: 'var(--l-error)' }} data-testid="departed-reason">
              {t.lang === 'en' ? ': ' : '：'}
              {t.pick(m.endReasonText)}
            </span>
          )}
        </p>
      ))}
    </div>
  );
}

/** Is this body lawfully composed today? Each finding with its rule (matters/CompositionFindings in the console). */
function Composition({ bodyId }: { bodyId: string }) {
  const t = useT();
  const findings = useCompositionFindings(bodyId);
  if (!findings) return null;
  if (findings.length === 0)
    return (
      <div className="composition composition-ok" data-testid="composition-ok">
        <VillageIcon name="checkCircleO" /> {t('composition.ok')}
      </div>
    );
  return (
    <ul className="composition composition-list" data-testid="composition">
      {findings.map((f, i) => {
        const rule = f.citation ?? citationFor(f.ruleId, todayText()) ?? { ruleId: f.ruleId };
        const force = 'force' in rule ? rule.force : undefined;
        return (
          <li
            key={`${f.ruleId}-${f.code}-${i}`}
            className={`composition-item composition-${f.severity}`}
            data-testid="composition-finding"
            data-severity={f.severity}
            data-rule-id={f.ruleId}
          >
            <VillageIcon name={f.severity === 'violation' ? 'exclamationCircleO' : 'warning'} />
            <span className="composition-message">{pickText(t, f.message)}</span>
            <Tag
              className="rule-tag"
              color={force === 'statute' ? 'red' : force === 'policy' ? 'orange' : 'blue'}
              title={whereText(t, rule)}
              data-testid="rule-tag"
              data-rule-id={rule.ruleId}
            >
              {whereText(t, rule, { short: true }) || rule.ruleId}
            </Tag>
          </li>
        );
      })}
    </ul>
  );
}
