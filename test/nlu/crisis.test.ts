import { describe, expect, it } from 'vitest';
import { detectCrisis, detectCrisisKinds } from '../../src/nlu/crisis.js';

const CRISIS_NL = [
  'ik wil er niet meer zijn',
  'Ik wil dood',
  'ik wil gewoon dood, alles is mis',
  'ik denk erover om een eind aan mijn leven te maken',
  'ik wil er een einde aan maken',
  'ik denk aan zelfmoord',
  'ik heb zelf moord gedachten',
  'selfmoord',
  'zelfmoordgedachten sinds de scheiding',
  'ik ben suicidaal',
  'ik ben suïcidaal',
  'ik zie het niet meer zitten',
  'ik zie het echt allemaal niet meer zitten met die schulden',
  'het leven heeft geen zin meer',
  'ik heb pillen gespaard',
  'iedereen is beter af zonder mij',
  'ik wil niet meer leven',
  'soms wil ik niet meer wakker worden',
  'ik ga mezelf iets aandoen',
  'ik kan niet meer.',
  'ik kan echt niet meer',
  'ik snij mezelf',
  'mijn dochter krast zichzelf in haar armen',
  'ik doe mezelf pijn als het te veel wordt',
  'hij slaat me',
  'mijn man slaat mij als hij gedronken heeft',
  'mijn vader slaat mij',
  'ik ben bang voor mijn partner',
  'mijn ex bedreigt me, hij zegt dat hij me gaat vermoorden',
  'ik word thuis geslagen',
  'er is huiselijk geweld bij ons thuis',
  'mijn vriend sluit me op in huis',
  'mijn buurvrouw laat haar kinderen alleen thuis, de baby huilt al uren',
  'mijn moeder ademt niet',
  'hij is bewusteloos, wat moet ik doen',
  'mijn zoon heeft een overdosis genomen',
  'mijn vader is gevallen en kan niet meer opstaan',
  'soms denk ik dat het beter is als ik er niet meer ben',
  'mijn zoon zegt dat hij niet meer wil leven',
  'ik heb een mes gepakt om mezelf te snijden',
  'ik hou het niet meer vol',
  'het hoeft voor mij allemaal niet meer',
  'ik kan niet meer, de schulden worden me te veel',
  'ik ben een last voor iedereen',
  'ik wil er een punt achter zetten',
  'mijn man is agressief als hij drinkt en ik ben bang',
  'hij heeft me gisteren weer geslagen',
  'ik heb blauwe plekken van mijn vriend',
  'mijn oma is gevallen en ligt op de grond, ze reageert niet',
  'de kinderen krijgen al dagen geen eten van hun moeder',
];

const CRISIS_EN = [
  'I want to die',
  'i wanna die',
  'I am thinking about suicide',
  'I just want to end it all',
  'there is no reason to live anymore',
  'I have nothing to live for',
  "I don't want to live anymore",
  "I can't go on like this",
  'everyone would be better off without me',
  'I want to kill myself',
  'I am thinking about ending my life',
  'I feel like a burden to everyone',
  "I'm scared to go home, my dad gets violent",
  'my wife says she wants to disappear',
  'i have been cutting myself again',
  'I hurt myself when I get stressed',
  'he hits me when he drinks',
  'my husband beats me',
  'my boyfriend threatened to kill me',
  'I am scared of my partner',
  'I am not safe at home',
  'my stepdad abuses my little sister',
  'my friend is not breathing',
  'she took too many pills',
  'I think it is an overdose',
  'he collapsed and is unconscious',
];

const CRISIS_OTHER = ['intihar etmek istiyorum', 'chcę umrzeć', 'хочу померти', 'أفكر في الانتحار', 'kocam beni dövüyor'];

const NOT_CRISIS = [
  'mijn moeder overleed vorig jaar',
  'ik heb een dringende vraag over huur',
  'ik kan mijn huur niet meer betalen',
  'ik kan niet meer lopen zonder rollator',
  'de gemeente reageert niet op mijn mails',
  'mijn vader sloeg me vroeger, nu wil ik praten over mijn jeugd',
  'ik moet binnen twee weken mijn huis uit',
  'ik wil stoppen met roken',
  'I need help with my rent',
  'my mother died last year and I feel lonely',
  'it is not an emergency but I would like some advice',
  'hoe vraag ik huishoudelijke hulp aan',
  'ik ben bang voor haar gezondheid',
  'mijn hond is dood en ik ben verdrietig',
  'de verhuurder heeft gedreigd met ontruiming',
  'het heeft geen zin om de gemeente te bellen',
  'ik heb vroeger huiselijk geweld meegemaakt, nu zoek ik een woning',
  'mijn moeder heeft in 2019 een beroerte gehad en heeft nu hulp nodig',
  'this debt is killing me',
  'my father is missing his medication doses',
  'ik ben bang voor de toekomst',
  'het is geen noodgeval',
];

describe('detectCrisis', () => {
  it.each(CRISIS_NL)('flags Dutch crisis: %s', (text) => expect(detectCrisis(text)).toBe(true));
  it.each(CRISIS_EN)('flags English crisis: %s', (text) => expect(detectCrisis(text)).toBe(true));
  it.each(CRISIS_OTHER)('flags crisis in other languages: %s', (text) => expect(detectCrisis(text)).toBe(true));
  it.each(NOT_CRISIS)('does not flag: %s', (text) => expect(detectCrisis(text)).toBe(false));

  it('tells suicide, violence and medical kinds apart', () => {
    expect(detectCrisisKinds('ik wil dood')).toContain('suicide');
    expect(detectCrisisKinds('hij slaat me')).toContain('violence');
    expect(detectCrisisKinds('hij ademt niet')).toContain('medical');
  });

  it('finds a crisis at the end of a very long message', () => {
    expect(detectCrisis('bla '.repeat(50_000) + 'ik wil er niet meer zijn')).toBe(true);
  });

  it('returns false for empty and emoji-only text', () => {
    expect(detectCrisis('')).toBe(false);
    expect(detectCrisis('😢😢')).toBe(false);
  });
});
