// Opaque page cursors: the sort key of the last item ([time, id], [score, id]…), so pages stay stable while
// new data arrives. Clients pass them back as `after`.
import { badInput } from "../../graph/errors.js";

export type CursorPart = string | number;

export const encodeCursor = (parts: CursorPart[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");

/** The parts of a cursor with the expected types, else BAD_USER_INPUT naming the argument. */
export function decodeCursor<const T extends readonly ("string" | "number")[]>(
  argument: string,
  cursor: string,
  types: T,
): { [K in keyof T]: T[K] extends "number" ? number : string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(value) && value.length === types.length && value.every((v, i) => typeof v === types[i])) {
      return value as never;
    }
  } catch {
    // fall through
  }
  throw badInput(argument, "is not a cursor returned by this operation");
}
