import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { formatDateTime } from "../../i18n/format";
import type { FlaggedMessage, PatrolEvidence, PatrolLabel } from "./patrol.query";
import { highlightParts, topEvidence } from "./patrol";

export function labelText(t: TFunction, label: PatrolLabel): string {
  switch (label) {
    case "DRUG_SALE":
      return t("patrol.label.DRUG_SALE");
    case "RECRUITMENT":
      return t("patrol.label.RECRUITMENT");
    case "NONE":
      return t("patrol.label.NONE");
  }
}

export function LabelBadge({ label, score }: { label: PatrolLabel; score?: number }) {
  const { t, i18n } = useTranslation();
  return (
    <span className={`patrol-badge patrol-badge--${label}`} data-testid="patrol-label" data-label={label}>
      {labelText(t, label)}
      {score !== undefined && <span className="patrol-badge-score">{new Intl.NumberFormat(i18n.language, { style: "percent" }).format(score)}</span>}
    </span>
  );
}

export function EvidenceList({ evidence, max, testId = "patrol-evidence" }: { evidence: readonly PatrolEvidence[]; max?: number; testId?: string }) {
  const { t, i18n } = useTranslation();
  const shown = topEvidence([...evidence], max ?? evidence.length);
  if (shown.length === 0) return <p className="muted patrol-evidence-none">{t("patrol.noEvidence")}</p>;
  return (
    <ul className="patrol-evidence" aria-label={t("patrol.evidence")} data-testid={testId}>
      {shown.map((e) => (
        <li key={`${e.kind}:${e.feature}`} className="patrol-evidence-item">
          <code className="patrol-feature">{e.feature}</code>
          {e.gloss && <span className="patrol-gloss">{e.gloss}</span>}
          <span className="patrol-weight" title={t("patrol.weight")}>
            +{new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(e.weight)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A flagged post: label and score, who sent it and when, the text with identifiers highlighted, the evidence. */
export function PostView({ message, highlight }: { message: FlaggedMessage; highlight: readonly string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="patrol-post">
      <div className="patrol-post-meta">
        <LabelBadge label={message.label} score={message.score} />
        <span className="muted">
          {message.sender?.handle ?? t("patrol.unknownSender")}
          {message.platform ? ` · ${message.platform}` : ""}
          {message.sentAt ? ` · ${formatDateTime(message.sentAt, i18n.language)}` : ""}
        </span>
      </div>
      <p className="patrol-text" lang={message.lang ?? undefined}>
        {highlightParts(message.text, highlight).map((part, i) =>
          part.match ? (
            <mark key={i} className="patrol-identifier" data-testid="patrol-identifier">
              {part.text}
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
      <EvidenceList evidence={message.evidence} max={4} />
    </div>
  );
}
