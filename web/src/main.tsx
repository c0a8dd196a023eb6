import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createApolloClient } from "./app/apollo";
import { Root } from "./app/Root";
import { expired } from "./features/auth/session";
import { SessionProvider } from "./features/auth/SessionContext";
import { createSessionStore } from "./features/auth/sessionStore";
import { setupI18n } from "./i18n";
import { testHook } from "./testing/hook";
import "./styles/app.css";

setupI18n();
testHook(); // window.__ariadne exists from the start (graph: "loading")

const session = createSessionStore();
const client = createApolloClient({ getToken: session.token, onUnauthenticated: () => session.update(expired()) });

const container = document.getElementById("root");
if (!container) throw new Error("Ariadne: no #root element in index.html");

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider store={session}>
        <Root />
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
