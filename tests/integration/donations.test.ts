import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { startStripeStandIn, type StripeStandIn } from "../stand-ins/stripe";
import { emailKey } from "~/models/email-message.server";
import { MALFORMED_STRIPE_BODIES, stripeSignedHeaders } from "../support/malformed-webhooks";

// The real SDK talks to the stand-in; set before anything reads the environment.
let stand: StripeStandIn;
beforeAll(async () => {
  stand = await startStripeStandIn();
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_stand_in",
    STRIPE_WEBHOOK_SECRET: stand.webhookSecret,
    STRIPE_API_BASE_URL: stand.url,
    RECEIPTS_ENABLED: "true",
    ASSOCIATION_NAME: "Association Technopolice",
    ASSOCIATION_ADDRESS: "1 rue de l'Exemple, 75011 Paris",
    ASSOCIATION_OBJECT: "Défense des libertés face à la surveillance urbaine",
    ASSOCIATION_ID: "W751234567",
  });
});
afterAll(() => stand?.close());

const models = () => import("~/modules/donations/donation.server");
const receipts = () => import("~/modules/donations/tax-receipt.server");
const unique = () => Math.random().toString(36).slice(2, 10);
const identity = { name: "Camille Martin", address: "3 rue des Lilas", postcode: "06000", city: "Nice" };

/** POSTs a webhook delivery through the route's real code path (raw body, signature). */
async function deliver(delivery: { payload: string; signature: string }) {
  const { action } = await import("~/routes/webhooks.stripe");
  const request = new Request("http://localhost/webhooks/stripe", {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": delivery.signature },
    body: delivery.payload,
  });
  const response = await action({ request, params: {}, context: {} });
  return response.status;
}

async function checkout(kind: "ONE_OFF" | "MONTHLY", amount = 2500, withIdentity = true) {
  const { startCheckout } = await models();
  const url = await startCheckout({ input: { kind, amount, receiptIdentity: withIdentity ? identity : null }, lang: "fr" });
  return url.split("/").pop()!;
}

const donationsOf = (email: string) =>
  import("~/modules/petitions/signature-index.server").then(({ donorIndexFor }) =>
    db().donation.findMany({ where: { donor: { emailIndex: donorIndexFor(email) } }, orderBy: { createdAt: "asc" } }),
  );
const thanksFor = (donationIds: string[]) =>
  db().emailMessage.count({ where: { idempotencyKey: { in: donationIds.map((id) => emailKey(`donation-thanks/${id}`)) } } });

describe("checkout", () => {
  test("a session is created through the SDK with an idempotency key, and nothing is paid yet", async () => {
    const sessionId = await checkout("MONTHLY", 2500);
    const request = stand.requests.find(
      (r) => r.path === "/v1/checkout/sessions" && stand.objects.get(sessionId)?.client_reference_id === r.body.client_reference_id,
    );
    expect(request?.idempotencyKey).toBe(`checkout/${request?.body.client_reference_id}`);
    expect(request?.body).toMatchObject({
      mode: "subscription",
      line_items: { 0: { price_data: { currency: "eur", unit_amount: "2500", recurring: { interval: "month" } } } },
    });
    expect(await db().donation.count({ where: { stripeCheckoutSessionId: sessionId } })).toBe(0);
  });

  test("amounts: 0, negative, letters and above the maximum get clear messages; 12,50 is 1250 cents", async () => {
    const { donationSchema } = await import("~/modules/donations/schema");
    const schema = donationSchema(500);
    const message = (custom: string) => {
      const result = schema.safeParse({ kind: "ONE_OFF", preset: "other", custom });
      return result.success ? null : result.error.issues[0].message;
    };
    expect(message("0")).toBe("errors.donation.amountTooSmall");
    expect(message("-5")).toBe("errors.donation.amountTooSmall");
    expect(message("dix")).toBe("errors.donation.amountInvalid");
    expect(message("501")).toBe("errors.donation.amountTooLarge");
    expect(schema.safeParse({ kind: "ONE_OFF", preset: "other" }).error?.issues[0].message).toBe("errors.donation.amountRequired");
    expect(schema.parse({ kind: "ONE_OFF", preset: "other", custom: "12,50" })).toMatchObject({ amount: 1250, receiptIdentity: null });
    expect(schema.parse({ kind: "MONTHLY", preset: "25" })).toMatchObject({ amount: 2500 });
    const partial = schema.safeParse({ kind: "ONE_OFF", preset: "10", name: "Camille" });
    expect(partial.error?.issues.map((i) => i.path[0]).sort()).toEqual(["address", "city", "postcode"]);
  });
});

describe("webhooks", () => {
  test("a bad signature is refused with 400 and records nothing", async () => {
    const sessionId = await checkout("ONE_OFF");
    stand.completeSession(sessionId, { email: `bad-${unique()}@example.org` });
    const event = stand.signedEvent("checkout.session.completed", stand.objects.get(sessionId)!, { secret: "whsec_not_the_right_one" });
    expect(await deliver(event)).toBe(400);
    expect(await deliver({ ...event, signature: "t=1,v1=forged" })).toBe(400);
    const tampered = stand.signedEvent("checkout.session.completed", stand.objects.get(sessionId)!);
    expect(await deliver({ payload: tampered.payload.replace("checkout.session.completed", "charge.refunded"), signature: tampered.signature })).toBe(400);
    expect(await db().stripeEvent.count({ where: { id: { in: [event.id, tampered.id] } } })).toBe(0);
    expect(await db().donation.count({ where: { stripeCheckoutSessionId: sessionId } })).toBe(0);
  });

  test("a validly signed body that is not an event gets 400 and records nothing (issue 29, item 7)", async () => {
    for (const payload of MALFORMED_STRIPE_BODIES) {
      const { "stripe-signature": signature } = stripeSignedHeaders(payload, stand.webhookSecret);
      expect(await deliver({ payload, signature }), payload.slice(0, 60)).toBe(400);
    }
    expect(await db().stripeEvent.count({ where: { id: "evt_malformed" } })).toBe(0);
  });

  test("a replayed event records one donation and one email, even delivered concurrently", async () => {
    const email = `once-${unique()}@example.org`;
    const sessionId = await checkout("ONE_OFF", 5000);
    stand.completeSession(sessionId, { email });
    const event = stand.signedEvent("checkout.session.completed", stand.objects.get(sessionId)!);
    const statuses = await Promise.all([deliver(event), deliver(event), deliver(event)]);
    expect(statuses).toEqual([200, 200, 200]);
    expect(await deliver(event)).toBe(200);
    const donations = await donationsOf(email);
    expect(donations).toHaveLength(1);
    expect(donations[0]).toMatchObject({ kind: "ONE_OFF", status: "PAID", amount: 5000 });
    expect(await thanksFor(donations.map((d) => d.id))).toBe(1);
    // Stripe may also send the async-success event for the same session: still one email.
    expect(await deliver(stand.signedEvent("checkout.session.async_payment_succeeded", stand.objects.get(sessionId)!))).toBe(200);
    expect(await thanksFor(donations.map((d) => d.id))).toBe(1);
  });

  test("monthly: three invoice.paid before checkout.session.completed give three donations, then cancellation", async () => {
    const email = `monthly-${unique()}@example.org`;
    const sessionId = await checkout("MONTHLY", 2500);
    const session = stand.completeSession(sessionId, { email });
    const subscriptionId = session.subscription as string;
    for (let month = 0; month < 3; month++) expect(await deliver(stand.signedEvent("invoice.paid", stand.payInvoice(subscriptionId)))).toBe(200);
    expect(await deliver(stand.signedEvent("checkout.session.completed", stand.objects.get(sessionId)!))).toBe(200);
    const donations = await donationsOf(email);
    expect(donations.map((d) => [d.kind, d.status, d.amount])).toEqual([
      ["MONTHLY", "PAID", 2500],
      ["MONTHLY", "PAID", 2500],
      ["MONTHLY", "PAID", 2500],
    ]);
    expect(await thanksFor(donations.map((d) => d.id))).toBe(3);
    const subscription = await db().donationSubscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId } });
    expect(subscription.status).toBe("ACTIVE");
    expect(new Set(donations.map((d) => d.subscriptionId))).toEqual(new Set([subscription.id]));

    expect(await deliver(stand.signedEvent("invoice.payment_failed", stand.payInvoice(subscriptionId)))).toBe(200);
    expect((await db().donationSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe("PAST_DUE");
    expect(await deliver(stand.signedEvent("customer.subscription.deleted", stand.objects.get(subscriptionId)!))).toBe(200);
    expect((await db().donationSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe("CANCELED");
    expect(await donationsOf(email)).toHaveLength(3);
  });

  test("SEPA: pending until async success; a failure arriving first is not undone by the completed event", async () => {
    const email = `sepa-${unique()}@example.org`;
    const sessionId = await checkout("ONE_OFF", 3000);
    stand.completeSession(sessionId, { email, paid: false });
    await deliver(stand.signedEvent("checkout.session.completed", stand.objects.get(sessionId)!));
    let [donation] = await donationsOf(email);
    expect(donation.status).toBe("PENDING");
    expect(await thanksFor([donation.id])).toBe(0);
    stand.objects.get(sessionId)!.payment_status = "paid";
    await deliver(stand.signedEvent("checkout.session.async_payment_succeeded", stand.objects.get(sessionId)!));
    [donation] = await donationsOf(email);
    expect(donation.status).toBe("PAID");
    expect(await thanksFor([donation.id])).toBe(1);

    const failedEmail = `sepa-failed-${unique()}@example.org`;
    const failedSession = await checkout("ONE_OFF", 3000);
    stand.completeSession(failedSession, { email: failedEmail, paid: false });
    await deliver(stand.signedEvent("checkout.session.async_payment_failed", stand.objects.get(failedSession)!));
    await deliver(stand.signedEvent("checkout.session.completed", stand.objects.get(failedSession)!));
    expect((await donationsOf(failedEmail)).map((d) => d.status)).toEqual(["FAILED"]);
  });

  test("a refund marks the donation refunded; a refund for an unknown payment asks Stripe to retry, recording nothing", async () => {
    const email = `refund-${unique()}@example.org`;
    const sessionId = await checkout("ONE_OFF", 1000);
    const session = stand.completeSession(sessionId, { email });
    await deliver(stand.signedEvent("checkout.session.completed", stand.objects.get(sessionId)!));
    const charge = { id: `ch_${unique()}`, object: "charge", payment_intent: session.payment_intent, refunded: true, amount_refunded: 1000 };
    expect(await deliver(stand.signedEvent("charge.refunded", charge))).toBe(200);
    const [donation] = await donationsOf(email);
    expect(donation.status).toBe("REFUNDED");
    expect(donation.refundedAt).not.toBeNull();

    const early = stand.signedEvent("charge.refunded", { ...charge, id: `ch_${unique()}`, payment_intent: `pi_unknown_${unique()}` });
    expect(await deliver(early)).toBe(503);
    expect(await db().stripeEvent.count({ where: { id: early.id } })).toBe(0);
  });

  test("donor details are encrypted at rest", async () => {
    const email = `clear-${unique()}@example.org`;
    const sessionId = await checkout("ONE_OFF", 1000);
    stand.completeSession(sessionId, { email });
    await deliver(stand.signedEvent("checkout.session.completed", stand.objects.get(sessionId)!));
    const dump = JSON.stringify(await db().$queryRaw`SELECT d.*, c.* FROM donor d, donation_checkout c WHERE c.session_id = ${sessionId}`);
    for (const clear of [email.split("@")[0], "Camille", "Lilas", "Nice"]) expect(dump).not.toContain(clear);
  });
});

describe("organizers", () => {
  test("totals per month count paid donations only, and the filters apply", async () => {
    const { monthlyTotals, listDonations } = await import("~/modules/donations/admin.server");
    const { encrypt } = await import("~/utils/crypto.server");
    const donor = await db().donor.create({ data: { email: encrypt(`totals-${unique()}@example.org`), emailIndex: `totals-${unique()}`, lang: "fr" } });
    const from = new Date("1999-01-01T00:00:00Z");
    const at = (iso: string) => ({ createdAt: new Date(iso), paidAt: new Date(iso) });
    await db().donation.createMany({
      data: [
        { kind: "ONE_OFF", status: "PAID", amount: 1000, donorId: donor.id, ...at("1999-01-10T12:00:00Z") },
        { kind: "MONTHLY", status: "PAID", amount: 2500, donorId: donor.id, ...at("1999-01-20T12:00:00Z") },
        { kind: "ONE_OFF", status: "REFUNDED", amount: 9900, donorId: donor.id, ...at("1999-01-21T12:00:00Z") },
        // 31 January 23:30 UTC is February in Paris.
        { kind: "ONE_OFF", status: "PAID", amount: 500, donorId: donor.id, ...at("1999-01-31T23:30:00Z") },
      ],
    });
    const to = new Date("1999-12-31T00:00:00Z");
    expect(await monthlyTotals({ from, to })).toEqual([
      { month: "1999-02", total: 500, count: 1 },
      { month: "1999-01", total: 3500, count: 2 },
    ]);
    expect(await monthlyTotals({ from, to, kind: "MONTHLY" })).toEqual([{ month: "1999-01", total: 2500, count: 1 }]);
    expect((await listDonations({ from, to, status: "REFUNDED" })).map((d) => d.amount)).toEqual([9900]);
  });
});

describe("customer portal", () => {
  test("a monthly donor gets a link; an unknown address gets nothing; the link opens a portal session", async () => {
    const { requestPortalLink, portalCustomer, openPortal } = await models();
    const email = `portal-${unique()}@example.org`;
    const sessionId = await checkout("MONTHLY", 1500);
    const session = stand.completeSession(sessionId, { email });
    await deliver(stand.signedEvent("invoice.paid", stand.payInvoice(session.subscription as string)));
    expect(await requestPortalLink({ email: email.toUpperCase(), lang: "fr" })).toEqual({ ok: true, sent: true });
    expect(await requestPortalLink({ email: `nobody-${unique()}@example.org`, lang: "fr" })).toEqual({ ok: true, sent: false });

    const [donation] = await donationsOf(email);
    const { decrypt } = await import("~/utils/crypto.server");
    const message = await db().emailMessage.findUniqueOrThrow({ where: { idempotencyKey: emailKey(`donation-thanks/${donation.id}`) } });
    const { portalUrl } = JSON.parse(decrypt(message.payload)) as { portalUrl: string };
    const token = portalUrl.split("/").pop()!;
    const customer = await portalCustomer({ token });
    expect(customer).toBe(session.customer);
    expect(await openPortal({ customerId: customer! })).toMatch(new RegExp(`^${stand.url}/portal/`));
    expect(await portalCustomer({ token: token.replace(/.$/, (c) => (c === "A" ? "B" : "A")) })).toBeNull();
    expect(await portalCustomer({ token, now: Date.now() + 31 * 24 * 3600_000 })).toBeNull();
  });
});

describe("tax receipts", () => {
  async function paidDonor(year: number, amounts: number[]) {
    const { encrypt } = await import("~/utils/crypto.server");
    const donor = await db().donor.create({
      data: {
        email: encrypt(`receipt-${unique()}@example.org`),
        emailIndex: `test-${unique()}`,
        lang: "fr",
        receiptIdentity: encrypt(JSON.stringify(identity)),
      },
    });
    for (const amount of amounts) {
      await db().donation.create({ data: { kind: "ONE_OFF", status: "PAID", amount, donorId: donor.id, paidAt: new Date(Date.UTC(year, 5, 1)) } });
    }
    return donor;
  }

  test("numbers are sequential without gaps under concurrency, even when a transaction rolls back", async () => {
    const { issueReceipt, nextReceiptNumber } = await receipts();
    const year = 2040 + Math.floor(Math.random() * 50);
    const donors = await Promise.all(Array.from({ length: 12 }, () => paidDonor(year, [2000, 500])));
    const failing = async () => {
      await db()
        .$transaction(async (tx) => {
          await nextReceiptNumber(tx, year);
          throw new Error("rolled back");
        })
        .catch(() => undefined);
    };
    await Promise.all([
      ...donors.map((donor) => issueReceipt({ donorId: donor.id, year })),
      failing(),
      failing(),
      ...donors.slice(0, 4).map((donor) => issueReceipt({ donorId: donor.id, year })),
    ]);
    const issued = await db().taxReceipt.findMany({ where: { year }, orderBy: { number: "asc" } });
    expect(issued.map((r) => r.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(issued.every((r) => r.amount === 2500)).toBe(true);
    expect(await db().emailMessage.count({ where: { idempotencyKey: { in: issued.map((r) => emailKey(`tax-receipt/${r.id}`)) } } })).toBe(12);
  });

  test("the receipt carries the cerfa 11580 content and renders as a PDF", async () => {
    const { issueReceipt, receiptContent, receiptPdf } = await receipts();
    const year = 2100 - Math.floor(Math.random() * 5);
    const donor = await paidDonor(year, [12000, 550]);
    const receipt = await issueReceipt({ donorId: donor.id, year });
    if (!receipt.ok) throw new Error(receipt.error);
    expect(receipt.created).toBe(true);
    const content = (await receiptContent(receipt.id))!;
    expect(content).toMatchObject({
      association: { name: "Association Technopolice", id: "W751234567" },
      donor: identity,
      amountInWords: "cent vingt-cinq euros et cinquante centimes",
      form: "Déclaration de don manuel",
      nature: "Numéraire",
    });
    expect(content.number).toMatch(new RegExp(`^${year}-\\d{6}$`));
    expect(content.statement).toContain("article 200 du code général des impôts");
    const pdf = await receiptPdf(content);
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    // Names beyond the standard fonts' encoding still render.
    const other = await receiptPdf({ ...content, donor: { ...identity, name: "Łukasz Żółć 李 🙂" } });
    expect(Buffer.from(other).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("the January job does nothing unless RECEIPTS_ENABLED", async () => {
    const { sendAnnualReceipts } = await receipts();
    const { env } = await import("~/utils/env.server");
    const config = env();
    config.RECEIPTS_ENABLED = false;
    try {
      expect(await sendAnnualReceipts(new Date("2031-01-15T09:00:00Z"))).toEqual({ skipped: true, issued: 0 });
    } finally {
      config.RECEIPTS_ENABLED = true;
    }
  });

  test("amounts in French words", async () => {
    const { eurosInFrenchWords, integerInFrenchWords } = await import("~/utils/french-words");
    const cases: [number, string][] = [
      [1, "un"],
      [17, "dix-sept"],
      [21, "vingt et un"],
      [71, "soixante et onze"],
      [80, "quatre-vingts"],
      [81, "quatre-vingt-un"],
      [91, "quatre-vingt-onze"],
      [99, "quatre-vingt-dix-neuf"],
      [100, "cent"],
      [200, "deux cents"],
      [280, "deux cent quatre-vingts"],
      [1000, "mille"],
      [2000, "deux mille"],
      [80000, "quatre-vingt mille"],
      [200300, "deux cent mille trois cents"],
      [1_000_000, "un million"],
    ];
    for (const [n, words] of cases) expect(integerInFrenchWords(n)).toBe(words);
    expect(eurosInFrenchWords(100)).toBe("un euro");
    expect(eurosInFrenchWords(2501)).toBe("vingt-cinq euros et un centime");
    expect(eurosInFrenchWords(100_000_000)).toBe("un million d'euros");
  });
});
