// Depth and cost limits checked before execution, introspection included: a query that could flood the
// database or the server is refused with QUERY_TOO_COMPLEX instead of being run.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

export const MAX_DEPTH = 10;
export const MAX_COST = 50_000;

// Arguments that size a list; their value multiplies the cost of what is selected below the field.
const SIZE_ARGS = new Set(["first", "limit"]);
// Lists without a size argument are bounded by their parent's size argument (a subgraph's limit).
const DEFAULT_LIST_SIZE = 1;

interface Measure {
  depth: number;
  cost: number;
}

function sizeOf(field: FieldNode, variables: Record<string, unknown>): number {
  for (const arg of field.arguments ?? []) {
    if (!SIZE_ARGS.has(arg.name.value)) continue;
    if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
    if (arg.value.kind === Kind.VARIABLE) {
      const v = variables[arg.value.name.value];
      if (typeof v === "number") return Math.max(1, v);
    }
  }
  return DEFAULT_LIST_SIZE;
}

function measure(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string>,
): Measure {
  if (!set) return { depth: 0, cost: 0 };
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    let inner: Measure;
    if (selection.kind === Kind.FIELD) {
      const below = measure(selection.selectionSet, fragments, variables, seen);
      // A field sized by first/limit: charge its sub-selection per item.
      const multiplier = selection.selectionSet ? sizeOf(selection, variables) : 1;
      inner = { depth: below.depth + 1, cost: 1 + below.cost * (selection.selectionSet ? Math.min(multiplier, 1000) : 1) };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, variables, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue; // cycles are reported by graphql's own rules
      inner = measure(fragment.selectionSet, fragments, variables, new Set([...seen, name]));
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

export function costLimitRule(variables: Record<string, unknown> = {}) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(node) {
        const { depth, cost } = measure(node.selectionSet, fragments, variables, new Set());
        if (depth > MAX_DEPTH) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`, { nodes: [node], extensions: { code: "QUERY_TOO_COMPLEX" } }));
        } else if (cost > MAX_COST) {
          context.reportError(
            new GraphQLError(`The query would cost about ${cost} (fields × page sizes); at most ${MAX_COST} is allowed. Ask for fewer fields or smaller pages.`, {
              nodes: [node],
              extensions: { code: "QUERY_TOO_COMPLEX" },
            }),
          );
        }
      },
    };
  };
}
