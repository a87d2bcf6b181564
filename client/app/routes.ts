import { useEffect, useState } from 'react';

/**
 * Routes live in the hash (`#/game/<id>`, `#/join/<code>`), so a refresh or a shared link works with
 * any static file server and the game server needs no fallback route.
 */
export type Route =
  | { name: 'home'; joinCode?: string; classCode?: string }
  | { name: 'game'; gameId: string }
  | { name: 'console'; classroomId: string }
  /** One table's debrief; from the class debrief it names the session whose facilitator opens it. */
  | { name: 'debrief'; gameId: string; classroomId?: string }
  | { name: 'classDebrief'; classroomId: string }
  | { name: 'cards' }
  | { name: 'projector'; classroomId: string; key: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [section, value, extra] = path.split('/');
  if (section === 'game' && value && /^[A-Za-z0-9_-]{1,64}$/.test(value))
    return { name: 'game', gameId: value };
  if (section === 'debrief' && value && /^[A-Za-z0-9_-]{1,64}$/.test(value))
    return extra && /^[A-Za-z0-9-]{1,64}$/.test(extra)
      ? { name: 'debrief', gameId: value, classroomId: extra }
      : { name: 'debrief', gameId: value };
  if (section === 'class-debrief' && value && /^[A-Za-z0-9-]{1,64}$/.test(value))
    return { name: 'classDebrief', classroomId: value };
  if (section === 'cards') return { name: 'cards' };
  if (section === 'join' && value && /^[A-Za-z0-9]{1,12}$/.test(value)) {
    return { name: 'home', joinCode: value.toUpperCase() };
  }
  // A class session's join link (the server builds it: server/classroom/sessions.ts) and its console.
  if (section === 'class' && value && /^[A-Za-z0-9]{1,12}$/.test(value))
    return { name: 'home', classCode: value.toUpperCase() };
  if (section === 'console' && value && /^[A-Za-z0-9-]{1,64}$/.test(value))
    return { name: 'console', classroomId: value };
  // The projector link carries its read-only key (never the facilitator's token).
  if (
    section === 'projector' &&
    value &&
    extra &&
    /^[A-Za-z0-9-]{1,64}$/.test(value) &&
    /^[A-Za-z0-9_-]{32,64}$/.test(extra)
  )
    return { name: 'projector', classroomId: value, key: extra };
  return { name: 'home' };
}

export const gameHash = (gameId: string) => `#/game/${gameId}`;
export const debriefHash = (gameId: string, classroomId?: string) =>
  classroomId ? `#/debrief/${gameId}/${classroomId}` : `#/debrief/${gameId}`;
export const classDebriefHash = (classroomId: string) => `#/class-debrief/${classroomId}`;
export const cardsHash = '#/cards';
export const joinHash = (code: string) => `#/join/${code}`;
export const consoleHash = (classroomId: string) => `#/console/${classroomId}`;
export const projectorHash = (classroomId: string, key: string) => `#/projector/${classroomId}/${key}`;

export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
