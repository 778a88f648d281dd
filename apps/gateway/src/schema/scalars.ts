import { builder } from "../builder.js";

builder.scalarType("JSON", {
  description: "Any JSON value, passed through as is.",
  serialize: (value) => value,
  parseValue: (value) => value,
});
