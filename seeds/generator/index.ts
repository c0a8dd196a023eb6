// Public API of the seed generator (see docs/seed-data.md).
export { generateWorld, type GenerateOptions, type World, type WorldCounts, type CellRows } from "./world.js";
export { writeWorld, fileNames, type WriteOptions, type WriteResult, type OutputFormat } from "./write.js";
export { csvField, csvLine, ndjsonLine } from "./csv.js";
export { isExternalId, ID_PREFIX } from "./ids.js";
export * from "./schema.js";
