/**
 * Demo sites 7 and 8: Telegram channel previews (what https://t.me/s/<channel> serves), one channel
 * per port: an oblast education department in uk (25 posts: more than one page, so the first
 * crawl reads the newest page and `--backfill` the older one) and a teachers' news channel in ru.
 * Posts are 1-3 sentences, as on Telegram: damage to schools after attacks, memoranda, schedule
 * notices, a forwarded post, edited posts, a photo album with one caption, a document, a poll, a
 * link preview, a service message. Texts are modelled on real channel posts, not real.
 */
import { robots } from '../_feeds.js';
import { channelRoutes, type TgChannel } from '../_telegram.js';
import type { DemoResponse, DemoSite } from '../_types.js';

const E = (emoji: string, code: string) => `<i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/${code}.png')"><b>${emoji}</b></i>`;
const ALERT = E('‼️', 'E280BC');
const SCHOOL = E('🏫', 'F09F8FAB');
const PEN = E('✍️', 'E29C8D');

export const UK_CHANNEL: TgChannel = {
  username: 'zp_osvita_demo',
  title: 'Освіта Запорізької області (демо)',
  description: 'Демонстраційний канал eduwatch: дописи складено за зразком реальних каналів департаментів освіти; це не справжні повідомлення.',
  subscribers: '12.4K',
  posts: [
    { id: 1, date: '2025-10-01T07:00:00+00:00', text: 'Channel created', views: '', service: true },
    { id: 2, date: '2025-10-01T07:05:12+00:00', text: 'Вітаємо на офіційному каналі департаменту освіти і науки Запорізької обласної військової адміністрації!', views: '3.1K' },
    { id: 3, date: '2025-10-02T09:14:40+00:00', text: 'Усі заклади загальної середньої освіти міста Запоріжжя працюють у дистанційному режимі до окремого розпорядження.', views: '8.7K' },
    { id: 4, date: '2025-10-03T06:41:03+00:00', text: `${ALERT} Унаслідок нічного ракетного удару по Запоріжжю 3 жовтня 2025 року пошкоджено будівлю Запорізького ліцею № 45. Вибуховою хвилею вибито вікна, учні та працівники не постраждали.`, views: '15.2K' },
    { id: 5, date: '2025-10-03T12:20:00+00:00', text: 'Фахівці обстежують приміщення ліцею, щоб оцінити обсяг відновлювальних робіт.', views: '6.4K' },
    { id: 6, date: '2025-10-06T08:00:00+00:00', text: 'Нагадуємо: реєстрація на пробне НМТ триває до 20 жовтня.', views: '9.9K', linkPreview: { site: 'УЦОЯО', title: 'Пробне НМТ-2026', description: 'Реєстрація учасників пробного національного мультипредметного тесту.', url: 'https://testportal.gov.ua/' } },
    { id: 7, date: '2025-10-08T10:30:00+00:00', text: `${PEN} Запорізький національний університет і Запорізький політехнічний фаховий коледж підписали меморандум про співпрацю у сфері професійної освіти.`, views: '5.5K', photos: 4 },
    { id: 11, date: '2025-10-09T07:10:00+00:00', text: 'Оновлений графік освітнього процесу на ІІ чверть — у документі нижче.', views: '4.2K', document: 'Графік_освітнього_процесу_ІІ_чверть.pdf' },
    { id: 12, date: '2025-10-10T15:45:00+00:00', text: 'Яку форму навчання ви обираєте для своєї дитини у ІІ семестрі?', views: '7.1K', poll: 'Яку форму навчання ви обираєте для своєї дитини у ІІ семестрі?' },
    { id: 13, date: '2025-10-13T05:58:21+00:00', text: `${ALERT} Уночі 13 жовтня 2025 року внаслідок атаки дронів пошкоджено будівлю Запорізької гімназії № 28. Пошкоджено дах і вікна спортивної зали.`, views: '14.8K', edited: true },
    { id: 14, date: '2025-10-14T09:00:00+00:00', text: 'Педагоги області пройдуть курси з психологічної підтримки дітей під час війни.', views: '3.9K' },
    { id: 15, date: '2025-10-15T11:11:11+00:00', text: 'Міністерство освіти і науки України затвердило нові правила облаштування укриттів у закладах освіти.', views: '6.6K', forwarded: { name: 'Міністерство освіти і науки України', url: 'https://t.me/mon_gov_ua/8123' } },
    { id: 16, date: '2025-10-17T08:20:00+00:00', text: 'Вітаємо переможців обласного етапу олімпіади з інформатики!', views: '2.8K', photos: 1 },
    { id: 17, date: '2025-10-20T06:30:00+00:00', text: 'Запорізький фаховий коледж економіки та права і Запорізька обласна служба зайнятості уклали договір про співпрацю.', views: '3.3K' },
    { id: 18, date: '2025-10-22T13:00:00+00:00', text: `${SCHOOL} У Запорізькому ліцеї № 45 завершили заміну вікон.`, views: '5.0K' },
    { id: 19, date: '2025-10-24T07:40:00+00:00', text: 'Триває прийом заявок на обласний конкурс «Вчитель року — 2026».', views: '2.2K' },
    { id: 20, date: '2025-10-27T09:15:00+00:00', text: 'Увага батькам першокласників: роз’яснення щодо харчування у школах — за посиланням.', views: '4.4K' },
    { id: 21, date: '2025-10-29T06:02:00+00:00', text: `${ALERT} 29 жовтня 2025 року внаслідок обстрілу Оріхова зруйновано будівлю Оріхівського ліцею № 1. Загиблих і поранених немає.`, views: '21.3K' },
    { id: 22, date: '2025-10-30T10:00:00+00:00', text: 'Освітній процес в Оріхівській громаді триває дистанційно.', views: '7.7K', edited: true },
    { id: 23, date: '2025-11-03T08:30:00+00:00', text: 'Запорізький державний медико-фармацевтичний університет і Запорізький базовий медичний фаховий коледж підписали угоду про партнерство.', views: '3.0K' },
    { id: 24, date: '2025-11-05T07:00:00+00:00', text: 'Осінні канікули в школах області триватимуть з 3 по 9 листопада.', views: '11.0K' },
    { id: 25, date: '2025-11-06T05:47:00+00:00', text: `${ALERT} Уночі 6 листопада 2025 року внаслідок ракетного удару по Запоріжжю пошкоджено будівлю Запорізької загальноосвітньої школи № 97. Навчання переведено в дистанційний формат.`, views: '18.5K' },
    { id: 26, date: '2025-11-07T12:00:00+00:00', text: 'Дякуємо рятувальникам і комунальникам, які вже розпочали відновлення школи № 97.', views: '6.1K' },
    { id: 27, date: '2025-11-10T09:30:00+00:00', text: 'Обласний методичний центр оголошує набір на онлайн-курси для вчителів початкових класів.', views: '2.5K' },
  ],
};

export const RU_CHANNEL: TgChannel = {
  username: 'uchitel_nedelya_demo',
  title: 'Учительская неделя | Новости образования (демо)',
  description: 'Демонстрационный канал eduwatch: посты составлены по образцу реальных новостных каналов об образовании и не являются настоящими сообщениями.',
  subscribers: '4.85K',
  posts: [
    { id: 1, date: '2025-09-01T06:00:00+00:00', text: 'Channel created', views: '', service: true },
    { id: 2, date: '2025-09-01T06:30:00+00:00', text: 'С Днём знаний! Сегодня в школы региона пришли более 12 тысяч первоклассников.', views: '2.9K' },
    { id: 3, date: '2025-09-05T10:15:00+00:00', text: 'Пермский государственный университет и Пермский колледж связи подписали соглашение о сотрудничестве в подготовке IT-специалистов.', views: '1.8K' },
    { id: 4, date: '2025-09-12T08:45:00+00:00', text: 'В Перми открылась новая школа на 1100 мест.', views: '3.4K', photos: 3 },
    { id: 7, date: '2025-09-20T07:20:00+00:00', text: 'Минпросвещения утвердило новый порядок проведения ОГЭ в 2026 году.', views: '2.2K', forwarded: { name: 'Минпросвещения России', url: 'https://t.me/minpros/4567' } },
    { id: 8, date: '2025-10-02T09:00:00+00:00', text: 'Средняя общеобразовательная школа № 45 и городской центр поддержки предпринимательства заключили соглашение о профориентации школьников.', views: '1.5K', edited: true },
    { id: 9, date: '2025-10-15T11:30:00+00:00', text: 'Учителя региона могут подать заявки на грант до 30 октября.', views: '1.1K' },
  ],
};

const MODIFIED = '2025-11-10T09:30:00+00:00';

/** One channel's preview host (t.me serves every channel; the demo gives each its own port, as every demo site has). */
function channelSite(id: string, offset: number, lang: 'uk' | 'ru', ch: TgChannel): DemoSite {
  return {
    id,
    offset,
    lang,
    name: `${ch.title} (Telegram preview)`,
    build(origin) {
      const routes = new Map<string, DemoResponse>();
      routes.set('/robots.txt', robots(origin));
      routes.set('/', {
        type: 'text/html; charset=utf-8',
        body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${ch.title} – Telegram</title></head><body><p><a href="/s/${ch.username}">@${ch.username}</a></p></body></html>`,
        modified: MODIFIED,
      });
      for (const [k, v] of channelRoutes(origin, ch, MODIFIED)) routes.set(k, v);
      return routes;
    },
  };
}

export const ukSite = channelSite('demo-tg-zp-osvita', 6, 'uk', UK_CHANNEL);
export const ruSite = channelSite('demo-tg-uchitel', 7, 'ru', RU_CHANNEL);
