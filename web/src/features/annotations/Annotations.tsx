import type { Reference } from "@apollo/client";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../i18n/format";
import type { SessionUser } from "../auth/session";
import { describeFailure } from "../graph/errors";
import { ANNOTATE_MUTATION, DELETE_ANNOTATION_MUTATION, UPDATE_ANNOTATION_MUTATION } from "./annotations.query";
import type { Annotation } from "./annotations.query";
import { canAnnotate, canModify, parseTags } from "./permissions";

/** Investigators' notes on an entity: read, add, and (author or supervisor) edit and delete. */
export function Annotations({ entityId, annotations, user }: { entityId: string; annotations: readonly Annotation[]; user: SessionUser }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [annotate, { loading: adding }] = useMutation(ANNOTATE_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const visible = annotations.filter((a) => !a.deleted);

  /** Keeps the entity's cached list in step with a mutation (no refetch: reading an entity is audited). */
  const updateList = (change: (refs: readonly Reference[], ref: Reference) => readonly Reference[], annotation: Annotation) => {
    client.cache.modify({
      id: client.cache.identify({ __typename: "Entity", id: entityId }),
      fields: {
        annotations(existing, { toReference }) {
          const ref = toReference({ __typename: "Annotation", id: annotation.id });
          const refs = Array.isArray(existing) ? (existing as readonly Reference[]) : [];
          return ref ? change(refs, ref) : refs;
        },
      },
    });
  };

  const add = async (body: string, tags: string[]): Promise<boolean> => {
    setError(null);
    try {
      const { data } = await annotate({ variables: { targetId: entityId, body, tags } });
      if (data) updateList((refs, ref) => [ref, ...refs], data.annotate);
      return true;
    } catch (e) {
      setError(describeFailure(e as Error).message);
      return false;
    }
  };

  return (
    <section aria-labelledby="notes-title" data-testid="annotations">
      <h3 id="notes-title" className="visually-hidden">
        {t("notes.title")}
      </h3>
      {canAnnotate(user) && <NoteForm submitLabel={t("notes.add")} busy={adding} onSubmit={add} testId="note-new" />}
      {error && (
        <p className="form-error" role="alert" data-testid="note-error">
          {t("notes.failed", { message: error })}
        </p>
      )}
      {visible.length === 0 ? (
        <p className="muted" data-testid="notes-empty">
          {t("notes.none")}
        </p>
      ) : (
        <ul className="notes" data-testid="notes">
          {visible.map((a) =>
            editing === a.id ? (
              <li key={a.id} className="note" data-testid="note" data-id={a.id}>
                <EditNote annotation={a} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={a.id} className="note" data-testid="note" data-id={a.id}>
                <NoteView annotation={a} user={user} onEdit={() => setEditing(a.id)} onDeleted={(deleted) => updateList((refs, ref) => refs.filter((r) => r.__ref !== ref.__ref), deleted)} />
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function NoteView({ annotation, user, onEdit, onDeleted }: { annotation: Annotation; user: SessionUser; onEdit: () => void; onDeleted: (a: Annotation) => void }) {
  const { t, i18n } = useTranslation();
  const [remove, { loading }] = useMutation(DELETE_ANNOTATION_MUTATION);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mayModify = canModify(user, annotation);

  const doDelete = async () => {
    setError(null);
    try {
      const { data } = await remove({ variables: { id: annotation.id } });
      if (data) onDeleted(data.deleteAnnotation);
    } catch (e) {
      setError(describeFailure(e as Error).message);
      setConfirming(false);
    }
  };

  return (
    <>
      <p className="note-meta">
        <span className="note-author" data-testid="note-author">
          {annotation.author}
        </span>
        <span aria-hidden="true"> · </span>
        <time dateTime={annotation.createdAt}>{formatDateTime(annotation.createdAt, i18n.language)}</time>
        {annotation.version > 1 && (
          <span className="muted" title={annotation.updatedAt ? formatDateTime(annotation.updatedAt, i18n.language) : undefined}>
            {" "}
            · {t("notes.edited", { user: annotation.updatedBy ?? annotation.author })}
          </span>
        )}
      </p>
      <p className="note-body" data-testid="note-body">
        {annotation.body}
      </p>
      {annotation.tags.length > 0 && (
        <ul className="tags" aria-label={t("notes.tags")}>
          {annotation.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {mayModify && !confirming && (
        <div className="note-actions">
          <button type="button" className="link-button" onClick={onEdit} data-testid="note-edit">
            {t("notes.edit")}
          </button>
          <button type="button" className="link-button link-button--danger" onClick={() => setConfirming(true)} data-testid="note-delete">
            {t("notes.delete")}
          </button>
        </div>
      )}
      {confirming && (
        <div className="note-confirm" role="group" aria-label={t("notes.confirmDelete")}>
          <span>{t("notes.confirmDelete")}</span>
          <button type="button" className="button button--danger button--small" onClick={() => void doDelete()} disabled={loading} data-testid="note-delete-confirm" autoFocus>
            {t("notes.delete")}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => setConfirming(false)}>
            {t("notes.cancel")}
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t("notes.failed", { message: error })}
        </p>
      )}
    </>
  );
}

function EditNote({ annotation, onDone }: { annotation: Annotation; onDone: () => void }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_ANNOTATION_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const save = async (body: string, tags: string[]): Promise<boolean> => {
    setError(null);
    try {
      await update({ variables: { id: annotation.id, body, tags } }); // the cache updates the note by its id
      onDone();
      return true;
    } catch (e) {
      setError(describeFailure(e as Error).message);
      return false;
    }
  };
  return (
    <>
      <NoteForm initialBody={annotation.body} initialTags={annotation.tags.join(", ")} submitLabel={t("notes.save")} busy={loading} onSubmit={save} onCancel={onDone} testId="note-editor" autoFocus />
      {error && (
        <p className="form-error" role="alert">
          {t("notes.failed", { message: error })}
        </p>
      )}
    </>
  );
}

interface NoteFormProps {
  initialBody?: string;
  initialTags?: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: string, tags: string[]) => Promise<boolean>;
  onCancel?: () => void;
  testId: string;
  autoFocus?: boolean;
}

/** The note editor: Ctrl+Enter (⌘+Enter) saves, Esc cancels an edit. */
function NoteForm({ initialBody = "", initialTags = "", submitLabel, busy, onSubmit, onCancel, testId, autoFocus }: NoteFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initialBody);
  const [tags, setTags] = useState(initialTags);
  const [empty, setEmpty] = useState(false);
  const id = useId();

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (body.trim() === "") {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    if (await onSubmit(body.trim(), parseTags(tags))) {
      setBody("");
      setTags("");
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === "Escape") {
      event.stopPropagation(); // typing: Esc does not close the panel
    }
  };

  return (
    <form className="note-form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} data-testid={testId} noValidate>
      <label htmlFor={`${id}-body`}>{t("notes.body")}</label>
      <textarea
        id={`${id}-body`}
        className="text-input"
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? `${id}-empty` : `${id}-hint`}
        autoFocus={autoFocus}
        data-testid="note-body-input"
      />
      <label htmlFor={`${id}-tags`}>{t("notes.tagsLabel")}</label>
      <input id={`${id}-tags`} className="text-input" value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t("notes.tagsPlaceholder")} data-testid="note-tags-input" />
      {empty && (
        <p id={`${id}-empty`} className="form-error" role="alert">
          {t("notes.empty")}
        </p>
      )}
      <p id={`${id}-hint`} className="field-hint-muted">
        {t("notes.saveHint")}
      </p>
      <div className="form-actions">
        <button type="submit" className="button button--small" aria-disabled={busy || undefined} data-testid="note-submit">
          {busy ? t("notes.saving") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet button--small" onClick={onCancel}>
            {t("notes.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
