import { useTranslation } from "react-i18next";
import { LANGUAGES, storeLanguage } from "./index";
import { languageKey } from "./keys";
import type { Language } from "./index";

/** Two toggle buttons, each naming its language in that language (users find their own language). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const choose = (language: Language) => {
    storeLanguage(language);
    void i18n.changeLanguage(language);
  };
  return (
    <div className="language-switcher" role="group" aria-label={t("language.label")}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="toggle"
          aria-pressed={current === language}
          data-testid={`language-${language}`}
          onClick={() => choose(language)}
        >
          {t(languageKey(language))}
        </button>
      ))}
    </div>
  );
}
