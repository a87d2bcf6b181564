import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A QR code of the join link, drawn as an image; the qrcode library loads only on this screen. */
export function JoinQrCode({ url, code }: { url: string; code: string }) {
  const { t } = useTranslation();
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    import('qrcode')
      .then((qr) => qr.toDataURL(url, { margin: 1, width: 220, errorCorrectionLevel: 'M' }))
      .then((image) => {
        if (!cancelled) setDataUrl(image);
      })
      .catch(() => {
        if (!cancelled) setDataUrl(null);
      });
    return () => {
      cancelled = true;
    };
  }, [url]);
  if (!dataUrl) return <div className="qr-placeholder" aria-hidden="true" />;
  return <img className="qr" src={dataUrl} width={220} height={220} alt={t('lobby.qrAlt', { code })} />;
}
