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
