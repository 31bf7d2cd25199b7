import { describe, expect, test } from "vitest";
import { MyDataDeleteSchema, MyDataRequestSchema } from "~/modules/my-data/schema";
import { myDataDelete, myDataRequest, UUID } from "./cases/small";
import { describeCases } from "./support";

describeCases(myDataRequest);
describeCases(myDataDelete);

describe("my data schemas, parsed", () => {
  test("the request form normalises and trims the address", () => {
    expect(MyDataRequestSchema.parse({ email: " ann@example.fr\u0000 " })).toEqual({ email: "ann@example.fr" });
  });

  test("a delete button keeps its id only where one is needed", () => {
    expect(MyDataDeleteSchema.parse({ intent: "report", id: UUID })).toEqual({ intent: "report", id: UUID });
    expect(MyDataDeleteSchema.parse({ intent: "all", id: UUID })).toEqual({ intent: "all" });
  });
});
