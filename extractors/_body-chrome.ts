/**
 * Page chrome removed from a parsed page before the body is looked for: cookie and consent
 * banners, newsletter and subscription boxes, paywall and promo boxes, breadcrumbs, share bars,
 * comment sections, related / "read also" / "Zobacz także" / "Още по темата" / "Читайте також"
 * lists. Readability keeps such blocks when they sit beside the article (it scores them as
 * content when they hold sentences) and the main-text and plain-text steps have no notion of them,
 * so their headlines and names reached the stored text and the extractors. A block is found by its
 * class, id, role or aria-label words, or by a heading of related stories that opens it; it is
 * removed unless it holds the article (an <article>, <main>, the first <h1>, [itemprop=articleBody])
 * or half the page's text. Works on any DOM (only childNodes, tagName and attributes are read).
 */
import { isRelatedHeading } from './_boilerplate.js';

/** Overlays (the words the cascade always removed): cookie/consent banners, newsletters, paywalls, promos. */
const OVERLAY_NAME = /(?:^|[-_\s])(?:cookies?|cookie-?\w*|consent|gdpr|newsletter|subscribe|subscription|paywall|promo)(?:[-_\s]|$)/i;
/** Blocks of other pages' links and of readers' talk, by class or id words. */
const CHROME_NAME = /(?:^|[-_\s])(?:breadcrumbs?|crumbs|share|sharing|sharer|social-?(?:links|buttons|share|icons)|comments?|comment-?(?:list|form|section|area)|disqus|related|read-?also|read-?more|see-?also|more-?news|also-?read|recommended|most-?(?:read|popular)|popular-?(?:posts|news)|newsletter)(?:[-_\s]|$)/i;
/** aria-label / role words of the same blocks. */
const CHROME_LABEL = /breadcrumb|share|comments|related|newsletter/i;
/** Containers that a heading of related stories may open. */
const LIST_BLOCKS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'P', 'ASIDE', 'NAV']);
/** Longest related-stories block recognised by its heading alone (characters of text). */
const MAX_HEADED_BLOCK_CHARS = 2000;

function nameOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** Does the subtree hold the article itself? */
function holdsArticle(el: Element, firstH1: Element | null): boolean {
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    const tag = e.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN' || e === firstH1 || e.getAttribute('itemprop') === 'articleBody') return true;
    const kids = e.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return false;
}

/** The first non-empty text of `el` (its opening heading or label), at most 60 characters looked at. */
function openingText(el: Element): string {
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const t = (n as Text).data.trim();
      if (t) return t.slice(0, 60);
      continue;
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return '';
}

/** Share of `el`'s text that sits in links. */
function linkShare(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').trim().length;
  return links / textLength;
}

function firstElement(root: Element, tag: string): Element | null {
  return root.getElementsByTagName(tag)[0] ?? null;
}

/**
 * Remove overlays (always, as before) and, with `chrome`, the other chrome blocks from `doc`'s
 * body. Returns how many elements were removed.
 */
export function removeChrome(doc: Document, chrome = true): number {
  const body = doc.body;
  if (!body) return 0;
  const total = (body.textContent ?? '').length;
  const h1 = firstElement(body, 'h1');
  let removed = 0;
  const stack: Element[] = [];
  for (let i = body.children.length - 1; i >= 0; i--) stack.push(body.children[i]);
  while (stack.length > 0) {
    const el = stack.pop()!;
    const hasName = el.hasAttribute('class') || el.hasAttribute('id');
    const name = hasName ? nameOf(el) : '';
    let hit = hasName && OVERLAY_NAME.test(name);
    if (!hit && chrome) {
      const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('role') ?? ''}`;
      hit = (hasName && CHROME_NAME.test(name)) || (label.length > 1 && CHROME_LABEL.test(label));
      if (!hit && LIST_BLOCKS.has(el.tagName.toUpperCase()) && isRelatedHeading(openingText(el))) {
        const len = (el.textContent ?? '').trim().length;
        hit = len <= MAX_HEADED_BLOCK_CHARS && linkShare(el, len) >= 0.4;
      }
    }
    if (hit && (el.textContent ?? '').length < total / 2 && (OVERLAY_NAME.test(name) || !holdsArticle(el, h1))) {
      el.parentNode?.removeChild(el);
      removed++;
      continue; // its descendants went with it
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return removed;
}
