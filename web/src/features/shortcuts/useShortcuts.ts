import { useEffect, useRef } from "react";
import { isTextField, shortcutFor } from "./shortcuts";
import type { ShortcutAction } from "./shortcuts";

/** Listens for the workspace's shortcuts on the whole document; a handler returning false lets the key through. */
export function useShortcuts(handlers: Partial<Record<ShortcutAction, () => boolean | void>>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inTextField: isTextField(event.target),
        defaultPrevented: event.defaultPrevented,
      });
      const handler = action ? latest.current[action] : undefined;
      if (handler && handler() !== false) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
