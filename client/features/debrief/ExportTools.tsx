import type { ReactNode } from 'react';
import { useState } from 'react';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { downloadExport, type ExportFormat, type ExportOf } from './export-request.ts';

/**
 * Print, and download the export (CSV or JSON) with the token kept in this browser: one game's or a whole
 * class session's. `children` is the way back (to the game, to the console).
 */
export function ExportTools({
  of,
  token,
  printable = true,
  children,
}: {
  of: ExportOf;
  token: string;
  /** Whether to offer Print (a debrief is laid out for it; the console is not). */
  printable?: boolean;
  children?: ReactNode;
}) {
  const ft = useFacilitatorText();
  const [failure, setFailure] = useState<number | null>(null);
  const download = async (format: ExportFormat) => {
    const result = await downloadExport(of, token, format);
    setFailure(result.ok ? null : result.status);
  };
  return (
    <section className="debrief-tools" aria-label={ft('debrief.tools')}>
      {printable ? (
        <button type="button" className="button" onClick={() => window.print()}>
          {ft('debrief.print')}
        </button>
      ) : null}
      <button
        type="button"
        className="button primary"
        data-testid="download-csv"
        onClick={() => void download('csv')}
      >
        {ft('debrief.downloadCsv')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="download-json"
        onClick={() => void download('json')}
      >
        {ft('debrief.downloadJson')}
      </button>
      {children}
      {failure !== null ? <p role="alert">{ft('debrief.downloadFailed', { status: failure })}</p> : null}
    </section>
  );
}
