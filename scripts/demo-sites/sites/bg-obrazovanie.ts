/**
 * Demo site 4 (bg): «Образование днес», discovered through a paginated listing (3 pages linked by
 * `a.next`). One listing link is an old URL that redirects (301) to the article.
 */
import { articlePage, esc, listingMain, pageShell, type ChromeText } from '../_chrome.js';
import { robots } from '../_feeds.js';
import type { DemoArticle, DemoResponse, DemoSite } from '../_types.js';

const HTML = 'text/html; charset=utf-8';
const PER_PAGE = 2;
/** Old address of the last article, still linked from the listing; answers 301. */
const OLD_URL = '/novini/staro/4711';

export const T: ChromeText = {
  lang: 'bg',
  siteName: 'Образование днес',
  tagline: 'Новини за училищата и професионалното образование',
  menu: [['Новини', '/novini/'], ['Професионално образование', '/profesionalno/'], ['Висше образование', '/visshe/'], ['Регионите', '/regioni/'], ['Контакти', '/kontakti']],
  home: 'Начало',
  popular: 'Най-четени',
  related: 'Още по темата',
  comments: 'Коментари',
  commentForm: 'Вашият коментар',
  send: 'Изпрати',
  cookie: 'Този сайт използва бисквитки. Като продължите да го разглеждате, вие се съгласявате с използването им.',
  accept: 'Съгласен съм',
  share: 'Сподели',
  subscribe: 'Абонирайте се за бюлетина',
  tags: 'Етикети',
  author: 'Автор',
  footer: 'Независима медия за образованието в България. Използването на материали е разрешено с позоваване на източника.',
  usefulLinks: [['Министерство на образованието и науката', 'https://www.mon.bg/'], ['Аз-буки', 'https://azbuki.bg/']],
  rights: 'Всички права запазени.',
  demoNote: 'Демонстрационен сайт на eduwatch: текстовете са съставени по образец на истински новини за образованието и не са реални съобщения.',
  admin: 'Вход за редактори',
  next: 'Следваща',
  prev: 'Предишна',
  search: 'Търсене',
  ad: 'Реклама',
};

export const ARTICLES: DemoArticle[] = [
  {
    path: '/novini/2025/11/zapochva-zapisvaneto-za-nvo-sled-vii-klas',
    title: 'Започва записването за националното външно оценяване след VII клас',
    published: '2025-11-25T09:15:00+02:00',
    dateStyle: 'meta',
    dateLine: '25.11.2025',
    section: 'Новини',
    paragraphs: [
      'Записването на седмокласниците за националното външно оценяване ще се извършва в училищата от 1 до 20 март 2026 г. Изпитът по български език и литература ще се проведе на 17 юни, а по математика – на 19 юни 2026 г.',
      'Резултатите ще бъдат обявени до 30 юни. Учениците, които желаят да се явят и на изпит по чужд език, трябва да подадат отделно заявление.',
      'От Министерството на образованието и науката напомнят, че примерни тестове са публикувани на сайта на министерството.',
    ],
    comments: [{ author: 'Майка на седмокласник', date: 'преди 3 часа', text: 'Дано тази година резултатите излязат навреме.' }],
    about: 'hard negative: education news with dates and no event',
  },
  {
    path: '/novini/2025/11/memorandum-pgea-klaster-elektromobili',
    title: 'Професионалната гимназия по електротехника и автоматика сключи меморандум за сътрудничество с Индустриален клъстер „Електромобили“',
    published: '2025-11-19T12:00:00+02:00',
    dateStyle: 'visible',
    dateLine: '19 November, 2025',
    author: 'edu',
    section: 'Професионално образование',
    paragraphs: [
      'Разширяваме мрежата си от партньори от бизнеса: Професионалната гимназия по електротехника и автоматика – Пловдив сключи меморандум за сътрудничество в сферата на образованието с Индустриален клъстер „Електромобили“ (ИКЕМ).',
      'През последните месеци гимназията работи активно с ИКЕМ по линия на професионалното образование, а меморандумът е естествено продължение на съвместните дейности. Училището участва и в Секторния съвет за електрическа мобилност към Министерството на образованието и науката.',
      'Целта на споразумението е въвеждане на нови форми на обучение, стажове за учениците във фирмите от клъстера и съвместни проучвания на нуждите на пазара на труда в сектор „Електрическа мобилност“.',
    ],
    tags: ['меморандум', 'ИКЕМ', 'дуално обучение'],
    about: 'partnership: memorandum with a cluster and its abbreviation; the date only as an English "19 November, 2025"',
  },
  {
    path: '/novini/2025/11/pozhar-v-rabotilnitsite-na-profesionalna-gimnaziya-v-ruse',
    title: 'Пожар избухна в работилниците на професионална гимназия в Русе',
    published: '2025-11-12T18:40:00+02:00',
    dateStyle: 'time',
    dateLine: '12.11.2025',
    section: 'Регионите',
    paragraphs: [
      'Пожар избухна следобед в учебните работилници на Професионалната гимназия по транспорт – Русе. Огънят е обхванал покрива на сградата и е унищожил част от оборудването за обучение по автомобилна механика.',
      'Учениците и учителите са били евакуирани навреме, пострадали няма. По първоначални данни причината е късо съединение в електрическата инсталация.',
      'От Регионалното управление на образованието съобщиха, че учебните занятия по практика временно ще се провеждат в базата на партньорска фирма.',
    ],
    about: 'damage (not war): fire in a vocational school in Ruse',
  },
  {
    path: '/novini/2025/10/tu-gabrovo-i-pg-po-mehanotehnika-dogovor-za-partnorstvo',
    title: 'Технически университет – Габрово и ПГ по механотехника подписаха договор за партньорство',
    published: '2025-10-24T11:20:00+03:00',
    dateStyle: 'meta',
    dateLine: '24 октомври 2025 г.',
    author: 'Мария Петрова',
    section: 'Висше образование',
    paragraphs: [
      'Технически университет – Габрово и Професионалната гимназия по механотехника в града подписаха на 24 октомври 2025 г. в Габрово договор за партньорство. Документа подписаха ректорът на университета и директорът на гимназията.',
      'Договорът предвижда съвместни занимания в лабораториите на университета, участие на учениците в инженерни състезания и обучение на учители по нови технологии.',
      'Договорът е сключен за срок от три години – до октомври 2028 г.',
    ],
    tags: ['университет', 'Габрово'],
    about: 'partnership: university and gymnasium, signed 24 октомври 2025 г. in Gabrovo, valid three years',
  },
  {
    path: '/novini/2025/10/obshtinata-podpisa-dogovor-za-remont-na-12-ulitsi',
    title: 'Общината подписа договор за ремонт на 12 улици',
    published: '2025-10-07T16:30:00+03:00',
    dateStyle: 'visible',
    dateLine: '07.10.2025 г., 16:30',
    section: 'Регионите',
    paragraphs: [
      'Община Велико Търново подписа договор със строителна фирма за ремонт на дванадесет улици в централната част на града.',
      'Стойността на договора е 3,2 млн. лева, а срокът за изпълнение е осем месеца. Ремонтът ще започне през ноември.',
    ],
    about: 'hard negative: a contract with no education party',
  },
  {
    path: '/novini/2025/10/mon-i-bsk-podpisaha-sporazumenie-za-dualnoto-obuchenie',
    title: 'МОН и Българската стопанска камара подписаха споразумение за дуалното обучение',
    published: '2025-10-03T14:10:00+03:00',
    dateStyle: 'json-ld',
    dateLine: '03.10.2025',
    section: 'Професионално образование',
    paragraphs: [
      'Министерството на образованието и науката и Българската стопанска камара подписаха на 3 октомври 2025 г. в София споразумение за развитие на дуалната система на обучение.',
      'Страните ще разработят общи стандарти за обучението в реална работна среда, ще подкрепят наставниците във фирмите и ще проследяват реализацията на завършилите. В първата година в програмата ще се включат над 120 професионални гимназии.',
      'Споразумението е със срок на действие до 31 декември 2027 г.',
    ],
    about: 'partnership: ministry and employers, date and place, valid until 2027-12-31; linked from the listing by an old URL that redirects',
  },
];

const pagePath = (n: number) => (n === 1 ? '/novini/' : `/novini/?page=${n}`);

export const site: DemoSite = {
  id: 'demo-bg-obrazovanie',
  offset: 3,
  lang: 'bg',
  name: T.siteName,
  build(origin) {
    const routes = new Map<string, DemoResponse>();
    const byDate = [...ARTICLES].sort((a, b) => b.published.localeCompare(a.published));
    const pages = Math.ceil(byDate.length / PER_PAGE);
    const popular = [byDate[3], byDate[1], byDate[5], byDate[2]];
    for (let n = 1; n <= pages; n++) {
      const items = byDate.slice((n - 1) * PER_PAGE, n * PER_PAGE).map((a) => (a === byDate.at(-1) ? { ...a, path: OLD_URL } : a));
      const main = listingMain(T, `Новини – страница ${n}`, items, {
        prev: n > 1 ? pagePath(n - 1) : undefined,
        next: n < pages ? pagePath(n + 1) : undefined,
      });
      routes.set(pagePath(n), { type: HTML, body: pageShell({ t: T, origin, path: pagePath(n), title: `Новини | ${T.siteName}`, main, popular }) });
    }
    routes.set('/', {
      type: HTML,
      body: pageShell({ t: T, origin, path: '/', title: T.siteName, main: `${listingMain(T, 'Водещи новини', byDate.slice(0, 3))}<p><a href="/novini/">${esc('Всички новини')}</a></p>`, popular }),
    });
    for (const a of ARTICLES) routes.set(a.path, { type: HTML, modified: a.published, body: articlePage(T, origin, a, ARTICLES) });
    routes.set(OLD_URL, { status: 301, type: HTML, headers: { location: byDate.at(-1)!.path }, body: '' });
    routes.set('/robots.txt', robots(origin, [], ['/tarsene']));
    return routes;
  },
};
