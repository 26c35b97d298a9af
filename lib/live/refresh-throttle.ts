export interface RefreshThrottleOptions {
  /** wait this long after the first request: the events of one action (an annotation, its claim link) come together */
  delayMs: number;
  /** and never refetch more often than this */
  minIntervalMs: number;
  /** while true (the reader is selecting text), hold the refetch; call unblocked() when it turns false */
  isBlocked?: () => boolean;
  /** told when a refetch starts waiting for isBlocked, and when it stops waiting */
  onHeld?: (held: boolean) => void;
}

/**
 * Turns a stream of "something changed" into few page refetches, for the
 * browser (no DOM or React here, so it is unit-tested). A request while a
 * refetch is scheduled joins it; worst-case latency is delayMs + minIntervalMs.
 */
export class RefreshThrottle {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastRun = Number.NEGATIVE_INFINITY;
  private held = false;
  private disposed = false;

  constructor(
    private readonly run: () => void,
    private readonly options: RefreshThrottleOptions,
  ) {}

  request(): void {
    if (this.disposed || this.timer || this.held) return;
    const wait = Math.max(this.options.delayMs, this.lastRun + this.options.minIntervalMs - Date.now());
    this.timer = setTimeout(() => this.fire(), wait);
  }

  /** The blocking condition may have ended: run a held refetch now if it has. */
  unblocked(): void {
    if (this.held && !this.options.isBlocked?.()) this.fire();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.timer = null;
    if (this.disposed) return;
    if (this.options.isBlocked?.()) {
      if (!this.held) this.options.onHeld?.(true);
      this.held = true;
      return;
    }
    if (this.held) this.options.onHeld?.(false);
    this.held = false;
    this.lastRun = Date.now();
    this.run();
  }
}
