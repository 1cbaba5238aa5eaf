/**
 * Polish institution vocabulary. Polish names capitalise every word but connectors (Ministerstwo
 * Edukacji i Nauki, Szkoła Podstawowa nr 12 im. Jana Pawła II w Krakowie); heads are listed with
 * their case forms, including alternations (uniwersytecie, ośrodku, klastrze).
 */
import { head, type InstitutionTable, type Paradigm } from '../../_institution-types.js';

/** uniwersytet, instytut, departament (locative given per head: -ecie / -ucie). */
const M: Paradigm = { nom: '', sg: ['u', 'owi', 'em'], pl: ['y', 'ów', 'om', 'ami', 'ach'] };
/** liceum, technikum, centrum, kuratorium: singular indeclinable. */
const N_UM: Paradigm = { nom: 'um', sg: [], pl: ['a', 'ów', 'om', 'ami', 'ach'] };
/** akademia, agencja, fundacja: akademii, akademię, akademią; plural akademie. */
const F_IA: Paradigm = { nom: 'a', sg: ['i', 'ę', 'ą'], pl: ['e', 'i', 'om', 'ami', 'ach'] };
/** ministerstwo. */
const N_O: Paradigm = { nom: 'o', sg: ['a', 'u', 'em', 'ie'], pl: ['a', 'om', 'ami', 'ach'] };
/** przedszkole, stowarzyszenie. */
const N_E: Paradigm = { nom: 'e', sg: ['a', 'u', 'em'], pl: ['a', 'i', 'om', 'ami', 'ach'] };

export const PL_INSTITUTIONS: InstitutionTable = {
  lang: 'pl',
  script: 'latin',
  quotes: ['„', '”'],
  heads: [
    head('uniwersytet', 'university', 'm', M, { sg: ['uniwersytecie'] }),
    head('instytut', 'institute', 'm', M, { sg: ['instytucie'] }),
    head('akademia', 'academy', 'f', F_IA),
    head('politechnika', 'university', 'f', { nom: 'a', sg: ['i', 'ę', 'ą'], pl: ['i', 'om', 'ami', 'ach'] }, { sg: ['politechnice'], pl: ['politechnik'] }),
    head('uczelnia', 'university', 'f', { nom: 'ia', sg: ['i', 'ię', 'ią'], pl: ['ie', 'i', 'iom', 'iami', 'iach'] }, { refKinds: ['university', 'academy', 'institute', 'college'] }),
    head('kolegium', 'college', 'n', N_UM),
    head('szkoła', 'school', 'f', { nom: 'a', sg: ['y', 'ę', 'ą'], pl: ['y', 'om', 'ami', 'ach'] }, { sg: ['szkole'], pl: ['szkół'] }),
    head('liceum', 'lyceum', 'n', N_UM),
    head('technikum', 'technikum', 'n', { nom: 'um', sg: [], pl: ['a', 'ów', 'om', 'ami', 'ach'] }),
    head('gimnazjum', 'gymnasium', 'n', N_UM),
    head('przedszkole', 'kindergarten', 'n', N_E),
    head('żłobek', 'kindergarten', 'm', { nom: 'ek', sg: ['ka', 'kowi', 'kiem', 'ku'], pl: ['ki', 'ków', 'kom', 'kami', 'kach'] }),
    head('zespół', 'school', 'm', { nom: 'ół', sg: ['ołu', 'ołowi', 'ołem', 'ole'], pl: ['oły', 'ołów', 'ołom', 'ołami', 'ołach'] }, { needRight: ['szk'] }),
    head('centrum', 'centre', 'n', N_UM, { backref: 'capital' }),
    head('ośrodek', 'centre', 'm', { nom: 'ek', sg: ['ka', 'kowi', 'kiem', 'ku'], pl: ['ki', 'ków', 'kom', 'kami', 'kach'] }, { backref: 'capital' }),
    head('ministerstwo', 'ministry', 'n', N_O, { pl: ['ministerstw'] }),
    head('kuratorium', 'education-authority', 'n', N_UM),
    // The chancellery of the head of state or government: "Kancelaria Prezydenta", "Kancelarii Premiera".
    head('kancelaria', 'authority', 'f', F_IA, { backref: 'none', needRight: ['prezydent', 'premier'] }),
    // The office of a voivodeship's education superintendent, named as a body: "opinię pomorskiego Kuratora Oświaty".
    head('kurator', 'education-authority', 'm', { nom: '', sg: ['a', 'owi', 'em', 'ze'], pl: [] }, { backref: 'none', needRight: ['oświat'], holderTitle: true }),
    head('departament', 'education-authority', 'm', M, { sg: ['departamencie'] }),
    head('urząd', 'authority', 'm', { nom: 'ąd', sg: ['ędu', 'ędowi', 'ędem', 'ędzie'], pl: ['ędy', 'ędów', 'ędom', 'ędami', 'ędach'] }, { backref: 'capital' }),
    head('agencja', 'agency', 'f', F_IA),
    head('komisja', 'agency', 'f', F_IA, { backref: 'capital' }),
    head('klaster', 'cluster', 'm', { nom: 'er', sg: ['ra', 'rowi', 'rem', 'rze'], pl: ['ry', 'rów', 'rom', 'rami', 'rach'] }),
    head('rada', 'council', 'f', { nom: 'a', sg: ['y', 'ę', 'ą'], pl: ['y', 'om', 'ami', 'ach'] }, { backref: 'capital', namedLower: true, sg: ['radzie'], pl: ['rad'] }),
    head('fundacja', 'ngo', 'f', F_IA, { backref: 'capital' }),
    head('stowarzyszenie', 'ngo', 'n', N_E, { backref: 'capital' }),
    head('izba', 'ngo', 'f', { nom: 'a', sg: ['y', 'ę', 'ą'], pl: ['y', 'om', 'ami', 'ach'] }, { backref: 'capital', sg: ['izbie'], pl: ['izb'] }),
    head('administracja', 'authority', 'f', F_IA, { backref: 'capital', properComplement: true }),
    head('starostwo', 'municipality', 'n', N_O, { backref: 'capital', office: true, pl: ['starostw'] }),
    head('powiat', 'municipality', 'm', M, { backref: 'none', sg: ['powiecie'], namedLower: true }),
    head('stacja', 'agency', 'f', F_IA, { backref: 'capital', sg: ['stacji'] }),
    head('gmina', 'municipality', 'f', { nom: 'a', sg: ['y', 'ie', 'ę', 'ą'], pl: ['y', 'om', 'ami', 'ach'] }, { backref: 'capital', namedLower: true, pl: ['gmin'] }),
    head('związek', 'ngo', 'm', { nom: 'ek', sg: ['ku', 'kowi', 'kiem'], pl: ['ki', 'ków', 'kom', 'kami', 'kach'] }, { backref: 'capital' }),
    head('konferencja', 'other', 'f', F_IA, { backref: 'none' }),
    head('biblioteka', 'other', 'f', { nom: 'a', sg: ['i', 'ę', 'ą'], pl: ['i', 'om', 'ami', 'ach'] }, { backref: 'capital', sg: ['bibliotece'], pl: ['bibliotek'] }),
    head('spółka', 'company', 'f', { nom: 'ka', sg: ['ki', 'ce', 'kę', 'ką'], pl: ['ki', 'ek', 'kom', 'kami', 'kach'] }, { generic: true }),
    // Enterprises named by what they are: the patrons of technikums and vocational schools.
    head('zakład', 'company', 'm', M, { backref: 'none', sg: ['zakładzie'] }),
    head('zakłady', 'company', 'm', { nom: 'y', sg: ['ów', 'om', 'ami', 'ach'], pl: [] }, { backref: 'none' }),
    head('odlewnia', 'company', 'f', F_IA, { backref: 'none', sg: ['odlewni'] }),
    head('fabryka', 'company', 'f', { nom: 'a', sg: ['i', 'ę', 'ą'], pl: ['i', 'om', 'ami', 'ach'] }, { backref: 'none', sg: ['fabryce'], pl: ['fabryk'] }),
    head('huta', 'company', 'f', { nom: 'a', sg: ['y', 'ę', 'ą'], pl: ['y', 'om', 'ami', 'ach'] }, { backref: 'none', sg: ['hucie'], pl: ['hut'] }),
    head('kopalnia', 'company', 'f', F_IA, { backref: 'none', sg: ['kopalni'] }),
    head('przedsiębiorstwo', 'company', 'n', N_O, { backref: 'none', pl: ['przedsiębiorstw'] }),
    head('grupa', 'company', 'f', { nom: 'a', sg: ['y', 'ę', 'ą'], pl: ['y', 'om', 'ami', 'ach'] }, { backref: 'none', sg: ['grupie'], pl: ['grup'] }),
    // Departments only as education bodies: Wydział Edukacji, Wydział Oświaty (not a faculty).
    head('wydział', 'education-authority', 'm', { nom: 'ł', sg: ['łu', 'łowi', 'łem', 'le'], pl: ['ły', 'łów'] }, { backref: 'none', needRight: ['eduk', 'oświat'] }),
    head('kancelaria', 'authority', 'f', F_IA, { backref: 'none', sg: ['kancelarii'] }),
    head('firma', 'company', 'f', { nom: 'a', sg: ['y', 'ie', 'ę', 'ą'], pl: ['y', 'om', 'ami', 'ach'] }, { generic: true, pl: ['firm'] }),
  ],
  typeAbbreviations: [
    { abbr: 'SP', kind: 'school', gender: 'f', expansion: 'szkoła podstawowa' },
    { abbr: 'LO', kind: 'lyceum', gender: 'n', expansion: 'liceum ogólnokształcące' },
    { abbr: 'ZS', kind: 'school', gender: 'm', expansion: 'zespół szkół' },
    { abbr: 'ZSZ', kind: 'vocational-school', gender: 'm', expansion: 'zespół szkół zawodowych' },
    { abbr: 'CKZiU', kind: 'vocational-school', gender: 'n', expansion: 'centrum kształcenia zawodowego i ustawicznego' },
    { abbr: 'CKU', kind: 'centre', gender: 'n', expansion: 'centrum kształcenia ustawicznego' },
    { abbr: 'CKP', kind: 'centre', gender: 'n', expansion: 'centrum kształcenia praktycznego' },
    { abbr: 'PWSZ', kind: 'university', gender: 'f', expansion: 'państwowa wyższa szkoła zawodowa' },
    { abbr: 'ANS', kind: 'university', gender: 'f', expansion: 'akademia nauk stosowanych' },
    { abbr: 'ZSP', kind: 'school', gender: 'm', expansion: 'zespół szkół ponadpodstawowych' },
    { abbr: 'ZST', kind: 'vocational-school', gender: 'm', expansion: 'zespół szkół technicznych' },
    { abbr: 'ZSO', kind: 'school', gender: 'm', expansion: 'zespół szkół ogólnokształcących' },
    { abbr: 'ZSE', kind: 'vocational-school', gender: 'm', expansion: 'zespół szkół ekonomicznych' },
  ],
  legalForms: [
    ...['sp. z o.o.', 'S.A.', 'SA', 'sp.j.', 'sp.k.', 'spółka z ograniczoną odpowiedzialnością', 'spółka akcyjna', 'spółka jawna']
      .map((text) => ({ text, kind: 'company' as const, position: 'post' as const })),
  ],
  namedAfter: ['im.', 'imienia', 'im'],
  numberSigns: ['nr', 'Nr', 'nr.', 'Nr.', '№', 'numer', 'Numer'],
  connectors: ['i'],
  complementPrepositions: ['z', 'dla', 'ds.', 'nad'],
  locationMarkers: ['w miejscowości', 'w', 'we'],
  adjective: /(?:sk|ck|dzk|n|ow|cz|ż|ższ|ąc|l)(?:a|i|ie|iego|iej|iemu|ą|ich|imi|im|y|e|ego|ej|emu|ym|ych|ymi)$/,
  nominativeAdjective: { m: /[yi]$/, f: /a$/ },
  // Plural nouns in -owie and past-tense verbs (zaatakowali, spłonęła) are not modifiers.
  governedNouns: [
    'obwodu', 'województwa', 'powiatu', 'miasta', 'gminy', 'regionu', 'edukacji', 'oświaty', 'nauki', 'zdrowia', 'kultury', 'sportu',
    'rozwoju', 'spraw', 'cyfryzacji', 'infrastruktury', 'rodziny', 'pracy', 'finansów', 'sprawiedliwości', 'obrony', 'rolnictwa',
    'klimatu', 'środowiska', 'szkolnictwa',
  ],
  notAdjective: /(?:owie|[aiyę]li|[aiyę]ła|[aiyę]ło)$/,
  participle: /(?:on|an|ęt)[aeyi]$/,
  countries: ['ukraina', 'ukrainy', 'ukrainie', 'rosja', 'rosji', 'białoruś', 'białorusi', 'litwa', 'litwy', 'niemcy', 'niemiec', 'bułgaria', 'bułgarii', 'czechy', 'czech'],
  excludedStems: ['ratunk', 'policj', 'pożar', 'straż', 'ratown', 'szpital', 'klinik', 'prokurat', 'sądu', 'sądem', 'onz'],
  excludedNames: ['federacja rosyjska', 'unia europejska', 'komisja europejska', 'sejm', 'senat', 'rada rodziców', 'rada pedagogiczna', 'rada szkoły', 'samorząd uczniowski', 'rada wydziału', 'rada ministrów', 'rada uczelni', 'komisja wyborcza', 'kolegium elektorów', 'rada dziekańska', 'komisja rekrutacyjna'],
  stopWords: [
    'oraz', 'w', 'we', 'na', 'z', 'ze', 'do', 'od', 'dla', 'o', 'po', 'przy', 'przez', 'pod', 'nad', 'za', 'że', 'jak',
    'który', 'która', 'które', 'którzy', 'to', 'ten', 'ta', 'jest', 'są', 'był', 'była', 'było', 'będzie', 'się', 'nie',
    'a', 'ale', 'lub', 'czy', 'już', 'także', 'również', 'jego', 'jej', 'ich', 'roku', 'r.', 'wraz', 'oraz',
  ],
  projectStems: [
    // a quote named as an edition (kolejna edycja „…”, второе издание «…», the second edition "…")
    'edycj',
    'projekt', 'program', 'konkurs', 'akcj', 'kampani', 'konferencj', 'forum', 'festiwal', 'inicjatyw', 'ustaw',
    'rozporządz', 'strategi', 'koncepcj', 'kierun', 'specjalnoś', 'kwalifikacj', 'kurs', 'lekcj', 'seminar', 'szkoleni',
    'warsztat', 'olimpiad', 'nagrod', 'sektor', 'gazet', 'czasopism', 'książk', 'film', 'platform', 'aplikacj', 'portal',
    'serwis', 'hasł', 'temat', 'wystaw', 'targ', 'operacj', 'zawod', 'kawiarni', 'restaurac', 'sklep', 'hostel', 'hotel',
    'serial', 'show', 'ekranizacj', 'adaptacj', 'bajk', 'powieś', 'mark', 'klub', 'piłkarsk', 'muzyczn', 'piosen', 'album', 'spektakl', 'gry', 'grze', 'ulic', 'aleja',
  ],
  personTitles: [
    'dyrektor', 'rektor', 'prorektor', 'dziekan', 'minister', 'wiceminister', 'zastępc', 'prezes', 'wiceprezes', 'kurator=',
    'kuratora=', 'kuratorem=', 'kuratorowi=', 'kuratork', 'wicekurator', 'kierownik', 'przewodnicząc', 'prezydent', 'burmistrz', 'wójt',
    'starosta=', 'starosty=', 'starostą=', 'staroście=', 'marszałek=', 'marszałka=', 'marszałkiem=', 'wojewoda=', 'wojewody=', 'wojewodą=',
    'nauczyciel', 'uczeń=', 'ucznia=', 'uczennic', 'student', 'pan=', 'pani=', 'pana=', 'panu=', 'poseł',
    'posłank', 'rzecznik', 'przedstawiciel',
  ],
  patronWords: ['króla', 'królowej', 'kardynała', 'księcia', 'świętego', 'świętej', 'papieża', 'generała', 'marszałka', 'biskupa', 'hetmana', 'prymasa'],
  firstNames: [
    'mikołaj', 'leon', 'stefan', 'jarosław', 'ignacy', 'hugo', 'hugon', 'władysław', 'bolesław', 'kazimierz', 'juliusz', 'ludwik', 'feliks', 'karol', 'jędrzej', 'tytus',
    'jan', 'anna', 'maria', 'katarzyna', 'małgorzata', 'agnieszka', 'barbara', 'ewa', 'krystyna', 'elżbieta', 'zofia',
    'joanna', 'magdalena', 'monika', 'beata', 'dorota', 'aleksandra', 'marta', 'teresa', 'renata', 'piotr', 'krzysztof',
    'andrzej', 'tomasz', 'paweł', 'michał', 'marcin', 'marek', 'grzegorz', 'józef', 'łukasz', 'adam', 'zbigniew', 'jerzy',
    'tadeusz', 'mariusz', 'dariusz', 'rafał', 'wojciech', 'robert', 'mirosław', 'wiesław', 'stanisław', 'jacek', 'kamil',
    'maciej', 'artur', 'przemysław', 'sławomir', 'janusz', 'ryszard', 'henryk', 'kazimierz', 'bogdan', 'leszek', 'halina',
    'jolanta', 'danuta', 'irena', 'grażyna', 'bożena', 'urszula', 'iwona', 'sylwia', 'justyna', 'natalia', 'paulina',
    'karolina', 'kinga', 'izabela', 'bogusław', 'waldemar', 'zdzisław', 'czesław', 'bronisław', 'jarosław', 'radosław',
    'władysław', 'edward', 'zenon', 'lech', 'ireneusz', 'krzysztof', 'sebastian', 'dominik', 'hubert', 'witold', 'wiktor',
    'wołodymyr', 'iwan', 'olena', 'ołena', 'natalia', 'wiktoria', 'weronika', 'martyna', 'dominika', 'ewelina', 'emilia',
    'lidia', 'jadwiga', 'wanda', 'stefania', 'alicja', 'gabriela', 'agata', 'marzena', 'edyta', 'aneta',
    'aleksander', 'adrian', 'daniel', 'dawid', 'jakub', 'mateusz', 'bartosz', 'szymon', 'filip', 'kacper', 'konrad', 'patryk', 'damian', 'norbert', 'arkadiusz', 'julia', 'zuzanna', 'lucyna', 'helena', 'anita', 'wioletta',
  ],
  sentenceStarters: [
    'tymczasowa', 'tymczasowy', 'tymczasowe', 'dawna', 'dawny', 'dawne', 'była', 'były', 'byłe',
    'nowa', 'nowy', 'nowe', 'ta', 'ten', 'to', 'każda', 'każdy', 'nasza', 'nasz', 'pierwsza', 'pierwszy', 'inna', 'inny',
    'lokalna', 'lokalny', 'publiczna', 'publiczny', 'niepubliczna', 'niepubliczny', 'prywatna', 'prywatny', 'miejska',
    'gminna', 'wiejska', 'jedna', 'jeden', 'żadna', 'żaden', 'ostatnia', 'ostatni', 'ostatnie', 'kolejna', 'kolejny', 'kolejne', 'druga', 'drugi',
  ],
  backrefBlockers: [
    'każda', 'każdy', 'każde', 'każdej', 'każdego', 'inna', 'inny', 'inne', 'innej', 'innego', 'jedna', 'jeden', 'jednej',
    'jednego', 'nowa', 'nowy', 'nowej', 'nowego', 'taka', 'taki', 'takiej', 'takiego', 'żadna', 'żaden', 'swoja', 'swojej',
    'swój', 'swojego',
  ],
  capitalGenitives: [],
  acronymIntroducers: ['dalej', 'zwany', 'zwana', 'zwane'],
  stemEndings: [
    'owego', 'owemu', 'owej', 'owych', 'owymi', 'owa', 'owe', 'owy', 'ego', 'emu', 'ej', 'ymi', 'imi', 'ych', 'ich', 'ym',
    'im', 'iej', 'iego', 'iemu', 'iami', 'iach', 'iom', 'iem', 'ium', 'iow', 'ami', 'ach', 'om', 'ow', 'owi', 'em', 'ie', 'ia', 'io', 'iu', 'um',
    'a', 'e', 'i', 'y', 'o', 'u', 'ą', 'ę',
  ],
  stemRewrites: [['dzie', 'd'], ['cie', 't'], ['rze', 'r'], ['sce', 'sk'], ['dze', 'g']],
  adjectiveNominative: {
    m: [['kiego', 'ki'], ['giego', 'gi'], ['kiemu', 'ki'], ['giemu', 'gi'], ['kim', 'ki'], ['gim', 'gi'], ['iego', 'i'], ['iemu', 'i'], ['ego', 'y'], ['emu', 'y'], ['ym', 'y'], ['im', 'i']],
    f: [['kiej', 'ka'], ['giej', 'ga'], ['iej', 'ia'], ['ej', 'a'], ['ą', 'a']],
    n: [['kiego', 'kie'], ['giego', 'gie'], ['kiemu', 'kie'], ['kim', 'kie'], ['iego', 'ie'], ['ego', 'e'], ['emu', 'e'], ['ym', 'e'], ['im', 'ie']],
  },
  kindRefinements: [
    { from: ['school'], stems: ['wyższ'], to: 'university' },
    { from: ['school'], stems: ['branżow', 'zawodow'], to: 'vocational-school' },
    { from: ['institute'], stems: ['badań', 'badawcz'], to: 'research' },
    { from: ['authority'], stems: ['miast', 'gmin', 'miejsk', 'powiat'], to: 'municipality' },
  ],
  educationStems: ['oświat', 'edukac', 'nauk', 'szkoln', 'szkół', 'kształc', 'kurator'],
  territoryBefore: ['w', 'we', 'na', 'do', 'po', 'koło', 'wsi', 'wieś', 'miejscowości', 'teren*', 'obszar*', 'mieszkań*'],
};
