import { useEffect, useState } from 'react';
import { joinHash } from '../../app/routes.ts';

/** Addresses only this computer can open: a join link built on one reaches no student's device. */
export function isLocalhost(hostname: string): boolean {
  return /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/i.test(hostname);
}

/** The join link: from the server's public address when it knows one, else from this page's address. */
export function joinLinkFor(publicUrl: string | null, page: Location, code: string): string {
  const base = publicUrl ?? `${page.origin}${page.pathname}`;
  return `${base}${joinHash(code)}`;
}

/** The server's public address (`publicUrl` in /healthz): undefined while asking, null if it has none. */
export function usePublicUrl(): string | null | undefined {
  const [publicUrl, setPublicUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    fetch('/healthz', { cache: 'no-store' })
      .then((response) => response.json() as Promise<{ publicUrl?: unknown }>)
      .then((health) => {
        if (!cancelled) setPublicUrl(typeof health.publicUrl === 'string' ? health.publicUrl : null);
      })
      .catch(() => {
        if (!cancelled) setPublicUrl(null);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return publicUrl;
}
