import type { TFunction } from 'i18next';

/** The parts of a zod issue the client reads (zod 4's issue shapes, loosely). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

export type FieldErrors = Record<string, string>;

export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** One translated sentence per issue, naming the bound that was crossed. */
export function issueMessage(t: TFunction, issue: IssueLike): string {
  const number = issue.origin === 'number' || issue.origin === undefined;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? t('validation.whole') : t('validation.number');
    case 'too_big':
      return number && issue.origin !== 'string' && issue.origin !== 'array'
        ? t('validation.max', { max: Number(issue.maximum) })
        : t('validation.maxLength', { max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required');
      if (issue.origin === 'array') return t('validation.pickOne');
      return issue.origin === 'string'
        ? t('validation.minLength', { min: Number(issue.minimum) })
        : t('validation.min', { min: Number(issue.minimum) });
    case 'invalid_format':
      return t('validation.format');
    case 'invalid_value':
      return t('validation.choice');
    case 'custom':
      if (issue.path[0] === 'allocation') return t('validation.allocation');
      if (issue.path.length === 0 || issue.path[0] === 'terms') return t('validation.termsOnce');
      return t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** The first issue for each field, keyed by its dotted path ('allocation.cash'). */
export function fieldErrors(t: TFunction, issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!(key in errors)) errors[key] = issueMessage(t, issue);
  }
  return errors;
}
