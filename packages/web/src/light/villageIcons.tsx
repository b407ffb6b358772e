import ApartmentOutlined from '@ant-design/icons-svg/es/asn/ApartmentOutlined';
import AppstoreOutlined from '@ant-design/icons-svg/es/asn/AppstoreOutlined';
import AuditOutlined from '@ant-design/icons-svg/es/asn/AuditOutlined';
import CalendarOutlined from '@ant-design/icons-svg/es/asn/CalendarOutlined';
import CheckCircleOutlined from '@ant-design/icons-svg/es/asn/CheckCircleOutlined';
import ClusterOutlined from '@ant-design/icons-svg/es/asn/ClusterOutlined';
import ExclamationCircleOutlined from '@ant-design/icons-svg/es/asn/ExclamationCircleOutlined';
import FileExcelOutlined from '@ant-design/icons-svg/es/asn/FileExcelOutlined';
import HomeOutlined from '@ant-design/icons-svg/es/asn/HomeOutlined';
import NotificationOutlined from '@ant-design/icons-svg/es/asn/NotificationOutlined';
import PhoneOutlined from '@ant-design/icons-svg/es/asn/PhoneOutlined';
import PrinterOutlined from '@ant-design/icons-svg/es/asn/PrinterOutlined';
import ReadOutlined from '@ant-design/icons-svg/es/asn/ReadOutlined';
import RightOutlined from '@ant-design/icons-svg/es/asn/RightOutlined';
import SafetyCertificateOutlined from '@ant-design/icons-svg/es/asn/SafetyCertificateOutlined';
import TeamOutlined from '@ant-design/icons-svg/es/asn/TeamOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import WarningOutlined from '@ant-design/icons-svg/es/asn/WarningOutlined';
import { pathsOf, SvgIcon } from './icons.tsx';

/**
 * The village frame's menu icons and the villager home's, as inline SVG from
 * @ant-design/icons-svg: loaded with the village pages, not with the first chunk.
 */
const PATHS = {
  home: pathsOf(HomeOutlined),
  user: pathsOf(UserOutlined),
  team: pathsOf(TeamOutlined),
  cluster: pathsOf(ClusterOutlined),
  fileExcel: pathsOf(FileExcelOutlined),
  audit: pathsOf(AuditOutlined),
  notification: pathsOf(NotificationOutlined),
  calendar: pathsOf(CalendarOutlined),
  read: pathsOf(ReadOutlined),
  phone: pathsOf(PhoneOutlined),
  printer: pathsOf(PrinterOutlined),
  safetyCertificate: pathsOf(SafetyCertificateOutlined),
  appstore: pathsOf(AppstoreOutlined),
  apartment: pathsOf(ApartmentOutlined),
  right: pathsOf(RightOutlined),
  warning: pathsOf(WarningOutlined),
  exclamationCircleO: pathsOf(ExclamationCircleOutlined),
  checkCircleO: pathsOf(CheckCircleOutlined),
} as const;

export type VillageIconName = keyof typeof PATHS;

export function VillageIcon({ name, className }: { name: VillageIconName; className?: string }) {
  return <SvgIcon paths={PATHS[name]} className={className} />;
}
