// `npm run neo4j`: runs only the embedded Neo4j, e.g. to share one database between several Ariadne
// processes (point them at it with NEO4J_URI) or to open it with another Bolt client.
import { loadConfig } from "../graph/config.js";
import { embeddedPassword, startEmbeddedNeo4j } from "../graph/embedded.js";

const config = loadConfig();
const neo4j = await startEmbeddedNeo4j({
  dataDir: config.dataDir,
  port: config.NEO4J_BOLT_PORT,
  password: embeddedPassword(config.dataDir, config.NEO4J_PASSWORD),
  heap: config.ARIADNE_NEO4J_HEAP,
  pagecache: config.ARIADNE_PAGECACHE,
});
console.log(`Neo4j ${neo4j.neo4jVersion} on ${neo4j.uri} (APOC ${neo4j.apoc ?? "-"}, GDS ${neo4j.gds ?? "-"})`);
console.log(`NEO4J_URI=${neo4j.uri} NEO4J_USER=neo4j NEO4J_PASSWORD=<in ${config.dataDir}/neo4j-password>`);
const stop = () => void neo4j.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
