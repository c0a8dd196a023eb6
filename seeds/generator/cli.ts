// npm run seed:generate -- --scale N --seed S --out DIR [--format csv|ndjson]
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { generateWorld } from "./world.js";
import { writeWorld, type OutputFormat } from "./write.js";

const HELP = `Generate a synthetic drug-trafficking world (deterministic by seed) in Ariadne's canonical files.

Usage: npm run seed:generate -- --out DIR [options]
       tsx seeds/generator/cli.ts --out DIR [options]

Options:
  --scale N          Size: 1 ≈ 3 organisations, ~140 persons, ~2,300 messages, ~440 payments;
                     grows linearly (500 ≈ 1.1M messages, 210k payments). Default 1. Fractions allowed.
  --seed S           Integer seed; the same seed and scale give byte-identical files. Default 1.
  --out DIR          Output folder (created if missing; files in it are overwritten). Required.
  --format F         csv (default) or ndjson for the seven canonical files.
  --crlf             End CSV lines with CRLF instead of LF.
  --no-placeholders  Do not reference undeclared ids (AEXT…/WEXT…) on purpose.
  --quiet            Print nothing but errors.
  -h, --help         This help.

Writes persons, accounts, wallets, messages, payments, shipments, arrests (.csv or .ndjson), and
ground_truth.csv (organisation and role of every person, account and wallet), message_labels.csv
(patrol label and topic of every message), organisations.json and manifest.json. See docs/seed-data.md.
`;

function fail(message: string): never {
  process.stderr.write(`seed:generate: ${message}\nTry --help.\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        scale: { type: "string", default: "1" },
        seed: { type: "string", default: "1" },
        out: { type: "string" },
        format: { type: "string", default: "csv" },
        crlf: { type: "boolean", default: false },
        "no-placeholders": { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  const scale = Number(args.scale);
  const seed = Number(args.seed);
  if (!Number.isFinite(scale) || scale <= 0) fail(`--scale must be a positive number, got "${args.scale}"`);
  if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer, got "${args.seed}"`);
  if (!args.out) fail("--out DIR is required");
  if (args.format !== "csv" && args.format !== "ndjson") fail(`--format must be csv or ndjson, got "${args.format}"`);
  const out = resolve(args.out);
  const say = (s: string): void => {
    if (!args.quiet) process.stdout.write(s);
  };

  const started = Date.now();
  const world = generateWorld({ scale, seed, placeholders: !args["no-placeholders"] });
  say(`Generating scale ${scale}, seed ${seed}: ${world.organisationCount} organisations → ${out}\n`);
  const tty = process.stdout.isTTY && !args.quiet;
  let lastReport = 0;
  const result = await writeWorld(world, out, {
    format: args.format as OutputFormat,
    eol: args.crlf ? "\r\n" : "\n",
    onProgress: (done, total) => {
      const now = Date.now();
      if (done === total || now - lastReport > (tty ? 200 : 10_000)) {
        lastReport = now;
        const line = `  ${done}/${total} organisations (${Math.round((100 * done) / total)}%), ${((now - started) / 1000).toFixed(1)} s`;
        if (tty) process.stdout.write(`\r${line}${done === total ? "\n" : ""}`);
        else say(`${line}\n`);
      }
    },
  });
  const width = Math.max(...Object.keys(result.files).map((f) => f.length));
  for (const [file, rows] of Object.entries(result.files)) say(`  ${file.padEnd(width)}  ${rows.toLocaleString("en-US").padStart(11)}\n`);
  say(`  (${result.undeclaredIds} ids referenced but declared by no file: placeholders, see docs/seed-data.md)\n`);
  const seconds = (Date.now() - started) / 1000;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  say(`Done in ${seconds.toFixed(1)} s, peak RSS ${rssMb.toFixed(0)} MB.\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`seed:generate: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
