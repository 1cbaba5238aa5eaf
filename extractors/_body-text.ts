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
const STRIPPED_OPEN = /<(script|style|noscript|svg)(?=[\s/>])/gi;
/** The end tag searched for each stripped block (case-insensitive, from the open tag on). */
const CLOSE: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi, noscript: /<\/noscript/gi };
/** Open and end tags of <svg>, for nesting. */
const SVG_TAG = /<(\/?)svg(?=[\s/>])/gi;

/**
 * Remove <script> (except JSON-LD) / <style> / <noscript> / <svg> blocks by scanning, not by
 * parsing: unclosed tags stay linear (an unclosed script or style keeps the rest of the page as
 * it is; an unclosed or self-closed <svg> is left to the parser). Case-insensitive regular
 * expressions from a position, no lower-cased copy of the page (that copy alone took a third of
 * the time).
 */
export function stripScripts(html: string): string {
  const parts: string[] = [];
  let i = 0;
  let from = 0;
  for (;;) {
    STRIPPED_OPEN.lastIndex = from;
    const m = STRIPPED_OPEN.exec(html);
    if (!m) break;
    const at = m.index;
    const tag = m[1].toLowerCase();
    const tagEnd = html.indexOf('>', at);
    if (tagEnd < 0) break;
    let close: number;
    if (tag === 'svg') {
      close = html.charCodeAt(tagEnd - 1) === 0x2f ? -1 : svgEnd(html, tagEnd);
      if (close < 0) {
        from = at + 1;
        continue;
      }
    } else {
      const re = CLOSE[tag];
      re.lastIndex = tagEnd;
      const c = re.exec(html);
      if (!c) break;
      close = c.index;
    }
    const keep = tag === 'script' && html.slice(at, tagEnd).toLowerCase().includes('ld+json');
    parts.push(html.slice(i, at));
    if (keep) parts.push(html.slice(at, close));
    // <svg> goes with its end tag (a stray "</svg>" would change nothing); the others keep theirs, as before.
    if (tag === 'svg') {
      const gt = html.indexOf('>', close);
      i = gt < 0 ? html.length : gt + 1;
    } else i = close;
    from = i;
  }
  parts.push(html.slice(i));
  return parts.join('');
}

/** Where the `</svg` that closes the <svg> opened before `from` starts (nested <svg>s counted), or -1. */
function svgEnd(html: string, from: number): number {
  let depth = 1;
  SVG_TAG.lastIndex = from;
  for (let m = SVG_TAG.exec(html); m; m = SVG_TAG.exec(html)) {
    if (m[1] === '/') {
      if (--depth === 0) return m.index;
    } else depth++;
  }
  return -1;
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
