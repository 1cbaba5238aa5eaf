/**
 * Telegram public channels through their web preview, `https://t.me/s/<channel>`: static HTML,
 * about twenty messages a page, oldest first, older pages through `?before=<id>` and newer ones
 * through `?after=<id>`. No API key, no login: the page is fetched by the normal HTTP crawler.
 *
 * Each post (a `.tgme_widget_message` block with `data-post="<channel>/<id>"`; an album is one
 * block) becomes a page of its own with the post's URL, `https://t.me/<channel>/<id>`: its `body`
 * is the post's element exactly as it stands in the served channel page (so it can be checked
 * against that page's archived bytes), its `html` a small document built from it (title, time,
 * text with its links and formatting, media captions) that the extraction reads, and
 * `telegram` its metadata (time, edited, views, forwarded-from, media, album ids).
 *
 * Markup (classes as t.me serves them): `.tgme_widget_message_text` (text, `<br>` for new lines),
 * `.tgme_widget_message_date time[datetime]`, `.tgme_widget_message_meta` (holds "edited"),
 * `.tgme_widget_message_views` ("4.85K"), `.tgme_widget_message_forwarded_from_name`,
 * `.tgme_widget_message_photo_wrap` / `_video_player` / `_document` / `_poll` (media), a
 * `service_message` class on service messages ("Channel created"), `.js-messages_more[data-before]`
 * and `[data-after]` (paging), `.tme_no_messages_found` (an empty page).
 */
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';
import type { FetchedPage, TelegramPostMeta } from '../types.js';

export { CHANNEL_NAME, TELEGRAM_ORIGIN, channelRef, channelPageUrl, type ChannelRef } from './telegram-ref.js';
import { TELEGRAM_ORIGIN } from './telegram-ref.js';
/** Channel pages read at most per channel per crawl when catching up (`?after=` pages). */
export const MAX_CATCH_UP_PAGES = 50;
/** The longest title made from a post's first line. */
const TITLE_CHARS = 120;

export const postUrl = (channel: string, id: number) => `${TELEGRAM_ORIGIN}/${channel}/${id}`;

export interface ParsedPost {
  meta: Omit<TelegramPostMeta, 'pageUrl' | 'pageSha256' | 'channelTitle'>;
  /** The post's element exactly as it is in the channel page. */
  fragment: string;
  /** Text HTML as served (links and formatting), or '' for a media-only post. */
  textHtml: string;
  text: string;
  /** Captions of media that are not the post text: document names, poll questions, a link preview's title. */
  captions: string[];
}

export interface ChannelPage {
  /** The page is a channel preview (has the message history section). */
  isChannelPage: boolean;
  channelTitle: string | null;
  posts: ParsedPost[];
  /** Id for `?before=` to read older posts, when the page links to them. */
  before: number | null;
  /** Id for `?after=` to read newer posts, when the page links to them. */
  after: number | null;
}

/** "4.85K" → 4850, "1.2M" → 1200000, "948" → 948. */
export function parseCount(text: string | undefined): number | null {
  const m = (text ?? '').trim().match(/^([\d.,]+)\s*([KMB])?$/i);
  if (!m) return null;
  const n = Number(m[1].replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  const scale = { K: 1e3, M: 1e6, B: 1e9 }[(m[2] ?? '').toUpperCase() as 'K' | 'M' | 'B'] ?? 1;
  return Math.round(n * scale);
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

type Located = { startIndex?: number | null; endIndex?: number | null; children?: Located[] };
/** An element's inner HTML exactly as written in the page (the parser's source offsets). */
function innerSource(html: string, el: unknown): string {
  const kids = (el as Located).children ?? [];
  const first = kids[0]?.startIndex;
  const last = kids.at(-1)?.endIndex;
  return typeof first === 'number' && typeof last === 'number' ? html.slice(first, last + 1) : '';
}

/** Parse one channel preview page. Posts come back in page order (oldest first); service messages are left out. */
export function parseChannelPage(html: string, channel: string): ChannelPage {
  const dom = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const $ = cheerio.load(dom);
  const history = $('.tgme_channel_history');
  const title = clean($('.tgme_channel_info_header_title').first().text()) || clean($('meta[property="og:title"]').attr('content') ?? '') || null;
  const num = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : null);
  const posts: ParsedPost[] = [];
  $('.tgme_widget_message_wrap').each((_, wrap) => {
    const msg = $(wrap).find('.tgme_widget_message[data-post]').first();
    if (!msg.length || msg.hasClass('service_message')) return;
    const [ch, idText] = (msg.attr('data-post') ?? '').split('/');
    const postId = num(idText);
    if (!postId || !ch || ch.toLowerCase() !== channel.toLowerCase()) return;
    const postedAt = msg.find('.tgme_widget_message_date time[datetime]').first().attr('datetime') ?? msg.find('time[datetime]').first().attr('datetime');
    const at = postedAt ? Date.parse(postedAt) : NaN;
    if (!Number.isFinite(at)) return;
    // The text of the post itself, not of the message it replies to (which has its own text block).
    const textEl = msg.find('.tgme_widget_message_text').filter((_, el) => $(el).closest('.tgme_widget_message_reply').length === 0).last();
    const textHtml = textEl.length ? innerSource(html, textEl[0]).trim() : '';
    let text = '';
    if (textEl.length) {
      const copy = textEl.clone();
      copy.find('br').replaceWith('\n');
      text = copy.text().split('\n').map(clean).join('\n').replace(/\n{3,}/g, '\n\n').trim();
    }
    const media: string[] = [];
    const MEDIA: [string, string][] = [
      ['.tgme_widget_message_photo_wrap', 'photo'],
      ['.tgme_widget_message_video_player', 'video'],
      ['.tgme_widget_message_document', 'document'],
      ['.tgme_widget_message_poll', 'poll'],
      ['.tgme_widget_message_voice', 'voice'],
      ['.tgme_widget_message_location', 'location'],
      ['.tgme_widget_message_sticker', 'sticker'],
    ];
    for (const [sel, kind] of MEDIA) msg.find(sel).each(() => void media.push(kind));
    const albumIds = msg
      .find('.tgme_widget_message_photo_wrap[href], .tgme_widget_message_video_player[href]')
      .toArray()
      .map((a) => num($(a).attr('href')?.match(/\/(\d+)(?:\?|$)/)?.[1]))
      .filter((n): n is number => n !== null);
    const captions = [
      ...msg.find('.tgme_widget_message_document_title').toArray().map((e) => clean($(e).text())),
      ...msg.find('.tgme_widget_message_poll_question').toArray().map((e) => clean($(e).text())),
      ...msg.find('.link_preview_title').toArray().map((e) => clean($(e).text())),
    ].filter(Boolean);
    if (!text && captions.length === 0) return; // a photo without a caption says nothing to extract
    const fwd = msg.find('.tgme_widget_message_forwarded_from_name').first();
    const start = (wrap as { startIndex?: number | null }).startIndex;
    const end = (wrap as { endIndex?: number | null }).endIndex;
    posts.push({
      meta: {
        channel: ch,
        postId,
        postedAt: new Date(at).toISOString(),
        edited: /\bedited\b/i.test(msg.find('.tgme_widget_message_meta').first().text()),
        views: parseCount(msg.find('.tgme_widget_message_views').first().text()),
        forwardedFrom: fwd.length ? clean(fwd.text()) || null : null,
        forwardedUrl: fwd.attr('href') ?? null,
        media,
        albumIds: albumIds.length ? [...new Set([postId, ...albumIds])].sort((a, b) => a - b) : [postId],
      },
      fragment: typeof start === 'number' && typeof end === 'number' ? html.slice(start, end + 1) : $.html(wrap),
      textHtml,
      text,
      captions,
    });
  });
  const more = (attr: string) => {
    const ids = history.find(`.js-messages_more[${attr}], .tme_messages_more[${attr}]`).toArray().map((a) => num($(a).attr(attr)));
    return ids.find((n): n is number => n !== null) ?? null;
  };
  return { isChannelPage: history.length > 0, channelTitle: title, posts, before: more('data-before'), after: more('data-after') };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The post as a small HTML document for the extraction: title, time, canonical URL, text paragraphs, captions. */
export function postDocument(post: ParsedPost, channelTitle: string | null): string {
  const firstLine = post.text.split('\n').find((l) => l.trim()) ?? post.captions[0] ?? '';
  const title = firstLine.length > TITLE_CHARS ? `${firstLine.slice(0, TITLE_CHARS - 1).replace(/\s+\S*$/, '')}…` : firstLine;
  // Blank lines (<br><br>) separate paragraphs in Telegram text.
  const paragraphs = post.textHtml
    .split(/(?:<br\s*\/?>\s*){2,}/i)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`);
  const captions = post.captions.map((c) => `<p class="caption">${escapeHtml(c)}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title || `${channelTitle ?? post.meta.channel} ${post.meta.postId}`)}</title>
<meta property="article:published_time" content="${post.meta.postedAt}">
<link rel="canonical" href="${postUrl(post.meta.channel, post.meta.postId)}">
${channelTitle ? `<meta property="og:site_name" content="${escapeHtml(channelTitle)}">` : ''}
</head><body><article>
${[...paragraphs, ...captions].join('\n')}
</article></body></html>`;
}

/** One post of a fetched channel page as the page a crawl stores (see the file comment). */
export function postPage(
  post: ParsedPost,
  channelPage: Pick<FetchedPage, 'sourceId' | 'finalUrl' | 'fetchedAt' | 'via'>,
  pageSha256: string,
  channelTitle: string | null,
): FetchedPage {
  const url = postUrl(post.meta.channel, post.meta.postId);
  const body = Buffer.from(post.fragment, 'utf8');
  return {
    sourceId: channelPage.sourceId,
    kind: 'article',
    requestedUrl: url,
    finalUrl: url,
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    fetchedAt: channelPage.fetchedAt,
    body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
    html: postDocument(post, channelTitle),
    encoding: 'utf-8',
    encodingSource: 'header',
    via: channelPage.via,
    discoveredVia: { kind: 'listing', url: channelPage.finalUrl },
    hints: { published: post.meta.postedAt, title: null },
    telegram: { ...post.meta, channelTitle, pageUrl: channelPage.finalUrl, pageSha256 },
  };
}
