/**
 * `eduwatch sources add https://t.me/s/<channel>` (or https://t.me/<channel>, or a preview URL on
 * another host such as a local fixture): read the channel's preview page once and suggest a
 * `discover: { telegram: [...] }` entry with the channel's name and the language of its posts.
 */
import { channelPageUrl, channelRef, TELEGRAM_ORIGIN, type ChannelRef } from '../../crawlers/telegram-ref.js';
import { parseChannelPage } from '../../crawlers/telegram.js';
import type { SourceInput } from '../../crawlers/source-schema.js';
import { detectLanguage } from '../../extractors/language.js';
import type { Lang } from '../../types.js';
import { CLIError } from '../errors.js';
import { fetchForSuggest, probeSource, type SuggestFetchOptions } from './_sources-fetch.js';

const TELEGRAM_HOSTS = new Set(['t.me', 'telegram.me', 'www.t.me']);
const COUNTRY_BY_LANG: Partial<Record<Lang, string>> = { uk: 'UA', ru: 'RU', pl: 'PL', bg: 'BG' };

/** The channel a URL names: any t.me URL of it, or `/s/<channel>` on another host. */
export function telegramTarget(url: URL): ChannelRef | null {
  if (TELEGRAM_HOSTS.has(url.hostname)) {
    const ref = channelRef(url.href);
    return ref ? { channel: ref.channel, origin: TELEGRAM_ORIGIN } : null;
  }
  return /^\/s\/[A-Za-z][A-Za-z0-9_]{3,31}\/?$/.test(url.pathname) ? channelRef(url.href) : null;
}

export interface TelegramSuggestion {
  entry: SourceInput;
  notes: string[];
}

/** The suggestion for a channel, or null when `url` is not a channel preview (then the site path goes on). */
export async function suggestTelegram(
  url: URL,
  ref: ChannelRef,
  opts: SuggestFetchOptions & { id?: string; today: string; placeholder: string; countryPlaceholder: string; verifiedBy?: string },
): Promise<TelegramSuggestion | null> {
  const pageUrl = channelPageUrl(ref);
  const got = await fetchForSuggest(probeSource(new URL(pageUrl), opts), pageUrl, 'listing');
  if (!got.ok) {
    if (ref.origin === TELEGRAM_ORIGIN) throw new CLIError(`${pageUrl}: ${got.problem}`);
    return null;
  }
  const page = parseChannelPage(got.text, ref.channel);
  if (!page.isChannelPage) {
    if (ref.origin === TELEGRAM_ORIGIN) throw new CLIError(`${pageUrl} shows no message history: the channel is not public, or has no web preview`);
    return null;
  }
  const notes = [`Telegram channel @${ref.channel}: ${page.posts.length} post${page.posts.length === 1 ? '' : 's'} on its preview page ${pageUrl}`];
  const detected = detectLanguage(page.posts.map((p) => p.text).join('\n\n'), null);
  const lang = detected.lang;
  notes.push(lang ? `language ${lang} (from the posts' text)` : 'language not detected from the posts: fill in languages');
  const country = (lang ? COUNTRY_BY_LANG[lang] : undefined) ?? opts.countryPlaceholder;
  if (country === opts.countryPlaceholder) notes.push(`country unknown: replace ${opts.countryPlaceholder} with the ISO code of the country the channel covers`);
  notes.push('kind news guessed: make it official for the channel of a ministry, administration or authority');
  const local = ref.origin !== TELEGRAM_ORIGIN;
  const entry: SourceInput = {
    id: opts.id ?? `tg-${ref.channel.toLowerCase().replace(/_+/g, '-').replace(/^-+|-+$/g, '')}`,
    name: page.channelTitle ?? `@${ref.channel}`,
    country,
    languages: lang ? [lang] : [],
    kind: 'news',
    home: local ? `${ref.origin}/` : `${TELEGRAM_ORIGIN}/${ref.channel}`,
    verified: {
      by: opts.verifiedBy ?? `${opts.placeholder} your name (who checked this channel)`,
      on: opts.today,
      note: `${opts.placeholder} say in a sentence why this channel is trusted (suggested by \`eduwatch sources add\` on ${opts.today}, not reviewed yet).`,
    },
    discover: { telegram: [local ? pageUrl : ref.channel] },
    schedule: '*/30 * * * *',
    politeness: { delay: local ? 0.2 : 2, concurrency: 1 },
    ...(local && opts.allowPrivateNetwork ? { allowPrivateNetwork: true } : {}),
  };
  return { entry, notes };
}
