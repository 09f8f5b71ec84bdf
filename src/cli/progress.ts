import { SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A progress bar for link checks on stderr, only when stderr is a terminal. */
export function createProgress(stream: NodeJS.WriteStream, quiet: boolean): Progress | null {
  if (quiet || stream.isTTY !== true) return null;
  const bar = new SingleBar({
    stream,
    format: 'Checking links [{bar}] {value}/{total} {duration_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
  });
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
        return;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
