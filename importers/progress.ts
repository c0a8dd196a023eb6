// Progress of a long import: a redrawn bar (rows, rows/s, ETA) on a terminal, plain lines otherwise.

export interface ProgressSink {
  update(rows: number, bytes: number): void;
  done(summary: string): void;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--";
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export function createProgress(label: string, totalBytes: number, stream: NodeJS.WriteStream = process.stderr, quiet = false): ProgressSink {
  const started = Date.now();
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  const line = (rows: number, bytes: number) => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? rows / elapsed : 0;
    const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
    const eta = fraction > 0 ? elapsed / fraction - elapsed : NaN;
    return { rate, fraction, eta, text: `${rows.toLocaleString("en")} rows, ${Math.round(rate).toLocaleString("en")} rows/s, ETA ${formatDuration(eta)}` };
  };
  return {
    update(rows, bytes) {
      if (quiet) return;
      const now = Date.now();
      if (now - lastDraw < (tty ? 200 : 10_000)) return;
      lastDraw = now;
      const { fraction, text } = line(rows, bytes);
      if (tty) {
        const width = 24;
        const filled = Math.round(fraction * width);
        stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(fraction * 100)}% ${text}\x1b[K`);
      } else {
        stream.write(`${label}: ${Math.round(fraction * 100)}% ${text}\n`);
      }
    },
    done(summary) {
      if (quiet) return;
      if (tty) stream.write("\r\x1b[K");
      stream.write(`${label}: ${summary} in ${formatDuration((Date.now() - started) / 1000)}\n`);
    },
  };
}
