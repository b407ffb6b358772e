import { Link } from 'react-router-dom';
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/index.tsx';
import {
  NOTICES,
  electionNoticePrintPage,
  noticeDay,
  type ElectionDetail,
  type NoticeKind,
} from './sheet.tsx';

const isNotice = (s: string): s is NoticeKind => (NOTICES as readonly string[]).includes(s);

/**
 * 打印公告 for the election page's open section (committee, rules, roll, candidates): once
 * the notice is published, or for the election committee's members to check a draft sheet.
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
