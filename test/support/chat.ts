/** A resident on the chat API over real HTTP, for tests that need a case made the way residents make them. */

export const REFERENCE = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;
/** What a resident in a hurry answers after their story, step by step. */
export const HURRIED_ANSWERS = ['3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '06 12345678'];

export interface ChatReply {
  session: string;
  replies: { text: string; choices?: string[] }[];
}

export async function chat(baseUrl: string, session: string | undefined, text: string): Promise<ChatReply> {
  const res = await fetch(`${baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text }) });
  return (await res.json()) as ChatReply;
}

/** From the greeting to a reference: the story, then the hurried answers until a reference shows. */
export async function chatIntake(baseUrl: string, words: string): Promise<{ session: string; reference: string }> {
  let { session } = await chat(baseUrl, undefined, '');
  for (const text of [words, ...HURRIED_ANSWERS]) {
    const body = await chat(baseUrl, session, text);
    session = body.session;
    const reference = body.replies.map((r) => r.text).join('\n').match(REFERENCE)?.[0];
    if (reference) return { session, reference };
  }
  throw new Error('no reference after the whole intake');
}
