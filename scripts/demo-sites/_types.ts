/**
 * Shapes of the bundled demo sites (scripts/demo-sites): each site is a table of routes built once
 * from its origin, served by scripts/demo-sites/_http.ts.
 */
import type { Lang } from '../../types.js';

export interface DemoComment {
  author: string;
  /** As displayed, e.g. "29.10.2025 о 10:15": deliberately another date on the page. */
  date: string;
  text: string;
}

/** How the page states its publication date. */
export type DateStyle = 'meta' | 'json-ld' | 'time' | 'visible';

export interface DemoArticle {
  /** Path of the article, e.g. "/news/2025/10/29/likei-kharkiv". */
  path: string;
  /** Other paths serving the very same text (a republished copy), to exercise de-duplication. */
  alsoAt?: string[];
  title: string;
  /** True publication time, ISO 8601 with offset. */
  published: string;
  dateStyle: DateStyle;
  /** The date as the page shows it to readers ("18.07.2022, 19:02", "30 августа, 09:50"). */
  dateLine: string;
  /** A line above the article giving the year when the date line has none ("Новости Перми за 30.08.2025"). */
  context?: string;
  author?: string;
  section: string;
  lead?: string;
  paragraphs: string[];
  photo?: string;
  tags?: string[];
  comments?: DemoComment[];
  /** What the article exercises (partnership, damage, hard negative); for people reading the code. */
  about: string;
}

export interface DemoResponse {
  status?: number;
  type: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
  /** Last-Modified for conditional requests; defaults to the site's newest article. */
  modified?: string;
}

export interface DemoSite {
  id: string;
  /** Port = base port + offset (47801 + offset by default). */
  offset: number;
  lang: Lang;
  name: string;
  /** Routes by path (with query string, exactly as requested). */
  build(origin: string): Map<string, DemoResponse>;
}
