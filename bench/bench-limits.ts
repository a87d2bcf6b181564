/**
 * A bench server's per-address limits: every bench socket comes from 127.0.0.1, and the shipped limits
 * assume one address is one classroom, so they are lifted (a socket's own join failures stay limited).
 */
export const ONE_ADDRESS_FOR_ALL = {
  joinLimits: {
    failuresPerSocket: 8,
    failuresPerAddress: 60,
    createsPerAddress: 100_000,
    windowMs: 60_000,
  },
  addressRate: { burst: 1_000_000, perSecond: 1_000_000 },
  maxOpenLobbiesPerAddress: 100_000,
  maxGamesPerAddress: 100_000,
} as const;
