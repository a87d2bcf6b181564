import fc from 'fast-check';
import { SIGNALS } from '../../shared/protocol/statements.ts';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';
import { SHEETS } from '../integration/harness.ts';
import type { FuzzClient } from './fuzz-client.ts';

/**
 * What one fuzz step does, drawn by fast-check before the run and made concrete against the client's
 * state when it is sent (its seat, its view's version and proposals), so the same recipe can be a
 * valid command, an out-of-phase one, another seat's, a replay or garbage.
 */
export type AckMode = 'ack' | 'none' | 'extraArguments';

const COMMAND_KINDS = [
  'statement',
  'private',
  'propose',
  'counter',
  'accept',
  'reject',
  'withdraw',
  'sheet',
  'otherSheet',
  'hostSkip',
  'hostPause',
  'hostResume',
  'hostExtend',
  'hostInject',
  'hostStart',
  'hostEnd',
] as const;
type CommandKind = (typeof COMMAND_KINDS)[number];

const SESSION_EVENTS = [
  'game:create',
  'game:join',
  'seat:resume',
  'lobby:chooseRole',
  'lobby:setBot',
  'seat:request',
  'seat:answerRequest',
  'seat:remove',
  'game:sync',
] as const;

const UNKNOWN_EVENTS = [
  'game:delete',
  'game:commands',
  'admin:eval',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'error',
  '',
  'x'.repeat(300),
] as const;

const CLIENT_RESERVED = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
]);

export type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown }
  | { op: 'retype'; type: string };

export type Recipe =
  | {
      kind: 'command';
      command: CommandKind;
      pick: number;
      ids: 'fresh' | 'replayOwn' | 'replayAny';
      version: 'current' | 'stale' | 'future';
      mutation: Mutation | null;
      ack: AckMode;
    }
  | {
      kind: 'session';
      event: (typeof SESSION_EVENTS)[number];
      pick: number;
      mutation: Mutation | null;
      ack: AckMode;
    }
  | { kind: 'unknown'; event: string; payload: unknown; ack: AckMode }
  | { kind: 'garbage'; event: string; payload: unknown; ack: AckMode };

export interface Step {
  client: number;
  recipe: Recipe;
}

/** Values a hostile client would try: numbers that break arithmetic, huge strings and arrays, binary, prototypes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, -1, 2 ** 53 + 2, 1e-320),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    '../../etc/passwd',
  ),
  fc.integer({ min: 17_000, max: 22_000 }).map((length) => 'x'.repeat(length)),
  fc.constantFrom(null, undefined, true, false, [], {}),
  fc.array(fc.integer(), { minLength: 200, maxLength: 1500 }),
  fc.array(fc.constantFrom(...ROLE_IDS), { minLength: 4, maxLength: 400 }),
  fc.integer({ min: 0, max: 64 }).map((length) => Buffer.alloc(length, 7)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 20, max: 300 }).map((depth) => nested(depth)),
);

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

const ackMode: fc.Arbitrary<AckMode> = fc.oneof(
  { weight: 17, arbitrary: fc.constant('ack' as const) },
  { weight: 2, arbitrary: fc.constant('none' as const) },
  { weight: 1, arbitrary: fc.constant('extraArguments' as const) },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'gameId', 'role', 'actor', 'at'),
    value: hostileValue,
  }),
  fc.record({
    op: fc.constant('retype' as const),
    type: fc.constantFrom('chat:shout', 'host:kick', 'move:undo', '', 'HOST:END', 'host:', 'deal:'),
  }),
);

/** How often each command is tried: host controls less than play, and ending a game (final) rarely. */
const COMMAND_WEIGHTS: Record<CommandKind, number> = {
  statement: 40,
  private: 40,
  propose: 40,
  counter: 25,
  accept: 40,
  reject: 20,
  withdraw: 20,
  sheet: 50,
  otherSheet: 20,
  hostSkip: 30,
  hostPause: 6,
  hostResume: 25,
  hostExtend: 10,
  hostInject: 10,
  hostStart: 10,
  hostEnd: 1,
};

const commandKind: fc.Arbitrary<CommandKind> = fc.oneof(
  ...COMMAND_KINDS.map((command) => ({ weight: COMMAND_WEIGHTS[command], arbitrary: fc.constant(command) })),
);

/** Creating or joining a game moves the client out of its table: common enough to test, rare enough to keep tables busy. */
const sessionEvent = fc.oneof(
  { weight: 1, arbitrary: fc.constant('game:create' as const) },
  { weight: 2, arbitrary: fc.constant('game:join' as const) },
  { weight: 4, arbitrary: fc.constant('seat:resume' as const) },
  { weight: 2, arbitrary: fc.constant('lobby:chooseRole' as const) },
  { weight: 2, arbitrary: fc.constant('lobby:setBot' as const) },
  { weight: 3, arbitrary: fc.constant('game:sync' as const) },
  { weight: 2, arbitrary: fc.constant('seat:request' as const) },
  { weight: 3, arbitrary: fc.constant('seat:answerRequest' as const) },
  { weight: 2, arbitrary: fc.constant('seat:remove' as const) },
);

export function stepArbitrary(clients: number): fc.Arbitrary<Step> {
  const recipe: fc.Arbitrary<Recipe> = fc.oneof(
    {
      weight: 70,
      arbitrary: fc.record({
        kind: fc.constant('command' as const),
        command: commandKind,
        pick: fc.nat(),
        ids: fc.constantFrom('fresh', 'fresh', 'fresh', 'fresh', 'replayOwn', 'replayAny'),
        version: fc.oneof(
          { weight: 8, arbitrary: fc.constant('current' as const) },
          { weight: 1, arbitrary: fc.constant('stale' as const) },
          { weight: 1, arbitrary: fc.constant('future' as const) },
        ),
        mutation: fc.option(mutation, { freq: 2 }),
        ack: ackMode,
      }),
    },
    {
      weight: 10,
      arbitrary: fc.record({
        kind: fc.constant('session' as const),
        event: sessionEvent,
        pick: fc.nat(),
        mutation: fc.option(mutation, { freq: 2 }),
        ack: ackMode,
      }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('unknown' as const),
        // Names the client library itself refuses to send (connect, disconnect, …) are left out: a raw
        // frame with one closes the connection, which the hostile-input tests check.
        event: fc.oneof(
          fc.constantFrom(...UNKNOWN_EVENTS),
          fc.string({ maxLength: 30 }).filter((name) => !CLIENT_RESERVED.has(name)),
        ),
        payload: hostileValue,
        ack: ackMode,
      }),
    },
    {
      weight: 10,
      arbitrary: fc.record({
        kind: fc.constant('garbage' as const),
        event: fc.constantFrom('game:command', ...SESSION_EVENTS),
        payload: hostileValue,
        ack: ackMode,
      }),
    },
  );
  return fc.record({ client: fc.nat({ max: clients - 1 }), recipe });
}

/** Everything the clients share that a hostile client could try to reuse: ids, codes, game ids. */
export class Pools {
  readonly commandIds: string[] = [];
  readonly proposalIds = new Set<string>();
  readonly codes = new Set<string>();
  readonly gameIds = new Set<string>();
}

const TERMS = [
  { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
  { kind: 'noNetSales', role: 'tokyo' },
  { kind: 'investmentPledge', role: 'tokyo', amountBn: 300 },
  { kind: 'farmPurchases', role: 'tokyo', amountBn: 5 },
  { kind: 'retaliationCap', role: 'tokyo', maxPct: 5 },
  { kind: 'passThroughCap', role: 'usBusiness', maxPct: 40 },
  { kind: 'noLobbyingForTariffs', role: 'usBusiness' },
  { kind: 'treasuryFloor', role: 'investors', minPct: 30 },
] as const;

const SHOCKS = ['sale-rumour', 'rumour-denied', 'hawks-resist', 'dash-for-cash', 'no-such-shock'];

const at = <T>(items: readonly T[], pick: number): T => items[pick % items.length]!;

function proposalTerms(role: RoleId | null, pick: number) {
  const own = TERMS.filter((term) => term.role === role);
  const others = TERMS.filter((term) => term.role !== role);
  // Mostly a two-party deal; sometimes one party only (refused), sometimes none of the proposer's own.
  const terms =
    pick % 7 === 0
      ? [at(own.length ? own : TERMS, pick)]
      : [at(others, pick), at(own.length ? own : others, pick >> 3)];
  const unique = [...new Map(terms.map((term) => [term.kind, term])).values()];
  return { terms: unique, durationRounds: 1 + (pick % 4) };
}

function proposalId(client: FuzzClient, pools: Pools, pick: number): string {
  const own = client.view?.proposals.map((proposal) => proposal.id) ?? [];
  switch (pick % 5) {
    case 0:
    case 1:
    case 2:
      return own.length ? at(own, pick >> 2) : `p${pick % 40}`;
    case 3:
      // Another game's proposal (ids are per game, so it may also name one here).
      return pools.proposalIds.size ? at([...pools.proposalIds], pick >> 2) : 'p1';
    default:
      return at(['__proto__', 'constructor', 'p999999', 'x', 'toString'], pick >> 2);
  }
}

/** A well-formed command body of the given kind, for the seat this client holds (or another's). */
function commandBody(command: CommandKind, client: FuzzClient, pools: Pools, serial: number, pick: number) {
  const role = client.role ?? at(ROLE_IDS, pick);
  const others = ROLE_IDS.filter((other) => other !== role);
  switch (command) {
    case 'statement':
      return {
        type: 'chat:statement',
        statement: { text: `Statement ${serial} <b>${pick}</b>`, signal: at(SIGNALS, pick) },
      };
    case 'private': {
      // Mostly to others; sometimes to itself too (refused).
      const to =
        pick % 9 === 0 ? [role, others[0]!] : others.filter((_, index) => (pick >> index) & 1).slice(0, 3);
      return {
        type: 'chat:private',
        message: { to: to.length ? to : [others[pick % 3]!], text: `pm-${client.id}-${serial} between us` },
      };
    }
    case 'propose':
      return { type: 'deal:propose', proposal: proposalTerms(client.role, pick) };
    case 'counter':
      return {
        type: 'deal:counter',
        proposalId: proposalId(client, pools, pick),
        proposal: proposalTerms(client.role, pick >> 1),
      };
    case 'accept':
      return { type: 'deal:accept', proposalId: proposalId(client, pools, pick) };
    case 'reject':
      return { type: 'deal:reject', proposalId: proposalId(client, pools, pick) };
    case 'withdraw':
      return { type: 'deal:withdraw', proposalId: proposalId(client, pools, pick) };
    case 'sheet': {
      const sheet = { ...SHEETS[role] } as Record<string, unknown>;
      if (role === 'whiteHouse') sheet.tariffPct = pick % 51;
      if (role === 'tokyo') Object.assign(sheet, { treasuryAction: 'sell', treasuryAmountBn: pick % 151 });
      return { type: 'move:submit', move: sheet };
    }
    case 'otherSheet':
      return { type: 'move:submit', move: SHEETS[at(others, pick)] };
    case 'hostSkip':
      return { type: 'host:skip' };
    case 'hostPause':
      return { type: 'host:pause' };
    case 'hostResume':
      return { type: 'host:resume' };
    case 'hostExtend':
      return { type: 'host:extend', seconds: 1 + (pick % 600) };
    case 'hostInject':
      return { type: 'host:inject', shockId: at(SHOCKS, pick) };
    case 'hostStart':
      return { type: 'host:start' };
    case 'hostEnd':
      return { type: 'host:end' };
  }
}

function sessionPayload(
  event: (typeof SESSION_EVENTS)[number],
  client: FuzzClient,
  pools: Pools,
  pick: number,
): unknown {
  switch (event) {
    case 'game:create':
      return pick % 2 === 0
        ? {
            mode: 'multiplayer',
            role: at(ROLE_IDS, pick),
            rounds: 1 + (pick % 12),
            botFill: pick % 3 === 0,
            seed: pick % 1000,
          }
        : { mode: 'solo', role: at(ROLE_IDS, pick), rounds: 2, seed: pick % 1000 };
    case 'game:join': {
      const codes = [...pools.codes];
      const code =
        pick % 4 === 0
          ? at(['ZZZZZZ', 'AAAAAA', 'O0I1L!', 'abc', 'zzzzzz'], pick >> 2)
          : codes.length
            ? at(codes, pick >> 2)
            : 'ZZZZZZ';
      return {
        code: pick % 2 ? code.toLowerCase() : code,
        name: `Fuzz ${pick % 100}`,
        ...(pick % 3 ? { role: at(ROLE_IDS, pick) } : {}),
      };
    }
    case 'seat:resume': {
      const own = client.tokens.length ? at(client.tokens, pick) : null;
      const gameIds = [...pools.gameIds];
      switch (pick % 4) {
        case 0:
          return own ? { gameId: own.gameId, token: own.token } : { gameId: 'none', token: 'A'.repeat(32) };
        case 1:
          // Its own token in another game.
          return {
            gameId: gameIds.length ? at(gameIds, pick >> 2) : 'none',
            token: own?.token ?? 'B'.repeat(32),
          };
        case 2:
          return {
            gameId: client.gameId ?? 'none',
            token: at(['A'.repeat(32), 'a'.repeat(64), '_'.repeat(40), 'short'], pick >> 2),
          };
        default:
          return { gameId: 'x'.repeat(65), token: own?.token ?? 'C'.repeat(32) };
      }
    }
    case 'lobby:chooseRole':
      return { role: at([...ROLE_IDS, 'emperor'], pick) };
    case 'lobby:setBot':
      return {
        role: at(ROLE_IDS, pick),
        bot:
          pick % 3 === 0
            ? null
            : {
                personality: at(['hawk', 'dove', 'titForTat', 'opportunist', 'chaos'], pick),
                level: at(['easy', 'hard'], pick >> 2),
              },
      };
    case 'game:sync':
      return {};
    case 'seat:request': {
      // Mostly a real table's code, for a seat that may be occupied, open, a bot's or no seat at all.
      const codes = [...pools.codes];
      const code = codes.length && pick % 5 ? at(codes, pick >> 2) : at(['ZZZZZZ', 'abc', ''], pick);
      const name = at([`Fuzz ${pick % 100}`, '', ' ', 'x'.repeat(41), '<b>host</b>'], pick >> 3);
      return { code, name, role: at([...ROLE_IDS, 'emperor'], pick >> 1) };
    }
    case 'seat:answerRequest': {
      // Its own prompts, others' ids (answered, withdrawn or never made) and ids of no valid shape.
      const requestId =
        client.requestIds.length && pick % 3
          ? at(client.requestIds, pick >> 2)
          : at(['request1', 'request2', 'request999999999', 'request', 'request-1', 'REQUEST1'], pick);
      return { requestId, accept: pick % 2 === 0 };
    }
    case 'seat:remove': {
      // People at its table (the host among them: refused), strangers and malformed ids.
      const people = client.roster?.seats.flatMap((seat) => seat.people.map((person) => person.id)) ?? [];
      const personId =
        people.length && pick % 3
          ? at(people, pick >> 2)
          : at(['person1', 'person0', 'person9999999999', 'nobody', ''], pick);
      return { personId };
    }
  }
}

/** Applies a mutation to a copy of `payload`: the at-th place (in a walk of the payload) is changed. */
export function mutate(payload: unknown, change: Mutation): unknown {
  if (change.op === 'retype')
    return typeof payload === 'object' && payload !== null ? { ...payload, type: change.type } : payload;
  const copy = clone(payload);
  const places: { parent: Record<string, unknown>; key: string }[] = [];
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return;
    for (const key of Object.keys(value)) {
      places.push({ parent: value as Record<string, unknown>, key });
      walk((value as Record<string, unknown>)[key]);
    }
  };
  walk(copy);
  if (places.length === 0) return change.op === 'replace' ? change.value : copy;
  const { parent, key } = places[change.at % places.length]!;
  if (change.op === 'replace') parent[key] = change.value;
  else if (change.op === 'delete') delete parent[key];
  else
    Object.defineProperty(parent, change.key, {
      value: change.value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  return copy;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, clone(child)]));
}

/** Keeps a payload under the 32 KB frame limit, which would (rightly) close the connection. */
function fitsInAFrame(payload: unknown): unknown {
  let size: number;
  try {
    size = JSON.stringify(payload)?.length ?? 0;
  } catch {
    return payload;
  }
  return size > 28_000 ? { oversize: 'x'.repeat(20_000) } : payload;
}

export interface ConcreteStep {
  event: string;
  args: unknown[];
  ack: AckMode;
}

/** Makes a recipe concrete for a client as it is now. */
export function concrete(recipe: Recipe, client: FuzzClient, pools: Pools, serial: number): ConcreteStep {
  let event: string;
  let payload: unknown;
  switch (recipe.kind) {
    case 'command': {
      event = 'game:command';
      const version = client.view?.version ?? 0;
      const commandId =
        recipe.ids === 'fresh' || pools.commandIds.length === 0
          ? `${client.id}-${serial}`
          : recipe.ids === 'replayOwn' && client.commandIds.length
            ? at(client.commandIds, recipe.pick)
            : at(pools.commandIds, recipe.pick);
      client.commandIds.push(commandId);
      pools.commandIds.push(commandId);
      const body = {
        ...commandBody(recipe.command, client, pools, serial, recipe.pick),
        commandId,
        version:
          recipe.version === 'current'
            ? version
            : recipe.version === 'stale'
              ? Math.max(0, version - 1 - (recipe.pick % 5))
              : version + 1 + (recipe.pick % 3),
      };
      payload = recipe.mutation ? mutate(body, recipe.mutation) : body;
      break;
    }
    case 'session': {
      event = recipe.event;
      const body = sessionPayload(recipe.event, client, pools, recipe.pick);
      payload = recipe.mutation ? mutate(body, recipe.mutation) : body;
      break;
    }
    default:
      event = recipe.event;
      payload = recipe.payload;
  }
  // Without an answer the client cannot know whether it changed games: such sends are never valid ones.
  if (recipe.ack === 'none' && (event === 'game:create' || event === 'game:join' || event === 'seat:resume'))
    payload = [payload];
  payload = fitsInAFrame(payload);
  const args = recipe.ack === 'extraArguments' ? [payload, 'extra', 42, null] : [payload];
  return { event, args, ack: recipe.ack };
}
