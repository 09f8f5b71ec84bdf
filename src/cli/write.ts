/**
 * Writes and waits until the text is flushed. A reader that went away (`medlint … | head -1`)
 * ends the output quietly instead of crashing on EPIPE.
 */
export function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code !== 'EPIPE') throw error;
      resolve();
    };
    stream.once('error', onError);
    stream.write(text, () => {
      stream.removeListener('error', onError);
      resolve();
    });
  });
}
