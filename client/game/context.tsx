import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { ClientState } from './client-state.ts';
import type { GameClient } from './game-client.ts';

const GameClientContext = createContext<GameClient | null>(null);

export function GameClientProvider({ client, children }: { client: GameClient; children: ReactNode }) {
  return <GameClientContext.Provider value={client}>{children}</GameClientContext.Provider>;
}

export function useGameClient(): GameClient {
  const client = useContext(GameClientContext);
  if (!client) throw new Error('useGameClient needs a GameClientProvider');
  return client;
}

export function useClientState(): ClientState {
  const client = useGameClient();
  return useSyncExternalStore(client.store.subscribe, client.store.get, client.store.get);
}

/** The view held now; screens below the game router only render once there is one. */
export function useView(): PlayerView {
  const view = useClientState().game?.view;
  if (!view) throw new Error('useView needs a game view');
  return view;
}
