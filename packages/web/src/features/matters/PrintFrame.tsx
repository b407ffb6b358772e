import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Space } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import QRCode from 'qrcode';
import { useT } from '../../i18n/index.tsx';
import './print.css';

/** A QR code of `url` as an image (data URL rendered in the browser; nothing leaves the page). */
export function QrImage({ url, size = 112 }: { url: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { margin: 1, width: size * 2, errorCorrectionLevel: 'M' })
      .then((data) => {
        if (live) setSrc(data);
      })
      .catch(() => {
        if (live) setSrc(null);
      });
    return () => {
      live = false;
    };
  }, [url, size]);
  if (!src)
    return <div className="print-qr print-qr-empty" style={{ width: size, height: size }} />;
  return (
    <img
      className="print-qr"
      src={src}
      width={size}
      height={size}
      alt={url}
      data-testid="print-qr"
    />
  );
}

interface PrintFrameProps {
  backTo: string;
  children: ReactNode;
  testId: string;
  /** What to do with the sheet, when it is not the notice board's (a party's copy, the file). */
  hint?: string;
}

/**
 * An A4 sheet for the notice board 公示栏: on screen, a toolbar with print
 * and back above a white page; on paper, only the page (black on white).
 */
export function PrintFrame({ backTo, children, testId, hint }: PrintFrameProps) {
  const t = useT();
  return (
    <div className="print-view" data-testid={testId}>
      <div className="print-toolbar">
        <Space wrap>
          <Link to={backTo}>
            <Button icon={<ArrowLeftOutlined />} data-testid="print-back">
              {t('app.back')}
            </Button>
          </Link>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="print-button"
          >
            {t('notices.print.print')}
          </Button>
          <span className="print-toolbar-hint">{hint ?? t('notices.print.hint')}</span>
        </Space>
      </div>
      <article className="print-paper">{children}</article>
    </div>
  );
}

/** Footer of every printed sheet: QR to the online version, audit fingerprint, print date. */
export function PrintFooter({
  url,
  fingerprint,
  extra,
  scan,
}: {
  url: string;
  /** What the QR code opens, when it is not the public version (a cadre's page). */
  scan?: string;
  fingerprint: { seq: number; hash: string } | null | undefined;
  extra?: ReactNode;
}) {
  const t = useT();
  return (
    <footer className="print-footer">
      <QrImage url={url} />
      <div className="print-footer-text">
        <div>{scan ?? t('notices.print.scan')}</div>
        <div className="print-url">{url}</div>
        {fingerprint ? (
          <div data-testid="print-fingerprint">
            {t('notices.print.fingerprint', { seq: fingerprint.seq })}
            <code className="print-hash">{fingerprint.hash}</code>
          </div>
        ) : (
          <div data-testid="print-fingerprint">{t('notices.print.fingerprint.none')}</div>
        )}
        {extra}
        <div>{t('notices.print.printedOn', { date: t.dateTime(new Date().toISOString()) })}</div>
      </div>
    </footer>
  );
}

/** The issuing body, the date and a ring where the seal goes. */
export function Signature({ issuer, date }: { issuer: string; date: string }) {
  const t = useT();
  return (
    <div className="print-signature" data-testid="print-signature">
      <div className="print-seal" aria-hidden>
        {t('notices.print.seal')}
      </div>
      <div className="print-issuer">{issuer}</div>
      <div className="print-date">{date}</div>
    </div>
  );
}
