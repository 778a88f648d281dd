import { z } from "zod";

/** Lower-case words joined by hyphens: stable, human-readable record keys. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens")
  .describe(
    "Stable, human-readable identifier. Never changes or disappears without a major release.",
  );

/** A quote or label must carry real text, not whitespace. */
export const NonEmpty = z.string().trim().min(1, "must not be empty");
