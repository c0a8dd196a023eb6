// i18next set-up: one JSON file per locale (web/src/locales), bundled (they are small). The chosen language is
// kept in localStorage; on a first visit the browser's language decides. web/scripts/i18n-check.ts fails on
// missing or unused keys.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en.json";
import ja from "../locales/ja.json";
import { DEFAULT_LANGUAGE, LANGUAGES, initialLanguage } from "./languages";
import type { Language } from "./languages";

export { LANGUAGES, DEFAULT_LANGUAGE, isLanguage, initialLanguage } from "./languages";
export type { Language } from "./languages";

const STORAGE_KEY = "ariadne.language";

export const resources = { en: { translation: en }, ja: { translation: ja } } as const;

function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled (privacy settings): fall back to the browser language
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // not persisted; the choice still applies to this page
  }
}

export function setupI18n(): typeof i18next {
  const lng = initialLanguage(readStoredLanguage(), globalThis.navigator?.languages ?? []);
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  const sync = (language: string) => {
    if (typeof document === "undefined") return;
    document.documentElement.lang = language;
    document.title = i18next.t("app.documentTitle");
  };
  sync(i18next.language);
  i18next.on("languageChanged", sync);
  return i18next;
}
