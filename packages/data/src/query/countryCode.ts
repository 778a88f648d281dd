import { QueryError } from "./QueryError.js";

/**
 * Rejects a malformed ISO 3166-1 alpha-2 code. A well-formed code no record carries simply
 * matches nothing; a malformed one is a mistake worth telling.
 */
export function checkCountryCode(code: string, field: string): void {
  if (!/^[A-Z]{2}$/.test(code))
    throw new QueryError(
      "BAD_COUNTRY_CODE",
      `${field} has "${code}", not an ISO 3166-1 alpha-2 code such as "RU"`,
      field,
    );
}
