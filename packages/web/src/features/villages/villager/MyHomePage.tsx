import '../../matters/matters.css';
import './villager.css';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { VILLAGE_ROLE_NAMES } from '@cunzhi/core/policies/actor';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import type { NoticesResponse, ResolutionsResponse } from '../../matters/api.ts';
import { Card, Tag } from '../../../light/Card.tsx';
import { Spinner } from '../../../light/Spinner.tsx';
import { VillageIcon } from '../../../light/villageIcons.tsx';
import type { MyHomeResponse, MyHousehold, MyMeeting } from '../api.ts';
import { NoticesCard } from './Notices.tsx';
import { MY_HOME_NOTICES, MY_HOME_RESOLUTIONS } from '../../../app/preload.ts';
import { LiaisonMemberItem } from '../../liaison/LiaisonMemberItem.tsx';

// The bodies and their members: a long list, drawn only when the villager opens it.
const BodiesList = lazy(() => import('./BodiesList.tsx'));

const RESOLUTIONS_SHOWN = MY_HOME_RESOLUTIONS;

/**
 * The villager's own home (villagers and representatives): what I must do now (the meetings I
 * am due at, with the button to check in or vote), what the village decided and published, and
 * my household with its group and grid. Drawn with the light kit: a village phone loads no antd.
 */
export default function MyHomePage() {
  const t = useT();
  const { data, villageId } = useVillage();
  const { village, roles, abilities } = data;
  const mine = useApi<MyHomeResponse>(`/api/villages/${villageId}/my-home`);
  // the cards are drawn together once their answers are in (all asked at once): a card that
  // arrived later would push the ones below it down the screen under the reader's finger
  const decided = useApi<ResolutionsResponse>(
    abilities.readDecisions
      ? `/api/villages/${villageId}/resolutions?limit=${RESOLUTIONS_SHOWN}`
      : null,
  );
  const notices = useApi<NoticesResponse>(
    abilities.readDecisions ? `/api/villages/${villageId}/notices?limit=${MY_HOME_NOTICES}` : null,
  );
  const settled = [mine, ...(abilities.readDecisions ? [decided, notices] : [])].every(
    (answer) => answer.data !== undefined || answer.error !== undefined,
  );

  return (
    <div className="page villager-home my-home">
      <header className="village-header" data-testid="village-header">
        <h1 className="villager-h1 village-name">{village.name}</h1>
        <p className="l-secondary village-place">
          {village.countyName} · {village.townName}
        </p>
        {mine.data?.personName && (
          <p className="my-home-hello" data-testid="my-home-hello">
            {t('myHome.hello', { name: mine.data.personName })}
          </p>
        )}
        {roles.length > 0 && (
          <div className="village-roles">
            <span className="l-secondary">{t('home.myRoles')}</span>
            {roles.map((role) => (
              <Tag key={role} color="red">
                {t.pick(VILLAGE_ROLE_NAMES[role])}
              </Tag>
            ))}
          </div>
        )}
      </header>

      {settled ? (
        <>
          <Todo meetings={mine.data?.meetings} villageId={villageId} />
          {abilities.objectToRoll && (
            // a villager's registration for an election and their objection to the roll
            <Link to={`/v/${villageId}/my-registration`} data-testid="home-my-registration">
              <Card size="small" className="block-gap">
                {t('elections.home.link')} ›
              </Card>
            </Link>
          )}
          {abilities.signRecall && (
            // recall requests collecting signatures, signed in one's own name
            <Link to={`/v/${villageId}/my-recalls`} data-testid="home-my-recalls">
              <Card size="small" className="block-gap">
                {t('recall.home.link')} ›
              </Card>
            </Link>
          )}
          {abilities.orderOwnServices && (
            // the service station: what it does, ordering, and where one's requests stand
            <Link to={`/v/${villageId}/my-services`} data-testid="home-my-services">
              <Card size="small" className="block-gap">
                {t('services.home.link')} ›
              </Card>
            </Link>
          )}
          {abilities.ownParty && mine.data?.household?.iAmPartyMember && (
            // a Party member's own record: their unit, the meetings they were due at
            <Link to={`/v/${villageId}/my-party`} data-testid="home-my-party">
              <Card size="small" className="block-gap">
                {t('party.mine.menu')} ›
              </Card>
            </Link>
          )}
          {abilities.ownPartyDues && mine.data?.household?.iAmPartyMember && (
            // a Party member's own dues: the standard, the months paid, the arrears
            <Link to={`/v/${villageId}/my-dues`} data-testid="home-my-dues">
              <Card size="small" className="block-gap">
                {t('partyDues.mine.menu')} ›
              </Card>
            </Link>
          )}
          {abilities.ownAssistance && (
            // 代办记录: what was done on one's behalf with one's consent, and the consents
            <Link to={`/v/${villageId}/my-assistance`} data-testid="home-my-assistance">
              <Card size="small" className="block-gap">
                {t('assistance.mine.menu')} ›
              </Card>
            </Link>
          )}
          {abilities.ownPoints && (
            // the household's points, each line explained, and the shop they buy from
            <Link to={`/v/${villageId}/my-points`} data-testid="home-my-points">
              <Card size="small" className="block-gap">
                {t('points.home.link')} ›
              </Card>
            </Link>
          )}
          {abilities.ownCollective && (
            // a member's shares, dividends, the organisation's accounts and resolutions
            <Link to={`/v/${villageId}/my-collective`} data-testid="home-my-collective">
              <Card size="small" className="block-gap">
                {t('collectiveBooks.mine.link')} ›
              </Card>
            </Link>
          )}
          {abilities.redeemOwnPoints && (
            <Link to={`/v/${villageId}/my-shop`} data-testid="home-my-shop">
              <Card size="small" className="block-gap">
                {t('supermarket.home.link')} ›
              </Card>
            </Link>
          )}
          {/* the rules in force are public: the portal's page, where the printed copy's QR leads */}
          <a href={`/p/${villageId}/village-rules`} data-testid="home-village-rules">
            <Card size="small" className="block-gap">
              {t('villageRules.home.link')} ›
            </Card>
          </a>
          {abilities.readDecisions && <Decided data={decided.data} villageId={villageId} />}
          {abilities.readDecisions && <NoticesCard data={notices.data} limit={MY_HOME_NOTICES} />}
          {mine.data && <Household household={mine.data.household} villageId={villageId} />}
          <Bodies />
        </>
      ) : (
        <div className="my-home-loading">
          <Spinner />
        </div>
      )}
    </div>
  );
}

function SectionTitle({
  icon,
  children,
}: {
  icon: Parameters<typeof VillageIcon>[0]['name'];
  children: string;
}) {
  return (
    <h2 className="my-home-h2">
      <VillageIcon name={icon} /> {children}
    </h2>
  );
}

/** 我要办的事: the meetings the villager is due at, the open one first, each with its button. */
function Todo({ meetings, villageId }: { meetings: MyMeeting[] | undefined; villageId: string }) {
  const t = useT();
  let body;
  if (!meetings) body = <Spinner />;
  else if (meetings.length === 0)
    body = <p className="l-secondary my-home-empty">{t('myHome.todo.none')}</p>;
  else
    body = (
      <ul className="my-home-list">
        {meetings.map((m) => (
          <MeetingItem key={m.id} meeting={m} villageId={villageId} />
        ))}
      </ul>
    );
  return (
    <Card
      className="my-home-card block-gap"
      data-testid="my-todo"
      title={<SectionTitle icon="calendar">{t('myHome.todo')}</SectionTitle>}
    >
      {body}
    </Card>
  );
}

function MeetingItem({ meeting: m, villageId }: { meeting: MyMeeting; villageId: string }) {
  const t = useT();
  const to = `/v/${villageId}/meetings/${m.id}/me`;
  const open = m.status === 'open';
  let action;
  if (open && !m.checkedIn)
    action = (
      <Link
        to={to}
        className="l-btn l-btn-primary l-btn-lg my-home-action"
        data-testid="my-meeting-check-in"
      >
        {t('myHome.meeting.checkIn')}
      </Link>
    );
  else if (open && m.votesToCast > 0)
    action = (
      <Link
        to={to}
        className="l-btn l-btn-primary l-btn-lg my-home-action"
        data-testid="my-meeting-vote"
      >
        {t('myHome.meeting.vote', { count: m.votesToCast })}
      </Link>
    );
  else
    action = (
      <Link
        to={to}
        className="l-btn l-btn-default l-btn-lg my-home-action"
        data-testid="my-meeting-open"
      >
        {t('myHome.meeting.view')}
      </Link>
    );
  return (
    <li
      className="my-meeting"
      data-testid="my-meeting"
      data-meeting-id={m.id}
      data-status={m.status}
    >
      <div className="my-meeting-head">
        <Tag color={open ? 'green' : 'blue'}>
          {open ? t('myHome.meeting.open') : t('myHome.meeting.planned')}
        </Tag>
        {m.checkedIn && (
          <Tag color="green" data-testid="my-meeting-checked-in">
            {t('myHome.meeting.checkedIn')}
          </Tag>
        )}
      </div>
      <h3 className="my-meeting-title">{m.title}</h3>
      <p className="my-meeting-line">
        {t.pick(m.kindName)} ·{' '}
        {t('myHome.meeting.when', { date: t.date(m.meetingOn), time: m.startsAt })}
      </p>
      {m.place && (
        <p className="my-meeting-line">{t('myHome.meeting.place', { place: m.place })}</p>
      )}
      {!open && <p className="l-secondary my-meeting-line">{t('myHome.meeting.plannedHint')}</p>}
      {action}
    </li>
  );
}

/** 村里的决定: the latest resolutions, each leading to its full text. */
function Decided({
  data,
  villageId,
}: {
  data: ResolutionsResponse | undefined;
  villageId: string;
}) {
  const t = useT();
  const base = `/v/${villageId}`;
  const items = [...(data?.items ?? [])]
    // ISO dates compare as text: localeCompare would load the collator on the first screen
    .sort((a, b) =>
      b.adoptedOn > a.adoptedOn ? 1 : b.adoptedOn < a.adoptedOn ? -1 : b.number - a.number,
    )
    .slice(0, RESOLUTIONS_SHOWN);
  let body;
  if (!data) body = <Spinner />;
  else if (items.length === 0) body = <p className="l-secondary">{t('myHome.decided.none')}</p>;
  else
    body = (
      <ul className="my-home-list">
        {items.map((r) => (
          <li key={r.id} className="my-resolution" data-testid="my-resolution">
            <Link to={`${base}/resolutions/${r.id}/print`} className="my-resolution-title">
              {r.title}
            </Link>
            <span className="l-secondary my-resolution-meta">
              {r.numberText} · {t.date(r.adoptedOn)}
            </span>
          </li>
        ))}
      </ul>
    );
  return (
    <Card
      className="my-home-card block-gap"
      data-testid="my-decided"
      title={<SectionTitle icon="audit">{t('myHome.decided')}</SectionTitle>}
      extra={
        <Link to={`${base}/notices?tab=resolutions`} className="my-home-more">
          {t('myHome.decided.all')} <VillageIcon name="right" />
        </Link>
      }
    >
      <p className="l-secondary">{t('myHome.decided.hint')}</p>
      {body}
    </Card>
  );
}

/** 我的家庭: the household, its group and grid, the grid chief to call, the members. */
function Household({
  household: h,
  villageId,
}: {
  household: MyHousehold | null;
  villageId: string;
}) {
  const t = useT();
  const title = <SectionTitle icon="home">{t('myHome.household')}</SectionTitle>;
  if (!h)
    return (
      <Card className="my-home-card block-gap" data-testid="my-household" title={title}>
        <p className="l-secondary">{t('myHome.household.none')}</p>
      </Card>
    );
  return (
    <Card
      className="my-home-card block-gap"
      data-testid="my-household"
      title={title}
      extra={
        <Link
          to={`/v/${villageId}/households/${h.id}`}
          className="my-home-more"
          data-testid="my-household-details"
        >
          {t('myHome.household.details')} <VillageIcon name="right" />
        </Link>
      }
    >
      <dl className="my-household-facts">
        <div>
          <dt>{t('myHome.household.number')}</dt>
          <dd data-testid="my-household-number">{h.number}</dd>
        </div>
        {h.address && (
          <div>
            <dt>{t('myHome.household.address')}</dt>
            <dd>{h.address}</dd>
          </div>
        )}
        <div>
          <dt>{t('myHome.household.group')}</dt>
          <dd data-testid="my-household-group">{h.group.name}</dd>
        </div>
        <div>
          <dt>{t('myHome.household.grid')}</dt>
          <dd data-testid="my-household-grid">
            {h.grid ? h.grid.name : t('myHome.household.gridNone')}
          </dd>
        </div>
        {h.grid?.chiefName && (
          <div>
            <dt>{t('myHome.household.chief')}</dt>
            <dd data-testid="my-household-chief">
              <span>{h.grid.chiefName}</span>
              {h.grid.chiefPhone && (
                <a
                  href={`tel:${h.grid.chiefPhone}`}
                  className="l-btn l-btn-default tel-link"
                  data-testid="my-household-call"
                  aria-label={t('myHome.household.call', { phone: h.grid.chiefPhone })}
                >
                  <VillageIcon name="phone" /> {h.grid.chiefPhone}
                </a>
              )}
            </dd>
          </div>
        )}
        {h.partyLiaison && <LiaisonMemberItem member={h.partyLiaison} />}
      </dl>
      <h3 className="my-household-members-title">{t('myHome.household.members')}</h3>
      <ul className="my-household-members">
        {h.members.map((m) => (
          <li key={m.id} data-testid="my-household-member">
            <span className="member-name">{m.name}</span>
            <span className="l-secondary">{t(`relation.${m.relationToHead}`)}</span>
            {m.me && <Tag color="red">{t('myHome.household.me')}</Tag>}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The village's bodies and their members, folded: opened, they load and draw. */
function Bodies() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="l-card-box my-home-bodies"
      data-testid="my-bodies"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="my-home-bodies-summary">
        <span className="my-home-h2">
          <VillageIcon name="apartment" /> {t('myHome.bodies')}
        </span>
        <span className="l-secondary">{t('myHome.bodies.hint')}</span>
      </summary>
      {open && (
        <Suspense fallback={<Spinner />}>
          <BodiesList />
        </Suspense>
      )}
    </details>
  );
}
