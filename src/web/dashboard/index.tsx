import { lazy, Suspense } from "react";
import type { ApiClient } from "../api/client.ts";
import { useI18n } from "../i18n/i18n.tsx";

// The charts library is large and only operators open this screen, so it loads on first visit.
const DashboardScreenLazy = lazy(async () => ({
  default: (await import("./dashboard-screen.tsx")).DashboardScreen,
}));

/** The operator dashboard, loaded on demand with its charts. */
export function Dashboard({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <main className="page">
          <p>{t("dashboard.loading")}</p>
        </main>
      }
    >
      <DashboardScreenLazy api={api} />
    </Suspense>
  );
}
