import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createApolloClient } from "./app/apollo";
import { App } from "./app/App";
import { setupI18n } from "./i18n";
import { testHook } from "./testing/hook";
import "./styles/app.css";

setupI18n();
testHook(); // window.__ariadne exists from the start (graph: "loading")

const container = document.getElementById("root");
if (!container) throw new Error("Ariadne: no #root element in index.html");

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
