import { GraphQLError, Kind, validate, type OperationDefinitionNode, type SelectionSetNode, type FragmentDefinitionNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { AriadneError } from "../../graph/errors.js";
import { log } from "../../graph/log.js";
import { writeAudit, type AuditEntry } from "./audit/audit.service.js";
import { NOT_LOGGED_IN } from "./auth/authChecker.js";
import type { Context } from "./context.js";
import { costLimitRule } from "./limits.js";

/** Root fields that work without logging in. Everything else, introspection included, needs a token. */
export const PUBLIC_FIELDS = new Set(["login", "health", "__typename"]);

/** Queries that read an entity's details: audited like mutations. */
export const AUDITED_QUERIES = new Set(["entity", "timeline", "auditLog"]);

// Argument names that carry the ids an operation is about.
const TARGET_ARGS = ["id", "ids", "targetId", "from", "to", "annotationId", "username"];

function rootFieldNames(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, out: string[] = []): string[] {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) rootFieldNames(s.selectionSet, fragments, out);
    else if (fragments[s.name.value]) rootFieldNames(fragments[s.name.value]!.selectionSet, fragments, out);
  }
  return out;
}

/** Refuses any non-public root field without a valid token, before anything executes. */
export function authenticationPlugin(): ApolloServerPlugin<Context & { authError?: string }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.user) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const fields = rootFieldNames((operation as OperationDefinitionNode).selectionSet, fragments);
          if (fields.some((f) => !PUBLIC_FIELDS.has(f))) {
            throw new GraphQLError(contextValue.authError ?? NOT_LOGGED_IN, { extensions: { code: "UNAUTHENTICATED", http: { status: 200 } } });
          }
        },
      };
    },
  };
}

function targetsOf(args: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of TARGET_ARGS) {
    const v = args[key];
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === "string"));
  }
  return out.slice(0, 100);
}

/** Writes an AuditEvent for every mutation and every read of an entity's details, with its outcome. */
export function auditPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const entries: (Omit<AuditEntry, "user" | "requestId"> & { attemptedUser?: string })[] = [];
      let isMutation = false;
      return {
        async executionDidStart({ operation }) {
          isMutation = operation.operation === "mutation";
          return {
            willResolveField({ info, args }) {
              if (info.path.prev !== undefined) return;
              if (!isMutation && !AUDITED_QUERIES.has(info.fieldName)) return;
              const entry = {
                operation: info.fieldName,
                targets: targetsOf(args as Record<string, unknown>),
                outcome: "ok",
                attemptedUser: info.fieldName === "login" ? String((args as { username?: unknown }).username ?? "") : undefined,
              };
              if (info.fieldName === "login") entry.targets = [];
              entries.push(entry);
              return (error) => {
                if (error) entry.outcome = error instanceof AriadneError ? error.code : ((error as GraphQLError).extensions?.code as string | undefined) ?? "INTERNAL_SERVER_ERROR";
              };
            },
          };
        },
        async willSendResponse({ contextValue }) {
          if (entries.length === 0) return;
          // With the database down the audit write would only wait out the same failure: log it instead.
          if (entries.some((e) => e.outcome === "DATABASE_UNAVAILABLE")) {
            log.warn({ entries, user: contextValue.user?.username, requestId: contextValue.requestId }, "audit events not stored: database unavailable");
            return;
          }
          try {
            await writeAudit(
              contextValue.gateway,
              entries.map(({ attemptedUser, ...e }) => ({ ...e, user: contextValue.user?.username ?? attemptedUser ?? "anonymous", requestId: contextValue.requestId })),
            );
          } catch (err) {
            log.error({ err, entries }, "could not write audit events");
          }
        },
      };
    },
  };
}

/** Depth and cost limits, with the request's variables (page sizes often come as variables). */
export function limitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const errors = validate(schema, document, [costLimitRule(request.variables ?? {})]);
          if (errors[0]) throw errors[0];
        },
      };
    },
  };
}
