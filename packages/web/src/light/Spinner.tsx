/** A spinning ring (antd's Spin), in CSS. */
export function Spinner({ small }: { small?: boolean }) {
  return <span className={small ? 'l-spinner l-spinner-sm' : 'l-spinner'} aria-hidden />;
}
