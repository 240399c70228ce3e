/**
 * The language dictionary (`GET /restapi/v1.0/dictionary/language`, LanguageList): the ids are
 * RingCentral's (Windows locale ids), `localeCode` is what manifests write. English (US) is the
 * default prompt language of a new IVR menu.
 */

export interface LanguageRecord {
  id: string;
  localeCode: string;
  name: string;
  isoCode: string;
  greeting: boolean;
  ui: boolean;
  formattingLocale: boolean;
}

const lang = (id: string, localeCode: string, name: string, ui = true): LanguageRecord => ({
  id,
  localeCode,
  name,
  isoCode: localeCode.slice(-2),
  greeting: true,
  ui,
  formattingLocale: true,
});

export const LANGUAGES: LanguageRecord[] = [
  lang('1033', 'en-US', 'English (United States)'),
  lang('2057', 'en-GB', 'English (United Kingdom)'),
  lang('3081', 'en-AU', 'English (Australia)'),
  lang('4105', 'en-CA', 'English (Canada)', false),
  lang('1031', 'de-DE', 'German (Germany)'),
  lang('3082', 'es-ES', 'Spanish (Spain)'),
  lang('1034', 'es-MX', 'Spanish (Mexico)', false),
  lang('1036', 'fr-FR', 'French (France)'),
  lang('3084', 'fr-CA', 'French (Canada)'),
  lang('1040', 'it-IT', 'Italian (Italy)'),
  lang('1041', 'ja-JP', 'Japanese (Japan)'),
  lang('1043', 'nl-NL', 'Dutch (Netherlands)'),
  lang('1046', 'pt-BR', 'Portuguese (Brazil)'),
  lang('2052', 'zh-CN', 'Chinese (Simplified)'),
];

export const DEFAULT_LANGUAGE_ID = '1033';

export function languageById(id: string): LanguageRecord | undefined {
  return LANGUAGES.find((l) => l.id === id);
}
