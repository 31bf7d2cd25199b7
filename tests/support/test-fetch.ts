import { Agent, setGlobalDispatcher } from "undici";

// The tests' fetch closes a connection idle for 1 s, as the README's proxies do (4 s): well before
// the site's 5 s keep-alive timeout. Node's fetch keeps it 3 s by default, so a test process
// stalled for 2 s on a loaded machine could send a request on a connection the site was closing,
// and see it reset (a POST in tests/integration/worker-outage.test.ts, once in CI at a load
// average of 16). A browser sends such a request again; Node's fetch does not.
setGlobalDispatcher(new Agent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000 }));
