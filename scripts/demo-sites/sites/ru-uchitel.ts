/**
 * Demo site 2 (ru): «Учительская неделя», an old-style regional site served in windows-1251,
 * declared ONLY in <meta charset> (the Content-Type header names no charset). Articles are found
 * from a listing page by URL pattern. Dates: a visible "30 августа, 09:50" whose year is only in
 * the line above it, JSON-LD, meta, <time>, and "12.09.2025 11:05".
 */
import iconv from 'iconv-lite';
import { articlePage, listingMain, pageShell, type ChromeText } from '../_chrome.js';
import { robots } from '../_feeds.js';
import type { DemoArticle, DemoResponse, DemoSite } from '../_types.js';

const CHARSET = 'windows-1251';
/** No charset in the header: browsers (and eduwatch) must find it in <meta>. */
const HTML_NO_CHARSET = 'text/html';

export const T: ChromeText = {
  lang: 'ru',
  siteName: 'Учительская неделя',
  tagline: 'Региональная газета об образовании',
  menu: [['Новости', '/novosti/'], ['Колледжи', '/kolledzhi/'], ['Школа', '/shkola/'], ['Вузы', '/vuzy/'], ['Редакция', '/redakciya']],
  home: 'Главная',
  popular: 'Самое читаемое',
  related: 'Другие новости по теме',
  comments: 'Комментарии',
  commentForm: 'Оставьте комментарий',
  send: 'Отправить',
  cookie: 'Сайт использует файлы cookie. Оставаясь на сайте, вы соглашаетесь с условиями их использования.',
  accept: 'Понятно',
  share: 'Поделиться',
  subscribe: 'Рассылка новостей',
  tags: 'Метки',
  author: 'Автор',
  footer: 'Сетевое издание о школах, колледжах и вузах региона. При перепечатке ссылка на источник обязательна.',
  usefulLinks: [['Минпросвещения России', 'https://edu.gov.ru/'], ['Учительская газета', 'https://ug.ru/']],
  rights: 'Все права защищены.',
  demoNote: 'Демонстрационный сайт eduwatch: тексты составлены по образцу реальных новостей об образовании и не являются настоящими сообщениями.',
  admin: 'Вход для редакции',
  next: 'Дальше',
  prev: 'Назад',
  search: 'Поиск по сайту',
  ad: 'Реклама',
};

export const ARTICLES: DemoArticle[] = [
  {
    path: '/news/10452-centr-podderzhki-predprinimatelstva-i-vechernyaya-shkola.html',
    title: 'Центр поддержки предпринимательства и вечерняя школа № 7 подписали соглашение о сотрудничестве',
    published: '2025-08-30T09:50:00+05:00',
    dateStyle: 'visible',
    dateLine: '30 августа, 09:50',
    context: 'Новости Перми за 30.08.2025',
    section: 'Школа',
    paragraphs: [
      'Двустороннее соглашение о сотрудничестве подписали МКУ «Центр поддержки предпринимательства» и МАОУ «Вечерняя (сменная) школа № 7» города Перми. Документ откроет учащимся новые возможности: от допрофессиональной подготовки до создания ученических предприятий.',
      'Для школы такое партнёрство особенно важно: здесь получают аттестат об основном общем и среднем образовании люди любого возраста, а старшеклассники проходят предпрофессиональную подготовку по направлениям «швейное производство», «робототехника», «электромонтажные работы» и «реклама».',
      'Соглашение предусматривает совместные программы по основам предпринимательства, консультации для выпускников, которые хотят открыть своё дело, и участие школьников в городских бизнес-форумах. По словам директора центра Анны Пестовой, первые занятия для старшеклассников пройдут уже в октябре.',
    ],
    comments: [{ author: 'Светлана', date: '30.08.2025 12:14', text: 'Хорошее дело, у меня сын там учится.' }],
    about: 'partnership: signed, two parties in quotes, date only as "30 августа, 09:50" (year from the line above)',
  },
  {
    path: '/news/10511-uralskiy-politehnicheskiy-kolledzh-dogovor-o-celevom-obuchenii.html',
    title: 'Уральский политехнический колледж и машиностроительный завод заключили договор о целевом обучении',
    published: '2025-09-12T16:30:00+05:00',
    dateStyle: 'json-ld',
    dateLine: '12.09.2025',
    author: 'Ирина Соколова',
    section: 'Колледжи',
    lead: 'Студенты получат оплачиваемую практику и гарантированное трудоустройство.',
    paragraphs: [
      '12 сентября 2025 года в Екатеринбурге ГАПОУ СО «Уральский политехнический колледж» и АО «Уралхиммаш-Сервис» подписали договор о сотрудничестве в подготовке квалифицированных рабочих кадров. Подписи под документом поставили директор колледжа Сергей Лаптев и генеральный директор предприятия Михаил Зуев.',
      'По договору завод ежегодно будет принимать на производственную практику до сорока студентов специальностей «Сварочное производство» и «Технология машиностроения», а лучшие выпускники получат предложения о работе. Предприятие также передаст колледжу два токарных станка с числовым программным управлением.',
      'Договор заключён на пять лет и действует до 31 августа 2030 года.',
    ],
    tags: ['колледжи', 'целевое обучение', 'Свердловская область'],
    comments: [
      { author: 'Мастер п/о', date: '13 сентября 2025 в 08:21', text: 'Станки — это отлично, наши ещё советские.' },
      { author: 'Гость', date: '13.09.2025', text: 'А набор на целевое уже открыт?' },
    ],
    about: 'partnership: signed, date and place in the text, valid until 2030-08-31',
  },
  {
    path: '/news/10588-universitet-i-multicentr-gotovyat-soglashenie-o-partnerstve.html',
    title: 'Политехнический университет и мультицентр социальной и трудовой интеграции готовят соглашение о стратегическом партнёрстве',
    published: '2025-10-03T11:00:00+03:00',
    dateStyle: 'meta',
    dateLine: '3 октября 2025',
    section: 'Вузы',
    paragraphs: [
      'Северо-Западный политехнический университет посетила группа слушателей ГАУ «Мультицентр профессиональной реабилитации» Ленинградской области, которые осваивают новые профессии. Визит организовала дирекция дополнительного образования университета.',
      'Гости побывали в лабораториях и учебно-производственных мастерских, обсудили запуск адаптированных образовательных программ и систему наставничества.',
      'Визит стал частью подготовки к заключению соглашения о стратегическом партнёрстве между университетом и мультицентром. Документ разработан и согласован сторонами и будет подписан в ближайшее время. Соглашение станет основой для совместной работы в сфере непрерывного образования.',
    ],
    about: 'partnership: planned, not yet signed',
  },
  {
    path: '/news/10507-kombinat-i-transportnaya-kompaniya-podpisali-soglashenie.html',
    title: 'Металлургический комбинат и транспортная компания подписали соглашение о перевозках',
    published: '2025-09-12T11:05:00+05:00',
    dateStyle: 'visible',
    dateLine: '12.09.2025 11:05',
    section: 'Экономика',
    paragraphs: [
      'Металлургический комбинат «Тагилсталь-Профиль» и транспортная компания «УралТрансЛогистик» подписали долгосрочное соглашение о перевозке готовой продукции железнодорожным и автомобильным транспортом.',
      'Соглашение заключено на три года. Компания выделит под перевозки комбината не менее двухсот вагонов ежемесячно и откроет новый логистический терминал в Нижнем Тагиле.',
      'По словам представителей сторон, партнёрство позволит сократить сроки доставки металлопроката потребителям на треть.',
    ],
    about: 'hard negative: an agreement with no education party',
  },
  {
    path: '/news/10620-priyom-zayavleniy-v-pervyy-klass-nachnyotsya-1-aprelya.html',
    title: 'Приём заявлений в первый класс начнётся 1 апреля',
    published: '2025-11-18T10:00:00+03:00',
    dateStyle: 'time',
    dateLine: '18 ноября 2025',
    author: 'Ольга Миронова',
    section: 'Школа',
    paragraphs: [
      'Приём заявлений о зачислении в первый класс на 2026/2027 учебный год начнётся 1 апреля 2026 года. Родители смогут подать документы через портал государственных услуг или лично в школе.',
      'Для детей, проживающих на закреплённой территории, приём продлится до 30 июня. С 6 июля школы начнут принимать заявления от остальных родителей при наличии свободных мест.',
      'В департаменте образования напомнили, что в первый класс принимают детей, которым к 1 сентября исполнилось шесть лет и шесть месяцев.',
    ],
    about: 'hard negative: education news with dates and no event',
  },
];

/** Encode to windows-1251, refusing text the charset cannot hold (it would silently become "?"). */
function encode(html: string): Uint8Array {
  const bytes = iconv.encode(html, CHARSET);
  if (iconv.decode(bytes, CHARSET) !== html) throw new Error(`demo-ru-uchitel: a page holds characters windows-1251 cannot encode`);
  return bytes;
}

export const site: DemoSite = {
  id: 'demo-ru-uchitel',
  offset: 1,
  lang: 'ru',
  name: T.siteName,
  build(origin) {
    const routes = new Map<string, DemoResponse>();
    const byDate = [...ARTICLES].sort((a, b) => b.published.localeCompare(a.published));
    const page = (path: string, title: string, heading: string, items: DemoArticle[]) =>
      encode(pageShell({ t: T, origin, path, title, charset: CHARSET, main: listingMain(T, heading, items), popular: byDate.slice(1, 5) }));
    routes.set('/', { type: HTML_NO_CHARSET, body: page('/', `${T.siteName} — ${T.tagline}`, 'Главное за неделю', byDate.slice(0, 3)) });
    routes.set('/novosti/', { type: HTML_NO_CHARSET, body: page('/novosti/', `Новости | ${T.siteName}`, 'Все новости', byDate) });
    for (const a of ARTICLES) {
      routes.set(a.path, { type: HTML_NO_CHARSET, modified: a.published, body: encode(articlePage(T, origin, a, ARTICLES, a.path, CHARSET)) });
    }
    routes.set('/robots.txt', robots(origin, [], ['/print/']));
    return routes;
  },
};
