import { useState } from 'react';
import { useT } from '../../../i18n/index.tsx';
import { Button } from '../../../light/Button.tsx';
import { TextInput } from '../../../light/form.tsx';

/** A registered voter as the published roll names them: who may be written in. */
export interface RollVoter {
  personId: string;
  name: string;
  groupName: string;
}

/** How many of the roll's matches a search shows: a name, not a browse of the roll. */
const MATCHES = 6;

/**
 * 另选他人 on the phone, where the post allows it: the voter finds someone on the published
 * roll by name (everyone on it may be elected) and chooses them; they count as a paper
 * ballot's write-in does, within the post's seats with the printed candidates chosen.
 */
export function WriteIns({
  candidates,
  roll,
  chosen,
  full,
  onChange,
}: {
  /** The printed candidates: chosen above, not here. */
  candidates: ReadonlySet<string>;
  roll: readonly RollVoter[];
  /** Everyone chosen on the post, the printed candidates among them. */
  chosen: readonly string[];
  full: boolean;
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const written = chosen.filter((id) => !candidates.has(id));
  const byId = new Map(roll.map((v) => [v.personId, v]));
  const q = query.trim();
  const matches = q
    ? roll
        .filter((v) => v.name.includes(q) && !candidates.has(v.personId))
        .filter((v) => !chosen.includes(v.personId))
        .slice(0, MATCHES)
    : [];
  const label = (v: RollVoter | undefined, id: string) =>
    v ? t('ballot.writeIn.who', { name: v.name, group: v.groupName }) : id;
  return (
    <div className="ballot-writeins" data-testid="ballot-writeins">
      <p className="ballot-legend">{t('ballot.writeIn.title')}</p>
      <p className="l-secondary">{t('ballot.writeIn.hint')}</p>
      <ul className="ballot-candidates">
        {written.map((id) => (
          <li key={id}>
            <label className="ballot-candidate ballot-chosen">
              <input
                type="checkbox"
                checked
                onChange={() => onChange(chosen.filter((x) => x !== id))}
                data-testid="ballot-writein-chosen"
              />
              <span>{label(byId.get(id), id)}</span>
            </label>
          </li>
        ))}
      </ul>
      {!full && (
        <TextInput
          size="large"
          value={query}
          onChange={setQuery}
          placeholder={t('ballot.writeIn.search')}
          aria-label={t('ballot.writeIn.search')}
          data-testid="ballot-writein-search"
        />
      )}
      {!full && q && matches.length === 0 && (
        <p className="l-secondary" data-testid="ballot-writein-nomatch">
          {t('ballot.writeIn.none', { name: q })}
        </p>
      )}
      <ul className="ballot-candidates">
        {!full &&
          matches.map((v) => (
            <li key={v.personId} className="ballot-whose">
              <span>{label(v, v.personId)}</span>
              <Button
                size="large"
                onClick={() => {
                  onChange([...chosen, v.personId]);
                  setQuery('');
                }}
                data-testid="ballot-writein-add"
              >
                {t('ballot.writeIn.add')}
              </Button>
            </li>
          ))}
      </ul>
    </div>
  );
}
