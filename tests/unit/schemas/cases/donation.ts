import { DonationFieldsSchema, donationSchema, PortalRequestSchema } from "~/modules/donations/schema";
import { accept, chars, reject, type SchemaCases } from "../support";
import { emailOnly } from "./small";

export const MAX_EUROS = 1_000;
const identity = { name: "Ann Dupont", address: "1 rue de la Paix", postcode: "75002", city: "Paris" };

export const donationFields: SchemaCases = {
  name: "DonationFieldsSchema",
  schema: DonationFieldsSchema,
  base: { kind: "ONE_OFF" },
  accepts: [
    accept("monthly", { kind: "MONTHLY" }),
    accept("a 120-character name", { name: chars(120) }),
    accept("a 200-character address", { address: chars(200) }),
    accept("a 10-character postcode", { postcode: chars(10) }),
    accept("an 80-character city", { city: chars(80) }),
  ],
  rejects: [
    reject("a missing kind", { kind: undefined }, "kind", "errors.donation.kind"),
    reject("an unknown kind", { kind: "YEARLY" }, "kind", "errors.donation.kind"),
    reject("a 121-character name", { name: chars(121) }, "name", "errors.donation.tooLong"),
    reject("a 201-character address", { address: chars(201) }, "address", "errors.donation.tooLong"),
    reject("an 11-character postcode", { postcode: chars(11) }, "postcode", "errors.donation.tooLong"),
    reject("an 81-character city", { city: chars(81) }, "city", "errors.donation.tooLong"),
  ],
};

export const donation: SchemaCases = {
  name: `donationSchema(${MAX_EUROS})`,
  schema: donationSchema(MAX_EUROS),
  base: { kind: "ONE_OFF", preset: "25" },
  accepts: [
    accept("another amount typed in", { preset: "other", custom: "12,50" }),
    accept("a typed amount without preset", { preset: undefined, custom: "12.5" }),
    accept("1 €, the minimum", { preset: "other", custom: "1" }),
    accept("the maximum", { preset: "other", custom: String(MAX_EUROS) }),
    accept("the maximum with cents", { preset: "other", custom: `${MAX_EUROS},00` }),
    accept("an amount with a euro sign and spaces", { preset: "other", custom: " 1 000 € " }),
    accept("a full receipt identity", identity),
    accept("a 10-character postcode on the receipt", { ...identity, postcode: chars(10) }),
  ],
  rejects: [
    reject("a missing kind", { kind: undefined }, "kind", "errors.donation.kind"),
    reject("no amount", { preset: undefined }, "custom", "errors.donation.amountRequired"),
    reject("'other' without an amount", { preset: "other", custom: "" }, "custom", "errors.donation.amountRequired"),
    reject("a word as amount", { preset: "other", custom: "vingt" }, "custom", "errors.donation.amountInvalid"),
    reject("three decimals", { preset: "other", custom: "10,555" }, "custom", "errors.donation.amountInvalid"),
    reject("99 cents", { preset: "other", custom: "0,99" }, "custom", "errors.donation.amountTooSmall"),
    reject("a negative amount", { preset: "other", custom: "-50" }, "custom", "errors.donation.amountTooSmall"),
    reject("one cent over the maximum", { preset: "other", custom: `${MAX_EUROS},01` }, "custom", "errors.donation.amountTooLarge"),
    reject("a receipt without city", { ...identity, city: undefined }, "city", "errors.donation.receiptIncomplete"),
    reject("a receipt with a blank address", { ...identity, address: "  " }, "address", "errors.donation.receiptIncomplete"),
    reject("a receipt with only a name: the postcode", { name: "Ann" }, "postcode", "errors.donation.receiptIncomplete"),
    reject("a 121-character name", { ...identity, name: chars(121) }, "name", "errors.donation.tooLong"),
  ],
};

export const portalRequest = emailOnly("PortalRequestSchema", PortalRequestSchema);
