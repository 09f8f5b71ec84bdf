/** Streams that already have the listener below. */
const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * Writes and waits until the text is flushed. A reader that went away (`medlint … | head -1`)
 * ends the output quietly instead of crashing on EPIPE; any other write error rejects.
 */
export function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    // A failed write also emits 'error', after the write callback has run: without a listener
    // that stays, Node turns it into an uncaught exception and prints a stack trace. The
    // callback below reports the error.
    stream.on('error', () => undefined);
  }
  return new Promise((resolve, reject) => {
    stream.write(text, (error?: Error | null) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_DESTROYED') reject(error);
      else resolve();
    });
  });
}
