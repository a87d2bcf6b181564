import { PERSONALITIES } from '../../bots/types.ts';
import { type PerRole, ROLE_IDS } from '../../roles.ts';
import type { RoleAudit } from './audit.ts';
import type { TokyoDilemma } from './dilemma.ts';

/** Issue 8's targets for the audit (items 2–4), each read as met or not met with the figure behind it. */
export interface Target {
  item: string;
  target: string;
  met: boolean;
  figure: string;
}

const one = (value: number) => (Math.round(value * 10) / 10).toFixed(1);
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

export function targetsOf(
  roles: Partial<PerRole<RoleAudit>>,
  balance: Record<string, PerRole<number>>,
  dilemma: TokyoDilemma | null,
): Target[] {
  const targets: Target[] = [];
  const add = (item: string, target: string, met: boolean, figure: string) =>
    targets.push({ item, target, met, figure });
  for (const role of ROLE_IDS) {
    const audit = roles[role];
    if (!audit) continue;
    const top = audit.policies.reduce((best, row) =>
      row.edgeOverBestBot > best.edgeOverBestBot ? row : best,
    );
    add(
      '2',
      `${role}: no scripted policy beats the best bot by more than 2 points`,
      top.edgeOverBestBot <= 2,
      `${top.name} ${top.edgeOverBestBot >= 0 ? '+' : ''}${one(top.edgeOverBestBot)} over ${audit.bestBot.name} (${one(audit.bestBot.mean)})`,
    );
    const nothing = audit.policies.find((row) => row.name === 'doNothing');
    const gap = nothing ? audit.bestBot.mean - nothing.mean : 0;
    add(
      '2',
      `${role}: doing nothing scores at least 8 points below the best bot`,
      gap >= 8,
      `doNothing ${one(nothing?.mean ?? 0)}, ${one(gap)} below`,
    );
    const rows = [...audit.bots, ...audit.policies];
    const pinned = rows.reduce((worst, row) => (row.pinnedShare > worst.pinnedShare ? row : worst));
    const component = Object.entries(pinned.pinnedByComponent).reduce((worst, entry) =>
      entry[1] > worst[1] ? entry : worst,
    );
    add(
      '2',
      `${role}: no score component at 0 or 100 in more than 3% of games`,
      pinned.pinnedShare <= 0.03,
      `worst ${component[0]} in ${pinned.name}: ${pct(pinned.pinnedShare)}`,
    );
    const hardEasy = audit.hardMinusEasy;
    add(
      '3',
      `${role}: hard bots beat easy ones by at least 5 points`,
      hardEasy >= 5,
      `${one(hardEasy)} points`,
    );
    const shares = PERSONALITIES.map(
      (personality) => [personality, audit.personalityWinShare[personality]] as const,
    );
    const leader = shares.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    add(
      '3',
      `${role}: no personality beats the others in more than 60% of paired matchups`,
      leader[1] <= 0.6,
      `${leader[0]} ${pct(leader[1])}`,
    );
    add(
      '3',
      `${role}: own policy explains at least 40% of score variance (factorial: 8 bots and every scripted policy × others' mix × seed)`,
      audit.factorial.botsAndScripted.ownPolicy >= 0.4,
      `own policy ${pct(audit.factorial.botsAndScripted.ownPolicy)}, others' mix ${pct(audit.factorial.botsAndScripted.othersMix)}; among the bots alone ${pct(audit.factorial.bots.ownPolicy)} (others' mix ${pct(audit.factorial.bots.othersMix)})`,
    );
  }
  const outside = Object.entries(balance).flatMap(([table, means]) =>
    ROLE_IDS.filter((role) => means[role] < 45 || means[role] > 55).map(
      (role) => `${table} ${role} ${one(means[role])}`,
    ),
  );
  if (Object.keys(balance).length > 0)
    add(
      '3',
      'role means within 45–55 under the default mix, each uniform mix, 4, 6 and 8 rounds',
      outside.length === 0,
      outside.length === 0 ? 'all inside' : `outside: ${outside.join('; ')}`,
    );
  if (dilemma) addDilemma(add, dilemma);
  return targets;
}

function addDilemma(
  add: (item: string, target: string, met: boolean, figure: string) => void,
  dilemma: TokyoDilemma,
) {
  // A White House personality no game of the audit met says nothing either way (a tiny --games).
  const met = PERSONALITIES.filter((personality) => dilemma.buyingVsWhiteHouse[personality].games > 0);
  // Buying every round is a best response when Tokyo's best row against a White House buys in every round of
  // most of its games, whether that row is a script (buyMax) or a bot (a dove buying a little every round).
  const buyingBest = met.filter(
    (personality) => dilemma.buyingVsWhiteHouse[personality].best.boughtEveryRound >= 0.5,
  );
  add(
    '4',
    'buying every round is not a best response to any White House personality',
    buyingBest.length === 0,
    met
      .map((personality) => {
        const row = dilemma.buyingVsWhiteHouse[personality];
        return `${personality}: best ${row.best.name} ${one(row.best.mean)} (buys every round in ${pct(row.best.boughtEveryRound)} of games), buyMaxAcceptAll ${one(row.buyMaxAcceptAll)}`;
      })
      .join('; '),
  );
  const path = dilemma.neverBackedCredibility;
  const falling = path.length > 1 && path.every((value, index) => index === 0 || value < path[index - 1]!);
  add(
    '4',
    'a threat never backed loses credibility round after round',
    falling,
    `credibility by round ${path.map(one).join(' → ')}`,
  );
  const beaten = met.filter(
    (personality) =>
      dilemma.backedThreatVsSilence[personality].backedThreat >
      dilemma.backedThreatVsSilence[personality].silence,
  );
  add(
    '4',
    'a threat backed by a measured sale beats silence against at least two White House personalities',
    beaten.length >= 2,
    met
      .map((personality) => {
        const row = dilemma.backedThreatVsSilence[personality];
        return `${personality} ${one(row.backedThreat)} vs ${one(row.silence)}`;
      })
      .join('; '),
  );
  add(
    '4',
    'a backed threat extracts a tariff cut from a hawkish White House bot in at least 30% of games (and more often than silence)',
    dilemma.hawkConcedes.backedThreat >= 0.3 &&
      dilemma.hawkConcedes.backedThreat > dilemma.hawkConcedes.silence,
    `${pct(dilemma.hawkConcedes.backedThreat)} (silence: ${pct(dilemma.hawkConcedes.silence)})`,
  );
  add(
    '4',
    'dumping $150bn a round leaves Tokyo and the White House both below 35',
    dilemma.dump.tokyo < 35 && dilemma.dump.whiteHouse < 35,
    `Tokyo ${one(dilemma.dump.tokyo)}, White House ${one(dilemma.dump.whiteHouse)}`,
  );
}
