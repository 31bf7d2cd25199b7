/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Off: the whole route manifest ships with the page (a few KB for this site). With lazy
    // discovery, a fetcher (the commune suggestions) racing a navigation (the search form)
    // could not find its route and the page showed a 404 (remix-run/react-router#13114).
    v3_lazyRouteDiscovery: false,
    v3_singleFetch: true,
  },
};
