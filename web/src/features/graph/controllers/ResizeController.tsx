import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

/** Sigma only listens to window resizes; this redraws when its container changes size (side panel). */
export function ResizeController() {
  const sigma = useSigma();
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => sigma.refresh());
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
