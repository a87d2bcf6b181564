/** The languages a player's screens come in; a classroom session picks one for its players. */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
