/**
 * Demo site 3 (pl): «Edukacja Dziś», discovered through a sitemap index (named in robots.txt)
 * pointing to a plain sitemap and a Google News sitemap.
 */
import { articlePage, listingMain, pageShell, type ChromeText } from '../_chrome.js';
import { newsSitemap, robots, sitemapIndex, urlset } from '../_feeds.js';
import type { DemoArticle, DemoResponse, DemoSite } from '../_types.js';

const HTML = 'text/html; charset=utf-8';

export const T: ChromeText = {
  lang: 'pl',
  siteName: 'Edukacja Dziś',
  tagline: 'Serwis o szkołach, kształceniu zawodowym i kwalifikacjach',
  menu: [['Aktualności', '/aktualnosci/'], ['Szkolnictwo zawodowe', '/zawodowe/'], ['Kwalifikacje', '/kwalifikacje/'], ['Samorządy', '/samorzady/'], ['Kontakt', '/kontakt']],
  home: 'Strona główna',
  popular: 'Najczęściej czytane',
  related: 'Zobacz także',
  comments: 'Komentarze',
  commentForm: 'Dodaj komentarz',
  send: 'Wyślij',
  cookie: 'Ta strona używa plików cookies. Korzystając z niej, wyrażasz zgodę na ich użycie zgodnie z ustawieniami przeglądarki.',
  accept: 'Akceptuję',
  share: 'Udostępnij',
  subscribe: 'Zapisz się do newslettera',
  tags: 'Tagi',
  author: 'Autor',
  footer: 'Niezależny serwis informacyjny o edukacji. Przedruk tylko za zgodą redakcji.',
  usefulLinks: [['Ministerstwo Edukacji Narodowej', 'https://www.gov.pl/web/edukacja'], ['Zintegrowany System Kwalifikacji', 'https://kwalifikacje.gov.pl/']],
  rights: 'Wszelkie prawa zastrzeżone.',
  demoNote: 'Strona demonstracyjna eduwatch: teksty wzorowane na prawdziwych wiadomościach edukacyjnych, nie są to rzeczywiste doniesienia.',
  admin: 'Panel redakcji',
  next: 'Następna',
  prev: 'Poprzednia',
  search: 'Szukaj',
  ad: 'Reklama',
};

export const ARTICLES: DemoArticle[] = [
  {
    path: '/aktualnosci/podkarpackie-partnerstwo-na-rzecz-uczenia-sie-przez-cale-zycie',
    title: 'Podkarpackie partnerstwo na rzecz uczenia się przez całe życie podpisane',
    published: '2025-12-15T10:00:00+01:00',
    dateStyle: 'visible',
    dateLine: '15 grudnia 2025',
    section: 'Kwalifikacje',
    paragraphs: [
      'Upowszechnianie Zintegrowanego Systemu Kwalifikacji i idei uczenia się przez całe życie w województwie podkarpackim to główny cel partnerstwa podpisanego 8 grudnia 2025 r. w Rzeszowie. Porozumienie zawarły Instytut Badań Edukacyjnych, Kuratorium Oświaty w Rzeszowie oraz Podkarpackie Centrum Mediacji.',
      'Podpisy pod umową partnerską złożyli: w imieniu Instytutu Badań Edukacyjnych – Anna Wiśniewska, Podkarpacka Kurator Oświaty – Barbara Nowak oraz prezes Podkarpackiego Centrum Mediacji – Tomasz Zieliński.',
      'Partnerzy zamierzają wspólnie organizować konferencje i seminaria, wspierać opisywanie nowych kwalifikacji rynkowych, zwiększać liczbę instytucji certyfikujących w regionie i prowadzić badania zapotrzebowania na kwalifikacje.',
      'Porozumienie obowiązuje do 30 czerwca 2027 roku.',
    ],
    tags: ['ZSK', 'Podkarpacie', 'partnerstwo'],
    comments: [{ author: 'nauczycielka_ZS2', date: '16.12.2025, 07:48', text: 'Czy szkoły zawodowe też mogą dołączyć do partnerstwa?' }],
    about: 'partnership: three named parties, signed 8 grudnia 2025 r. in Rzeszów, valid until 2027-06-30; visible date only',
  },
  {
    path: '/zawodowe/technikum-w-mielcu-umowa-patronacka-z-producentem-czesci-lotniczych',
    title: 'Technikum w Mielcu podpisało umowę patronacką z producentem części lotniczych',
    published: '2025-10-21T13:45:00+02:00',
    dateStyle: 'json-ld',
    dateLine: '21.10.2025, 13:45',
    author: 'Katarzyna Lis',
    section: 'Szkolnictwo zawodowe',
    lead: 'Uczniowie klas mechatronicznych i lotniczych odbędą płatne praktyki u pracodawcy.',
    paragraphs: [
      'Zespół Szkół Technicznych w Mielcu i spółka AeroKomponent Polska podpisały 20 października 2025 r. umowę patronacką. Firma obejmie patronatem klasy kształcące w zawodach technik mechatronik i technik lotniczy.',
      'Umowa przewiduje płatne praktyki zawodowe, staże dla nauczycieli przedmiotów zawodowych oraz wyposażenie pracowni obrabiarek sterowanych numerycznie. Najlepsi uczniowie otrzymają stypendia fundowane przez pracodawcę.',
      'Umowę zawarto na czas nieokreślony. Dyrektor szkoły Marek Kowalczyk podkreślił, że to już piąty pracodawca, który współpracuje z technikum.',
    ],
    tags: ['technikum', 'patronat', 'Mielec'],
    about: 'partnership: a technikum and a company, signed 20 października 2025 r.',
  },
  {
    path: '/aktualnosci/nowa-podstawa-programowa-od-wrzesnia-2026',
    title: 'Nowa podstawa programowa od września 2026 r. Co się zmieni w szkołach?',
    published: '2025-11-05T09:00:00+01:00',
    dateStyle: 'meta',
    dateLine: '5 listopada 2025',
    author: 'Piotr Mazur',
    section: 'Aktualności',
    paragraphs: [
      'Od 1 września 2026 r. w szkołach podstawowych i ponadpodstawowych zacznie obowiązywać nowa podstawa programowa. Zmiany obejmą przede wszystkim język polski, historię i przedmioty przyrodnicze.',
      'Ministerstwo zapowiada ograniczenie liczby lektur obowiązkowych i więcej godzin na projekty edukacyjne. Konsultacje społeczne projektu potrwają do 15 stycznia 2026 r.',
      'Nauczyciele będą mogli skorzystać z bezpłatnych szkoleń organizowanych przez ośrodki doskonalenia nauczycieli.',
    ],
    comments: [{ author: 'Rodzic', date: '2 dni temu', text: 'Znowu zmiany, a podręczniki dopiero kupione.' }],
    about: 'hard negative: education policy news with dates and no event',
  },
  {
    path: '/aktualnosci/szkola-w-obwodzie-charkowskim-zniszczona-gmina-partnerska-zbiera-pieniadze',
    title: 'Szkoła w obwodzie charkowskim zniszczona w ataku rakietowym. Gmina partnerska zbiera pieniądze na odbudowę',
    published: '2025-11-03T16:20:00+01:00',
    dateStyle: 'time',
    dateLine: '3 listopada 2025',
    section: 'Samorządy',
    paragraphs: [
      'W nocy z 31 października na 1 listopada 2025 r. rosyjska rakieta trafiła w budynek gimnazjum w Bohoduchowie w obwodzie charkowskim. Według władz obwodu budynek szkoły został niemal całkowicie zniszczony; nikt nie zginął, ponieważ zajęcia odbywały się zdalnie.',
      'Gmina Kamienna Wola, która od kilku lat współpracuje z Bohoduchowem, ogłosiła zbiórkę na odbudowę szkoły. Pieniądze zostaną przeznaczone na zakup wyposażenia do tymczasowych sal lekcyjnych.',
      'Wójt gminy przypomniał, że w 2023 r. mieszkańcy przekazali partnerskiemu miastu generatory prądu i laptopy dla uczniów.',
    ],
    tags: ['Ukraina', 'pomoc'],
    about: 'damage (in Polish): a school destroyed by a missile, Kharkiv oblast, "w nocy z 31 października na 1 listopada"',
  },
  {
    path: '/samorzady/szpital-powiatowy-i-gmina-porozumienie-w-sprawie-karetki',
    title: 'Szpital powiatowy i gmina podpisały porozumienie w sprawie zakupu karetki',
    published: '2025-10-21T08:30:00+02:00',
    dateStyle: 'visible',
    dateLine: '21.10.2025',
    section: 'Samorządy',
    paragraphs: [
      'Szpital Powiatowy w Dębicy i gmina Pilzno podpisały porozumienie o współfinansowaniu zakupu nowej karetki dla zespołu ratownictwa medycznego.',
      'Gmina przekaże na ten cel 250 tys. zł, resztę kosztów pokryje szpital ze środków własnych. Karetka ma trafić do stacji w Pilźnie jeszcze przed końcem roku.',
    ],
    about: 'hard negative: an agreement between a hospital and a municipality, no education party',
  },
];

export const site: DemoSite = {
  id: 'demo-pl-edukacja',
  offset: 2,
  lang: 'pl',
  name: T.siteName,
  build(origin) {
    const routes = new Map<string, DemoResponse>();
    const byDate = [...ARTICLES].sort((a, b) => b.published.localeCompare(a.published));
    routes.set('/', {
      type: HTML,
      body: pageShell({ t: T, origin, path: '/', title: `${T.siteName} – ${T.tagline}`, main: listingMain(T, 'Najnowsze', byDate), popular: byDate.slice(1, 5) }),
    });
    for (const a of ARTICLES) routes.set(a.path, { type: HTML, modified: a.published, body: articlePage(T, origin, a, ARTICLES) });
    routes.set('/sitemap_index.xml', sitemapIndex(origin, [
      { path: '/sitemap-posts.xml', lastmod: byDate[0].published },
      { path: '/sitemap-news.xml', lastmod: byDate[0].published },
    ]));
    routes.set('/sitemap-posts.xml', urlset(origin, byDate, ['/']));
    routes.set('/sitemap-news.xml', newsSitemap(origin, T.siteName, 'pl', byDate.slice(0, 2)));
    routes.set('/robots.txt', robots(origin, ['/sitemap_index.xml'], ['/szukaj']));
    return routes;
  },
};
