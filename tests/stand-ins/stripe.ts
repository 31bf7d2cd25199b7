// A local stand-in for the few Stripe API endpoints the site uses, for the real SDK (host, port,
// protocol "http"): Checkout Sessions (create, retrieve), subscriptions and invoices (retrieve),
// billing portal sessions (create). It records every request with its Idempotency-Key, answers a
// repeated key with the first response (as Stripe does), and lets tests play the payer:
// complete a session, issue a monthly invoice, and build signed webhook events.
// With `webhookUrl` it is also the demo's Checkout: /checkout/<id> is a page clearly labelled
// "mode test" where the visitor pays (the session completes, the signed events Stripe would send
// are delivered to the site, then the browser goes to success_url) or cancels (cancel_url).
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

export type StripeRecordedRequest = { method: string; path: string; idempotencyKey?: string; body: Record<string, unknown> };
type StripeObject = Record<string, unknown> & { id: string; object: string };

/** Stripe's form encoding ("line_items[0][price_data][currency]=eur") back into objects. */
export function parseStripeForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, "").split("[");
    let node = root as Record<string, unknown>;
    path.forEach((part, index) => {
      if (index === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}

const escapeHtml = (value: unknown) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The test-mode Checkout page: French or English after the session's locale. */
function checkoutPage(session: Record<string, unknown>, { error = "" } = {}) {
  const en = session.locale === "en";
  const amount = new Intl.NumberFormat(en ? "en-GB" : "fr-FR", { style: "currency", currency: "EUR" }).format(Number(session.amount_total) / 100);
  const monthly = session.mode === "subscription";
  const t = en
    ? {
        title: "Test-mode payment",
        banner: "Test mode: no real payment. This page stands in for Stripe Checkout in the demo.",
        what: monthly ? `${amount} a month` : `${amount}, once`,
        email: "Email address",
        pay: `Pay ${amount}`,
        cancel: "Cancel and go back to the site",
        error: "Enter an email address.",
      }
    : {
        title: "Paiement en mode test",
        banner: "Mode test : aucun paiement réel. Cette page remplace Stripe Checkout pendant la démonstration.",
        what: monthly ? `${amount} par mois` : `${amount}, une fois`,
        email: "Adresse électronique",
        pay: `Payer ${amount}`,
        cancel: "Annuler et revenir au site",
        error: "Indiquez une adresse électronique.",
      };
  const done = session.status !== "open";
  return `<!doctype html><html lang="${en ? "en" : "fr"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a}main{max-width:32rem;margin:0 auto;padding:1rem}
.banner{background:#fff3c4;border:2px solid #8a6d00;padding:.75rem;border-radius:.25rem;font-weight:600}
label{display:block;font-weight:600;margin-top:1rem}input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #555}
button{font:inherit;margin-top:1rem;padding:.6rem 1.2rem;background:#1a4dab;color:#fff;border:0;border-radius:.25rem;cursor:pointer}
a{color:#1a4dab}:focus-visible{outline:3px solid #1a4dab;outline-offset:2px}.error{color:#a40000;font-weight:600}#session{font-size:.85rem;color:#555;word-break:break-all}</style></head>
<body><main><p class="banner" role="note">${escapeHtml(t.banner)}</p><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.what)}</p>
${
  done
    ? ""
    : `<form method="post" action="/checkout/${escapeHtml(session.id)}/pay" novalidate>
${error ? `<p class="error" id="email-error">${escapeHtml(t.error)}</p>` : ""}<label for="email">${escapeHtml(t.email)}</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(session.customer_email ?? "")}"${error ? ' aria-invalid="true" aria-describedby="email-error" autofocus' : ""}>
<button type="submit">${escapeHtml(t.pay)}</button></form>`
}
<p><a href="${escapeHtml(session.cancel_url)}">${escapeHtml(t.cancel)}</a></p><p id="session">${escapeHtml(session.id)}</p></main></body></html>`;
}

export async function startStripeStandIn({ port = 0, webhookSecret = "whsec_test_stand_in", webhookUrl = "" } = {}) {
  const requests: StripeRecordedRequest[] = [];
  const objects = new Map<string, StripeObject>();
  const idempotent = new Map<string, unknown>();
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}_test_${Date.now().toString(36)}${(++counter).toString(36)}`;
  let base = "";

  function createSession(params: Record<string, unknown>): StripeObject {
    const id = nextId("cs");
    const lineItems = params.line_items as Record<string, { price_data: { unit_amount: string } }>;
    const subscriptionData = params.subscription_data as { metadata?: Record<string, string> } | undefined;
    const session: StripeObject = {
      id,
      object: "checkout.session",
      mode: params.mode,
      locale: params.locale ?? null,
      client_reference_id: params.client_reference_id ?? null,
      metadata: params.metadata ?? {},
      url: `${base}/checkout/${id}`,
      success_url: params.success_url,
      cancel_url: params.cancel_url,
      status: "open",
      payment_status: "unpaid",
      amount_total: Number(lineItems?.["0"]?.price_data?.unit_amount ?? 0),
      currency: "eur",
      customer: null,
      customer_email: null,
      customer_details: null,
      payment_intent: null,
      subscription: null,
      _subscription_metadata: subscriptionData?.metadata ?? {},
    };
    objects.set(id, session);
    return session;
  }

  const publicView = (object: StripeObject) => Object.fromEntries(Object.entries(object).filter(([key]) => !key.startsWith("_")));

  /** The payer finishes Checkout: `paid` false leaves a delayed method (SEPA) pending. */
  function completeSession(sessionId: string, { email, paid = true }: { email: string; paid?: boolean }) {
    const session = objects.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    session.status = "complete";
    session.payment_status = paid ? "paid" : "unpaid";
    session.customer_details = { email, name: null };
    if (session.mode === "subscription") {
      const customer = nextId("cus");
      const subscription: StripeObject = {
        id: nextId("sub"),
        object: "subscription",
        customer,
        status: "active",
        metadata: session._subscription_metadata as Record<string, string>,
        _amount: session.amount_total,
        _email: email,
      };
      objects.set(subscription.id, subscription);
      session.customer = customer;
      session.subscription = subscription.id;
    } else {
      session.payment_intent = nextId("pi");
    }
    return publicView(session);
  }

  /** One monthly payment of a subscription: a paid invoice with its payment intent. */
  function payInvoice(subscriptionId: string) {
    const subscription = objects.get(subscriptionId);
    if (!subscription) throw new Error(`no subscription ${subscriptionId}`);
    const invoice: StripeObject = {
      id: nextId("in"),
      object: "invoice",
      customer: subscription.customer,
      customer_email: subscription._email,
      amount_paid: subscription._amount,
      currency: "eur",
      status: "paid",
      status_transitions: { paid_at: Math.floor(Date.now() / 1000) },
      parent: { type: "subscription_details", subscription_details: { subscription: subscriptionId, metadata: subscription.metadata } },
      payments: { object: "list", data: [{ object: "invoice_payment", payment: { type: "payment_intent", payment_intent: nextId("pi") } }] },
    };
    objects.set(invoice.id, invoice);
    return invoice;
  }

  const signer = new Stripe("sk_test_stand_in");
  /** A webhook delivery: the JSON body and its Stripe-Signature header. */
  function signedEvent(type: string, object: Record<string, unknown>, { id = nextId("evt"), secret = webhookSecret } = {}) {
    const payload = JSON.stringify({
      id,
      object: "event",
      api_version: "2026-10-28.endive",
      created: Math.floor(Date.now() / 1000),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: object.id ? publicView(object as StripeObject) : object },
    });
    return { id, payload, signature: signer.webhooks.generateTestHeaderString({ payload, secret }) };
  }

  /** A delivery to the site's webhook endpoint, as Stripe makes it (the demo's Checkout). */
  async function deliver(type: string, object: StripeObject) {
    const event = signedEvent(type, object);
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": event.signature },
      body: event.payload,
    });
    if (!response.ok) console.error(`Stripe stand-in: ${type} delivered to ${webhookUrl}: ${response.status}`);
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://stand-in");
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": nextId("req") });
      res.end(JSON.stringify(data));
    };
    const html = (body: string) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><head><title>Stripe stand-in</title></head><body><main>${body}</main></body></html>`);
    };

    // Test helpers over HTTP, for browser tests in another process.
    if (url.pathname === "/__requests") return send(200, requests);
    if (req.method === "POST" && url.pathname === "/__complete") {
      const { sessionId, email, paid } = JSON.parse(raw) as { sessionId: string; email: string; paid?: boolean };
      return send(200, completeSession(sessionId, { email, paid }));
    }
    if (req.method === "POST" && url.pathname === "/__invoice") {
      const { subscriptionId } = JSON.parse(raw) as { subscriptionId: string };
      return send(200, publicView(payInvoice(subscriptionId)));
    }
    if (req.method === "POST" && url.pathname === "/__event") {
      const { type, objectId } = JSON.parse(raw) as { type: string; objectId: string };
      const object = objects.get(objectId);
      return object ? send(200, signedEvent(type, object)) : send(404, { error: "unknown object" });
    }
    const checkout = url.pathname.match(/^\/checkout\/([\w-]+)(\/pay)?$/);
    const checkoutSession = checkout ? objects.get(checkout[1]) : undefined;
    if (checkoutSession && req.method === "GET" && !checkout![2]) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(checkoutPage(checkoutSession));
    }
    if (checkoutSession && req.method === "POST" && checkout![2]) {
      const email = (new URLSearchParams(raw).get("email") ?? "").trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
        res.writeHead(400, { "content-type": "text/html; charset=utf-8" });
        return res.end(checkoutPage(checkoutSession, { error: "email" }));
      }
      if (checkoutSession.status === "open") {
        const session = completeSession(checkoutSession.id, { email });
        // The events Stripe sends after a payment, signed with the endpoint's secret.
        if (webhookUrl) {
          if (session.subscription) await deliver("invoice.paid", payInvoice(String(session.subscription)));
          await deliver("checkout.session.completed", checkoutSession);
        }
      }
      res.writeHead(303, { location: String(checkoutSession.success_url).replace("{CHECKOUT_SESSION_ID}", checkoutSession.id) });
      return res.end();
    }
    const page = url.pathname.match(/^\/(checkout|portal)\/([\w-]+)$/);
    if (page) return html(`<h1>Stripe ${page[1]} stand-in</h1><p id="session">${page[2]}</p>`);

    const body = req.headers["content-type"]?.includes("json") ? (JSON.parse(raw || "{}") as Record<string, unknown>) : parseStripeForm(raw);
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
    requests.push({ method: req.method ?? "GET", path: url.pathname, idempotencyKey, body });
    if (req.method === "POST" && idempotencyKey && idempotent.has(`${url.pathname}:${idempotencyKey}`)) {
      return send(200, idempotent.get(`${url.pathname}:${idempotencyKey}`));
    }
    const answer = (data: unknown) => {
      if (req.method === "POST" && idempotencyKey) idempotent.set(`${url.pathname}:${idempotencyKey}`, data);
      send(200, data);
    };

    if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") return answer(publicView(createSession(body)));
    if (req.method === "POST" && url.pathname === "/v1/billing_portal/sessions") {
      const id = nextId("bps");
      return answer({ id, object: "billing_portal.session", customer: body.customer, return_url: body.return_url, url: `${base}/portal/${id}` });
    }
    const read = url.pathname.match(/^\/v1\/(checkout\/sessions|subscriptions|invoices)\/([\w-]+)$/);
    if (req.method === "GET" && read) {
      const object = objects.get(read[2]);
      if (object) return send(200, publicView(object));
    }
    send(404, { error: { type: "invalid_request_error", message: `stand-in: no ${req.method} ${url.pathname}` } });
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${actualPort}`;

  return {
    url: base,
    webhookSecret,
    requests,
    objects,
    completeSession,
    payInvoice,
    signedEvent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>;
