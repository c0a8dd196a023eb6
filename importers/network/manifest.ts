/** seeds/networks/manifest.json: the real criminal networks shipped as seed data, with the counts their PROVENANCE.md states. */
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { NETWORK_FORMATS } from "./types.js";

const Entry = z.object({
  /** Dataset name, used to namespace the nodes (e.g. "caviar-phase1"). */
  dataset: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Path relative to seeds/networks/. */
  file: z.string(),
  format: z.enum(NETWORK_FORMATS as [string, ...string[]]),
  /** Pass as `directed` when importing: it is how PROVENANCE.md describes the ties and how expectedEdges counts them. */
  directed: z.boolean(),
  twoMode: z.boolean().optional(),
  expectedNodes: z.number().int().nonnegative(),
  /** Arcs when directed, unordered pairs when undirected, actor -> event ties when two-mode. */
  expectedEdges: z.number().int().nonnegative(),
  /** How expectedEdges counts, in words, and where in PROVENANCE.md the number is. */
  edgesCounted: z.string(),
  /** Sum of the weights of the counted edges, where PROVENANCE.md states it. */
  expectedTotalWeight: z.number().optional(),
  source: z.string(),
  provenance: z.string(),
  /** A node attribute side file to join by key (parseNodeAttributes). */
  nodeAttributes: z.object({ file: z.string(), idColumn: z.string(), stripPrefix: z.string().optional() }).optional(),
  note: z.string().optional(),
});

const Manifest = z.object({
  description: z.string(),
  networks: z.array(Entry),
  sideFiles: z.array(z.object({ file: z.string(), kind: z.string(), description: z.string(), expectedRows: z.number().int().optional() })),
});

export type NetworkManifestEntry = z.infer<typeof Entry> & { path: string };
export type NetworkManifest = Omit<z.infer<typeof Manifest>, "networks"> & { dir: string; networks: NetworkManifestEntry[] };

export const DEFAULT_NETWORK_SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../seeds/networks");

/** Reads and validates the manifest; each entry gets `path`, the absolute path of its file. */
export async function loadNetworkManifest(dir: string = DEFAULT_NETWORK_SEEDS_DIR): Promise<NetworkManifest> {
  const raw = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as unknown;
  const m = Manifest.parse(raw);
  return { ...m, dir, networks: m.networks.map((e) => ({ ...e, path: join(dir, e.file) })) };
}
