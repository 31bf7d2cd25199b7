// What the root loader (app/root.tsx) gives every page, for the components that read it.
import { useRouteLoaderData } from "@remix-run/react";
import type { Lang } from "./i18n";

export type RootData = {
  lang: Lang;
  /** The page's path and query, where the language switch comes back to. */
  path: string;
  /** The site's public origin (PUBLIC_URL): canonical URLs and link previews are absolute. */
  origin: string;
  /** When this page was shown, signed: public forms carry it (app/utils/form-guard.server.ts). */
  formGuard: string;
};

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<RootData>("root");
}
