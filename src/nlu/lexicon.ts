/**
 * Keyword lexicon for the nine life domains.
 *
 * Sources: the labelling rules in shared/eval/README.md (what belongs to which domain) and our own
 * knowledge of Dutch social-domain vocabulary (Wmo, Jeugdwet, Participatiewet, Zvw/Wlz, Haarlem
 * organisations) and of how residents describe problems without the official term, in Dutch and
 * English, with common misspellings. A few key words in Turkish, Polish, Ukrainian and Arabic give
 * those residents a domain too. No entry was taken from the evaluation set.
 *
 * Entry syntax (matched on `normalise`d text, always from a word start):
 * - `*` any letters (`schuld*` = schuld, schulden, schuldhulp; `*rekening` = energierekening)
 * - `~` an optional space (`trap~lift` = traplift, trap lift)
 * - ` _ ` a gap of up to three words (`huur _ niet betalen`)
 * - `ij` also matches `y` and `ei` (`bijstand` = bystand, beistand)
 * - other regex syntax as is: `( | )`, `?`, `[ ]`
 * - prefix `!` = strong (unambiguous, weight 3), `?` = weak (weight 0.5); default weight 1, +1 for a
 *   match of several words.
 */
import { fold } from './normalise.js';
import type { LifeDomain } from './types.js';

/** Terms of one domain by language. */
export interface DomainTerms {
  nl: readonly string[];
  en: readonly string[];
  /** Turkish, Polish, Ukrainian, Arabic. */
  other: readonly string[];
}

// Normalised text holds only letters, digits and single spaces, so a word character is anything but a space.
const W = '[^ ]';

/** Weight class of an entry, from its `!`/`?` prefix. */
export type Tier = 'strong' | 'normal' | 'weak';

/** The weight class of an entry. */
export function entryTier(entry: string): Tier {
  return entry.startsWith('!') ? 'strong' : entry.startsWith('?') ? 'weak' : 'normal';
}

/** Regex source of one entry. */
function entrySource(entry: string): string {
  return fold(entry.replace(/^[!?]/, ''))
    .replace(/ _ /g, ` (?:${W}+ ){0,3}`)
    .replace(/~/g, ' ?')
    .replace(/\*/g, `${W}*`)
    .replace(/ij/g, '(?:ij|y|ei)');
}

function alternation(entries: readonly string[]): string {
  return entries.map(entrySource).sort((a, b) => b.length - a.length).join('|');
}

/** Compiles entries into one regex (global by default) that matches whole words of normalised text. */
export function compileTerms(entries: readonly string[], flags = 'gu'): RegExp {
  return new RegExp(`(?<!${W})(?:${alternation(entries)})(?!${W})`, flags);
}

/** Compiles entries into a regex that tests whether a whole string is one of them. */
export function compileExact(entries: readonly string[]): RegExp {
  return entries.length === 0 ? /(?!)/u : new RegExp(`^(?:${alternation(entries)})$`, 'u');
}

/** Compiles one entry into a sticky regex, to try at a known word start. */
export function compileEntry(entry: string): RegExp {
  return new RegExp(`(?:${entrySource(entry)})(?!${W})`, 'uy');
}

const PLAIN = /^[a-z0-9 \u0400-\u04ff\u0600-\u06ff]$/u;
const QUANTIFIER = /^[?{+]$/;

/** Literal prefixes (at most three characters) every match of the entry starts with; several when `ij` varies. */
function prefixes(e: string, depth: number): string[] | null {
  const c = e.charAt(0);
  if (depth === 0 || !PLAIN.test(c) || QUANTIFIER.test(e.charAt(1))) return depth === 0 ? [''] : null;
  if (e.startsWith('ij')) {
    const rest = prefixes(e.slice(2), depth - 2);
    const y = prefixes(e.slice(2), depth - 1);
    if (!rest || !y) return null;
    return [...rest.map((r) => `ij${r}`), ...rest.map((r) => `ei${r}`), ...y.map((r) => `y${r}`)].map((k) => k.slice(0, depth));
  }
  const rest = prefixes(e.slice(1), depth - 1);
  return rest ? rest.map((r) => c + r) : null;
}

/** Keys for the entry index: the first three (else two) characters every match starts with, or null when not fixed. */
export function entryKeys(entry: string): string[] | null {
  const e = fold(entry.replace(/^[!?]/, ''));
  if (e.startsWith(' ')) return null;
  const three = prefixes(e, 3);
  if (three && three.every((k) => k.length === 3)) return [...new Set(three)];
  const two = prefixes(e, 2);
  return two && two.every((k) => k.length === 2) ? [...new Set(two)] : null;
}

/** The nine domains' terms. */
export const LEXICON: Readonly<Record<LifeDomain, DomainTerms>> = {
  social_support: {
    nl: [
      '!wmo*', '!keukentafel~gesprek*', '!keukentafel', '!huishoudelijke? hulp', '!hulp in (de|het) huishouden', '!huishoud~hulp',
      'hulp bij (het )?(schoonmaken|huishouden|poetsen|boodschappen)', 'schoonmaak~hulp', 'poets~hulp', 'thuis~hulp',
      '!trap~lift*', 'trap _ niet (meer )?(op|af)', 'niet (meer )?(de )?trap (op|af)', 'traplopen', '!rol~stoel*', '!rolstol*',
      '!rollator*', '!rolator*', '!scoot~mobiel*', '!scootmobil*', '!scooter~mobiel*', 'scootmobeel', '!woon~aanpassing*',
      '!woning~aanpassing*', 'aanpassing* (in|aan|voor) (de|het|mijn|ons|haar|zijn) (huis|woning|badkamer|douche|toilet|keuken)',
      'douche~stoel*', 'badkamer _ aanpass*', 'drempels', 'verhoogd toilet', 'toilet~verhoger', 'til~lift', '!hulp~middel*',
      '!dag~besteding*', 'dag~opvang', '!mantel~zorg*', '!mantelzorger*', '!respijt~zorg', 'logeer~opvang', 'logeer~huis',
      '!begeleid wonen', '!beschermd wonen', '!beschermd~wonen', 'begeleiding (thuis|bij (het )?wonen)',
      'individuele begeleiding', 'ambulante begeleiding', '!regio~taxi', 'wmo~vervoer', 'wmo~taxi', 'aangepast vervoer',
      'vervoers~voorziening', '!maaltijd~service', 'maaltijden (aan huis|thuis)', 'tafeltje dek je', '!gehandicapten~parkeer*',
      '!invaliden~parkeer*', 'gehandicapt*', 'invalide*', 'minder~valide', 'lichamelijke beperking', '?beperking', '?handicap',
      '!client~ondersteun*', '!onafhankelijke client*', '!ouderen~adviseur*', '?wijk~team', '?sociaal wijk~team',
      'personen~alarm*', 'alarm~knop', 'alarmering', 'zelfstandig (blijven )?wonen', '?thuis (blijven )?wonen',
      '(redt|red|redden|redde) (zich|het|me|mij|haar|hem) _ niet (meer )?(alleen|thuis|zelf)', 'kan _ niet (meer )?alleen',
      'slecht ter been', 'kan (bijna |nauwelijks |moeilijk |niet |slecht )(meer )?(goed )?lopen', 'moeilijk lopen',
      'boodschappen _ (lukt|lukken) niet', '!huiselijk geweld', '!veilig thuis', 'blijf van mijn lijf', '!vrouwen~opvang',
      'opvang voor vrouwen', 'partner~geweld', '?eigen bijdrage', '?cak', 'pgb', '?persoons~gebonden budget', 'wmo~consulent',
      '?voorziening*', 'doof', 'slecht~horend', 'slecht~ziend', 'blind', '?ouderen', 'hulp (thuis|aan huis)',
      'kan (het )?(huishouden|schoonmaken) niet (meer )?(aan|doen)', 'mijn moeder _ niet meer (alleen|zelf)',
      'mijn vader _ niet meer (alleen|zelf)', 'wasgoed', 'rolstoel~taxi', 'boodschappen~dienst', 'steun voor mantelzorgers',
      'boodschappen niet (meer )?(doen|dragen|halen)', '(kan|kun|kunnen) _ boodschappen niet', 'zorg _ niet (meer )?aan', 'overbelast*',
      'zorgen voor (mijn|haar|hem|zijn)', 'zorg voor mijn (moeder|vader|man|vrouw|ouders|zus|broer)',
      '!valys', 'taxi~pas*', 'aangepaste (woning|auto|fiets|keuken)', 'rolstoel~toegankelijk', 'stofzuigen', 'ramen (lappen|zemen)',
      'koken _ (lukt|gaat) niet', 'mantelzorg~(waardering|compliment)', 'even vrij van', 'loop _ met een (stok|rollator)', 'ouderen~(werk|consulent)',
      'met een beperking', 'in een rolstoel', '?huishouden', 'huishouden _ (lukt|gaat) niet', 'hulp bij (het )?(wassen|strijken|koken|opruimen)',
      'niet goed ter been', 'handgrepen', 'beugels', 'trap~liften', 'woonvoorziening', 'blijf~huis', 'opvang na huiselijk geweld',
    ],
    en: [
      '!home help', 'help (at|around|in) (the )?(home|house)', '!household help', 'help with (the )?(cleaning|housework|household|shopping)',
      'cleaning help', '?cleaner', '!stair~lift*', '(cant|cannot|can not|unable to|no longer) _ (climb|get up|manage|use|do) (the )?stairs',
      '!wheel~chair*', '!walking frame', '?walker', '!mobility scooter*', 'disability scooter', '!home adaptation*',
      'adapt* (my|the|his|her|our) (home|house|bathroom|shower|toilet)', 'grab (rail|rails|bars)', 'shower (chair|seat|stool)',
      'raised toilet', 'day (activities|centre|center|programme|program|care for)', 'adult day care', '!carer*', '!caregiver*',
      '!informal care*', 'caring for (my|her|his)', 'look* after my (mother|father|mum|mom|dad|husband|wife|partner|parents)',
      '!respite*', '!supported (living|housing)', '!sheltered (housing|living|accommodation)', '!assisted living', '!disabled parking',
      'blue badge', 'disability parking', 'parking (permit|card|space) for (the )?disabled', 'taxi for (the )?disabled',
      'transport for (the )?disabled', 'accessible transport', '!meals on wheels', 'meal (service|delivery|deliveries)',
      'personal budget', '!client support', 'independent (client )?support', '!social support act', '!domestic (violence|abuse)',
      '!wom[ae]ns? shelter', 'safe house', 'abusive (partner|husband|boyfriend|wife)', '?disabled', '?disability', 'handicapped',
      'cope (on (my|her|his) own|alone)', '(cant|cannot|can not) manage (alone|on (my|her|his) own)', 'live independently',
      'personal alarm', 'alarm (button|pendant)', 'hard of hearing', 'visually impaired', 'partially sighted', 'help at home',
      '?elderly', 'care (needs )?assessment', 'in home support', 'cant walk (well|far|anymore)', 'walking (aid|stick)',
      'home modifications?', 'mobility aids?', 'crutches', 'ramp',
      'help with (cooking|laundry|washing|ironing|groceries)', '(cant|cannot|can not) (do|manage) (the )?(housework|cleaning|shopping|groceries)',
      'in a wheelchair', 'walking stick', 'accessible (home|house|flat|bathroom)',
    ],
    other: ['tekerlekli sandalye', 'ev (yardim*|temizli*)', 'wozek*', 'opiek*', 'візок', 'догляд*', 'كرسي متحرك', 'مساعدة منزلية'],
  },
  prevention: {
    nl: [
      '!roken', '!rookt', '!rook', '!stoppen met roken', 'sigaret*', 'sigaar*', 'shag', '!vapen', '!vape*', '!e sigaret*', 'nicotine',
      '!afvallen', '!af~vallen', '!over~gewicht', '?gewicht', 'te (dik|zwaar)', 'obesitas', 'dieet', 'dietist*',
      'gezond* (eten|leven|leefstijl)', 'gezonder', '!leef~stijl*', '?bewegen', 'meer bewegen', 'beweeg*', '?sporten',
      '!val~preventie', 'niet (meer|weer) (valt|vallt|vallen)', '(vallen|valpartijen) _ voorkomen', 'keeps falling', 'fall prevention', 'bang om te vallen', 'bang (dat|dat ze|dat hij) _ valt', '(vaak|regelmatig|steeds|al (twee|drie|een paar) keer) gevallen',
      'valt (vaak|steeds|regelmatig)', 'drink* _ (te )?veel', 'te veel (drinken|drinkt|drink|alcohol|drank|blowen|blowt)',
      '!alcohol*', '!alkohol*', 'drank', 'bier', 'wijn', 'zuipen', 'zuipt', 'dronken', '!blowen', '!blowt', '!blow', 'wiet',
      'cannabis', 'hasj', '!drugs', 'cocaine', 'coke', 'xtc', 'lachgas', '!gokken', '!gokt', '!gok~verslav*', 'casino',
      'online gokken', 'krasloten', '!gamen', '!gamet', '!game~verslav*', 'gaming', 'de hele dag _ (gamen|telefoon|mobiel|scherm)',
      'schermtijd', '!vaccin*', '!inenting*', 'ingeent', '?prik', '!griep~prik', 'corona~prik', 'hpv', '!bevolkings~onderzoek*',
      'screening', 'borst~kanker~onderzoek', 'darm~kanker~onderzoek', '!uitstrijk*', '!ggd', '!consultatie~bureau*', '!jgz',
      '!jeugd~gezondheids~zorg', 'jeugd~arts', 'jeugd~verpleegkundige', '!opvoed~cursus*', 'cursus (over )?opvoeden',
      'opvoed~ondersteuning', 'opvoed~tips', 'opvoed~vragen', 'triple p', 'voorlichting', '!preventie*', '?voorkomen',
      'soa', 'soa~test', 'anticonceptie', 'gezondheids~check', 'bloeddruk', 'cholesterol', 'eenzaamheid voorkomen',
      'valtraining', 'in beweging', 'niet meer (roken|drinken|gokken|blowen)', 'stoppen met (drinken|gokken|blowen|vapen|gamen)',
      'borrel', 'wijntje', 'biertje', 'snus', 'energiedrank*',
      'fles (wijn|wodka|drank|bier|sterke drank)', 'drink* (elke|iedere) (dag|avond|ochtend)', 'te veel op',
      'gezond (blijven|ouder worden)', 'fit blijven', 'buurt~sportcoach', 'sport~coach', 'gok~schuld*', 'sport~wedden*', 'weddenschap*',
      'fruit~automaat', 'gokkast', 'te veel (eten|snoep|snoepen|suiker|frisdrank)', 'ongezond*', 'frisdrank', 'hielprik', 'mazelen',
      'borstvoeding', 'tabak', 'waterpijp', 'shisha', 'paddo*', 'ghb', 'ketamine', 'drugs~gebruik', 'alcohol~gebruik', 'drank~gebruik',
      'gebruikt (drugs|coke|wiet|cocaine|xtc|lachgas)', 'scherm~verslav*', 'sociale media', 'tiktok', 'instagram',
      'beweegt (te )?weinig', 'de hele dag op de bank', 'tanden poetsen', 'groei (en )?ontwikkeling', 'condoom*',
    ],
    en: [
      '!smoking', 'smoke*', '!quit smoking', '!stop smoking', 'cigarette*', 'cigar*', '!vaping', '!vape*', '!e cig*', 'nicotine',
      '!lose weight', 'losing weight', '!weight loss', '!overweight', 'obese', 'obesity', '?weight', '?diet', 'dietician', 'nutritionist',
      'healthy (eating|lifestyle|food|living|habits)', 'eat* (healthier|more healthy)', 'more exercise', '?exercise', 'get fit',
      '!fall prevention', '(afraid|scared) of falling', 'keeps falling', 'fell (several|a few|many|two|three) times',
      'drink* too much', 'too much alcohol', '!alcohol*', 'drinks a lot', 'binge drinking', 'hangover*', 'drunk', 'booze', 'weed',
      'cannabis', 'smokes weed', '!drugs', 'cocaine', 'laughing gas', 'nitrous', '!gambl*', 'betting', 'casino', 'slot machines',
      'gaming (too much|all day|addiction)', 'games all (day|night)', 'screen time', '!vaccin*', 'immunis*', 'immuniz*', 'jab',
      'flu (shot|jab)', 'booster', '!screening', 'cancer screening', 'smear test', 'pap smear', 'mammogram', 'health visitor',
      'baby clinic', 'well baby clinic', '!parenting (course|class|classes|support|tips|programme|program)', 'prevention', '?prevent',
      'sti (test|testing)', 'std (test|testing)', 'contraception', 'health check', 'blood pressure', 'cholesterol', 'lifestyle',
      'stop drinking', 'quit drinking', 'energy drinks',
      'stay (healthy|fit)', 'sports betting', 'slot machine', 'junk food', 'sugar', 'unhealthy', 'social media', 'phone all day',
      'drug use', 'uses (drugs|coke|weed|cocaine)', 'vaccinated', 'check ?up',
    ],
    other: ['sigara*', 'alkol*', 'kumar*', 'asi', 'papieros*', 'alkohol*', 'hazard*', 'szczepi*', 'курін*', 'алкогол*', 'вакцин*',
      'щеплен*', 'تدخين', 'سجائر', 'كحول', 'قمار', 'تطعيم', 'لقاح'],
  },
  care: {
    nl: [
      '!ggz', '!psycholoog', '!psychologe', '!psychiater', 'psychiatri*', 'therapie', 'therapeut', '?behandeling', 'behandelaar',
      '!depressie*', '!depressief', '!depresief', 'somber*', 'angst~stoornis', 'angstig', '?angst*', 'paniek~aanval*', 'paniek',
      '!burn~out', 'overspannen', 'psychose', 'psychotisch', 'psychisch*', 'mentale (gezondheid|problemen|klachten)', 'trauma*', 'ptss',
      'bipolair', 'schizofren*', 'borderline', 'dwang~stoornis', 'eet~stoornis', 'anorexia', 'boulimia', '!wlz', '!wet langdurige zorg',
      '!ciz', 'indicatie', '!wijk~verpleg*', '!thuis~zorg', 'persoonlijke verzorging', 'hulp bij (het )?(wassen|douchen|aankleden|medicijnen)',
      'steun~kousen', '!dementie', 'dement', '!alzheimer', 'vergeet~achtig*', 'geheugen~problemen', 'vergeet (steeds|alles|veel)',
      'verward', '!verpleeg~huis', '!verzorgings~huis', 'zorg~instelling', 'opgenomen (in|op) (het|een|de) (ziekenhuis|kliniek|instelling|afdeling)', '?opname', '!huis~arts*', 'dokter', 'arts',
      'ziekenhuis', 'specialist', 'operatie', 'medicijn*', 'medicatie', '?pillen', 'apotheek', 'fysio*', 'tandarts', '!zorg~verzeker*',
      'verzekering _ (vergoed*|betaalt|dekt)', '?vergoed*', 'basis~verzekering', 'aanvullende verzekering', '?eigen risico',
      '!verslavings~zorg', 'afkick*', 'verslaafd', 'verslaving', 'brijder', 'ziek', 'ziekte', 'kanker', 'chronisch ziek', 'pijn',
      'hersen~letsel', 'parkinson', 'copd', 'hart~problemen', 'suiker~ziekte', 'diabetes', 'revalidatie', 'palliatie*', 'terminaal',
      'hospice', 'zorg~kantoor', 'zorg in natura', 'crisis~dienst', 'huisartsen~post', 'zorg~aanbieder', 'zorg~verlener',
      'kan niet slapen', 'slaap~problemen', 'slapeloos*', 'psychische hulp', 'diagnose', 'verstandelijke beperking', 'lvb',
      'psycho*', 'zorg nodig', 'verpleging', 'wondzorg', 'dagbehandeling', 'rugklachten', '?herstel',
      'douchen', '(niet|nooit) (meer )?(zelf|alleen) (douchen|wassen|aankleden)', 'gebroken (been|arm|heup|pols|enkel)', 'heup gebroken',
      '(slaap|eet) (niet|slecht|bijna niet)', 'gaat (helemaal |echt )?niet goed met (me|mij|mijn hoofd)',
      'psychische klachten', 'mentaal', 'niet lekker in (mijn|m n|mn|haar|zijn) (vel|hoofd)', 'in de war', 'pieker*', '?stress', 'overprikkeld',
      'nachtmerrie*', 'herbeleving*', 'oorlog', 'hoor~toestel*', 'gehoor', 'astma', 'insuline', 'dialyse', 'chemo*', 'bestraling',
      'revalideren', 'verpleegster', 'wijk~zuster', 'verzorgende', 'medicijnen (klaarzetten|innemen|vergeet|vergeten)', 'kliniek',
      'spoed~eisende hulp', 'eerste hulp', 'ambulance', 'verloskundige', 'kraam~zorg', 'zwanger*', 'hartfalen', 'longen',
      'praten met (iemand|een psycholoog|een professional)', 'hulp voor (mijn )?(hoofd|psyche)', 'geestelijke gezondheid*', 'ggz~team',
      'zorg~zwaarte', 'zorg~profiel', 'langdurige zorg', '24 uur (zorg|toezicht)', 'toezicht nodig',
    ],
    en: [
      '!mental health', '!psychologist', '!psychiatrist', 'psychiatric', 'therapy', 'therapist', 'counsel*', 'treatment', '!depress*',
      'anxiety', 'anxious', 'panic attack*', '!burn~out', 'breakdown', 'psychosis', 'psychotic', 'trauma*', 'ptsd', 'bipolar', 'schizo*',
      'ocd', 'eating disorder', 'anorexi*', 'bulimi*', '!dementia', '!alzheimer*', 'memory (problems|loss)', 'forgetful', 'confused',
      '!nursing home', '!care home', 'residential care', 'long term care', '!district nurse*', 'home nursing', '?home care',
      'personal care', 'help (with )?(washing|showering|bathing|getting dressed|medication)', '!gp', 'doctor', 'hospital', 'specialist',
      'surgery', 'operation', 'medication', 'medicine*', '?pills', 'prescription*', 'pharmacy', 'physio*', 'dentist',
      '!health insurance', 'insurance (cover*|pay*|reimburs*)', 'covered by (my |the )?insurance', 'deductible', 'own risk',
      'addiction (treatment|care|clinic)', 'rehab', 'detox', 'addicted', 'addiction', 'sick', '(seriously|mentally|terminally|chronically|fell|is|am|very|so) ill', 'illness', 'cancer', 'chronic*',
      'pain', 'stroke', 'brain injury', 'parkinson*', 'diabetes', 'heart (problems|condition|disease)', 'hospice', 'palliative',
      'terminal*', 'diagnos*', 'mental illness', 'cant sleep', 'insomnia', 'nurse', 'nursing', 'care provider', 'health care',
      'healthcare', 'suicidal', 'medical',
      '(can no longer|cannot|cant|can not|unable to) _ (shower|wash|bathe|dress)', 'broken (leg|arm|hip|wrist)', '(cant|cannot|can not) (eat|sleep)',
      'nightmares', 'flashbacks', 'hearing aid*', 'insulin', 'dialysis', 'chemo*', 'midwife', 'pregnan*', 'clinic', 'ambulance',
      'emergency room', 'someone to talk to about (my|how)', 'mental*', 'stressed', 'stress', 'overwhelmed',
    ],
    other: ['doktor*', 'hastane*', 'hasta*', 'ilac*', 'depresyon*', 'lekarz*', 'szpital*', 'chory', 'chora', 'chorob*', 'depresj*', 'лікар*', 'лікарн*',
      'хвор*', 'депрес*', 'ліки', '*طبيب', '*مستشفى', '*مريض', '*دواء', '*اكتئاب'],
  },
  youth: {
    nl: [
      '!jeugd~zorg', '!jeugd~hulp', '!jeugd~ggz', '!jeugd~bescherming', '!jeugd~wet', '?jeugd', '!gezins~voogd*', '!onder~toezicht~stelling',
      '!ots', '!uit~huis~plaatsing', '!uithuisgeplaatst', '!pleeg~zorg', '!pleeg~gezin*', '!pleeg~kind*', '!pleeg~ouder*', '!pleeg~moeder',
      '!pleeg~vader', '!cjg', '!centrum voor jeugd en gezin', '!kinder~bescherming', '!pgb jeugd', '(?<!(a|any|some|what|this|that|which|same|one|be|so|very|really|are|is|were|was) )kind(?! (of|regards|to|and|words|people|person|enough))', 'kinderen', 'kindje*', 'kinders',
      'kids', 'zoon', 'zoontje', 'dochter', 'dochtertje', 'baby', 'peuter*', 'kleuter*', '!puber*', '!tiener*', '?jongere*', 'opvoed*',
      'gedrags~problemen', 'gedrag', 'drift~bui*', 'woede~aanval*', 'luistert (niet|nooit)', 'ongehoorzaam', 'brutaal', 'adhd',
      'autisme', 'autistisch', 'ass', 'pdd nos', 'kinder~psycholoog', 'kinder~psychiater', 'kinder~arts', 'omgangs~regeling',
      'co ouder*', 'voogd*', 'weg~gelopen', 'loopt weg', 'loverboy*', 'jeugd~criminaliteit', 'verkeerde vrienden',
      'hangt (op straat|rond)', 'komt (s nachts )?niet thuis', 'tiener~moeder', 'gescheiden ouders', 'ouders (gaan )?scheiden',
      'scheiding _ kinderen', 'kleinkind*', 'kleinzoon', 'kleindochter', 'stiefzoon', 'stiefdochter', 'pubert', 'jongen van', 'meisje van',
      'mijn jongste', 'mijn oudste',
      'tiener~dochter', 'tiener~zoon', 'ruzie met (mijn |onze )?(zoon|dochter|kind|kinderen)', 'escaleert', 'jeugd~team', 'jeugd~consulent',
      'gezins~coach', 'gezins~begeleiding', 'ouderschap', 'ouders (scheiden|gaan scheiden|uit elkaar)', 'vecht~scheiding', 'omgang',
      'voogdij', 'gezag', 'ouderlijk gezag', 'stief~kind*', 'jonge moeder', 'tiener~moeder', 'kinder~alimentatie', 'oppas*',
      'mijn kleine', 'de kleine', 'pubers', 'jongens', 'meisjes',
    ],
    en: [
      '!youth care', '!youth services', 'youth (mental health|worker|protection|team)', '!child protection', 'child services',
      '!foster*', 'custody', 'guardian*', 'child', 'children', 'kid', 'kids', 'son', 'daughter', 'baby', 'toddler*', '!teen*',
      'adolescent*', 'young person', 'behaviou?r*', 'tantrum*', '(wont|doesnt|does not|will not) listen', 'disobedient', 'adhd',
      'autis*', '!parenting', 'child psycholog*', 'child psychiatr*', 'ran away', 'runs away', 'runaway', 'grooming', 'juvenile',
      'wrong crowd', 'stepson', 'stepdaughter', 'grandchild*', 'grandson', 'granddaughter', '?minor', '?boy', '?girl', 'my youngest',
      'my eldest', 'my oldest',
      'teenage', 'my little one', 'parenting', 'co parenting', 'visitation', 'fight(ing)? with (my|our) (son|daughter|kids|children)',
    ],
    other: ['cocug*', 'cocuk*', 'oglum*', 'kizim*', 'dzieck*', 'dzieci*', 'syn', 'syna', 'synem', 'corka*', 'corki*', 'дитин*', 'діт*', 'син', 'сина', 'сином',
      'доньк*', 'дочк*', '*طفل', '*اطفال', 'ابني', 'ابنتي', '*اولاد'],
  },
  education: {
    nl: [
      '!school', 'scholen', '!basis~school', '!middelbare school', '!vmbo', '!havo', '!vwo', '!mbo', 'hbo', 'roc', 'universiteit', '?uni',
      'studie', 'studeren', 'student*', '!studie~financiering', '!duo', 'studie~schuld*', '!leer~plicht*', '!thuis~zitter*',
      'zit _ thuis (van|zonder) school', 'gaat niet (meer )?naar school', 'wil niet (meer )?naar school', '!passend onderwijs',
      'speciaal (basis)?onderwijs', 'praktijk~onderwijs', 'onderwijs', 'rugzakje', 'samenwerkings~verband', 'ondersteunings~behoefte',
      '!leerlingen~vervoer', 'school~vervoer', 'school~taxi', 'taxi naar school', '!spijbel*', '!school~verzuim', 'verzuim', 'geschorst',
      'schorsing', 'van school (gestuurd|getrapt|af|verwijderd|gegooid)', 'juf', 'meester', 'leraar', 'leraren', 'lerares', 'docent*',
      'mentor', 'zorg~coordinator', 'intern begeleider', 'dyslexie', 'dyscalculie', 'huiswerk', 'rapport', 'cito', 'doorstroom~toets',
      'school~advies', 'klas', 'klasgenoten', 'pesten', 'gepest', 'school~kosten', 'school~reis*', 'ouder~bijdrage', '!inburger*',
      '!inburgerings~examen', '!taal~cursus', '!taal~les*', 'nederlandse les*', 'les in (het )?nederlands',
      'nederlands (leren|spreken|lezen|schrijven)', 'nederlandse taal', 'taal (leren|beter)', '!taal~huis', 'taal~maatje',
      'lezen en schrijven', '!laag~geletterd*', 'kan (niet|slecht|moeilijk) (goed )?(lezen|schrijven)', 'analfabeet', 'alfabetisering',
      'nt2', 'volwassenen~onderwijs', '!opleiding*', 'cursus', 'diploma', 'bbl', '?stage', 'examen*', 'toets', 'vve',
      'voorschool*', 'start~kwalificatie', 'schoolgaand*', 'leerling*', 'brugklas', 'groep [1-8]', 'scholier*',
      '(spreek|spreekt|praat|praten|spreken) _ (weinig|geen|slecht|nog geen|niet goed|niet zo goed|beetje) (nederlands|de taal)',
      'de taal (niet|slecht|moeilijk)', 'nederlands (is|vind ik) (moeilijk|lastig)',
      'leren (lezen|rekenen|schrijven)', 'rekenen', 'digitale vaardigheden', 'computer~les*', 'computer~cursus', 'klik en tik',
      'diploma (erkennen|erkend|erkenning|waardering|laten erkennen)', 'idw', 'nuffic', 'staats~examen', 'b1', 'a2', 'knm', 'taal~school',
      'taal~eis', 'leerlingen', 'school~gaande', 'school~bus',
    ],
    en: [
      '!school', 'schools', '!primary school', '!secondary school', '!high school', 'college', 'university', 'study', 'studying',
      'studies', '!student*', '!student (finance|loan|loans|debt)', '!truan*', 'skip* school', '(not going|doesnt go|wont go|refuses to go|does not go) to school',
      '!school refusal', 'compulsory education', 'attendance officer', 'special (education|needs|school)', 'sen', 'school transport',
      'school bus', 'suspended', 'expelled', 'kicked out of school', 'teacher*', 'homework', 'dyslexi*', '!integration (course|exam|test)',
      '!civic integration', '!dutch (lessons|classes|class|course|language course)', 'learn* dutch', 'language (course|class|classes|lessons)',
      'reading and writing', '(cant|cannot|can not) (read|write)', 'illiterate', 'literacy', 'adult education', '(?<!of )course', 'training',
      'diploma', 'degree', 'exam*', 'bullied', 'classmates', 'classroom', 'qualification*', 'vocational', 'pupil*', 'education',
      '(speak|understand|know) (little|no|not much|only a little) dutch', '(dont|do not|cant|cannot) (speak|understand) dutch',
      'learn (to read|to write|maths|math|computer)', 'computer (course|class|skills)', 'digital skills', 'recogni[sz]e my (diploma|degree)',
    ],
    other: ['okul*', 'dil kurs*', 'hollandaca', 'szkol*', 'kurs*', 'jezyk*', 'nauk*', 'школ*', 'мов*', 'курс*', 'навчан*', '*مدرسة',
      '*دراسة', '*لغة'],
  },
  wellbeing: {
    nl: [
      '!eenzaam*', '!eensaam*', '!eenzaamheid', 'voel (me|mij|mezelf) _ alleen', '(ben|zit|zijn|is) _ (vaak|veel|erg|zo|altijd|heel|de hele dag) alleen',
      'helemaal alleen', '?alleen', 'niemand (om mee te praten|om te praten|die (me|mij) (belt|bezoekt|opzoekt))',
      'niemand _ (belt|komt|bezoekt|langs)', 'zie _ (bijna )?niemand', 'praat _ met niemand', 'spreek _ niemand',
      'geen (vrienden|vriendinnen|contact*|familie|aanspraak|sociale contacten|sociaal leven|mensen om (me|mij) heen)', 'sociale contacten',
      'sociaal isolement', 'geisoleerd', 'mensen (ontmoeten|leren kennen)', 'nieuwe mensen', 'vrienden maken', 'iemand om mee te praten',
      'praatje', 'aanspraak', 'gezelschap', '!vrijwilliger*', '!vrijwilligers~werk', '!buurt~huis', '!buurt~centrum', '!wijk~centrum',
      'ontmoetings~plek', 'ontmoetings~centrum', '?inloop*', 'koffie~ochtend', 'koffie~uurtje', 'activiteit*', 'hobby*', 'clubje',
      'vereniging', 'samen (koffie|wandelen|eten|iets doen)', '!maatje', '!buddy', 'bezoek~dienst', 'vriendschappelijk huisbezoek',
      'buren', 'buurman', 'buurvrouw', 'bovenburen', 'onderburen', '!buren~ruzie', 'ruzie met (de|mijn) (buren|buurman|buurvrouw|bovenburen|onderburen)',
      'overlast', 'geluids~overlast', '!buurt~bemiddel*', 'verveel*', 'weduwe', 'weduwnaar', 'rouw*', 'verdriet*', 'overleden', 'overleed',
      'gestorven', 'welzijn*', 'dock', 'sociaal werk*', 'buurt~coach', 'buurt~werk*', 'zingeving', 'meedoen', 'mee doen', 'erbij horen',
      'kom _ (bijna )?niet (meer )?buiten', 'kom _ de deur niet (meer )?uit', 'senioren', 'soos', 'taal~cafe', 'repair cafe',
      'wandel~groep*', 'contact met anderen', 'onder de mensen', 'stil in huis', 'niemand meer',
      'vrienden', 'gezelligheid', 'samen eten', 'buurt~restaurant', 'huis~kamer', 'praat~groep', 'lotgenoten*', 'rouw~groep', 'kerk',
      'moskee', 'niks te doen', 'niets te doen', 'de hele dag binnen', 'herrie', 'lawaai', 'muziek _ (te )?hard', 'hond blaft', 'blaffende hond',
      'stank', 'buurt~conflict', 'burenoverlast', 'bezigheid', 'dagritme', 'uitje*', 'gezellig*',
    ],
    en: [
      '!lonely', '!lonley', '!loneliness', '?alone', 'all alone', 'on my own', 'feel* (so |very )?alone', '!isolated', 'isolation',
      'no friends', '(no one|nobody|noone) to talk to', '(no one|nobody|noone) (visits|calls|comes)', '(dont|never|do not) see anyone',
      'see no one', 'meet (new )?people', 'make (new )?friends', 'social (contact*|life|activities)', '?company', 'someone to talk to',
      '!volunteer*', '!community (centre|center|house)', 'neighbou?rhood (centre|center|house)', 'drop in', 'coffee morning',
      'activities', 'hobby', 'hobbies', 'club', '!buddy', 'befriend*', 'neighbou?r*', 'noise', 'noisy', 'nuisance',
      '!neighbou?r (dispute|conflict|mediation)', 'mediation', 'bored*', 'widow*', 'grief', 'griev*', 'passed away', 'died',
      'bereave*', 'wellbeing', 'well being', 'social worker', 'get out of the house', '(never|dont|do not) leave the house',
      'join a (group|club)', '?belong', 'miss (my|having) friends', 'connect with (people|others)',
      '(doesnt|does not|dont|do not|never) talk to (anyone|anybody)', 'talk to (no one|nobody)', '?visit (him|her|my (father|mother|dad|mum|mom))',
      'friends', 'friendship', 'church', 'mosque', 'nothing to do', 'loud music', 'barking', 'dog barks', 'lonely since', 'get out more',
    ],
    other: ['yalniz*', 'samotn*', 'самотн*', '*وحيد', '*وحدة'],
  },
  housing: {
    nl: [
      '!huur', 'huren', '!huur~toeslag', '!huur~achterstand', '!huur~schuld', '!huur~woning', '!huur~huis', '!huur~contract', 'huur~verhoging', 'huur~prijs',
      '!huis~baas', '!verhuurder*', '!woning~corporatie*', '?corporatie', '!woning~bouw~vereniging', 'woon~stichting', 'elan wonen',
      'pre wonen', 'ymere', 'woningnet', 'sociale huur*', 'woning', 'woningen', '!woning~zoekende*', 'inschrijf~duur', '?inschrijving',
      '?wacht~lijst', '!urgentie*', '!urgent~verklaring', '?huis', '?huisje', 'woon~ruimte', '?kamer', '?appartement', '?flat', '!ontruim*',
      'uit (mijn|het|ons|huis|de woning) _ (gezet|zetten|zet|gooien|gegooid)', 'uit huis (gezet|zetten|gegooid)', 'eruit (gezet|gegooid)',
      '!huis~uitzetting', '!uit~zetting', '(huis|woning|mij|me|ons|ons gezin) _ uit (te )?(zetten|gezet|gooien|gegooid)', 'uit~gezet', '(mijn|het|ons|de) (huis|woning) (uit|kwijt)', '(op|aan) straat (staan|komen|belanden|gezet|te staan)', 'sta _ op straat', '!dakloos*',
      '!dakloze*', '!thuisloos', '!daklozen~opvang', '!nacht~opvang', '!maatschappelijke opvang', 'opvang~plek',
      'slaap _ (op straat|buiten|in (mijn|de|een) auto|bij vrienden|bij familie|op de bank)', 'bank~slapen', 'bank~slaper',
      'geen (woon)?plek', 'geen dak boven', 'geen (huis|woning|woonruimte|thuis)', 'nergens (te|om te) (wonen|slapen|heen)',
      '!schimmel*', 'vocht*', 'lekkage', 'lekt', '?tocht', 'cv~ketel', 'cv (is|doet|werkt)', '(de|onze|mijn) cv', 'verwarming', '?kapot*', 'reparatie*', 'onderhoud', 'gebreken',
      '!verhuiz*', '!verhuis*', 'kleiner wonen', 'senioren~woning', 'gelijkvloers*', 'woning~ruil', 'huur~commissie', 'service~kosten',
      'hypotheek', 'koop~huis', 'inwonen', 'inwoning', 'onder~huur', 'huisvesting', 'woon~situatie', '?wonen', 'woon~plek', 'woon~vorm',
      'opvang', 'moet (mijn|het|ons) huis uit',
      'moet(en)? eruit', '(woon|wonen|slaap|slapen|verblijf|verblijven) _ bij (mijn|mn|familie|vrienden|een vriend|een vriendin|kennissen)',
      'geen eigen (plek|huis|woning|kamer)', 'statushouder*',
      'woning~nood', '(woning|huis|woonruimte|kamer) (zoeken|vinden)', '(zoek|zoeken) _ (woning|huis|woonruimte|kamer)', 'te (klein|krap) (wonen|huis)',
      'overbewoon*', 'huis is te (klein|groot|duur)', 'woningstichting', '?borg', 'huur~overeenkomst', 'huur _ opgezegd', 'opzeggen',
      'vochtplek*', 'muffe lucht', 'riool', 'verstopt', 'bedwants*', 'wandluis*', 'kapotte (deur|ramen|raam|kozijn*|keuken|douche)',
      'lift (is )?kapot', 'zwerven', 'hostel', 'pension', 'anti~kraak', 'tijdelijk wonen', 'slaapplek', 'onderdak', 'waar moet ik (wonen|slapen|heen)', 'huis uit moeten', 'ongedierte', 'muizen', 'kakkerlakken',
    ],
    en: [
      '!rent', 'rental', 'renting', '!landlord*', '!housing', '?house', '?home', '?flat', '?apartment', '!evict*', 'kicked out',
      'thrown out', '!homeless*', 'sleep* rough', 'sleep* (on the street|on the streets|outside|in (my|a|the) car|on (a|my) friends (couch|sofa))',
      'sofa surf*', 'couch surf*', 'shelter', 'night shelter', '(no|nowhere) (place )?to (live|stay|sleep|go)', 'roof over',
      'housing association', 'social housing', 'council (house|housing|flat)', 'waiting list', 'urgency', 'priority (for )?housing',
      '!mou?ld*', 'damp', 'leak*', 'repair*', 'broken (heating|boiler|window|door)', 'heating', 'boiler', 'maintenance', 'move house',
      '?moving', 'move (to|into) a (smaller|ground floor|different|new) (house|home|flat|apartment)', '!rent arrears', 'behind on (my |the )?rent',
      'rent increase', '!tenan*', 'lease', 'mortgage', 'accommodation', 'place to live', '?room', 'pests', 'mice', 'cockroaches',
      'find a (house|home|flat|apartment|place)', 'looking for a (house|home|flat|apartment|place to live)', 'too small', 'overcrowded', 'deposit',
      'bed bugs', 'where (can|do|will) (i|we) (live|sleep|stay)',
    ],
    other: ['kira*', 'ev', 'evim*', 'evden', 'ev sahibi', 'konut*', 'kuf', 'mieszkani*', 'czynsz*', 'wynajm*', 'eksmisj*', 'bezdomn*',
      'житл*', 'квартир*', 'оренд*', 'виселен*', 'бездомн*', '*سكن', '*ايجار', '*بيت', '*شقة', '*منزل'],
  },
  work: {
    nl: [
      'werk', 'werken', '!werkloos*', '!baan', 'banen', 'geen baan', '!sollicit*', '?cv', 'vacature*', 'uitzend*', '!re ?integratie*',
      '!werk~fit', '!job~coach', '!beschut werk', 'sociale werk~voorziening', 'paswerk', 'werk~plek', 'arbeids~beperking',
      'banen~afspraak', 'doelgroep~register', 'loon~kosten~subsidie', '!participatie~wet', 'tegen~prestatie', '!werk~gever*', 'baas',
      '!ontslag*', '!ontslagen', '?contract', 'tijdelijk contract', 'vast contract', 'arbeids~contract', 'nul~uren*', 'loon', 'salaris',
      'werk~tijden', 'overuren', 'collega*', 'leiding~gevende', 'ziek~gemeld', 'ziek~melding', 'ziek~melden', 'ziek thuis (van|zonder) werk',
      '!ziekte~wet', 'arbo*', 'bedrijfs~arts', '!uwv', 'ww', 'ww uitkering', '!wia', 'wao', '!wajong', 'arbeids~ongeschikt*', 'zzp*',
      'zelfstandige', 'ondernemer', 'eigen bedrijf', 'bbz', 'werk~ervaring', 'proef~plaatsing', 'om~scholing', 'werkloosheid*',
      'werk~coach', 'werk~consulent', 'aan het werk', 'werk~zoekend*', 'arbeids~markt', 'betaald werk', 'werknemer*', 'arbeidsrecht',
      'vakbond', 'fnv', 'ploeg~dienst*', '?diensten', '?rooster', 'werkvloer', 'sollicitatie~plicht', 'arbeids~conflict',
      'flex~werk', 'oproep~kracht', 'min ?max', '?uren', 'vakantie~geld', 'loon~strook', 'werk~ervarings~plaats', 'leer~werk*', 'aan de slag',
      'bijbaan*', 'werk~plein', 'ziek op (het )?werk', 'mijn werk', 'op het werk', 'functioneringsgesprek', 'loonsverlaging', 'proeftijd',
    ],
    en: [
      '!job', 'jobs', '(?<!doesnt |does not |didnt |did not |wont |will not )work', '?working', '!unemploy*', 'find (a )?(job|work)',
      'looking for (a )?(job|work)', 'job (search|hunting|application|interview|centre|center)', 'apply* for jobs', 'applications', '?cv',
      'resume', 'vacanc*', '!employer*', 'boss', '!fired', '!dismiss*', 'laid off', 'lost my job', '!redundan*', '?contract',
      'zero hours', 'wage*', 'salary', '?paid', 'unpaid (wages|salary)', 'sick leave', 'called in sick', 'occupational (doctor|health)',
      'company doctor', '!uwv', 'unemployment benefit*', 'disability benefit*', 'ww benefit', '!reintegrat*', 're integrat*', '!job coach',
      'sheltered (work|employment)', 'workplace', 'colleague*', 'self employed', 'freelanc*', 'own business', 'internship',
      'work experience', 'career', 'employment', 'shifts', 'overtime', 'trade union', '?manager',
      'part time', 'full time', 'hours', 'payslip', 'holiday pay', 'probation', 'get back to work', 'back to work',
    ],
    other: ['issiz*', 'is ariyor*', 'calis*', 'is bulam*', 'is bulm*', 'praca', 'pracy', 'prace', 'pracuj*', 'pracowa*', 'bezroboc*', 'робот*', 'працю*', 'безробітн*', '*عمل', '*وظيفة', '*شغل'],
  },
  income: {
    nl: [
      '?geld', '!geen geld', '!te weinig geld', '!geld~tekort', '!geld~zorgen', '!geld~problemen', 'financ*', 'financieel',
      'financiele (problemen|zorgen|situatie)', '!schuld*', '!schult*', '!deurwaarder*', '!deurwarder*', '!deurwaader*', '!incasso*',
      '!aanmaning*', 'betalings~achterstand*', 'achterstand*', 'rekening', 'rekeningen', '*rekening', '*rekeningen',
      'kan _ niet (meer )?(be)?talen', 'niet (meer )?kunnen (be)?talen', 'kunnen _ niet (meer )?betalen', 'niet (meer )?(be)?talen',
      '?betalen', '?betaal', 'betalings~regeling', '!beslag*', 'loon~beslag', '!bijstand*', '!bystand*', '!uitkering*', '!uitkeering*',
      '?participatiewet', '!toeslag*', '!huur~toeslag', '!zorg~toeslag', '!kinder~opvang~toeslag', 'kind~gebonden budget',
      '!kinder~bijslag', 'svb', '!belasting~dienst', 'belasting*', '?aangifte', 'blauwe (brief|envelop)', 'terug~betalen', 'terug~vordering',
      'terug~gevorderd', '!bijzondere bijstand', '!minima*', 'haarlem~pas', 'stads~pas', '!kwijt~schelding', '!voedsel~bank', '!bewind*',
      '!bewind~voer*', '!budget~beheer', '!budget~coach', '?budget*', 'huishoud~boekje', 'rond~komen', 'kom _ niet rond', 'eind(e)? van de maand',
      'aow', 'aio', 'pensioen', '!cak', '?eigen bijdrage', '?energie', 'gas en licht', '?afgesloten', 'energie~toeslag', 'lening*', 'geleend',
      'lenen', 'krediet', 'klarna', 'achteraf betalen', 'rood staan', 'sta _ rood', 'inkomen', 'laag inkomen', 'armoede', '?arm',
      'geen eten', '?boodschappen', 'cjib', 'boete* _ niet _ betal*', 'rente', 'bankrekening', 'pinpas', 'saldo', 'nibud', '?brieven',
      '?post', 'administratie', '?formulier*', '?papieren', '?euro', '?kosten', '?duur', 'geld~lenen', '?sparen', 'spaargeld',
      'geen cent', 'blut', 'platzak', '?krap', 'eten kopen', 'niet genoeg geld', 'geld~nood', 'achterstanden', 'vaste lasten', 'premie',
      'schuld~eisers', 'wanbetaler', 'bkr', 'aflossen', 'afbetalen', 'alimentatie', 'erfenis', 'kleding~bank', 'speelgoed~bank',
      'leer~geld', 'meedoen~regeling', 'inkomens~toeslag', 'collectieve zorgverzekering', 'bijverdienen', 'rood', 'betalingsherinnering*',
    ],
    en: [
      '!money', '!no money', 'not enough money', 'short of money', 'broke', '!debt*', 'in debt', 'owe(d|s|ing)?', '!bills', 'bill',
      '(cant|cannot|can not|unable to|couldnt) (pay|afford)', 'afford*', 'payment (plan|arrangement)', '!bailiff*', '!debt collect*',
      'collection agency', 'reminder*', 'final notice', 'arrears', '!benefits', 'benefit', 'welfare', 'social assistance', 'allowance*',
      'childcare allowance', 'housing benefit', 'health ?care allowance', 'child benefit', 'tax', 'taxes', 'tax (office|return|letter|authorit*)',
      'pay back', 'repay*', '!food bank', 'budget*', 'make ends meet', 'poverty', 'poor', 'income', 'low income', 'pension', 'state pension',
      'loan*', 'overdraft', 'cut off', '(energy|gas|electricity|water|phone) bill*', 'financ*', 'administration', 'paperwork', '?letters',
      'garnish*', 'seized', 'bank account', 'buy food', '?expensive', '?costs', '?euros?', '?savings', '?pay',
      'not enough to (live|eat|pay)', 'fixed costs', 'alimony', 'inheritance', 'paying off', 'owe money', 'in the red', 'skint',
    ],
    other: ['borc*', 'para', 'fatura*', 'icra*', 'dlug*', 'pieniad*', 'pieniedz*', 'rachun*', 'komornik*', 'zasil*', 'борг*', 'грош*', 'рахун*',
      'виплат*', '*ديون', '*فلوس', '*فواتير', '*فاتورة', '*نقود', '*قرض'],
  },
};
