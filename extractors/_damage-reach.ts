/**
 * What one damage word reaches in its sentence: the clause around it (and a list that runs on past
 * it through coordination), whether a target stands as what was damaged (not a landmark, not where
 * pupils are moved), a part of the building between them, an attack word's object ("удар по",
 * "including a kindergarten"), and the damage words that say nothing of an institution: a
 * participle qualifying another noun ("з зруйнованих міст"), a building demolished before the war.
 */
import type { EventHit, EventScan, Span } from './_event-scan.js';
import { isRelocation, isTargetTag, targetsIn, type Target } from './_damage-targets.js';

/** How far (in words) a target may stand after / before the damage word. */
const MAX_AFTER = 12;
const MAX_BEFORE = 8;
/** How far back the sentence's first word may stand and still be the damage word's subject. */
const MAX_BEFORE_SUBJECT = 14;
/**
 * Parts and surroundings of a building: "зруйновано паркан ліцею", "destroyed the lyceum's fence" —
 * the institution is damaged at most. Word stems, matched on the tokens between the damage word and the target.
 */
const PART_WORD = /^(?:паркан|огорож|огра|забор|ворот|майданчик|площадк|вікн|вікон|шибк|окн|окон|стекл|прозор|fence|gate|playground|window|ogrodzen|bram[aeyię]?$|plac(?:u|em)?$|boisk|okn|okien|szyb(?:y|a|ę)?$|автомоб|машин|авто|cars?$|samoch|workshop|майстерн|мастерск|warsztat|работилниц)/u;
/** Words before a target (told before its damage word) read for a part of its building ("a workshop at the school"). */
const PART_BEFORE_REACH = 3;

/** Words and marks that coordinate two targets ("school and kindergarten") rather than nest them. */
const COORDINATION = /[,;]|(?:^|[\s])(?:и|і|та|й|а|and|or|i|oraz|lub|albo|или|або|чи|както)(?:[\s]|$)/iu;

/** Words after a clause break "а" that make it "as well as" ("а также", "а також", "a także", "а също"). */
const ALSO_WORD = /^(?:также|тоже|також|теж|także|również|също)$/u;
const AND_BUT = new Set(['а', 'a']);

/** Characters after a dash read for the start of a named institution. */
const NAME_SPAN = 160;

/** Token bounds of the clause around the trigger: stops at ; : – — and at clause words ("але", "but"). */
export function clauseOf(scan: EventScan, trig: EventHit, win: Span, hits: EventHit[], maxAfter = MAX_AFTER): [number, number] {
  const tk = scan.tokens;
  const [w0, w1] = scan.tokenRange(win);
  const breaks = new Set<number>();
  // "а также", "a także", "а също": "as well as" coordinates, it does not open a clause.
  for (const h of hits) if (h.cat === 'clauseBreak' && !(AND_BUT.has(tk.words[h.t0]) && ALSO_WORD.test(tk.words[h.t1] ?? ''))) breaks.add(h.t0);
  // A dash before a named institution is an apposition naming what was hit ("разрушено спортивное заведение —
  // Днепровский профессиональный колледж"), no break.
  // The name closes its clause ("— Днепровский профессиональный колледж."); not "— Херсонський ліцей № 5 не постраждав".
  const named = (b: number) =>
    scan.mentionsIn({ start: tk.start[b], end: tk.start[b] + NAME_SPAN }).some(
      (x) => x.start === tk.start[b] && /^[\p{Lu}«„"]/u.test(scan.text.slice(x.start, x.start + 1)) && /^\s*(?:[.,;!?)»"”]|$)/u.test(scan.text.slice(x.end, x.end + 3)),
    );
  const hard = (a: number, b: number) => {
    const gap = scan.text.slice(tk.end[a], tk.start[b]);
    return /[;:]/.test(gap) || (/\s[—–-]\s/.test(gap) && !(b > trig.t0 && /^\s[—–]\s$/u.test(gap) && named(b)));
  };
  let l = trig.t0;
  while (l > w0 && trig.t0 - l < MAX_BEFORE && !hard(l - 1, l) && !breaks.has(l)) l--;
  // The sentence's subject a little further back ("A lyceum in the Slobidskyi district of Kharkiv was partially destroyed").
  const s0 = scan.tokenRange(scan.sentences[scan.sentenceIndex(trig.start)])[0];
  if (l > s0 && l >= w0 && trig.t0 - s0 <= MAX_BEFORE_SUBJECT) {
    let k = l;
    while (k > s0 && !hard(k - 1, k) && !breaks.has(k)) k--;
    if (k === s0) l = s0;
  }
  let r = trig.t1;
  while (r < w1 && r - trig.t1 < maxAfter && !breaks.has(r) && !hard(r - 1, r)) r++;
  return [l, r];
}

/** How far (in words) a list of targets after a damage word may run on ("uszkodzenie dachu w SP nr 1 w X oraz systemu alarmowego w SP w Y"). */
const MAX_AFTER_LIST = 24;
/** Words before a target past the usual reach that must hold its coordination ("oraz systemu alarmowego w", ", the"). */
const LIST_LINK_REACH = 4;

/**
 * Targets past MAX_AFTER in a clause that runs on: each must be coordinated with what comes before
 * it ("..., а также в кровле школы", "..., the National Institute of Philology"). Damage words only:
 * an attack word reaches only what stands right by it.
 */
export function listedFurther(scan: EventScan, trig: EventHit, win: Span, hits: EventHit[], clause: [number, number]): Target[] {
  if (trig.cat === 'hit' || clause[1] - trig.t1 < MAX_AFTER) return [];
  const [, far] = clauseOf(scan, trig, win, hits, MAX_AFTER_LIST);
  if (far <= clause[1]) return [];
  const tk = scan.tokens;
  return targetsIn(scan, [clause[1], far], hits).filter((t) => {
    if (t.t0 < clause[1]) return false;
    const from = Math.max(trig.t1, t.t0 - LIST_LINK_REACH);
    // Not past the end of a quote ('..., пукнал стъкла", каза директорът на училището').
    if (/[»"“”][\s,–—-]*\p{Ll}/u.test(scan.text.slice(trig.end, t.start))) return false;
    return COORDINATION.test(scan.text.slice(tk.start[from], tk.start[t.t0]));
  });
}

/** One item of an enumeration: a noun phrase of at most four words ("дитсадок", "8 житлових будинків", "навчально-реабілітаційний центр"). */
const LIST_ITEM = String.raw`[\p{L}\d’'ʼ-]+(?:[ \u00a0]+[\p{L}\d’'ʼ-]+){0,3}`;
/** Coordination before an item: a comma, or "і / та / и / i / oraz / and" (not "а", which opens a clause). */
const LIST_SEPARATOR = String.raw`(?:\s*,\s*|[ \u00a0]+(?:і|й|та|и|i|oraz|lub|and|or|както и|а також|а также|a także)[ \u00a0]+)`;
const LIST_TAIL = new RegExp(String.raw`^(?:${LIST_SEPARATOR}${LIST_ITEM})+[ \u00a0]*$`, 'iu');
/** Most words an enumeration may run from its first item to the damage word after it. */
const MAX_LIST_WORDS = 16;

/**
 * The target opens or stands in an enumeration that is the damage word's subject: "Інфраструктурний
 * об’єкт, школа, дитсадок ... та 8 житлових будинків постраждали", "Пострадали ... дом, школа и детский
 * сад": only items, commas and "and" stand between it and the damage word, so what is said of the
 * list (a house among them) is said of the school.
 */
export function listSubject(scan: EventScan, t: Target, trig: EventHit): boolean {
  if (t.t1 > trig.t0 || trig.t0 - t.t1 > MAX_LIST_WORDS) return false;
  const gap = scan.text.slice(t.end, trig.start);
  return LIST_TAIL.test(gap);
}

/** Items and separators up to the target; an English target keeps its article ("hit a high-rise building and a school"). */
const LIST_HEAD = new RegExp(String.raw`^[ \u00a0]+(?:${LIST_ITEM}${LIST_SEPARATOR})+(?:(?:a|an|the)[ \u00a0]+)?$`, 'iu');

/**
 * The target stands in an enumeration right after a "suffered" / attack word: "постраждали 9 житлових
 * будинків, церква святих Ольги та Єлизавети, школа №55, коледж та Львівська політехніка", "пострадали жилые
 * дома, школа и детский сад": only items, commas and "and" stand between them, so what is said of the first
 * item (a house) is said of the school.
 */
export function listObject(scan: EventScan, t: Target, trig: EventHit): boolean {
  if (t.t0 <= trig.t1 || t.t0 - trig.t1 > MAX_LIST_WORDS) return false;
  return LIST_HEAD.test(scan.text.slice(trig.end, t.start));
}

const LIST_BETWEEN = new RegExp(String.raw`^(?:${LIST_SEPARATOR}${LIST_ITEM})*${LIST_SEPARATOR}$`, 'iu');

/** Two targets are items of one enumeration ("школа, дитсадок, навчально-реабілітаційний центр"): two institutions. */
export function coordinatedItems(scan: EventScan, a: Target, b: Target): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  if (y.t0 - x.t1 > MAX_LIST_WORDS) return false;
  return LIST_BETWEEN.test(scan.text.slice(x.end, y.start));
}

/** Does the target stand as what was damaged (not as a landmark, not before a damaged house)? */
export function attached(scan: EventScan, target: Target, trig: EventHit, hits: EventHit[]): boolean {
  // "near the school"; not "another building nearby, an elementary school" (an apposition), nor
  // "dach hali sportowej przy Zespole Szkół" (a part of the building at the school is the school's).
  const partBefore = (h: EventHit) => hits.some((p) => p.cat === 'part' && p.t1 === h.t0);
  if (hits.some((h) => h.cat === 'proximity' && h.t1 <= target.t0 && h.t1 >= target.t0 - 2 && !/[,;:]/u.test(scan.text.slice(h.end, target.start)) && !partBefore(h))) return false;
  if (isRelocation(scan, target.t0, hits)) return false;
  if (target.t0 >= trig.t1) return true;
  // Target before the damage word: reject "school ... for damaged houses" and "school, house damaged".
  if (hits.some((h) => h.cat === 'attributive' && h.t1 === trig.t0)) return false;
  if (hits.some((h) => h.cat === 'otherTarget' && h.t0 >= trig.t1 && h.t0 <= trig.t1 + 1)) return false;
  // "school, house damaged" of a landmark; not an enumeration that is the damage word's subject.
  if (hits.some((h) => h.cat === 'otherTarget' && h.t0 >= target.t1 && h.t1 <= trig.t0) && !listSubject(scan, target, trig)) return false;
  return true;
}

/** Words a part of the building and its modifiers may add to an attack word's reach ("на третия етаж в", "у котельні на"). */
const PART_REACH = 4;

/**
 * An attack or fire word reaches its institution past the part of the building it names first:
 * "Пожар е избухнал на третия етаж в Техникума", "Пожежа спалахнула у котельні дитячого садка" — the
 * part stands between them, in the same clause, and the institution right after the part's phrase.
 */
export function pastPart(scan: EventScan, trig: EventHit, t: Target, hits: EventHit[], reach: number): boolean {
  if (t.t0 < trig.t1 || t.t0 - trig.t1 > reach + PART_REACH) return false;
  if (/[,.;:!?()«»"]/u.test(scan.text.slice(trig.end, t.start))) return false;
  return hits.some((h) => h.cat === 'part' && h.t0 >= trig.t1 && h.t1 <= t.t0 && t.t0 - h.t1 <= 2);
}

/** "including" before a target, with its preposition ("w obiekty cywilne, w tym w przedszkole", "including a kindergarten"). */
const INCLUDING_BEFORE = /(?:^|[\s,(])(?:w tym|в тому числі|у тому числі|зокрема|в том числе|включително|including|among them)\s+(?:(?:w|we|в|у|на|по|до|a|an|the)\s+)?$/iu;
/** Words an attack word's object may run on before "including" its target. */
const INCLUDING_REACH = 10;

/** The target is named as one of the attack's objects ("uderzyły w obiekty cywilne, w tym w przedszkole"). */
export function included(scan: EventScan, trig: EventHit, t: Target): boolean {
  if (t.t0 < trig.t1 || t.t0 - trig.t1 > INCLUDING_REACH) return false;
  return INCLUDING_BEFORE.test(scan.text.slice(trig.end, t.start));
}

/** Phrase `a` holds the shorter phrase `b`. */
export function holds(a: EventHit, b: EventHit): boolean {
  return a.t0 <= b.t0 && a.t1 >= b.t1 && a.t1 - a.t0 > b.t1 - b.t0;
}

/** Prepositions before a damage participle that qualifies the noun after it ("z zalanych terenów", "in flooded areas"). */
const PARTICIPLE_PREPOSITION = new Set(['in', 'from', 'of', 'w', 'we', 'z', 'ze', 'na', 'в', 'у', 'з', 'із', 'зі', 'от', 'из', 'во', 'с', 'със']);
/** Words after such a participle read for the institution it may qualify. */
const PARTICIPLE_REACH = 3;

/**
 * "uczniowie z zalanych terenów", "schools in flooded or low-lying areas", "з зруйнованих міст": a
 * damage participle after a preposition qualifies the noun after it; with no institution (or part
 * of one) in the next words it says nothing about an institution.
 */
export function attributiveParticiple(scan: EventScan, trig: EventHit, hits: EventHit[]): boolean {
  if (trig.t1 - trig.t0 !== 1 || trig.t0 === 0 || trig.cat === 'hit') return false;
  const tk = scan.tokens;
  if (!PARTICIPLE_PREPOSITION.has(tk.words[trig.t0 - 1]) || /[,.;:!?]/u.test(scan.text.slice(tk.end[trig.t0 - 1], tk.start[trig.t0]))) return false;
  const near = (t0: number) => t0 >= trig.t1 && t0 < trig.t1 + PARTICIPLE_REACH;
  if (hits.some((h) => (h.cat === 'eduNoun' || h.cat === 'part') && near(h.t0))) return false;
  return !scan.mentionsIn({ start: tk.start[trig.t1] ?? trig.end, end: tk.end[Math.min(tk.n, trig.t1 + PARTICIPLE_REACH) - 1] ?? trig.end }).some((m) => isTargetTag(m.tag));
}

/** Weapons a damage participle may describe ("обломки уничтоженного БПЛА", "уламки збитої ракети"). */
const WEAPONS: ReadonlySet<string> = new Set(['missile', 'drone']);

/**
 * "обломки уничтоженного БПЛА", "уламки знищеного дрона", "szczątki zniszczonego drona", "debris of a
 * destroyed drone": a damage participle right before a weapon says what happened to the weapon.
 */
export function weaponParticiple(trig: EventHit, hits: readonly EventHit[]): boolean {
  if (trig.cat === 'hit' || trig.t1 - trig.t0 !== 1) return false;
  return hits.some((h) => h.cat === 'cause' && h.t0 === trig.t1 && WEAPONS.has(h.value.label ?? ''));
}

/** Words between an attack word and its object: a preposition, or an English article ("hit a school", "struck the kindergarten"). */
const ATTACK_OBJECT = new Set(['по', 'на', 'в', 'у', 'na', 'w', 'we', 'on', 'at', 'a', 'an', 'the']);

/** The target right after an attack word, or after its preposition ("удар по детскому саду", "пострадавшего детского сада"). */
export function rightAfter(scan: EventScan, trig: EventHit, t: Target): boolean {
  if (t.t0 === trig.t1) return true;
  return t.t0 - trig.t1 <= 2 && t.t0 > trig.t1 && ATTACK_OBJECT.has(scan.tokens.words[trig.t1]);
}


/** The first year of the war: a building destroyed or demolished before it is history, not an attack. */
const WAR_START_YEAR = 2014;
const HISTORICAL_WINDOW = 4;
/** Decades: "w latach 90.", "у 90-х роках", "в 1990-х годах", "in the 1990s", "през 90-те години". */
const DECADE_WORD = /^(?:latach|роках|годах|годините|\d{2,4}s|\d{2,4}-?(?:х|те|ті|ые|ых))$/u;

/** "demolished in 2009", "знесена у 2009 році", "rozebrana w latach 90.": a year before the war near the damage word. */
export function historical(scan: EventScan, trig: EventHit): boolean {
  const tk = scan.tokens;
  const lo = Math.max(0, trig.t0 - HISTORICAL_WINDOW);
  const hi = Math.min(tk.n, trig.t1 + HISTORICAL_WINDOW);
  for (let i = lo; i < hi; i++) {
    if (i >= trig.t0 && i < trig.t1) continue;
    const gap = i < trig.t0 ? scan.text.slice(tk.end[i], tk.start[trig.t0]) : scan.text.slice(tk.end[trig.t1 - 1], tk.start[i]);
    if (/[.;!?]/.test(gap)) continue;
    const v = tk.num[i];
    // "пошкодили понад 1900 закладів освіти": a count before an institution noun is no year.
    if (v >= 1800 && v < WAR_START_YEAR && !countsNoun(scan, i)) return true;
    if (DECADE_WORD.test(tk.words[i]) && ((i > 0 && tk.num[i - 1] < 100) || (i > 1 && tk.num[i - 2] < 100) || (i + 1 < tk.n && tk.num[i + 1] < 100) || /\d/.test(tk.words[i]))) return true;
  }
  return false;
}

/** Token `i` (a number) stands before an institution noun, at most one adjective between: a count. */
function countsNoun(scan: EventScan, i: number): boolean {
  const tk = scan.tokens;
  const end = tk.end[Math.min(tk.n - 1, i + 2)];
  return scan.hitsIn({ start: tk.start[i], end }).some((h) => h.cat === 'eduNoun' && h.t0 > i && h.t0 <= i + 2);
}

/**
 * "филиал" in apposition right before a name ("колледжа - филиала Мелитопольского государственного
 * университета"): the named institution is the parent of the damaged branch told before the dash. A branch
 * with no name of its own ("обстреляли филиал школы №4") is its institution's.
 */
const BRANCH_BEFORE = /\p{L}[ \u00a0]*[-–—,][ \u00a0]*филиал[а-яё]*\s+$/iu;

/** The name starting at `start` follows "филиала": it is a parent of the branch told before it. */
export function branchParent(scan: EventScan, start: number): boolean {
  return BRANCH_BEFORE.test(scan.text.slice(Math.max(0, start - 24), start));
}

/**
 * An unnamed noun right after another target with no "and" between is its parent ("колледж ... университета");
 * so is a named one after a branch word ("здание колледжа - филиала Мелитопольского государственного университета").
 */
export function isParentOf(scan: EventScan, targets: Target[], t: Target): boolean {
  if (t.tag) return branchParent(scan, t.start);
  const prev = targets.filter((x) => x !== t && x.t1 <= t.t0 && t.t0 - x.t1 <= 4);
  return prev.some((x) => !COORDINATION.test(scan.text.slice(scan.tokens.end[x.t1 - 1], scan.tokens.start[t.t0])));
}

/** A part of the building or its surroundings stands between the damage word and the target ("паркан ліцею", "the lyceum's fence"). */
export function partBetween(scan: EventScan, trig: EventHit, t: Target): boolean {
  const tk = scan.tokens;
  const [lo, hi] = t.t0 >= trig.t1 ? [trig.t1, t.t0] : [t.t1, trig.t0];
  for (let i = lo; i < hi; i++) if (PART_WORD.test(tk.words[i])) return true;
  // "a workshop at an educational institution had been destroyed": the part named right before a target told first.
  if (t.t0 < trig.t0) for (let i = Math.max(0, t.t0 - PART_BEFORE_REACH); i < t.t0; i++) if (PART_WORD.test(tk.words[i])) return true;
  // "the lyceum's fence": the part right after a possessive target.
  if (t.t1 >= tk.n || !/^['’]/u.test(scan.text.slice(tk.end[t.t1 - 1], tk.end[t.t1 - 1] + 1))) return false;
  const next = tk.words[t.t1] === 's' ? t.t1 + 1 : t.t1;
  return next < tk.n && PART_WORD.test(tk.words[next]);
}

export function partialNear(trig: EventHit, t: Target, hits: EventHit[]): boolean {
  const lo = Math.min(trig.t0, t.t0) - 2;
  const hi = Math.max(trig.t1, t.t1);
  return hits.some((h) => h.cat === 'partial' && h.t0 >= lo && h.t1 <= hi);
}
