export interface RebuildProgress {
  /** Events applied so far. */
  done: number;
  /** Events to apply, counted before the replay (appends during a rebuild may push `done` past it). */
  total: number;
}

/** `[██████░░░░░░] 50% 500/1000`: pure, for tests and logs. */
export function formatProgressBar(done: number, total: number, width = 30): string {
  const ratio = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  const filled = Math.round(ratio * width);
  const percent = Math.floor(ratio * 100);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`;
}

/** Redraws a progress bar on one stderr line (CLI rebuilds); ends the line when done. */
export function renderProgressBar(
  done: number,
  total: number,
  label = '',
  stream: Pick<NodeJS.WriteStream, 'write'> = process.stderr,
): void {
  const line = `${label ? `${label} ` : ''}${formatProgressBar(done, total)}`;
  stream.write(`\r${line}${done >= total ? '\n' : ''}`);
}
