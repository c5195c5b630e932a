/**
 * Keeps each request under Excel on the web's 5 MB limit: writers report roughly what they queue,
 * and a sync is spent only when the next piece would not fit. Plans of ordinary size never reach
 * the budget, so their operations keep their constant number of syncs.
 */
export const requestBudgetBytes = 4_000_000;

export class RequestBudget {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number = requestBudgetBytes,
  ) {}

  /** Call before queueing `bytes` more: syncs first when they would not fit with what is queued. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) {
      await this.context.sync();
      this.queued = 0;
    }
    this.queued += bytes;
  }
}
