// The demo dataset `npm start` loads into an empty database: a small synthetic trafficking world from the
// generator (seeds/generator) plus the real published criminal networks in seeds/networks.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../graph/config.js";
import type { Gateway } from "../graph/gateway.js";
import { patrolEnricher } from "../importers/enrich.js";
import { importFile } from "../importers/importFile.js";
import { canonicalFilesIn } from "../importers/kinds.js";
import { importNetwork } from "../importers/networkImport.js";
import { loadNetworkManifest, type NetworkFormat } from "../importers/network/index.js";
import { raiseAlerts } from "../importers/alerts.js";
import { generateWorld, writeWorld } from "./generator/index.js";

interface GeneratedOrganisation {
  id: string;
  name: string;
  type: string;
  members: { id: string; role: string }[];
}

async function knownOrganisation(gateway: Gateway, file: string): Promise<{ name: string; members: number } | null> {
  const orgs = JSON.parse(fs.readFileSync(file, "utf8")) as GeneratedOrganisation[];
  const org = orgs.find((o) => o.type === "organisation");
  if (!org) return null;
  await gateway.mutate(
    `MERGE (o:Entity {id: $id})
     ON CREATE SET o.createdAt = datetime()
     SET o:Organisation, o.name = $name, o.placeholder = false, o.sourceFile = 'demo: previous investigation'
     WITH o
     UNWIND $members AS m
     MATCH (p:Person {id: m.id})
     MERGE (p)-[r:MEMBER_OF]->(o)
     SET r.role = m.role, r.sourceFile = 'demo: previous investigation'`,
    { id: org.id, name: org.name, members: org.members },
    { app: "demo" },
  );
  return { name: org.name, members: org.members.length };
}

export const DEMO_SCALE = 1;
export const DEMO_SEED = 20241025; // the date of the NPA's dark part-time job notice

/** Loads the demo dataset when the database holds no entities yet (ARIADNE_DEMO=0 skips this). */
export async function loadDemoIfEmpty(gateway: Gateway, say: (s: string) => void): Promise<boolean> {
  const [row] = await gateway.query<{ n: number }>("MATCH (n:Entity) RETURN count(n) AS n");
  if ((row?.n ?? 0) > 0) return false;
  await loadDemo(gateway, say);
  return true;
}

export async function loadDemo(gateway: Gateway, say: (s: string) => void): Promise<void> {
  const started = Date.now();
  say("Empty database: loading the demo dataset (a synthetic world and eleven real criminal networks)…");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ariadne-demo-"));
  try {
    await writeWorld(generateWorld({ scale: DEMO_SCALE, seed: DEMO_SEED }), dir);
    const enrich = await patrolEnricher();
    const files = canonicalFilesIn(dir);
    let rows = 0;
    let messagesBatch: string | null = null;
    for (const { file, kind } of files) {
      const report = await importFile(gateway, file, { kind, source: "demo", quiet: true, enrich });
      rows += report.imported;
      if (kind.name === "messages") messagesBatch = report.batch;
    }
    // The demo's story: one organisation is already known from a previous investigation, so posts that reuse
    // its contact identifiers raise watchlist alerts. The other organisations are left for detection to find.
    const known = await knownOrganisation(gateway, path.join(dir, "organisations.json"));
    if (known && messagesBatch) {
      const alerts = await raiseAlerts(gateway, messagesBatch);
      say(`Known organisation ${known.name} (${known.members} members); ${alerts} watchlist alerts.`);
    }
    const manifest = await loadNetworkManifest(path.join(repoRoot, "seeds", "networks"));
    for (const entry of manifest.networks) {
      await importNetwork(gateway, entry.path, { dataset: entry.dataset, source: "demo", directed: entry.directed, format: entry.format as NetworkFormat });
    }
    say(`Demo dataset loaded: ${rows} synthetic rows and ${manifest.networks.length} real networks in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
