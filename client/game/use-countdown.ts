import { useEffect, useRef, useState } from 'react';

/**
 * Time left in the phase, from the server's absolute deadline (the server and this page share a clock
 * closely enough on one network), and the share of the phase that is left, measured against the most
 * time left this page has seen for the same phase.
 */
export function useCountdown(
  deadline: number | null,
  paused: boolean,
  pausedRemainingMs: number | null,
  phaseKey: string,
): { remainingMs: number | null; fraction: number | null } {
  const [now, setNow] = useState(() => Date.now());
  const longest = useRef<{ key: string; ms: number }>({ key: '', ms: 0 });

  useEffect(() => {
    if (deadline === null || paused) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [deadline, paused]);

  const remainingMs = paused ? pausedRemainingMs : deadline === null ? null : Math.max(0, deadline - now);
  if (remainingMs === null) return { remainingMs, fraction: null };
  if (longest.current.key !== phaseKey) longest.current = { key: phaseKey, ms: remainingMs };
  else if (remainingMs > longest.current.ms) longest.current = { key: phaseKey, ms: remainingMs };
  const fraction = longest.current.ms > 0 ? remainingMs / longest.current.ms : 0;
  return { remainingMs, fraction };
}
