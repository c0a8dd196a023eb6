import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { kindKey } from "../../i18n/keys";
import { kindColour } from "../../schema/styling";
import { describeFailure } from "../graph/errors";
import type { EntityRef } from "../search/search.query";
import { COMMON_NEIGHBOURS_QUERY } from "./commonNeighbours.query";

/** Entities linked to every selected one (directly or through one message, payment, shipment or arrest). */
export function CommonNeighbours({ ids, onShow, isOnCanvas }: { ids: readonly string[]; onShow: (ref: EntityRef) => void; isOnCanvas: (id: string) => boolean }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(COMMON_NEIGHBOURS_QUERY, { variables: { ids: [...ids] } });
  if (loading && !data) return <p className="muted">{t("common.loading")}</p>;
  if (error) return <p className="form-error" role="alert">{t("common.failed", { message: describeFailure(error).message })}</p>;
  const refs = data?.commonNeighbours ?? [];
  if (refs.length === 0) return <p className="muted" data-testid="common-none">{t("common.none")}</p>;
  return (
    <ul className="relationships" data-testid="common-neighbours">
      {refs.map((r) => (
        <li key={r.id} className="common-row">
          <button type="button" className="link-button" onClick={() => onShow(r)} aria-label={t("common.show", { caption: r.caption })}>
            <span className="swatch" style={{ background: kindColour(r.kind) }} aria-hidden="true" />
            {r.caption}
          </button>
          <span className="rel-type">
            {t(kindKey(r.kind))} · {t("common.links", { count: r.score })}
            {isOnCanvas(r.id) ? ` · ${t("search.onCanvas")}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
