/**
 * A small DOM for the page path: the part of the DOM that Mozilla Readability and our body and
 * date readers use, built by parse5 (the same spec-compliant parser jsdom uses, so the tree is the
 * one jsdom builds) in extractors/_dom-parse.ts. jsdom stays the reference implementation; this
 * one exists because it is an order of magnitude cheaper: no window, no live collections, no
 * CSS engine. Like Readability's own JSDOMParser, child lists are plain arrays changed in place
 * (Readability re-reads them after every move, as its comments say), sibling links are fields,
 * and getElementsByTagName / querySelectorAll return static arrays in document order.
 *
 * Only what is used is here: anything else is missing and fails loudly rather than lying.
 */
import { parseFragmentInto, serializeChildren, serializeOuter } from './_dom-parse.js';

export const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements whose `src` property exists (and reflects a URL), as in the HTML spec's IDL. */
const SRC_ELEMENTS = new Set(['img', 'iframe', 'embed', 'script', 'source', 'audio', 'video', 'input', 'track', 'frame']);
/** Upper-case tag names, computed once per name. */
const UPPER = new Map<string, string>();
function upperTag(name: string): string {
  let u = UPPER.get(name);
  if (u === undefined) {
    u = name.toUpperCase();
    if (UPPER.size < 2000) UPPER.set(name, u);
  }
  return u;
}

/** Elements with a `srcset` property. */
const SRCSET_ELEMENTS = new Set(['img', 'source']);

export class DomAttr {
  declare name: string;
  declare value: string;
  declare namespaceURI: string | null;
  declare prefix: string | null;
  constructor(name: string, value: string, namespaceURI: string | null = null, prefix: string | null = null) {
    this.name = name;
    this.value = value;
    this.namespaceURI = namespaceURI;
    this.prefix = prefix;
  }
  get localName(): string {
    const colon = this.name.indexOf(':');
    return colon >= 0 && this.prefix ? this.name.slice(colon + 1) : this.name;
  }
  get nodeName(): string {
    return this.name;
  }
  cloneNode(): DomAttr {
    return new DomAttr(this.name, this.value, this.namespaceURI, this.prefix);
  }
}

// Fields are `declare`d and set in constructors: class-field definitions (ES2022 [[Define]]
// semantics) cost several times more per node, and pages have tens of thousands of nodes.
export abstract class DomNode {
  abstract readonly nodeType: number;
  abstract readonly nodeName: string;
  declare parentNode: DomParent | null;
  declare nextSibling: DomChild | null;
  declare previousSibling: DomChild | null;
  /** Readability's per-node score (it sets this expando on the nodes it scores). */
  declare readability: unknown;
  declare ownerDocument: DomDocument | null;

  constructor(ownerDocument: DomDocument | null) {
    this.ownerDocument = ownerDocument;
    this.parentNode = null;
    this.nextSibling = null;
    this.previousSibling = null;
    this.readability = undefined;
  }

  get parentElement(): DomElement | null {
    return this.parentNode instanceof DomElement ? this.parentNode : null;
  }
  get firstChild(): DomChild | null {
    return null;
  }
  get lastChild(): DomChild | null {
    return null;
  }
  hasChildNodes(): boolean {
    return false;
  }
  remove(): void {
    this.parentNode?.removeChild(this as unknown as DomChild);
  }
  get baseURI(): string {
    return this.ownerDocument?.baseURI ?? '';
  }
}

/** The child list of nodes that have no children (shared, frozen). */
const NO_CHILDREN: readonly DomChild[] = Object.freeze([]);

export class DomText extends DomNode {
  declare data: string;
  constructor(ownerDocument: DomDocument | null, data: string) {
    super(ownerDocument);
    this.data = data;
  }
  get nodeType(): 3 {
    return 3;
  }
  get nodeName(): string {
    return '#text';
  }
  get childNodes(): readonly DomChild[] {
    return NO_CHILDREN;
  }
  get nodeValue(): string {
    return this.data;
  }
  set nodeValue(v: string) {
    this.data = v;
  }
  get textContent(): string {
    return this.data;
  }
  set textContent(v: string) {
    this.data = v;
  }
  get length(): number {
    return this.data.length;
  }
  cloneNode(): DomText {
    return new DomText(this.ownerDocument, this.data);
  }
}

export class DomComment extends DomNode {
  declare data: string;
  constructor(ownerDocument: DomDocument | null, data: string) {
    super(ownerDocument);
    this.data = data;
  }
  get nodeType(): 8 {
    return 8;
  }
  get nodeName(): string {
    return '#comment';
  }
  get childNodes(): readonly DomChild[] {
    return NO_CHILDREN;
  }
  get nodeValue(): string {
    return this.data;
  }
  get textContent(): string {
    return this.data;
  }
  cloneNode(): DomComment {
    return new DomComment(this.ownerDocument, this.data);
  }
}

export class DomDocumentType extends DomNode {
  get nodeType(): 10 {
    return 10;
  }
  get childNodes(): readonly DomChild[] {
    return NO_CHILDREN;
  }
  constructor(
    ownerDocument: DomDocument | null,
    public name: string,
    public publicId: string,
    public systemId: string,
  ) {
    super(ownerDocument);
  }
  get nodeName(): string {
    return this.name;
  }
  get textContent(): null {
    return null;
  }
  cloneNode(): DomDocumentType {
    return new DomDocumentType(this.ownerDocument, this.name, this.publicId, this.systemId);
  }
}

export type DomChild = DomElement | DomText | DomComment | DomDocumentType;

/** Text of the Text descendants of `root`, in order (textContent of an element or fragment). */
function descendantText(root: DomParent): string {
  let out = '';
  // Iterative: hostile pages nest deeply.
  let node: DomChild | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) out += (node as DomText).data;
    const first = node.nodeType === 1 ? (node as DomElement).firstChild : null;
    if (first) {
      node = first;
      continue;
    }
    while (node && !node.nextSibling) {
      const up: DomParent | null = node.parentNode;
      node = up === root || !up || !(up instanceof DomElement) ? null : up;
    }
    node = node ? node.nextSibling : null;
  }
  return out;
}

/** Elements under `root` in document order that `match` accepts. */
function collect(root: DomParent, match: (el: DomElement) => boolean): DomElement[] {
  const out: DomElement[] = [];
  const stack: DomElement[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (match(el)) out.push(el);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

function tagMatcher(name: string): (el: DomElement) => boolean {
  if (name === '*') return () => true;
  const lower = name.toLowerCase();
  return (el) => (el.namespaceURI === HTML_NS ? el.localName === lower : el.tagName === name);
}

/** Only comma-separated tag names (what Readability asks for); anything else is a programming error here. */
function selectorMatcher(selector: string): (el: DomElement) => boolean {
  const names = selector.split(',').map((s) => s.trim());
  if (names.some((n) => !/^(?:\*|[a-zA-Z][a-zA-Z0-9-]*)$/.test(n))) {
    throw new Error(`_dom: querySelectorAll supports tag-name lists only, got ${JSON.stringify(selector)}`);
  }
  const matchers = names.map(tagMatcher);
  return (el) => matchers.some((m) => m(el));
}

abstract class DomParentBase extends DomNode {
  declare readonly childNodes: DomChild[];
  declare readonly children: DomElement[];
  constructor(ownerDocument: DomDocument | null) {
    super(ownerDocument);
    (this as { childNodes: DomChild[] }).childNodes = [];
    (this as { children: DomElement[] }).children = [];
  }

  override get firstChild(): DomChild | null {
    return this.childNodes[0] ?? null;
  }
  override get lastChild(): DomChild | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get firstElementChild(): DomElement | null {
    return this.children[0] ?? null;
  }
  get lastElementChild(): DomElement | null {
    return this.children[this.children.length - 1] ?? null;
  }
  get childElementCount(): number {
    return this.children.length;
  }
  override hasChildNodes(): boolean {
    return this.childNodes.length > 0;
  }

  appendChild<T extends DomChild | DomFragment>(node: T): T {
    if (node instanceof DomFragment || node.parentNode) return this.insertBefore(node, null);
    // The common case (the parser appending a new node): no search, no splice.
    const child = node as DomChild;
    const kids = this.childNodes;
    const prev = kids.length > 0 ? kids[kids.length - 1] : null;
    kids.push(child);
    child.parentNode = this as unknown as DomParent;
    child.previousSibling = prev;
    if (prev) prev.nextSibling = child;
    if (child.nodeType === 1) this.children.push(child as DomElement);
    return node;
  }

  insertBefore<T extends DomChild | DomFragment>(node: T, ref: DomChild | null): T {
    if (node instanceof DomFragment) {
      for (const c of [...node.childNodes]) this.insertBefore(c, ref);
      return node;
    }
    const child = node as DomChild;
    if (ref && ref.parentNode !== (this as unknown as DomParent)) throw new Error('_dom: insertBefore: the reference node is not a child');
    if (child === ref) return node;
    child.parentNode?.removeChild(child);
    const kids = this.childNodes;
    const at = ref ? kids.indexOf(ref) : kids.length;
    const prev = at > 0 ? kids[at - 1] : null;
    kids.splice(at, 0, child);
    child.parentNode = this as unknown as DomParent;
    child.previousSibling = prev;
    child.nextSibling = ref;
    if (prev) prev.nextSibling = child;
    if (ref) ref.previousSibling = child;
    if (child instanceof DomElement) {
      // The element children list: insert before the first element at or after `at`.
      let nextEl: DomChild | null = ref;
      while (nextEl && !(nextEl instanceof DomElement)) nextEl = nextEl.nextSibling;
      const els = this.children;
      els.splice(nextEl ? els.indexOf(nextEl as DomElement) : els.length, 0, child);
    }
    return node;
  }

  removeChild<T extends DomChild>(child: T): T {
    if (child.parentNode !== (this as unknown as DomParent)) throw new Error('_dom: removeChild: not a child');
    const kids = this.childNodes;
    kids.splice(kids.indexOf(child), 1);
    if (child instanceof DomElement) this.children.splice(this.children.indexOf(child), 1);
    const { previousSibling: prev, nextSibling: next } = child;
    if (prev) prev.nextSibling = next;
    if (next) next.previousSibling = prev;
    child.parentNode = null;
    child.previousSibling = null;
    child.nextSibling = null;
    return child;
  }

  replaceChild<T extends DomChild>(newChild: DomChild, oldChild: T): T {
    if (newChild === oldChild) return oldChild;
    const ref = oldChild.nextSibling;
    this.removeChild(oldChild);
    this.insertBefore(newChild, ref === newChild ? newChild.nextSibling : ref);
    return oldChild;
  }

  getElementsByTagName(name: string): DomElement[] {
    return collect(this as unknown as DomParent, tagMatcher(name));
  }
  querySelectorAll(selector: string): DomElement[] {
    return collect(this as unknown as DomParent, selectorMatcher(selector));
  }
  querySelector(selector: string): DomElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

export class DomElement extends DomParentBase {
  declare tagName: string;
  declare localName: string;
  declare readonly namespaceURI: string;
  declare readonly attributes: DomAttr[];
  /** A <template>'s contents. */
  declare content: DomFragment | null;

  constructor(ownerDocument: DomDocument | null, localName: string, namespaceURI: string, attributes: DomAttr[] = []) {
    super(ownerDocument);
    this.localName = localName;
    (this as { namespaceURI: string }).namespaceURI = namespaceURI;
    this.tagName = namespaceURI === HTML_NS ? upperTag(localName) : localName;
    (this as { attributes: DomAttr[] }).attributes = attributes;
    this.content = null;
  }
  get nodeType(): 1 {
    return 1;
  }
  get nodeName(): string {
    return this.tagName;
  }

  private attrIndex(name: string): number {
    const n = this.namespaceURI === HTML_NS ? name.toLowerCase() : name;
    const attrs = this.attributes;
    for (let i = 0; i < attrs.length; i++) if (attrs[i].name === n) return i;
    return -1;
  }
  getAttribute(name: string): string | null {
    const i = this.attrIndex(name);
    return i >= 0 ? this.attributes[i].value : null;
  }
  hasAttribute(name: string): boolean {
    return this.attrIndex(name) >= 0;
  }
  setAttribute(name: string, value: string): void {
    const i = this.attrIndex(name);
    if (i >= 0) this.attributes[i].value = String(value);
    else this.attributes.push(new DomAttr(this.namespaceURI === HTML_NS ? name.toLowerCase() : name, String(value)));
  }
  removeAttribute(name: string): void {
    const i = this.attrIndex(name);
    if (i >= 0) this.attributes.splice(i, 1);
  }
  setAttributeNode(attr: DomAttr): void {
    const i = this.attributes.findIndex((a) => a.name === attr.name && a.namespaceURI === attr.namespaceURI);
    if (i >= 0) this.attributes[i] = attr;
    else this.attributes.push(attr);
  }

  get id(): string {
    return this.getAttribute('id') ?? '';
  }
  set id(v: string) {
    this.setAttribute('id', v);
  }
  get className(): string {
    return this.getAttribute('class') ?? '';
  }
  set className(v: string) {
    this.setAttribute('class', v);
  }
  /** The `display` and `visibility` of the inline style attribute (all Readability reads). */
  get style(): { display: string; visibility: string } {
    return inlineStyle(this.getAttribute('style'));
  }
  get src(): string | undefined {
    if (!SRC_ELEMENTS.has(this.localName) || this.namespaceURI !== HTML_NS) return undefined;
    return reflectUrl(this.getAttribute('src'), this.baseURI);
  }
  get srcset(): string | undefined {
    return SRCSET_ELEMENTS.has(this.localName) && this.namespaceURI === HTML_NS ? (this.getAttribute('srcset') ?? '') : undefined;
  }
  get nextElementSibling(): DomElement | null {
    let n = this.nextSibling;
    while (n && n.nodeType !== 1) n = n.nextSibling;
    return n as DomElement | null;
  }
  get previousElementSibling(): DomElement | null {
    let n = this.previousSibling;
    while (n && n.nodeType !== 1) n = n.previousSibling;
    return n as DomElement | null;
  }

  get textContent(): string {
    return descendantText(this);
  }
  set textContent(v: string) {
    while (this.childNodes.length > 0) this.removeChild(this.childNodes[this.childNodes.length - 1]);
    if (v) this.appendChild(new DomText(this.ownerDocument, v));
  }
  get innerHTML(): string {
    return serializeChildren(this);
  }
  set innerHTML(html: string) {
    while (this.childNodes.length > 0) this.removeChild(this.childNodes[this.childNodes.length - 1]);
    parseFragmentInto(this, html);
  }
  get outerHTML(): string {
    return serializeOuter(this);
  }

  cloneNode(deep = false): DomElement {
    const copy = new DomElement(this.ownerDocument, this.localName, this.namespaceURI);
    for (const a of this.attributes) copy.attributes.push(a.cloneNode());
    if (deep) for (const c of this.childNodes) copy.appendChild(c.cloneNode(true));
    if (this.content) copy.content = this.content.cloneNode(true);
    return copy;
  }
}

export class DomFragment extends DomParentBase {
  get nodeType(): 11 {
    return 11;
  }
  get nodeName(): string {
    return '#document-fragment';
  }
  get textContent(): string {
    return descendantText(this);
  }
  cloneNode(deep = false): DomFragment {
    const copy = new DomFragment(this.ownerDocument);
    if (deep) for (const c of this.childNodes) copy.appendChild(c.cloneNode(true));
    return copy;
  }
}

export class DomDocument extends DomParentBase {
  declare mode: string;
  private declare base: string | null | undefined;
  declare readonly URL: string;

  constructor(url: string) {
    super(null);
    (this as { URL: string }).URL = url;
    this.mode = 'no-quirks';
    this.base = undefined;
  }
  get nodeType(): 9 {
    return 9;
  }
  get nodeName(): string {
    return '#document';
  }
  get documentURI(): string {
    return this.URL;
  }
  /** The first <base href>, resolved against the document's URL (found once: the head is not edited). */
  override get baseURI(): string {
    if (this.base === undefined) {
      const base = this.getElementsByTagName('base').find((b) => b.hasAttribute('href'));
      let resolved: string | null = null;
      if (base) {
        try {
          resolved = new URL(base.getAttribute('href')!, this.URL).href;
        } catch {
          resolved = null;
        }
      }
      this.base = resolved;
    }
    return this.base ?? this.URL;
  }
  get documentElement(): DomElement | null {
    return this.children[0] ?? null;
  }
  private htmlChild(name: string): DomElement | null {
    const root = this.documentElement;
    if (!root || root.localName !== 'html') return null;
    return root.children.find((c) => c.localName === name && c.namespaceURI === HTML_NS) ?? null;
  }
  get head(): DomElement | null {
    return this.htmlChild('head');
  }
  get body(): DomElement | null {
    return this.htmlChild('body') ?? this.htmlChild('frameset');
  }
  /** The first <title>'s text, ASCII whitespace stripped and collapsed (as document.title). */
  get title(): string {
    const t = this.getElementsByTagName('title')[0];
    return t ? t.textContent.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '') : '';
  }
  get textContent(): null {
    return null;
  }
  createElement(name: string): DomElement {
    return new DomElement(this, name.toLowerCase(), HTML_NS);
  }
  createElementNS(ns: string, name: string): DomElement {
    return new DomElement(this, name, ns);
  }
  createTextNode(data: string): DomText {
    return new DomText(this, data);
  }
  createComment(data: string): DomComment {
    return new DomComment(this, data);
  }
  createDocumentFragment(): DomFragment {
    return new DomFragment(this);
  }
}

export type DomParent = DomElement | DomFragment | DomDocument;

/** A URL-reflecting IDL attribute: '' when absent, else resolved against the base (the raw value if that fails). */
function reflectUrl(value: string | null, base: string): string {
  if (value === null) return '';
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

/** `display` and `visibility` from an inline style attribute: the last declaration of each wins. */
function inlineStyle(style: string | null): { display: string; visibility: string } {
  const out = { display: '', visibility: '' };
  if (!style) return out;
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    if (prop !== 'display' && prop !== 'visibility') continue;
    out[prop] = decl.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim().toLowerCase();
  }
  return out;
}
