/**
 * One walk over a parsed page before anything edits it: everything the body and date readers
 * need from the untouched page (meta tags, canonical and base links, JSON-LD, <time> elements with
 * the link they sit in, date-named elements with where they sit, the first <h1>, the top of the
 * text), and the pre-pass that detaches what no reader uses and Readability would only score and
 * throw away: <nav>, <footer>, <aside>, <svg>, <template> and comments (their meta tags, JSON-LD and
 * linked <time> elements are still read). Works on any DOM (the
 * small one of _dom.ts, or jsdom as the reference): only childNodes, tagName and attributes are used.
 */

/** Elements detached before extraction: page chrome and markup with no article text. */
export const DROPPED_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'SVG', 'TEMPLATE']);
/** Elements whose class or id names a date line. */
const DATE_LINE_NAME = /date|time|publish|posted|meta|byline|datum|дата|data/i;
/** At most this many date-named elements are kept (their text at most DATE_LINE_CHARS long). */
export const MAX_DATE_ELEMENTS = 30;
const DATE_LINE_CHARS = 200;
/** How much of the page's text is kept as "the top of the page". */
export const TOP_TEXT_CHARS = 1500;
/** Text nodes under these are no page text. */
const NO_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface MetaTag {
  property: string | null;
  name: string | null;
  itemprop: string | null;
  content: string | null;
}

export interface TimeElement {
  datetime: string | null;
  text: string;
  /** pubdate attribute or itemprop=datePublished. */
  pubdate: boolean;
  /** Inside article, main, [role=main] or [itemprop=articleBody]. */
  inArticle: boolean;
  /** Inside navigation, a footer, an aside, comments, a sidebar, related stories or a widget. */
  outside: boolean;
  /** href of the link the element sits in (a news feed lists the page itself with its time), as written. */
  link: string | null;
}

export interface PageMeta {
  htmlLang: string | null;
  metas: MetaTag[];
  /** href of the first <link rel~=canonical>. */
  canonical: string | null;
  /** href of the first <base>. */
  base: string | null;
  jsonLd: string[];
  times: TimeElement[];
  /** The first non-meta element with itemprop=datePublished: its content, datetime and text. */
  itempropDate: { content: string | null; datetime: string | null; text: string } | null;
  /** Texts of date-named elements outside chrome, those inside the article first. */
  dateLines: string[];
  /** document.title: the first <title>'s text, ASCII whitespace stripped and collapsed. */
  title: string;
  /** Text of the first <h1>, and of its parent (the headline's block), whitespace collapsed. */
  h1: string | null;
  nearTitle: string;
  /** The first TOP_TEXT_CHARS of text outside chrome, one line per text node. */
  topText: string;
}

interface Frame {
  el: Element;
  outside: boolean;
  inArticle: boolean;
  inMain: boolean;
  noText: boolean;
  /** href of the nearest enclosing <a>. */
  link: string | null;
}

/** OUTSIDE_ARTICLE: nav, footer, aside, .comments, #comments, [class*=comment], [class*=sidebar], [class*=related], [class*=widget]. */
function isOutside(tag: string, el: Element): boolean {
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
  if (el.getAttribute('id') === 'comments') return true;
  const cls = el.getAttribute('class');
  return cls !== null && (cls.includes('comment') || cls.includes('sidebar') || cls.includes('related') || cls.includes('widget'));
}

/** Text of `el` with whitespace collapsed, or null once it grows past `limit` characters. */
function boundedText(el: Node, limit: number): string | null {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      out += (n as Text).data;
      if (out.length > limit * 4 && out.replace(/\s+/g, ' ').trim().length > limit) return null;
      continue;
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  const t = out.replace(/\s+/g, ' ').trim();
  return t.length > limit ? null : t;
}

function textOf(el: Node): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Meta tags, JSON-LD and itemprop dates inside a detached subtree are still page metadata, and so
 * are its <time> elements inside a link (a feed of latest stories that lists this page with its time).
 */
function metadataIn(root: Element, meta: PageMeta, link: string | null): void {
  const stack: [Element, string | null][] = [[root, link]];
  while (stack.length > 0) {
    const [el, href] = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    readMetadata(el, tag, meta);
    const here = tag === 'A' ? el.getAttribute('href') : href;
    if (tag === 'TIME' && here !== null) meta.times.push(timeOf(el, false, true, here));
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], here]);
  }
}

function timeOf(el: Element, inArticle: boolean, outside: boolean, link: string | null): TimeElement {
  const itemprop = el.getAttribute('itemprop') ?? '';
  return { datetime: el.getAttribute('datetime'), text: el.textContent ?? '', pubdate: el.hasAttribute('pubdate') || /datepublished/i.test(itemprop), inArticle, outside, link };
}

function readMetadata(el: Element, tag: string, meta: PageMeta): void {
  if (tag === 'META') {
    meta.metas.push({ property: el.getAttribute('property'), name: el.getAttribute('name'), itemprop: el.getAttribute('itemprop'), content: el.getAttribute('content') });
  } else if (tag === 'SCRIPT') {
    if ((el.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) meta.jsonLd.push(el.textContent ?? '');
  } else if (!meta.itempropDate && (el.getAttribute('itemprop') ?? '').toLowerCase() === 'datepublished') {
    meta.itempropDate = { content: el.getAttribute('content'), datetime: el.getAttribute('datetime'), text: el.textContent ?? '' };
  }
}

/**
 * Read the page's metadata and detach the DROPPED_TAGS elements (when `drop`), in one walk in
 * document order.
 */
export function readPage(doc: Document, drop = true): PageMeta {
  const root = doc.documentElement;
  const meta: PageMeta = {
    htmlLang: root ? (root.getAttribute('lang') ?? root.getAttribute('xml:lang')) : null,
    title: '', metas: [], canonical: null, base: null, jsonLd: [], times: [], itempropDate: null, dateLines: [], h1: null, nearTitle: '', topText: '',
  };
  if (!root) return meta;
  const inArticleLines: string[] = [];
  const elsewhereLines: string[] = [];
  let top = '';
  let inBody = false;
  let h1Seen = false;
  let titleSeen = false;
  const visit = (el: Element, parent: Frame | null): Frame | null => {
    const tag = el.tagName.toUpperCase();
    if (drop && parent && DROPPED_TAGS.has(tag)) {
      metadataIn(el, meta, parent.link);
      el.parentNode?.removeChild(el);
      return null;
    }
    readMetadata(el, tag, meta);
    const outside = (parent?.outside ?? false) || isOutside(tag, el);
    const role = el.getAttribute('role');
    const articleLike = tag === 'ARTICLE' || tag === 'MAIN' || role === 'main';
    const frame: Frame = {
      el,
      outside,
      inArticle: (parent?.inArticle ?? false) || articleLike || el.getAttribute('itemprop') === 'articleBody',
      inMain: (parent?.inMain ?? false) || articleLike,
      noText: (parent?.noText ?? false) || NO_TEXT_TAGS.has(tag),
      link: tag === 'A' ? el.getAttribute('href') : (parent?.link ?? null),
    };
    if (tag === 'BODY') inBody = true;
    if (tag === 'LINK' && meta.canonical === null && (el.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).includes('canonical')) {
      meta.canonical = el.getAttribute('href');
    } else if (tag === 'BASE' && meta.base === null) {
      meta.base = el.getAttribute('href');
    } else if (tag === 'TIME') {
      meta.times.push(timeOf(el, frame.inArticle, outside, frame.link));
    } else if (el.tagName === 'TITLE' && !titleSeen) {
      titleSeen = true;
      meta.title = (el.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
    } else if (tag === 'H1' && !h1Seen) {
      h1Seen = true;
      meta.h1 = el.textContent ?? '';
      const p = el.parentNode;
      if (p && p.nodeType === 1) meta.nearTitle = textOf(p).slice(0, 400);
    }
    if (!outside && inArticleLines.length + elsewhereLines.length < MAX_DATE_ELEMENTS) {
      const cls = el.getAttribute('class');
      const id = el.getAttribute('id');
      if ((cls !== null || id !== null) && DATE_LINE_NAME.test(`${cls ?? ''} ${id ?? ''}`)) {
        const t = boundedText(el, DATE_LINE_CHARS);
        if (t) (frame.inMain ? inArticleLines : elsewhereLines).push(t);
      }
    }
    return frame;
  };
  // Depth-first in document order. A detached element's later siblings are already on the stack.
  const stack: [Node, Frame | null][] = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (node.nodeType === 3) {
      if (inBody && top.length < TOP_TEXT_CHARS && parent && !parent.outside && !parent.noText) {
        const t = (node as Text).data.replace(/\s+/g, ' ').trim();
        if (t) top += `${t}\n`;
      }
      continue;
    }
    if (node.nodeType === 8) {
      if (drop) node.parentNode?.removeChild(node); // comments (the fast DOM never keeps them)
      continue;
    }
    if (node.nodeType !== 1) continue;
    const frame = visit(node as Element, parent);
    if (!frame) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], frame]);
  }
  meta.dateLines = [...inArticleLines, ...elsewhereLines];
  meta.topText = top;
  return meta;
}

