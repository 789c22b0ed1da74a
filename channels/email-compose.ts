/** An answer's body: the core's replies as plain text (choices as a numbered list) and as simple, readable HTML. */
import type { Outbound } from '../src/core/messages.js';
import { renderAsText } from './channel.js';

/** What only this channel says; the dialog's own texts come from the dialog files. */
export const EMAIL_TEXTS = {
  numberHint: 'Antwoord met het nummer. / Reply with the number.',
  attachments:
    'Ik kan bijlagen (zoals foto’s of documenten) niet bekijken en ik bewaar ze niet. Ik lees alleen de tekst van je e-mail.\n\n' +
    'I cannot look at attachments (such as photos or documents) and I do not keep them. I only read the text of your e-mail.',
  tooBig: (mb: number) =>
    `Je e-mail was te groot voor mij (meer dan ${mb} MB), waarschijnlijk door een bijlage. Ik heb hem niet gelezen. ` +
    'Stuur je vraag nog een keer, alleen als tekst, zonder bijlagen.\n\n' +
    `Your e-mail was too large for me (over ${mb} MB), probably because of an attachment. I have not read it. ` +
    'Please send your question again as text only, without attachments.',
};

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text and HTML of one answer; `before` are channel texts said first. */
export function composeBody(replies: Outbound[], before: string[] = []): { text: string; html: string } {
  const parts = [...before, ...replies.map(renderAsText)].map((p) => p.trim()).filter((p) => p !== '');
  if (replies.some((r) => r.kind === 'choices' && r.choices.length > 0)) parts.push(EMAIL_TEXTS.numberHint);
  const text = parts.join('\n\n');
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 1em">${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
  const html = `<!doctype html><html><body><div style="font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#111">\n${paragraphs}\n</div></body></html>`;
  return { text, html };
}
