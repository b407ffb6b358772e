import { useParams } from 'react-router-dom';
import { wallBoard } from '@cunzhi/core/services/catalogue';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFrame } from '../matters/PrintFrame.tsx';
import { servicesApi, servicesPage, type CatalogueResponse } from './api.ts';
import { usePromised } from './parts.tsx';
import './services.css';

/**
 * 上墙公示牌 (seed 002: 统一格调制作了上墙公示牌、服务窗口吊牌): the station's windows by number,
 * each with its services, the materials to bring, the promised time and whether the station
 * carries it to the town — the same catalogue the phones order from.
 */
export default function WallBoardPrintPage() {
  const t = useT();
  const promised = usePromised();
  const { villageId = '' } = useParams();
  const { data, error } = useApi<CatalogueResponse>(`${servicesApi(villageId)}/catalogue`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const board = wallBoard(
    data.windows,
    data.items.map((i) => ({ ...i, promised: { days: i.promisedDays, unit: i.promisedUnit } })),
  );
  return (
    <PrintFrame backTo={servicesPage(villageId)} testId="services-board-print">
      <div className="print-village">{data.stationName}</div>
      <h1 className="print-title">{t('services.board.title')}</h1>
      <div className="print-number">{t('services.board.hint')}</div>
      <div className="services-board">
        {board.map(({ window: w, items }) => (
          <section key={w.id} className="services-board-window" data-testid="board-window">
            <h2>{t('services.windowText', { number: w.number, name: w.name })}</h2>
            {items.length === 0 ? (
              <p>{t('services.board.noItems')}</p>
            ) : (
              <table className="services-board-table">
                <thead>
                  <tr>
                    <th>{t('services.item')}</th>
                    <th>{t('services.materials')}</th>
                    <th>{t('services.promised')}</th>
                    <th>{t('services.fullAgency')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={i.id}>
                      <td>{i.name}</td>
                      <td>{i.materials.join('、')}</td>
                      <td>{promised(i.promisedDays, i.promisedUnit)}</td>
                      <td>{i.fullAgency ? '✓' : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </div>
    </PrintFrame>
  );
}
