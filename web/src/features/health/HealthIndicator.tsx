import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { HEALTH_POLL_MS, HEALTH_QUERY, healthStatus } from "./health.query";
import type { HealthStatus } from "./health.query";

const STATUS_TEXT = {
  checking: "health.checking",
  connected: "health.connected",
  databaseDown: "health.databaseDown",
  unreachable: "health.unreachable",
} as const satisfies Record<HealthStatus, string>;

/** Header status: is the API up, which Neo4j, how much data, are GDS and APOC there. */
export function HealthIndicator() {
  const { t } = useTranslation();
  const { data, error } = useQuery(HEALTH_QUERY, { pollInterval: HEALTH_POLL_MS });
  const health = data?.health;
  const status = healthStatus(health, Boolean(error));

  return (
    <section className="health" aria-label={t("health.region")} data-testid="health" data-status={status}>
      <span className={`health-status health-status--${status}`} role="status" data-testid="health-status">
        <span className="health-dot" aria-hidden="true" />
        {t(STATUS_TEXT[status])}
      </span>
      {health && (
        <>
          <span className="health-item" data-testid="health-version" title={t("health.database", { database: health.database })}>
            {health.neo4jVersion ? t("health.neo4j", { version: health.neo4jVersion }) : t("health.unknownVersion")}
            {health.edition && <span className="health-edition"> {health.edition}</span>}
          </span>
          <span className="health-item" data-testid="health-counts">
            {t("health.nodes", { count: health.nodeCount })}
            <span aria-hidden="true"> · </span>
            {t("health.relationships", { count: health.relationshipCount })}
          </span>
          <Plugin name="GDS" version={health.gds} testId="health-gds" />
          <Plugin name="APOC" version={health.apoc} testId="health-apoc" />
        </>
      )}
    </section>
  );
}

function Plugin({ name, version, testId }: { name: string; version: string | null; testId: string }) {
  const { t } = useTranslation();
  const text = version ? t("health.pluginAvailable", { name, version }) : t("health.pluginMissing", { name });
  return (
    <span className={`plugin ${version ? "plugin--on" : "plugin--off"}`} data-testid={testId} title={text}>
      <span className="visually-hidden">{text}</span>
      <span aria-hidden="true">
        {name}
        {version ? ` ${version}` : " —"}
      </span>
    </span>
  );
}
