import type { Translator } from '../../../i18n/index.tsx';
import { Signature } from '../../matters/PrintFrame.tsx';
import type { Say, SheetData } from './sheet.tsx';

/**
 * 当选证书, one a page for each person elected, once the result is certified: their name,
 * the election and its day, the post they were elected to with their votes, issued by the
 * election committee on the day of certification. Before, one sample page says so.
 */
export function Certificate({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail, village, result } = data;
  const on = result?.certifiedOn ?? null;
  const issuer = say('elections.print.issuer', { village: village.village.name });
  const body = say(`elections.paper.body.${detail.election.body}`);
  const seated = result?.seated ?? [];
  if (!on || seated.length === 0)
    return (
      <div className="print-void" data-testid="print-unpublished">
        {t('elections.paper.certificate.none')}
      </div>
    );
  const postName = (id: string) => {
    const post = detail.posts.find((p) => p.id === id);
    return post ? t.pick(post.name) : id;
  };
  return (
    <>
      {seated.map((s) => (
        <div
          key={`${s.postId}-${s.personId}`}
          className="ep-page ep-certificate"
          data-testid="certificate"
        >
          <h1 className="ep-certificate-title">{t('elections.paper.certificate.title')}</h1>
          <p className="ep-certificate-to">
            {t('elections.paper.certificate.to', { name: s.name })}
          </p>
          <p className="ep-certificate-text">
            {say('elections.paper.certificate.text', {
              election: detail.election.title,
              village: village.village.name,
              body,
              post: postName(s.postId),
              votes: t.num(s.votes),
            })}
          </p>
          <p className="ep-certificate-text">{t('elections.paper.certificate.hereby')}</p>
          <Signature issuer={issuer} date={t.date(on)} />
        </div>
      ))}
    </>
  );
}
