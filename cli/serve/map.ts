/**
 * The offline map: country outlines from Natural Earth (world-atlas, 1:50m, bundled with the npm
 * package; no tiles, nothing fetched) projected with d3-geo into an SVG drawn on the server, one
 * dot per incident that has a place, each a link to its incident page. The view fits the dots,
 * and at least the countries eduwatch covers; dots at the same place are set around it in a ring,
 * so each can be pointed at and clicked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { htmlEscape as h } from '../digest-render.js';
import type { WebIncident } from './data.js';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 560;
/** The area shown when there are no dots, and always included: Poland to eastern Ukraine, Bulgaria to the Baltic. */
const HOME: [number, number, number, number] = [14, 41, 41, 56]; // west, south, east, north

let countries: Feature<Geometry, { name?: string }>[] | null = null;
let countryBounds: [[number, number], [number, number]][] = [];
/** The drawn outlines of the last few views (a view is a function of the dots' extent). */
const landCache = new Map<string, string>();

function loadCountries(): Feature<Geometry, { name?: string }>[] {
  if (countries) return countries;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  countries = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name?: string }>).features;
  countryBounds = countries.map((c) => geoBounds(c));
  return countries;
}

interface View {
  west: number;
  south: number;
  east: number;
  north: number;
}

function viewOf(points: [number, number][]): View {
  let [west, south, east, north] = HOME;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon - 1.5);
    east = Math.max(east, lon + 1.5);
    south = Math.min(south, lat - 1);
    north = Math.max(north, lat + 1);
  }
  return { west: Math.max(-180, west), south: Math.max(-85, south), east: Math.min(180, east), north: Math.min(85, north) };
}

function projectionFor(v: View): GeoProjection {
  const midLon = (v.west + v.east) / 2;
  const p = geoConicConformal()
    .rotate([-midLon, 0])
    .parallels([v.south + (v.north - v.south) / 4, v.north - (v.north - v.south) / 4]);
  // Fit the outline of the view, sampled along its edges (a conic bends them).
  const ring: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = v.west + ((v.east - v.west) * i) / 8;
    ring.push([lon, v.south], [lon, v.north]);
  }
  for (let i = 0; i <= 8; i++) {
    const lat = v.south + ((v.north - v.south) * i) / 8;
    ring.push([v.west, lat], [v.east, lat]);
  }
  p.fitExtent([[12, 12], [MAP_WIDTH - 12, MAP_HEIGHT - 12]], { type: 'MultiPoint', coordinates: ring });
  return p.clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
}

function intersects(b: [[number, number], [number, number]], v: View): boolean {
  const [[w, s], [e, n]] = b;
  if (s > v.north + 5 || n < v.south - 5) return false;
  if (w > e) return true; // crosses the antimeridian (Russia, Fiji): keep
  return !(w > v.east + 10 || e < v.west - 10);
}

/** The SVG map of these incidents (those without a place are left out; the page says how many). */
export function mapSvg(incidents: WebIncident[]): string {
  const all = loadCountries();
  const placed = incidents.filter((i) => i.place !== null);
  const view = viewOf(placed.map((i) => [i.place!.lon, i.place!.lat]));
  const projection = projectionFor(view);
  const key = `${view.west},${view.south},${view.east},${view.north}`;
  let land = landCache.get(key);
  if (land === undefined) {
    const path = geoPath(projection).digits(1);
    land = all
      .map((c, k) => (intersects(countryBounds[k], view) ? path(c) : null))
      .filter((d): d is string => Boolean(d))
      .map((d) => `<path d="${d}"/>`)
      .join('');
    if (landCache.size >= 32) landCache.delete(landCache.keys().next().value!);
    landCache.set(key, land);
  }
  // Dots: those at one point in a ring around it (in a stable order: by id).
  const groups = new Map<string, WebIncident[]>();
  for (const i of [...placed].sort((a, b) => a.id - b.id)) {
    const key = `${i.place!.lat},${i.place!.lon}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const dots: string[] = [];
  for (const group of groups.values()) {
    const xy = projection([group[0].place!.lon, group[0].place!.lat]);
    if (!xy) continue;
    const ring = group.length === 1 ? 0 : Math.max(9, (group.length * 15) / (2 * Math.PI));
    group.forEach((i, k) => {
      const a = (2 * Math.PI * k) / group.length - Math.PI / 2;
      const x = xy[0] + ring * Math.cos(a);
      const y = xy[1] + ring * Math.sin(a);
      const label = `#${i.id} ${i.type} ${i.date ?? 'undated'}: ${i.type === 'partnership' ? (i.parties ?? '') : (i.institution ?? i.institutionKind ?? '')}, ${i.place!.name}${i.grade ? ` (${i.grade})` : ''}`;
      dots.push(
        `<a href="/incident/${i.id}" data-incident="${i.id}" class="dot ${i.type}" aria-label="${h(label)}"><title>${h(label)}</title>` +
          `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6"/></a>`,
      );
    });
    if (group.length > 1) dots.push(`<circle class="hub" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="2"/>`);
  }
  return (
    `<svg class="map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" role="img" aria-label="Map of ${placed.length} incidents">` +
    `<rect class="sea" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"/><g class="land">${land}</g><g class="dots">${dots.join('')}</g></svg>`
  );
}
