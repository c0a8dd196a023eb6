import { useTranslation } from "react-i18next";
import { propertyKey, relationshipKey } from "../../i18n/keys";
import { formatCountry, formatDate, formatDateTime, formatNumber } from "../../i18n/format";
import { isListedProperty, valueStyle } from "../../schema/styling";
import type { DegreeCount, EntityDetails, EntityProperty, Provenance } from "./entity.query";

/** Properties, provenance and relationship counts of an entity (the Details tab). */
export function EntityDetailsView({ entity }: { entity: EntityDetails }) {
  const { t } = useTranslation();
  const listed = entity.properties.filter((p) => isListedProperty(p.key));
  return (
    <>
      <section aria-labelledby="entity-properties" data-testid="entity-properties">
        <h3 id="entity-properties">{t("entity.properties")}</h3>
        {listed.length === 0 ? (
          <p className="muted">{t("entity.noProperties")}</p>
        ) : (
          <dl className="facts">
            {listed.map((p) => (
              <PropertyRow key={p.key} kind={entity.kind} property={p} />
            ))}
          </dl>
        )}
      </section>
      <ProvenanceView provenance={entity.provenance} placeholder={entity.placeholder} />
      <DegreeView degree={entity.degree} total={entity.totalDegree} />
    </>
  );
}

function PropertyRow({ kind, property }: { kind: string; property: EntityProperty }) {
  const { t } = useTranslation();
  const key = propertyKey(property.key);
  return (
    <>
      <dt title={property.description ?? undefined} data-key={property.key}>
        {key ? t(key) : property.key}
      </dt>
      <dd data-testid={`property-${property.key}`}>
        <PropertyValue kind={kind} property={property} />
      </dd>
    </>
  );
}

function PropertyValue({ kind, property }: { kind: string; property: EntityProperty }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { value, values } = property;
  switch (valueStyle(kind, property.key)) {
    case "datetime":
      return <time dateTime={value} title={value}>{formatDateTime(value, language)}</time>;
    case "date":
      return <time dateTime={value}>{formatDate(value, language)}</time>;
    case "boolean":
      return <>{value === "true" ? t("entity.yes") : value === "false" ? t("entity.no") : value}</>;
    case "number":
      return <>{formatNumber(value, language)}</>;
    case "country":
      return <>{formatCountry(value, language)}</>;
    case "list":
      return values && values.length > 0 ? (
        <ul className="value-list">
          {values.map((v, i) => (
            <li key={i}>{v}</li>
          ))}
        </ul>
      ) : (
        <>{value}</>
      );
    case "json":
      return <code className="value-json">{value}</code>;
    case "longText":
      return <span className="value-text">{value}</span>;
    default:
      return <>{value}</>;
  }
}

function ProvenanceView({ provenance, placeholder }: { provenance: Provenance; placeholder: boolean }) {
  const { t, i18n } = useTranslation();
  const { sourceFile, sourceLine, batch, importBatch, createdAt, updatedAt, referencedBy } = provenance;
  return (
    <section aria-labelledby="entity-provenance" data-testid="entity-provenance">
      <h3 id="entity-provenance">{t("entity.provenance")}</h3>
      {placeholder && (
        <p className="placeholder-note" data-testid="entity-placeholder">
          <strong>{t("panel.placeholder")}</strong> {t("panel.placeholderBody")}
        </p>
      )}
      <dl className="facts">
        <dt>{t("entity.sourceFile")}</dt>
        <dd data-testid="provenance-file">
          {sourceFile ? (
            <code>
              {sourceFile}
              {sourceLine !== null ? `:${sourceLine}` : ""}
            </code>
          ) : (
            <span className="muted">{t("entity.unknown")}</span>
          )}
        </dd>
        {sourceLine !== null && (
          <>
            <dt>{t("entity.sourceLine")}</dt>
            <dd data-testid="provenance-line">{sourceLine}</dd>
          </>
        )}
        <dt>{t("entity.importBatch")}</dt>
        <dd data-testid="provenance-batch">
          {importBatch ? <code>{importBatch}</code> : <span className="muted">{t("entity.unknown")}</span>}
          {batch?.source && <span className="muted"> · {batch.source}</span>}
          {batch?.startedAt && <span className="muted"> · {formatDateTime(batch.startedAt, i18n.language)}</span>}
        </dd>
        {createdAt && (
          <>
            <dt>{t("entity.createdAt")}</dt>
            <dd>{formatDateTime(createdAt, i18n.language)}</dd>
          </>
        )}
        {updatedAt && (
          <>
            <dt>{t("entity.updatedAt")}</dt>
            <dd>{formatDateTime(updatedAt, i18n.language)}</dd>
          </>
        )}
      </dl>
      {referencedBy.length > 0 && (
        <>
          <h4>{t("entity.referencedBy")}</h4>
          <ul className="value-list" data-testid="provenance-references">
            {referencedBy.map((r) => (
              <li key={r}>
                <code>{r}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DegreeView({ degree, total }: { degree: DegreeCount[]; total: number }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  // Notes have their own tab; the table counts the relationships that `total` counts (annotations aside).
  const rows = degree.filter((d) => d.type !== "ANNOTATES").sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return (
    <section aria-labelledby="entity-degree" data-testid="entity-degree">
      <h3 id="entity-degree">{t("entity.degree", { count: total })}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t("entity.noRelationships")}</p>
      ) : (
        <table className="degree-table">
          <thead>
            <tr>
              <th scope="col">{t("entity.relationshipType")}</th>
              <th scope="col">{t("entity.direction")}</th>
              <th scope="col" className="numeric">
                {t("entity.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={`${d.type}-${d.direction}`} data-type={d.type} data-direction={d.direction}>
                <td>{t(relationshipKey(d.type))}</td>
                <td>{d.direction === "OUT" ? t("panel.outgoing") : t("panel.incoming")}</td>
                <td className="numeric">{format.format(d.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
