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
const EN_HIT = '(hits|hit|hitting|beats|beat|beating|kicks|kicking|kicked|slaps|slapping|slapped|punches|punching|punched|hurts|hurting|attacks|shakes|shaking|shook|bites|pushes|shoves|shoved|shoving)';
const EN_ABUSE = '(chokes|choking|choked|chokd|choaks|choaked|chocked|strangles|strangling|strangled|throttled|smothers|smothered|abuses|abusing|rapes|raped|molests|molested)';
const VICTIM_NL = '(me|mij|ons|mn|mijn|de kinderen|de kids|de baby|mama|haar|hem|zijn|onze)';
const VICTIM_EN = '(me|us|her|him|them|mum|mom|the (kids|children|baby)|(my|our) ((little|younger|older|big|baby|small|youngest|eldest|elderly|old) )?(kids|children|child|son|daughter|baby|mum|mom|mother|father|dad|sister|brother|wife|girlfriend|husband|boyfriend|partner|family|grandad|granddad|grandpa|grandfather|grandma|grandmother|gran|nan))';
const PILLS = '(pills|pill|tablets|meds|medication|medicine|medicines|painkillers|sleeping pills|antidepressants|paracetamol|ibuprofen|insulin|methadone|oxazepam|temazepam|diazepam|lorazepam|xanax|tramadol|oxycodon|oxycodone|lithium|pillen|tabletten|medicijnen|medicatie|slaappillen|pijnstillers|antidepressiva|insuline|methadon|ghb|hap|haplari|ilac|ilaclari|tabletek|tabletki|lekow|leki|pigulek|таблеток|таблетки|пігулок|пігулки|الحبوب|حبوب|الادوية|الدواء)';
const QTY = '(tien|vijftien|twintig|dertig|veertig|vijftig|honderd|ten|fifteen|twenty|thirty|forty|fifty|hundred|all|alle|al (mijn|zijn|haar)|een hele|a whole|the whole|whole|hele|een strip|a strip|strip|a pack|een doos|a box|a bottle|een pot|a handful|handvol|te veel|too many|too much|veel te veel|tegelijk|at once|cale opakowanie|za duzo|wszystkie|багато|всі|усі|butun|cok fazla)';
const AR_WANT = '(اريد|تريد|يريد|نريد|اود|تود|يود|ارغب|ترغب|يرغب)';

export const SUICIDE: readonly string[] = [
  // nl: naming it
  '(zelf|zelv|self|zef|zelfs|sel|zel)~moor[dt]*', 'zelf~doding*', 'suic*', 'sucid*', 'suisid*', 'suizid*', 'suicied*', 'dood~wens*', 'levens~moe*', 'moe van het leven',
  'doods~gedachten', 'gedachten (aan|over) (de )?dood', '(donkere|zwarte) gedachten', 'dingen die ik niet (zou moeten|mag|moet|wil) denken',
  // nl: wanting to be dead or gone
  '(wil|wilde|wou|zou willen|willen) ((het liefst|liefst|liever|gewoon|echt|eigenlijk|soms|graag|alleen nog|alleen maar|maar|nu|ook|al|zelf) ){0,3}(dood|sterven|dood gaan|doodgaan|niet meer leven|niet meer wakker)',
  'dood (wil|wilt|willen)', 'dood~gaan wil', 'sterven wil', 'ik wil dood', 'liever dood', 'was ik maar dood', 'beter (af )?dood', 'beter af ((zijn|is|zou zijn|zouden zijn|waren) )?(zonder|als ik)',
  'dat ik (dood was|er niet (meer )?was|niet geboren was|niet meer wakker (word|zou worden))', 'waarom (leef|besta) ik (eigenlijk |nog ){0,2}(nog)?', 'waarom (zou|moet) ik (nog )?(leven|doorgaan)',
  'hoop _ (niet|nooit) (meer )?wakker', 'hoop (dat )?ik (dood~ga|sterf|er niet meer ben)', 'niet meer (willen )?(leven|bestaan)', 'niet meer (wil|wilt|willen|wou) (zijn|bestaan|leven)',
  'niet (meer|langer) (wil|wilt|willen|wou) (leven|bestaan)', 'als ik er niet meer (ben|zou zijn|was)', '(ben ik|ik ben) er (morgen |straks |binnenkort |vanavond )?niet meer', 'ik er (morgen |straks )?niet meer (ben|zal zijn)', 'if i (was|were|am) (dead|gone)', 'als ik (dood|weg) (ben|was|zou zijn)', '(had|heeft|hebben|praat|praatte|sprak|talked|talks|talking) (het )?(over|about) (doodgaan|dood gaan|de dood|zelfmoord|sterven|dood willen|dying|killing (himself|herself)|ending it)', `(beter|fijner|makkelijker) (is|zou zijn|was|zijn) (als|zonder) ${GAP5}(ik|mij|er (allebei |samen )?niet meer)`,
  'niemand (zou|zal) (het |me |mij )?(merken|missen|opvallen|iets merken) als ik', 'niemand (zou|zal|gaat|gaan) (me|mij) (nog )?missen', 'wie (mist|zou) (mij|me) (nou |nu |eigenlijk )?(missen)?',
  'iedereen (is |zou |zijn |zou zijn )?(beter af|beter|gelukkiger) (zonder|als)', 'tot last', 'tijd dat ik (ga|vertrek|er niet meer ben)',
  '(wil|wilt|willen|wou) ((er|der|d r) )?((gewoon|gwn|gewn|echt|eigenlijk|liever|al|soms|gwoon) ){0,3}(niet|nie|ni) (meer|langer|meer echt) (zijn|leven|bestaan)', 'ik wil niet meer verder', '(wil|wilt|willen|wou) niet (meer|langer) verder', 'niet (meer|langer) verder (wil|wilt|willen|wou)', 'wil stoppen met (alles|leven|het leven)', '(stop|stoppen|ophouden|ermee stop) _ met alles', 'er niet meer (willen )?zijn',
  'over om te stoppen(?! met)', 'wil (gewoon |echt )?dat (het|alles) (ophoudt|stopt)', '(wil|ga) _ weg _ voor altijd', 'voor altijd weg',
  '(heb|heeft) (er )?geen zin meer in (het leven|leven|alles)', 'geen zin meer in (het )?leven', 'wat heeft (het leven|leven) (nog )?(voor )?zin',
  'heeft allemaal geen zin', '(alles|het leven) heeft geen zin', 'heeft (allemaal |het )?geen zin meer', 'leven (heeft )?geen zin',
  'geen ((enkele|echte|een) )?(reden|zin) (meer )?om (te leven|door te gaan|verder te gaan)', 'niets (meer )?om voor te leven', 'het leven moe', 'ben (een|de) last (voor|van)',
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
  'heb (al )?een plan (om|hoe)', 'plan om (mezelf|mijzelf|er een eind)', '(motor|engine) (aan|draait|running) _ (garage|dicht)', '(garage|garagebox) ([^ ]+ ){0,4}(with the |met de |met draaiende )?(engine|motor) (running|on|aan|draait|loopt|lopend)?', '(dont|do not|dont really|do not really) want (to be|anyone to) (found|find me)', 'wil niet (meer )?gevonden worden', 'uitlaat~gas*', 'slang _ uitlaat',
  '(geweer|jachtgeweer|pistool|wapen|gun|rifle|shotgun) _ (zichzelf|himself|herself|mezelf|myself)', '(zichzelf|himself|herself) _ (geweer|jachtgeweer|pistool|gun|rifle)',
  // en
  'kill (myself|my self)', 'killing (myself|my self)', 'end (my|it) (life|all)', 'end it', 'ending it', 'end (things|everything)', 'take my (own )?life',
  '(wants?|wanna|going|gonna|wish|ready) (to )?(die|be dead)', 'kill(ing)? (herself|himself|themselves)', 'drown (myself|herself|himself)', 'something stupid',
  'wish (i was|i were|to be|i could be) dead', 'better off dead', 'better off without (me|her|him)', '(no|nothing) (reason |point )?(to|in) liv(e|ing)', '(no|any|zero) (reason|point) (to|in) (keep |keep on )?(living|live|go on|going on)', 'nothing (left )?to live for',
  'no (reason|point) (in |to )?(living|going on|anymore)', '(dont|do not|doesnt|does not|didnt|no longer) (want|wanna) (to )?(live|be alive|be here|exist|wake up|go on|be around (anymore|any more|any longer|much longer))',
  'not want to (live|be alive|wake up)', 'give up on (life|everything)', '(suicide|goodbye|farewell) (note|notes|letter|letters|message|messages)', 'disappear forever',
  'sleep (forever|and never wake up)', 'never wake up', '(and|to) not wake up', 'hope i (dont|do not|wont|will not|never|dont ever) wake up', 'hope i die',
  'wish i (wouldnt|would not|didnt|did not|could just not) wake up', 'want* to disappear', '(nobody|no one|noone|no body) (would|will|wouldnt|wont|is going to|is gonna) (even )?(notice|miss me|care|know)',
  'who (would|will) (even )?miss me', '(dont|do not) think i (will|ll|would) (be here|be around|be alive|make it) (tomorrow|much longer|anymore|next week)?', '(wont|will not|wont be) (be )?(here|around|alive) (tomorrow|much longer|anymore|next week)', '(my |this is my |mijn |dit is mijn )(last|final|laatste) (message|goodbye|words|bericht|woorden)', 'end(ing)? (my|his|her|their) (own )?life', 'thinking (of|about) ending', 'see the point (anymore|in living|of living|in anything|of any of it|of it all)',
  '(whats|what is) the point (anymore|of living|of anything|in living)', '(leven|life|alles|everything|my life|mijn leven) (is )?(pointless|zinloos|meaningless)', 'want out (for good|of this life|of life)', 'uit dit leven', '(im|i am|feel like) a burden', 'burden (to|on) (everyone|my family|others)', 'have a plan to',
  'hopeless', 'no hope', 'not worth living', 'life (is not|is no longer|isnt|aint|no longer) worth (it|living)', 'done with (life|living|everything)', 'thoughts (of|about) (death|dying|ending)', 'dark thoughts',
  'hang (myself|my self)', 'jump (off|from|in front)', 'no way out', '(cant|cannot|can not|dont) see (a|any) way out', 'want it (all )?to (end|stop)', 'ways to (die|end it)',
  '(have|bought|got|buy|ordered) (a|the) rope', '(saved|saving|stockpiling|stockpiled|hoarding|collecting|collected) (up )?(my |the )?(pills|tablets|meds)', 'pills (ready|lined up)',
  '(car|auto) with a hose', 'hose (in|to|from|on) the exhaust', 'go through with it', '(cant|cannot) do life', 'why (am i|do i|should i) (still )?(alive|live|living|go on|bother)',
  // farewell letters, looking up means, tired of living, means at hand, seeing no future, plans with a time or place
  '(written|wrote|writing|write|left|leaving) (goodbye |farewell )?(letters|notes|a letter|a note|letters and notes) (to|for) (my|each of my|all my|the) (kids|children|family|wife|husband|partner|parents|mum|mom|dad|sister|brother|daughter|son|loved ones)(?! (school|teacher|class|doctor|gp|lawyer|bailiff|landlord))',
  '(brief|brieven|briefje|briefjes) (geschreven|achtergelaten|klaargelegd|neergelegd) (voor|aan) (mijn|mn|m n|de|iedereen|als ik|mijn kinderen|de kinderen)', '(schreef|schrijf|geschreven) (een )?(afscheids~)?(brief|brieven|briefjes) (voor|aan) (mijn|mn|m n|de) (kinderen|kids|familie|vrouw|man|ouders|dochter|zoon|dierbaren)',
  `(how many|how much|hoeveel) ([^ ]+ )?${PILLS} ([^ ]+ ){0,2}(it takes|does it take|to die|you need|you would need|would (kill|do it|be enough)|is (lethal|deadly|fatal|enough)|are (lethal|deadly|fatal|enough)|je nodig (hebt|heb)|nodig (zijn|is|heb|hebt)|dodelijk|genoeg (is|zijn) om)`,
  `${PILLS} (is|are|zijn|is een) (a )?(lethal|deadly|fatal|dodelijk|dodelijke)`, '(lethal|deadly|fatal|dodelijke) (dose|dosis|amount|hoeveelheid|overdose)', 'hoe ik het (pijnloos|snel|zonder pijn) (kan |zou kunnen |moet )?(doe|doen)',
  'pijnloos (kan |te )?(doen|sterven|dood~gaan|doodgaan|dood)', 'painless(ly)? (way|ways|death|to die|method)', '(how|ways?) to (die|end it|end my life|kill myself) (painless*|quickly|fast)',
  '(tired|sick|sick and tired|weary|exhausted) of (living|being alive|life|existing|being here)(?! (in|with|on|like|here|next|under|at|without|off|from|alone|near|above|below|as|this|these|those|day|paycheck))',
  '(het|m n|mn|mijn) leven (zo |echt |helemaal |gewoon )?(zat|beu|moe)', `(thinking|think|thought|denk|dacht) (about|of|aan|erover) (taking|swallowing|slikken|innemen|om) (all|the whole|a whole|too many|al|alle|een hele|te veel) ([^ ]+ ){0,2}${PILLS}`, 'levens~zat', 'yasamaktan (yoruldum|biktim|sikildim)', 'zmeczon[aey]? zyciem', 'mam dosc zycia', '(втомилася|втомився|втомилась) (від )?(життя|жити)',
  `${PILLS} (are |is |liggen |ligt |staan |zijn |zitten )?(in front of me|next to me|beside me|naast me|in my hand|in mijn hand|on my (bed|lap|nightstand)|op mijn (bed|schoot|nachtkastje))`,
  '(dont|do not|cant|cannot|can not) see myself (still )?(being )?(here|alive|around|living|getting through|making it|growing old)(?! (in|at|with|doing|working|as|for|this job))',
  'zie (mezelf|mijzelf) (hier )?(niet|nooit) (meer )?(oud worden|ouder worden|volgend jaar|de week doorkomen|doorkomen)', '(get|getting|make it|making it) through ([^ ]+ ){1,3}alive', 'het leven is (het )?niet (meer )?(de moeite )?waard',
  '(going to|gonna|will|wants to|want to|threatens to|threatened to|thinking (of|about)|plans? to|planning to|is going to) (drive|crash|steer|drive his car|drive her car) ([^ ]+ ){0,3}(into|in front of) (a|the) (tree|wall|truck|lorry|train|canal|river|water|bridge|oncoming traffic)',
  '(wil|gaat|ga|zal|zou|dreigt|dreigde|denkt erover|denk erover) ([^ ]+ ){0,4}(tegen|in) (een|de|het) (boom|muur|vrachtwagen|gracht|water|kanaal|rivier|tegenligger) (te )?(rijden|rijdt|crashen|sturen|aan rijden|knallen)',
  '(wont|will not|not) be a burden (much |for (much )?)?(longer|long|anymore|any more)', '(?<!(if|als) )(tonight|vanavond|vannacht) (is|wordt) (the|de) (night|nacht|avond)(?! (of|van|for|voor|that|dat|we|when|waarop))',
  '(tonight|vanavond|vannacht) (is|wordt) (my|mijn) (last|laatste)(?! ([^ ]+ )?(in|at|here|hier|op|with|met|bij|before|voor))',
  '(plek|plaats|datum|dag|moment|place|spot|date|day|time|way|manier) (al )?(uitgezocht|gekozen|bepaald|bedacht|picked|chosen|planned|gepland|decided) (waar|wanneer|hoe|where|when|how|om|to) ([^ ]+ ){0,3}(het|it) ((ga|gaat|zal|wil|will|am going to|m going to|ll|going to|gonna) )?(doen|do)',
  '(?<!(die|deze|de|een|dit|mijn) [^ ]+ )hoeft (allemaal )?(niet meer|niet langer) voor (mij|me)', '(het|t) hoeft (allemaal )?niet meer voor (mij|me)', 't hoeft allemaal niet meer',
  '(stepping|step) in front(?! of (?!(a|the) (train|bus|truck|lorry|car|tram|metro)))', '(stap|stappen|lopen|springen) voor (de|een) (trein|bus|vrachtwagen|tram|metro)',
  '(gestaan|gezeten|geklommen|stood|sat|climbed) ([^ ]+ ){0,2}(op|on) (de|het|the|a|een) (rand|reling|edge|ledge|railing) (van|of) (de|het|een|the|a) ([^ ]+ )?(brug|dak|flat|balkon|bridge|roof|balcony|building|gebouw|parkeergarage|toren|tower)',
  '(sta|stond|staan|stonden|zit|zat|stand|standing|stood|sitting|sat|klim|klom|climbed|climbing) (nu |now |vannacht |last night |right now )?(op|on) (de|het|the|a|een) (rand|reling|edge|ledge|railing) (van|of) (de|het|een|the|a) ([^ ]+ )?(brug|dak|flat|balkon|bridge|roof|balcony|building|gebouw|parkeergarage|toren|tower)',
  '(op|on) (de|het|the|a|een) (rand|reling|edge|ledge|railing) (van|of) (de|het|een|the|a) ([^ ]+ )?(brug|dak|flat|balkon|bridge|roof|balcony|gebouw|parkeergarage|toren) (gestaan|gezeten|geklommen|gaan staan|gaan zitten)',
  '(?<!(die|deze|de|een|dit|mijn) [^ ]+ )hoeft voor (mij|me) _ niet meer',
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
  '*ارمي نفسي', '*بدوني', 'رسالة وداع', '*(انام|تنام|ينام) (و)?لا (استيقظ|تستيقظ|يستيقظ)', '*ولا (استيقظ|تستيقظ|يستيقظ)', '*لا (استيقظ|تستيقظ|يستيقظ) (ابدا|مرة اخرى)',
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
  // "ik kras al weken", "punches walls until his knuckles bleed"
  '(ik|ze|hij|zij) (kras|krast|snij|snijd|snijdt) (al|weer|nog|elke|iedere|stiekem|soms|vaak|mezelf|mijzelf)(?! ([^ ]+ ){0,3}(lot|loten|kraslot*|groente*|brood|vlees|ui|uien|fruit|haar|papier|stof))',
  '(punches|punching|punched|hits|hitting|bangs|banging|slaat|sloeg|stompt|stompte|bonkt|beukt|beukte) ([^ ]+ ){0,2}(walls?|muur|muren|doors?|deur|head|hoofd) ([^ ]+ ){0,5}(bleed|bleeds|bleeding|bled|bloedt|bloeden|bloedde|bloody)',
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
  '(gilt|roept|schreeuwt|gillen|roepen|schreeuwen|screams|screaming|yelling|shouting|calls|calling|crying|cries) (om|for) (hulp|help)', '(om|for) (hulp|help) (roepen|roept|riep|gillen|gilt|schreeuwen|schreeuwt)',
  '(ben|zijn|is) _ bedreigd', 'gestalkt', '(komt|kwam) _ s ?nachts (op|in|naar) (mijn|m n|mn|haar|zijn) (kamer|bed)', '(comes|came|coming|creeps|crept|sneaks|sneaked) (into|in to|to|in) (my|her|his) (room|bed|bedroom) (at (night|nite)|when (everyone|mum|mom) (is )?(sleeps|asleep))', '(vader|papa|stiefvader|oom|opa|broer|dad|uncle|stepdad|father|grandpa|grandad|brother) (komt|kwam|kruipt|comes|came|gets|climbs) ([^ ]+ ){0,5}(in (mijn |haar |zijn |mn |m n )?bed|in(to)? (my|her|his) bed)', '(comes|came|gets|got) into (my|her|his) bed',
  `(heeft|hebben) (me|mij|ons|haar|hem|de kinderen|mijn (kind|zoon|dochter|moeder)) ([^ ]+ ){0,7}(geslagen|geschopt|gewurgd|mishandeld|bedreigd|verkracht|pijn gedaan|aangevallen|opgesloten)`,
  '(sloeg|schopte|duwde|wurgde|bedreigde) (me|mij|ons|de kinderen|mijn)', 'bang dat (hij|ze|zij) ((weer|hier|straks|vannacht|vanavond|terug|naar (me|mij|ons|huis)) ){0,3}(terug~komt|langs~komt|komt)',
  'bang (voor )?wat (hij|ze|zij) _ (doet|gaat doen)', 'mag (het huis )?niet (weg|naar buiten|de deur uit)(?! van (de|het|mijn|m n|mn) (dokter|arts|huisarts|specialist|chirurg|ziekenhuis|verpleging|gemeente))', 'controleert (alles|mijn telefoon)',
  'gedreigd (me|mij|ons)? _ (te )?(vermoorden|dood|slaan|pijn|mes|iets aan)', 'klappen (krijgen|krijgt|kregen|geven|geeft)', '(krijgt|krijgen|kreeg|kregen) _ (klappen|slaag|pak slaag|pak rammel)',
  'pak slaag', 'met een riem', 'zit aan (me|mij|haar|hem)', '(hij|zij|ze|ex) staat _ voor (mijn|de) deur', 'niet veilig (voor|bij) (hem|haar|mijn)', 'de kinderen (zijn )?niet veilig',
  '!huiselijk geweld', 'partner~geweld', 'geweld (thuis|in huis|in (het|ons) gezin)',
  `(?<!(lijkt|lijken|seems|seem|looks) )(bang|angst|angstig|doodsbang) voor (hem|haar|mijn ${NL_PARTNER}|mn ${NL_PARTNER}|de ${NL_PARTNER})(?! ((zijn|haar|z n|zn|d r|hun) )?(gezondheid|toekomst|leven|veiligheid|welzijn|zorg|baan|school|studie))`,
  '(bang|angst) (dat|dat hij|dat ze) _ (vermoord|vermoordt|slaat|iets aandoet|dood maakt|doodmaakt)', `(vermoorden|dood maken|doodmaken|vermoord|vermoordt|afmaken) _ ${VICTIM_NL}`,
  `${VICTIM_NL} _ (vermoorden|vermoordt|vermoord|dood (te )?maken|doodmaken|doodmaakt|afmaken|afmaakt|doodschiet|neersteekt)`, '(met|with) (een|a) (fles|stoel|riem|stok|hamer|bottle|chair|belt|stick|hammer) _ (geslagen|hit|beaten|gegooid|aangevallen)', '(geslagen|slaat|sloeg|hit|hits|beat|beats) (me |mij |haar |hem |her |him )?(met|with) (een|a|zijn|his) (fles|stoel|riem|stok|hamer|bottle|chair|belt|stick|hammer|vuist)', '(dreigt|dreigde) _ (vermoorden|dood|slaan|mes|wapen)',
  '(bel|bellen|melden|melding (doen|maken)|inschakelen|contact (op )?nemen met) _ veilig thuis', 'veilig thuis (bellen|inschakelen)',
  'voel (me|mij|ik me) _ niet (meer )?veilig', 'niet (meer )?veilig (thuis|in (mijn|ons|het) huis|bij (hem|haar|mijn))', '(thuis|ben) niet (meer )?veilig', 'onveilig (thuis|in huis)',
  'durf* _ niet (meer )?(terug )?(naar huis|thuis|naar binnen)', '(sluit|sloot|houdt|hield) (me|mij|ons|haar|hem|de kinderen) _ (op|opgesloten|binnen)', '(opgesloten|locked in) (door|by)',
  '(zit|zitten|zat|ben|zijn|is) (hier |nu |daar )?opgesloten', '(me|mij|ons|haar|hem) (heeft|hebben) opgesloten', 'opgesloten in (de|het|een|mijn|haar|zijn) (slaap~kamer|kamer|huis|badkamer|kelder|schuur|flat|woning|auto)', '(hebben|heeft) de deur op slot (gedaan|gedraaid)', 'houdt (haar|me|mij|ons|hem) vast',
  'verkracht*', 'seksueel (misbruik*|geweld)', 'aangerand', 'misbruikt', 'kinder~mishandeling', 'mishandel*', 'plassertje',
  '(papa|vader|mama|moeder|oom|opa|stiefvader|dad|daddy|uncle|stepdad) _ (doet|deed) (haar|hem|me|mij) pijn',
  '(kind|kinderen|kids|baby|zoon|dochter) _ verwaarloos*', 'verwaarloos* _ (kind|kinderen|kids|baby|zoon|dochter)',
  '(laat|laten|liet|lieten) (de|mijn|haar|zijn|onze|hun) (kinderen|kids|baby|peuter|kleuter|kind|kindje) _ alleen', '(kinderen|kids|baby) (zijn |is )?alleen thuis', '(kinderen|kids|baby) _ (krijgt|krijgen|kregen) _ geen eten',
  '(schudt|schudde|schudden|geschud) _ (baby|kindje|zoontje|dochtertje)', 'baby _ (door elkaar )?(geschud|schudden|schudt)', `(baby|kind|kindje|dochter|zoon|dochtertje|zoontje) ${GAP5}door elkaar (geschud|geschud|schudden|schudt)`,
  // assault, weapons and thrown objects
  '(ben|is|got|been|word|wordt|just|net) _ (aangevallen|neergestoken|gestoken|attacked|stabbed|beaten up|in elkaar geslagen|overvallen|neergeschoten|shot)',
  '(gooit|gooide|smijt|smeet|gegooid|throws|threw|thrown|throwing) _ (mes|messen|knife|knives|stoel|chair|fles|bottle|glas|glass|bord|plate|borden|plates|dingen|spullen|things|stuff) (naar|at|tegen|op) (me|mij|ons|haar|hem|us|her|him|the kids|de kinderen)',
  '(knife|mes|gun|pistool|weapon|wapen|schaar|scissors|blade) (at|to|against|naar|op|tegen) (me|mij|ons|us|her|him|haar|hem|my|mijn|his|zijn)', '(pulled|grabbed|holding|holds|waving|pakte|pakt|zwaait) _ (a|the|een|het|zijn) (knife|gun|weapon|mes|pistool|wapen)',
  '(smashed|broke|kicked in) the (window|door)', '(ruit|raam|deur) (ingegooid|ingetrapt|kapot~geslagen)', 'hiding (under|in) (the|a|my)',
  // force against a body: by the throat or hair, against a wall, thrown things, burns, a grip on the throat
  '(grabbed|grabs|grabbing|took|held|holds|holding|pulled|pulls|pulling|dragged|drags|dragging|lifted|pinned|caught|yanked) (me|her|him|us) (up )?by (the|my|her|his) (throat|neck|hair|collar)',
  '(grabbed|grabs|grabbing|pulled|pulls|dragged|drags|dragging|yanked|twisted|twists) (me|her|him|us) by (the|my|her|his) (arm|arms|wrist|wrists|legs|feet)',
  '(dragged|drags|dragging|sleurde|sleurt|sleurden|sleept|gesleurd|gesleept) (me|her|him|us|mij|haar|hem|ons) ([^ ]+ ){0,4}(across|over|door|along|langs|aan) (the|de|het|my|mijn|her|haar) (floor|room|kitchen|hallway|stairs|vloer|grond|kamer|keuken|gang|trap|haren|haar|arm|armen|benen|hair)',
  '(trekt|trok|sleurt|sleurde|sleept|pakt|pakte|grijpt|greep|getrokken|gesleurd|gesleept) (me|mij|haar|hem|ons) ([^ ]+ )?(aan|bij) (mijn|m n|mn|haar|zijn|de|het) (haren|haar|nek|keel|strot|oren|oor)',
  '(shoved|shoves|shoving|pushed|pushes|pushing|threw|throws|throwing|slammed|slams|slamming|pinned|pins|knocked|knocks|smashed|thrown|kicked|kicks) (me|her|him|us) (hard )?(against|into|onto|on|to|down|off|across|over) (the|a|my|her|his) (wall|walls|floor|ground|stairs|door|table|bed|cupboard|kitchen|car|fridge|counter|radiator|sofa|couch)',
  '(duwt|duwde|duwen|gooit|gooide|smijt|smeet|smakt|smakte|drukt|drukte|ramt|ramde|werkt|werkte|slaat|sloeg|schopt|schopte) ((hij|ze|zij) )?(me|mij|haar|hem|ons) ([^ ]+ )?(tegen|op|door|van|over|onder) (de|het|een) (muur|kast|grond|vloer|deur|trap|raam|tafel|bed|bank|aanrecht|verwarming)',
  '(me|mij|haar|hem|ons|ik|zij|ze) ([^ ]+ ){0,4}(tegen|op|van|door) (de|het) (muur|kast|grond|vloer|deur|trap|tafel|raam|aanrecht) (aan |af )?(geduwd|gegooid|gesmeten|gesmakt|gedrukt|geramd|geslagen|geschopt)',
  '(knijpt|kneep|drukt|drukte|houdt|hield) (mijn|m n|mn|haar|zijn) (keel|nek|strot) (dicht|toe|vast|dicht~geknepen)', '(grijpt|greep|pakt|pakte) (me|mij|haar|hem) (bij|aan) (de|mijn|m n|mn|haar|zijn) (keel|nek|strot|haren|haar)',
  '(gewurgd|gewurgt|wurgde)', '(keel|nek) (dicht|toe) (knijpt|kneep|geknepen|drukt|gedrukt|geknepen)',
  `(he|she|they|${EN_PARTNER}) _ (burned|burnt|burns|burning|cut|cuts|stabbed|stabs|scalded|scalds) (me|my|her|us) ((arm|arms|hand|hands|face|skin|leg|legs|neck|back|chest|stomach) )?(with|on purpose)(?! (hair|the hair))`,
  `(he|she|they|${EN_PARTNER}) _ (burned|burnt|cut|stabbed|scalded) (my|her) (arm|arms|hand|hands|face|skin|leg|legs|neck|back|chest|stomach)`,
  '(pillow|kussen) (over|op) (my|her|his|mijn|haar|zijn) (face|gezicht|mouth|mond)',
  // shut in, kept without money, food or medicine
  `(sluit|sloot|sluiten|sloten) (me|mij|ons|haar|hem|de kinderen|(onze|mijn|zijn|haar|m n|mn) ([^ ]+ )?(moeder|vader|oma|opa|kind|kinderen|zoon|dochter|vrouw|man|zus|broer|broertje|zusje)) ([^ ]+ ){0,3}op( in| als| wanneer|$)`,
  '(ons|haar|hem|de kinderen) (op~sluit|op~sluiten|op~sloot|op~sloten)', `(locks|locked|locking) ${VICTIM_EN} (in|inside|up)`,
  '(kicking|kicks|kicked|kick|trapt|trapte|schopt|schopte|ramt|ramde|beukt|smashing|breaking|breaks|breekt) (the|my|our|de|mijn|onze) ((front|voor|bedroom|slaapkamer|bathroom|badkamer)~?)?(door|deur|window|raam|ruit) (in|down|open|kapot|er ?in)',
  // tr, pl, uk: locked in, choked, afraid to go home
  'beni ([^ ]+ )?kilitl*', 'kilitliyor', 'kilitledi', 'mnie (dusi|dusil|dusila|dusza)', '(dusi|dusil|dusila) (mnie|ja|nas)', 'boje sie (wrocic|wracac|isc) do domu',
  'мене душить', '(душить|душив|душила) (мене|її|нас)', 'боюся (повертатися|повернутися|йти) додому', '*اخاف (ان )?(اعود|ارجع) (الى )?(البيت|المنزل)',
  // control, pursuit, having just fled, exploitation
  'laat (me|mij|ons|haar|hem) niet (naar buiten|gaan|weg|de deur uit|vertrekken|bellen)', '(dreig*) ([^ ]+ ){0,5}(neer te steken|neersteken|te steken|te vermoorden|vermoorden|dood te maken|in elkaar te slaan|iets aan te doen|pijn te doen)', '(gedwongen|dwingen|dwingt) _ (drugs|dealen|verkopen|stelen)',
  'hand(en|s)? (om|rond|around|round) (my|mijn|her|haar|his|zijn) (neck|nek|keel|throat)', 'keel (dicht~geknepen|dicht~knijpt)', '(banging|bonkt|bonken|beukt|hammering|kicking|pounding) (on|op|tegen) (the|my|de|mijn) ((front|voor|back|bedroom|slaapkamer)~?)?(doors?|deur|deuren|windows?|raam|ramen)', '(he|she|hell|shell) (will|is going to|gonna) get me',
  '(touches|touched|touching|fondles|fondled) (me|her|him|my (son|daughter|kid|child)) (at night|down there|inappropriately|in (my|her|his) (bed|room|private))', 'raakt (me|mij|haar|hem) aan (op|in|s nachts|waar)',
  '(keeps|kept|holds|held) ([^ ]+ ){0,3}(locked|locked up|captive|prisoner)', 'locked in (a|the|his|her|my) (room|cupboard|closet|basement|cellar|shed|bathroom|car)',
  '(he|she|hes|shes) (took|takes|has taken|grabbed|smashed|broke) (away )?(my|her|our) (phone|passport|keys)', '(hij|zij|ze) (pakt|pakte|neemt|nam|heeft) _ (mijn|haar|mn|m n) telefoon',
  '(naar|achter) (me|mij|ons) (aan )?op zoek', '(zoekt|zoeken) (me|mij|ons)', '(is|are|hes|shes|he is|she is) (out )?(looking|searching|hunting) for (me|us)',
  '(knows|found out) where (i|we) (am|are|live|stay|sleep)', '(weet|ontdekt|gevonden) waar (ik|we|wij) (ben|zijn|woon|wonen|zit|zitten|slaap|slapen)',
  '(net|zojuist|vannacht|vandaag|vanavond|vanochtend) (gevlucht|weggevlucht|ontsnapt)', '(gevlucht|weggevlucht|ontsnapt) (bij|voor|van) (mijn|mn|m n|hem|haar) (man|vrouw|partner|vriend|vriendin|ex)?', '(gaat|zal|komt) (ons|me|mij) (vinden|halen|pakken)', '(ons|me|mij) (gaat|zal) (vinden|pakken|halen)', '(will|going to|gonna) find (me|us)', 'just (fled|escaped|ran away from)', '(volgt|volgen|achtervolgt) (me|mij|ons)', 'following (me|us)',
  `(hell|he will|shell|she will|theyll|they will|gonna|going to|will|would|hed|shed|he d|she d) (hurt|kill|beat|stab|strangle|choke|shoot|burn|smash) (${VICTIM_EN}|you)`, 'finish the job', 'finish (me|us|her|him|you) off',
  '(hell|he will|shell|she will|gonna|going to|will|would|hed|shed|he d|she d|threatens to|threatened to) break (my|her|your|his) (legs?|arms?|neck|nose|jaw|face|bones|fingers)',
  '(next time|volgende keer) (it will be|itll be|it ll be|its|it is|ill be|i will be|youll be|you will be|ben jij|ben je|ben ik|is het|zal het|wordt het) (you|me|my (face|head|neck)|your (face|head|neck)|dead|dood|jij|jouw (hoofd|gezicht)|mijn (hoofd|gezicht))',
  '(niet|nooit) (meer )?levend (uit|weg|thuis|eruit|vandaan|naar buiten|terug|uitkom|uitkomt|wegkom|wegkomt)', '(wont|will not|never|not) (get|make it|leave|come|walk) (out )?(of (here|this house|the house|this flat) )?alive',
  '(maakt|maken|maak) (hij|ze|zij) (me|mij|ons|haar|hem|jou|je) (dood|af)', 'ik maak (je|jou|jullie) (af|dood)',
  '(gedwongen|dwingt|dwingen|forced|forces|forcing|makes (her|me)) _ (seks|sex|naar bed|prostitu*|sleep with|werken voor)', 'naar bed (voor|for) (geld|money)', 'mensen~handel', 'trafficked', 'human trafficking',
  'loverboy', '(makes|made|forces|forced|laat|liet|dwingt|dwong) ([^ ]+ ){0,4}(sexual|seksuele|sex|seks) (things|dingen|acts|handelingen)', '(locks|locked) the door (at night|on (me|us))',
  // forced marriage
  'gedwongen (huwelijk|te trouwen)', 'forced (marriage|to marry)', 'huwelijks~dwang', 'uithuwelijk*', 'achterlating',
  '(sturen|sending|send|taking|take|brengen|meenemen|nemen) (me|mij|haar|hem|her|him|us|ons) ([^ ]+ ){0,5}(om te trouwen|to marry|to get married|uithuwelijken)', '(buitenland|abroad|land van herkomst|home country) ([^ ]+ ){0,3}(om te trouwen|to marry|to get married)',
  `(wil|willen|wants|want|force|forcing|dwingen|dwingt) (me|mij|haar|hem|her|him|mijn dochter|my daughter) ${GAP5}(laten )?(trouwen|marry|uithuwelijken)`,
  '(niet|not|dont want to|do not want to) (met|to) _ (wil )?(trouwen|marry)',
  // en
  `(he|she|they|${EN_PARTNER}) _ ${EN_ABUSE} ${VICTIM_EN}`, `${EN_ABUSE} ${VICTIM_EN}`, 'domestic (violence|abuse)', 'being (beaten|abused|threatened|raped|choked|strangled|kicked|punched|thrown around|knocked around|dragged)',
  `(?<!(seems|seem|looks|look) )(afraid|scared|frightened|terrified) of (him|her|my ${EN_PARTNER})`, '(afraid|scared|frightened|terrified) (to|of) (go|going|goin) (back )?home(?! (to|in) (?!(him|her|my (husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepfather))))',
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
  // things thrown at someone, being knocked around, a relative hit or pinched by a carer
  '(gooit|gooide|smijt|smeet|throws|threw|thrown|throwing|hurled|hurls|hurling|flung|flings) ([^ ]+ ){1,5}(naar|at|tegen) (me|mij|ons|haar|hem|us|her|him|my (head|face)|mijn (hoofd|gezicht)|the kids|de kinderen)',
  '(gooit|gooide|smijt|smeet|gooien|smijten) met ([^ ]+ ){0,3}(naar|tegen|op) (me|mij|ons|haar|hem|mijn (hoofd|gezicht)|de kinderen)',
  '(knocks|knocked|knocking|slaps|slapped|pushes|pushed|shoves|shoved|throws|threw|kicks|kicked) (me|her|him|us|them) (around|about)',
  `(slaat|sloeg|schopt|schopte|knijpt|kneep|stompt|stompte|trapt|trapte|mishandelt) (mijn|mn|m n|onze|haar|zijn|hun) ((demente|oude|zieke|kleine|jongste|oudste) )?(vader|moeder|opa|oma|zoon|dochter|kind|kinderen|broertje|zusje|vrouw|man|baby|pa|ma)`,
];
/** An adult whose illness makes them hit (dementia): a care question, unless stronger words are used. */
export const ILLNESS_AGGRESSOR: readonly string[] = [
  '(met|with|heeft|has) (dementie|alzheimer|dementia|alzheimers|korsakov) ([^ ]+ ){0,4}(wordt|is|gets|becomes|kan|werd|got) ([^ ]+ ){0,3}(boos|agressief|aggressive|angry|violent|onrustig|agitated)',
];
export const CHILD_AGGRESSOR: readonly string[] = [
  'tantrums?', 'drift~bui*', 'woede~bui*', 'woede~aanval*', 'meltdowns?',
  '(zoon|zoontje|dochter|dochtertje|kind|son|daughter|kid|child|boy|girl|puber|tiener|teenager|jongen|meisje)( van)?( [0-9]+| [a-z]*tien)?( jaar)?( oud)? _ (is|wordt|gets|becomes|can be|kan|werd|got) _ (agressief|agressiever|aggressive|violent|gewelddadig|woedend)',
  '(hits|hurts|kicks|bites|slaat|schopt|bijt) (his|her|zijn|haar) (little |younger |big |older )?(sister|brother|zusje|broertje|zus|broer)', '(andere kinderen|other (kids|children)|klasgenoten|classmates)',
  '(zoon|zoontje|dochter|dochtertje|kind|kindje|peuter|kleuter|son|daughter|kid|child|toddler|boy|girl) (van )?([0-9]+ )?(jaar )?(oud )?(slaat|schopt|bijt|krabt|hits|kicks|bites|scratches)( en (slaat|schopt|bijt|krabt))?',
  '(gooit|gooide|throws|threw) (met )?(speelgoed|toys|blokken|blocks|zijn eten|haar eten|his food|her food)',
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
  'unconscious', 'passed out', 'collapsed', 'unresponsive', '(wont|will not|doesnt|does not) wake up', 'not (waking|wakin|wakeing) up', '(mom|mum|dad|he|she|hes|shes|him|her|baby) (is )?(not|isnt|wont|aint) (wakin|waking|wake) up', '(cant|cannot|can not|couldnt) wake (him|her|them|my [^ ]+) up',
  '(he|she|hes|shes|he is|she is|him|her|baby|child|man|woman) (is )?(not|isnt|no longer|stopped) (moving|responding)',
  '(lying|laying|lies|lays|fallen) (on|in) (the|his|her|their|my|our) ([^ ]+ )?(floor|ground|street)', '(lips|face) _ (blue|grey|gray|purple)', 'turning blue',
  '(ligt|lag) ([^ ]+ ){0,5}(op|in) (de|het|zijn|haar|mijn|onze|een) ([^ ]+ )?(grond|vloer|keukenvloer|badkamervloer|stoep)', '(ligt|lag|lying|lies) ([^ ]+ ){0,8}(kan|kon|cant|cannot|can not|couldnt) (niet )?(meer )?(op~staan|overeind (komen|kan)|get up)',
  '(hij|zij|ze|moeder|vader|man|vrouw|oma|opa|buurman|buurvrouw) ligt _ op de grond', 'gevallen _ ligt _ (op de grond|op de vloer)',
  // heart, stroke, bleeding, seizures
  'pijn (op|in) (de|mijn|zijn|haar) borst', 'borst~pijn', 'chest pains?', 'pain in (my|his|her|the) chest', 'clutching (his|her|my) chest', '(arm|been|kant) _ (verlamd|gevoelloos|numb)',
  'mond hangt scheef', 'scheve mond', '(gezicht|mond) _ scheef', 'face (is |looks )?(droop*|crooked|lopsided)', 'slurr(ed|ing)', '(barely|hardly|nauwelijks|amper) (breathing|ademt|ademen)', '(gone|went|is|has gone) limp', '*لا (يتحرك|تتحرك)', 'praat (ineens |opeens |heel )?(raar|onduidelijk)',
  'hart~aanval', 'hart~stilstand', 'hart~infarct', 'beroerte', 'hersen~infarct', 'hersen~bloeding', 'heart attack', 'stroke', 'seizure', 'epilep* aanval', 'stuip*',
  'bloedt (heel )?(erg|veel|hevig)', '(bloedt|bloedde|bleeding|bleeds) (uit|from|aan) (zijn|haar|mijn|het|his|her|my|the) (hoofd|head|mond|mouth|oor|ear|oren|ears)', 'veel bloed', 'bleeding (a lot|heavily|badly|from)', '(is|was|hes|shes|im|and|still) bleeding', '(wont|will not|doesnt|does not|cant) stop bleeding', 'blijft bloeden', 'stopt niet met bloeden', 'ik bloed', 'bloed (uit|aan) (mijn|zijn|haar) ',
  'gevallen en kan niet (meer )?(op~staan|overeind)', 'fell and (cant|cannot|can not)',
  '(hij|zij|ze|oma|opa|moeder|vader|man|vrouw) reageert (niet|nergens op)(?! (op|meer op|via|per))', '(gevallen|gevallen en|flauwgevallen|fell|collapsed) ([^ ]+ ){0,2}(en|and) (reageert|reageerde|is not responding|isnt responding|not responding) (niet|nergens)?', 'is gevallen _ (hoofd|bloed|bloedt|ligt|kan niet (meer )?op~staan)',
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
  '(arm|hand|been|leg|kant|side|linkerarm|rechterarm|linkerbeen|rechterbeen|linkerhand|rechterhand|linkerkant|rechterkant|linker (arm|been|hand|kant)|rechter (arm|been|hand|kant)|left (arm|leg|hand|side)|right (arm|leg|hand|side)) _ (slap|hangt|numb|verlamd|weak|gevoelloos|doof|tintelt|tingling|tingles)',
  '(arm|been|hand|leg|linkerarm|rechterarm|linkerbeen|rechterbeen|linkerhand|rechterhand|linker (arm|been|hand)|rechter (arm|been|hand)|left (arm|leg|hand)|right (arm|leg|hand)) _ niet (meer )?(bewegen|optillen|voelen|lift|move|feel)', '(cant|cannot) (lift|move|feel) (his|her|my) (arm|leg|hand)', '(ergste|vreselijke|ondraaglijke|heftige) hoofdpijn', 'worst headache', 'gevallen', 'fell', 'collapsed', '(is|ziet|ziet er|looks|went|is gone) (heel |erg |zo |helemaal |very |so )?(wit|bleek|pale|grauw|grey|gray)( uit)?', '(zweet|zweten|sweats)', '(borst|chest) (drukt|knelt|feels tight)', 'druk op (de|mijn|zijn|haar) borst', 'pressure (in|on) (my|his|her|the) chest',
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
  '(baas|boss|szef|patron|chef|manager|leidinggevende|juf|teacher|landlord|verhuurder|huisbaas|coach|mentor) _ (vermoordt|vermoorden|kill|kills|zabije|oldurur|olduruyor|вбє|убьет)( me| mij| mnie| beni)?',
  '(killing|kill|work|working|worked) myself (at|for|over|with|to death|in)', '(werk|werkt) (me|mij|zich) (dood|kapot|het schompes)', '(nearly|almost|bijna) (gave|give|kreeg|krijg) (me )?(a |een )?(heart attack|hartaanval|hartverzakking)',
  '(thought|dacht) (i was having|i had|dat ik een|it was) (a |an |een )?(heart attack|hartaanval|stroke|beroerte)',
  '(wants?|wil|willen|wish) (to )?(die|sterven|overlijden|dood~gaan) (at home|thuis|in peace|in (zijn|haar|his|her) (eigen )?(bed|huis|home))',
  '(rug|knie|knieen|voeten|hoofd|nek|heup|schouder|schouders|benen|gewrichten|kiezen|tanden|back|knees|knee|feet|head|neck|hip|hips|shoulder|shoulders|legs|joints|teeth) (is |are |zijn )?(vermoordt|vermoorden|killing|kill|kills|slopen|sloopt) (me|mij)',
  '(kan|kon|zou) (hem|haar|ze|je|jou|hen) wel (wurgen|vermoorden|slaan|schieten|afmaken|killen)', 'i could (kill|strangle|murder|throttle) (him|her|them|you|my [^ ]+)',
  'stroke of (luck|genius|bad luck|fortune)', 'van het kastje naar de muur',
  '(ceiling|roof|plafond|shed|schuur|wall|floor|vloer|balcony|balkon|stairs|building|tent|fence|schutting|bed|shelf|plank|cabinet|kast|muur|dak|gebouw|tunnel|market|business) ([^ ]+ ){0,3}(has |have |had |just |is |zijn |is net )?(collapsed|caved in|ingestort|ingezakt|in elkaar gezakt)',
  '(fiets|bike|portemonnee|wallet|pinpas|bankpas|paspoort|passport|telefoon|phone|sleutels|keys|rollator|walker|scootmobiel|rolstoel|wheelchair|tas|bag|pakket|pakketje|parcel|package|brief|letter|koffer|suitcase|bril|glasses|gehoorapparaat|hearing aid) (is|zijn|was|has gone|has been|went) (al |nu )?(sinds [^ ]+ )?(vermist|kwijt|zoek|missing|weg)',
  // frustration pinned on paperwork: "I can't go on like this with these papers"
  '(cant|cannot|can not) (go on|take it|cope) (like this |any ?more )?with (these|those|the|all (these|those|the)|this) (papers|forms|letters|paperwork|rules|bureaucracy|admin|applications)',
  '(trek|hou|houd|kan) (het |dit )?(niet meer|niet langer) ((vol|aan) )?met (al )?(die|deze|de|dat|dit) (brieven|formulieren|papieren|regels|aanvragen|bureaucratie|papierwerk|gedoe)',
  '(zit|zitten|ben|zijn|voel me|voel mij) (hier |nu |daar |de hele dag )?opgesloten (in (mijn|m n|mn|ons|het|de) (eigen )?(huis|flat|woning|appartement|kamer) )?(sinds|omdat|doordat|want|door|nu) ([^ ]+ ){0,3}(lift|trap|rolstoel|scootmobiel|been|heup|knie|ziekte|operatie|corona|lopen|enkel)',
  '(pushes|pushed|pushing|push) (me|her|him|us) (to|into|towards|for) (?!(the |a |de )?(ground|floor|wall|stairs|door|edge|bed|table|grond|vloer|muur))',
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
  'питаю загалом', 'بشكل عام', 'genel olarak', 'ogolnie', '*تدريب', '*الوقاية', 'egitim*', 'onleme', 'kurs', 'kursu', 'szkoleni*', 'тренінг*', 'профілакти*', 'in case someone asks', 'asking for my', 'vraag het voor (een|de|het|ons)',
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
  'vroeger', 'in het verleden', 'lang geleden', 'heel lang geleden', 'long ago', 'a long time ago', 'long time ago', '(een|twee|drie|vier|vijf|zes|paar|aantal|vele|enkele|acht|tien) (jaar|jaren|maanden|maand|weken) geleden', '[0-9]+ (jaar|jaren|maanden|maand|weken) geleden', 'jaren geleden', 'toen ik (klein|kind|jong|[0-9]+)',
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
  'kind', 'kinderen', 'kindje', 'buur~(kinderen|kind|kindje|jongetje|meisje|kids|jongen)', 'kids', 'kid', 'child', 'children', 'baby', 'babys', 'babies', 'peuter*', 'kleuter*', 'toddler*', 'broertje', 'zusje', 'zusjes', 'kleinkind*',
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
  '(dagen|uren|nachten|days|hours|nights) (lang )?(alleen|alone)', '(on (their|his|her) own|by themselves|by (him|her)self) (for )?([^ ]+ )?(hours|days|nights|two days|the whole (day|night)|all (day|night))', '(crying|cries|huilen|huilt|begging|bedelen|vragen|vraagt|screaming|schreeuwen|roepen|roept) (for|om) (food|eten|something to eat|iets te eten|hun (moeder|mama)|their (mum|mom|mother|parents)|mama|mummy|mommy)',
  'op blote voeten', 'barefoot', 'vrieskou', 'in de kou', 'in the cold', '(geen|no|without) (jas|coat|coats|jassen)', 'droog brood', 'dry bread', '(alleen|only) (droog )?(brood|bread|chips|snoep|crisps)', '(zonder|without) (eten|food)',
  '(aan de|on) (drugs|drank|heroine|heroin|coke|crack|meth)', 'niemand (zorgt|kijkt) (voor|naar) (ze|hen|hun|de kinderen|het kind|de baby|hem|haar)', 'nobody (looks after|takes care of|feeds|cares for) (them|the kids|the children|the baby|him|her)',
  '(moeder|vader|ouders|mama|papa|mum|mom|mother|father|parents) ([^ ]+ ){0,2}(is|zijn|are|has been|have been) (er )?(al )?(sinds|since) (gisteren|yesterday|vannacht|last night|vanochtend|this morning) (niet|weg|gone|away|not)',
  '(moeder|vader|ouders|mama|papa|mum|mom|mother|father|parents) ([^ ]+ ){0,5}(is|zijn|are) (al )?([^ ]+ )?(dagen|days|nachten|nights) (weg|gone|away)', 'goes to the (pub|bar|casino|coffeeshop|club)', 'gaat naar (de kroeg|het cafe|het casino)', 'goes (out|partying|clubbing|drinking)', 'alleen thuis', 'home alone', 'alone at home', '(laat|laten|liet|lieten) ([^ ]+ ){0,5}alleen', '(leave|leaves|left|leaving) ([^ ]+ ){0,4}alone',
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
  '(buiten|op straat|in het park|outside|on the streets?) _ (slapen|slaap|overnachten|sleep|sleeping|spend the night)', '(zit|zitten|zat|zaten) ([^ ]+ ){0,4}op straat', '(loopt|lopen|liep|zwerft|zwerven|dwaalt|wandering|walking|roaming|wanders) ([^ ]+ ){0,3}(alleen|alone) ([^ ]+ ){0,2}(op straat|buiten|outside|on the street|in the street|langs de weg)', 'sleeping rough', 'dakloos', 'homeless',
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
  '(standing|stand|sta|staan|stond) (nu |now |right now )?(on|op) (my|the|a|mijn|m n|mn|het|de|een) (balcony|balkon|roof|dak|bridge|brug|ledge|railing|reling) ([^ ]+ ){0,4}([0-9]+(st|nd|rd|th|e|de|ste)? (floor|verdieping|etage)|right now|op dit moment)',
  'kijk _ naar beneden', 'looking down', '(bij|op|aan) het spoor (gestaan|gestaan|sta|stond|gelopen)', 'stond (ik )?er al', 'went to the (tracks|railway)', 'gittim', 'walked out towards',
];

/** A person gone missing (a missing pet is no crisis). */
export const MISSING: readonly string[] = [
  'vermist', '(has gone|went|has been|have been|been|is|are|was) missing(?! (his|her|their|my|our|a|an|the|some|doses?|appointments?|meals?|school|work|out|on))', 'missing (since|for)', 'is missing$', 'spoorloos', '(been|is) gone (for )?([0-9]+|two|three|a few|hours)',
  '(is|zijn) (al |nu )?(sinds [^ ]+ |sinds [^ ]+ [^ ]+ )?zoek(?! naar)', '(is|zijn) (al |nu )?sinds [^ ]+ ([^ ]+ )?weg', '(weggelopen|verdwenen|ran away|disappeared|kwijt) (sinds|since) (gisteren|vannacht|vanochtend|vanmorgen|yesterday|last night|this morning)',
  'niet (meer )?thuis~gekomen', '(hasnt|has not|havent|didnt|did not) (come|came|been) (back|home|back home)', 'nobody has seen (him|her)', 'onvindbaar', 'niet te vinden', '(cant|cannot|can not) find (him|her|my [^ ]+) (anywhere)?', 'niemand heeft (hem|haar) gezien', 'walked out (in the middle of the night|at night)', 'wandered off',
  'zaginal*', 'zaginel*', 'nie wrocil*', 'зник*', 'пропав*', 'не (прийшов|прийшла|повернувся|повернулася) додому', 'kayboldu', '(gundur|saattir|dunden beri|sabahtan beri) (kayip|yok|haber alamiyorum)', 'eve gelmedi', 'donmedi', '*مفقود*', '*اختف*', 'لم (يرجع|ترجع)',
];
export const PET: readonly string[] = ['poes', 'kat', 'kater', 'hond', 'hondje', 'konijn', 'parkiet', 'huisdier', 'cat', 'dog', 'kitten', 'puppy', 'кіт', 'кішка', 'собака', 'пес', 'котик', '(ال)?(قط|قطة|قطتي|قطي|كلب|كلبي)', 'kotek', 'piesek', 'pet', 'kot', 'pies', 'kedi*', 'kopek*'];
/** Marks on a body: violence unless the message says how someone fell. */
export const BRUISES: readonly string[] = ['blauwe plek*', 'blauw oog', 'striemen', 'bruises', 'bruised', 'black eye', 'welts', 'siniak*', 'morluk*', 'синці', 'синяки', 'كدمات'];
export const FALL: readonly string[] = ['val', 'valt', 'vallen', 'viel', 'gevallen', 'fall', 'falls', 'fell', 'falling', 'struikel*', 'tripped', 'trips', 'upadl*', 'dustu', 'впав', 'впала'];

/** Saying goodbye and settling affairs: two of these together are a warning of suicide. */
export const FAREWELL: readonly string[] = [
  'goodbye', 'vaarwel', 'thank you for everything', 'thanks for everything', 'bedankt voor alles', 'dank (je |jullie )?voor alles', '(im|i am) (so )?done(?! with| for (today|the day|now))',
  'er (binnenkort|straks|morgen|snel|gauw|niet lang) niet meer (is|ben|zal zijn|zijn)', '(giving|gave|given) (away )?(his|her|my|all (his|her|my)) ([^ ]+ ){0,2}away', 'giving away', 'afscheid (genomen|nemen|neemt|nam|gezegd)', 'said goodbye', 'sorry voor alles', 'sorry for everything', 'ik hou van je', 'i love you',
  'take care of (the|my|his|her) (cat|dog|kids|children|plants)', 'zorg (goed )?voor (de|mijn) (kat|hond|kinderen|planten)', '(wrote|written|made) (a|his|her|my) will', 'testament (geschreven|gemaakt|opgesteld)',
  'gave (his|her|my) ([^ ]+ ){1,2}away', 'gave away (his|her|my)', '(weg~gegeven|weggegeven)', '(affairs|things) in order', 'zaken (zijn )?(al )?(geregeld|op orde)',
  '(not|isnt|is not|hasnt been|wasnt) (answering|picking up|replying)', '(neemt|nam) (zijn |haar )?(telefoon )?niet (meer )?op', 'reageert niet (meer )?op (whatsapp|berichten|mijn berichten|appjes)',
  '(not|isnt) at work', 'niet op (zijn|haar) werk', 'telefoon (staat )?uit', 'phone (is )?off', 'telefonu (kapali|acmiyor)', 'телефон вимкнений',
];

// Domestic violence told without the word: control, fear, rage, an unwanted visitor, sounds from next door.
const CONTROLLER = `(he|she|hij|zij|ze|${EN_PARTNER}|${NL_PARTNER}|carer|verzorger|verzorgster)`;
/** Acts of control over money, phone, keys, contacts or leaving the house; count with fear, rage or a second act. */
export const COERCION: readonly string[] = [
  `${CONTROLLER} _ (takes|took|has taken|keeps|kept|controls|controlled|checks|checked|hides|hid|smashed|broke|grabs|grabbed|reads|tracks) (away )?(all )?(my|her|our|the) (phone|money|bank ?card|debit card|pin|keys|car keys|passport|id|papers|documents|salary|wages|pension|benefits|finances|mail|post|messages|location)`,
  `${CONTROLLER} _ (pakt|pakte|neemt|nam|houdt|hield|controleert|verstopt|heeft) _ (mijn|haar|ons|onze|m n|mn|de) (telefoon|mobiel|geld|pinpas|bankpas|sleutels|sleutel|paspoort|id|papieren|documenten|salaris|loon|uitkering|pensioen|post|berichten)`,
  '(geld|telefoon|mobiel|paspoort|sleutels|sleutel|pinpas|bankpas) (afgepakt|weggenomen|verstopt|kapot~gemaakt)',
  '(not allowed|never allowed|isnt allowed|am not allowed|is not allowed|arent allowed) to (see|visit|call|phone|talk to|speak to|contact|meet) (my |her |our )?(friends|family|parents|mother|mum|mom|father|dad|sister|brother|anyone|anybody|people|neighbours)',
  '(not allowed|never allowed|isnt allowed|am not allowed|is not allowed) to (leave|go out of) the (house|flat|home|apartment)',
  `${CONTROLLER} _ (wont|will not|doesnt|does not|never) (let|allow|lets|allows) (me|her|us) (to )?(see|work|go|leave|call|talk|have|out|speak|visit|use)`,
  'mag (niemand|geen vrienden|geen vriendinnen|mijn (familie|ouders|vriendinnen|vrienden|moeder|zus|broer)) (niet )?(meer )?(zien|spreken|bellen|bezoeken)',
  'mag (het huis|de deur) niet (meer )?uit(?! van (de|het|mijn|m n|mn) (dokter|arts|huisarts|specialist|ziekenhuis))', `mag (niet|nergens) (meer )?(werken|naar buiten|de deur uit|heen|alleen (weg|naar buiten)) van (hem|haar|mijn ${NL_PARTNER}|mn ${NL_PARTNER})`,
  'laat (me|mij|haar|ons) niet (werken|weg|naar buiten|gaan|bellen|de deur uit)', '(geeft|gaf) (me|mij|haar|ons) geen (geld|eten|huishoudgeld|cent)',
  '(draait|draaide|doet|deed|sluit|sloot) de (voor~)?deur (op slot|af)', '(neemt|nam) de (sleutels|sleutel) mee', '(kan|kunnen|kon) er niet (meer )?uit(?! (komen|kom|gekomen))', '(takes|took) the (keys|key) (with him|with her|away)',
  'volgt (me|mij) overal', 'follows me everywhere', 'leest (al )?(mijn|m n|mn) (berichten|appjes|mail)', 'checks my (phone|messages|bank)',
  'telefonumu (aldi|aliyor|kirdi)', 'param* (aliyor|aldi)', 'izin vermiyor', 'zabiera mi (pieniadze|telefon|klucze)', 'nie pozwala mi', 'zabral* mi (telefon|pieniadze|klucze|paszport)',
  'забирає (мої |у мене )?(гроші|телефон)', 'не дозволяє (мені)?', '*ياخذ (هاتفي|فلوسي|اموالي)',
];
/** The writer's own fear, not a worry ("afraid that", "scared of losing"); also barricading and hiding. */
export const FEAR: readonly string[] = [
  '(?<=(im|i am|i m|i feel|feeling|ben|voel me|voel mij|ik ben|we are|were|zijn) ((so|really|very|too|zo|echt|heel|erg|te|ontzettend|super) )?)(scared|afraid|terrified|frightened|bang|doodsbang|angstig)(?! (dat|that|we|it|het|i|ik|of (losing|the|de|getting|being)|for|voor (de|het|mijn (baan|huis|toekomst|gezondheid))|om (te|mijn)|to (lose|ask|call|apply|fill|open)))',
  '(doodsbang|terrified)(?! (dat|that|he|she|hij|ze|zij|i|ik|we|it|het|of (losing|the|de|being)|for|voor (de|het)))', 'durf (niet|het niet|niks|nergens)', '(dare not|dont dare|do not dare)', 'in (fear|angst)', 'walking on eggshells', 'op eieren lopen',
  '(stoel|kast|chair|dresser) (tegen|voor|against|under|onder) (de|mijn|the|my) (deur|door|klink|handle|doorknob)', 'hiding (in|from|under)', 'verstop (me|mij|ons)',
  'korkuyorum', 'boje sie', 'боюся', '*اخاف',
];
/** Rage at the writer: with fear, and a partner or relative named, it is a home that is not safe. */
export const RAGE: readonly string[] = [
  'tekeer', 'te keer', 'door het lint', '(razend|woedend|flipt|ontploft|explodes|explodeert) (op|tegen|at) (me|mij|us|ons)', '(rages|raging|rage) (at|against) (me|us|the kids)', 'in a rage', 'smashes (things|everything|stuff)', 'smashing (things|everything|stuff)',
  'schreeuwt (tegen )?(me|mij|dat)', 'scheldt (me|mij)', '(screams|yells|shouts) at me', 'calls me (names|worthless|stupid|useless|a )', 'niks waard', 'worthless', '(ik|i) (ben|am) (niks|nothing|waardeloos)',
];
export const ABUSER: readonly string[] = [
  '(?<=(mijn|mn|m n|my|haar|her) )(man|vrouw|partner|vriend|vriendin|ex|husband|wife|boyfriend|girlfriend|bf|gf|stiefvader|stepdad|stepfather|schoonzoon|zoon|son|broer|brother|vader|dad|father)',
];
/** Someone (an ex, "he") at the door or turning up; counts with pressure or fear. */
export const PURSUER: readonly string[] = [
  '(ex|exman|exvrouw|expartner|ex partner|ex vriend|ex vriendin|stalker) _ (staat|stond|standing|stands|stood|waiting|waits|wacht|wachtte|turning up|turns up|turned up|showing up|shows up|showed up|keeps (coming|turning up|showing up)|hangs around|hanging around|loitering|lurking|komt (steeds|telkens|elke nacht) (langs|aan de deur|onaangekondigd))',
  '(he|she|hij|zij|ze|hes|shes) (is |was )?(staat|stond|standing|waiting|wacht|wachtte|lurking|hanging around|loitering|parked|banging|bonkt) ([^ ]+ ){0,2}(outside|beneden|buiten|voor|at|in front of|bij) (my|mijn|m n|mn|our|onze|de|the) ((front|voor)~?)?(door|deur|house|huis|flat|window|raam|woning|werk|work|car|auto)',
];
export const PRESSURE: readonly string[] = [
  '(refuses|refused|wont|will not|doesnt|does not) (to )?(leave|go away|go)', '(gaat|ging|wil|wilde) niet weg', '(banging|bangs|bonkt|bonken|beukt|hammering|pounding|kicking|trapt|schopt) (on|op|tegen|at|aan)',
  '(at night|at nite|s nachts|midden in de nacht|elke (avond|nacht)|every (night|evening)|all night|de hele nacht)',
  '(belt|calls|texts|appt|stuurt|rings) (me )?([0-9]+|vijftig|honderd|tientallen|dozens of|hundreds of|[a-z]+tig) (keer|times|berichten|messages)', 'blijft (bellen|aanbellen|appen|aankloppen)', 'keeps (calling|ringing|knocking|texting)',
];
/** Overheard: someone screaming or crying, and blows or breaking; both together are violence. */
export const SCREAM: readonly string[] = [
  '(vrouw|buurvrouw|woman|lady|girl|meisje|moeder|mother|mum|mom|someone|somebody|iemand|she|ze|zij|buren|neighbour|neighbours|neighbor|neighbors) ([^ ]+ ){0,3}(screaming|screams|scream|schreeuwen|schreeuwt|gillen|gilt|krijsen|krijst|huilen|huilt|crying|cries|yelling|roepen|roept|shrieking)',
  '(hoor|hear|heard|hoorde|hoorden|hearing) ([^ ]+ ){0,5}(screaming|screams|gillen|schreeuwen|gegil|gekrijs|geschreeuw|gehuil|crying|huilen)',
];
export const IMPACT: readonly string[] = [
  'bangs', 'banging', 'bonken', 'bonkt', 'gebonk', 'klappen', 'dreunen', 'dreun', 'dreunt', '(thud|thuds|thump|thumps)', 'crashing', 'glas _ (breken|kapot)', 'glass _ (breaking|smashing)',
  '(dingen|spullen|things|stuff|dishes|plates|borden|furniture|meubels) (breken|kapot~gaan|breaking|smashing|being thrown|gooien)', '(smashing|breaking|throwing) (things|stuff|dishes|plates|furniture|glass)',
  'thrown around', 'slammed against', 'gegooid', 'gesmeten', '(slaan|slaat)(?! (elkaar|de deur|deuren|met de deur))', 'geslagen', 'hitting', 'beating',
];
/** Someone kept without food, water, medicine or care; violence when it is a child or a dependent adult. */
export const DEPRIVE: readonly string[] = [
  '(leaves|left|leaving|laat|liet|laten|houdt|keeps|kept) (him|her|them|hem|haar|ze|hen|my|mijn|our|onze)( [^ ]+)?( [^ ]+)? (without|zonder) (food|eten|water|drinken|medicine|medication|meds|medicijnen)',
  '(geeft|gaf|geven|give|gives|giving|gave) (hem|haar|him|her|them|hen|ze|mijn [^ ]+|my [^ ]+) (amper|nauwelijks|geen|niet genoeg|bijna geen|no|hardly any|barely any|not enough) (eten|te eten|drinken|food|water|medicine|medicijnen|medication|meds)',
  '(doesnt|does not|dont|do not|wont|will not|refuses to|never) (give|feed) (him|her|them|my [^ ]+) (his |her |their |any |enough )?(food|medicine|medication|meds|water|insulin|pills|anything to eat|enough to eat)',
  'krijgt (niet genoeg|amper|nauwelijks|geen|bijna geen) (te )?(eten|drinken|medicijnen)(?! (meer )?(vergoed|van de|via|voorgeschreven))', '(vuile|vieze|volle|natte) luier',
  'in (zijn|haar|hun) (eigen )?(urine|ontlasting|poep|plas|vuil)', '(in|sitting in|lying in) (his|her|their) own (urine|faeces|feces|mess|dirt|waste)',
];
/** A person who cannot look after themselves: very old, demented, bedridden. */
export const DEPENDENT: readonly string[] = [
  '(dement|demente|dementie|dementerend|dementerende|dementia|demented|alzheimer|alzheimers|demans|demansi|demansli)', 'деменц*', '*الزهايمر', '*الخرف', 'otepieni*', 'bedlegerig', 'bedridden', '(hulpbehoevend|hulpbehoevende|elderly|frail|bejaard|bejaarde|bejaarden)',
  'verstandelijke beperking', 'learning disabilit*', 'autis*', 'grandad', 'granddad', 'grandpa', 'grandfather', 'grandma', 'grandmother', 'gran', 'nan', 'opa', 'oma',
  '(moeder|vader|oma|opa|mother|father|mum|mom|dad|grandma|grandad|man|vrouw|buurman|buurvrouw|neighbour|mevrouw|meneer) ((is|van|of|aged) )?(6[5-9]|[7-9][0-9]|10[0-9])', '(im|i am|ik ben) (6[5-9]|[7-9][0-9]|10[0-9])',
  '(65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109) (jaar|years|year old|jarige)', '(my|mijn|our|onze) (elderly|old|oude|bejaarde|zieke|demente|blinde|disabled|gehandicapte) (mother|father|mum|mom|dad|moeder|vader|ma|pa|man|vrouw)',
];
/** Marks of cutting or burning on a body; self-harm with a sign the person does it to themselves. */
export const SH_MARKS: readonly string[] = [
  '(cuts|cut marks|scratches|scratch marks|burns|burn marks|wounds|sneetjes|sneden|snijwonden|snijwondjes|wondjes|wonden|krassen|brandwonden|brandwondjes) ([^ ]+ ){0,3}(on|op|over|in|across) (her|his|my|their|zijn|haar|mijn|m n|mn|hun) (arms?|legs?|wrists?|thighs?|stomach|belly|body|skin|armen|arm|benen|been|bovenbenen|bovenbeen|polsen|pols|dijen|dij|buik|lichaam|huid)',
  'fresh cuts', 'verse (sneden|sneetjes|snijwonden|wondjes|krassen)', 'cuts all over', '(kolunda|kollarinda|bacaklarinda) (kesik*|yara*)', 'rany na (rekach|rece|nogach|udach)', 'порізи на (руках|ногах)',
];
export const SH_SELF: readonly string[] = [
  'does it (herself|himself|to (her|him)self|to feel|on purpose|to cope)', 'did it (herself|himself|to (her|him)self|on purpose)', '(says|said|zegt|zei) (that )?(she|he|ze|hij|zij) (het )?(zelf )?(does it|did it|doet|deed|heeft gedaan)',
  'het zelf (doet|deed|gedaan)', 'doet (het|dat) (zelf|expres|met opzet|zichzelf)', 'razor', 'razors', 'razor blades?', 'blades', 'scheermes*', 'mesjes', 'passer', 'pencil sharpener', 'puntenslijper',
  'to feel something', 'om iets te voelen', 'hides (her|his) arms', 'long sleeves', 'lange mouwen', 'verstopt (haar|zijn) armen', '(deserve|deserves|verdient|verdien) (the |het |de )?(pain|pijn)',
];
/** Means of suicide at hand, and dwelling on them: together a warning. */
export const MEANS: readonly string[] = [
  'rope', 'touw', 'strop', 'noose', 'tracks', 'train tracks', 'railway', 'het spoor', 'spoorlijn', 'rails', 'brug', 'bridge', 'razor', 'scheermes*', 'gun', 'pistool', 'wapen', 'weapon',
];
export const RUMINATION: readonly string[] = [
  '(keep|keeps|kept|cant stop|cannot stop|always|constantly|all the time) (thinking|think|thought) (about|of) (it|that|them|the [^ ]+|jumping|stepping|doing it|taking them|using it|ending|hanging)',
  '(thinking|think|thought|dacht|denk|denken|fantasize|fantasizing|dreaming) (about|of|aan|over|erover) (stepping|jumping|springen|doing it|het doen|taking them|using it|hanging|ophangen|er tussen springen|ertussen springen)',
  'blijf (er )?(steeds |maar )?(aan )?denken', 'denk er (steeds|de hele tijd|continu|elke dag|vaak|telkens|de laatste tijd) aan', 'spookt door (mijn|m n|mn) hoofd', 'in my head all the time',
  'kijk (steeds|vaak|elke dag|telkens) naar (het spoor|de brug|de pillen|het touw|het water)', 'keep looking at (it|them|the (tracks|rope|pills|bridge|water))',
];
/** A person who cannot be found; danger when a child or dependent adult, or when they wandered off. */
export const NOT_FOUND: readonly string[] = [
  '(kunnen|kan|konden|kon) (hem|haar|ze|hen) (nergens|niet|niet meer) (meer )?(vinden|terugvinden)', '(cant|cannot|can not|couldnt|could not) find (him|her|them) (anywhere)?',
  'nobody knows where (he|she|they) (is|are)', '(no one|noone) knows where (he|she|they) (is|are)', 'niemand weet waar (hij|ze|zij) (is|zijn|uithangt)', '(weet|weten) (niet|niemand) waar (hij|ze|zij) (is|zijn)',
  '(searching|looking) for (him|her|them) (for )?(hours|all (day|night)|everywhere)', '(weve|we have|we ve) been (searching|looking) (for (him|her|them) )?(for )?(hours|all (day|night)|everywhere)',
  '(zoeken|zoek|gezocht) ([^ ]+ ){0,3}naar (hem|haar|opa|oma|mijn (vader|moeder|man|vrouw|zoon|dochter))', 'overal (naar (hem|haar) )?gezocht',
  'bulamiyor*', 'hicbir yerde', 'nie (mozemy|moge|mozna|moze) (go|jej|ich) znalezc', 'nigdzie (go|jej) nie ma', 'не (можемо|можу|можуть|можем) (її|його|іх) знайти', 'ніде не можемо',
  '*(لا|لم) (نستطيع|استطيع|نجد|اجد) (ايجاده|ايجادها|ه|ها)', '*لا نجده', '*لا نجدها', '*لم نجده', '*لم نجدها',
];
export const WANDERED: readonly string[] = [
  'wandered (off|away)', 'de deur uit (gelopen|gegaan)', 'weggelopen', 'ran (off|away)', 'left the house', 'walked (off|out|away)', 'is (gaan )?(dwalen|zwerven)', 'evden (cikti|ayrildi)',
  '(wyszedl|wyszla) z domu', '(пішла|пішов) з дому', '*خرج* من (البيت|المنزل)',
];

/** Every list the scanner looks for in a whole message, by name. */
export const LISTS = {
  SUICIDE, SELF_HARM, VIOLENCE, VIOLENCE_WEAK, DANGER, MEDICAL, BODY_SIGNS, CHILD_AGGRESSOR, MY_CHILD, PRONOUN_AGGRESSIVE,
  ADULT_AGGRESSOR, CHRONIC, SUDDEN, WEAK_DESPAIR, CARER_LOAD, NO_DANGER, PAST: PAST_TERMS, CURRENT: CURRENT_TERMS,
  STRONG_CURRENT, RESOLVED, RECOVERED, CHILD, CARER_INCAPACITATED, NEGLECT_SIGNS, OUTDOORS, OUTDOOR_DANGER,
  ILLNESS_AGGRESSOR, STRANGER_CONTACT, HEIGHT, JUMP, MISSING, PET, BRUISES, FALL, FAREWELL, COERCION, FEAR, RAGE, ABUSER, PURSUER, PRESSURE,
  SCREAM, IMPACT, DEPRIVE, DEPENDENT, SH_MARKS, SH_SELF, MEANS, RUMINATION, NOT_FOUND, WANDERED,
} as const;
export type ListName = keyof typeof LISTS;
/** Compound words for a height ("Buitenrustbrug", "flatdak"); only looked for when jumping is mentioned. */
export const HEIGHT_COMPOUND = compileTerms(['*brug', '*dak', '*bridge'], 'u');
