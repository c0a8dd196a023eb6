// Configuration from the environment, read and checked once. See the table in README.md.
import path from "node:path";
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default("neo4j"),
  NEO4J_BOLT_PORT: port.default(7687),
  ARIADNE_DATA_DIR: z.string().default("data"),
  ARIADNE_NEO4J_HEAP: z.string().regex(/^\d+[kmgKMG]$/).default("1g"),
  ARIADNE_PAGECACHE: z.string().regex(/^\d+[kmgKMG]$/).default("512m"),
  PORT: port.default(4000),
  HOST: z.string().default("127.0.0.1"),
  ARIADNE_DEMO: z.enum(["0", "1"]).default("1"),
  ARIADNE_ADMIN_PASSWORD: z.string().min(8).optional(),
  ARIADNE_TOKEN_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});

export type Config = z.infer<typeof schema> & { dataDir: string; repoRoot: string };

export const repoRoot = path.resolve(import.meta.dirname, "..");

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings in the environment mean "not set", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return { ...parsed.data, dataDir: path.resolve(repoRoot, parsed.data.ARIADNE_DATA_DIR), repoRoot };
}
