// Validates data/*.json; exits non-zero with one line per issue (file, record, field, message).
import { validatedRecords } from "./validatedRecords.js";

const counts = Object.entries(validatedRecords())
  .map(([k, v]) => `${v.length} ${k}`)
  .join(", ");
console.log(`Dataset valid: ${counts}.`);
