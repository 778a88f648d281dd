// The API client the views use: the app's own in the browser, one with a stub fetch in tests.
import type { Client } from "@nato-russia/client";
import { createQueryOptions, type QueryOptionsFactory } from "@nato-russia/client/react-query";
import { createContext, useContext, useMemo, type ReactNode } from "react";

const ClientContext = createContext<Client | null>(null);

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error("useClient: no ClientProvider above this component");
  return client;
}

/** The client's TanStack Query options (query keys and functions), one per operation. */
export function useQueryOptions(): QueryOptionsFactory {
  const client = useClient();
  return useMemo(() => createQueryOptions(client), [client]);
}
