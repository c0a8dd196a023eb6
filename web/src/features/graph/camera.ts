// Keyboard camera moves for the graph canvas: + / − zoom, arrow keys pan, 0 fits the graph.
import type Sigma from "sigma";

const PAN_STEP = 0.1; // of the visible area
const DURATION = 200;

/** Applies a camera move for `key`; returns false when the key is not a camera key. */
export function cameraKey(sigma: Pick<Sigma, "getCamera">, key: string): boolean {
  const camera = sigma.getCamera();
  const state = camera.getState();
  const step = PAN_STEP * state.ratio;
  const move = (dx: number, dy: number) => void camera.animate({ x: state.x + dx, y: state.y + dy }, { duration: DURATION });
  switch (key) {
    case "+":
    case "=":
      void camera.animatedZoom({ duration: DURATION });
      return true;
    case "-":
    case "_":
      void camera.animatedUnzoom({ duration: DURATION });
      return true;
    case "0":
      void camera.animatedReset({ duration: DURATION });
      return true;
    case "ArrowLeft":
      move(-step, 0);
      return true;
    case "ArrowRight":
      move(step, 0);
      return true;
    case "ArrowUp":
      move(0, step);
      return true;
    case "ArrowDown":
      move(0, -step);
      return true;
    default:
      return false;
  }
}

/** Camera ratio bounds when fitting nodes: not closer than this (one node fills no screen)… */
const FIT_MIN_RATIO = 0.12;
/** …and not farther than the whole graph with a margin. */
const FIT_MAX_RATIO = 1.35;
const FIT_MARGIN = 1.5;

/** The camera state that shows `points` (sigma's normalised graph coordinates) with a margin. */
export function fitState(points: ReadonlyArray<{ x: number; y: number }>, current: { ratio: number }): { x: number; y: number; ratio: number } | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const extent = Math.max(maxX - minX, maxY - minY) * FIT_MARGIN;
  const ratio = points.length === 1 ? Math.min(current.ratio, 0.5) : Math.min(FIT_MAX_RATIO, Math.max(FIT_MIN_RATIO, extent));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}

/** Animates the camera to show the given nodes. */
export function fitNodes(sigma: Pick<Sigma, "getCamera" | "getNodeDisplayData">, nodes: readonly string[], duration = 400): void {
  const points = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((d): d is NonNullable<typeof d> => d !== undefined);
  const camera = sigma.getCamera();
  const state = fitState(points, camera.getState());
  if (state) void camera.animate(state, { duration });
}
