// Timeline events grouped by day, for the list. Pure: language and time zone are arguments.
import { dayOf } from "../../i18n/format";
import type { TimelineEvent } from "./timeline.query";

export interface TimelineDay {
  key: string;
  label: string;
  events: TimelineEvent[];
}

/** Consecutive events of the same day (in `timeZone`) under one heading; the order of the events is kept. */
export function groupByDay(events: readonly TimelineEvent[], language: string, timeZone?: string): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const event of events) {
    const { key, label } = dayOf(event.at, language, timeZone);
    const last = days.at(-1);
    if (last && last.key === key) last.events.push(event);
    else days.push({ key, label, events: [event] });
  }
  return days;
}

/** Appends a page, skipping events already listed (a page boundary can repeat one). */
export function appendPage(events: readonly TimelineEvent[], page: readonly TimelineEvent[]): TimelineEvent[] {
  const seen = new Set(events.map((e) => e.id));
  return [...events, ...page.filter((e) => !seen.has(e.id))];
}

/** The other parties of an event: participants that are not the entities the timeline is about. */
export function otherParticipants(event: TimelineEvent, about: readonly string[]): TimelineEvent["participants"] {
  return event.participants.filter((p) => !about.includes(p.id));
}
