import { useT } from '../../i18n/index.tsx';

/** One winner on the picture sheet or the roll: photo (read through the attachments API), name, deeds. */
export function StarCard({
  name,
  reason,
  photoUrl,
  label,
}: {
  name: string;
  reason: string;
  photoUrl: string | null;
  label?: string;
}) {
  const t = useT();
  return (
    <figure className="activities-star" data-testid="star-card">
      {photoUrl ? (
        <img src={photoUrl} alt={name} className="activities-star-photo" />
      ) : (
        <div className="activities-star-photo activities-star-none">
          {t('activities.sheet.noPhoto')}
        </div>
      )}
      <figcaption>
        <strong>{name}</strong>
        {label && <span className="activities-star-label">{label}</span>}
        <div>{reason}</div>
      </figcaption>
    </figure>
  );
}
