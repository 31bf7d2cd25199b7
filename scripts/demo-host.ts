/**
 * The address the demo listens on: this machine only, unless HOST says otherwise. A demo has an
 * admin, demo data and test-mode payments; on every interface, anyone on the same network (a café's
 * Wi-Fi) could use it. Showing it to others is a choice (README, "The demo listens on this machine only").
 */
export function demoHost(host: string | undefined) {
  return host || "127.0.0.1";
}
