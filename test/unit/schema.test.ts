import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../graph/config.js";
import { schemaStatements } from "../../graph/migrations.js";
import { NODE_LABELS, RELATIONSHIP_TYPES, captionOf, fulltextProperties, kindOf, labels, relationships } from "../../graph/schema.js";
import { printAriadneSchema } from "../../api/src/schema.js";

describe("domain schema", () => {
  it("declares an id, a caption and a colour for every label", () => {
    for (const label of NODE_LABELS) {
      const spec = labels[label];
      expect(spec.properties.id.required, label).toBe(true);
      expect(spec.caption.length, label).toBeGreaterThan(0);
      expect(spec.colour, label).toMatch(/^#[0-9a-f]{6}$/i);
      for (const key of spec.caption) expect(Object.keys(spec.properties), `${label}.${key}`).toContain(key);
    }
  });

  it("names relationship ends that exist", () => {
    for (const type of RELATIONSHIP_TYPES) {
      const spec = relationships[type];
      for (const end of [spec.from, spec.to]) {
        if (end !== "any") for (const l of end) expect(NODE_LABELS, type).toContain(l);
      }
      expect(type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    }
  });

  it("derives a uniqueness constraint for every label and one full-text index", () => {
    const statements = schemaStatements();
    for (const label of NODE_LABELS) {
      expect(statements.some((s) => s.includes(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`)), label).toBe(true);
    }
    const ft = statements.filter((s) => s.startsWith("CREATE FULLTEXT INDEX"));
    expect(ft).toHaveLength(1);
    expect(ft[0]).toContain("'cjk'");
    expect(fulltextProperties().properties).toEqual(expect.arrayContaining(["name", "aliases", "handle", "text"]));
  });

  it("captions nodes from the first property that has a value", () => {
    expect(captionOf("Account", { id: "A1", displayName: "Taro" })).toBe("Taro");
    expect(captionOf("Account", { id: "A1", handle: "@taro", displayName: "Taro" })).toBe("@taro");
    expect(captionOf("Person", { id: "P1" })).toBe("P1");
    expect(captionOf("Message", { id: "M1", text: "x".repeat(200) })).toHaveLength(78);
    expect(kindOf(["Entity", "Person"])).toBe("Person");
    expect(Array.from(captionOf("Message", { id: "M2", text: "🍁".repeat(100) }))).toHaveLength(78);
  });
});

describe("GraphQL schema", () => {
  it("is committed as emitted (run npm run schema:emit after changing the API)", async () => {
    const committed = fs.readFileSync(path.join(repoRoot, "api", "schema.graphql"), "utf8");
    expect(committed).toBe(await printAriadneSchema());
  });
});
