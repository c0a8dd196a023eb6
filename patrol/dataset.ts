// Reading and splitting the labelled patrol corpus (seeds/patrol/*.jsonl).

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { LABELS, type PatrolLabel } from "./model.js";

export type Split = "train" | "test";

export interface CorpusPost {
  id: string;
  text: string;
  lang: "ja" | "en";
  label: PatrolLabel;
  split?: Split;
}

export const CORPUS_URL = new URL("../seeds/patrol/corpus.jsonl", import.meta.url);
export const HANDWRITTEN_URL = new URL("../seeds/patrol/handwritten.jsonl", import.meta.url);
export const UNSEEN_URL = new URL("../seeds/patrol/unseen.jsonl", import.meta.url);

/** 80/20 split by a hash of the id, so it never depends on file order. */
export function splitOf(id: string): Split {
  const bucket = createHash("sha256").update(id).digest().readUInt32BE(0) % 100;
  return bucket < 20 ? "test" : "train";
}

export function readCorpus(url: URL): CorpusPost[] {
  return readFileSync(url, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const post = JSON.parse(line) as CorpusPost;
      if (!post.id || typeof post.text !== "string" || !LABELS.includes(post.label)) {
        throw new Error(`${url.pathname}:${i + 1}: needs id, text and a label of ${LABELS.join(", ")}`);
      }
      return post;
    });
}

export function toJsonl(posts: readonly CorpusPost[]): string {
  return posts.map((p) => JSON.stringify(p)).join("\n") + "\n";
}
