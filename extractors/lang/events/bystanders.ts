/**
 * Named bodies with no education role of their own: news agencies and media, weather services,
 * energy and heating companies, venues (congress and exhibition centres), foreign-affairs
 * ministries. They are reported only when they are a party to an education partnership or the
 * damaged institution of an event. One pattern per language, matched against a tag's name.
 */
import type { Lang } from '../../../types.js';

export const BYSTANDER_NAMES: Record<Lang, RegExp> = {
  uk: /(?:^|[\s«"„(])(?:інформаційн\p{L}* агентств|агентств\p{L}* новин|телеканал|радіо(?!\p{L})|укрінформ(?!\p{L})|уніан(?!\p{L})|гідрометцентр|укргідрометцентр|енергетичн\p{L}* компані|енерго\p{L}*|теплоенерго|теплокомуненерго|облгаз|конгрес|виставков\p{L}* центр|експоцентр|закордонних справ|мзс(?!\p{L}))/iu,
  ru: /(?:^|[\s«"„(])(?:информационн\p{L}* агентств|агентств\p{L}* новостей|телеканал|радио(?!\p{L})|тасс(?!\p{L})|риа(?!\p{L})|интерфакс(?!\p{L})|гидрометцентр|росгидромет|энерго\p{L}*|теплосет\p{L}*|газпром межрегионгаз|конгресс|выставочн\p{L}* центр|экспоцентр|иностранных дел|мид(?!\p{L}))/iu,
  pl: /(?:^|[\s„"(])(?:polsk\p{L}* agencj\p{L}* prasow|pap(?!\p{L})|telewizj|radio(?!\p{L})|imgw(?!\p{L})|instytut\p{L}* meteorologii|energetyk\p{L}*|energa(?!\p{L})|enea(?!\p{L})|tauron(?!\p{L})|pge(?!\p{L})|ciepłownic\p{L}*|kongres\p{L}*|centrum kongresow\p{L}*|expo(?!\p{L})|targi(?!\p{L})|spraw zagranicznych|msz(?!\p{L}))/iu,
  bg: /(?:^|[\s„"(])(?:бта(?!\p{L})|бнт(?!\p{L})|бнр(?!\p{L})|българск\p{L}* телеграфн\p{L}* агенция|информационн\p{L}* агенция|телевизия|радио(?!\p{L})|нимх(?!\p{L})|хидрометеоролог\p{L}*|електроразпредел\p{L}*|енерго\p{L}*|топлофикация|конгресен център|експо(?!\p{L})|интер експо|външните работи)/iu,
  en: /(?:^|[\s"“(])(?:news agency|press agency|reuters|associated press|television|radio(?!\p{L})|weather|meteorolog\p{L}*|energy|electric\p{L}*|power company|utilit\p{L}*|congress cent\p{L}*|convention cent\p{L}*|exhibition cent\p{L}*|expo(?!\p{L})|foreign affairs|state department)/iu,
};

/**
 * Look-alikes of education institutions, in any language: a football club's academy (a company,
 * not a school; a children's and youth sports school, ДЮСШ, is an education institution and is not
 * listed), business parks, sports and culture centres, a press service speaking for an institution,
 * libraries and departments named after a discipline (units of a university), summer schools (courses).
 * Dropped even when their kind is an education kind, unless they are a party to a partnership or
 * the institution of a damage event.
 */
export const LOOKALIKE_NAMES =
  /(?:^|[\s«"„“(])(?:футбольн\p{L}* академ|футболн\p{L}* академ|akademi\p{L}* piłkarsk|piłkarsk\p{L}* akademi|football academy|soccer academy|football club|akademi\p{L}* futbol\p{L}*|\p{L}*akademi\p{L}* orłów|футбольн\p{L}* клуб|футболн\p{L}* клуб|business park|бізнес[- ]парк|бизнес[- ]парк|park\p{L}* biznesow|centr\p{L}* sportu|ośrod\p{L}* sportu|centr\p{L}* kultury|dom\p{L}* kultury|sports? cent(?:re|er)|leisure cent(?:re|er)|cultur\p{L}* cent(?:re|er)|спортивн\p{L}* комплекс|спортн\p{L}* комплекс|палац\p{L}* спорту|двор\p{L}* спорта|центр\p{L}* культур|будин\p{L}* культур|дом\p{L}* культуры|прес-служб|пресс-служб|прес-центр|пресс-центр|пресцентър|прес център|biur\p{L}* prasow|press office|press service|librar\p{L}*|бібліотек\p{L}*|библиотек\p{L}*|bibliotek\p{L}*|(?:summer|winter|spring|autumn) school|evacuation cent(?:re|er)|department of (?:[\p{L}-]+ )?(?:chemistry|physics|mathematics|biology|philology|linguistics|history|coatings|materials|engineering|informatics|computer science))/iu;
