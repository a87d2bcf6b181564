import { z } from 'zod';

/**
 * Hostile numbers (1e308, NaN, Infinity, -0, fractions) are refused here, at the boundary, so the
 * model never has to defend itself. -0 is refused because it compares equal to 0 yet divides to -Infinity.
 */
export function wholeNumber(min: number, max: number) {
  return z
    .number()
    .int()
    .min(min)
    .max(max)
    .refine((value) => !Object.is(value, -0), { message: 'negative zero is not a whole amount' });
}

/** Free text typed by a person: trimmed, bounded, never empty. Rendered as text only, never as HTML. */
export function playerText(maxLength: number) {
  return z.string().trim().min(1).max(maxLength);
}

/** The bounds of an amount, as a form field shows them. */
export interface AmountRange {
  min: number;
  max: number;
}

/**
 * The bounds a whole-number schema enforces, read from the schema itself, so a form field offers exactly
 * what the protocol accepts and the two never need to be kept in step by hand.
 */
export function rangeOf(
  schema: z.ZodNumber | z.ZodOptional<z.ZodNumber> | z.ZodDefault<z.ZodNumber>,
): AmountRange {
  const number = schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? schema.unwrap() : schema;
  const { minValue: min, maxValue: max } = number;
  if (min === null || max === null) throw new Error('This number schema has no bounds.');
  return { min, max };
}
