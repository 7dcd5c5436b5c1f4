import { afterEach, vi } from 'vitest';

// A test that makes the code log to console.error fails: errors must be handled, not printed.
const calls: unknown[][] = [];
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  calls.push(args);
});

afterEach(() => {
  if (calls.length === 0) return;
  const printed = calls.map((args) => args.map(String).join(' ')).join('\n');
  calls.length = 0;
  throw new Error(`console.error was called:\n${printed}`);
});
