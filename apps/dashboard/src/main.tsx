import { createClient } from "@nato-russia/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./App";
import { ClientProvider } from "./ClientContext";
import { createQueryClient } from "./createQueryClient";
import "./styles.css";

// Same origin as the page; GET so the gateway's ETags and the browser's cache do their work.
const client = createClient({ url: "/graphql", method: "GET" });

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ClientProvider client={client}>
      <QueryClientProvider client={createQueryClient()}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </ClientProvider>
  </StrictMode>,
);
