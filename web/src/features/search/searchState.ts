// The search box's list state: open or not, and which result the arrow keys point at. Pure transitions
// `(args) => (state) => state`, unit-tested without React.

export interface SearchList {
  open: boolean;
  /** Index of the active result, -1 when none. */
  active: number;
}

export const closedList: SearchList = { open: false, active: -1 };

/** Search from one CJK character (a surname can be one kanji), else from two characters. */
export function searchable(text: string): boolean {
  const t = text.trim();
  if (t.length >= 2) return true;
  return /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/.test(t);
}

/** New results arrived: open on the first one (Enter takes it). */
export const showResults = (count: number) => (s: SearchList): SearchList => {
  const next = { open: true, active: count > 0 ? 0 : -1 };
  return s.open === next.open && s.active === next.active ? s : next;
};

/** Arrow keys: move through the results, wrapping round at both ends. */
export const moveActive = (delta: number, count: number) => (s: SearchList): SearchList => {
  if (count === 0) return { open: true, active: -1 };
  if (!s.open) return { open: true, active: delta > 0 ? 0 : count - 1 };
  const from = s.active < 0 ? (delta > 0 ? -1 : 0) : s.active;
  return { open: true, active: (((from + delta) % count) + count) % count };
};

export const pointAt = (index: number) => (s: SearchList): SearchList => (s.active === index && s.open ? s : { open: true, active: index });

export const closeList = () => (s: SearchList): SearchList => (s.open ? { ...s, open: false } : s);
