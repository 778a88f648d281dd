// The verification of a record as two columns; its references go to verification_references.
import type { z } from "zod";
import { Verification } from "../../src/schema/index.js";
import type { Verification as VerificationValue } from "../../src/schema/index.js";
import type { Column } from "./table.js";

export function verificationColumns<R extends { verification: VerificationValue }>(
  field: z.ZodType = Verification,
): Column<R>[] {
  const v = Verification.shape;
  return [
    {
      name: "verification_status",
      schema: v.status,
      description: field.description ?? v.status.description,
      value: (r) => r.verification.status,
    },
    { name: "verification_note", schema: v.note, value: (r) => r.verification.note },
  ];
}
