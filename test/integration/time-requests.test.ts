import { beforeEach, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { EXTENDED_TIME_FACTOR, TIME_REQUESTS_PER_ROUND } from '../../shared/game/time.ts';
import type { TimeRequestsMessage } from '../../shared/protocol/socket.ts';
import { closeAfterEach, SHEETS, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle;
let host: TestPlayer;
let guest: TestPlayer;
let other: TestPlayer;

beforeEach(async () => {
  server = await startServer({ bots: () => [] });
  host = await TestPlayer.connect(server.url, 'Host');
  guest = await TestPlayer.connect(server.url, 'Guest');
  other = await TestPlayer.connect(server.url, 'Other');
  const { code } = await host.create({
    mode: 'multiplayer',
    role: 'tokyo',
    rounds: 2,
    seed: 5,
    newsSeconds: 20,
  });
  await guest.join(code, 'whiteHouse');
  await other.join(code, 'investors');
});

closeAfterEach(() => ({ players: [host, guest, other], servers: [server] }));

/** The host's last `time:requests` message, as its browser keeps it. */
function deskOf(player: TestPlayer): TimeRequestsMessage | null {
  const sent = player.received.filter((entry) => entry.event === 'time:requests');
  return (sent[sent.length - 1]?.payload as TimeRequestsMessage | undefined) ?? null;
}

async function toNegotiate(): Promise<void> {
  await host.commandOk({ type: 'host:start' });
  await host.untilPhase('briefing');
  await host.commandOk({ type: 'host:skip' });
  await host.untilPhase('news');
  await host.commandOk({ type: 'host:skip' });
  await Promise.all([
    host.untilPhase('negotiate'),
    guest.untilPhase('negotiate'),
    other.untilPhase('negotiate'),
  ]);
}

describe('time:request and host:grantTime', () => {
  it('shows a request to the host only and extends the phase by the seconds asked when granted', async () => {
    await toNegotiate();
    const asked = await guest.commandOk({ type: 'time:request', seconds: 60 });
    expect(asked).toEqual({ requestId: expect.stringMatching(/^t[0-9]+$/) });
    const requestId = asked.requestId as string;

    await host.until((player) => deskOf(player)?.requests.length === 1, 5000, 'the request on the desk');
    expect(deskOf(host)!.requests[0]).toMatchObject({
      id: requestId,
      role: 'whiteHouse',
      seconds: 60,
      status: 'pending',
    });
    await guest.until((player) => player.view?.timeRequests.length === 1);
    expect(guest.view!.timeRequests[0]).toMatchObject({ id: requestId, status: 'pending' });
    // Nobody else learns that a seat asked for time: not the host's own seat view, not another seat.
    expect(host.view!.timeRequests).toEqual([]);
    expect(other.view!.timeRequests).toEqual([]);
    expect(deskOf(guest)).toBeNull();
    expect(deskOf(other)).toBeNull();

    const before = host.view!.deadline!;
    expect(await host.commandOk({ type: 'host:grantTime', requestId })).toEqual({ requestId, seconds: 60 });
    await guest.until((player) => player.view?.timeRequests[0]?.status === 'granted');
    expect(guest.view!.deadline! - before).toBe(60_000);
    await host.until((player) => deskOf(player)?.requests.length === 0, 5000, 'the desk emptied');
  });

  it('refuses a grant from anyone but the host, and one for no open request', async () => {
    await toNegotiate();
    const { requestId } = await guest.commandOk({ type: 'time:request', seconds: 30 });
    const deadline = guest.view!.deadline;
    expect(await guest.command({ type: 'host:grantTime', requestId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await host.command({ type: 'host:grantTime', requestId: 't999' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_TIME_REQUEST' },
    });
    expect(await host.command({ type: 'host:grantTime', requestId: 'nonsense' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    await host.commandOk({ type: 'host:grantTime', requestId });
    // Granted once: a second click finds nothing open and adds nothing.
    expect(await host.command({ type: 'host:grantTime', requestId })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_TIME_REQUEST' },
    });
    await guest.until((player) => player.view?.timeRequests[0]?.status === 'granted');
    const game = server.registry.get(host.joined!.gameId)!;
    await game.settled();
    expect(game.engine.state.deadline! - deadline!).toBe(30_000);
  });

  it('rate-limits requests: one open at a time, a few a round, and bounds on the seconds', async () => {
    await toNegotiate();
    expect(await guest.command({ type: 'time:request', seconds: 5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    expect(await guest.command({ type: 'time:request', seconds: 100_000 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    for (let made = 0; made < TIME_REQUESTS_PER_ROUND; made++) {
      const { requestId } = await guest.commandOk({ type: 'time:request', seconds: 15 });
      expect(await guest.command({ type: 'time:request', seconds: 15 })).toMatchObject({
        ok: false,
        error: { code: 'TIME_REQUEST_LIMIT' },
      });
      await host.commandOk({ type: 'host:grantTime', requestId });
    }
    expect(await guest.command({ type: 'time:request', seconds: 15 })).toMatchObject({
      ok: false,
      error: { code: 'TIME_REQUEST_LIMIT' },
    });
    // Another seat's budget is its own.
    expect(await other.command({ type: 'time:request', seconds: 15 })).toMatchObject({ ok: true });
  });

  it('lets an unanswered request lapse with its phase', async () => {
    await toNegotiate();
    const { requestId } = await guest.commandOk({ type: 'time:request', seconds: 60 });
    await host.commandOk({ type: 'host:skip' });
    await guest.untilPhase('decide');
    expect(guest.view!.timeRequests).toMatchObject([{ id: requestId, status: 'lapsed' }]);
    expect(await host.command({ type: 'host:grantTime', requestId })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_TIME_REQUEST' },
    });
  });
});

describe('host:extendedTime', () => {
  it('stretches every later phase for the whole table and tells only the seat itself', async () => {
    await host.commandOk({ type: 'host:start' });
    await host.untilPhase('briefing');
    expect(
      await guest.command({ type: 'host:extendedTime', role: 'whiteHouse', extended: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await host.commandOk({ type: 'host:extendedTime', role: 'whiteHouse', extended: true })).toEqual({
      role: 'whiteHouse',
      extended: true,
    });
    await host.until((player) => deskOf(player)?.extendedTime.includes('whiteHouse') === true);
    await host.commandOk({ type: 'host:skip' });
    await guest.untilPhase('news');
    const roundStart = guest.view!.news.find((item) => item.headline.key === 'news.roundStart')!;
    expect(guest.view!.deadline! - roundStart.at).toBe(20_000 * EXTENDED_TIME_FACTOR);
    expect(guest.view!.extendedTime).toEqual(['whiteHouse']);
    await other.untilPhase('news');
    expect(other.view!.extendedTime).toEqual([]);
    expect(other.view!.deadline).toBe(guest.view!.deadline);

    await host.commandOk({ type: 'host:extendedTime', role: 'whiteHouse', extended: false });
    await host.commandOk({ type: 'host:skip' });
    await guest.untilPhase('negotiate');
    const game = server.registry.get(host.joined!.gameId)!;
    await game.settled();
    expect(game.engine.state.extendedTime).toEqual([]);
  });
});

describe('a sheet not handed in', () => {
  it('is named in the round report: that seat played its standing policy', async () => {
    await toNegotiate();
    await host.commandOk({ type: 'host:skip' });
    await host.untilPhase('decide');
    await host.commandOk({ type: 'move:submit', move: SHEETS.tokyo });
    await host.commandOk({ type: 'host:skip' });
    await guest.until((player) => (player.view?.reports.length ?? 0) === 1);
    const report = guest.view!.reports[0]!;
    expect(report.missedSheets).toContain('whiteHouse');
    expect(report.missedSheets).toContain('investors');
    expect(report.missedSheets).not.toContain('tokyo');
  });
});
