import { z } from "zod";

/**
 * A zod enum built from a map of value → description, so each value is described once, in the
 * map. The JSON Schema carries the descriptions as `enumDescriptions`, in the order of `enum`
 * (the keyword editors such as VS Code read).
 */
export function describedEnum<const V extends Readonly<Record<string, string>>>(
  values: V,
  description: string,
) {
  const keys = Object.keys(values) as [keyof V & string, ...(keyof V & string)[]];
  return z.enum(keys).meta({ description, enumDescriptions: keys.map((key) => values[key]) });
}
