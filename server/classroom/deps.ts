import type { Clock } from '../clock.ts';
import type { Ids } from '../ids.ts';
import type { LiveGameDeps } from '../live-game.ts';
import type { GameRegistry } from '../registry.ts';
import type { ConsoleFeeds } from './console-feed.ts';
import type { ClassroomRegistry } from './registry.ts';

/** What the class session layer needs of the server: injected, so tests can pass fakes of clock and ids. */
export interface ClassroomDeps {
  games: GameRegistry;
  classrooms: ClassroomRegistry;
  ids: Ids;
  clock: Clock;
  game: LiveGameDeps;
  feeds: ConsoleFeeds;
  /** Where players' devices reach this server (known once the port is open), for join links and QR codes. */
  publicUrl: () => string | null;
}
