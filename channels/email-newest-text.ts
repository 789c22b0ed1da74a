/**
 * The newest text of an e-mail reply: what the resident wrote this time, without the history their
 * mail program quoted below it and without their signature. Only this reaches the core.
 */

/** "Op di 3 nov 2026 om 10:12 schreef Naast <…>:", "On Tue, … Naast wrote:", Apple's "… het volgende geschreven:". */
const ATTRIBUTION_START = /^\s*(op|on|am|le|el|il|den)\s/i;
const ATTRIBUTION_END = /\b(schreef|wrote|geschreven|schrieb|geschrieben|a écrit|escribió|ha scritto)\b[^:]{0,120}:\s*$/i;
/** Mail programs put a time or an address in it; a resident's own "Op maandag schreef de gemeente:" has neither. */
const ATTRIBUTION_DETAIL = /\d{1,2}[:.]\d{2}|@/;

/** Where forwarded or Outlook-quoted history starts; nothing below it is prefixed with "> ". */
const HISTORY_MARKERS = [
  /^\s*-{2,}\s*(original message|oorspronkelijk bericht|origineel bericht|forwarded message|doorgestuurd bericht|ursprüngliche nachricht|message d'origine)\s*-{2,}\s*$/i,
  /^\s*begin (forwarded message|doorgestuurd bericht)\s*:/i,
];
/** Outlook's header block: "Van: …" with "Verzonden: …" (or From/Sent, Date) within a few lines. */
const OUTLOOK_FROM = /^\s*\*?(van|from|von|de)\s*:\*?\s/i;
const OUTLOOK_NEXT = /^\s*\*?(verzonden|sent|datum|date|gesendet|envoyé)\s*:\*?\s/i;

/** A signature starts here; the rest of the mail is not the resident's message. */
const SIGNATURES = [
  /^--$/,
  /^(verzonden|verstuurd|gestuurd|sent|gesendet|envoyé|enviado)\s+(vanaf|vanuit|van|met|via|from|with|using|von|mit|depuis)\s.{1,60}$/i,
  /^(get|download) outlook for\s/i,
  /^outlook voor (ios|android)/i,
];

/** A closing greeting; with the name and address lines under it, it is cut when near the end. */
const SIGN_OFF = /^((met )?(vriendelijke|hartelijke|lieve|beste|warme)\s+groet(en)?|groet(en|jes)?|gr\.?|mvg|m\.v\.g\.|(kind|best|warm)\s+regards|regards|best( wishes)?|cheers|liefs)\s*[,.!]?$/i;
/** How many lines a sign-off may have under it: a name, an address, a phone number. */
const SIGN_OFF_TAIL = 5;

/** Lines that only separate (dashes, underscores): left over above a cut history block. */
const SEPARATOR = /^[\s\-_=*]*$/;

/** The resident's newest words in a (plain-text or HTML-converted) mail body. */
export function newestText(body: string): string {
  let lines = body.replace(/\r\n?/g, '\n').split('\n');
  lines = lines.slice(0, historyStart(lines));
  lines = withoutQuotes(lines);
  const signature = lines.findIndex((l) => SIGNATURES.some((re) => re.test(l.trim())));
  if (signature >= 0) lines = lines.slice(0, signature);
  const filled = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const signOff = filled.slice(-(SIGN_OFF_TAIL + 1)).find((i) => i > 0 && SIGN_OFF.test(lines[i]!.trim()));
  if (signOff !== undefined) lines = lines.slice(0, signOff);
  while (lines.length > 0 && SEPARATOR.test(lines.at(-1)!)) lines.pop();
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The first line of history that is not marked with "> ": an Outlook block, a forward, or unprefixed quoting. */
function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('>')) continue;
    if (HISTORY_MARKERS.some((re) => re.test(line))) return i;
    if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => OUTLOOK_NEXT.test(l))) return i;
    // Followed by "> " lines, the quote is removed line by line (so bottom-posted text survives);
    // followed by plain text, everything from here on is history, if a mail program surely wrote it.
    const attribution = attributionAt(lines, i, true);
    if (attribution > 0 && !nextTextIsQuoted(lines, i + attribution)) return i;
  }
  return lines.length;
}

/**
 * How many lines (1–3) an attribution starting at `i` spans, or 0. Mail programs wrap it. `strict`
 * asks for a time or an address in it, for when no "> " quote below confirms it.
 */
function attributionAt(lines: string[], i: number, strict: boolean): number {
  if (!ATTRIBUTION_START.test(lines[i]!)) return 0;
  let joined = '';
  for (let n = 1; n <= 3 && i + n - 1 < lines.length; n++) {
    joined = `${joined} ${lines[i + n - 1]!.trim()}`.trim();
    if (joined.length > 400) return 0;
    if (ATTRIBUTION_END.test(joined)) return !strict || ATTRIBUTION_DETAIL.test(joined) ? n : 0;
  }
  return 0;
}

function nextTextIsQuoted(lines: string[], from: number): boolean {
  const next = lines.slice(from).find((l) => l.trim() !== '');
  return next?.startsWith('>') ?? true;
}

/** Drops "> " lines and the attribution lines that introduce them. */
function withoutQuotes(lines: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('>')) continue;
    const attribution = attributionAt(lines, i, false);
    if (attribution > 0 && nextTextIsQuoted(lines, i + attribution)) {
      i += attribution - 1;
      continue;
    }
    kept.push(line);
  }
  return kept;
}
