/** The exit code of a process stopped by a signal, as shells report it (128 + the signal's number). */
export const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof signalExitCodes;

/**
 * Calls `onStop` on the first SIGINT or SIGTERM so the command can stop cleanly; a second
 * signal exits at once (the user insists). Returns a function that removes the handlers.
 */
export function onStopSignal(onStop: (signal: StopSignal) => void): () => void {
  let stopping = false;
  const handle = (signal: StopSignal) => {
    if (stopping) process.exit(signalExitCodes[signal]);
    stopping = true;
    onStop(signal);
  };
  const onInt = () => handle('SIGINT');
  const onTerm = () => handle('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
}
