/** A network file that cannot be read as a network: unknown format or malformed content. */
export class NetworkFileError extends Error {
  override readonly name = "NetworkFileError";
  readonly file: string;
  /** 1-based line as an editor shows it (the first line of a multi-line record); absent when not tied to a line. */
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
