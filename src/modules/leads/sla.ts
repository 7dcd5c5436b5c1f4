/**
 * How soon a new lead must be contacted, by its size (expected investment, 万元): the larger the demand,
 * the sooner. First matching rule wins; a lead without a figure takes the last.
 */
export const SLA_RULES: readonly { minInvestmentWan: number; workingDays: number }[] = [
  { minInvestmentWan: 10_000, workingDays: 1 }, // ≥ 1 亿元
  { minInvestmentWan: 1_000, workingDays: 3 },
  { minInvestmentWan: 0, workingDays: 5 },
];

export function slaWorkingDays(investmentWan: number | null | undefined): number {
  const amount = investmentWan ?? 0;
  return (SLA_RULES.find((r) => amount >= r.minInvestmentWan) ?? SLA_RULES[SLA_RULES.length - 1]!)
    .workingDays;
}

/**
 * The end (23:59:59.999) of the `days`-th working day after the day of `from`, Monday to Friday, in China
 * Standard Time (UTC+8, no DST): a lead sent on Friday evening or at the weekend is due by the end of
 * Monday. Public holidays and the make-up working weekends (调休) are not known to the platform yet: a
 * holiday counts as a working day.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const CST_MS = 8 * 3_600_000;
  const local = new Date(from.getTime() + CST_MS);
  local.setUTCHours(23, 59, 59, 999);
  let left = days;
  while (left > 0) {
    local.setUTCDate(local.getUTCDate() + 1);
    const weekday = local.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(local.getTime() - CST_MS);
}
