/**
 * A job refused or stopped for being over one of its budgets (input size, element count, nesting,
 * pages, time). The message says what was too much and what to do; nothing was changed.
 */
export class BudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BudgetError";
  }
}
