/**
 * Term lists for crisis detection (crisis.ts scans for them and combines them). Written from the
 * labelling rules as general kinds of situation (who does what to whom, signs of a body in danger,
 * means and plans, time words that make it current or past), not from particular messages. Entry
 * syntax as in lexicon.ts, matched on normalised text: lower-case, no diacritics, no punctuation;
 * Cyrillic `й`/`ї` fold to `и`/`і`, Arabic hamza forms to their base letter. `([^ ]+ ){0,n}` is a gap
 * of up to n words. Every match starts at a word.
 */
import { compileTerms } from './lexicon.js';

const GAP5 = '([^ ]+ ){0,5}';
const ME = '(me|mij|mezelf|mijzelf|myself|my self)';
const SELF_3 = '(zich|zichzelf|haarzelf|hemzelf|herself|himself|themselves)';
const NL_PARTNER = '(man|vrouw|partner|vriend|vriendin|ex|echtgenoot|echtgenote|vent|vader|moeder|pa|ma|papa|mama|stiefvader|stiefmoeder|broer|zus|zoon|dochter|kleinzoon|schoonvader|schoonmoeder|oom)';
const EN_PARTNER = '(husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|father|dad|daddy|mother|mum|mom|mummy|mommy|stepfather|stepdad|stepmother|stepmom|brother|sister|son|daughter|uncle)';
const NL_HIT = '(slaat|slaan|sla|schopt|schoppen|trapt|knijpt|duwt|bijt|stompt|schudt)';
const NL_ABUSE = '(mishandelt|mishandelen|bedreigt|bedreigen|wurgt|martelt|verkracht|misbruikt)';
const EN_HIT = '(hits|hit|hitting|beats|beat|beating|kicks|kicking|slaps|slapping|punches|punching|hurts|hurting|attacks|shakes|shaking|shook|bites|pushes)';
const EN_ABUSE = '(chokes|choking|choked|strangles|strangling|strangled|throttled|abuses|abusing|rapes|raped|molests|molested)';
const VICTIM_NL = '(me|mij|ons|mn|mijn|de kinderen|de kids|de baby|mama|haar|hem|zijn|onze)';
const VICTIM_EN = '(me|us|her|him|them|mum|mom|the (kids|children|baby)|(my|our) ((little|younger|older|big|baby|small|youngest|eldest) )?(kids|children|child|son|daughter|baby|mum|mom|mother|sister|brother|wife|girlfriend|husband|boyfriend|partner|family))';
const PILLS = '(pills|pill|tablets|meds|medication|medicine|medicines|painkillers|sleeping pills|antidepressants|paracetamol|ibuprofen|insulin|methadone|oxazepam|temazepam|diazepam|lorazepam|xanax|tramadol|oxycodon|oxycodone|lithium|pillen|tabletten|medicijnen|medicatie|slaappillen|pijnstillers|antidepressiva|insuline|methadon|ghb|hap|haplari|ilac|ilaclari|tabletek|tabletki|lekow|leki|pigulek|таблеток|таблетки|пігулок|пігулки|الحبوب|حبوب|الادوية|الدواء)';
const QTY = '(tien|vijftien|twintig|dertig|veertig|vijftig|honderd|ten|fifteen|twenty|thirty|forty|fifty|hundred|all|alle|al (mijn|zijn|haar)|een hele|a whole|the whole|whole|hele|een strip|a strip|strip|a pack|een doos|a box|a bottle|een pot|a handful|handvol|te veel|too many|too much|veel te veel|tegelijk|at once|cale opakowanie|za duzo|wszystkie|багато|всі|усі|butun|cok fazla)';
const AR_WANT = '(اريد|تريد|يريد|نريد|اود|تود|يود|ارغب|ترغب|يرغب)';

export const SUICIDE: readonly string[] = [
  // nl: naming it
  '(zelf|zelv|self|zef|zelfs|sel|zel)~moor[dt]*', 'zelf~doding*', 'suic*', 'sucid*', 'suisid*', 'suizid*', 'suicied*', 'dood~wens*', 'levens~moe*', 'moe van het leven',
  'doods~gedachten', 'gedachten (aan|over) (de )?dood', '(donkere|zwarte) gedachten', 'dingen die ik niet (zou moeten|mag|moet|wil) denken',
  // nl: wanting to be dead or gone
  '(wil|wilde|wou|zou willen|willen) ((het liefst|liefst|liever|gewoon|echt|eigenlijk|soms|graag|alleen nog|alleen maar|maar|nu|ook|al|zelf) ){0,3}(dood|sterven|dood gaan|doodgaan|niet meer leven|niet meer wakker)',
  'dood (wil|wilt|willen)', 'dood~gaan wil', 'sterven wil', 'ik wil dood', 'liever dood', 'was ik maar dood', 'beter (af )?dood', 'beter af (zonder|als ik)',
  'dat ik (dood was|er niet (meer )?was|niet geboren was|niet meer wakker (word|zou worden))', 'waarom (leef|besta) ik (eigenlijk |nog )*(nog)?', 'waarom (zou|moet) ik (nog )?(leven|doorgaan)',
  'hoop _ (niet|nooit) (meer )?wakker', 'hoop (dat )?ik (dood~ga|sterf|er niet meer ben)', 'niet meer (willen )?(leven|bestaan)', 'niet meer (wil|wilt|willen|wou) (zijn|bestaan|leven)',
  'niet (meer|langer) (wil|wilt|willen|wou) (leven|bestaan)', 'als ik er niet meer (ben|zou zijn|was)', '(ben ik|ik ben) er (morgen |straks |binnenkort |vanavond )?niet meer', 'ik er (morgen |straks )?niet meer (ben|zal zijn)', 'if i (was|were|am) (dead|gone)', 'als ik (dood|weg) (ben|was|zou zijn)', '(had|heeft|hebben|praat|praatte|sprak|talked|talks|talking) (het )?(over|about) (doodgaan|dood gaan|de dood|zelfmoord|sterven|dood willen|dying|killing (himself|herself)|ending it)', `(beter|fijner|makkelijker) (is|zou zijn|was|zijn) (als|zonder) ${GAP5}(ik|mij|er (allebei |samen )?niet meer)`,
  'niemand (zou|zal) (het |me |mij )?(merken|missen|opvallen|iets merken) als ik', 'niemand (zou|zal) (me|mij) missen', 'wie (mist|zou) (mij|me) (nou |nu |eigenlijk )?(missen)?',
  'iedereen (is |zou |zijn |zou zijn )?(beter af|beter|gelukkiger) (zonder|als)', 'tot last', 'tijd dat ik (ga|vertrek|er niet meer ben)',
  '(wil|wilt|willen|wou) (er )?((gewoon|gwn|gewn|echt|eigenlijk|liever|al|soms|gwoon) )*niet (meer|langer) (zijn|leven|bestaan)', 'hoeft voor mij _ niet meer', 'ik wil niet meer verder', '(wil|wilt|willen|wou) niet (meer|langer) verder', 'niet (meer|langer) verder (wil|wilt|willen|wou)', 'wil stoppen met (alles|leven|het leven)', '(stop|stoppen|ophouden|ermee stop) _ met alles', 'er niet meer (willen )?zijn',
  'over om te stoppen(?! met)', 'wil (gewoon |echt )?dat (het|alles) (ophoudt|stopt)', '(wil|ga) _ weg _ voor altijd', 'voor altijd weg',
  '(heb|heeft) (er )?geen zin meer in (het leven|leven|alles)', 'geen zin meer in (het )?leven', 'wat heeft (het leven|leven) (nog )?(voor )?zin',
  'heeft allemaal geen zin', '(alles|het leven) heeft geen zin', 'heeft (allemaal |het )?geen zin meer', 'leven (heeft )?geen zin',
  'geen (reden|zin) (meer )?om (te leven|door te gaan)', 'niets (meer )?om voor te leven', 'het leven moe', 'ben (een|de) last (voor|van)',
  'geen hoop meer', 'hopeloos', 'denk _ aan de dood', 'wil gaan slapen en nooit', 'nooit meer wakker', 'niet meer (hoeven )?(leven|wakker)',
  'klaar met (het leven|leven|alles)', 'geen licht meer', 'iets doms', 'liefst _ verdwijnen', 'wil verdwijnen', 'wil weg uit (dit leven|deze wereld)',
  'verdwijnen (van|uit) (de|deze) (aarde|wereld)', 'praat _ over (doodgaan|dood gaan|zelfmoord|de dood|sterven)', '(zie|ziet|zien|zag) het _ niet (meer )?zitten', 'het _ niet (meer )?(zie|ziet|zag) zitten',
  'zie (geen|niet langer een) (uitweg|toekomst|zin|reden)', 'geen uitweg', 'weet (ik )?niet wat ik (mezelf )?(dan |straks |ga )?(doe|aandoe)', 'weet niet of ik _ (terugloop|terug loop|terugkom)',
  // nl: ending it, means and plans
  'er een punt achter (zetten|te zetten)', 'punt achter mijn leven', 'van het leven (beroven|te beroven)', 'de hand aan (mezelf|mijzelf) (slaan|te slaan)',
  'eind eraan', 'einde eraan', '(eind|einde) aan (wil|wil gaan|ga|zou|gaat) maken', '(eind|einde|eid|ende) (aan|van) (mijn|mn|m n|het|dit|ons|zijn|haar) leven',
  '(eind|einde) aan (maken|te maken|mezelf)', 'er (een )?(eind|einde) aan', 'uit het leven (stappen|gaan)', 'van kant maken', '(me|mij) van kant',
  'leven (te )?beeindigen', 'beeindig* _ leven', '(me|mij|mezelf|mijzelf|zich|zichzelf) (iets|wat) aan (wil |ga |zal |zou |gaat )?(doen|te doen)',
  '(mezelf|mijzelf) _ (aan doen|aandoen|van kant|ophangen|op hangen|dood maken|doodmaken|vermoorden|iets aandoen|verdrinken)', '(me|mij|mezelf|mijzelf) (iets|wat) aan~(doen|te doen)',
  `hang ${ME} op`, `${ME} (op~hangen|verhangen)`, 'voor (de|een) (trein|metro|auto|tram) ((ga|gaat|gaan|wil|wilt|te) )?(springen|spring|gooien|lopen|staan|liggen)',
  '(van|vanaf|off) (het|een|de) (dak|flat|brug|balkon) (af )?(springen|spring)', 'besloten (om )?(haar|hem) te volgen', '(wil|ga|gaat|want|wants|going to) (van|off) (de|het|een|the|a) ([^ ]+ )?(brug|dak|flat|balkon|bridge|roof|balcony|building|gebouw|parkeergarage|toren|tower)( af| springen)?', '(afscheid|goodbye) _ (van iedereen|to everyone|to everybody|to all)', '(decided|going|want) to (follow|join) (her|him)',
  'pillen _ (slikken|innemen|opsparen|gespaard|opgespaard|verzameld|allemaal|klaargelegd|klaar~gelegd|klaar|gekocht)', `${PILLS} _ (klaargelegd|klaar~gelegd|opgespaard|gespaard|gekocht|bij elkaar|verzameld|geteld)`, `${PILLS} _ (counted out|counted|ready|lined up|on the table|saved up|stockpiled)`,
  'alle (pillen|medicijnen|tabletten)', 'afscheids~brie*', 'touw (gekocht|gehaald|klaar|opgehangen|gehangen)', '(heb|heeft) (al )?(een|het) touw', 'strop _ (gekocht|gemaakt|klaar|klaar~hangen|hangen|gehangen|opgehangen)', 'noose',
  'heb (al )?een plan (om|hoe)', 'plan om (mezelf|mijzelf|er een eind)', '(motor|engine) (aan|draait|running) _ (garage|dicht)', 'uitlaat~gas*', 'slang _ uitlaat',
  '(geweer|jachtgeweer|pistool|wapen|gun|rifle|shotgun) _ (zichzelf|himself|herself|mezelf|myself)', '(zichzelf|himself|herself) _ (geweer|jachtgeweer|pistool|gun|rifle)',
  // en
  'kill (myself|my self)', 'killing (myself|my self)', 'end (my|it) (life|all)', 'end it', 'ending it', 'end (things|everything)', 'take my (own )?life',
  '(wants?|wanna|going|gonna|wish|ready) (to )?(die|be dead)', 'kill(ing)? (herself|himself|themselves)', 'drown (myself|herself|himself)', 'something stupid',
  'wish (i was|i were|to be|i could be) dead', 'better off dead', 'better off without (me|her|him)', '(no|nothing) (reason |point )?(to|in) liv(e|ing)', '(no|any|zero) (reason|point) (to|in) (keep |keep on )?(living|live|go on|going on)', 'nothing (left )?to live for',
  'no (reason|point) (in |to )?(living|going on|anymore)', '(dont|do not|doesnt|does not|didnt|no longer) (want|wanna) (to )?(live|be alive|be here|exist|wake up|go on)',
  'not want to (live|be alive|wake up)', 'give up on (life|everything)', '(suicide|goodbye|farewell) (note|notes|letter|letters|message|messages)', 'disappear forever',
  'sleep (forever|and never wake up)', 'never wake up', '(and|to) not wake up', 'hope i (dont|do not|wont|will not|never|dont ever) wake up', 'hope i die',
  'wish i (wouldnt|would not|didnt|did not|could just not) wake up', 'want* to disappear', '(nobody|no one|noone|no body) (would|will|wouldnt|wont|is going to|is gonna) (even )?(notice|miss me|care|know)',
  'who (would|will) (even )?miss me', '(dont|do not) think i (will|ll|would) (be here|be around|be alive|make it) (tomorrow|much longer|anymore|next week)?', '(wont|will not|wont be) (be )?(here|around|alive) (tomorrow|much longer|anymore|next week)', '(my |this is my |mijn |dit is mijn )(last|final|laatste) (message|goodbye|words|bericht|woorden)', 'end(ing)? (my|his|her|their) (own )?life', 'thinking (of|about) ending', 'see the point (anymore|in living|of living|in anything|of any of it|of it all)',
  '(whats|what is) the point (anymore|of living|of anything|in living)', '(leven|life|alles|everything|my life|mijn leven) (is )?(pointless|zinloos|meaningless)', 'want out (for good|of this life|of life)', 'uit dit leven', '(im|i am|feel like) a burden', 'burden (to|on) (everyone|my family|others)', 'have a plan to',
  'hopeless', 'no hope', 'not worth living', 'life is (not|no longer) worth', 'done with (life|living|everything)', 'thoughts (of|about) (death|dying|ending)', 'dark thoughts',
  'hang (myself|my self)', 'jump (off|from|in front)', 'no way out', '(cant|cannot|can not|dont) see (a|any) way out', 'want it (all )?to (end|stop)', 'ways to (die|end it)',
  '(have|bought|got|buy|ordered) (a|the) rope', '(saved|saving|stockpiling|stockpiled|hoarding|collecting|collected) (up )?(my |the )?(pills|tablets|meds)', 'pills (ready|lined up)',
  '(car|auto) with a hose', 'hose (in|to|from|on) the exhaust', 'go through with it', '(cant|cannot) do life', 'why (am i|do i|should i) (still )?(alive|live|living|go on|bother)',
  // tr
  'intihar*', 'olmek isti*', 'olsem (daha )?iyi', 'kendimi oldur*', 'kendini oldur*', 'yasamak istemiyor*', 'canima kiy*', 'canina kiy*', 'hayatima son', 'hayatina son',
  '(her seye|hersaye|her seyi|her sey) son ver*', 'yasamanin (bir )?anlami (yok|kalmadi)', '(yasamak|yasama) icin _ sebep _ (yok|goremiyorum|kalmadi)', 'kendimi as*',
  'bensiz', '(hap|hap*|ilac*) biriktir*', 'veda mektub*',
  // pl
  'samoboj*', 'chce umrzec', 'zabic sie', 'zabije sie', 'sie zabic', 'sie zabije', 'nie chce (juz )?zyc', 'skonczyc (z tym|ze wszystkim|ze soba|z zyciem)',
  '(z tym|ze wszystkim|ze soba|z zyciem) (wszystkim )?skonczyc', 'skoncze (z tym|ze soba)', 'nie widze (juz )?(zadnego )?sensu', 'nie ma sensu zyc', 'sensu (zycia|zyc)',
  'odebrac sobie zycie', 'sily (zyc|zeby zyc)', 'chce (to|z tym|wszystko) skonczyc', 'targnac sie', 'mam dosc zycia', 'gdyby mnie nie bylo', 'beze mnie', 'kupil* (line|sznur)', 'list* pozegnaln*',
  // uk, ru
  'не хочу (більше )?жити', 'не хоче (більше )?жити', 'хочу померти', 'хоче померти', 'хочу (все|усе|це) (закінчити|припинити)', 'хоче (все|усе) закінчити',
  'покінчити (з собою|з життям|з усім)', 'накласти на себе руки', 'вбити себе', 'убити себе', 'суіцид*', 'самогубств*', 'не бачу сенсу', 'немає сенсу (жити|життя)',
  '(говорить|говорив|говорила|думаю|думки) про смерть', 'краще б мене не було', 'без мене', 'не хочу прокидатися', 'прощальн* лист*',
  'хочу умереть', 'покончить с собой', 'суицид*', 'не хочу жить', 'не вижу смысла', 'убить себя', 'самоубийств*',
  // ar
  `*${AR_WANT} ان (اموت|تموت|يموت)`, `*${AR_WANT} الموت`, '*اتمنى (الموت|ان اموت)', `*(لا|لم اعد|ما عدت) ${AR_WANT} (ان (اعيش|تعيش|يعيش|اكون|تكون|يكون)|العيش|الحياة)`,
  '*لا اريد ان اعيش', '*انهاء (حياتي|حياتها|حياته)', '*انهي حياتي', '*حد لحياتي', '*انتحار', '*انتحر*', '*ينتحر', '*تنتحر', '*اقتل نفسي', '*تقتل نفسها', '*يقتل نفسه',
  '*ارمي نفسي', '*بدوني', 'رسالة وداع',
];

export const SELF_HARM: readonly string[] = [
  `(snij|snijd|snijdt|snijden|kras|krast|krassen|beschadig|bekras) ${ME}`, `(snij|snijd|snijdt|kras|krast) ${SELF_3}`, `${SELF_3} _ (snijdt|krast|snijden|krassen|beschadigt|verwondt|pijn doet)`,
  `${ME} (snij|snijd|kras|beschadig|verwond)`, '(snij|snijd|snijdt|kras|krast) _ in (mijn|haar|zijn) (arm|armen|pols|polsen|been|benen|huid)',
  'in (mijn|haar|zijn) ([^ ]+ )?(arm|armen|been|benen|bovenbeen|bovenbenen|pols|polsen|huid|buik|dij|dijen) (gesneden|gekrast|gebrand)', 'met een (scheer~)?mesje',
  'automutil*', 'zelf~beschadig*', 'zelf~verwond*', '(polsen|pols) (door~snijden|doorsnijden)', `${ME} (te )?(snijden|krassen|beschadigen|verwonden)`,
  `${ME} _ pijn (moet |moeten |zou |ga |wil )?(doen|te doen)`, `(doe|doet|deed) ${ME} _ pijn`, `${ME} (slaan|branden)`, 'doet (zichzelf|haarzelf|hemzelf) pijn',
  '(heb|heeft) (me|mij|mezelf|mijzelf|zichzelf|zich) _ (gesneden|gekrast|verwond|gebrand|pijn gedaan)', '(ze|hij|zij) (krast|snijdt)', '(krast|snijdt) (zich|zichzelf|weer|nog)',
  '(armen|polsen) _ (open~gekrast|gekrast|gesneden)', 'bonk* _ hoofd', 'weer (ga |gaan )?(snijden|krassen|gesneden|gekrast)', '(ga|gaan) (weer )?(snijden|krassen)',
  '(cut|cutting|cuts|harm|harming|hurt|hurting|burn|burning) (myself|my self|herself|himself|themselves)', 'self ?harm*', 'self ?injur*', 'do to myself',
  '(cut|cuts|cutting|scratching|burning) (my|her|his|their) (wrists?|arms?|legs?|thighs?|skin|stomach)', '(i|she|he) (cut|cuts|burned|burnt) (again|tonight|today|last night)', 'cut again', 'relapsed and (cut|burned)',
  'scratch(es|ing)? (herself|himself|myself)', 'burns? (herself|himself|myself)',
  // tr, pl, uk/ru, ar
  'kendi(ni|mi) (kes*|yak*|yarala*)', 'kendi(ne|me) zarar', '(kolunu|kollarini|bilegini) kes*',
  'tne sie', 'sie (tnie|tne|kaleczy|okalecza)', '(tnie|kaleczy|rani) sie', 'okalecz*', 'zyletk*', '(zrobie|zrobic|zrobi) sobie krzywde',
  '(ріже|ріжу|ріжеш|ріжуть|порізав|порізала|різати|різала|різав) (собі|себе)', 'самоушкодж*', '(шкодить|зашкоджу|зашкодити|завдам|завдаю) собі', '(режет|режу|резать) (себе|себя)',
  '*(اجرح|تجرح|يجرح) (نفسي|نفسها|نفسه)', '*(اوذي|توذي|يوذي) (نفسي|نفسها|نفسه)', 'ايذاء النفس',
];

export const VIOLENCE: readonly string[] = [
  `(hij|zij|ze|${NL_PARTNER}) _ ${NL_ABUSE} ${VICTIM_NL}`, `${NL_ABUSE} (me|mij|ons)`, `(hij|zij|ze) ${NL_ABUSE}`, `(me|mij|ons|haar|hem|de kinderen|mijn (kind|zoon|dochter|moeder)) ${NL_ABUSE}`,
  '(word|wordt|worden) _ (geslagen|mishandeld|bedreigd|geschopt|misbruikt|verkracht|gewurgd|opgesloten)',
  'hoor _ (klappen|gillen|gegil|slaan|geklap)', '(hoor|hear|hearing) _ (dingen|things|glas|glass|spullen|borden) (breken|kapot~gaan|smashing|breaking|smash)', '(gilt|schreeuwt|gillen|screaming|screams) (al )?(een half uur|uren|de hele|minuten|for (an|half an) hour|for hours)', '(schreeuwen|gillen|gegil|gekrijs|gehuil) en (klappen|slaan|geklap|bonken)', '(klappen|slaan) en (schreeuwen|gillen|gegil)',
  '(gilt|roept|schreeuwt|gillen|roepen|schreeuwen|screams|screaming|yelling|shouting|calls|calling|crying|cries) (om|for) (hulp|help)',
  '(ben|zijn|is) _ bedreigd', 'gestalkt', '(komt|kwam) _ s ?nachts (op|in|naar) (mijn|m n|mn|haar|zijn) (kamer|bed)', '(comes|came|coming) (into|in to|to) (my|her|his) (room|bed) at night', '(vader|papa|stiefvader|oom|opa|broer|dad|uncle|stepdad|father|grandpa|grandad|brother) (komt|kwam|kruipt|comes|came|gets|climbs) ([^ ]+ ){0,5}(in (mijn |haar |zijn |mn |m n )?bed|in(to)? (my|her|his) bed)', '(comes|came|gets|got) into (my|her|his) bed',
  `(heeft|hebben) (me|mij|ons|haar|hem|de kinderen|mijn (kind|zoon|dochter|moeder)) ([^ ]+ ){0,7}(geslagen|geschopt|gewurgd|mishandeld|bedreigd|verkracht|pijn gedaan|aangevallen|opgesloten)`,
  '(sloeg|schopte|duwde|wurgde|bedreigde) (me|mij|ons|de kinderen|mijn)', 'bang dat (hij|ze|zij) ((weer|hier|straks|vannacht|vanavond|terug|naar (me|mij|ons|huis)) )*(terug~komt|langs~komt|komt)',
  'bang (voor )?wat (hij|ze|zij) _ (doet|gaat doen)', 'mag (het huis )?niet (weg|naar buiten|de deur uit)', 'controleert (alles|mijn telefoon)',
  'gedreigd (me|mij|ons)? _ (te )?(vermoorden|dood|slaan|pijn|mes|iets aan)', 'klappen (krijgen|krijgt|kregen|geven|geeft)', '(krijgt|krijgen|kreeg|kregen) _ (klappen|slaag|pak slaag|pak rammel)',
  'pak slaag', 'met een riem', 'zit aan (me|mij|haar|hem)', '(hij|zij|ze|ex) staat _ voor (mijn|de) deur', 'niet veilig (voor|bij) (hem|haar|mijn)', 'de kinderen (zijn )?niet veilig',
  '!huiselijk geweld', 'partner~geweld', 'geweld (thuis|in huis|in (het|ons) gezin)',
  `(?<!(lijkt|lijken|seems|seem|looks) )(bang|angst|angstig|doodsbang) voor (hem|haar|mijn ${NL_PARTNER}|mn ${NL_PARTNER}|de ${NL_PARTNER})(?! (gezondheid|toekomst|leven|veiligheid|welzijn|zorg))`,
  '(bang|angst) (dat|dat hij|dat ze) _ (vermoord|vermoordt|slaat|iets aandoet|dood maakt|doodmaakt)', `(vermoorden|dood maken|doodmaken|vermoord|vermoordt|afmaken) _ ${VICTIM_NL}`,
  `${VICTIM_NL} _ (vermoorden|vermoordt|vermoord|dood (te )?maken|doodmaken|doodmaakt|afmaken|afmaakt|doodschiet|neersteekt)`, '(met|with) (een|a) (fles|stoel|riem|stok|hamer|bottle|chair|belt|stick|hammer) _ (geslagen|hit|beaten|gegooid|aangevallen)', '(geslagen|slaat|sloeg|hit|hits|beat|beats) (me |mij |haar |hem |her |him )?(met|with) (een|a|zijn|his) (fles|stoel|riem|stok|hamer|bottle|chair|belt|stick|hammer|vuist)', '(dreigt|dreigde) _ (vermoorden|dood|slaan|mes|wapen)',
  '(bel|bellen|melden|melding (doen|maken)|inschakelen|contact (op )?nemen met) _ veilig thuis', 'veilig thuis (bellen|inschakelen)',
  'voel (me|mij|ik me) _ niet (meer )?veilig', 'niet (meer )?veilig (thuis|in (mijn|ons|het) huis|bij (hem|haar|mijn))', '(thuis|ben) niet (meer )?veilig', 'onveilig (thuis|in huis)',
  'durf* _ niet (naar huis|thuis|meer naar huis)', '(sluit|sloot|houdt|hield) (me|mij|ons|haar|hem|de kinderen) _ (op|opgesloten|binnen)', '(opgesloten|locked in) (door|by)',
  '(zit|zitten|zat|ben|zijn|is) (hier |nu |daar )?opgesloten', '(me|mij|ons|haar|hem) (heeft|hebben) opgesloten', 'opgesloten in (de|het|een|mijn|haar|zijn) (slaap~kamer|kamer|huis|badkamer|kelder|schuur|flat|woning|auto)', '(hebben|heeft) de deur op slot (gedaan|gedraaid)', 'houdt (haar|me|mij|ons|hem) vast',
  'verkracht*', 'seksueel (misbruik*|geweld)', 'aangerand', 'misbruikt', 'kinder~mishandeling', 'mishandel*', 'plassertje',
  '(papa|vader|mama|moeder|oom|opa|stiefvader|dad|daddy|uncle|stepdad) _ (doet|deed) (haar|hem|me|mij) pijn',
  '(kind|kinderen|kids|baby|zoon|dochter) _ verwaarloos*', 'verwaarloos* _ (kind|kinderen|kids|baby|zoon|dochter)',
  '(laat|laten|liet|lieten) (de|mijn|haar|zijn|onze|hun) (kinderen|kids|baby|peuter|kleuter|kind|kindje) _ alleen', '(kinderen|kids|baby) (zijn |is )?alleen thuis', '(kinderen|kids|baby) _ (krijgt|krijgen|kregen) _ geen eten',
  '(schudt|schudde|schudden|geschud) _ (baby|kindje|zoontje|dochtertje)', 'baby _ (door elkaar )?(geschud|schudden|schudt)', `(baby|kind|kindje|dochter|zoon|dochtertje|zoontje) ${GAP5}door elkaar (geschud|geschud|schudden|schudt)`,
  // assault, weapons and thrown objects
  '(ben|is|got|been|word|wordt|just|net) _ (aangevallen|neergestoken|gestoken|attacked|stabbed|beaten up|in elkaar geslagen|overvallen|neergeschoten|shot)',
  '(gooit|gooide|smijt|smeet|gegooid|throws|threw|thrown|throwing) _ (mes|messen|knife|knives|stoel|chair|fles|bottle|glas|glass|bord|plate|borden|plates|dingen|spullen|things|stuff) (naar|at|tegen|op) (me|mij|ons|haar|hem|us|her|him|the kids|de kinderen)',
  '(knife|mes|gun|pistool|weapon|wapen) (at|naar|op|tegen) (me|mij|ons|us|her|him|haar|hem|my|mijn)', '(pulled|grabbed|holding|holds|waving|pakte|pakt|zwaait) _ (a|the|een|het|zijn) (knife|gun|weapon|mes|pistool|wapen)',
  '(smashed|broke|kicked in) the (window|door)', '(ruit|raam|deur) (ingegooid|ingetrapt|kapot~geslagen)', 'hiding (under|in) (the|a|my)',
  // control, pursuit, having just fled, exploitation
  'laat (me|mij|ons|haar|hem) niet (naar buiten|gaan|weg|de deur uit|vertrekken|bellen)', '(dreig*) ([^ ]+ ){0,5}(neer te steken|neersteken|te steken|te vermoorden|vermoorden|dood te maken|in elkaar te slaan|iets aan te doen|pijn te doen)', '(gedwongen|dwingen|dwingt) _ (drugs|dealen|verkopen|stelen)',
  'hand(en|s)? (om|rond|around|round) (my|mijn|her|haar|his|zijn) (neck|nek|keel|throat)', 'keel (dicht~geknepen|dicht~knijpt)', '(banging|bonkt|bonken|beukt|hammering|kicking|pounding) (on|op|tegen) (the|my|de|mijn) (door|deur|window|raam)', '(he|she|hell|shell) (will|is going to|gonna) get me',
  '(touches|touched|touching|fondles|fondled) (me|her|him|my (son|daughter|kid|child)) (at night|down there|inappropriately|in (my|her|his) (bed|room|private))', 'raakt (me|mij|haar|hem) aan (op|in|s nachts|waar)',
  '(keeps|kept|holds|held) ([^ ]+ ){0,3}(locked|locked up|captive|prisoner)', 'locked in (a|the|his|her|my) (room|cupboard|closet|basement|cellar|shed|bathroom|car)',
  '(he|she|hes|shes) (took|takes|has taken|grabbed|smashed|broke) (away )?(my|her|our) (phone|passport|keys)', '(hij|zij|ze) (pakt|pakte|neemt|nam|heeft) _ (mijn|haar|mn|m n) telefoon',
  '(naar|achter) (me|mij|ons) (aan )?op zoek', '(zoekt|zoeken) (me|mij|ons)', '(is|are|hes|shes|he is|she is) (out )?(looking|searching|hunting) for (me|us)',
  '(knows|found out) where (i|we) (am|are|live|stay|sleep)', '(weet|ontdekt|gevonden) waar (ik|we|wij) (ben|zijn|woon|wonen|zit|zitten|slaap|slapen)',
  '(net|zojuist|vannacht|vandaag|vanavond|vanochtend) (gevlucht|weggevlucht|ontsnapt)', '(gevlucht|weggevlucht|ontsnapt) (bij|voor|van) (mijn|mn|m n|hem|haar) (man|vrouw|partner|vriend|vriendin|ex)?', '(gaat|zal|komt) (ons|me|mij) (vinden|halen|pakken)', '(ons|me|mij) (gaat|zal) (vinden|pakken|halen)', '(will|going to|gonna) find (me|us)', 'just (fled|escaped|ran away from)', '(volgt|volgen|achtervolgt) (me|mij|ons)', 'following (me|us)',
  `(hell|he will|shell|she will|theyll|they will|gonna|going to|will) (hurt|kill|beat|stab) (${VICTIM_EN}|you)`, 'finish the job',
  '(gedwongen|dwingt|dwingen|forced|forces|forcing|makes (her|me)) _ (seks|sex|naar bed|prostitu*|sleep with|werken voor)', 'naar bed (voor|for) (geld|money)', 'mensen~handel', 'trafficked', 'human trafficking',
  'loverboy', '(makes|made|forces|forced|laat|liet|dwingt|dwong) ([^ ]+ ){0,4}(sexual|seksuele|sex|seks) (things|dingen|acts|handelingen)', '(locks|locked) the door (at night|on (me|us))',
  // forced marriage
  'gedwongen (huwelijk|te trouwen)', 'forced (marriage|to marry)', 'huwelijks~dwang', 'uithuwelijk*', 'achterlating',
  '(sturen|sending|send|taking|take|brengen|meenemen|nemen) (me|mij|haar|hem|her|him|us|ons) ([^ ]+ ){0,5}(om te trouwen|to marry|to get married|uithuwelijken)', '(buitenland|abroad|land van herkomst|home country) ([^ ]+ ){0,3}(om te trouwen|to marry|to get married)',
  `(wil|willen|wants|want|force|forcing|dwingen|dwingt) (me|mij|haar|hem|her|him|mijn dochter|my daughter) ${GAP5}(laten )?(trouwen|marry|uithuwelijken)`,
  '(niet|not|dont want to|do not want to) (met|to) _ (wil )?(trouwen|marry)',
  // en
  `(he|she|they|${EN_PARTNER}) _ ${EN_ABUSE} ${VICTIM_EN}`, `${EN_ABUSE} ${VICTIM_EN}`, 'domestic (violence|abuse)', 'being (beaten|abused|threatened|raped)',
  `(?<!(seems|seem|looks|look) )(afraid|scared|frightened|terrified) of (him|her|my ${EN_PARTNER})`, '(afraid|scared|frightened|terrified) to go home',
  '(aggressive|angry) when (he|she) (drinks|is drunk)', 'not safe (at home|anymore|here)', '(has|have) (hit|beaten|kicked|choked|strangled|threatened|raped|hurt|attacked) (me|us|my|the)',
  '(he|she) (locks|locked) me', `(locks|locked|locking) ${VICTIM_EN} (in|inside|up)`, '(keeps|kept|holds|held) (me|us|her|him|them|the kids|the children) (locked|inside|prisoner|captive|hostage)',
  `${EN_PARTNER} _ threatens (me|us)`, 'threatens (me|us) with (a |the |his |her )?(knife|gun|weapon|violence)', 'threatens to (kill|hurt|hit|beat|stab|take)',
  '(wont|will not|doesnt|does not) let (me|us|her) (leave|go out|out)', 'threatened (me|us) with', 'threatened to (kill|hurt|hit|beat|stab)', 'unsafe at home',
  '(going|gonna|wants|want|threatened|threatens|will) to kill (me|us|my|the|her|him)', 'kill (me|us)', '(child|sexual|domestic|physical) abuse', 'abusive', 'rape*',
  'sexually (abused|assaulted)', 'neglect* (the|my|his|her) (kids|children|child|baby)', '(kids|children|baby) (are |is |were )?(left )?alone at home',
  // online grooming and sexual exploitation of a minor
  '(pictures|photos|pics|fotos|foto|selfies|videos|filmpjes) (of|van) (him|her|himself|herself|hem|haar|zichzelf)', 'naakt~fotos?', 'naakt~beelden', 'nudes?',
  '(nude|naked|sexy) (pictures|photos|pics|selfies|videos)', 'grooming', 'sextortion', '(dreigt|threatens|threatened|dreigde) _ (fotos|pictures|photos|videos) _ (verspreiden|delen|share|post|online)',
  '*يطلب _ صور*',
  // fear of harming one's own child or someone else
  '(bang|afraid|scared|terrified) (dat ik|that i|i (will|might|could|ll|am going to)|ill) _ (iets )?(aandoe|aan doe|pijn doe|vermoord|hurt|harm|kill|shake|do something to)',
  '(bang|afraid|scared) (dat ik het|that ill do it|i will do it|ill do it) (weer|nog een keer|again)',
  // tr, pl, uk/ru, ar
  'beni dov*', 'dovuyo*', 'siddet*', 'beni tehdit*', 'bana vuruyor', 'cocuklarimi dov*', 'oldurece*', 'olduruce*', 'oldurmekle tehdit*', 'tecavuz*', '(bebegim*|cocugum*|oglum*|kizim*) zarar',
  '(ojciec|tata|maz|partner|on|ona|ojczym|brat|syn|konkubent) (mnie |nas |ja |go |mame |dzieci )?(bije|pobil*|uderzyl*|kopie)', 'bije mnie', 'mnie (bije|uderzyl*|pobil*)', 'zamkn* (mnie|nas|ja|go|dzieci)', 'zamknal* _ w (pokoju|domu|mieszkaniu|lazience|piwnicy)', 'bije (nas|dzieci|ja|go|syna|corke)', 'uderzyl mnie', 'grozi (mi|ze mnie zabije)', 'grozi _ (pobije|zabije|pobic|zabic)', 'zabije mnie', 'boje sie (meza|partnera|go)',
  'przemoc*', 'zgwalcil*', 'nie (mozemy|moge|moze) wyjsc', '(zrobie|zrobic) krzywde (swojemu |mojemu )?(dziecku|corce|synowi)',
  'бє мене', 'мене бє', 'бє (нас|дітей)', 'погрожує', 'боюся чоловіка', 'вдарив мене', '(побив|побила|бив|вдарив) (мене|нас|дітей|іі|иого)', '(мене|нас) (побив|вдарив)', 'вбє мене', 'зґвалт*', 'згвалт*', 'бьет меня', 'насильств*', 'насилие',
  'тримає (її|його|мене|нас) замкнен*', 'зашкоджу (дитині|синові|доньці)',
  '*يضرب(ني|نا|ها|ه|هم)', '*يضرب (الاطفال|اولادي|ابني|ابنتي|بنتي|زوجته|امي)', '*ضربني', '*يهددني', '*هددني', '*سيقتلني', '*يهدد بقتلي', '*عنف', 'خائف* من زوج*', '*اغتصب*',
  '*(اوذي|توذي|يوذي) (طفلي|ابني|ابنتي|اولادي|بنتي)', '*(تصرخ|يصرخ) _ *المساعدة',
];

/** Hitting and aggression in general words: no crisis when the one who hits is the writer's young child. */
export const VIOLENCE_WEAK: readonly string[] = [
  `(hij|zij|ze|${NL_PARTNER}) _ ${NL_HIT} ${VICTIM_NL}`, `${NL_HIT} (me|mij|ons)`, '(hij|zij|ze) (slaat|slaan|schopt|schoppen)',
  `(hij|zij|ze|${NL_PARTNER}) (is|wordt|werd|kan) _ (agressief|gewelddadig)`, `(me|mij|ons|haar|hem|de kinderen|mijn (kind|zoon|dochter|moeder)) ${NL_HIT}`, 'gewelddadig',
  `(he|she|they|${EN_PARTNER}) _ ${EN_HIT} ${VICTIM_EN}(?! (with|that|about|to take) (a )?(fine|eviction|court|police|letter|lawyer|bailiff|the police))`,
  `${EN_HIT} ${VICTIM_EN}(?! (with|about) (a )?(fine|eviction|court|police|letter|lawyer|bailiff))`, 'being (hit|hurt)', 'violent', 'pushed me', 'grabbed (me|my)',
];
export const CHILD_AGGRESSOR: readonly string[] = [
  'tantrums?', 'drift~bui*', 'woede~bui*', 'woede~aanval*', 'meltdowns?',
  '(zoon|zoontje|dochter|dochtertje|kind|son|daughter|kid|child|boy|girl|puber|tiener|teenager|jongen|meisje)( van)?( [0-9]+| [a-z]*tien)?( jaar)?( oud)? _ (is|wordt|gets|becomes|can be|kan|werd|got) _ (agressief|agressiever|aggressive|violent|gewelddadig|woedend)',
  '(hits|hurts|kicks|bites|slaat|schopt|bijt) (his|her|zijn|haar) (little |younger |big |older )?(sister|brother|zusje|broertje|zus|broer)', '(andere kinderen|other (kids|children)|klasgenoten|classmates)',
];
export const MY_CHILD: readonly string[] = ['(mijn|onze|mn|m n|my|our) (zoon|zoontje|dochter|dochtertje|kind|son|daughter|kid|child|boy|girl|([0-9]|1[0-7]) (year|yr) olds?)'];
export const PRONOUN_AGGRESSIVE: readonly string[] = ['(hij|zij|ze|he|she|hes|shes) ((is|wordt|gets|becomes|can be|kan|werd|got) )?([^ ]+ ){0,3}(agressief|agressiever|aggressive|violent|gewelddadig|woedend)'];
/** An adult who hits or is aggressive: then the child is the victim, not the aggressor. */
export const ADULT_AGGRESSOR: readonly string[] = [
  `(vader|stiefvader|papa|moeder|stiefmoeder|mama|partner|man|vriend|ex|father|stepdad|stepfather|dad|mother|stepmother|mom|mum|husband|boyfriend) _ (${NL_HIT}|${NL_ABUSE}|${EN_HIT}|${EN_ABUSE}|is agressief|wordt agressief|is aggressive|gets aggressive|is violent|gets violent)`,
];

export const DANGER: readonly string[] = [
  '(in|is in) (acuut )?gevaar', 'levens~gevaar*', '(bel|bellen|belde|gebeld|call|called|dial|met) 112', '(bel|bellen) (de )?politie', 'in danger', '(call|called) (911|the police)',
  '(met|with) (een|a) (mes|schaar|bijl|hamer|knuppel|honkbal~knuppel|pistool|wapen|vuurwapen|knife|scissors|axe|hammer|bat|baseball bat|gun|weapon)', 'heeft een (mes|pistool|wapen|vuurwapen|bijl)(?! (gekocht|nodig|voor|om|gevonden|in de keuken))',
  'has a (knife|gun|weapon)(?! (for|to|license|licence|permit))', '(hes|shes|he s|she s) got a (knife|gun|weapon|bat|baseball bat)', '*سكين', 'bicak*', 'nozem', 'ножем',
  'brand in', 'fire in', '(is|its|staat) on fire', 'er is brand', 'ruik gas', 'ruikt (naar|sterk naar) gas', 'smells? (of |like )?gas', 'gas (smell|leak)', 'carbon monoxide', 'koolmonoxide', 'co~melder', 'gas~lucht', 'gas~lek', 'medisch noodgeval', 'medical emergency', 'acute nood',
  'achtervolgd', 'being followed', 'stalk*', 'onderkoeld', 'hypotherm*', 'dood~vriezen', 'freez(e|ing) to death',
  '(dagen|days) (niet )?(gegeten|without food|geen eten)', 'not eaten (in|for) days', 'psychotisch', 'in een psychose', '(is|seems|gone|went) psychotic', 'hoort stemmen', 'hears voices',
  `(stemmen|stem|voices|voice|glosy|голоси|голос|sesler) ${GAP5}(zeggen|zegt|vertellen|telling|tell|tells|say|says|said|mowia|кажуть|diyor) ([^ ]+ ){0,7}(dood|pijn|kill|hurt|harm|springen|jump|vermoorden|snijden|cut|die|sterven|aan~doen|iets aan|aandoe|pakken|steken|stab|doden)`,
  '(ontvoerd|ontvoering|abducted|kidnapp*|porwa*|викра*|kacirdi)', '*اختطف*', '(niet|nog niet) terug~gebracht', 'nooit meer (zien|zie|terugzien|terug zien)',
  '(hasnt|has not|didnt|did not|never) (returned|brought) (him|her|them|the (kids|children|baby)|my (son|daughter|child|kids))',
  '(wont|will not|not going to|dont think ill) make it(?! (to|on|in|before|for|work))', 'haal (het|de ochtend|de morgen) niet',
];

export const MEDICAL: readonly string[] = [
  // breathing, consciousness
  'ademt (bijna |helemaal )?niet( meer)?', 'beweegt (helemaal )?niet meer', '(haalt|krijg|krijgt|kreeg) (bijna )?geen (adem|lucht)', '(krijg|krijgt|kreeg|haal|haalt) (bijna |moeilijk |slecht |nauwelijks |amper )(lucht|adem)', 'allergische (reactie|shock)', 'anafylact*', 'anaphyla*', '(keel|tong|throat|tongue) _ (zwelt|opgezwollen|dik|swelling|swollen|closing)', 'gezicht zwelt', 'face (is )?swelling', '(krijg|kan) (hem|haar) niet (meer )?(overeind|omhoog)', '(cant|cannot) get (him|her) up', 'kan (bijna )?niet (meer )?(goed )?ademen',
  'ademt (heel |erg |zo )?(raar|vreemd|zwaar|moeilijk|oppervlakkig|gek|snel|piepend|hijgend)', 'breathing (very |really |so )?(fast|strangely|weird|funny|shallow)', 'happ* naar (adem|lucht)', 'ademhaling _ (gestopt|stopt|raar)', 'bewusteloos', 'buiten (westen|bewustzijn)', 'reageert nergens (meer )?op',
  'reageert niet (meer )?(op aanspreken|op (mijn |ons )?(kloppen|roepen|schudden|geroep)|als ik (hem|haar) aanspreek)', 'niet (meer )?aanspreekbaar', 'niet (goed )?wakker (te krijgen|krijgen|wordt)', 'wordt niet (goed |meer )?wakker',
  '(krijg|kan) (hem|haar) niet (meer )?wakker', 'flauw~gevallen', 'in elkaar gezakt', 'ingezakt', '(?<!(steeds|vaak|snel|regelmatig|soms|wel eens|weleens) )benauwd', 'moeite met ademen',
  '(lippen|lip|gezicht|gezichtje) _ (blauw|grauw|paars)', 'blauw (om|rond|op) (de|haar|zijn) (lippen|mond)', 'blauwe lippen', 'blauw aan~gelopen', 'grauw en (zweterig|klam)',
  '(voel|vind|is|heeft) geen (hartslag|pols)', 'no pulse', 'hoest* bloed', '(coughing|coughs|vomiting|spitting) (up )?blood', '(spuugt|braakt) bloed',
  'not breathing', '(cant|cannot|can not|couldnt|isnt|is not|stopped|struggling to|trouble|difficulty|hard time) (properly )?breath(e|ing)', 'gasping',
  'unconscious', 'passed out', 'collapsed', 'unresponsive', '(wont|will not|doesnt|does not) wake up', 'not waking up', '(cant|cannot|can not|couldnt) wake (him|her|them|my [^ ]+) up',
  '(he|she|hes|shes|he is|she is|him|her|baby|child|man|woman) (is )?(not|isnt|no longer|stopped) (moving|responding)',
  '(lying|laying|lies|lays|fallen) (on|in) (the|his|her|their|my|our) ([^ ]+ )?(floor|ground|street)', '(lips|face) _ (blue|grey|gray|purple)', 'turning blue',
  '(ligt|lag) _ (op|in) (de|het|zijn|haar|mijn|onze|een) ([^ ]+ )?(grond|vloer|keukenvloer|badkamervloer|stoep)',
  '(hij|zij|ze|moeder|vader|man|vrouw|oma|opa|buurman|buurvrouw) ligt _ op de grond', 'gevallen _ ligt _ (op de grond|op de vloer)',
  // heart, stroke, bleeding, seizures
  'pijn (op|in) (de|mijn|zijn|haar) borst', 'borst~pijn', 'chest pains?', 'pain in (my|his|her|the) chest', 'clutching (his|her|my) chest', '(arm|been|kant) _ (verlamd|gevoelloos|numb)',
  'mond hangt scheef', 'scheve mond', '(gezicht|mond) _ scheef', 'face (is |looks )?(droop*|crooked|lopsided)', 'slurr(ed|ing)', '(barely|hardly|nauwelijks|amper) (breathing|ademt|ademen)', '(gone|went|is|has gone) limp', '*لا (يتحرك|تتحرك)', 'praat (ineens |opeens |heel )?(raar|onduidelijk)',
  'hart~aanval', 'hart~stilstand', 'hart~infarct', 'beroerte', 'hersen~infarct', 'hersen~bloeding', 'heart attack', 'stroke', 'seizure', 'epilep* aanval', 'stuip*',
  'bloedt (heel )?(erg|veel|hevig)', 'veel bloed', 'bleeding (a lot|heavily|badly|from)', '(is|was|hes|shes|im|and|still) bleeding', '(wont|will not|doesnt|does not|cant) stop bleeding', 'blijft bloeden', 'stopt niet met bloeden', 'ik bloed', 'bloed (uit|aan) (mijn|zijn|haar) ',
  'gevallen en kan niet (meer )?(op~staan|overeind)', 'fell and (cant|cannot|can not)',
  '(hij|zij|ze|oma|opa|moeder|vader|man|vrouw) reageert (niet|nergens op)(?! (op|meer op|via|per))', 'is gevallen _ (hoofd|bloed|bloedt|ligt|kan niet (meer )?op~staan)',
  'suiker (te )?laag', 'hypo', 'hoge koorts', 'high fever', 'vergiftig*', 'poison*', 'ingeslikt',
  // pills, overdoses, ingestion
  'over~dosis', 'over~dose*', 'te veel (pillen|medicijnen|tabletten|drugs|slaappillen|ghb) (genomen|ingenomen|geslikt|gebruikt)', 'hele strip', 'potje (pillen )?leeg',
  `heeft _ ${PILLS} (genomen|geslikt|ingenomen)`, `(took|taken|swallowed|popped|downed) (all|too (much|many)|a (whole|full)|an entire|the whole|a handful|loads|lots) _ ${PILLS}`,
  `[0-9]+ ([^ ]+ ){0,4}${PILLS} ([^ ]+ ){0,4}(ingenomen|genomen|geslikt|op|opgegeten|leeg~gegeten|taken|took|swallowed|tegelijk|at once)`, `(took|taken|swallowed|popped|ingenomen|genomen|geslikt) [0-9]+ ([^ ]+ ){0,3}${PILLS}`,
  `${QTY} ([^ ]+ ){0,4}${PILLS} ([^ ]+ ){0,4}(ingenomen|genomen|geslikt|op|opgegeten|leeg~gegeten|leeg~gemaakt|leeg|taken|took|swallowed|tegelijk|at once)`, `(took|taken|swallowed|popped|ingenomen|genomen|geslikt) (${QTY}|a bunch of|a lot of|lots of|loads of|heaps of|way too many|a load of) ([^ ]+ ){0,3}${PILLS}`,
  `${PILLS} _ (at once|in one go|on purpose|expres|met opzet|opzettelijk|tegelijk)`, `(on purpose|expres|met opzet|opzettelijk) _ ${PILLS}`, '(took|swallowed) (pills|tablets)', `took too many ${PILLS}`,
  '(chloor|bleach|schoonmaakmiddel|wasmiddel|ontstopper|drain cleaner|wasmiddel~capsules?|batterij|knoop~batterij|button battery|lampolie|antivries|antifreeze|rattengif|rat poison|gif|poison) _ (gedronken|ingeslikt|opgegeten|gegeten|binnengekregen|drank|drunk|swallowed|ate|eaten)',
  `(drank|ate|swallowed|opgedronken|gedronken|opgegeten|ingeslikt) _ (${PILLS}|bleach|chloor|schoonmaakmiddel|wasmiddel|detergent|batterij|battery|button battery)`, 'empty pill bottles',
  // tr, pl, uk/ru, ar
  'nefes (almiyor|alamiyor*|alamiyo*)', 'nefes almakta zorlan*', 'nefesi (kesildi|durdu)', 'bayildi', 'bilinci (kapali|yok|gitti)', 'kendinden gecti', 'uyanmiyor',
  'gogsum* _ agri*', 'gogus agri*', '(cok|fazla|butun) (hap|ilac)*', 'asiri doz', 'dudak* _ mor*',
  'nie (oddycha|moze oddychac|moge oddychac|moze zlapac tchu)', 'dusi sie', 'nieprzytomn*', 'stracil* przytomnosc', '*(بلع|بلعت|ابتلع|ابتلعت|تناول|تناولت) _ (حبوب*|دواء|ادوية|الدواء|الحبوب)', '(ковтнув|ковтнула|проковтнув|проковтнула|наковтав|наковталася|наковтався) _ (батарейк*|таблет*|пігул*|магніт*|ліки)', 'zemdlal*', 'przedawkow*', 'nie (moge|mozna|moze) (go|jej) obudzic', 'polkn* _ (tabletek|tabletki|leki|lekow|opakowanie)',
  'lezy na (podlodze|ziemi)', 'nie rusza sie', 'bol w (klatce|piersi)', '(za duzo|wszystkie) (tabletek|lekow|pigulek|tabletki|leki)',
  'не дихає', 'не (може|можу) _ дихати', 'задиха*', 'без свідомості', 'знепритомні*', 'не прокидається', 'губи _ (посиніли|сині)', 'посинів*', 'посиніл*',
  'біль (у|в) грудях', 'лежить на підлозі', 'передозуван*', '(багато|всі|усі) (таблеток|таблетки|пігулок|пігулки)',
  'не дышит', 'не может дышать', 'без сознания', 'боль в груди',
  '*لا (يتنفس|تتنفس)', '*(تتنفس|يتنفس) بصعوبة', 'صعوبة في التنفس', '*لا (استطيع|يستطيع|تستطيع) التنفس', 'ضيق (في )?التنفس', 'فاقد الوعي', 'فاقدة الوعي',
  '*فقد* الوعي', 'مغمى (عليه|عليها)', '*اغمي (عليه|عليها)', '*الم _ *(الصدر|صدري)', 'جرعة زائدة', '(سقطت|سقط|وقعت|وقع) _ *لا (ترد|يرد)',
];

/** Signs of a stroke, heart attack or diabetic emergency: two together (or one and "suddenly") make it an emergency. */
export const BODY_SIGNS: readonly string[] = [
  'ineens', 'opeens', 'plotseling', 'plots', 'suddenly', 'nagle', 'aniden', 'birden', 'раптово', 'فجاة',
  'verward', 'confused', 'herkent (me|mij) (niet|bijna niet)', '(doesnt|does not) (know|recognise|recognize) (me|my name)', 'klam', 'zweterig', 'sweaty', 'sweating', '*تتعرق', '*يتعرق', 'terliyor', 'spocon*', 'пітніє',
  'grauw', 'lijkbleek', 'grey', 'kan (ineens |opeens )?niet (meer )?praten', '(cant|cannot) (speak|talk) (properly|anymore)', 'konusamiyor', 'не може говорити', '*لا (تستطيع|يستطيع) الكلام', 'nie moze mowic',
  'yere dus*', '(впала|впав)', '*(سقطت|سقط)', 'upadl*', 'yuz* _ kay*', 'обличчя опустил*', '(half|helft|kant) (van )?(zijn|haar|his|her) (gezicht|face)', 'misselijk', 'overgeven', 'vomiting', '(helemaal |heel |erg |zo )slap', 'floppy', 'lethargic',
  '(arm|hand|been|leg) _ (slap|hangt|numb|verlamd|weak)', '(arm|been|hand|leg) _ niet (meer )?(bewegen|optillen|voelen|lift|move|feel)', '(cant|cannot) (lift|move|feel) (his|her|my) (arm|leg|hand)', '(ergste|vreselijke|ondraaglijke|heftige) hoofdpijn', 'worst headache', 'gevallen', 'fell', 'collapsed', '(is|ziet|ziet er|looks|went|is gone) (heel |erg |zo |helemaal |very |so )?(wit|bleek|pale|grauw|grey|gray)( uit)?', '(zweet|zweten|sweats)', '(borst|chest) (drukt|knelt|feels tight)', 'druk op (de|mijn|zijn|haar) borst', 'pressure (in|on) (my|his|her|the) chest',
  'suf', 'drowsy', 'reageert (raar|vreemd|traag)', 'suiker (is |van )?(te )?(laag|[0-3])', '(39|40|41|42)( [0-9])? (graden )?koorts', 'koorts (van )?(39|40|41|42)', 'fever (of )?(39|40|41|103|104|105)',
  'wil niet (meer )?drinken', 'drinkt (helemaal |bijna )?niet( meer)?', '(wont|will not|doesnt) (drink|feed|eat)', '(hart|hartslag) (gaat|klopt|bonkt) (heel |erg |zo )?(snel|raar|tekeer)', 'heart (is )?(racing|pounding)',
  'bang dat (hij|ze|zij|ik) (dood~gaat|doodga|sterft)', 'afraid (he|she|i) (will|is going to|might) die', '(coke|cocaine|xtc|drugs|ghb|speed|heroine|heroin|ketamine|lachgas|md) _ (gebruikt|genomen|op|used|taken|took)',
  'erg verward', 'very confused', 'drętwieje', 'dretwieje',
];

/** Long-standing symptoms: then body signs need a sudden change to count. */
export const CHRONIC: readonly string[] = ['al (jaren|maanden|weken|lang)', 'lately', 'laatste tijd', 'de laatste (weken|maanden)', 'steeds (meer|vaker)', 'soms', 'vaak', 'regelmatig', 'sometimes', 'often', 'regularly', 'for (years|months|weeks)', 'chronisch', 'chronic'];
export const SUDDEN: readonly string[] = ['ineens', 'opeens', 'plotseling', 'plots', 'suddenly', 'nagle', 'aniden', 'birden', 'раптово', 'فجاة'];

/** Despair that is also said of ordinary exhaustion; crisis unless the message is about a carer's or paperwork load. */
export const WEAK_DESPAIR: readonly string[] = [
  '(hou|houd) het _ niet meer vol', '(trek|trekt) (het|dit|dit leven|het leven) _ niet( meer)?', 'kan (echt |gewoon |zo |het )?niet meer verder', '(cant|cannot|can not) go on',
  'i (cant|cannot|can not|just cant|really cant) cope any ?more', '(cant|cannot|can not) (take) (it|this) any ?more', 'artik dayanamiyorum', 'більше не маю сил',
];
export const CARER_LOAD: readonly string[] = [
  'zorg (voor|ook voor)', 'mantel~zorg*', 'verzorg*', 'dementie', 'dementia', 'alzheimer*', 'caring for', 'care of', 'look(ing)? after', 'carer',
  'verpleeg~huis', 'nursing home', 'adhd', 'autis*', 'thuiszorg', 'home care', 'papierwerk', 'paperwork', 'formulier*', 'forms',
];

// "ik kan niet meer." at a sentence end is despair; "ik kan niet meer lopen" is not. Matched on folded text with punctuation.
export const CANT_GO_ON =
  /\b(ik (kan|wil) (het )?((echt|gewoon|zo|bijna) )*nie?t? meer|het (leven )?hoeft (voor mij )?niet meer|i (cant|can't|cannot) (take this|take it)? ?any ?more)\s*([.,;!?…]|$)/u;

/** Phrases that look like a crisis but say the opposite, joke, or speak of the past; blanked out before matching. */
export const NEUTRAL = compileTerms([
  // negation
  '(im not|i am not|not|niet|geen|nooit|never|no longer|niet meer|nie jestem) (echt |really |at all |actually )?(suic*|suisid*|zelf~moord~gedacht*|suicidale gedachten)',
  '(geen|no|zonder|without) (suicidal|suicidale|zelfmoord|donkere|dark) (thoughts|gedachten|plannen|plans)', '(denk|praat) (echt )?niet (aan|over) (zelfmoord|de dood|doodgaan|dood willen|dood)',
  '(would|will|zou|zal) (mezelf |myself )?(never|nooit) (mezelf )?(kill myself|hurt myself|harm myself|iets aandoen|iets aan doen)',
  '(not|niet|nooit|never|isnt|is not|geen) ([^ ]+ )?(violent|gewelddadig|agressief|aggressive|violence|geweld)', '(geen|no|not an|not a) (noodgeval|emergency|crisis)', '(siddet|kavga) yok', 'bez przemocy', 'без насильства', '*(لا يوجد|بدون) عنف',
  '(snij|snijd|snijdt|kras|krast|beschadig|beschadigt) (me|mij|mezelf|zich|zichzelf) niet (meer|langer)', '(no longer|not anymore|stopped) (cuts|cutting|self ?harming|harming (herself|himself|myself))',
  '(doesnt|does not|dont|do not) (cut|harm|hurt) (herself|himself|myself|themselves) any ?more', '(overdosis|overdose) (aan|van|of) ([^ ]+ )?(brieven|papieren|papierwerk|werk|letters|paperwork|informatie|info|stress|regels)',
  // figurative: "these bills are killing me", "ik werk me dood", "my boss will kill me"
  '(baas|boss|szef|patron|chef|manager|leidinggevende|juf|teacher) _ (vermoordt|vermoorden|kill|kills|zabije|oldurur|olduruyor|вбє|убьет)( me| mij| mnie| beni)?',
  '(killing|kill|work|working|worked) myself (at|for|over|with|to death|in)', '(werk|werkt) (me|mij|zich) (dood|kapot|het schompes)', '(nearly|almost|bijna) (gave|give|kreeg|krijg) (me )?(a |een )?(heart attack|hartaanval|hartverzakking)',
  '(thought|dacht) (i was having|i had|dat ik een|it was) (a |an |een )?(heart attack|hartaanval|stroke|beroerte)',
  '(wants?|wil|willen|wish) (to )?(die|sterven|overlijden|dood~gaan) (at home|thuis|in peace|in (zijn|haar|his|her) (eigen )?(bed|huis|home))',
  // someone else's suicide in the past, questions about victims
  '(heeft|hebben|had|has|have) _ (zelfmoord|suicide) (gepleegd|committed)', '(committed|pleegde) (suicide|zelfmoord)', 'took (his|her|their) own life', 'took (his|her|their) life',
  '(heeft|hebben) (zich|zichzelf) (van het leven beroofd|het leven benomen)', '(na|since|after|door|sinds) (de|zijn|haar|the|his|her) (zelfmoord|suicide|zelfdoding)',
  '(overleden|died) (door|aan|by|of) (zelfmoord|suicide|zelfdoding)',
  '(vrouwen|mannen|mensen|slachtoffers|kinderen|women|men|people|victims|children|ouders|parents) (die|who|that|van|of) _ (mishandeld|geslagen|misbruikt|abused|beaten|huiselijk geweld|domestic (violence|abuse)|violence|geweld)',
  '(threatens|threatened|dreigt|dreigde) _ (met|with) (een |a )?(boete|fine|ontruiming|eviction|rechter|court|deurwaarder|bailiff|incasso)',
  '(na|after|since|sinds|following) (het |the )?(huiselijk geweld|domestic (violence|abuse)|de mishandeling|the abuse|het misbruik)', 'zich (thuis |daar |bij [^ ]+ )?niet (meer )?veilig voel*',
  '(chest pain|pijn op de borst|benauwd|short of breath|kortademig) (on the stairs|op de trap|bij (inspanning|het traplopen|traplopen|het lopen|het fietsen)|when i (walk|climb|exercise|run))',
  // past illness or disaster: "sinds mijn beroerte", "after the fire", "had a stroke", "een hartaanval gehad"
  '(na|sinds|after|since|following|door|from) (een|a|an|zijn|haar|mijn|mn|m n|his|her|my|the|de|het|hun|their) ([^ ]+ )?(beroerte|hersen~infarct|hersen~bloeding|hart~aanval|hart~infarct|hart~stilstand|heart attack|cardiac arrest|stroke|overdose|over~dosis|brand|fire|ongeluk|accident|hersenletsel|val|fall)',
  '(?<!(just|hes|shes|has|have|maybe|might|may|think|net|zojuist) )(had|heeft|hebben|has had) (een|a|an|zijn|haar) ([^ ]+ )?(beroerte|hersen~infarct|hersen~bloeding|hart~aanval|hart~infarct|hart~stilstand|heart attack|stroke|seizure|tia|fall|val)( gehad| had)?',
  '(beroerte|hersen~infarct|hersen~bloeding|hart~aanval|hart~infarct|hart~stilstand|overdosis) (gehad|achter de rug|overleefd)', '(aan|door) een (hart~aanval|beroerte|hersen~bloeding) overleden',
]);

/** Asking about a topic rather than living it: then bare topic words ("suicide", "grooming") are no signal. */
export const META = compileTerms([
  'hoe (praat|begin|herken|bespreek|help|ondersteun|leg|meld) (ik|je|we)', 'how (do|can|should|would) (i|we|you|one|parents) (tell|know|see|talk|speak|recognise|recognize|spot|notice|bring (it|this) up|help someone|support someone|explain|discuss)',
  'signalen', 'signs', 'preventie', 'prevention', 'cursus*', 'course', 'courses', 'training', 'workshops?', 'voorlichting*', 'documentary', 'documentaire', 'docu', 'lotgenoten', 'support group',
  'asking for a (friend|folder|leaflet)', 'wat moet je doen als', 'what (should|do|can) (you|one) do (if|when)', 'in het algemeen', 'in general', 'gewoon weten', 'be prepared', 'resources',
  'folder', 'leaflet', 'ervaringsdeskundig*', 'peer supporter', 'scriptie', 'werkstuk', 'spreekbeurt', 'profilaktycznie', 'jak rozmawiac', 'як поговорити', 'nasil konus*', '*كيف اتكلم',
  'питаю загалом', 'بشكل عام', 'genel olarak', 'ogolnie', 'in case someone asks', 'asking for my', 'vraag het voor (een|de|het|ons)',
], 'u');
export const TOPIC = compileTerms([
  '(?<!(ik|i|im|heb|have|has|ben|am|is|feel|voel|overweeg|considering|poging tot|attempted|commit|plegen|pleeg|wil|want|wants) )(?<!(denk|dacht|denken|think|thinking|thought|thoughts|gedachten|praat|talks|dreigt|threatens) (aan|about|of|over|met|with) )((zelf|zelv|self|zef|zelfs|sel|zel)~moor[dt]*|zelf~doding|suic*|suisid*|self ?harm*|zelf~beschadig*|automutil*|grooming|huiselijk geweld|domestic (violence|abuse)|kinder~mishandeling|child abuse|intihar*|samoboj*|самогубств*|суіцид*|*انتحار)',
]);

/** "I'm not in danger", "geen gevaar hoor", "all good": the writer says it is not acute. */
export const NO_DANGER: readonly string[] = [
  '(not|niet|nie|no|geen) (in )?(danger|gevaar|acuut|acute|urgent)', 'niet (acuut|in gevaar|gevaarlijk)', 'geen (acuut )?gevaar', 'niet op een gevaarlijke manier', 'nothing (dark|acute|drastic)',
  '(not|niet) (at|op) (a )?crisis~?(point|punt)', 'not (thinking of|planning) anything (drastic|stupid|dark)', 'all good', '(its|were|im|i am|we are) (ok|okay|fine|alright)(?! (with|to|if))',
  'nothing (has )?happened', '(niks|niets) gebeurd', 'ik heb (nog )?(niks|niets) gezien', 'just (worried|wondering|curious)', 'no rush', 'haha nee', 'grapje', 'geintje', 'just kidding', 'bungee~jump*', 'wszystko w porzadku', 'nic sie nie dzieje', 'nic (mi|nam) nie grozi', 'нічого не загрожує', 'небезпеки немає', 'немає небезпеки', 'لا يوجد خطر', 'لا خطر', 'tehlike yok',
];

/** Time words: long past versus happening now. */
export const PAST_TERMS: readonly string[] = [
  'vroeger', 'in het verleden', '(een|twee|drie|vier|vijf|zes|paar|aantal|vele|enkele|acht|tien) (jaar|jaren|maanden|maand|weken) geleden', '[0-9]+ (jaar|jaren|maanden|maand|weken) geleden', 'jaren geleden', 'toen ik (klein|kind|jong|[0-9]+)',
  'destijds', '(a|one|two|three|four|five|six|few|couple of|several|many) (years?|months?|weeks?) ago', '[0-9]+ (years?|months?|weeks?) ago', 'years ago', 'in the past', 'when i was (a child|young|little|a kid|[0-9]+)',
  'as a (child|kid)', 'als kind', 'in mijn jeugd', 'used to', 'vorig(e)? (jaar|maand|week|zomer|winter)', '(last|past) (year|month|week|summer|winter|spring)', 'in (19|20)[0-9][0-9]',
  'in (january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober)', 'afgelopen (weekend|week|maand|jaar)',
  'meegemaakt', 'went through', '(ben|zijn|is) _ (weggegaan|vertrokken|verhuisd) (vanwege|wegens|door|bij)', 'tried to (kill|end)', 'poging (gedaan|tot)', 'al (eens|een keer|een paar keer|twee keer|meerdere keren)', 'once before',
  'until last', 'tot vorig', '(yil|yillar|ay|hafta) once', 'gecen (yil|ay|hafta)', 'temu', 'w zeszlym roku', 'dawno', 'років тому', 'роки тому', 'рік тому', 'торік', 'раніше', 'минулого року',
  '*قبل (سنة|سنتين|سنوات|ثلاث|اربع|خمس|شهر|شهرين|اشهر|[0-9]+)', 'العام الماضي', 'السنة الماضية',
];
export const PAST = compileTerms(PAST_TERMS, 'u');
export const CURRENT_TERMS: readonly string[] = [
  'nog steeds', 'nog altijd', 'nog (elke|iedere) dag', 'elke dag', 'vandaag', 'vannacht', 'vanavond', 'vanochtend', 'vanmorgen', 'gisteren', 'gisteravond', 'op dit moment',
  'nu (weer|nog|ook|thuis|hier|meteen)', 'zojuist', '(is|ben|heeft|hebben|zijn|heb) (me |mij |ons |hem |haar )?net', 'still', 'again', 'every day', 'today', 'tonight',
  'yesterday', 'right now', 'at the moment', 'just now', 'this (morning|evening|afternoon)', 'last night', 'are back', '(zijn|komen) (weer )?terug',
];
export const CURRENT = compileTerms(CURRENT_TERMS, 'u');
/** Now current beyond doubt: outweighs "safe now" or "he is stable". */
export const STRONG_CURRENT: readonly string[] = [
  'vandaag', 'vannacht', 'vanavond', 'op dit moment', 'nu (thuis|hier|meteen)', 'zojuist', 'right now', 'tonight', 'at the moment', 'just now',
  'su an', 'bu gece', 'dzis', 'сьогодні', 'цієї ночі', 'الليلة',
];
/** The danger is over: safe, stable, in a shelter. */
export const RESOLVED: readonly string[] = [
  '(im|i am|shes|she is|hes|he is|we are|were|they are|theyre|is|ben|zijn|zit|zitten|woon|wonen) (nu |now |veilig |safe )?(safe|veilig)(?! (voor|for))', 'het is (daar |nu |hier )?veilig',
  '(is|hes|shes|he is|she is) (now )?(stable|stabiel|calm|rustig|in (the )?hospital|in het ziekenhuis)', '(ligt|is) (nu )?(opgenomen|in het ziekenhuis)', '(hes|shes|im|were) (fine|ok|okay) now',
  '(zit|zitten|woon|wonen|verblijf|verblijven|ben|zijn) (ik |we |wij |ze |zij )?(nu )?(in|bij) (de|een|het) (vrouwen~opvang|opvang|blijf van mijn lijf~huis|blijf~van~mijn~lijf~huis|safe house)',
  '(in|at) (a|the) (shelter|refuge|safe house|womens shelter)', 'zit (nu )?vast', 'is (nu )?(opgepakt|gearresteerd|arrested)', 'nu is het rustig',
  'guvende*', 'jestem bezpieczn*', 'jestesmy bezpieczn*', 'в безпеці', '*بامان', 'clean',
];
export const RECOVERED: readonly string[] = [
  'gaat (het )?(nu )?(veel |een stuk |stukken |alweer |weer |heel )?(beter|goed)', '(doing|feel|feeling|am|im) (much |a lot |way |so much )?(better|well|great|fine)', 'ben er (nu )?(overheen|bovenop|doorheen)',
  'stabiel', 'stable', 'in (recovery|herstel)', 'hersteld', 'recovered', 'al [^ ]+ (jaar|jaren|maanden) niet meer', 'clean', 'simdi iyiyim', 'iyiyim', 'teraz jest dobrze', 'jest (juz )?lepiej',
  'зараз (усе|все) добре', 'мені краще', 'انا بخير', 'بخير',
];

// Combinations: a child at risk with signs of neglect; sleeping rough with danger signs; a stranger contacting a child; jumping from a height.
export const CHILD: readonly string[] = [
  'kind', 'kinderen', 'kindje', 'kids', 'kid', 'child', 'children', 'baby', 'babys', 'babies', 'peuter*', 'kleuter*', 'toddler*', 'broertje', 'zusje', 'zusjes', 'kleinkind*',
  'granddaughter', 'grandson', 'grandchild*', 'little (brother|sister)', '(dochter|dochtertje|zoon|zoontje|jongen|meisje) (van )?([0-9]|1[0-7])( jaar)?',
  '(son|daughter|boy|girl|brother|sister) ([0-9]|1[0-7])', '(son|daughter|boy|girl|child|kid|he|she|zoon|dochter|kind|meisje|jongen|hij|zij|ze) (is|ist) ([0-9]|1[0-7])(?! (uur|euro|minuten|graden|dagen|weken|maanden|procent|oclock|am|pm))', '([0-9]|1[0-7]) (jaar|year|years|yr) olds?', 'van ([0-9]|1[0-7])( jaar)?', '(ik ben|im|i am) ([0-9]|1[0-7])',
  'de (kleinste|jongste)', 'the (youngest|little one)', 'dzieci', 'dziecko', 'coreczk*', '([0-9]|1[0-7]) lat', 'діти', 'дитина', 'cocuk*', '([0-9]|1[0-7]) yasinda', '*اطفال', '*اولاد', '*ابنتي', '*ابني',
  '[٠-٩]+ (سنة|سنوات)', '([0-9]|1[0-7]) (سنة|سنوات)',
];
/** A carer too drunk or high to look after a child right now. */
export const CARER_INCAPACITATED: readonly string[] = [
  '(is|zijn|was|ligt|lies|lying) (nu |weer |helemaal |compleet |totally |completely )?(stom~dronken|dronken|ladder~zat|bezopen|high|stoned|onder invloed|drunk|wasted|passed out|out of it|buiten westen)', 'passed out drunk',
];
export const NEGLECT_SIGNS: readonly string[] = [
  '(geen|niks|niets|no|nothing) (te )?(eten|food|to eat|melk|milk|formula|voeding)', '(eten|food) (is )?(op|gone)', 'honger', 'hungry', 'starving', 'ondervoed', 'malnourished',
  '(dagen|uren|nachten|days|hours|nights) (lang )?(alleen|alone)', 'gaat (stappen|uit|feesten|drinken|zuipen)', 'goes (out|partying|clubbing|drinking)', 'alleen thuis', 'home alone', 'alone at home', '(laat|laten|liet|lieten) ([^ ]+ ){0,5}alleen', '(leave|leaves|left|leaving) ([^ ]+ ){0,4}alone',
  '(dagen|days|nachten|nights) niet (thuis|home|gezien)', 'alleen (achter~gelaten|gelaten)', 'left alone', '(zijn|are) alleen', 'moeder is weg', '(ouders|parents) (zijn |are )?(al [^ ]+ dagen )?(weg|gone)',
  '(al|already) ([^ ]+ )?(dagen|days|nachten|nights) (weg|gone|alleen|alone)', 'onder invloed', 'dronken', 'stom~dronken', 'straal~bezopen', 'bezopen', 'ladder~zat', 'drunk', '(is|are|gets|get|was|were) (so |really )?high', 'stoned',
  '(drinkt|zuipt) (elke dag|de hele dag|veel|te veel|steeds)', 'drinks (a lot|every day|all day|too much|heavily)', 'drugs (gebruikt|gebruiken|neemt)', '(uses|using|on) drugs',
  'zorgt niet (meer )?voor', '(doesnt|does not) (take care|look after|care for)', 'vies', 'vieze', 'dirty', 'smerig', 'ongewassen', 'unwashed',
  '(huilt|huilen|crying|cries|placze|плаче|agliyor) (al )?(sinds|uren|urenlang|de hele (dag|nacht)|for hours|all (day|night)|non stop|constantly)', 'niemand doet open',
  'nobody (answers|opens) the door', '(moeder|vader|ouders|mother|mom|mum|parents) _ niet (meer )?gezien', 'havent seen (the|their) (mother|mom|mum|parents)',
  '(sama|sam|sami|same) w (domu|mieszkaniu)', 'od wczoraj', 'od (dwoch|trzech|kilku) dni', 'nie (maja|ma) (jedzenia|co jesc)', 'evde yalniz', '(yiyecek|yemek) yok', 'ortada yok', '(gundur|saattir) (ac|yalniz)', 'aclar', 'ac kal*', 'anne(si|leri)? (yok|gitti)', '(сама|сам|самі) вдома', 'немає (іжі|їжі)', '*وحد(هم|ه|ها)', '*(لا يوجد|بدون|ما في) (طعام|اكل)',
];
export const OUTDOORS: readonly string[] = [
  '(slaap|slapen|sliep|slaapt|lig|ligt|liggen|sta|staat|staan|overnacht*|sleep|sleeping|slept|lying|stuck|stranded) _ (buiten|op straat|in het park|in (een|de|mijn|het) (auto|portiek|tent|park|fietsenhok|trappenhuis|bushokje)|onder (een|de|het) (brug|viaduct)|outside|on the streets?|in the park|in (a|my|the) (car|doorway|tent)|under (a|the) bridge|rough)',
  '(buiten|op straat|in het park|outside|on the streets?) _ (slapen|slaap|overnachten|sleep|sleeping|spend the night)', '(zit|zitten|zat|zaten) ([^ ]+ ){0,4}op straat', 'sleeping rough', 'dakloos', 'homeless',
  '(buiten|outside|op straat) in (de|het|the) (regen|kou|sneeuw|rain|cold|snow|donker|dark)', 'kicked (me|us) out', 'threw (me|us) out', '(huis|eruit) ?uit~gegooid', 'eruit gegooid',
  '(zit|zitten|staat|staan|sta|zat|stond) ([^ ]+ ){0,4}buiten (op|in) (de|het) (stoep|straat|kou|regen|sneeuw|portiek)', 'buiten in de kou', '(outside|out) in the (cold|snow|freezing)',
  'spie (w samochodzie|w aucie|na ulicy|w parku|na dworze|pod mostem)', 'na ulicy', 'на вулиці', 'sokakta', '*انام في (الشارع|الحديقة|السيارة)', 'في الشارع',
];
export const OUTDOOR_DANGER: readonly string[] = [
  'vriest', 'vriezen', 'min [0-9]+', 'minus [0-9]+', '[0-9]+ graden onder nul', 'ijskoud', 'freezing', 'below zero', '(zo|so|te|too|heel|erg|very) (koud|cold)', '(koud|cold) (dat|that)',
  'niet (meer )?voel', '(cant|cannot|can not) feel (my )?(hands|feet|fingers|toes|legs)', 'tril*', 'shaking', 'shivering', 'ril*', 'duizelig', 'dizzy', 'slap', 'weak', 'flauw',
  'faint', 'koorts', 'fever', 'burning up', 'coughing', 'hoest*', '(insuline|medicijnen|medicatie|medication|insulin|meds|pillen) _ (op|binnen|kwijt|gone|ran out|run out|inside|left behind)',
  'wont make it', 'haal het niet', 'zwanger', 'pregnant', 'rolstoel', 'wheelchair', '(rare|enge|vreemde|dronken) (mannen|man|mensen)', '(strange|creepy|drunk) (men|man|people)',
  '(volgen|following) (ons|me|mij|us)', 'trzese', 'minus', 'البرد', '*لا اشعر', '*لم اعد اشعر',
];
export const STRANGER_CONTACT: readonly string[] = [
  '(a|an|een|some|older|oudere) (man|adult|stranger|volwassene|volwassen man|onbekende|vreemde) _ (sending|sends|stuurt|chats|chatting|appt|texting|texts|messaging|contacts|benadert)',
  '(meeting|meet|meets|afspreken|ontmoeten|afgesproken) _ (a man|an adult|a stranger|someone (he|she) met online|een man|een volwassene|een onbekende|iemand van (internet|online))',
  '(meeting|meet|meets|afspreken|ontmoeten|afgesproken) (him|hem) (today|tonight|vandaag|vanavond|after school|na school)', '(grown|older|adult) (man|men)', '(volwassen|oudere) (man|mannen)',
  '(die|who) (ze|hij|she|he) (alleen |only )?(online|van internet|via [^ ]+) (kent|knows)', 'alleen online kent', 'met online', 'رجل (كبير|غريب)', 'een (man|vent|volwassene) van ([2-9][0-9])', '(op|via|on) (snapchat|instagram|tiktok|internet|discord|whatsapp|facebook) (kende|kent|heeft leren kennen|leerde kennen|met|met iemand)', '(a|an|een) (man|adult|stranger|guy|volwassene|jongen|kerel) (from|van|via|on|op) (instagram|snapchat|tiktok|internet|online|discord|whatsapp|facebook|a game|een game)', '(with|met) (a|an|een) ([2-9][0-9] (year old|jarige|jaar oude) |oudere |older |volwassen |grown )(man|men|mannen|vriend|boyfriend)', '([2-9][0-9]) (year old|jarige|jaar oude) (man|vriend|boyfriend)',
];
/** Being at a height or on the tracks, and the act. */
export const HEIGHT: readonly string[] = [
  'brug', 'bridge', 'dak', 'roof', 'flat', 'flats', 'balkon', 'balcony', 'perron', 'platform', 'trein', 'train', 'spoor', 'rails', 'railway', 'tracks', 'spoorlijn', 'viaduct',
  'parkeergarage', 'parking garage', 'raam', 'window', 'edge', 'rand', 'ledge', 'kopru*', 'tren yolu*', 'most*', 'мост*', 'даху', 'дах', '*القطار', '*جسر', '*السطح', 'kanaal', 'canal',
];
export const JUMP: readonly string[] = [
  '(sta|staat|staan|zit|zitten|stand|standing|sitting|klim|climbed|climbing) (nu |now |right now )?(op|on|at) (het|de|the|a|een) (dak|rand|reling|roof|edge|ledge|railing)',
  'springen', 'spring', 'springt', 'jump', 'jumping', 'jumps', 'atla*', 'skoczyc', 'skocze', 'стрибнути', 'стрибну', 'стрибати', '*اقفز', '*يقفز', '*تقفز',
  'kijk _ naar beneden', 'looking down', '(bij|op|aan) het spoor (gestaan|gestaan|sta|stond|gelopen)', 'stond (ik )?er al', 'went to the (tracks|railway)', 'gittim', 'walked out towards',
];

/** A person gone missing (a missing pet is no crisis). */
export const MISSING: readonly string[] = [
  'vermist', '(has gone|went|has been|have been|been|is|are|was) missing(?! (his|her|their|my|our|a|an|the|some|doses?|appointments?|meals?|school|work|out|on))', 'missing (since|for)', 'is missing$', 'spoorloos', '(been|is) gone (for )?([0-9]+|two|three|a few|hours)',
  '(is|zijn) (al |nu )?(sinds [^ ]+ |sinds [^ ]+ [^ ]+ )?zoek(?! naar)', '(is|zijn) (al |nu )?sinds [^ ]+ ([^ ]+ )?weg', '(weggelopen|verdwenen|ran away|disappeared|kwijt) (sinds|since) (gisteren|vannacht|vanochtend|vanmorgen|yesterday|last night|this morning)',
  'niet (meer )?thuis~gekomen', '(hasnt|has not|havent|didnt|did not) (come|came|been) (back|home|back home)', 'nobody has seen (him|her)', 'onvindbaar', 'niet te vinden', '(cant|cannot|can not) find (him|her|my [^ ]+) (anywhere)?', 'niemand heeft (hem|haar) gezien', 'walked out (in the middle of the night|at night)', 'wandered off',
  'zaginal*', 'zaginel*', 'nie wrocil*', 'зник*', 'пропав*', 'не (прийшов|прийшла|повернувся|повернулася) додому', 'kayboldu', '(gundur|saattir|dunden beri|sabahtan beri) (kayip|yok|haber alamiyorum)', 'eve gelmedi', 'donmedi', '*مفقود*', '*اختف*', 'لم (يرجع|ترجع)',
];
export const PET: readonly string[] = ['poes', 'kat', 'kater', 'hond', 'hondje', 'konijn', 'parkiet', 'huisdier', 'cat', 'dog', 'kitten', 'puppy', 'pet', 'kot', 'pies', 'kedi*', 'kopek*'];
/** Marks on a body: violence unless the message says how someone fell. */
export const BRUISES: readonly string[] = ['blauwe plek*', 'blauw oog', 'striemen', 'bruises', 'bruised', 'black eye', 'welts', 'siniak*', 'morluk*', 'синці', 'синяки', 'كدمات'];
export const FALL: readonly string[] = ['val', 'valt', 'vallen', 'viel', 'gevallen', 'fall', 'falls', 'fell', 'falling', 'struikel*', 'tripped', 'trips', 'upadl*', 'dustu', 'впав', 'впала'];

/** Saying goodbye and settling affairs: two of these together are a warning of suicide. */
export const FAREWELL: readonly string[] = [
  'goodbye', 'vaarwel', 'afscheid (genomen|nemen|neemt|nam|gezegd)', 'said goodbye', 'sorry voor alles', 'sorry for everything', 'ik hou van je', 'i love you',
  'take care of (the|my|his|her) (cat|dog|kids|children|plants)', 'zorg (goed )?voor (de|mijn) (kat|hond|kinderen|planten)', '(wrote|written|made) (a|his|her|my) will', 'testament (geschreven|gemaakt|opgesteld)',
  'gave (his|her|my) ([^ ]+ ){1,2}away', 'gave away (his|her|my)', '(weg~gegeven|weggegeven)', '(affairs|things) in order', 'zaken (zijn )?(al )?(geregeld|op orde)',
  '(not|isnt|is not|hasnt been|wasnt) (answering|picking up|replying)', '(neemt|nam) (zijn |haar )?(telefoon )?niet (meer )?op', 'reageert niet (meer )?op (whatsapp|berichten|mijn berichten|appjes)',
  '(not|isnt) at work', 'niet op (zijn|haar) werk', 'telefoon (staat )?uit', 'phone (is )?off', 'telefonu (kapali|acmiyor)', 'телефон вимкнений',
];

/** Every list the scanner looks for in a whole message, by name. */
export const LISTS = {
  SUICIDE, SELF_HARM, VIOLENCE, VIOLENCE_WEAK, DANGER, MEDICAL, BODY_SIGNS, CHILD_AGGRESSOR, MY_CHILD, PRONOUN_AGGRESSIVE,
  ADULT_AGGRESSOR, CHRONIC, SUDDEN, WEAK_DESPAIR, CARER_LOAD, NO_DANGER, PAST: PAST_TERMS, CURRENT: CURRENT_TERMS,
  STRONG_CURRENT, RESOLVED, RECOVERED, CHILD, CARER_INCAPACITATED, NEGLECT_SIGNS, OUTDOORS, OUTDOOR_DANGER,
  STRANGER_CONTACT, HEIGHT, JUMP, MISSING, PET, BRUISES, FALL, FAREWELL,
} as const;
export type ListName = keyof typeof LISTS;
/** Compound words for a height ("Buitenrustbrug", "flatdak"); only looked for when jumping is mentioned. */
export const HEIGHT_COMPOUND = compileTerms(['*brug', '*dak', '*bridge'], 'u');
