// `npm start`: Neo4j (embedded unless NEO4J_URI is set), schema, demo data, API and web app on one port.
import path from "node:path";
import { loadConfig } from "../graph/config.js";
import { openDatabase } from "../graph/database.js";
import { buildLauncher } from "../graph/embedded.js";
import { startServer } from "../api/src/server.js";
import { TokenService } from "../api/src/auth/tokens.js";
import { ensureAdmin } from "../api/src/auth/users.service.js";
import { loadDemoIfEmpty } from "../seeds/demo.js";
import { ensureWebBuilt } from "./webBuild.js";

const say = (line: string) => console.log(`[ariadne] ${line}`);
const started = Date.now();

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.NEO4J_URI) buildLauncher(say);
  ensureWebBuilt(say);
  const db = await openDatabase(config, say);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`${signal}: stopping…`);
    await server?.close().catch(() => {});
    await db.close().catch(() => {});
    say("stopped");
    process.exit(0);
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  // `on`, not `once`: Ctrl-C reaches npm and this process together, and npm forwards it again.
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  if (config.ARIADNE_DEMO === "1") await loadDemoIfEmpty(db.gateway, say);

  const admin = await ensureAdmin(db.gateway, config.ARIADNE_ADMIN_PASSWORD);
  if (admin.generatedPassword) {
    say(`Created user "admin" with password ${admin.generatedPassword} — shown once; change it with npm run user -- passwd admin`);
  }

  server = await startServer({
    tokens: TokenService.fromConfig(config.ARIADNE_TOKEN_SECRET, config.dataDir),
    gateway: db.gateway,
    info: { embedded: db.embedded ? { neo4jVersion: db.embedded.neo4jVersion, apoc: db.embedded.apoc, gds: db.embedded.gds } : null },
    webDir: path.join(config.repoRoot, "web", "dist"),
    port: config.PORT,
    host: config.HOST,
  });
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${server.url}/ (GraphQL at ${server.url}/graphql). Ctrl-C stops everything.`);
}

main().catch((err: unknown) => {
  console.error(`[ariadne] could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
