/**
 * `GET /privacy`: the short privacy statement residents read, in plain Dutch (B1) with English
 * below it. Built from the pool (who is responsible, the front desk) and the retention settings,
 * so the page never promises another period than Naast keeps. docs/privacy.md holds the same text.
 */
import express, { type Router } from 'express';
import { escapeHtml } from '../../src/handoff/handoff-mail.js';
import type { Pool } from '../../src/pool/pool-schema.js';

/** What the statement needs to know; the rest is the same for every municipality. */
export interface PrivacyFacts {
  pool: Pick<Pool, 'municipality' | 'frontDesk'>;
  /** Days after which a conversation that passed nothing on is deleted (RETENTION_DAYS). */
  retentionDays: number;
  /** Days a case is kept after it ends (CASE_RETENTION_DAYS); undefined: one year. */
  caseRetentionDays: number | undefined;
}

/** A paragraph, or a list when it is an array. */
type Block = string | string[];
interface Section {
  heading: string;
  blocks: Block[];
}
/** The statement in one language. */
export interface PrivacyStatement {
  title: string;
  intro: string;
  sections: Section[];
}

const AP_URL = 'https://autoriteitpersoonsgegevens.nl';

function period(days: number | undefined, lang: 'nl' | 'en'): string {
  if (days === undefined || days === 365) return lang === 'nl' ? 'een jaar' : 'one year';
  return lang === 'nl' ? `${days} dagen` : `${days} days`;
}

/** The statement in plain Dutch (B1): short sentences, "je", no officialese. */
export function statementNl(f: PrivacyFacts): PrivacyStatement {
  const m = f.pool.municipality;
  const desk = f.pool.frontDesk;
  const call = `${desk.name.nl}: ${desk.phone} (${desk.hours.nl})`;
  return {
    title: 'Privacy: wat Naast met je gegevens doet',
    intro: `Naast is de chat van de cliëntondersteuning in ${m}. Hier lees je wat we met je gegevens doen. En wat je rechten zijn.`,
    sections: [
      { heading: 'Wie gaat over je gegevens?', blocks: [`De gemeente ${m} gaat over Naast. Dus ook over je gegevens.`] },
      {
        heading: 'Wat bewaren we?',
        blocks: [
          [
            'Je vraag, in je eigen woorden.',
            'Je antwoorden op de vragen van Naast.',
            'De onderwerpen van je vraag. Bijvoorbeeld wonen of geld.',
            'Welke organisatie je kiest.',
            'Hoe we je kunnen bereiken, als je dat wilt. Bijvoorbeeld je telefoonnummer.',
            'Wanneer je ja zei, en op welke vraag.',
          ],
          'We vragen niet meer dan nodig is. Je naam hoef je niet te geven.',
        ],
      },
      {
        heading: 'Waarom bewaren we dat?',
        blocks: [
          'Alleen om je vraag door te geven aan een cliëntondersteuner. Dat doen we pas als jij ja zegt.',
          'We tellen ook hoeveel vragen er zijn, per onderwerp. In die tellingen staat niet wie je bent.',
        ],
      },
      {
        heading: 'Met wie delen we je gegevens?',
        blocks: [
          'Alleen met de organisatie die jij kiest. En pas nadat je ja zei.',
          'We verkopen je gegevens niet. We gebruiken ze niet voor reclame.',
          'De computers van Naast staan bij een bedrijf dat voor de gemeente werkt. Dat bedrijf mag je gegevens niet zelf gebruiken.',
        ],
      },
      {
        heading: 'Chat je via WhatsApp, Telegram, Teams of e-mail?',
        blocks: [
          'Dan gaan je berichten ook via dat bedrijf. Bijvoorbeeld Meta bij WhatsApp, of Microsoft bij Teams.',
          'Die bedrijven hebben eigen regels over privacy. Wil je dat liever niet? Gebruik dan de chat op deze website.',
        ],
      },
      {
        heading: 'Hoe lang bewaren we je gegevens?',
        blocks: [
          [
            `Geef je niets door? Dan wissen we alles na ${period(f.retentionDays, 'nl')}.`,
            `Geef je je vraag wel door? Dan bewaren we die tot de hulp klaar is. Daarna nog ${period(f.caseRetentionDays, 'nl')}. Dan wissen we alles.`,
          ],
          'De chat op deze website gebruikt geen cookies. Je browser onthoudt het gesprek tot je het tabblad sluit.',
        ],
      },
      {
        heading: 'Wat mag je?',
        blocks: [
          'Je mag altijd vragen welke gegevens we van je hebben. Je mag ze laten aanpassen. En je mag ze laten wissen.',
          'Wissen kan zelf. Typ in de chat: verwijder mijn gegevens. Naast vraagt of je het zeker weet. Daarna wissen we je gesprek en je gegevens.',
          'Heeft een organisatie je vraag al? Dan vragen we die organisatie om je gegevens ook te wissen.',
          `Je kunt ook bellen met ${call}.`,
        ],
      },
      {
        heading: 'Niet tevreden?',
        blocks: [
          `Vind je dat we niet goed met je gegevens omgaan? Zeg het ons. Bel ${call}.`,
          `Je mag ook klagen bij de Autoriteit Persoonsgegevens. Kijk op ${AP_URL}.`,
        ],
      },
    ],
  };
}

/** The same statement in English, a full twin. */
export function statementEn(f: PrivacyFacts): PrivacyStatement {
  const m = f.pool.municipality;
  const desk = f.pool.frontDesk;
  const call = `${desk.name.en}: ${desk.phone} (${desk.hours.en})`;
  return {
    title: 'Privacy: what Naast does with your data',
    intro: `Naast is the chat of the client support service in ${m}. Here you can read what we do with your data, and what your rights are.`,
    sections: [
      { heading: 'Who is in charge of your data?', blocks: [`The municipality of ${m} is in charge of Naast, and so of your data.`] },
      {
        heading: 'What do we keep?',
        blocks: [
          [
            'Your question, in your own words.',
            "Your answers to Naast's questions.",
            'The topics of your question, for example housing or money.',
            'Which organisation you choose.',
            'How we can reach you, if you want to tell us. For example your phone number.',
            'When you said yes, and to which question.',
          ],
          'We ask no more than we need. You do not have to give your name.',
        ],
      },
      {
        heading: 'Why do we keep it?',
        blocks: [
          'Only to pass your question on to a client supporter. We only do that when you say yes.',
          'We also count how many questions there are, per topic. These counts do not show who you are.',
        ],
      },
      {
        heading: 'Who do we share your data with?',
        blocks: [
          'Only with the organisation you choose, and only after you said yes.',
          'We never sell your data. We do not use it for adverts.',
          "Naast's computers are at a company that works for the municipality. That company may not use your data for itself.",
        ],
      },
      {
        heading: 'Do you chat on WhatsApp, Telegram, Teams or by e-mail?',
        blocks: [
          'Then your messages also pass through that company. For example Meta for WhatsApp, or Microsoft for Teams.',
          'These companies have their own privacy rules. If you would rather avoid that, use the chat on this website.',
        ],
      },
      {
        heading: 'How long do we keep your data?',
        blocks: [
          [
            `If you pass nothing on, we delete everything after ${period(f.retentionDays, 'en')}.`,
            `If you pass your question on, we keep it until the support has ended. After that, we keep it ${period(f.caseRetentionDays, 'en')} longer. Then we delete everything.`,
          ],
          'The chat on this website uses no cookies. Your browser remembers the conversation until you close the tab.',
        ],
      },
      {
        heading: 'What are your rights?',
        blocks: [
          'You may always ask which data we have about you. You may have it corrected, and you may have it deleted.',
          'You can delete it yourself. Type in the chat: delete my data. Naast asks if you are sure. Then we delete your conversation and your data.',
          'Does an organisation already have your question? Then we ask that organisation to delete your data too.',
          `You can also call ${call}.`,
        ],
      },
      {
        heading: 'Not happy?',
        blocks: [
          `Do you think we do not handle your data well? Tell us. Call ${call}.`,
          `You may also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens). See ${AP_URL}.`,
        ],
      },
    ],
  };
}

/** Escapes, then makes the statement's own https addresses links (never anything a user typed). */
const linked = (text: string) => escapeHtml(text).replace(/https:\/\/[a-z0-9.-]+[a-z]/g, (u) => `<a href="${u}">${u.replace('https://', '')}</a>`);

function blockHtml(block: Block): string {
  return typeof block === 'string' ? `<p>${linked(block)}</p>` : `<ul>${block.map((item) => `<li>${linked(item)}</li>`).join('')}</ul>`;
}

function articleHtml(s: PrivacyStatement, lang: 'nl' | 'en'): string {
  const sections = s.sections.map((sec) => `<section><h2>${escapeHtml(sec.heading)}</h2>${sec.blocks.map(blockHtml).join('')}</section>`).join('\n');
  const heading = lang === 'nl' ? `<h1>${escapeHtml(s.title)}</h1>` : `<h1 class="en-title">${escapeHtml(s.title)}</h1>`;
  return `<article lang="${lang}" id="${lang}">${heading}<p class="intro">${escapeHtml(s.intro)}</p>\n${sections}</article>`;
}

/** The whole page: Dutch first, English below; no script, one stylesheet of our own. */
export function privacyPageHtml(f: PrivacyFacts): string {
  const nl = statementNl(f);
  const en = statementEn(f);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(nl.title)}</title>
<link rel="stylesheet" href="privacy.css">
</head>
<body>
<nav class="top"><a href="./">Terug naar de chat</a> · <a href="#en" lang="en">Read this in English</a></nav>
<main>
${articleHtml(nl, 'nl')}
${articleHtml(en, 'en')}
</main>
<footer><a href="./">Terug naar de chat</a> · <a href="./" lang="en">Back to the chat</a></footer>
</body>
</html>
`;
}

/** The statement as Markdown, for docs/privacy.md: the same words as the page. */
export function privacyMarkdown(s: PrivacyStatement): string {
  const block = (b: Block) => (typeof b === 'string' ? b : b.map((item) => `- ${item}`).join('\n'));
  return [`### ${s.title}`, s.intro, ...s.sections.flatMap((sec) => [`#### ${sec.heading}`, ...sec.blocks.map(block)])].join('\n\n');
}

/** Serves `GET /privacy`, read from the live pool and settings at each request. */
export function createPrivacyRouter(facts: PrivacyFacts): Router {
  const router = express.Router();
  router.get('/privacy', (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(privacyPageHtml(facts));
  });
  return router;
}
