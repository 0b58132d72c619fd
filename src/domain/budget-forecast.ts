/**
 * Budget realisation forecast of a PKS (issue #12 item 6): at today's active headcount (its monthly cost),
 * in which month does the budget run out, and what is short (or left) at the PKS's end?
 * Months already billed count with their billed amount (plus late fees owed); months not billed yet count
 * at `monthlyCost`. The budget "runs out" in the first month whose cumulative cost exceeds it.
 */
import { addMonthsToMonth, type IsoMonth } from './calendar';

export interface ForecastInput {
  readonly budget: number;
  /** First and last month of the PKS. */
  readonly from: IsoMonth;
  readonly to: IsoMonth;
  /** Billed amount per month already billed. */
  readonly billed: ReadonlyMap<IsoMonth, number>;
  /** Late fees owed so far: they take budget like contributions do. */
  readonly lateFees: number;
  /** Cost of one month at today's active headcount. */
  readonly monthlyCost: number;
}

export interface Forecast {
  readonly runsOutIn: IsoMonth | null;
  /** budget − forecast cost to the PKS's end: negative is the year-end shortfall. */
  readonly yearEndBalance: number;
  readonly forecastCost: number;
}

export function forecastBudget(input: ForecastInput): Forecast {
  let cost = input.lateFees;
  let runsOutIn: IsoMonth | null = null;
  for (let month = input.from; month <= input.to; month = addMonthsToMonth(month, 1)) {
    cost += input.billed.get(month) ?? input.monthlyCost;
    if (runsOutIn === null && cost > input.budget) runsOutIn = month;
  }
  return { runsOutIn, yearEndBalance: input.budget - cost, forecastCost: cost };
}
