import { GraphQLScalarType, Kind } from "graphql";
import { datetime } from "../../graph/propertyTypes.js";

// ISO 8601 instants with an offset; the same rules as the importers (graph/propertyTypes.ts).
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: "DateTime",
  description: "An instant in ISO 8601 with a time zone offset or Z, e.g. 2025-03-01T09:30:00+09:00; a plain date means midnight UTC.",
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    return String(value);
  },
  parseValue(value) {
    const parsed = datetime.parse(value);
    if (!parsed.ok) throw new TypeError(`DateTime ${parsed.reason}`);
    return parsed.value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError("DateTime must be a string");
    const parsed = datetime.parse(ast.value);
    if (!parsed.ok) throw new TypeError(`DateTime ${parsed.reason}`);
    return parsed.value;
  },
});
