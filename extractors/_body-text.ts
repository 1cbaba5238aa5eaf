/**
 * Text from markup for body extraction: the reader's view of a DOM subtree (blocks → paragraphs
 * separated by "\n\n"), and the linear, DOM-free helpers that guard jsdom against hostile markup
 * (script stripping that stays linear on unclosed tags, a nesting-depth check, text straight from
 * the markup when the tree is too deep to build).
 */

/** Tags whose text is never body text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT']);
/** Tags that start a new paragraph. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION',
  'ADDRESS', 'HR', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CAPTION', 'CENTER', 'BODY', 'HTML',
]);

/** Blocks removed from the markup before parsing: no reader uses their content (JSON-LD scripts are kept). */
const STRIPPED_TAGS = ['script', 'style', 'noscript', 'svg'] as const;

/**
 * Remove <script> (except JSON-LD) / <style> / <noscript> / <svg> blocks by scanning, not by
 * regex: unclosed tags stay linear, and each tag's next occurrence is searched once, not once per
 * block (a page without <noscript> used to be rescanned to its end for every script).
 */
export function stripScripts(html: string): string {
  const lower = html.toLowerCase();
  const next = STRIPPED_TAGS.map((tag) => lower.indexOf(`<${tag}`));
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    let k = -1;
    for (let t = 0; t < next.length; t++) {
      while (next[t] >= 0 && next[t] < i) next[t] = lower.indexOf(`<${STRIPPED_TAGS[t]}`, i);
      if (next[t] >= 0 && (k < 0 || next[t] < next[k])) k = t;
    }
    if (k < 0) break;
    const tag = STRIPPED_TAGS[k];
    const at = next[k];
    const after = lower.charCodeAt(at + tag.length + 1);
    // "<scripts" or "<svgfoo" is another tag: skip it.
    if (!(after === 0x3e || after === 0x2f || after === 0x20 || (after >= 0x09 && after <= 0x0d))) {
      next[k] = lower.indexOf(`<${tag}`, at + 1);
      continue;
    }
    const tagEnd = lower.indexOf('>', at);
    if (tagEnd < 0) break;
    const close = tag === 'svg' ? (lower.charCodeAt(tagEnd - 1) === 0x2f ? -1 : svgEnd(lower, tagEnd)) : lower.indexOf(`</${tag}`, tagEnd);
    if (close < 0 && tag === 'svg') {
      // A self-closed or unclosed <svg> is left to the parser.
      next[k] = lower.indexOf('<svg', at + 1);
      continue;
    }
    if (close < 0) break;
    const keep = tag === 'script' && lower.slice(at, tagEnd).includes('ld+json');
    parts.push(html.slice(i, at));
    if (keep) parts.push(html.slice(at, close));
    // <svg> goes with its end tag (a stray "</svg>" would change nothing); the others keep theirs, as before.
    i = tag === 'svg' ? Math.min(lower.length, lower.indexOf('>', close) + 1 || lower.length) : close;
  }
  parts.push(html.slice(i));
  return parts.join('');
}

/** Where the `</svg` that closes the <svg> opened before `from` starts (nested <svg>s counted), or -1. */
function svgEnd(lower: string, from: number): number {
  let depth = 1;
  let pos = from;
  for (;;) {
    const close = lower.indexOf('</svg', pos);
    if (close < 0) return -1;
    let open = lower.indexOf('<svg', pos);
    while (open >= 0 && open < close) {
      depth++;
      open = lower.indexOf('<svg', open + 4);
    }
    if (--depth === 0) return close;
    pos = close + 5;
  }
}

/**
 * Deeper element nesting than this is hostile or broken markup (browsers' parsers cap it near 512);
 * jsdom's recursive tree operations overflow the stack a few thousand levels down.
 */
const MAX_DOM_DEPTH = 1500;
/** Elements without an end tag, or whose end tag is optional: they do not deepen the count. */
const NO_DEPTH_TAGS = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'PARAM', 'SOURCE', 'TRACK', 'WBR', 'P', 'LI', 'DT', 'DD', 'OPTION', 'OPTGROUP', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'COLGROUP', 'RB', 'RT', 'RP', '!DOCTYPE']);

/** Does the markup nest elements deeper than MAX_DOM_DEPTH? One linear scan over the tags. */
export function tooDeep(html: string): boolean {
  let depth = 0;
  let i = html.indexOf('<');
  while (i >= 0) {
    const closing = html.charCodeAt(i + 1) === 47; // '/'
    let j = i + (closing ? 2 : 1);
    let name = '';
    while (j < html.length && name.length < 12) {
      const c = html.charCodeAt(j);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) name += html[j];
      else break;
      j++;
    }
    if (name) {
      const upper = name.toUpperCase();
      if (!NO_DEPTH_TAGS.has(upper)) {
        const gt = html.indexOf('>', j);
        const selfClosing = gt > 0 && html.charCodeAt(gt - 1) === 47;
        if (closing) depth = Math.max(0, depth - 1);
        else if (!selfClosing && ++depth > MAX_DOM_DEPTH) return true;
      }
    }
    i = html.indexOf('<', i + 1);
  }
  return false;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…' };

/** Text of markup read without a DOM (linear scan): block tags break paragraphs, common entities are decoded. */
export function textFromMarkup(html: string): string {
  const bodyAt = html.search(/<body[\s>]/i);
  const src = bodyAt >= 0 ? html.slice(bodyAt) : html;
  let raw = '';
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      raw += src.slice(i);
      break;
    }
    raw += src.slice(i, lt);
    const gt = src.indexOf('>', lt);
    if (gt < 0) break;
    const name = /^<\/?([a-z0-9]+)/i.exec(src.slice(lt, Math.min(gt + 1, lt + 12)))?.[1]?.toUpperCase() ?? '';
    if (name === 'BR') raw += '\n';
    else if (BLOCK_TAGS.has(name)) raw += '\n\n';
    else raw += ' ';
    i = gt + 1;
  }
  const decoded = raw.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
  return normaliseParagraph(decoded.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n')).join('\n\n');
}

function normaliseParagraph(raw: string): string[] {
  // "\n" here comes only from <br>; a blank line (<br><br>) separates paragraphs.
  return raw
    .split(/\n[^\S\n]*\n/)
    .map((p) => p.split('\n').map((l) => l.replace(/[^\S\n]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean);
}

/** The text of `root` as the reader sees it: blocks become paragraphs separated by "\n\n". */
export function blockText(root: Node): string {
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    if (cur) paras.push(...normaliseParagraph(cur));
    cur = '';
  };
  // Iterative walk: hostile pages nest thousands of elements deep.
  const stack: (Node | 'end-block')[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      flush();
      continue;
    }
    if (item.nodeType === 3) {
      cur += (item as Text).data.replace(/\s+/g, ' ');
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = item.nodeType === 1 ? (item as Element).tagName.toUpperCase() : '';
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      cur += '\n';
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push('end-block');
    }
    const kids = item.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
  }
  flush();
  return paras.join('\n\n');
}
