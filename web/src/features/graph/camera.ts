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
