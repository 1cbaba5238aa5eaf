/**
 * A `discover.telegram` entry and the preview URLs of its channel. Dependency-free, so the source
 * schema can check entries without loading the page parser (crawlers/telegram.ts).
 */

/** Telegram usernames: 5-32 letters, digits and underscores, starting with a letter (4 allowed for old ones). */
export const CHANNEL_NAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
export const TELEGRAM_ORIGIN = 'https://t.me';
export interface ChannelRef {
  channel: string;
  /** Origin of the preview (https://t.me, or a fixture's http://127.0.0.1:port). */
  origin: string;
}

/** A `discover.telegram` entry: a channel name, or a preview URL `<origin>/s/<channel>` (fixtures). */
export function channelRef(entry: string): ChannelRef | null {
  const text = entry.trim().replace(/^@/, '');
  if (CHANNEL_NAME.test(text)) return { channel: text, origin: TELEGRAM_ORIGIN };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const m = u.pathname.match(/^\/(?:s\/)?([A-Za-z][A-Za-z0-9_]{3,31})\/?(?:\d+\/?)?$/);
  return m ? { channel: m[1], origin: u.origin } : null;
}

/** The preview page of a channel: the newest posts, or those before / after an id. */
export function channelPageUrl(ref: ChannelRef, q: { before?: number; after?: number } = {}): string {
  const base = `${ref.origin}/s/${ref.channel}`;
  if (q.after !== undefined) return `${base}?after=${q.after}`;
  if (q.before !== undefined) return `${base}?before=${q.before}`;
  return base;
}

