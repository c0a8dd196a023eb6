// Every GraphQL operation the web client sends, validated against the API's committed SDL (api/schema.graphql):
// a renamed field or argument on either side fails here, not in front of an investigator.
import fs from "node:fs";
import path from "node:path";
import { buildSchema, validate } from "graphql";
import type { DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { ANNOTATE_MUTATION, DELETE_ANNOTATION_MUTATION, UPDATE_ANNOTATION_MUTATION } from "../../web/src/features/annotations/annotations.query";
import { LOGIN_MUTATION } from "../../web/src/features/auth/login.mutation";
import { COMMON_NEIGHBOURS_QUERY } from "../../web/src/features/common/commonNeighbours.query";
import { ENTITY_QUERY } from "../../web/src/features/entity/entity.query";
import { NEIGHBOURHOOD_QUERY } from "../../web/src/features/expand/neighbourhood.query";
import { GRAPH_SAMPLE_QUERY } from "../../web/src/features/graph/sample.query";
import { HEALTH_QUERY } from "../../web/src/features/health/health.query";
import { ALERTS_QUERY, FLAGGED_QUERY, PATROL_SCAN_QUERY } from "../../web/src/features/patrol/patrol.query";
import { SHORTEST_PATHS_QUERY, TIME_RESPECTING_PATHS_QUERY } from "../../web/src/features/paths/paths.query";
import { SEARCH_QUERY } from "../../web/src/features/search/search.query";
import { TIMELINE_QUERY } from "../../web/src/features/timeline/timeline.query";

const operations: Record<string, DocumentNode> = {
  ANNOTATE_MUTATION,
  DELETE_ANNOTATION_MUTATION,
  UPDATE_ANNOTATION_MUTATION,
  LOGIN_MUTATION,
  COMMON_NEIGHBOURS_QUERY,
  ENTITY_QUERY,
  NEIGHBOURHOOD_QUERY,
  GRAPH_SAMPLE_QUERY,
  HEALTH_QUERY,
  SHORTEST_PATHS_QUERY,
  TIME_RESPECTING_PATHS_QUERY,
  SEARCH_QUERY,
  TIMELINE_QUERY,
  ALERTS_QUERY,
  FLAGGED_QUERY,
  PATROL_SCAN_QUERY,
};

const schema = buildSchema(fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "api", "schema.graphql"), "utf8"));

describe("web client operations", () => {
  it.each(Object.entries(operations))("%s is valid against api/schema.graphql", (_, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it("names every operation (the Apollo link lets only `Login` answer UNAUTHENTICATED without ending the session)", () => {
    for (const document of Object.values(operations)) {
      for (const d of document.definitions) if (d.kind === "OperationDefinition") expect(d.name?.value).toMatch(/^[A-Z]\w+$/);
    }
    const login = LOGIN_MUTATION.definitions.find((d) => d.kind === "OperationDefinition");
    expect(login && "name" in login ? login.name?.value : null).toBe("Login");
  });
});
