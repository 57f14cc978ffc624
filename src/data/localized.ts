/** The site's two languages; Japanese is the default locale. */
export type Locale = 'ja' | 'en';

export const LOCALES: readonly Locale[] = ['ja', 'en'];

/** A string in both languages, side by side, so neither can be forgotten. */
export type Localized = Record<Locale, string>;

/** Picks the string for a Docusaurus locale, falling back to Japanese. */
export function pick(text: Localized, locale: string): string {
  return locale === 'en' ? text.en : text.ja;
}
