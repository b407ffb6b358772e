import CheckCircleFilled from '@ant-design/icons-svg/es/asn/CheckCircleFilled';
import ClockCircleOutlined from '@ant-design/icons-svg/es/asn/ClockCircleOutlined';
import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import CloseOutlined from '@ant-design/icons-svg/es/asn/CloseOutlined';
import ExclamationCircleFilled from '@ant-design/icons-svg/es/asn/ExclamationCircleFilled';
import EyeInvisibleOutlined from '@ant-design/icons-svg/es/asn/EyeInvisibleOutlined';
import EyeOutlined from '@ant-design/icons-svg/es/asn/EyeOutlined';
import InfoCircleFilled from '@ant-design/icons-svg/es/asn/InfoCircleFilled';
import KeyOutlined from '@ant-design/icons-svg/es/asn/KeyOutlined';
import LockFilled from '@ant-design/icons-svg/es/asn/LockFilled';
import LockOutlined from '@ant-design/icons-svg/es/asn/LockOutlined';
import LogoutOutlined from '@ant-design/icons-svg/es/asn/LogoutOutlined';
import MenuOutlined from '@ant-design/icons-svg/es/asn/MenuOutlined';
import MobileOutlined from '@ant-design/icons-svg/es/asn/MobileOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import type { IconDefinition } from '@ant-design/icons-svg/lib/types';

/**
 * The few icons the light pages draw, as inline SVG. The shapes come from
 * @ant-design/icons-svg (the SVG definitions behind antd's icons, one module
 * per icon), so light pages and the antd console look alike without the icon
 * library and its React wrapper in the first chunk.
 */
const PATHS = {
  menu: pathsOf(MenuOutlined),
  user: pathsOf(UserOutlined),
  key: pathsOf(KeyOutlined),
  logout: pathsOf(LogoutOutlined),
  mobile: pathsOf(MobileOutlined),
  lock: pathsOf(LockOutlined),
  lockFilled: pathsOf(LockFilled),
  eye: pathsOf(EyeOutlined),
  eyeInvisible: pathsOf(EyeInvisibleOutlined),
  checkCircle: pathsOf(CheckCircleFilled),
  clockCircle: pathsOf(ClockCircleOutlined),
  closeCircle: pathsOf(CloseCircleFilled),
  exclamationCircle: pathsOf(ExclamationCircleFilled),
  infoCircle: pathsOf(InfoCircleFilled),
  close: pathsOf(CloseOutlined),
} as const;

/** The path data of an outlined or filled icon definition. */
export function pathsOf(definition: IconDefinition): readonly string[] {
  const { icon } = definition;
  const tree = typeof icon === 'function' ? icon('currentColor', 'currentColor') : icon;
  return (tree.children ?? []).flatMap((node) =>
    node.tag === 'path' && typeof node.attrs.d === 'string' ? [node.attrs.d] : [],
  );
}

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return <SvgIcon paths={PATHS[name]} className={className} />;
}

/** An icon from its SVG paths (antd's 64 64 896 896 view box). */
export function SvgIcon({ paths, className }: { paths: readonly string[]; className?: string }) {
  return (
    <span role="img" aria-hidden className={className ? `l-icon ${className}` : 'l-icon'}>
      <svg viewBox="64 64 896 896" width="1em" height="1em" fill="currentColor" focusable="false">
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    </span>
  );
}
