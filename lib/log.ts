/**
 * The assistant's own failures go to the console as a quiet debug line for
 * developers, never as an error in the page's console: a broken page means
 * no hint, not a red line under the platform's name.
 */
export function logQuietly(what: string, error: unknown): void {
  console.debug(`[职称申报助手] ${what}:`, error);
}

/** Runs `run`; a failure of ours is logged quietly and never reaches the page. */
export function quietly(what: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    logQuietly(what, error);
  }
}
