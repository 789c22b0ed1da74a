/**
 * Crisis detection: recall first. A false alarm costs a screen of help numbers; a miss can cost a life.
 * Patterns use the lexicon entry syntax (see lexicon.ts) on normalised text.
 */
import { compileTerms } from './lexicon.js';
import { fold, normalise } from './normalise.js';

/** Why a message is a crisis; the classifier maps kinds to domains. */
export type CrisisKind = 'suicide' | 'self_harm' | 'violence' | 'danger' | 'medical';

const ME = '(me|mij|mezelf|mijzelf|myself|my self)';
const NL_PARTNER = '(man|vrouw|partner|vriend|vriendin|ex|echtgenoot|echtgenote|vent|vader|moeder|pa|ma|papa|mama|stiefvader|stiefmoeder|broer|zus|zoon|dochter|schoonvader|schoonmoeder|oom)';
const EN_PARTNER = '(husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|father|dad|daddy|mother|mum|mom|mummy|mommy|stepfather|stepdad|stepmother|stepmom|brother|sister|son|daughter|uncle)';
const NL_HURT = '(slaat|slaan|sla|schopt|schoppen|trapt|mishandelt|mishandelen|bedreigt|bedreigen|wurgt|knijpt|duwt|martelt|verkracht|misbruikt|bijt|stompt)';
const EN_HURT = '(hits|hit|hitting|beats|beat|beating|kicks|kicking|chokes|choking|strangles|slaps|slapping|punches|punching|threatens|hurts|hurting|abuses|abusing|rapes|raped|molests|molested|attacks)';
const VICTIM_NL = '(me|mij|ons|mn|mijn|de kinderen|de kids|de baby|mama|haar|hem|zijn|onze)';
const VICTIM_EN = '(me|us|her|him|them|mum|mom|the (kids|children|baby)|(my|our) ((little|younger|older|big|baby|small|youngest|eldest) )?(kids|children|child|son|daughter|baby|mum|mom|mother|sister|brother|wife|girlfriend|husband|boyfriend|partner|family))';
const NL_HURT_BARE = '(slaat|slaan|schopt|schoppen|mishandelt|mishandelen|bedreigt|bedreigen|wurgt|martelt|verkracht|misbruikt)';

const SUICIDE = compileTerms([
  // nl
  '(zelf|zelv|self|zef|zelfs|sel)~moor[dt]*', 'zelf~doding*', 'suic*', 'sucid*', 'suisid*', 'suizid*', 'suicied*',
  'dood~wens*', 'levens~moe*',
  '(wil|wilde|wou|zou willen|willen) ((het liefst|liefst|liever|gewoon|echt|eigenlijk|soms|graag|alleen nog|alleen maar|maar|nu|ook|al|zelf) ){0,3}(dood|sterven|dood gaan|doodgaan|niet meer leven|niet meer wakker)',
  'liever dood', 'was ik maar dood', 'beter (af )?dood', 'beter af (zonder|als ik)', 'niet meer (willen )?(leven|bestaan)',
  'niet (meer|langer) (wil|wilt|willen|wou) (leven|bestaan)', 'als ik er niet (meer )?(ben|zou zijn|was)', 'beter (is|zou zijn|was) (als|zonder) (ik|mij)',
  '(hou|houd) het _ niet (meer )?vol', 'hoeft voor mij _ niet meer', 'ik wil niet meer verder', 'wil stoppen met (alles|leven|het leven)',
  '(heb|heeft) (er )?geen zin meer in (het leven|leven|alles)', 'geen zin meer in (het )?leven', 'wat heeft (het leven|leven) (nog )?(voor )?zin',
  'heeft allemaal geen zin', '(alles|het leven) heeft geen zin', 'er een punt achter (zetten|te zetten)', 'punt achter mijn leven', 'van het leven (beroven|te beroven)',
  'de hand aan (mezelf|mijzelf) (slaan|te slaan)', 'eind eraan', 'einde eraan', 'het leven moe', 'ben (een|de) last (voor|van)',
  'geen hoop meer', 'hopeloos', 'denk _ aan de dood', 'wil gaan slapen en nooit', '(touw|strop) (gekocht|gekocht om)',
  'heb (al )?een plan (om|hoe)', 'plan om (mezelf|mijzelf|er een eind)', 'niet meer (hoeven )?(leven|wakker)', 'nooit meer wakker',
  '(trek|trekt) het _ niet (meer)?', 'klaar met (het leven|leven|alles)', 'geen licht meer', 'iets doms', 'liefst _ verdwijnen',
  'verdwijnen (van|uit) (de|deze) (aarde|wereld)', 'praat _ over (doodgaan|dood gaan|zelfmoord|de dood|sterven)', 'dood (wil|wilt|willen)',
  '(eind|einde) aan (wil|wil gaan|ga|zou|gaat) maken', '(me|mij|mezelf|mijzelf|zich|zichzelf) (iets|wat) aan (wil |ga |zal |zou |gaat )?(doen|te doen)',
  'er niet meer (willen )?zijn', 'niet meer wakker (worden|te worden|word)', '(eind|einde|eid|ende) (aan|van) (mijn|mn|m n|het|dit|ons) leven',
  '(eind|einde) aan (maken|te maken|mezelf)', 'er (een )?(eind|einde) aan', 'uit het leven (stappen|gaan)', 'van kant maken',
  '(mezelf|mijzelf) _ (aan doen|aandoen|van kant|ophangen|op hangen|dood maken|doodmaken|vermoorden|iets aandoen)', '(me|mij|mezelf|mijzelf) (iets|wat) aan~(doen|te doen)',
  '(me|mij) van kant',
  `hang ${ME} op`, 'voor (de|een) (trein|metro|auto) (springen|spring|gooien|lopen)', '(van|vanaf|off) (het|een|de) (dak|flat|brug|balkon) (af )?(springen|spring)',
  'pillen _ (slikken|innemen|opsparen|gespaard|verzameld|allemaal)', 'alle (pillen|medicijnen|tabletten)', 'afscheids~brief*',
  'zie het _ niet (meer )?zitten', 'zie (geen|niet langer een) (uitweg|toekomst|zin|reden)', 'heeft (allemaal |het )?geen zin meer',
  'leven (heeft )?geen zin', 'geen (reden|zin) (meer )?om (te leven|door te gaan)', 'niets (meer )?om voor te leven',
  'kan (echt |gewoon |zo |het )?niet meer verder', 'wil weg uit (dit leven|deze wereld)', 'dood~gaan wil', 'sterven wil', 'ik wil dood',
  'gedachten (aan|over) (de )?dood', 'doodsgedachten', 'wil verdwijnen', 'niemand zal (me|mij) missen', 'iedereen (is )?beter af',
  'geen uitweg',
  // en
  'kill (myself|my self)', 'killing (myself|my self)', 'end (my|it) (life|all)', 'end it', 'ending it', 'end (things|everything)',
  'take my (own )?life', '(wants?|wanna|going|gonna|wish|ready) (to )?(die|be dead)', 'kill(ing)? (herself|himself|themselves)', 'something stupid', 'wish (i was|i were|to be|i could be) dead', 'better off dead',
  'better off without me', '(no|nothing) (reason |point )?(to|in) liv(e|ing)', 'nothing (left )?to live for', 'no (reason|point) (in |to )?(living|going on|anymore)',
  '(dont|do not|no longer) want to (live|be alive|be here|exist|wake up|go on)', 'not want to (live|be alive|wake up)', '(cant|cannot|can not) go on',
  '(cant|cannot|can not) (take|do) (it|this) any ?more', 'give up on life', 'suicide note', 'goodbye letter', 'disappear forever',
  'sleep (forever|and never wake up)', 'never wake up', 'want* to disappear', '(cant|cannot|can not) cope any ?more',
  'end(ing)? (my|his|her|their) (own )?life', 'thinking (of|about) ending', 'see the point (anymore|in living|of living|in anything)',
  '(whats|what is) the point (anymore|of living|of anything|in living)',
  '(im|i am|feel like) a burden', 'burden (to|on) (everyone|my family|others)', 'have a plan to', 'hopeless', 'no hope', 'not worth living',
  'life is (not|no longer) worth', 'done with (life|living)', 'thoughts (of|about) (death|dying)', 'give up on everything', 'hang (myself|my self)', 'jump (off|from|in front)', 'no way out', 'want it (all )?to (end|stop)',
  // tr, pl, uk, ar
  'intihar*', 'olmek istiyorum', 'kendimi oldur*', 'yasamak istemiyorum', 'canima kiy*', 'hayatima son', 'artik dayanamiyorum',
  'samoboj*', 'chce umrzec', 'zabic sie', 'zabije sie', 'sie zabic', 'nie chce zyc', 'skonczyc ze soba', 'tne sie', 'okalecz*',
  'не хочу жити', 'покінчити з життям', 'ріжу себе', 'самоушкодж*', 'хочу умереть', 'покончить с собой', 'суицид*', 'не хочу жить',
  '*لا اريد ان اعيش', '*انهي حياتي', '*اجرح نفسي',
  'суіцид*', 'самогубств*', 'хочу померти', 'вбити себе', 'покінчити з собою', '*انتحار', '*انتحر*', '*اريد ان اموت', '*اقتل نفسي',
]);

const SELF_HARM = compileTerms([
  `(snij|snijd|snijdt|snijden|kras|krast|krassen|beschadig|bekras) ${ME}`, `(snij|snijd|snijdt|kras|krast) (zich|zichzelf|haarzelf|hemzelf)`,
  '(snij|snijd|snijdt|kras|krast) _ in (mijn|haar|zijn) (arm|armen|pols|polsen|been|benen|huid)', 'automutil*', 'zelf~beschadig*', 'zelf~verwond*',
  '(polsen|pols) (door~snijden|doorsnijden)', `${ME} (te )?(snijden|krassen|beschadigen|verwonden)`, `${ME} _ pijn (doen|te doen)`, `(doe|doet|deed) ${ME} _ pijn`, `${ME} (slaan|branden)`, 'doet (zichzelf|haarzelf|hemzelf) pijn',
  '(cut|cutting|cuts|harm|harming|hurt|hurting|burn|burning) (myself|my self|herself|himself|themselves)', 'self ?harm*', 'self ?injur*',
  'cut (my|her|his) (wrists|arms|legs)', '(heb|heeft) (mezelf|mijzelf|zichzelf|zich) _ (gesneden|gekrast|verwond|gebrand|pijn gedaan)',
  '(ze|hij|zij) (krast|snijdt)', '(krast|snijdt) (zich|zichzelf|weer|nog)', '(armen|polsen) _ (open~gekrast|gekrast|gesneden)', 'bonk* _ hoofd',
  'scratch(es|ing)? (herself|himself|myself)', 'burns? (herself|himself|myself)',
]);

const VIOLENCE = compileTerms([
  `(hij|zij|ze|${NL_PARTNER}) _ ${NL_HURT} ${VICTIM_NL}`, `${NL_HURT} (me|mij|ons)`, `(hij|zij|ze) ${NL_HURT_BARE}`,
  '(word|wordt|worden) _ (geslagen|mishandeld|bedreigd|geschopt|misbruikt|verkracht|gewurgd|opgesloten)',
  `(hij|zij|ze|${NL_PARTNER}) (is|wordt|werd|kan) _ (agressief|gewelddadig)`, `(me|mij|ons|haar|hem|de kinderen|mijn (kind|zoon|dochter|moeder)) ${NL_HURT}`,
  'hoor _ (klappen|gillen|gegil|slaan)', '(ben|zijn|is) _ bedreigd', 'gestalkt', 'gewelddadig', '(komt|kwam) _ s ?nachts (op|in|naar) (mijn|m n|mn) (kamer|bed)',
  '(kinderen|kids|baby|kind) _ (krijgt|krijgen|kregen) _ geen eten',
  '(heeft|hebben) (me|mij|ons|de kinderen|mijn (kind|zoon|dochter|moeder)) _ (geslagen|geschopt|gewurgd|mishandeld|bedreigd|verkracht|pijn gedaan|aangevallen)',
  '(sloeg|schopte|duwde|wurgde|bedreigde) (me|mij|ons|de kinderen|mijn)', 'blauwe plek*', 'blauw oog', 'bang dat (hij|ze|zij) _ (terug~komt|komt)',
  'bang (voor )?wat (hij|ze|zij) _ (doet|gaat doen)', 'mag (het huis )?niet (weg|naar buiten|de deur uit)', 'controleert (alles|mijn telefoon)',
  'gedreigd (me|mij|ons)? _ (te )?(vermoorden|dood|slaan|pijn|mes|iets aan)', 'klappen (krijgen|krijgt|kregen|geven|geeft)', 'pak slaag', 'krijgt slaag', 'zit aan (me|mij|haar|hem)', '(hij|zij|ze|ex) staat _ voor (mijn|de) deur',
  'niet veilig (voor|bij) (hem|haar|mijn)', 'de kinderen (zijn )?niet veilig',
  '!huiselijk geweld', 'partner~geweld', 'geweld (thuis|in huis|in (het|ons) gezin)', `(bang|angst|angstig|doodsbang) voor (hem|haar|mijn ${NL_PARTNER}|mn ${NL_PARTNER}|de ${NL_PARTNER})(?! (gezondheid|toekomst|leven|veiligheid|welzijn|zorg))`,
  '(bang|angst) (dat|dat hij|dat ze) _ (vermoord|vermoordt|slaat|iets aandoet|dood maakt|doodmaakt)', `(vermoorden|dood maken|doodmaken|vermoord) _ ${VICTIM_NL}`,
  `${VICTIM_NL} _ (vermoorden|dood (te )?maken|doodmaken)`, '(dreigt|dreigde) _ (vermoorden|dood|slaan|mes|wapen)',
  'veilig thuis', 'voel (me|mij|ik me) _ niet (meer )?veilig', 'niet (meer )?veilig (thuis|in (mijn|ons|het) huis|bij (hem|haar|mijn))',
  '(thuis|ben) niet (meer )?veilig', 'onveilig (thuis|in huis)', 'durf _ niet (naar huis|thuis|meer naar huis)', '(sluit|sloot|houdt) (me|mij|ons) (op|opgesloten)',
  'verkracht*', 'seksueel (misbruik*|geweld)', 'aangerand', 'misbruikt', 'kinder~mishandeling', 'mishandel*',
  '(kind|kinderen|kids|baby|zoon|dochter) _ verwaarloos*', 'verwaarloos* _ (kind|kinderen|kids|baby|zoon|dochter)',
  'laat (de|mijn|haar|zijn|onze) (kinderen|kids|baby) alleen', '(kinderen|kids|baby) (zijn |is )?alleen thuis',
  // en
  `(he|she|they|${EN_PARTNER}) _ ${EN_HURT} ${VICTIM_EN}`, `${EN_HURT} ${VICTIM_EN}`, 'domestic (violence|abuse)', 'being (hit|beaten|abused|hurt|threatened|raped)',
  `(afraid|scared|frightened|terrified) of (him|her|my ${EN_PARTNER})`, '(afraid|scared|frightened|terrified) to go home', 'violent',
  '(aggressive|angry) when (he|she) (drinks|is drunk)', 'not safe (at home|anymore|here)',
  '(has|have) (hit|beaten|kicked|choked|strangled|threatened|raped|hurt|attacked) (me|us|my|the)', 'bruises', 'black eye', 'pushed me', 'grabbed (me|my)',
  '(he|she) (locks|locked) me', '(wont|will not|doesnt) let me (leave|go out)', 'threatened (me|us) with', 'threatened to (kill|hurt|hit|beat|stab)', 'unsafe at home',
  '(going|gonna|wants|want|threatened|threatens|will) to kill (me|us|my|the|her|him)', 'kill (me|us)', 'locked (me|us) (in|up)',
  '(child|sexual|domestic|physical) abuse', 'abusive', 'rape*', 'sexually (abused|assaulted)', 'neglect* (the|my|his|her) (kids|children|child|baby)',
  '(kids|children|baby) (are |is |were )?(left )?alone at home',
  // tr, pl, uk, ar
  'beni dov*', 'siddet*', 'beni tehdit*', 'bana vuruyor', 'cocuklarimi dov*', 'bije mnie', 'mnie bije', 'boje sie (meza|partnera|go)', 'przemoc*',
  'бє мене', 'мене бє', 'бє (нас|дітей)', 'погрожує', 'боюся чоловіка', 'бьет меня', 'насильств*', 'насилие', '*يضربني', '*يضربنا', '*يهددني',
  '*عنف', 'خائف* من زوج*',
]);

const DANGER = compileTerms([
  '(in|is in) (acuut )?gevaar', 'levens~gevaar*', '(bel|bellen|belde|gebeld|call|called|dial|met) 112', '(bel|bellen) (de )?politie', 'met een mes', 'heeft een (mes|pistool|wapen|vuurwapen)',
  'in danger', '(?<!not an |no |geen )emergency', '(call|called) (911|the police)', 'with a knife', 'has a (knife|gun|weapon)', 'brand in', 'fire in',
  'achtervolgd', 'being followed', 'stalk*', 'er is brand', 'ruik gas', 'gas~lucht', 'gas~lek', 'het vriest', 'onderkoeld', 'freezing outside',
  '(dagen|days) (niet )?(gegeten|without food|geen eten)', 'not eaten (in|for) days', 'vermist', '(has gone|went) missing', 'is missing (since|for)', 'is missing$', '(?<!geen )noodgeval', 'nood~situatie', 'acute nood',
  'in nood', 'acuut psychotisch', 'in een psychose', 'hoort stemmen', 'hears voices',
]);

const MEDICAL = compileTerms([
  'ademt niet', '(haalt|krijg|krijgt|kreeg) geen (adem|lucht)', 'kan niet (meer )?ademen', 'bewusteloos', 'buiten bewustzijn',
  'reageert nergens (meer )?op', 'reageert niet (meer )?(op aanspreken|als ik (hem|haar) aanspreek)', 'niet (meer )?aanspreekbaar', 'niet wakker te krijgen', 'flauw~gevallen', 'in elkaar gezakt', 'hart~aanval', 'hart~stilstand', 'beroerte',
  'over~dosis', 'over~dose*', 'te veel (pillen|medicijnen|tabletten|drugs|slaappillen) (genomen|ingenomen|geslikt|gebruikt)',
  'bloedt (heel )?(erg|veel|hevig)', 'veel bloed', '(hij|zij|ze|moeder|vader|man|vrouw|oma|opa|buurman|buurvrouw) ligt _ op de grond', 'gevallen en kan niet (meer )?(op~staan|overeind)', 'epilep* aanval',
  'stuip*', 'vergiftig*', 'pijn op de borst', '(hij|zij|ze|oma|opa|moeder|vader|man|vrouw) reageert (niet|nergens op)(?! (op|meer op|via|per))',
  'gevallen _ ligt _ (op de grond|op de vloer)', 'is gevallen _ (hoofd|bloed|bloedt|ligt|kan niet (meer )?op~staan)', 'benauwd', 'moeite met ademen', 'suiker (te )?laag',
  'hypo', 'hoge koorts', 'heeft _ (pillen|tabletten|medicijnen) (genomen|geslikt|ingenomen)', 'hele strip', 'potje (pillen )?leeg', 'blauw aan~gelopen',
  'ingeslikt', 'buiten (westen|bewustzijn)', 'turning blue', 'not waking up',
  'nefes almiyor', 'bayildi', 'nie oddycha', 'nieprzytomn*', 'przedawkow*', 'не дихає', 'без свідомості', 'передозуван*', 'لا يتنفس', 'فاقد الوعي', 'جرعة زائدة', '(took|swallowed) (pills|tablets)', 'is bleeding', 'trouble breathing', 'high fever', 'fell and (cant|cannot|can not)',
  'not breathing', '(cant|cannot|can not) breathe', 'unconscious', 'passed out', 'collapsed', 'unresponsive', '(wont|will not) wake up',
  'heart attack', 'stroke', 'seizure', 'took too many (pills|tablets)', 'bleeding (a lot|heavily|badly)', 'chest pain', 'poison*',
]);

// "ik kan niet meer." at a sentence end is despair; "ik kan niet meer lopen" is not.
const CANT_GO_ON =
  /\b(ik (kan|wil) (het )?((echt|gewoon|zo|bijna) )*niet meer|het (leven )?hoeft (voor mij )?niet meer|i (cant|can't|cannot) (do this|take this|take it)? ?any ?more)\s*([.,;!?…]|$)/u;

// Past violence or illness ("vroeger sloeg hij me", "vorig jaar een beroerte") is no crisis now, unless it still goes on.
const PAST = compileTerms(['vroeger', 'in het verleden', 'jaren geleden', 'toen ik (klein|kind|jong)', 'destijds', 'years ago', 'in the past',
  'when i was (a child|young|little)', 'used to', 'vorig jaar', 'last year', 'ooit', 'in (19|20)[0-9][0-9]', 'gehad', 'meegemaakt', 'had a',
  'went through', 'vorige maand', 'last month'], 'u');
const STILL = compileTerms(['nog steeds', 'nog altijd', 'nog (elke|iedere) dag', 'elke dag', 'vandaag', 'vannacht', 'gisteren', 'op dit moment',
  'nu (weer|nog|ook)', 'still', 'again', 'every day', 'today', 'tonight', 'yesterday', 'right now'], 'u');

const PAST_ABLE: ReadonlySet<CrisisKind> = new Set(['violence', 'danger', 'medical']);

const PATTERNS: readonly [CrisisKind, RegExp][] = [
  ['suicide', SUICIDE], ['self_harm', SELF_HARM], ['violence', VIOLENCE], ['danger', DANGER], ['medical', MEDICAL],
];

function hits(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Every kind of crisis the text signals; scans the whole text, however long. */
export function detectCrisisKinds(text: string): CrisisKind[] {
  const norm = normalise(text);
  const kinds: CrisisKind[] = [];
  for (const [kind, re] of PATTERNS) if (hits(re, norm)) kinds.push(kind);
  if (!kinds.includes('suicide') && /niet meer|any ?more/.test(norm) && CANT_GO_ON.test(fold(text))) kinds.push('suicide');
  if (kinds.length > 0 && kinds.every((k) => PAST_ABLE.has(k)) && hits(PAST, norm) && !hits(STILL, norm)) return [];
  return kinds;
}

/** True when the message may signal acute danger; liberal by design. */
export function detectCrisis(text: string): boolean {
  return detectCrisisKinds(text).length > 0;
}
