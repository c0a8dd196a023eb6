import { useTranslation } from "react-i18next";
import { kindColour } from "../../schema/styling";
import { kindKey } from "../../i18n/keys";

/** Kinds in view with their schema colours and counts. */
export function Legend({ counts }: { counts: ReadonlyArray<{ kind: string; count: number }> }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="legend-title">
        {t("legend.title")}
      </h2>
      <ul>
        {counts.map(({ kind, count }) => (
          <li key={kind} data-kind={kind}>
            <span className="swatch" style={{ background: kindColour(kind) }} aria-hidden="true" />
            <span className="legend-kind">{t(kindKey(kind))}</span>
            <span className="legend-count">{format.format(count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
