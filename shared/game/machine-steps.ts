import { createActor, type SnapshotFrom, type StateNode } from 'xstate';
import type { GameEvent } from './events.ts';
import {
  type GameInput,
  gameWithPhase,
  MACHINE_ACTIONS,
  MACHINE_GUARDS,
  type MachineActionName,
  type MachineGuardName,
  machineContextOf,
  negotiationMachine,
  PHASE_STATES,
  phaseOf,
} from './machine.ts';
import { type GameContext, type GameState, PHASES, type Phase } from './state.ts';

/**
 * The negotiation machine stepped without an actor, for the server's engine and headless games alike
 * (machine-driver.ts): the same graph (the machine's own state nodes: their transitions, guards, targets,
 * entry actions and eventless transitions) and the same named steps (MACHINE_ACTIONS, MACHINE_GUARDS), walked by a small loop instead of XState's
 * interpreter, which builds a snapshot, an action queue and a relay for every event. Nothing about the
 * rules lives here: a change to the machine's graph or its steps reaches this path by itself, and the
 * equivalence tests (test/shared/game/engine-drivers.test.ts, test/shared/sim/fast-path.test.ts) play
 * games both ways, here and on XState's actor, and compare them.
 *
 * It understands what the machine uses, and refuses at construction what it does not (parallel or history
 * states, wildcard events, inline actions or guards), so a machine that outgrows it fails loudly.
 */

type Node = StateNode<GameContext, GameEvent>;

interface Transition {
  guard?: unknown;
  target?: readonly Node[];
  actions: readonly unknown[];
  source: Node;
}

/** Where the machine rests: its atomic state and its context. */
export interface MachineRest {
  node: Node;
  context: GameContext;
}

function nameOf<T extends string>(step: unknown, known: Record<T, unknown>, what: string): T {
  if (typeof step === 'string' && step in known) return step as T;
  throw new Error(`The fast path runs named ${what} only, not ${JSON.stringify(step)}`);
}

/** Checks once that every node, transition and step is one this loop runs exactly as XState would. */
function checkGraph(node: Node): void {
  if (node.type === 'parallel' || node.type === 'history')
    throw new Error(`The fast path has no ${node.type} states (${node.id})`);
  if (node.exit.length > 0) throw new Error(`The fast path has no exit actions (${node.id})`);
  for (const action of node.entry) nameOf(action, MACHINE_ACTIONS, 'actions');
  const transitions = [...node.transitions.values()].flat() as Transition[];
  for (const [type] of node.transitions)
    if (type.includes('*')) throw new Error(`The fast path has no wildcard events (${type})`);
  for (const transition of [...transitions, ...((node.always ?? []) as Transition[])]) {
    if (transition.guard !== undefined) nameOf(transition.guard, MACHINE_GUARDS, 'guards');
    for (const action of transition.actions) nameOf(action, MACHINE_ACTIONS, 'actions');
    if ((transition.target?.length ?? 0) > 1) throw new Error(`One target per transition (${node.id})`);
    // A target in the source's own subtree (itself included) is exited and entered by rules of its own
    // (re-entering or not); the machine has none, so the loop below does not need them.
    const target = transition.target?.[0];
    if (target && ancestry(target).includes(transition.source))
      throw new Error(`The fast path has no transitions into their own state (${node.id})`);
  }
  for (const child of Object.values(node.states)) checkGraph(child as Node);
}

checkGraph(negotiationMachine.root as Node);

function guardPasses(guard: unknown, context: GameContext, event: GameEvent): boolean {
  if (guard === undefined) return true;
  return MACHINE_GUARDS[guard as MachineGuardName](context, event);
}

/**
 * The named steps in order. XState's `assign` lays a step's result over a copy of the context; every
 * step returns a whole context spread from the one it was given, so that copy would be the same object
 * again, keys in the same order (the equivalence test compares the states' JSON).
 */
function run(actions: readonly unknown[], context: GameContext, event: GameEvent): GameContext {
  let next = context;
  for (const action of actions) next = MACHINE_ACTIONS[action as MachineActionName](next, event);
  return next;
}

/** The first enabled transition, from the atomic state outward, as XState selects it. */
function enabled(node: Node, context: GameContext, event: GameEvent, eventless: boolean): Transition | null {
  for (let at: Node | undefined = node; at; at = at.parent) {
    const candidates = (eventless ? at.always : at.transitions.get(event.type)) as Transition[] | undefined;
    if (!candidates) continue;
    for (const candidate of candidates) if (guardPasses(candidate.guard, context, event)) return candidate;
  }
  return null;
}

function ancestry(node: Node): Node[] {
  const chain: Node[] = [];
  for (let at: Node | undefined = node; at; at = at.parent) chain.unshift(at);
  return chain;
}

/** Takes one transition: actions, then the entry actions of every state entered, down to an atomic one. */
function take(rest: MachineRest, transition: Transition, event: GameEvent): MachineRest {
  let context = run(transition.actions, rest.context, event);
  const target = transition.target?.[0];
  if (!target) return { node: rest.node, context };
  const source = ancestry(transition.source);
  const into = ancestry(target);
  // The domain is the deepest state that is a proper ancestor of both ends (the target is never in the
  // source's subtree, checkGraph): everything below it on the target's side is entered, outermost first.
  let shared = 0;
  while (shared < source.length && shared < into.length && source[shared] === into[shared]) shared++;
  const belowDomain = Math.min(shared, source.length - 1, into.length - 1);
  let node = target;
  for (const entered of into.slice(belowDomain)) context = run(entered.entry, context, event);
  while (node.type === 'compound') {
    const initial = node.initial as { target: readonly Node[]; actions: readonly unknown[] };
    context = run(initial.actions, context, event);
    node = initial.target[0]!;
    context = run(node.entry, context, event);
  }
  return { node, context };
}

/**
 * The machine's answer to an event where it rests: the state it comes to rest in, eventless transitions
 * followed, or null when no transition is enabled (XState would ignore the event: `can` is false).
 */
export function stepMachine(rest: MachineRest, event: GameEvent): MachineRest | null {
  const first = enabled(rest.node, rest.context, event, false);
  if (!first) return null;
  let next = take(rest, first, event);
  for (let eventless = enabled(next.node, next.context, event, true); eventless; ) {
    next = take(next, eventless, event);
    eventless = enabled(next.node, next.context, event, true);
  }
  return next;
}

/** Whether the machine, resting here, would take the event. */
export function machineTakes(rest: MachineRest, event: GameEvent): boolean {
  return enabled(rest.node, rest.context, event, false) !== null;
}

/**
 * The machine's starting point for a game: its initial context, in the state its initial transitions
 * lead to. The machine starts with no action to run (checked here), so none is run; one that gains a
 * starting action is started by XState itself, whose snapshot is then the starting point.
 */
export function initialRest(input: GameInput): MachineRest {
  let node = negotiationMachine.root as Node;
  for (;;) {
    if (node.entry.length > 0) return restOfActor(input);
    if (node.type !== 'compound') return { node, context: machineContextOf(input) };
    const initial = node.initial as { target: readonly Node[]; actions: readonly unknown[] };
    if (initial.actions.length > 0) return restOfActor(input);
    node = initial.target[0]!;
  }
}

function restOfActor(input: GameInput): MachineRest {
  return restAt(createActor(negotiationMachine, { input }).getSnapshot());
}

/** Where an XState snapshot of the machine rests (a restored game's starting point). */
export function restAt(snapshot: SnapshotFrom<typeof negotiationMachine>): MachineRest {
  return { node: nodeOfPhase(phaseOf(snapshot)), context: snapshot.context };
}

/** The XState state value of where the machine rests (`{ round: 'news' }`), for its persisted snapshot. */
export function stateValueAt(rest: MachineRest): SnapshotFrom<typeof negotiationMachine>['value'] {
  const path = rest.node.path;
  let value: string | Record<string, unknown> = path.at(-1) ?? '';
  for (let at = path.length - 2; at >= 0; at--) value = { [path[at]!]: value };
  return value as SnapshotFrom<typeof negotiationMachine>['value'];
}

/** The atomic state each phase is, read from the machine's own table of them (PHASE_STATES). */
const NODE_OF_PHASE = new Map<Phase, Node>(
  PHASES.map((phase) => {
    const value = PHASE_STATES[phase];
    const path = typeof value === 'string' ? [value] : Object.entries(value).flat();
    let node = negotiationMachine.root as Node;
    for (const key of path) node = node.states[key as string] as Node;
    return [phase, node];
  }),
);
const PHASE_OF_NODE = new Map([...NODE_OF_PHASE].map(([phase, node]) => [node, phase]));

function nodeOfPhase(phase: Phase): Node {
  const node = NODE_OF_PHASE.get(phase);
  if (!node) throw new Error(`No state of the machine is the phase ${phase}`);
  return node;
}

/** The game where the machine rests: its context with the phase its state stands for. */
export function gameStateAt(rest: MachineRest): GameState {
  const phase = PHASE_OF_NODE.get(rest.node);
  if (!phase) throw new Error(`The machine rests in no phase: ${rest.node.id}`);
  return gameWithPhase(rest.context, phase);
}
