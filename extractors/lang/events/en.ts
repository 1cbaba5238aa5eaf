/** English event vocabulary (partnerships, damage). Syntax: extractors/_tokens.ts. */
import type { EventLexicon } from './_types.js';

export const en: EventLexicon = {
  lang: 'en',
  agreements: [
    // Cooperation established with a named body is a partnership entered into ("AGH nawiązała współpracę z ORLEN").
    ['established|launched|forged ~ cooperation|partnership', 'cooperation'],
    // Cooperation stopped between named bodies is a partnership ended ("suspended cooperation with X").
    ['suspension|termination|freezing of ~ cooperation|partnership|partnerships', 'cooperation'],
    ['suspended|terminated|ended|froze|frozen|halted cooperation|partnership|partnerships', 'cooperation'],
    // Not only past: "is ending its partnership", "ends cooperation", "will end its partnership", "to suspend cooperation".
    ['ending|ends|end|suspending|suspends|suspend|halting|halts|halt|freezing|freezes|freeze|terminating|terminates its|their|all cooperation|partnership|partnerships', 'cooperation'],
    ['ending|ends|suspending|suspends|halting|halts|terminating|terminates cooperation|partnership|partnerships', 'cooperation'],
    ['suspended|terminated|ended|froze|frozen|halted its|their|all cooperation|partnership|partnerships', 'cooperation'],
    ['memorandum|memoranda ~ of understanding', 'memorandum of understanding'],
    // "the university signed a memo of understanding with …": the short word for it.
    ['memo|memos of understanding|cooperation|agreement', 'memorandum of understanding'],
    ['memorandum|memoranda of|on ~ cooperation|partnership', 'memorandum of cooperation'],
    ['memorandum|memoranda|mou|mous|memorandums|moa|moas', 'memorandum'],
    ['pact|pacts', 'agreement'],
    // (A pattern's words split at hyphens: "co-operation" is the two words "co operation", never an alternative of one.)
    ['cooperation agreement|agreements', 'cooperation agreement'],
    ['co operation agreement|agreements', 'cooperation agreement'],
    ['agreement|agreements on|of ~ cooperation', 'cooperation agreement'],
    ['agreement|agreements on|of ~ co operation', 'cooperation agreement'],
    ['partnership agreement|agreements', 'partnership agreement'],
    ['agreement|agreements on|of ~ partnership', 'partnership agreement'],
    ['strategic partnership agreement|agreements', 'strategic partnership agreement'],
    ['framework agreement|agreements', 'framework agreement'],
    // "signed cooperative deals with 10 companies": a cooperation deal is an agreement (a bare "deal" is business).
    ['cooperative|cooperation|partnership deal|deals', 'cooperation agreement'],
    ['agreement|agreements', 'agreement'],
    ['contract|contracts', 'contract'],
    ['letter|letters of intent', 'letter of intent'],
    ['protocol|protocols of ~ intent|cooperation', 'letter of intent'],
    ['declaration|declarations of ~ intent|cooperation|partnership', 'declaration of cooperation'],
    ['certificate|certificates of ~ collaboration|cooperation|partnership', 'certificate of collaboration'],
    // "the Federal Polytechnic has partnered with the Nigeria Machine Tools Limited": a partnership entered into.
    ['has|have|had partnered with', 'partnership agreement'],
    // The partnering verb itself, in every tense a headline or a lead uses ("Fayetteville State University Partners
    // With Piedmont Community College", "the University of Toronto and News Decoder have partnered to help train",
    // "Xavier University of Louisiana Teams Up With the University of Southern California", "ties up with",
    // "joined hands with", "entered a partnership with Chandigarh University").
    ['partnered|partners|partnering with', 'partnership'],
    ['has|have|had partnered', 'partnership'],
    ['teamed|teams|teaming up with', 'partnership'],
    ['tied|ties|tying up with', 'partnership'],
    ['joined|joins|joining hands with', 'partnership'],
    ['entered|enters|entering ~ partnership|collaboration', 'partnership'],
    // A partnership approved by a board ("University of Toledo approves partnership with health system").
    ['approved|approves ~ partnership|partnerships', 'partnership'],
    // A partnership made, formalised or widened is one entered into ("Preston College has secured a partnership
    // with Preston City Council", "announced Oct. 26 an expanded partnership", "formalised their collaboration").
    ['secured|formed|formalised|formalized|sealed|cemented ~ partnership|collaboration', 'partnership agreement'],
    ['expanded|extended|renewed ~ partnership|partnerships', 'partnership agreement'],
    // A partnership announced with a named body is one entered into ("Perth Glory have announced a partnership
    // with Lake Joondalup Baptist College", "announced Oct. 26 an expanded partnership").
    ['announced|announces|announce ~ partnership|partnerships', 'partnership agreement'],
  ],
  signed: [
    'established|launched|forged ~ cooperation|partnership',
    'signed', 'signing', 'sign', 'signs', 'has|have|had partnered',
    'partnered|partners|partnering with', 'teamed|teams|teaming up with', 'tied|ties|tying up with', 'joined|joins|joining hands with', 'entered|enters ~ partnership|collaboration',
    'concluded', 'entered into', 'inked', 'inks', 'sealed', 'seals', 'exchanged',
    // Renewing an agreement is signing it again.
    'renewed', 'renewal of',
    // A partnership secured, formalised or widened has been agreed.
    'secured', 'formed', 'formalised', 'formalized', 'cemented', 'expanded', 'extended',
    'announced|announces|announce ~ partnership|partnerships',
    // An agreement approved by the parties' boards is one concluded ("University of Toledo approves partnership with
    // health system"); a headline's present tense ("UH, TSU Ink Memorandum of Understanding").
    'approved|approves ~ partnership|agreement|memorandum|mou|moa|contract', 'ink',
  ],
  planned: [
    'will ~ be signed|concluded|inked', 'will ~ sign|conclude', 'will|to ~ partner|team up|tie up with', 'to be signed|concluded', 'plan|plans|planned|planning ~ to ~ sign|conclude',
    'intend|intends|intended ~ to ~ sign|conclude', 'expected to ~ sign|conclude', 'expected to be signed|concluded', 'preparation|preparations for ~ the conclusion|signing',
    'upcoming signing', 'is|are set to sign', 'will be signed in the near future', 'prepare|preparing ~ to sign', 'scheduled', 'signing ceremony will', 'will take place',
    // "will pursue a memorandum of understanding", "recommends the city sign a memorandum".
    'will|to ~ pursue ~ memorandum|memoranda|agreement|agreements|mou|moa|partnership|contract', 'pursuing ~ memorandum|memoranda|agreement|agreements|mou|moa|partnership|contract', 'recommends|recommended ~ sign',
    // Agreed to sign, or on drafting one: the document is yet to come ("it was agreed on drafting and concluding a Memorandum",
    // "agreed to sign a memorandum"); a signing an event will feature ("will … feature a signing of a memorandum").
    'agreed|agree|agrees ~ to ~ sign|conclude|draft', 'agreed on ~ drafting|concluding|signing', 'feature ~ a|the ~ signing',
    // To enter into an agreement is to conclude one, not yet concluded ("authorized Mayor Michael Rama last Wednesday to enter into an agreement with Tesda").
    'to enter into ~ agreement|agreements|memorandum|memoranda|contract|contracts|mou|moa|mous|moas', 'will enter into',
    // Asked to sign, or to negotiate an agreement: not signed yet ("asking the administration to sign a letter of intent to negotiate").
    'ask|asks|asked|asking|authorized|authorised ~ to sign', 'to negotiate', 'negotiating|negotiations on|for',
  ],
  terminated: [
    'suspension of', 'froze|frozen ~ cooperation|partnership', 'halted ~ cooperation|partnership',
    'terminated', 'terminate', 'terminates', 'terminating', 'termination', 'cancelled', 'canceled', 'revoked',
    'withdrew|withdrawn from', 'suspended|ended ~ cooperation|partnership|partnerships|agreement|agreements',
    'ending|ends|end|suspending|suspends|suspend|halting|halts|halt|freezing|freezes|freeze ~ cooperation|partnership|partnerships|agreement|agreements',
    'severed ~ ties', 'tore up', 'broke off', 'denounced',
  ],
  backReferences: ['the document', 'it', 'this document'],
  between: ['between'],
  notParty: ['within the framework', 'on the sidelines of', 'in the presence of', 'with the support of', 'as part of', 'at the initiative of', 'under the', 'took part', 'attended', 'were|was ~ present', 'also present',
    // Witnesses of a signing: "The MOA … was witnessed by the officials from the Department of Higher Education", "Under the witness of Song and Fang".
    'witnessed by', 'was|were witnessed', 'under|in the witness of', 'witnessing the signing'],
  firstPerson: ['we', 'our'],
  joinWords: ['joined', 'endorsed', 'acceded to', 'signed on to'],
  tallyWords: ['many', 'numerous', 'dozens|hundreds|scores of'],
  pluralAgreements: ['agreements', 'memoranda', 'memorandums', 'memos', 'contracts', 'mous'],
  pluralBodies: ['companies', 'firms', 'enterprises', 'employers', 'partners', 'organisations', 'organizations', 'manufacturers', 'corporations', 'businesses'],
  pluralMunicipalities: ['municipalities', 'councils', 'communities'],
  memberNouns: [],
  memberCopulas: ['are', 'were', 'include', 'included', 'including', 'namely', 'such as'],
  signatoryNouns: [
    'signatories', 'signatory', 'founders', 'founding members', 'parties to the ~ agreement|memorandum|mou',
    // The participants an agreement's parties are listed as ("The participating schools include A, B and C").
    'participating schools|colleges|universities|institutions|partners', 'participants in|of the ~ agreement|consortium|memorandum|network|mou',
  ],
  educationTopic: [
    'education*', 'training', 'vocational', 'students', 'student', 'qualification*', 'learning', 'teaching', 'curricul*',
    'internship*', 'apprentice*', 'graduates', 'retraining', 'schools', 'school',
  ],

  attribution: ['said|says|told|reported|reports|stated', 'according to', 'a release stated', 'press service|office of'],
  agreementObject: [
    'on the establishment|creation of', 'to establish|create|found', 'for the establishment|creation of', 'establishing|creating',
    // "signed an agreement Thursday to officially begin the Missouri Community College Workforce Development Network".
    'to launch|begin|start|form', 'to officially|formally ~ launch|begin|start|form|establish|create', 'to set up',
  ],
  relativeClause: ['which', 'under which', 'whereby'],
  genericUse: ['under an|the agreement|contract', 'may|can|must|should|could ~ sign|conclude|enter', 'model|standard|template agreement|contract'],
  partyAnd: ['and', 'as well as'],
  partyWith: ['with'],
  partyBy: ['by'],
  signerTitles: [
    'rector|president|director|ceo|chairman|chairperson|head|chancellor|principal|dean|mayor|governor|minister|secretary|representatives|representative|officials|founder of',
    'vice chancellor|president|rector of', 'director general of', 'managing director of', 'chief executive of', 'on behalf of',
    'rector|president|director|ceo|chairman|chairperson|dean|mayor|governor|minister|principal|chancellor|secretary',
  ],
  mayorTitles: [],
  honorifics: ['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'sir', 'academician'],
  partyDescriptors: [['consortium', 'other'], ['company|firm|corporation', 'company'], ['organisation|organization', 'ngo'],
    // A common noun for what the business does before its name ("with EV manufacturer OLA Electric", "with online learning
    // platform Coursera", "shipbuilder Fincantieri Marinette Marine partnered with").
    ['manufacturer|maker|carmaker|automaker|shipbuilder|producer|supplier|provider|giant|retailer|operator|developer|startup|platform|bank|lender|insurer', 'company'],
    ['ev|it|ai|tech|technology|software|edtech|energy|telecom|pharma|pharmaceutical manufacturer|maker|producer|supplier|provider|giant|company|firm|major|platform|startup', 'company']],
  // "City of Saskatoon", "Town of Ajax": a local government as a party.
  partyHeads: [['city of', 'city of', 'municipality'], ['town of', 'town of', 'municipality'], ['municipality of', 'municipality of', 'municipality'], ['county of', 'county of', 'municipality']],
  surnameEndings: [],
  placePrepositions: ['in', 'from'],
  representedBy: ['represented by'],
  nameStops: ['for', 'on', 'in', 'to', 'at', 'from', 'about', 'under', 'regarding', 'as', 'which', 'who', 'that', 'during', 'within', 'after', 'before', 'through', 'into', 'since', 'over'],
  nameLinks: [],
  agreementTopic: ['on', 'regarding', 'concerning', 'about'],
  cooperationWords: ['cooperation', 'collaboration', 'partnership', 'cooperates|cooperate|collaborates|collaborate'],
  adjectiveEndings: [],
  unitNouns: ['faculty', 'department', 'school of', 'laboratory'],
  signingAdverbs: ['on', 'has', 'have', 'had', 'also', 'today', 'yesterday', 'jointly', 'formally', 'officially', 'recently', 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'],
  partyTails: [['government', 'authority', false], ['administration', 'authority', false], ['company', 'company', true], ['firm', 'company', true],
    // "Saskatoon city council", "Kent county council": a council named by its place, written in lower case.
    ['city|town|county|municipal|borough council', 'council', false]],

  damaged: ['debris ~ fell|landed|struck|damaged|hit', 'falling debris', 'fell|landed|crashed ~ on|onto|into ~ roof|building', 'pierced|punctured ~ the ~ roof|wall|ceiling', 'punched|tore ~ through ~ the ~ roof|wall|ceiling', 'damaged', 'damage', 'damages', 'damaging', 'windows ~ blown out|shattered', 'flooded', 'roof ~ torn|ripped|blown off', 'roof ~ blew|blown ~ off', 'blew|ripped|tore ~ off ~ part|the roof|roof', 'collapsed', 'suffered ~ damage',
    // Water getting into a building: "water poured into the basement of the school".
    'water ~ poured|entered|flooded|seeped'],
  destroyed: [
    'destroyed', 'destroying', 'destruction', 'razed', 'ruined', 'demolished', 'burned|burnt down', 'burned|burnt ~ to the ground', 'gutted', 'reduced to rubble',
    'levelled', 'leveled', 'wiped out',
  ],
  hit: [
    'hit', 'struck', 'airstrike', 'airstrikes', 'shelled', 'came|come|comes|coming under', 'attacked', 'bombed', 'targeted', 'caught fire', 'fire broke out', 'broke out', 'blaze', 'strike', 'strikes', 'dropped',
    // the attack as a noun: "the missile attack on the Poltava Military Institute" (with a weapon, as every attack word)
    'attack on', 'attacks on', 'attack against',
  ],
  partial: ['partially', 'partly'],
  negation: ['not', 'no', "wasn't", "weren't", 'nobody', 'undamaged', 'never'],
  pending: ['being ~ clarified|verified|established|determined|confirmed', 'yet ~ to be ~ clarified|verified|established|determined|confirmed'],
  virtual: ['cyber*', 'hacker*', 'ddos*', 'ransomware', 'phishing'],
  educationNouns: [
    ['school|schoolhouse', 'school', 'sg'],
    // The tokeniser keeps a possessive in the word: "the school's roof".
    ["school's|schoolhouse's", 'school', 'sg'],
    ["college's", 'college', 'sg'],
    ["university's", 'university', 'sg'],
    ["kindergarten's", 'kindergarten', 'sg'],
    ["lyceum's", 'lyceum', 'sg'],
    ['schools', 'school', 'pl'],
    // "at one of the schools": one school, though the noun is plural.
    ['one of the ~ schools', 'school', 'sg'],
    ['secondary|primary|high|elementary|middle school', 'school', 'sg'],
    ['school building|buildings', 'school', '?'],
    ['vocational|technical school|college|lyceum', 'vocational-school', 'sg'],
    ['vocational|technical schools|colleges|lyceums', 'vocational-school', 'pl'],
    ['lyceum', 'lyceum', 'sg'],
    ['lyceums', 'lyceum', 'pl'],
    ['gymnasium', 'gymnasium', 'sg'],
    ['college', 'college', 'sg'],
    ['colleges', 'college', 'pl'],
    ['technikum|technical college', 'technikum', 'sg'],
    ['university', 'university', 'sg'],
    ['universities', 'university', 'pl'],
    ['campus', 'university', 'sg'],
    ['kindergarten|nursery|preschool', 'kindergarten', 'sg'],
    ['kindergartens|nurseries|preschools', 'kindergarten', 'pl'],
    ['academy', 'academy', 'sg'],
    ['institute', 'institute', 'sg'],
    ['educational|education institution|facility|establishment', 'other', 'sg'],
    ['educational|education institutions|facilities|establishments', 'other', 'pl'],
    ['dormitory|dormitories', 'other', '?'],
  ],
  otherTargets: [
    'hospital*', 'house', 'houses', 'home', 'homes', 'residential', 'apartment*', 'shop', 'shops', 'store', 'stores', 'church*',
    'cars', 'car', 'clinic*', 'warehouse*', 'garage*', 'infrastructure', 'substation*', 'power plant',
  ],
  proximity: ['near', 'next to', 'close to', 'nearby', 'opposite', 'beside', 'outside', 'on the site of ~ the former', 'on the site of', 'adjacent to', 'adjoining'],
  clauseBreaks: ['but', 'however', 'while', 'whereas', 'although'],
  attributive: ['for', 'of', 'about'],
  causes: [
    ['missile*', 'missile'], ['rocket*', 'missile'], ['ballistic', 'missile'], ['iskander*', 'missile'], ['kalibr', 'missile'],
    ['cruise', 'missile'], ['kinzhal', 'missile'],
    ['drone*', 'drone'], ['shahed*', 'drone'], ['uav*', 'drone'], ['kamikaze', 'drone'], ['unmanned', 'drone'], ['fpv', 'drone'], ['kab|kabs', 'airstrike'],
    ['shelling', 'shelling'], ['shelled', 'shelling'], ['artillery', 'shelling'], ['mortar*', 'shelling'], ['shells', 'shelling'], ['shell', 'shelling'],
    ['airstrike*', 'airstrike'], ['air strike|strikes|raid|raids', 'airstrike'], ['aerial|guided|glide bomb*', 'airstrike'],
    ['bombing', 'airstrike'], ['bombed', 'airstrike'], ['bombardment', 'airstrike'], ['bomb|bombs', 'airstrike'],
    ['fire', 'fire'], ['fires', 'fire'], ['blaze', 'fire'], ['burned', 'fire'], ['burnt', 'fire'], ['arson', 'fire'],
    ['explosion*', 'other'], ['wind|winds|gust*', 'other'], ['attack*', 'other'], ['flood*', 'other'], ['storm*', 'other'], ['hurricane*', 'other'], ['tornado*', 'other'], ['earthquake*', 'other'], ['snow', 'other'],
  ],
  killed: [['man|woman|guard|watchman|teacher|child|student|worker|caretaker|employee ~ died|was killed', 1], ['killed', null], ['dead', null], ['died', null], ['deaths', null], ['death toll', null], ['fatalities', null], ['killing', null]],
  injured: [
    ['injured|wounded|hurt ~ a|one ~ man|woman|guard|watchman|teacher|child|student|worker|caretaker', 1],
    ['man|woman|guard|watchman|teacher|child|student|worker|caretaker|employee ~ was ~ injured|wounded|hurt', 1],
    ['injured', null], ['wounded', null], ['hurt', null], ['injuries', null], ['injuring', null]],
  noCasualties: [
    'no casualties', 'no one|nobody ~ was|were ~ injured|hurt|killed', 'no injuries', 'no victims', 'no one ~ injured|hurt|killed',
    'no deaths|fatalities', 'none ~ of ~ the ~ children|students|pupils|staff ~ was|were ~ hurt|injured|killed', 'no one died', 'nobody died', 'there were no ~ casualties|injuries|deaths|victims',
    // "There were no reports of injury", "no one was harmed".
    'no ~ reports ~ of ~ injury|injuries|casualties', 'no one|nobody ~ was|were ~ harmed', 'without ~ casualties|injuries',
  ],
  numbers: [
    ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
    ['ten', 10], ['hundred', 100], ['thousand', 1000],
  ],
  former: ['former', 'disused', 'abandoned', 'construction of', 'planned'],
  another: ['another', 'other', 'second', 'neighbouring|neighboring'],
  recap: ['recall that', 'in a separate', 'earlier|previously ~ it was reported|reported', 'as ~ previously|earlier ~ reported', 'a day earlier', 'the day before'],
  reporting: ['said|reported|announced|wrote|posted|told'],
  again: ['again', 'a second time', 'once more'],
  previous: [
    'previous|prior',
  ],
  background: ['since', 'full-scale', 'invasion', 'anniversary', 'only|just yesterday'],
  relocation: ['relocated to', 'moved to', 'transferred to', 'bused to', 'will attend', 'sent to', 'held at', 'evacuated to', 'housed in|at', 'accommodated in|at'],
  buildingParts: ['roof', 'roofs', 'attic', 'facade', 'windows', 'doors', 'wall', 'walls', 'ceiling', 'ceilings', 'gym', 'auditorium', 'cafeteria', 'classroom', 'classrooms', 'hallway', 'hallways', 'floor', 'basement', 'boiler room', 'wing'],
  appeal: [
    'we appeal', 'appeal|appeals to', 'please ~ send|report|share', 'we ask ~ you', 'we call on', 'we urge', 'send us',
    'collecting ~ information|reports|data', 'urges|urged|asks|asked|requested|encouraged ~ to ~ submit|send|report|provide', 'calls|called on ~ to ~ submit|send|report|provide',
    'submit|send|report|provide ~ information|data|details ~ on|about ~ damaged|destroyed',
  ],
  statistic: [
    'over', 'more than', 'nearly', 'almost', 'about', 'in total', 'since the start|beginning ~ of', 'according to',
    'thousand*', 'hundreds', 'dozens',
  ],
};
