// Keyboard shortcuts of the workspace, as data: which key does what, and when a key press is one. Pure.
export type ShortcutAction = "focusSearch" | "expand" | "remove" | "closePanel" | "clearHighlight" | "help";

export interface Shortcut {
  action: ShortcutAction;
  /** As shown to people (the key cap). */
  keys: string;
}

/** What the help lists, in order. */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: "focusSearch", keys: "/" },
  { action: "expand", keys: "E" },
  { action: "remove", keys: "Delete" },
  { action: "closePanel", keys: "Esc" },
  { action: "help", keys: "?" },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a text field, a select or an editable element (typing, not a shortcut). */
  inTextField: boolean;
  defaultPrevented: boolean;
}

/** The action a key press means, or null. Esc works everywhere; the others not while typing. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === "Escape") return "closePanel";
  if (press.inTextField) return null;
  switch (press.key) {
    case "/":
      return "focusSearch";
    case "e":
    case "E":
      return "expand";
    case "Delete":
    case "Backspace":
      return "remove";
    case "?":
      return "help";
    default:
      return null;
  }
}

export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).closest !== "function") return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  if (el.tagName !== "INPUT") return false;
  const type = (el as HTMLInputElement).type;
  return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(type);
}
