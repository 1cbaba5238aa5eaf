/**
 * Telegram channel preview pages (https://t.me/s/<channel>) for the demo and the tests, modelled on
 * the markup t.me serves: the channel info column, a `tgme_channel_history` section of
 * `tgme_widget_message_wrap` blocks (oldest first, twenty messages a page, an album's photos each
 * counting), `js-messages_more` links with `data-before` / `data-after`, `<link rel="prev|next">`,
 * the footer with views, "edited" and the `<time datetime>`; forwarded-from, photo albums with one
 * caption, documents, polls, service messages, link previews and emoji as `<i class="emoji">`.
 * `?before=N` and `?after=N` give the pages around N; `?after=<newest>` an empty page.
 */
import type { DemoResponse } from './_types.js';

export interface TgPost {
  id: number;
  /** ISO instant with offset, as in `<time datetime>`. */
  date: string;
  /** Text HTML as Telegram writes it: `<br/>`, `<b>`, `<i>`, `<a>`. */
  text?: string;
  views: string;
  edited?: boolean;
  forwarded?: { name: string; url: string };
  /** Photos: 1 is a single photo, more an album (ids id, id+1, ...). */
  photos?: number;
  document?: string;
  poll?: string;
  linkPreview?: { site: string; title: string; description: string; url: string };
  service?: boolean;
}

export interface TgChannel {
  username: string;
  title: string;
  description: string;
  subscribers: string;
  posts: TgPost[];
}

/** Messages per page, as t.me shows them (an album's photos count one each). */
export const TG_PAGE_MESSAGES = 20;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const messagesIn = (p: TgPost) => Math.max(1, p.photos ?? 1);

const BUBBLE_TAIL =
  '<i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path></g></svg></i>';

function time(iso: string): string {
  return iso.slice(11, 16);
}

function postHtml(origin: string, ch: TgChannel, p: TgPost): string {
  const link = `https://t.me/${ch.username}/${p.id}`;
  const photo = (id: number, grouped: boolean) =>
    `<a class="tgme_widget_message_photo_wrap${grouped ? ' grouped_media_wrap blured' : ''} js-message_photo" style="width:453px;background-image:url('${origin}/file/${ch.username}-${id}.jpg')" data-ratio="1.3333333333333" href="https://t.me/${ch.username}/${id}?single"><div class="tgme_widget_message_photo" style="padding-top:75%"></div></a>`;
  const media =
    p.photos && p.photos > 1
      ? `<div class="tgme_widget_message_grouped_wrap js-message_grouped_wrap" data-margin-w="2" data-margin-h="2" style="width:453px;"><div class="tgme_widget_message_grouped js-message_grouped" style="padding-top:133.333%"><div class="tgme_widget_message_grouped_layer js-message_grouped_layer" style="width:453px;height:604px">${Array.from({ length: p.photos }, (_, i) => photo(p.id + i, true)).join('')}</div></div></div>`
      : p.photos === 1
        ? photo(p.id, false)
        : '';
  const doc = p.document
    ? `<div class="tgme_widget_message_document_wrap"><a class="tgme_widget_message_document_icon accent_bgcolor" href="${link}"></a><div class="tgme_widget_message_document"><div class="tgme_widget_message_document_title accent_color" dir="auto">${esc(p.document)}</div><div class="tgme_widget_message_document_extra" dir="auto">1.2 MB</div></div></div>`
    : '';
  const poll = p.poll
    ? `<div class="tgme_widget_message_poll js-poll"><div class="tgme_widget_message_poll_question" dir="auto">${esc(p.poll)}</div><div class="tgme_widget_message_poll_type">Anonymous poll</div></div>`
    : '';
  const fwd = p.forwarded
    ? `<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="${p.forwarded.url}"><span dir="auto">${esc(p.forwarded.name)}</span></a></div>`
    : '';
  const preview = p.linkPreview
    ? `<a class="tgme_widget_message_link_preview" href="${p.linkPreview.url}"><div class="link_preview_site_name accent_color" dir="auto">${esc(p.linkPreview.site)}</div><div class="link_preview_title" dir="auto">${esc(p.linkPreview.title)}</div><div class="link_preview_description" dir="auto">${esc(p.linkPreview.description)}</div></a>`
    : '';
  const text = p.text ? `<div class="tgme_widget_message_text js-message_text" dir="auto">${p.text}</div>` : '';
  return `<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap${p.service ? ' service_message' : ''} js-widget_message" data-post="${ch.username}/${p.id}" data-view="eyJjIjotMTAwMTIzNDU2Nzg5LCJwIjo${p.id}fQ">
  <div class="tgme_widget_message_user"><a href="https://t.me/${ch.username}"><i class="tgme_widget_message_user_photo bgcolor2" data-content="${esc(ch.title[0])}"><img src="${origin}/file/${ch.username}.jpg"></i></a></div>
  <div class="tgme_widget_message_bubble">
    ${BUBBLE_TAIL}
    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/${ch.username}"><span dir="auto">${esc(ch.title)}</span></a></div>
    ${fwd}${media}${doc}${poll}${text}${preview}
    <div class="tgme_widget_message_footer compact js-message_footer">
      <div class="tgme_widget_message_info short js-message_info">
        ${p.service ? '' : `<span class="tgme_widget_message_views">${p.views}</span><span class="copyonly"> views</span>`}<span class="tgme_widget_message_meta">${p.edited ? 'edited &nbsp;' : ''}<a class="tgme_widget_message_date" href="${link}"><time datetime="${p.date}" class="time">${time(p.date)}</time></a></span>
      </div>
    </div>
  </div>
</div></div>`;
}

/** The posts of one page: the newest TG_PAGE_MESSAGES messages before `before`, or the oldest after `after`. */
function pagePosts(posts: TgPost[], q: { before?: number; after?: number }): TgPost[] {
  const sorted = [...posts].sort((a, b) => a.id - b.id);
  const take = (list: TgPost[], fromEnd: boolean) => {
    const out: TgPost[] = [];
    let n = 0;
    for (const p of fromEnd ? [...list].reverse() : list) {
      if (n + messagesIn(p) > TG_PAGE_MESSAGES && out.length) break;
      out.push(p);
      n += messagesIn(p);
    }
    return fromEnd ? out.reverse() : out;
  };
  if (q.after !== undefined) return take(sorted.filter((p) => p.id > q.after!), false);
  return take(sorted.filter((p) => q.before === undefined || p.id < q.before), true);
}

export function channelPage(origin: string, ch: TgChannel, q: { before?: number; after?: number } = {}): string {
  const posts = pagePosts(ch.posts, q);
  const all = ch.posts.map((p) => p.id);
  const first = posts[0]?.id;
  const last = posts.at(-1)?.id;
  const older = first !== undefined && all.some((id) => id < first) ? first : null;
  const newer = last !== undefined && all.some((id) => id > last) ? last : null;
  const base = `/s/${ch.username}`;
  const more = (kind: 'before' | 'after', id: number | null) =>
    id === null ? '' : `<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="${base}?${kind}=${id}" class="tme_messages_more js-messages_more" data-${kind}="${id}"></a></div>`;
  const body = posts.length ? posts.map((p) => postHtml(origin, ch, p)).join('\n') : '<div class="tgme_widget_message_centered"><div class="tme_no_messages_found">No posts found</div></div>';
  return `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>${esc(ch.title)} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta property="og:title" content="${esc(ch.title)}">
    <meta property="og:image" content="${origin}/file/${ch.username}.jpg">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="${esc(ch.description)}">
    <meta name="robots" content="noindex, nofollow">
    ${older !== null ? `<link rel="prev" href="${base}?before=${older}">` : ''}${newer !== null ? `<link rel="next" href="${base}?after=${newer}">` : ''}
    <link rel="canonical" href="https://t.me/s/${ch.username}">
    <link href="${origin}/css/widget-frame.css" rel="stylesheet">
  </head>
  <body class="widget_frame_base tgme_webpreview emoji_image thin_box_shadow tme_mode no_transitions">
    <header class="tgme_header search_collapsed"><div class="tgme_container">
      <div class="tgme_header_search"><form class="tgme_header_search_form" action="${base}"><input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" autocomplete="off" value=""></form></div>
      <div class="tgme_header_right_column"><section class="tgme_right_column"><div class="tgme_channel_info">
        <div class="tgme_channel_info_header"><i class="tgme_page_photo_image bgcolor2" data-content="${esc(ch.title[0])}"><img src="${origin}/file/${ch.username}.jpg"></i>
          <div class="tgme_channel_info_header_title_wrap"><div class="tgme_channel_info_header_title"><span dir="auto">${esc(ch.title)}</span></div><div class="tgme_channel_info_header_labels"></div></div>
          <div class="tgme_channel_info_header_username"><a href="https://t.me/${ch.username}">@${ch.username}</a></div></div>
        <div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">${ch.subscribers}</span> <span class="counter_type">subscribers</span></div><div class="tgme_channel_info_counter"><span class="counter_value">${ch.posts.reduce((n, p) => n + (p.photos ?? 0), 0)}</span> <span class="counter_type">photos</span></div></div>
        <div class="tgme_channel_info_description">${esc(ch.description)}</div>
        <a class="tgme_channel_download_telegram" href="//telegram.org/dl?tme=demo">Download Telegram</a>
        <div class="tgme_footer"><div class="tgme_footer_column"><h5><a href="//telegram.org/faq">About</a></h5></div><div class="tgme_footer_column"><h5><a href="//telegram.org/blog">Blog</a></h5></div></div>
      </div></section></div>
      <div class="tgme_header_info"><a class="tgme_channel_join_telegram" href="//telegram.org/dl?tme=demo">Join</a><a class="tgme_header_link" href="https://t.me/${ch.username}"><div class="tgme_header_title_wrap"><div class="tgme_header_title"><span dir="auto">${esc(ch.title)}</span></div></div><div class="tgme_header_counter">${ch.subscribers} subscribers</div></a></div>
    </div></header>
    <main class="tgme_main" data-url="/${ch.username}">
      <div class="tgme_container">
        <section class="tgme_channel_history js-message_history">
          ${more('before', older)}
${body}
          ${more('after', newer)}
        </section>
      </div>
    </main>
    <script src="${origin}/js/widget-frame.js"></script>
  </body>
</html>`;
}

/** Every page of a channel a reader can ask for: the newest, and ?before= / ?after= around every id. */
export function channelRoutes(origin: string, ch: TgChannel, modified: string): Map<string, DemoResponse> {
  const routes = new Map<string, DemoResponse>();
  const type = 'text/html; charset=utf-8';
  const base = `/s/${ch.username}`;
  routes.set(base, { type, body: channelPage(origin, ch), modified });
  const max = Math.max(...ch.posts.map((p) => p.id));
  for (let id = 1; id <= max + 1; id++) {
    routes.set(`${base}?before=${id}`, { type, body: channelPage(origin, ch, { before: id }), modified });
    routes.set(`${base}?after=${id}`, { type, body: channelPage(origin, ch, { after: id }), modified });
  }
  return routes;
}
