// nlp.js ships no types; only what the NLU benchmark's baseline uses.
declare module '@nlpjs/core' {
  export function containerBootstrap(settings?: Record<string, unknown>): Promise<{ use(plugin: unknown): void; get(name: 'nlp'): NlpjsNlp }>;
  export interface NlpjsNlp {
    settings: Record<string, unknown>;
    addLanguage(lang: string): void;
    addDocument(lang: string, text: string, intent: string): void;
    train(): Promise<void>;
    process(lang: string, text: string): Promise<{ intent: string; score: number }>;
  }
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-nl' {
  export const LangNl: unknown;
}
declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
