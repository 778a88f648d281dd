import { FuzzyDate } from "@nato-russia/data/schemas";
import { DatePrecisionEnum } from "./enums.js";
import { FuzzyDateRef } from "./refs.js";

FuzzyDateRef.implement({
  description: FuzzyDate.description,
  fields: (t) => ({
    start: t.exposeString("start", {
      description: "Start as a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD.",
    }),
    end: t.exposeString("end", {
      nullable: true,
      description: "End of a span, as a partial ISO date; null for a point in time.",
    }),
    precision: t.expose("precision", {
      type: DatePrecisionEnum,
      description: "How precisely the evidence dates it.",
    }),
    year: t.int({
      description: "Year of the start, for charts.",
      resolve: (date) => Number(date.start.slice(0, 4)),
    }),
    label: t.exposeString("label", {
      description: FuzzyDate.shape.label.description,
    }),
  }),
});
