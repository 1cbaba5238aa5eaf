/** Polish event vocabulary (partnerships, damage). Syntax: extractors/_tokens.ts. */
import type { EventLexicon } from './_types.js';

const AGREEMENT_NOUN = 'porozumieni*|porozumień|umowa|umowy|umowie|umowę|umową|umów|umowach|umowom|umowami';

export const pl: EventLexicon = {
  lang: 'pl',
  agreements: [
    // Becoming a partner, or taking a class under patronage, is an agreement entered into ("Firma MASKPOL objęła
    // patronatem klasy mundurowe", "Wydział obejmuje patronat nad klasami I LO", "firma została partnerem szkoły").
    ['został|została|zostało|zostały|zostali ~ partnerem|partnerami', 'partnership'],
    ['objął|objęła|objęło|objęły|objęli|obejmuje|obejmują ~ patronatem|patronat', 'patronage'],
    // Cooperation established with a named body is a partnership entered into ("AGH nawiązała współpracę z ORLEN").
    ['nawiązał|nawiązała|nawiązało|nawiązali|nawiązały|nawiązano ~ współpracę|partnerstwo', 'cooperation'],
    // Cooperation stopped between named bodies is a partnership ended ("suspended cooperation with X").
    ['zawieszeni*|zerwani*|zakończeni* ~ współpracy|partnerstwa', 'cooperation'],
    ['zawiesił*|zawiesili|zerwał*|zerwali|zakończył*|zakończyli ~ współpracę|partnerstwo', 'cooperation'],
    // Not only past: "kończy współpracę", "zawiesza partnerstwo", "zakończy współpracę", "zrywa współpracę".
    ['kończy|kończą|zakończy|zakończą|zawiesza|zawieszają|zrywa|zrywają ~ współpracę|partnerstwo', 'cooperation'],
    [`${AGREEMENT_NOUN} o ~ współpracy`, 'cooperation agreement'],
    [`${AGREEMENT_NOUN} partnersk*`, 'partnership agreement'],
    [`${AGREEMENT_NOUN} o ~ partnerstwie`, 'partnership agreement'],
    [`${AGREEMENT_NOUN} ramow*`, 'framework agreement'],
    [AGREEMENT_NOUN, 'agreement'],
    ['memorand* o ~ współpracy', 'memorandum of cooperation'],
    ['memorand* o porozumieniu', 'memorandum of understanding'],
    ['memorand*', 'memorandum'],
    ['list* intencyjn*', 'letter of intent'],
    ['deklaracj* ~ współpracy', 'declaration of cooperation'],
    ['kontrakt*', 'contract'],
    ['partnerstw* strategiczn*', 'strategic partnership agreement'],
    ['partnerstwo|partnerstwa|partnerstwie|partnerstwem', 'partnership agreement'],
  ],
  signed: [
    'został|została|zostało|zostały|zostali ~ partnerem|partnerami', 'objął|objęła|objęło|objęły|objęli|obejmuje|obejmują ~ patronatem|patronat',
    'nawiązał|nawiązała|nawiązało|nawiązali|nawiązały|nawiązano ~ współpracę|partnerstwo',
    'podpisali', 'podpisaliśmy', 'zawarliśmy', 'podpisał', 'podpisała', 'podpisało', 'podpisały', 'podpisan*', 'podpisanie', 'podpisania', 'podpisaniu',
    'podpisują', 'podpisuje', 'zawarli', 'zawarł*', 'zawart*', 'zawarcie', 'zawarcia', 'podpisy ~ złożyli|złożyły',
    'złożyli|złożyły ~ podpisy', 'podpis|podpisy|podpisami pod', 'sygnowali', 'parafowali', 'nawiązan*',
    // Renewing or extending an agreement is signing it again; "Jest umowa" reports one as the day's news.
    'odnowili|odnowiła|odnowił|odnowiono|odnowion*|przedłużyli|przedłużyła|przedłużył|przedłużono', 'jest umowa|porozumienie',
  ],
  planned: [
    'zostanie|zostaną ~ podpisan*|zawart*', 'będzie|będą ~ podpisan*|zawart*', 'podpiszą', 'podpisze', 'podpiszemy',
    'planowan*|planuje|planujemy|planują ~ podpisanie|podpisać|zawarcie|zawrzeć', 'ma|mają ~ zostać ~ podpisan*|zawart*',
    'odbędzie się ~ podpisanie', 'podpisanie ~ odbędzie|zaplanowano|zaplanowane', 'przygotowani* do ~ podpisania|zawarcia', 'podpisać', 'zawrzeć', 'zamierza* ~ podpisać|zawrzeć', 'zaplanowan*',
    // Agreed on a signing to come: "uzgodniły podpisanie porozumienia", "porozumieli się w sprawie zawarcia umowy".
    'uzgodnił*|uzgodniły|uzgodnili|ustalił*|ustaliły|ustalili ~ podpisanie|zawarcie', 'porozumieli|porozumiały ~ się ~ w sprawie ~ podpisania|zawarcia',
  ],
  terminated: [
    'zakończył*|zakończyli ~ współpracę|partnerstwo', 'kończy|kończą|zakończy|zakończą|zawiesza|zawieszają|zrywa|zrywają ~ współpracę|partnerstwo', 'zakończeni* ~ współpracy|partnerstwa',
    'wypowiedzian*', 'wypowiedział*', 'wypowiedzeni*', 'rozwiązano', 'rozwiązał*', 'rozwiązani* ~ umowy|porozumienia',
    'zerwał*', 'zerwan*', 'wycofał* się', 'zawiesił* ~ współpracę|umowę|porozumienie', 'zawieszeni* ~ współpracy',
    'unieważni*', 'wygasił*',
  ],
  backReferences: ['dokument', 'ono', 'ona'],
  between: ['między', 'pomiędzy'],
  notParty: ['w ramach', 'przy ~ udziale|wsparciu', 'w obecności', 'realizowan*', 'z inicjatywy', 'udział wzięli|wzięła|wziął|wzięło|wzięły', 'wzięli|wzięła|wziął|wzięło|wzięły udział', 'obecni|obecna|obecny byli|była|był', 'byli|była|był obecni|obecna|obecny'],
  firstPerson: ['my', 'nasz*'],
  joinWords: ['przystąpiły|przystąpili|przystąpił|przystąpiła', 'dołączyły|dołączyli|dołączył|dołączyła', 'poparły|poparli|poparł|poparła'],
  tallyWords: ['wiele', 'liczne|licznych|licznymi', 'dziesiątki|setki', 'wielu', 'mnóstwo'],
  pluralAgreements: ['umów', 'umowami', 'umowach', 'porozumień', 'porozumieniami', 'memorandów', 'kontraktów'],
  pluralBodies: ['przedsiębiorstwami|przedsiębiorstw', 'firmami|firm', 'pracodawcami|pracodawców', 'partnerami|partnerów', 'spółkami|spółek', 'zakładami|zakładów'],
  pluralMunicipalities: ['gminami|gmin|samorządami|samorządów|powiatami|powiatów'],
  memberNouns: [['firmy|spółki|przedsiębiorstwa|zakłady', 'company'], ['gminy|samorządy|powiaty', 'municipality']],
  memberCopulas: ['to', 'są', 'były', 'byli', 'był', 'była', 'to są', 'zostali', 'zostały'],
  signatoryNouns: [
    // "Uczestnikami konsorcjum są …": the participants of the agreement, consortium or project it creates.
    'uczestnik|uczestnicy|uczestnikami ~ porozumienia|umowy|konsorcjum|projektu',
    'sygnatariusz|sygnatariusze|sygnatariuszami|sygnatariuszem', 'założyciel|założyciele|założycielami|założycielem', 'stronami ~ porozumienia|umowy|listu'],
  educationTopic: [
    'edukac*', 'oświat*', 'kształceni*', 'szkolnictw*', 'nauczani*', 'kwalifikac*', 'uczeni*', 'uczniów', 'uczniom',
    'studentów', 'studentom', 'praktyk* zawodow*', 'staż*', 'absolwent*', 'doradztw* zawodow*',
  ],

  attribution: [
    'poinformował|poinformowała|poinformowało|poinformowali|informuje|informują|podał|podała|podało|podali|podaje|przekazał|przekazała|przekazało',
    'jak podaje|podają|informuje', 'według', 'za pośrednictwem',
  ],
  agreementObject: ['o utworzeniu|powołaniu|założeniu', 'w sprawie utworzenia|powołania', 'w celu utworzenia|powołania|uruchomienia'],
  relativeClause: ['który|które|która|którym|której', 'na mocy której|którego', 'zgodnie z którą|którym'],
  genericUse: [
    'na podstawie umowy|umów|porozumienia', 'może|mogą|musi|muszą|powinien|powinna|powinny|należy ~ zawrzeć|podpisać|zawierać|podpisywać', 'wzór|wzoru umowy|porozumienia',
    'lub|albo umowie|umowy|umowę|porozumieniu|porozumienia',
  ],
  partyAnd: ['i', 'oraz', 'a także', 'a'],
  partyWith: ['z', 'ze'],
  partyBy: ['przez'],
  signerTitles: [
    'rektor*', 'prorektor*', 'dyrektor*', 'prezes*', 'prezydent*', 'przewodnicząc*', 'burmistrz*', 'wójt*', 'starost*', 'marszał*',
    'wojewod*', 'kierownik*', 'minister|ministra|ministrem', 'wiceminister*', 'dziekan*', 'przedstawiciel*', 'właściciel*', 'członk* zarządu',
    'w imieniu', 'ze strony',
  ],
  mayorTitles: [['prezydent|prezydenta|prezydentem', 'Miasto {}']],
  honorifics: ['prof', 'dr', 'hab', 'inż', 'mgr', 'pan', 'pani', 'pana', 'panią', 'ks', 'płk'],
  partyDescriptors: [
    ['firma|firmy|firmie|firmę|firmą', 'company'], ['spółka|spółki|spółce|spółkę|spółką', 'company'],
    ['przedsiębiorstwo|przedsiębiorstwa|przedsiębiorstwem', 'company'], ['koncern|koncernu|koncernem', 'company'],
    ['grupa|grupy|grupą|grupę', 'company'], ['organizacj* pozarządow*', 'ngo'],
  ],
  partyHeads: [
    ['fundacja|fundacji|fundację|fundacją', 'fundacja', 'ngo'], ['stowarzyszenie|stowarzyszenia|stowarzyszeniu|stowarzyszeniem', 'stowarzyszenie', 'ngo'],
    ['związek|związku|związkiem', 'związek', 'ngo'], ['gmina|gminy|gminie|gminę|gminą', 'gmina', 'municipality'],
    ['powiat|powiatu|powiatem', 'powiat', 'municipality'], ['miasto|miasta|miastu|miastem', 'miasto', 'municipality'],
    ['bank|banku|bankiem', 'bank', 'company'], ['klaster|klastra|klastrem', 'klaster', 'cluster'],
    ['zakład|zakładu|zakładem|zakładzie', 'zakład', 'company'], ['odlewnia|odlewni|odlewnią', 'odlewnia', 'company'],
  ],
  surnameEndings: ['ski', 'ska', 'cki', 'cka', 'dzki', 'dzka', 'wicz', 'czyk', 'czak', 'skiego', 'skiej', 'ckiego', 'ckiej'],
  placePrepositions: ['w', 'we', 'z', 'ze'],
  representedBy: ['reprezentowan* przez', 'w osobie'],
  nameStops: ['o', 'na', 'dla', 'do', 'od', 'przy', 'po', 'który', 'która', 'które', 'że', 'aby', 'w sprawie', 'w zakresie', 'na rzecz'],
  nameLinks: ['do spraw', 'ds'],
  agreementTopic: ['o', 'w sprawie', 'dotycząc*'],
  cooperationWords: ['współprac*', 'partnerstw*'],
  adjectiveEndings: ['ski', 'ska', 'skie', 'skiego', 'skiej', 'skim', 'ską', 'skich', 'cki', 'cka', 'ckiego', 'ckiej', 'ckim', 'cką', 'owy', 'owa', 'owe', 'owego', 'owej', 'owym', 'ową', 'ny', 'na', 'ne', 'nego', 'nej', 'nym', 'ną', 'ni', 'nych'],
  unitNouns: ['wydział*', 'katedr*', 'zakład* ~ naukow*', 'laboratori*', 'instytut* ~ uczeln*'],
  signingAdverbs: ['dziś', 'dzisiaj', 'wczoraj', 'również', 'także', 'uroczyście', 'oficjalnie', 'wspólnie', 'już', 'właśnie'],
  partyTails: [],

  damaged: [
    'uszkodz*', 'ucierpiał*', 'odłamk*|szczątk* ~ spadł*|spadały|uderzył*|uszkodził*', 'wybit* ~ szyby|okna|drzwi|okien|szyb', 'wybiło ~ szyby|okna|okien|szyb', 'wyleciał*|wypadł* ~ szyby|okna|drzwi', 'szyby|okna ~ wyleciały|wypadły', 'przebił*|przebit* ~ dach|ścianę|ściana|strop|sufit', 'naruszon*', 'zalana|zalany|zalane|zalanych|zalanej|zalanym|zalaną', 'zalał*', 'podtopion*', 'zawalił*', 'runął', 'runęła', 'runęło', 'zerwał* ~ dach|część', 'zerwany ~ dach', 'zerwało ~ dach|część', 'zapadł* się', 'zawalił* się', 'spalon*', 'nadpalon*', 'strawił*',
    // "nie oszczędziła szkoły", "не пощадил школу": damage told by a negated sparing (the phrase holds its negation).
    'nie oszczędził|oszczędziła|oszczędziło|oszczędziły',
    // Water getting into a building ("woda wdarła się do szkoły"); damages counted as losses ("szkody w obiekcie szkoły").
    'woda|wody ~ wdarła|dostała|wlała|weszła ~ się', 'szkody|szkód|szkodach', 'zerwani* ~ dachu|części|pokrycia', 'zerwan* ~ został*|zostało ~ dach*|warstw*|pokryci*|część', 'poderwał*|poderwało ~ dach*|pokryci*|część', 'zawaleni* ~ się ~ dachu|stropu|sufitu',
  ],
  destroyed: [
    'zniszcz*', 'zburz*', 'zrównan* ~ z ziemią', 'spłonęł*', 'spłonął', 'doszczętnie', 'obrócon* ~ w gruzy', 'zrujnowan*',
  ],
  hit: [
    'trafił*', 'trafieni*', 'poddan* ~ ostrzałowi|atakowi|bombardowaniu', 'ostrzelan*', 'ostrzelał*', 'ostrzelali', 'zaatakowan*', 'zaatakował*', 'uderzył*', 'uderzeni*', 'zrzucił*', 'zrzucon*',
    'pożar', 'pożaru', 'pożarze', 'ostrzał', 'ostrzału', 'ostrzale', 'płonęła|płonął|płonęły', 'paliła|palił się',
    // "atak Rosji na szkołę", "nalot na szkołę", "pojawił się ogień", "ogień przeniósł się na dach".
    'atak|ataku|atakiem ~ na', 'nalot|nalotu ~ na', 'pojawił*|pojawiły ~ się ~ ogień|płomienie|pożar', 'ogień|płomienie|pożar ~ pojawił*|przeniósł*|przeniosły|objął|objęły|ogarnął', 'wybuchł ~ pożar', 'zapalił* się',
  ],
  partial: ['częściowo', 'częściow*'],
  negation: [
    'nie', 'nikt', 'nic',
    // After a damage noun: "uszkodzeń nie stwierdzono" (read after the trigger, as a whole phrase).
    'nie ~ stwierdzono|odnotowano|zgłoszono|zanotowano', 'nie ~ było', 'brak', 'ocalał|ocalała|ocalało|ocalały',
  ],
  pending: ['jest|są ~ ustalan*|weryfikowan*|wyjaśnian*', 'ustala|ustalają ~ się', 'ustalane|weryfikowane'],
  virtual: ['cyberatak*', 'cyber*', 'haker*', 'ddos*'],
  educationNouns: [
    ['szkoła|szkole|szkołę|szkołą', 'school', 'sg'],
    ['szkoły', 'school', '?'],
    ['szkół|szkołom|szkołami|szkołach', 'school', 'pl'],
    // "w jednej ze szkół": one school, though the noun is plural.
    ['jedna|jednej|jedną ze|z ~ szkół', 'school', 'sg'],
    ['jedno|jednego|jednym z ~ przedszkoli', 'kindergarten', 'sg'],
    ['szkoł*|szkole podstawow*', 'school', '?'],
    // "szkoła z internatem": a boarding school is one school.
    ['szkoła|szkole|szkołę|szkołą|szkoły z internatem', 'school', 'sg'],
    ['podstawówka|podstawówki|podstawówce|podstawówkę|podstawówką', 'school', '?'],
    ['podstawówek|podstawówkach', 'school', 'pl'],
    ['zespół|zespołu|zespole|zespołem szkół', 'school', 'sg'],
    ['szkoł*|szkole zawodow*|branżow*|techniczn*', 'vocational-school', '?'],
    ['liceum', 'lyceum', 'sg'],
    ['licea|liceów|liceach', 'lyceum', 'pl'],
    ['gimnazjum', 'gymnasium', 'sg'],
    ['technikum', 'technikum', 'sg'],
    ['technikach|techników', 'technikum', 'pl'],
    ['przedszkole|przedszkola|przedszkolu|przedszkolem', 'kindergarten', '?'],
    ['przedszkoli|przedszkolach|przedszkolom', 'kindergarten', 'pl'],
    ['uczelnia|uczelni|uczelnię|uczelnią', 'university', '?'],
    ['uczelnie|uczelniach', 'university', 'pl'],
    ['uniwersytet|uniwersytetu|uniwersytecie|uniwersytetem', 'university', 'sg'],
    ['uniwersytety|uniwersytetów|uniwersytetach', 'university', 'pl'],
    ['politechnika|politechniki|politechnice|politechnikę|politechniką', 'university', '?'],
    ['akademia|akademii|akademię|akademią', 'academy', '?'],
    ['instytut|instytutu|instytucie|instytutem', 'institute', 'sg'],
    ['kolegium', 'college', 'sg'],
    ['placówk* oświatow*|edukacyjn*|szkoln*', 'other', '?'],
    ['placówek oświatowych|edukacyjnych|szkolnych', 'other', 'pl'],
    ['budynek|budynku|budynki ~ szkoły|szkolny|szkolne', 'school', '?'],
    // The school building in any case, adjective after or before it: "w budynku szkolnym", "szkolnego budynku", "obiekt szkolny".
    ['budynkiem|budynkowi ~ szkoły|szkolnym', 'school', 'sg'], ['budynku szkolnym|szkolnego', 'school', 'sg'], ['szkolny|szkolnym|szkolnego|szkolnemu budynek|budynku|budynkiem|budynkowi', 'school', 'sg'], ['obiekt|obiektu|obiekcie|obiektem ~ szkolny|szkolnego|szkolnym', 'school', 'sg'],
    ['budynek|budynku|budynki|budynków ~ szkół', 'school', 'pl'],
    ['budynek|budynku|budynki ~ uczelni|uniwersytetu|politechniki', 'university', '?'],
    ['internat*', 'other', '?'],
  ],
  otherTargets: [
    'szpital*', 'dom', 'domy', 'domów', 'domu', 'budyn* mieszkaln*', 'blok', 'bloki', 'bloku', 'sklep*', 'kości*', 'cerkw*',
    'samochod*', 'przychodni*', 'magazyn*', 'garaż*', 'mieszka*', 'infrastruktur*', 'elektrowni*', 'kotłowni*',
  ],
  proximity: ['obok', 'w pobliżu', 'niedaleko', 'naprzeciwko', 'przy', 'nieopodal', 'koło', 'na miejscu ~ dawnej|dawnego|byłej|byłego', 'na miejscu', 'przylegając* do', 'sąsiadując* z'],
  clauseBreaks: ['ale', 'lecz', 'jednak', 'natomiast', 'a', 'podczas gdy', 'zaś'],
  attributive: ['dla', 'dotyczące|dotyczących'],
  causes: [
    ['rakiet*', 'missile'], ['pocisk*', 'missile'], ['balistyczn*', 'missile'], ['iskander*', 'missile'], ['kalibr*', 'missile'],
    ['kindżał*', 'missile'], ['manewrując*', 'missile'],
    ['dron*', 'drone'], ['bezzałogow*', 'drone'], ['shahed*', 'drone'], ['szahed*', 'drone'], ['bsl', 'drone'], ['fpv', 'drone'], ['kab|kaby|kabami', 'airstrike'],
    ['ostrzał*', 'shelling'], ['ostrzelan*', 'shelling'], ['ostrzelał*', 'shelling'], ['ostrzelali', 'shelling'], ['artyler*', 'shelling'],
    ['moździerz*', 'shelling'], ['pocisk* artyleryjsk*', 'shelling'],
    ['nalot*', 'airstrike'], ['bombardowa*', 'airstrike'], ['bomb* lotnicz*|kierowan*', 'airstrike'], ['uderzeni* lotnicz*', 'airstrike'],
    ['lotnictw*', 'airstrike'], ['bomb*', 'airstrike'],
    ['pożar*', 'fire'], ['spłonęł*', 'fire'], ['spłonął', 'fire'], ['podpal*', 'fire'], ['ogień', 'fire'], ['ognia', 'fire'],
    ['płonęła|płonął|płonęły', 'fire'], ['wybuch|wybuchu|wybuchem|wybuchy|wybuchów', 'other'], ['eksplozj*', 'other'], ['atak*', 'other'], ['powódź|powodzi|powodzią|powodziowej', 'other'], ['nawałnic*', 'other'], ['burz*', 'other'], ['wichur*', 'other'], ['huragan*', 'other'], ['ulew*', 'other'], ['trąb* powietrzn*', 'other'], ['żywioł*', 'other'], ['śnieg*', 'other'], ['zapalił* się', 'fire'], ['płomieni*', 'fire'], ['wicher|wichru|wiatr|wiatru', 'other'],
  ],
  killed: [
    ['zginął', 1], ['zginęła', 1], ['zginęło|zginęli|zginęły', null], ['zabit*', null], ['ofiar* śmiertelnych', null],
    ['nie żyje', 1], ['zmarł', 1], ['zmarła', 1], ['zmarło|zmarli', null], ['śmierć ~ poniosł*', null],
  ],
  injured: [
    ['rann*', null], ['obrażeni*', null], ['poszkodowan*', null], ['został* ~ rann*', null], ['ranny', 1], ['ranna', 1],
  ],
  noCasualties: [
    'nikt nie ~ ucierpiał|zginął|został|odniósł', 'bez ~ ofiar|rannych|poszkodowanych', 'obyło się bez ~ ofiar|rannych|poszkodowanych',
    'nie ma ~ ofiar|rannych|poszkodowanych', 'brak ~ ofiar|rannych|poszkodowanych|zabitych', 'nikt ~ nie ~ zginął|ucierpiał', 'nikt ~ nie ~ został ~ ranny|poszkodowany',
    // "Nikomu nic się nie stało", "nie było rannych", "nikt nie odniósł obrażeń": nothing happened to anyone.
    'nikomu ~ nic ~ się ~ nie ~ stało', 'nic ~ się ~ nikomu ~ nie ~ stało', 'nie ~ było ~ ofiar|rannych|poszkodowanych|zabitych', 'nikt ~ nie ~ odniósł ~ obrażeń|ran',
  ],
  numbers: [
    ['jeden', 1], ['jedna', 1], ['jedno', 1], ['jedną', 1], ['dwa', 2], ['dwie', 2], ['dwóch', 2], ['dwoje', 2], ['trzy', 3],
    ['trzech', 3], ['troje', 3], ['cztery', 4], ['czterech', 4], ['czworo', 4], ['pięć', 5], ['pięciu', 5], ['sześć', 6],
    ['sześciu', 6], ['siedem', 7], ['siedmiu', 7], ['osiem', 8], ['ośmiu', 8], ['dziewięć', 9], ['dziesięć', 10], ['sto', 100], ['dwieście', 200], ['trzysta', 300], ['pięćset', 500], ['tysiąc', 1000],
  ],
  former: ['były|była|byłe|byłego|byłej|byłym|byłą', 'dawny|dawna|dawne|dawnego|dawnej|dawnym|dawną', 'nieczynn*', 'budowa|budowy|budowie|budowę|budową', 'budowan*'],
  another: ['inny|inna|inne|innego|innej|innym|inną', 'kolejn*', 'drug* ~ szkoł*|przedszkol*', 'sąsiedni*'],
  recap: ['przypomnijmy', 'przypominamy', 'wcześniej|jak ~ informowaliśmy|informowano|pisaliśmy|podawaliśmy', 'dzień wcześniej', 'dzień przedtem'],
  reporting: ['poinformował|poinformowała|poinformowali|poinformowało|przekazał|przekazała|przekazali|przekazało|napisał|napisała|napisali|powiedział|powiedziała|powiedzieli|informuje|podaje'],
  again: ['ponownie', 'znowu', 'znów', 'po raz kolejny|drugi'],
  previous: [
    'poprzedni*',
  ],
  background: ['od początku', 'od czasu', 'począwszy od', 'pełnoskalow*', 'inwazj*', 'rocznic*', 'jeszcze wczoraj'],
  relocation: ['odbędą|odbywać|odbywają ~ się w|we', 'skierowan* do', 'przeniesion* do', 'przeniosł* się do', 'dowożon* do', 'uczyć się będą w|we', 'będą się uczyć w|we', 'przeprowadzon* do', 'przeszł*|przeszli do', 'zakwaterowan*|umieszczon* w|we'],
  buildingParts: ['dach', 'dachu', 'dachem', 'dachy', 'dachów', 'poddasz*', 'strych*', 'elewacj*', 'fasad*', 'okna', 'okien', 'szyby', 'szyb', 'drzwi', 'ścian*', 'sufit*', 'strop*', 'hal* sportow*|gimnastyczn*', 'sal* gimnastyczn*|sportow*', 'sala|sali|salę|sale|sal', 'pracowni*', 'stołówk*', 'klas* lekcyjn*', 'piętr*', 'piwnic*', 'kotłowni*', 'poszycie|poszycia', 'pokryci* dachow*'],
  appeal: [
    'apel', 'apelujemy', 'apelu', 'prosimy ~ o ~ przesyłanie|przesłanie|zgłaszanie|informacje|informowanie',
    'prosimy ~ przesyłać|zgłaszać|informować', 'zwracamy się', 'przesyłajcie', 'zgłaszajcie', 'zbieramy ~ informacje|dane',
    'zachęcamy ~ do ~ przesyłania|zgłaszania', 'prosi|proszą|apeluje ~ o ~ przesyłanie|przesłanie|zgłaszanie|informacje',
    'prosi|proszą|apeluje ~ o ~ przesyłanie|przesłanie|zgłaszanie', 'zwraca|zwracają ~ się ~ do ~ dyrektorów|dyrektorek|kierowników|rodziców', 'z prośbą o ~ zgłaszanie|przesyłanie|przekazywanie|informowanie', 'zgłaszanie|zgłaszania|zgłosić|zgłaszać ~ strat|szkód|zniszczeń|uszkodzeń', 'przesyłanie|przesłanie|zgłaszanie ~ informacji|danych ~ o ~ uszkodz*|zniszcz*',
  ],
  statistic: [
    'ponad', 'blisko', 'około', 'łącznie', 'w sumie', 'od początku ~ wojny|inwazji|agresji', 'według danych', 'tys',
    'tysięcy', 'tysiące', 'setki', 'setek', 'dziesiątki', 'dziesiątek', 'kilkadziesiąt', 'kilkaset', 'kilkanaście',
  ],
};
