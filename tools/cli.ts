/**
 * What the command-line tools (simulate, strategies, backtest) share: refusing a bad argument with the
 * tool's usage and exit code 2, and reading a whole number within its bounds.
 */
export interface CommandLine {
  fail(message: string): never;
  wholeNumber(text: string | undefined, name: string, fallback: number, min: number, max: number): number;
}

export function commandLine(usage: string): CommandLine {
  function fail(message: string): never {
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  }
  return {
    fail,
    wholeNumber(text, name, fallback, min, max) {
      if (text === undefined) return fallback;
      const value = Number(text);
      if (!Number.isInteger(value) || value < min || value > max)
        fail(`--${name} must be a whole number ${min}–${max}`);
      return value;
    },
  };
}
