// Writes the GraphQL SDL to api/schema.graphql so API changes show up in review. A unit test fails when
// the committed file and the code disagree.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../graph/config.js";
import { printAriadneSchema } from "../api/src/schema.js";

const file = path.join(repoRoot, "api", "schema.graphql");
fs.writeFileSync(file, await printAriadneSchema());
console.log(`wrote ${path.relative(repoRoot, file)}`);
