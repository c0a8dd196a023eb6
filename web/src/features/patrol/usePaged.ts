import { useApolloClient } from "@apollo/client/react";
import type { TypedDocumentNode } from "@apollo/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { describeFailure } from "../graph/errors";
import { appendById, mayHaveMore } from "./patrol";

export interface Paged<T> {
  items: T[];
  /** "loading": the first page; "more": a further page. */
  status: "loading" | "more" | "idle";
  error: string | null;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
}

/** A list paged by cursor (`after` = the last item's cursor), fetched past the cache; restarts when `key` changes. */
export function usePaged<T extends { id: string; cursor: string }, D, V extends { first: number; after?: string | null }>(
  query: TypedDocumentNode<D, V>,
  variables: Omit<V, "after">,
  pick: (data: D) => T[],
  key: string,
): Paged<T> {
  const client = useApolloClient();
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<Paged<T>["status"]>("loading");
  const [error, setError] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const generation = useRef(0);
  const vars = useRef(variables);
  vars.current = variables;
  const pickRef = useRef(pick);
  pickRef.current = pick;

  const fetchPage = useCallback(
    async (after: string | null, previous: T[]) => {
      const gen = generation.current;
      setStatus(after ? "more" : "loading");
      setError(null);
      try {
        const result = await client.query({ query, variables: { ...vars.current, after } as unknown as V, fetchPolicy: "no-cache" });
        if (result.error) throw result.error;
        if (!result.data) throw new Error("no data");
        if (gen !== generation.current) return;
        const page = pickRef.current(result.data as D);
        setItems(appendById(previous, page));
        setHasMore(mayHaveMore(page.length, vars.current.first));
      } catch (e) {
        if (gen === generation.current) setError(describeFailure(e as Error).message);
      } finally {
        if (gen === generation.current) setStatus("idle");
      }
    },
    [client, query],
  );

  useEffect(() => {
    generation.current += 1;
    setItems([]);
    setHasMore(false);
    void fetchPage(null, []);
  }, [key, fetchPage]);

  const loadMore = useCallback(() => {
    const last = items.at(-1);
    if (last && status === "idle") void fetchPage(last.cursor, items);
  }, [items, status, fetchPage]);

  const retry = useCallback(() => {
    const last = items.at(-1);
    void fetchPage(last?.cursor ?? null, items);
  }, [items, fetchPage]);

  return { items, status, error, hasMore, loadMore, retry };
}
