import { useMutation } from "@apollo/client/react";
import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { LOGIN_MUTATION } from "./login.mutation";
import { describeLoginError, problemField, validateLogin } from "./loginErrors";
import type { LoginProblem } from "./loginErrors";
import { loggedIn } from "./session";
import type { LoginNotice } from "./session";
import { useSessionStore } from "./SessionContext";

/**
 * The login form. Keyboard first: focus starts in the first field that needs typing, Enter submits, a
 * problem moves focus to the field it is about and is announced (role="alert"); Caps Lock is pointed out.
 */
export function LoginScreen({ notice }: { notice: LoginNotice | null }) {
  const { t } = useTranslation();
  const store = useSessionStore();
  const [login, { loading }] = useMutation(LOGIN_MUTATION);
  const [username, setUsername] = useState(notice?.username ?? "");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const [problem, setProblem] = useState<LoginProblem | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = { error: useId(), caps: useId(), notice: useId() };

  useEffect(() => {
    (notice?.username ? passwordRef : usernameRef).current?.focus();
  }, [notice]);

  const focusField = (field: "username" | "password" | null) => {
    const input = field === "username" ? usernameRef.current : field === "password" ? passwordRef.current : null;
    input?.focus();
    input?.select();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const invalid = validateLogin(username, password);
    if (invalid) {
      setProblem(invalid);
      focusField(problemField(invalid));
      return;
    }
    setProblem(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      if (data) store.update(loggedIn({ token: data.login.token, expiresAt: data.login.expiresAt, user: data.login.user }));
    } catch (error) {
      const found = describeLoginError(error as Error);
      setProblem(found);
      if (found.kind === "wrongCredentials") setPassword("");
      focusField(problemField(found));
    }
  };

  const onPasswordKey = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState("CapsLock"));
  const invalidField = problemField(problem);
  const describedBy = (field: "username" | "password") =>
    [invalidField === field ? ids.error : null, field === "password" && capsLock ? ids.caps : null].filter(Boolean).join(" ") || undefined;

  return (
    <main className="login-page" data-testid="login-screen">
      <section className="login-card" aria-labelledby="login-title">
        <h2 id="login-title" className="login-title">
          {t("login.title")}
        </h2>
        <p className="login-intro">{t("login.intro")}</p>
        {notice && !problem && (
          <p id={ids.notice} className={`login-notice login-notice--${notice.reason}`} role="status" data-testid="login-notice" data-reason={notice.reason}>
            {notice.reason === "expired" ? t("login.sessionExpired") : t("login.loggedOut")}
          </p>
        )}
        <form className="login-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby={notice && !problem ? ids.notice : undefined}>
          <label htmlFor="login-username">{t("login.username")}</label>
          <input
            ref={usernameRef}
            id="login-username"
            name="username"
            className="text-input"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={invalidField === "username" || undefined}
            aria-describedby={describedBy("username")}
            data-testid="login-username"
          />
          <label htmlFor="login-password">{t("login.password")}</label>
          <div className="password-field">
            <input
              ref={passwordRef}
              id="login-password"
              name="password"
              className="text-input"
              type={showPassword ? "text" : "password"}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              onKeyDown={onPasswordKey}
              onKeyUp={onPasswordKey}
              aria-invalid={invalidField === "password" || undefined}
              aria-describedby={describedBy("password")}
              data-testid="login-password"
            />
            <button
              type="button"
              className="reveal-button"
              aria-pressed={showPassword}
              aria-controls="login-password"
              onClick={() => setShowPassword((v) => !v)}
            >
              {showPassword ? t("login.hidePassword") : t("login.showPassword")}
            </button>
          </div>
          {capsLock && (
            <p id={ids.caps} className="field-hint" data-testid="login-capslock">
              {t("login.capsLock")}
            </p>
          )}
          {problem && (
            <p id={ids.error} className="form-error" role="alert" data-testid="login-error" data-kind={problem.kind}>
              <LoginProblemText problem={problem} />
            </p>
          )}
          <button type="submit" className="button login-submit" aria-disabled={loading || undefined} data-testid="login-submit">
            {loading ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
      </section>
    </main>
  );
}

function LoginProblemText({ problem }: { problem: LoginProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case "missingUsername":
      return t("login.error.missingUsername");
    case "missingPassword":
      return t("login.error.missingPassword");
    case "wrongCredentials":
      return t("login.error.wrongCredentials");
    case "lockedOut":
      return t("login.error.lockedOut");
    case "databaseUnavailable":
      return t("login.error.databaseUnavailable");
    case "unreachable":
      return t("login.error.unreachable");
    case "other":
      return t("login.error.other", { message: problem.message });
  }
}
