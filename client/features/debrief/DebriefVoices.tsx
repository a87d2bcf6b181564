import { useTranslation } from 'react-i18next';
import type { TableDebrief } from '../../../shared/debrief/table.ts';
import { isTeamChannel } from '../../../shared/protocol/statements.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { useFormat } from '../../i18n/format.ts';
import { typedTextIn, useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import { talkWordsIn } from '../chat/talk-text.ts';
import { roleList } from '../deals/term-text.ts';

/** What the bots said they did and why, round by round. */
export function DebriefBotReasons({ debrief }: { debrief: TableDebrief }) {
  const { t } = useTranslation();
  const ft = useFacilitatorText();
  const headline = useHeadlineIn();
  const rounds = [...new Set(debrief.botReasons.map((reason) => reason.round))];
  return (
    <section className="card debrief-section" aria-labelledby="debrief-bots">
      <h2 id="debrief-bots">{ft('debrief.botReasons')}</h2>
      {rounds.length === 0 ? <p className="muted">{t('end.noBotReasons')}</p> : null}
      {rounds.map((round) => (
        <div key={round}>
          <h3>{t('news.roundTag', { round })}</h3>
          <ul>
            {debrief.botReasons
              .filter((reason) => reason.round === round)
              .map((reason, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; a bot may repeat a reason
                <li key={`${reason.role}:${reason.at}:${index}`}>
                  <strong>{t(`roles.${reason.role}.short`)}</strong>:{' '}
                  <InLanguage value={headline(reason.reason)} />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * Every private channel with its messages: for the facilitator, who told the players so at the start; at
 * a table of one (`alone`), for the player, who was told the debrief would show the bots' too.
 */
export function DebriefTranscripts({ debrief, alone }: { debrief: TableDebrief; alone: boolean }) {
  const { t, i18n } = useTranslation();
  const ft = useFacilitatorText();
  const format = useFormat();
  return (
    <section
      className="card debrief-section"
      aria-labelledby="debrief-transcripts"
      data-testid="debrief-transcripts"
    >
      <h2 id="debrief-transcripts">{ft('debrief.transcripts')}</h2>
      <p className="muted">{ft(alone ? 'debrief.transcriptsLeadAlone' : 'debrief.transcriptsLead')}</p>
      {debrief.transcripts.length === 0 ? <p>{ft('debrief.noTranscripts')}</p> : null}
      {debrief.transcripts.map((channel) => (
        <div key={channel.id}>
          <h3>
            {isTeamChannel(channel)
              ? ft('debrief.teamChannel', { role: t(`roles.${channel.members[0]!}.short`) })
              : ft('debrief.channel', { roles: roleList(t, channel.members) })}
          </h3>
          <ol className="debrief-transcript">
            {channel.messages.map((message) => (
              <li key={message.id}>
                <time dateTime={new Date(message.at).toISOString()}>{format.time(message.at)}</time>{' '}
                <strong>
                  {t(`roles.${message.from}.short`)}
                  {message.author ? ` (${message.author})` : ''}
                </strong>
                :{' '}
                <InLanguage
                  value={
                    // A bot's words from the talk book read in the page's language, as in the chat itself.
                    message.words
                      ? talkWordsIn(i18n, t, message.words, message.intent)
                      : typedTextIn(message.text, i18n.language)
                  }
                />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
