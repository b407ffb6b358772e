import { Link } from 'react-router-dom';
import { Button, Dropdown, Space } from 'antd';
import { DesktopOutlined, DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/index.tsx';
import {
  NOTICES,
  electionNoticePrintPage,
  noticeDay,
  type ElectionDetail,
  type NoticeKind,
  type Paper,
} from './sheet.tsx';

const isNotice = (s: string): s is NoticeKind => (NOTICES as readonly string[]).includes(s);

/** The second half's tabs and the papers each offers, in the order the day needs them. */
type LaterPaper = Exclude<Paper, NoticeKind>;
const LATER: Record<string, readonly LaterPaper[]> = {
  polling: ['polling', 'proxies', 'ballot', 'voters', 'tally'],
  result: ['result', 'certificate', 'handover'],
};

/**
 * 打印公告 for the election page's open section (committee, rules, roll, candidates): once
 * the notice is published, or for the election committee's members to check a draft sheet.
 * On the polling and result tabs the committee's papers (its members' and the town's) in a
 * menu, and for every reader the projector's live count.
 */
export function PrintNoticeLink({
  villageId,
  data,
  section,
}: {
  villageId: string;
  data: ElectionDetail;
  section: string;
}) {
  const t = useT();
  const papers = LATER[section];
  if (papers) {
    const live = `/v/${villageId}/elections/${data.election.id}/live`;
    const committee = data.mine.committeeMember || data.mine.seesPersonalData;
    return (
      <Space>
        {committee && (
          <Dropdown
            menu={{
              items: papers.map((p) => ({
                key: p,
                label: (
                  <Link
                    to={electionNoticePrintPage(villageId, data.election.id, p)}
                    data-testid={`election-print-${p}`}
                  >
                    {t(`elections.paper.link.${p}`)}
                  </Link>
                ),
              })),
            }}
          >
            <Button icon={<PrinterOutlined />} data-testid="election-papers">
              {t('elections.paper.link.more')} <DownOutlined />
            </Button>
          </Dropdown>
        )}
        <Link to={live} data-testid="election-live-link">
          <Button icon={<DesktopOutlined />}>{t('elections.paper.link.live')}</Button>
        </Link>
      </Space>
    );
  }
  if (!isNotice(section)) return null;
  if (!noticeDay(data, section) && !data.mine.committeeMember) return null;
  return (
    <Link
      to={electionNoticePrintPage(villageId, data.election.id, section)}
      data-testid={`election-print-${section}`}
    >
      <Button icon={<PrinterOutlined />}>{t(`elections.print.link.${section}`)}</Button>
    </Link>
  );
}
