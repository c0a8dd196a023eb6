// Who may do what with notes, as the API decides it (issue 4): every role reads and writes notes; a note is edited
// or deleted by its author or by a SUPERVISOR or higher. The client only hides what the API would refuse.
import { hasRole } from "../auth/session";
import type { SessionUser } from "../auth/session";

export function canAnnotate(user: SessionUser): boolean {
  return hasRole(user.role, "INVESTIGATOR");
}

export function canModify(user: SessionUser, annotation: { author: string }): boolean {
  return annotation.author === user.username || hasRole(user.role, "SUPERVISOR");
}

/** Tags as typed ("cash, courier  #tokyo") → ["cash", "courier", "tokyo"]: split on commas, spaces or 、, no dupes. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,、\s]+/)) {
    const tag = raw.replace(/^#/, "").trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}
