/**
 * Analysts' network files -> nodes and weighted ties (the pure parsing part of `npm run import -- --network`).
 * See docs/network-files.md for the formats and how they map to Person nodes and ASSOCIATED_WITH relationships.
 */
import { readFile } from "node:fs/promises";
import { readRows, sniffDelimiter } from "./delimited.js";
import { detectFormat } from "./detect.js";
import { parseEdgeList } from "./edgelist.js";
import { NetworkFileError } from "./errors.js";
import { parseMatrix } from "./matrix.js";
import { parseNdjson } from "./ndjson.js";
import { parsePajek } from "./pajek.js";
import { decodeFile } from "./text.js";
import { NETWORK_FORMATS, type NetworkFormat, type ParsedNetwork, type ParseNetworkOptions } from "./types.js";
import { parseGexf, parseGraphml } from "./xml.js";

export { NetworkFileError } from "./errors.js";
export { parseNodeAttributes } from "./attributes.js";
export type { NodeAttributeOptions, NodeAttributeRow, NodeAttributeTable } from "./attributes.js";
export { loadNetworkManifest, type NetworkManifest, type NetworkManifestEntry } from "./manifest.js";
export { NETWORK_FORMATS } from "./types.js";
export type { AttributeValue, NetworkEdge, NetworkFormat, NetworkNode, ParsedNetwork, ParseNetworkOptions } from "./types.js";

/** Reads a network file (format from options, else from content and extension). Throws NetworkFileError on bad input. */
export async function parseNetworkFile(path: string, options: ParseNetworkOptions = {}): Promise<ParsedNetwork> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new NetworkFileError(path, undefined, `cannot read the file: ${(err as Error).message}`);
  }
  return parseNetworkBuffer(bytes, path, options);
}

/** Same as {@link parseNetworkFile} for bytes already in memory; `name` stands for the file in errors and detection. */
export function parseNetworkBuffer(bytes: Buffer, name: string, options: ParseNetworkOptions = {}): ParsedNetwork {
  if (options.format !== undefined && !NETWORK_FORMATS.includes(options.format)) {
    throw new NetworkFileError(name, undefined, `unknown format ${JSON.stringify(options.format)}; expected one of ${NETWORK_FORMATS.join(", ")}`);
  }
  const decoded = decodeFile(bytes);
  const { text } = decoded;
  if (text.trim() === "") throw new NetworkFileError(name, 1, "the file is empty");
  const detection = options.format ? { format: options.format } : detectFormat(name, text, decoded.bytes);
  const format: NetworkFormat = detection.format;
  let result: ParsedNetwork;
  switch (format) {
    case "matrix-csv":
    case "edgelist": {
      const rows = "rows" in detection && detection.rows ? detection.rows : readRows(decoded.bytes, text, name, sniffDelimiter(text));
      result = format === "matrix-csv" ? parseMatrix(rows, name, options) : parseEdgeList(rows, name, options);
      break;
    }
    case "pajek":
      result = parsePajek(text, name, options);
      break;
    case "graphml":
      result = parseGraphml(text, name, options);
      break;
    case "gexf":
      result = parseGexf(text, name, options);
      break;
    case "ndjson":
      result = parseNdjson(text, name, options);
      break;
  }
  result.warnings.unshift(...decoded.warnings);
  return result;
}
