/**
 * Demo site 5 (uk): a regional education portal whose article bodies are rendered by JavaScript
 * (the HTML holds an empty #app; /static/app.js fetches /api/novyny/<slug>.json and builds the
 * article). Needs `render: browser`. Articles are listed in /sitemap.xml (named in robots.txt).
 */
import { esc, listingMain, pageShell, type ChromeText } from '../_chrome.js';
import { robots, urlset } from '../_feeds.js';
import type { DemoArticle, DemoResponse, DemoSite } from '../_types.js';

const HTML = 'text/html; charset=utf-8';

export const T: ChromeText = {
  lang: 'uk',
  siteName: 'Освіта Запоріжжя',
  tagline: 'Інформаційний портал Департаменту освіти і науки Запорізької області',
  menu: [['Новини', '/novyny/'], ['Безпека в закладах', '/bezpeka/'], ['Профтехосвіта', '/ptu/'], ['Документи', '/dokumenty/'], ['Звернення', '/zvernennia']],
  home: 'Головна',
  popular: 'Найважливіше',
  related: 'Інші новини',
  comments: 'Коментарі',
  commentForm: 'Ваш коментар',
  send: 'Надіслати',
  cookie: 'Сайт використовує файли cookie для аналітики відвідувань.',
  accept: 'Гаразд',
  share: 'Поширити',
  subscribe: 'Підписка на новини департаменту',
  tags: 'Теги',
  author: 'Автор',
  footer: 'Офіційний портал. Під час повітряної тривоги перебувайте в укритті.',
  usefulLinks: [['МОН України', 'https://mon.gov.ua/'], ['Державна служба якості освіти', 'https://sqe.gov.ua/']],
  rights: 'Використання матеріалів — з посиланням на портал.',
  demoNote: 'Демонстраційний сайт eduwatch: тексти змодельовано на зразок реальних освітніх новин, це не справжні повідомлення.',
  admin: 'Адміністрування',
  next: 'Далі',
  prev: 'Назад',
  search: 'Пошук',
  ad: 'Оголошення',
};

export const ARTICLES: DemoArticle[] = [
  {
    path: '/novyny/raketnyi-udar-poshkodzheno-himnaziiu-zaporizhzhia',
    title: 'У ніч на 12 листопада внаслідок ракетного удару пошкоджено гімназію в Запоріжжі',
    published: '2025-11-12T10:30:00+02:00',
    dateStyle: 'time',
    dateLine: '12.11.2025 10:30',
    section: 'Безпека в закладах',
    paragraphs: [
      'У ніч на 12 листопада 2025 року російські війська завдали ракетного удару по Шевченківському району Запоріжжя. Пошкоджено будівлю Запорізької гімназії № 45 Запорізької міської ради: вибито вікна, зруйновано частину даху, пошкоджено їдальню та спортивний майданчик.',
      'Навчання в гімназії триває дистанційно, тому серед дітей і працівників постраждалих немає. На місці працюють комісія міської ради та представники департаменту.',
      'Департамент освіти і науки нагадує: під час повітряної тривоги учасники освітнього процесу мають негайно прямувати до укриття.',
    ],
    about: 'damage: a named gymnasium, missile, Zaporizhzhia, "у ніч на 12 листопада"; body rendered by JavaScript',
  },
  {
    path: '/novyny/ataka-droniv-vilniansk-sadochok-i-koledzh',
    title: 'Атака дронів на Вільнянськ: пошкоджено дитячий садок і корпус фахового коледжу',
    published: '2025-11-03T09:05:00+02:00',
    dateStyle: 'time',
    dateLine: '03.11.2025 09:05',
    section: 'Безпека в закладах',
    paragraphs: [
      'У ніч на 3 листопада 2025 року ворожі ударні безпілотники атакували Вільнянськ Запорізького району Запорізької області. Пошкоджено заклад дошкільної освіти «Сонечко» та навчальний корпус Вільнянського фахового коледжу.',
      'У садочку вибито вікна та двері, посічено фасад; у коледжі пошкоджено покрівлю й дві лабораторії. Людей у будівлях не було.',
      'Відновлювальні роботи розпочнуться одразу після обстеження будівель фахівцями.',
    ],
    about: 'damage: two institutions (kindergarten, college), drone, settlement + oblast',
  },
  {
    path: '/novyny/memorandum-tsentr-proftekhosvity-i-tsentr-zainiatosti',
    title: 'Обласний центр професійно-технічної освіти і центр зайнятості підписали меморандум',
    published: '2025-11-07T13:00:00+02:00',
    dateStyle: 'time',
    dateLine: '07.11.2025 13:00',
    section: 'Профтехосвіта',
    paragraphs: [
      '7 листопада 2025 року в Запоріжжі Запорізький обласний центр професійно-технічної освіти та Запорізький обласний центр зайнятості підписали меморандум про співпрацю.',
      'Сторони спільно готуватимуть короткострокові програми перекваліфікації для внутрішньо переміщених осіб і ветеранів, а центр зайнятості інформуватиме шукачів роботи про можливості навчання в закладах профтехосвіти області.',
      'Меморандум діє до 31 грудня 2026 року.',
    ],
    about: 'partnership: signed, date and place, valid until 2026-12-31; body rendered by JavaScript',
  },
  {
    path: '/novyny/dosvid-susidiv-kremenchutskyi-koledzh-memorandum',
    title: 'Кременчуцький коледж і «Полтавамаш-Агрегат» уклали меморандум: досвід для Запоріжжя',
    published: '2025-11-17T09:00:00+02:00',
    dateStyle: 'time',
    dateLine: '17.11.2025 09:00',
    section: 'Профтехосвіта',
    paragraphs: [
      'Досвід сусідів: 14 листопада 2025 року в Кременчуці Кременчуцький фаховий коледж технологій та дизайну і ТОВ «Полтавамаш-Агрегат» підписали меморандум про співпрацю у сфері професійної освіти.',
      'Департамент пропонує закладам профтехосвіти Запорізької області переглянути цей досвід дуальної освіти та звернутися до роботодавців свого регіону.',
    ],
    about: 'partnership: the memorandum demo-ua-osvita reported three days earlier: one agreement reported twice, by a news site and an official one',
  },
  {
    path: '/novyny/zymovi-kanikuly-2025-2026',
    title: 'Зимові канікули в закладах загальної середньої освіти області триватимуть два тижні',
    published: '2025-11-21T15:45:00+02:00',
    dateStyle: 'time',
    dateLine: '21.11.2025 15:45',
    section: 'Новини',
    paragraphs: [
      'Департамент освіти і науки рекомендує закладам загальної середньої освіти області провести зимові канікули з 29 грудня 2025 року до 11 січня 2026 року.',
      'Остаточні терміни канікул визначають педагогічні ради закладів з урахуванням безпекової ситуації та графіків енергопостачання.',
    ],
    about: 'hard negative: education news with dates and no event',
  },
  {
    path: '/novyny/poshkodzheno-312-zakladiv-osvity-oblasti',
    title: 'Від початку повномасштабного вторгнення в області пошкоджено 312 закладів освіти',
    published: '2025-10-20T11:00:00+03:00',
    dateStyle: 'time',
    dateLine: '20.10.2025 11:00',
    section: 'Безпека в закладах',
    paragraphs: [
      'Від 24 лютого 2022 року внаслідок обстрілів у Запорізькій області пошкоджено 312 закладів освіти, 27 із них зруйновано повністю. Найбільше постраждали школи та дитячі садки прифронтових громад.',
      'За рахунок державного бюджету та міжнародних донорів уже відновлено 94 заклади. Ще 40 закладів облаштовують укриттями, щоб діти могли повернутися до очного навчання.',
    ],
    about: 'damage statistic: counts, not a single incident',
  },
];

const slugOf = (a: DemoArticle) => a.path.split('/').pop()!;

const APP_JS = `(function () {
  var root = document.getElementById('app');
  if (!root) return;
  var slug = root.getAttribute('data-slug');
  fetch('/api/novyny/' + slug + '.json')
    .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
    .then(function (a) {
      document.title = a.title + ' | ' + a.site;
      var art = document.createElement('article');
      art.className = 'news-item';
      var h = document.createElement('h1'); h.textContent = a.title; art.appendChild(h);
      var t = document.createElement('time'); t.setAttribute('datetime', a.published); t.textContent = a.dateLine; art.appendChild(t);
      a.paragraphs.forEach(function (p) { var e = document.createElement('p'); e.textContent = p; art.appendChild(e); });
      root.innerHTML = '';
      root.appendChild(art);
      root.setAttribute('data-ready', '1');
    })
    .catch(function (e) { root.textContent = 'Не вдалося завантажити новину (' + e.message + ').'; });
})();
`;

export const site: DemoSite = {
  id: 'demo-ua-oblosvita',
  offset: 4,
  lang: 'uk',
  name: T.siteName,
  build(origin) {
    const routes = new Map<string, DemoResponse>();
    const byDate = [...ARTICLES].sort((a, b) => b.published.localeCompare(a.published));
    const popular = byDate.slice(0, 4);
    routes.set('/', { type: HTML, body: pageShell({ t: T, origin, path: '/', title: T.siteName, main: listingMain(T, 'Новини департаменту', byDate), popular }) });
    for (const a of ARTICLES) {
      const main = `<div id="app" data-slug="${slugOf(a)}"><p class="loading">Завантаження…</p><noscript>${esc('Щоб прочитати новину, увімкніть JavaScript.')}</noscript></div>`;
      routes.set(a.path, {
        type: HTML,
        modified: a.published,
        body: pageShell({ t: T, origin, path: a.path, title: T.siteName, breadcrumbs: [[T.home, '/'], [a.section, null]], main, popular, scripts: '<script src="/static/app.js"></script>' }),
      });
      routes.set(`/api/novyny/${slugOf(a)}.json`, {
        type: 'application/json; charset=utf-8',
        modified: a.published,
        body: JSON.stringify({ site: T.siteName, title: a.title, published: a.published, dateLine: a.dateLine, paragraphs: a.paragraphs }),
      });
    }
    routes.set('/static/app.js', { type: 'text/javascript; charset=utf-8', body: APP_JS });
    routes.set('/sitemap.xml', urlset(origin, byDate));
    routes.set('/robots.txt', robots(origin, ['/sitemap.xml']));
    return routes;
  },
};
