/** A clock in milliseconds; injected so tests can make time run out without waiting. */
export type Clock = () => number;

/**
 * The time one search call may take. The pipeline asks `expired()` between stages and
 * inside its loops, and returns what it has (marked partial) once it is.
 */
export class Budget {
  private readonly deadline: number;
  private ranOut = false;

  constructor(
    readonly ms: number,
    private readonly clock: Clock = () => performance.now(),
  ) {
    this.deadline = clock() + ms;
  }

  expired(): boolean {
    if (!this.ranOut && this.clock() >= this.deadline) this.ranOut = true;
    return this.ranOut;
  }

  /** True once some check found the budget spent: the result is partial. */
  get exhausted(): boolean {
    return this.ranOut;
  }
}
