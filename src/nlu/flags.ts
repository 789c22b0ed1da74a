/** Complaint and out-of-scope flags, after the labelling rules in shared/eval/README.md. */
import { compileTerms } from './lexicon.js';
import { normalise } from './normalise.js';

const has = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  return re.test(text);
};
const terms = (entries: readonly string[]): RegExp => compileTerms(entries, 'u');

// --- complaint -------------------------------------------------------------------------------

/** Formal objection or complaint words: enough on their own unless the target is excluded. */
const OBJECTION = terms([
  '(?<!geen )bezwaar*', 'bezwaar~schrift*', '(in )?beroep (gaan|aan~tekenen|instellen)', 'in (hoger )?beroep', 'herzienings~verzoek',
  'klacht _ (in~dienen|indienen|ingediend|neerleggen|over|tegen|melden|doen|sturen|gestuurd)', '(een|mijn|formele|officiele) klacht',
  'klacht~indienen', 'klachten (over|tegen|indienen)', '(wil|ga|gaan|wou|moet|kan|zal) _ klagen', 'klagen over', 'klachten~(regeling|formulier|commissie|procedure|functionaris)',
  'ombudsman', 'geschillen~commissie', 'complain*', 'appeal*', 'object to', 'objection*', 'lodge a', 'file a (complaint|grievance)',
  'grievance',
]);
/** Contesting words that need a decision or public body nearby. */
const CONTEST = terms([
  'niet (mee )?eens', 'oneens', 'onterecht', 'oneerlijk', 'niet terecht', 'niet eerlijk', 'klopt niet', 'belachelijk', 'schandalig',
  'snap niet waarom', 'begrijp niet waarom', 'toch recht op', 'wel recht op', 'kastje naar de muur', 'onbeschoft', 'respectloos',
  'niet serieus genomen', 'slecht behandeld', 'afgescheept', 'ontevreden', 'niet tevreden', '(boos|kwaad|woedend) (op|over)', 'teleurgesteld',
  '(ze|zij|men) (luisteren|reageren) niet', '(luistert|reageert) niet (naar|op) (mij|me|ons|mijn|onze)', 'geen (reactie|antwoord)', 'niet teruggebeld', 'belt niet terug',
  '(doen|doet) (niks|niets)', '(helpt|helpen) (niet|me niet|mij niet)', '(niet|slecht) geholpen', 'niet nagekomen', 'komt niet opdagen',
  '(komt|komen) (steeds|altijd|vaak|weer) te laat', 'al (weken|maanden) (wachten|niets|niks|geen)', 'wacht al (weken|maanden)', 'kwijt~geraakt',
  'fout gemaakt', 'fouten gemaakt', 'zeggen dat ik (geen|niet)', 'wil(len)? _ niet (vergoeden|betalen|toekennen|geven)',
  'niet gehoord', 'voel (me|mij) _ niet (gehoord|serieus)', 'heroverweg*', 'opnieuw (bekijken|beoordelen|beoordeeld|bekeken)',
  'zomaar', 'zonder (reden|uitleg|overleg|bericht|te vragen|te overleggen)', 'onredelijk', 'onrecht*', 'niet normaal', 'without (reason|explanation|warning|telling)',
  'not happy', 'unhappy', 'dissatisfied', 'angry (with|at|about)', 'upset (with|about|by)', 'not respond*', 'no (response|reply|answer)', 'never called back', 'ignor*',
  '(not|didnt|did not|wont|will not) help*', 'mistake*', 'not listening to (me|us)', 'they (dont|do not) listen', 'reconsider', 'disagree', '(dont|do not) agree', 'not agree', 'unfair', 'unjust',
  'ridiculous', 'not right', 'contest*', 'wrong (decision|assessment|ruling)', '(decision|assessment) (is|was) wrong', 'they (are|were) wrong', 'treated (me )?(badly|poorly|rudely)', 'rude', 'disrespect*', 'not taken seriously',
]);
const DECISION = terms([
  'besluit', 'beslissing', 'beschikking', 'afwijzing', 'afgewezen', 'geweigerd', 'ingetrokken', 'stopgezet', 'gestopt', 'gekort',
  'korting', 'terug~vordering', 'teruggevorderd', 'indicatie', 'toekenning', 'uitkomst', 'stopt', 'afgekeurd', 'niet toegekend',
  'verlaagd', 'verminderd', 'minder uren', 'brief gekregen', 'geen recht', 'niet vergoed', 'minder (uren|geld|hulp)', 'afgepakt',
  'weiger*', 'reduced', 'not covered', 'no right', 'decision', 'rejected', 'refused', 'denied',
  'turned down', 'stopped', 'cut', 'withdrawn', 'assessment', 'ruling',
]);
const PUBLIC_BODY = terms([
  'gemeente*', 'wmo*', 'wijk~team', 'sociaal wijk~team', 'cjg', 'jeugd~zorg', 'jeugd~hulp', 'jeugd~consulent', 'uwv', 'belasting~dienst',
  'toeslagen', 'svb', 'duo', 'cak', 'ciz', 'consulent*', 'klant~manager*', 'medewerker*', 'ambtenaar', 'leer~plicht*', 'bewind~voerder*',
  'client~ondersteuner*', 'ouderen~adviseur*', 'pgb', 'indicatie', 'buurt~bemiddel*', 'thuis~zorg', 'zorg~aanbieder', 'zorg~verlener', 'hulp~verlener*',
  'begeleider*', 'casemanager', 'schuld~hulp*', 'urgentie*', 'bijstand*', 'uitkering*', 'leerlingen~vervoer', 'regio~taxi',
  'council', 'municipality', 'social worker', 'case ?worker', 'benefits? (office|agency)', 'tax (office|authorit*)', 'care provider',
  'home care', 'youth care', 'city hall', 'gemeentehuis', 'stadhuis', 'huis~arts', 'ggz', 'psycholoog', 'psychiater', 'ziekenhuis', 'arts',
  'dokter', 'verpleeg~huis', 'zorg~instelling', 'instelling', 'dag~besteding', 'begeleiding', 'jeugd~bescherming', 'gezins~voogd', 'voogd',
  'wijk~verpleg*', 'schuld~hulp~verlener', 'budget~coach', 'valys', 'taxi', 'chauffeur', 'doctor', 'hospital', 'therapist', 'nurse',
]);
/** A negative decision about the resident's own provision. */
const REFUSAL = terms([
  'afgewezen', 'geweigerd', 'stopgezet', '(is|zijn|werd|worden|wordt) gestopt', 'gekort', 'ingetrokken', 'teruggevorderd', 'terug~vordering',
  'afgekeurd', 'niet toegekend', 'verlaagd', 'afwijzing', 'rejected', 'refused', 'denied', 'turned down', '(has been|have been|was|were) stopped',
  'stopped (my|our)', 'cut (my|our) (benefit*|allowance*|hours|care|help|budget)', 'withdrawn', 'reduced',
]);
/** "What can I do about it?": how to object to one's own decision. */
const WHAT_NOW = terms([
  '(iets|wat) tegen (doen|te doen|ondernemen)', 'kan ik (hier|daar|er) (iets |wat )?tegen', 'wat kan ik (nu )?doen', 'wat moet ik (nu )?doen', 'wat nu',
  'kan dat zomaar', 'mag dat (zomaar)?', 'klopt (dat|dit)', 'what can i do', 'can i do anything', 'what are my options', 'is that (allowed|legal|fair)',
  'how (can|do) i (fight|challenge|object|appeal|contest)',
]);

/** Disputes with these are not complaints in our sense (rules: landlords, employers, neighbours, schools, shops). */
const PRIVATE_PARTY = terms([
  'huis~baas', 'verhuurder*', 'woning~corporatie*', 'corporatie', 'werk~gever*', 'baas', 'buren', 'buurman', 'buurvrouw', 'school',
  'leraar', 'juf', 'meester', 'winkel*', 'webshop', 'landlord*', 'housing association', 'employer*', 'boss', 'neighbou?r*', 'teacher*',
  'shop', 'store', 'ontslag*', 'dismiss*', 'fired',
]);
const ABSTRACT = terms([
  'hoe (gaat|werkt) (een|het) (bezwaar|klacht)',
  'hoe werkt', 'wat is (een )?(bezwaar|klacht)', 'in het algemeen', 'algemene vraag', 'uit nieuwsgierigheid', 'how does', 'in general',
  'what is an? (appeal|objection)', 'just curious',
]);
const OWN_CASE = terms(['mijn', 'mn', 'mij', 'me', 'ons', 'onze', 'my', 'me', 'our', 'us']);

/** True when the resident objects to or complains about a decision or treatment by a public body or supporter. */
export function detectComplaint(text: string): boolean {
  const norm = normalise(text);
  const objection = has(OBJECTION, norm);
  const decision = has(DECISION, norm);
  const body = has(PUBLIC_BODY, norm);
  const contested = has(CONTEST, norm) && (decision || body);
  const refusedWhatNow = has(REFUSAL, norm) && has(WHAT_NOW, norm);
  if (!objection && !contested && !refusedWhatNow) return false;
  if (has(PRIVATE_PARTY, norm) && !body && !decision) return false;
  if (has(ABSTRACT, norm) && !(has(OWN_CASE, norm) && decision)) return false;
  return true;
}

// --- out of scope ----------------------------------------------------------------------------

const SMALL_TALK = new Set(
  ('hallo hello hi hey hoi hai hee heey hej hoihoi yo goedemorgen goedemiddag goedenavond goedendag goede morgen middag avond dag daag ' +
    'doei tot ziens later bye good morning afternoon evening bedankt dank danku dankje dankjewel je u wel jullie well thanks thank you ' +
    'thx ty ok oke okay okee top super prima fijn groet groeten groetjes mvg gr cheers merhaba selam salam alaikum aleykum assalamu ' +
    'marhaba shukran dzien dobry czesc dziekuje привіт дякую добрий день вітаю السلام عليكم مرحبا شكرا is er iemand daar are there ' +
    'anyone test testing komma punt vraagteken uitroepteken nou ja nee yes no hoe gaat het how r are doing lieve beste dear mevrouw ' +
    'meneer sir madam')
    .split(' ')
    .map(normalise),
);

const OFF_TOPIC = terms([
  // garbage collection
  'afval*', 'vuilnis*', 'vuil~nis*', 'huis~vuil', 'grof~vuil', 'oud papier', 'papier~container', 'glas~bak', 'kliko*', 'container*',
  'ophaal~dag*', 'opgehaald', 'ophalen van (het )?(afval|vuil|papier)', 'garbage', 'rubbish', 'trash', 'bin (day|collection)', 'recycling',
  // passports and licences
  'paspoort*', 'pas~poort', 'id~kaart*', 'identiteits~kaart*', 'identiteits~bewijs', 'rijbewijs*', 'passport*', 'id card', 'identity card',
  'driv(ing|ers) licen[cs]e', 'uittreksel',
  // parking and traffic fines for a normal car
  'parkeer*', 'parkeren', 'bekeuring*', 'verkeers~boete*', 'snelheids~boete*', 'flits~paal', 'geflitst', 'parking (permit|ticket|fine|space|spot)',
  'speeding (ticket|fine)', 'traffic (fine|ticket)',
  // road repairs
  'gat in (de|het) (weg|straat|stoep|fietspad)', 'losse (stoep)?tegel*', 'stoep~tegel*', 'straat~verlichting', 'lantaarn~paal*',
  'weg~werkzaamheden', 'kuil in de weg', 'pot ?hole*', 'street ?light*', 'road ?works', 'broken pavement',
  // weather, sports, jokes, spam
  'weer~bericht', '(mooi|slecht|lekker|goed) weer', 'weer (wordt|morgen|vandaag|dit weekend)', 'gaat het regenen', 'wordt het (mooi|warm|koud)', 'weather', 'going to rain', 'voetbal*', 'ajax', 'psv',
  'feyenoord', 'wedstrijd', 'uitslag van (de )?(wedstrijd|voetbal)', 'football', 'soccer', 'score', 'mop', 'moppen', 'grap*', 'joke*', 'bitcoin', 'crypto*',
  'viagra', 'click here', 'klik hier', 'free money', 'gratis geld', 'lottery', 'loterij', 'you (have )?won', 'winner', 'prize', 'casino bonus',
  'promo~code', 'seo', 'investment opportunity', 'openings~tijd*', 'hoe laat (is|gaat|sluit)', 'kap~vergunning', 'bouw~vergunning', 'boom (kappen|omgevallen)',
  'trouwen', 'huwelijk (sluiten|voltrekken)', 'geboorte~aangifte', 'vuurwerk', 'honden~poep', 'honden~belasting', 'zwerf~afval', 'onkruid',
  'speeltuin', 'verkiezing*', 'stem~pas', 'fiets~depot', 'weesfiets*', 'fiets (weggehaald|ophalen|gestolen)', 'markt', 'evenement*', 'festival',
  'kermis', 'concert', 'zwembad', 'recept (voor|van)', 'ben (jij|je|u) een (robot|mens|computer|bot)', 'are you (a )?(robot|bot|human|real)',
  'who are you', 'wie ben (jij|je)', 'hoofdstad', 'capital of', 'followers', 'likes kopen', 'forex', 'dating', 'hot singles', 'opening hours',
  'what time (is|does)', 'wedding', 'fireworks', 'dog poo', 'playground', 'election*', 'bike (stolen|removed)', 'recipe',
]);
const URL_OR_MARKUP = /https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|ru|xyz|info|biz|io)\b|<\/?[a-z][^>]*>/i;
const KEYBOARD_MASH = /(asdf|sdfg|dfgh|fghj|ghjk|hjkl|qwer|wert|erty|rtyu|tyui|yuio|uiop|zxcv|xcvb|cvbn|vbnm)/;

function looksLikeWord(token: string): boolean {
  if (!/^[a-z]+$/.test(token)) return true; // numbers, other scripts: not judged here
  if (token.length >= 4 && KEYBOARD_MASH.test(token)) return false;
  if (/(.)\1\1\1/.test(token)) return false;
  if (token.length >= 3 && !/[aeiouy]/.test(token)) return false;
  return !/[bcdfghjklmnpqrstvwxz]{6}/.test(token);
}

/** True for messages that are not a support question: small talk, spam, gibberish, or municipal topics we do not handle. */
export function detectOutOfScope(text: string, domainsFound: boolean): boolean {
  const norm = normalise(text);
  if (norm === '') return true; // empty, emoji or punctuation only
  const words = norm.split(' ');
  if (words.every((w) => SMALL_TALK.has(w))) return true;
  if (domainsFound) return false;
  if (URL_OR_MARKUP.test(text) || has(OFF_TOPIC, norm)) return true;
  if (!/\p{L}/u.test(norm)) return true; // numbers only
  const odd = words.filter((w) => !looksLikeWord(w)).length;
  return odd / words.length >= 0.5;
}
