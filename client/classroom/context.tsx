import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { ClassroomClient, ClassroomState } from './classroom-client.ts';

const ClassroomClientContext = createContext<ClassroomClient | null>(null);

export function ClassroomClientProvider({
  client,
  children,
}: {
  client: ClassroomClient;
  children: ReactNode;
}) {
  return <ClassroomClientContext.Provider value={client}>{children}</ClassroomClientContext.Provider>;
}

export function useClassroomClient(): ClassroomClient {
  const client = useContext(ClassroomClientContext);
  if (!client) throw new Error('useClassroomClient needs a ClassroomClientProvider');
  return client;
}

export function useClassroomState(): ClassroomState {
  const client = useClassroomClient();
  return useSyncExternalStore(client.store.subscribe, client.store.get, client.store.get);
}
