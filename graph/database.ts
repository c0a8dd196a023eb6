// Connects to Neo4j: the server at NEO4J_URI when set, else the embedded one started here.
import type { Config } from "./config.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded.js";
import { Gateway } from "./gateway.js";
import { applyMigrations } from "./migrations.js";

export interface Database {
  gateway: Gateway;
  embedded: EmbeddedNeo4j | null;
  /** Closes the driver and stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (msg: string) => void = () => {}): Promise<Database> {
  let embedded: EmbeddedNeo4j | null = null;
  let settings;
  if (config.NEO4J_URI) {
    if (!config.NEO4J_PASSWORD) throw new Error("NEO4J_URI is set but NEO4J_PASSWORD is not.");
    settings = { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE };
    log(`Using the Neo4j at ${config.NEO4J_URI}`);
  } else {
    log(`Starting the embedded Neo4j (data in ${config.dataDir}, Bolt on 127.0.0.1:${config.NEO4J_BOLT_PORT})…`);
    embedded = await startEmbeddedNeo4j({
      dataDir: config.dataDir,
      port: config.NEO4J_BOLT_PORT,
      password: config.NEO4J_PASSWORD,
      heap: config.ARIADNE_NEO4J_HEAP,
      pagecache: config.ARIADNE_PAGECACHE,
    });
    log(`Neo4j ${embedded.neo4jVersion} ready (APOC ${embedded.apoc ?? "not loaded"}, GDS ${embedded.gds ?? "not loaded"})`);
    settings = { uri: embedded.uri, user: embedded.user, password: embedded.password, database: "neo4j" };
  }
  const gateway = new Gateway(settings);
  try {
    await gateway.verify();
    await applyMigrations(gateway);
  } catch (err) {
    await gateway.close();
    await embedded?.stop();
    throw err;
  }
  return {
    gateway,
    embedded,
    async close() {
      await gateway.close();
      await embedded?.stop();
    },
  };
}
