/**
 * The phases of one API call, timed on the bridge and sent back in a `Server-Timing` header
 * (read by the browser's Resource Timing and by the UI benchmark): where the time between a
 * request and its reply went, without a debugger. Names are HTTP tokens; durations in ms.
 */
export class ServerTiming {
  private readonly phases: string[] = [];
  private last = performance.now();

  /** Closes the phase that ran since the previous mark (or since the timer started). */
  mark(name: 'read' | 'parse' | 'call' | 'json'): void {
    const now = performance.now();
    this.phases.push(`${name};dur=${(now - this.last).toFixed(1)}`);
    this.last = now;
  }

  header(): string {
    return this.phases.join(', ');
  }
}
