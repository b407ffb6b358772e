/**
 * One file's square: a photo shows itself (scaled by the browser, loaded when scrolled to), a
 * PDF says so, and a file of no accepted kind a question mark (its name may claim what it is not).
 */
export function Thumb({
  src,
  type,
  name,
}: {
  src: string | null;
  type: string | null;
  name: string;
}) {
  if (src && type?.startsWith('image/'))
    return <img className="attachments-thumb" src={src} alt={name} loading="lazy" />;
  const label = type === 'application/pdf' ? 'PDF' : '?';
  return <span className="attachments-thumb attachments-kind">{label}</span>;
}
