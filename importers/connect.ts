// How command-line tools reach Neo4j: NEO4J_URI when set; else the embedded Neo4j of a running `npm start`
// (same data dir and port); else the embedded Neo4j started for the duration of the command.
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../graph/config.js";
import { openDatabase, type Database } from "../graph/database.js";
import { portIsFree } from "../graph/embedded.js";
import { Gateway } from "../graph/gateway.js";
import { applyMigrations } from "../graph/migrations.js";

export async function connectForCli(config: Config, say: (s: string) => void): Promise<Database> {
  if (!config.NEO4J_URI && !(await portIsFree(config.NEO4J_BOLT_PORT))) {
    const passwordFile = path.join(config.dataDir, "neo4j-password");
    const password = config.NEO4J_PASSWORD ?? (fs.existsSync(passwordFile) ? fs.readFileSync(passwordFile, "utf8").trim() : undefined);
    if (!password) throw new Error(`Something listens on port ${config.NEO4J_BOLT_PORT} but ${passwordFile} is missing; set NEO4J_URI and NEO4J_PASSWORD.`);
    const gateway = new Gateway({ uri: `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`, user: "neo4j", password, database: "neo4j" });
    await gateway.verify();
    await applyMigrations(gateway);
    say(`Using the running Ariadne's Neo4j on port ${config.NEO4J_BOLT_PORT}`);
    return { gateway, embedded: null, close: () => gateway.close() };
  }
  return openDatabase(config, say);
}
