/**
 * parse5 (the HTML standard's tree construction, the parser jsdom itself uses) building the small
 * DOM of extractors/_dom.ts, and parse5's serializer reading it back (innerHTML / outerHTML), so
 * trees and markup are the ones jsdom gives. Comments are not kept: nothing reads them, and the
 * stored article HTML is better without them.
 */
import { parse, parseFragment, serialize, serializeOuter as serializeOuterP5, html as p5html, type TreeAdapter, type TreeAdapterTypeMap, type Token } from 'parse5';
import { DomAttr, DomComment, DomDocument, DomDocumentType, DomElement, DomFragment, DomText, HTML_NS, type DomChild, type DomNode, type DomParent } from './_dom.js';

type Map5 = TreeAdapterTypeMap<DomNode, DomParent, DomChild, DomDocument, DomFragment, DomElement, DomComment, DomText, DomElement, DomDocumentType>;

/** The document new nodes belong to while one parse runs (parse5 calls the adapter synchronously). */
let owner: DomDocument | null = null;

function qualified(a: Token.Attribute): string {
  return a.prefix ? `${a.prefix}:${a.name}` : a.name;
}

function lastText(parent: DomParent): DomText | null {
  const last = parent.childNodes[parent.childNodes.length - 1];
  return last && last.nodeType === 3 ? (last as DomText) : null;
}

const adapter: TreeAdapter<Map5> = {
  createDocument: () => owner ?? new DomDocument('about:blank'),
  createDocumentFragment: () => new DomFragment(owner),
  createElement(tagName, namespaceURI, attrs) {
    const list: DomAttr[] = new Array(attrs.length);
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      list[i] = new DomAttr(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value, a.namespace ?? null, a.prefix ? a.prefix : null);
    }
    return new DomElement(owner, tagName, namespaceURI, list);
  },
  createCommentNode: (data) => new DomComment(owner, data),
  createTextNode: (value) => new DomText(owner, value),
  appendChild(parent, node) {
    if (node.nodeType === 8) return; // comments are dropped
    parent.appendChild(node);
  },
  insertBefore(parent, node, ref) {
    if (node.nodeType === 8) return;
    parent.insertBefore(node, ref.parentNode === parent ? ref : null);
  },
  setTemplateContent(template, content) {
    template.content = content;
  },
  getTemplateContent: (template) => template.content ?? new DomFragment(owner),
  setDocumentType(doc, name, publicId, systemId) {
    const existing = doc.childNodes.find((n): n is DomDocumentType => n.nodeType === 10);
    if (existing) {
      existing.name = name;
      existing.publicId = publicId;
      existing.systemId = systemId;
    } else doc.appendChild(new DomDocumentType(doc, name, publicId, systemId));
  },
  setDocumentMode(doc, mode) {
    doc.mode = mode;
  },
  getDocumentMode: (doc) => doc.mode as p5html.DOCUMENT_MODE,
  detachNode(node) {
    node.parentNode?.removeChild(node);
  },
  insertText(parent, text) {
    const last = lastText(parent);
    if (last) last.data += text;
    else parent.appendChild(new DomText(owner, text));
  },
  insertTextBefore(parent, text, ref) {
    const prev = ref.previousSibling;
    if (prev && prev.nodeType === 3) (prev as DomText).data += text;
    else parent.insertBefore(new DomText(owner, text), ref);
  },
  adoptAttributes(recipient, attrs) {
    for (const a of attrs) {
      const name = qualified(a);
      if (!recipient.attributes.some((x) => x.name === name)) recipient.attributes.push(new DomAttr(name, a.value, a.namespace ?? null, a.prefix ? a.prefix : null));
    }
  },
  getFirstChild: (node) => node.firstChild,
  getChildNodes: (node) => node.childNodes,
  getParentNode: (node) => node.parentNode,
  getAttrList: (el) =>
    el.attributes.map((a) => ({ name: a.prefix ? a.name.slice(a.prefix.length + 1) : a.name, value: a.value, namespace: a.namespaceURI ?? undefined, prefix: a.prefix ?? undefined })),
  getTagName: (el) => el.localName,
  getNamespaceURI: (el) => el.namespaceURI as p5html.NS,
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: (node) => node.data,
  getDocumentTypeNodeName: (node) => node.name,
  getDocumentTypeNodePublicId: (node) => node.publicId,
  getDocumentTypeNodeSystemId: (node) => node.systemId,
  isTextNode: (node): node is DomText => node.nodeType === 3,
  isCommentNode: (node): node is DomComment => node.nodeType === 8,
  isDocumentTypeNode: (node): node is DomDocumentType => node.nodeType === 10,
  isElementNode: (node): node is DomElement => node.nodeType === 1,
  setNodeSourceCodeLocation: () => undefined,
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation: () => undefined,
};

/** Options jsdom parses with (it runs no scripts, so <noscript> content is markup). */
const OPTIONS = { treeAdapter: adapter, scriptingEnabled: false } as const;

/** Parse a whole page. `url` is the document's URL (base of relative links). */
export function parseDocument(html: string, url: string): DomDocument {
  const doc = new DomDocument(url);
  owner = doc;
  try {
    parse(html, OPTIONS); // builds into `doc` (createDocument returns the owner)
    return doc;
  } finally {
    owner = null;
  }
}

/** innerHTML setter: parse `html` as a fragment in the context of `el` and append it. */
export function parseFragmentInto(el: DomElement, html: string): void {
  const prev = owner;
  owner = el.ownerDocument;
  try {
    const frag = parseFragment(el, html, OPTIONS);
    for (const c of [...frag.childNodes]) el.appendChild(c);
  } finally {
    owner = prev;
  }
}

export function serializeChildren(el: DomElement): string {
  return serialize(el.localName === 'template' && el.namespaceURI === HTML_NS && el.content ? el.content : el, { treeAdapter: adapter });
}

export function serializeOuter(el: DomElement): string {
  return serializeOuterP5(el, { treeAdapter: adapter });
}
