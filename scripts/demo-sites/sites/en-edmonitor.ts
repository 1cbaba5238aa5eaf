/**
 * Demo site 6 (en): «Education in Emergencies Monitor», an English-language outlet with an Atom
 * feed (declared by <link rel="alternate" type="application/atom+xml">).
 */
import { articlePage, listingMain, pageShell, type ChromeText } from '../_chrome.js';
import { atom, robots } from '../_feeds.js';
import type { DemoArticle, DemoResponse, DemoSite } from '../_types.js';

const HTML = 'text/html; charset=utf-8';

export const T: ChromeText = {
  lang: 'en',
  siteName: 'Education in Emergencies Monitor',
  tagline: 'Schools, universities and training under attack and in recovery',
  menu: [['News', '/news/'], ['Ukraine', '/ukraine/'], ['Partnerships', '/partnerships/'], ['Reports', '/reports/'], ['About', '/about']],
  home: 'Home',
  popular: 'Most read',
  related: 'Related stories',
  comments: 'Comments',
  commentForm: 'Leave a comment',
  send: 'Post',
  cookie: 'We use cookies to understand how our site is used. See our privacy policy for details.',
  accept: 'Accept all',
  share: 'Share',
  subscribe: 'Get the weekly digest',
  tags: 'Topics',
  author: 'By',
  footer: 'An independent newsletter tracking education in crisis zones.',
  usefulLinks: [['UNESCO', 'https://www.unesco.org/'], ['GCPEA', 'https://protectingeducation.org/']],
  rights: 'All rights reserved.',
  demoNote: 'eduwatch demo site: the stories are modelled on real education news; they are not real reports.',
  admin: 'Staff login',
  next: 'Next',
  prev: 'Previous',
  search: 'Search',
  ad: 'Advertisement',
};

export const ARTICLES: DemoArticle[] = [
  {
    path: '/ukraine/2025/10/drone-strike-damages-kharkiv-lyceum',
    title: 'Drone strike damages a lyceum in Kharkiv',
    published: '2025-10-29T14:10:00+00:00',
    dateStyle: 'json-ld',
    dateLine: 'October 29, 2025',
    author: 'Hannah Price',
    section: 'Ukraine',
    paragraphs: [
      'On the night of 29 October 2025 Russian attack drones struck Kharkiv. Kharkiv Lyceum No. 152 of the Kharkiv City Council was damaged: the blast wave shattered about a hundred windows and damaged the roof of the sports hall.',
      'Younger pupils study in the shelter and older ones online, so only a night watchman was in the building; he was not hurt, the regional education department said.',
      'The city council says more than two hundred education buildings in Kharkiv have been damaged since February 2022.',
    ],
    tags: ['Ukraine', 'Kharkiv', 'attacks on education'],
    about: 'damage (in English): the Kharkiv lyceum No. 152 strike that demo-ua-osvita reports in Ukrainian: one incident, two sources, two languages',
  },
  {
    path: '/ukraine/2025/11/zaporizhzhia-gymnasium-hit-by-missile',
    title: 'Missile strike damages a gymnasium in Zaporizhzhia',
    published: '2025-11-12T16:45:00+00:00',
    dateStyle: 'meta',
    dateLine: '12 November 2025',
    author: 'Hannah Price',
    section: 'Ukraine',
    paragraphs: [
      'A Russian missile strike on the Shevchenkivskyi district of Zaporizhzhia on the night of 12 November 2025 damaged Zaporizhzhia Gymnasium No. 45 of the Zaporizhzhia City Council. Windows were blown out and part of the roof was destroyed.',
      'Lessons at the gymnasium are held online, and no children or staff were hurt, the regional education department reported.',
    ],
    tags: ['Ukraine', 'Zaporizhzhia', 'attacks on education'],
    about: 'damage (in English): the strike the official demo-ua-oblosvita reports in Ukrainian: official and corroborated',
  },
  {
    path: '/ukraine/2025/11/kherson-lyceum-damaged-by-shelling',
    title: 'Lyceum in Kherson damaged by Russian shelling',
    published: '2025-11-16T18:00:00+00:00',
    dateStyle: 'json-ld',
    dateLine: 'November 16, 2025',
    author: 'Hannah Price',
    section: 'Ukraine',
    paragraphs: [
      'On the morning of 16 November 2025 Russian artillery shelled the Dniprovskyi district of Kherson, Kherson oblast. Lyceum No. 20 of the Kherson City Council was damaged: shell fragments broke most of the windows, and the roof of the gym was partly destroyed.',
      'Classes at the lyceum have been held online since 2022, so no students or staff were inside. A school guard was slightly injured, according to the regional military administration.',
      'Kherson has one of the highest shares of damaged schools in Ukraine; local authorities say fewer than one in five can be repaired while shelling continues.',
    ],
    tags: ['Ukraine', 'Kherson', 'attacks on education'],
    comments: [{ author: 'teacher_from_Mykolaiv', date: 'Nov 16, 2025 at 9:12 pm', text: 'Same story in our city last winter. Thank you for keeping track.' }],
    about: 'damage (in English): a named lyceum, shelling, Kherson',
  },
  {
    path: '/partnerships/2025/11/ukrainian-and-polish-universities-sign-memorandum',
    title: 'Ukrainian and Polish universities sign memorandum on vocational teacher training',
    published: '2025-11-11T12:30:00+00:00',
    dateStyle: 'meta',
    dateLine: '11 November 2025',
    author: 'Marta Nowicka',
    section: 'Partnerships',
    paragraphs: [
      'Western Ukrainian Polytechnic University and the Podkarpackie University of Applied Sciences signed a memorandum of cooperation on 10 November 2025 in Rzeszów. The two institutions will jointly train teachers for vocational schools in Ukraine.',
      'Under the memorandum, Ukrainian instructors will complete internships in Polish vocational centres, and the partners will develop a shared course on welding and mechatronics.',
      'The memorandum is valid for five years, until November 2030.',
    ],
    tags: ['partnerships', 'vocational education'],
    about: 'partnership (in English): two universities, signed 10 November 2025 in Rzeszów, valid until 2030',
  },
  {
    path: '/news/2025/11/dnipro-hospital-damaged-in-overnight-strike',
    title: 'Hospital in Dnipro damaged in overnight strike',
    published: '2025-11-09T07:30:00+00:00',
    dateStyle: 'visible',
    dateLine: '9 November 2025, 07:30',
    section: 'News',
    paragraphs: [
      'A regional hospital in Dnipro was damaged overnight on 9 November when a drone struck a nearby building. Windows were blown out in the surgical wing, and two patients were moved to other hospitals.',
      'No medical staff were injured. Schools in the city switched to online classes for the day because of power cuts.',
    ],
    about: 'hard negative: damage to a hospital',
  },
  {
    path: '/reports/2025/11/unesco-out-of-school-children-report',
    title: 'UNESCO: 250 million children remain out of school worldwide',
    published: '2025-11-04T10:00:00+00:00',
    dateStyle: 'time',
    dateLine: '4 November 2025',
    section: 'Reports',
    paragraphs: [
      'The number of children and young people out of school worldwide has risen to 250 million, according to a new report by UNESCO published this week.',
      'The report calls on governments to increase education budgets and to protect schools in conflict zones, where one in four children of primary-school age does not attend classes.',
    ],
    about: 'hard negative: education news without an event',
  },
];

export const site: DemoSite = {
  id: 'demo-en-edmonitor',
  offset: 5,
  lang: 'en',
  name: T.siteName,
  build(origin) {
    const routes = new Map<string, DemoResponse>();
    const byDate = [...ARTICLES].sort((a, b) => b.published.localeCompare(a.published));
    const feedLink = `<link rel="alternate" type="application/atom+xml" title="${T.siteName}" href="/atom.xml">`;
    routes.set('/', {
      type: HTML,
      body: pageShell({ t: T, origin, path: '/', title: `${T.siteName} — ${T.tagline}`, head: feedLink, main: listingMain(T, 'Latest', byDate), popular: byDate.slice(1, 4) }),
    });
    for (const a of ARTICLES) routes.set(a.path, { type: HTML, modified: a.published, body: articlePage(T, origin, a, ARTICLES) });
    routes.set('/atom.xml', atom(origin, '/atom.xml', T.siteName, byDate));
    routes.set('/robots.txt', robots(origin));
    return routes;
  },
};
