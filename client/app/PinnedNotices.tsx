import { useRef } from 'react';
import { FacilitatorMessage } from '../features/classroom/FacilitatorMessage.tsx';
import type { Notifier } from '../ui/notifier.ts';
import { Toasts } from '../ui/Toasts.tsx';
import { usePinnedNotices } from '../ui/use-pinned-notices.ts';

/**
 * What the reader must not miss wherever they have scrolled to: the facilitator's message (at a class's
 * table) and the refusals and notices. The region sits above the main content and sticks to the top of
 * the window once the page scrolls (base.css), so a student 3,000 px down a phone still sees it; each
 * item stays until dismissed. It never hides the control in use for good: the page's scroll padding
 * counts its height (`--notices-height`), and a control it would cover is scrolled out from under it.
 */
export function PinnedNotices({ notifier, gameId }: { notifier: Notifier; gameId: string | null }) {
  const region = useRef<HTMLDivElement>(null);
  usePinnedNotices(region);
  return (
    <div ref={region} className="pinned-notices" data-testid="pinned-notices">
      {gameId ? <FacilitatorMessage key={gameId} /> : null}
      <Toasts notifier={notifier} />
    </div>
  );
}
