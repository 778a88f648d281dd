import { dataset, lowerBound, upperBound, type DatasetRecords } from "@nato-russia/data";
import { createRandom, type Random } from "./random.js";

type Event = DatasetRecords["events"][number];
type FuzzyDate = Event["date"];

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const pad = (n: number) => String(n).padStart(2, "0");

/** A real calendar date of some precision between 1945 and 2024, sometimes a span of years. */
function randomDate(random: Random): FuzzyDate {
  const year = random.int(1945, 2024);
  const month = random.int(1, 12);
  const day = random.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const end = random.int(0, 6) === 0 ? String(Math.min(2024, year + random.int(1, 3))) : undefined;
  const kind = random.int(0, 9);
  if (kind < 5 && !end) {
    return {
      start: `${year}-${pad(month)}-${pad(day)}`,
      precision: "DAY",
      label: `${day} ${MONTHS[month - 1]} ${year}`,
    };
  }
  if (kind < 8 && !end) {
    return {
      start: `${year}-${pad(month)}`,
      precision: "MONTH",
      label: `${MONTHS[month - 1]} ${year}`,
    };
  }
  return end
    ? { start: String(year), end, precision: "YEAR", label: `${year}–${end}` }
    : { start: String(year), precision: "YEAR", label: String(year) };
}

/** The real period whose span holds a date's start, if any (the later one on a boundary). */
function periodOf(date: FuzzyDate, periods: DatasetRecords["periods"]): string | undefined {
  const day = lowerBound(date.start);
  const within = periods.filter(
    (p) => lowerBound(p.start.start) <= day && (!p.end || day <= upperBound(p.end.start)),
  );
  return within.at(-1)?.slug;
}

/**
 * The released records with `count` synthetic events instead of the real ones, the same on
 * every run for a seed. Each event copies a real one's summary, sources and verification (so
 * every reference it makes exists) under a new slug and title, with a random date, kind,
 * relation, actors, themes and the period its date falls in. The released data is not touched.
 */
export function syntheticRecords(count: number, seed = 1): DatasetRecords {
  const real = dataset.records;
  const random = createRandom(seed);
  const kinds = [...new Set(real.events.map((e) => e.kind))];
  const relations = [...new Set(real.events.map((e) => e.relation))];
  const roles = [...new Set(real.events.flatMap((e) => e.actors.map((a) => a.role)))];
  const actors = real.actors.map((a) => a.slug);
  const themes = real.themes.map((t) => t.slug);
  const events: Event[] = [];
  for (let i = 0; i < count; i++) {
    const template = random.pick(real.events);
    const date = randomDate(random);
    const involved = new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(actors)));
    const period = periodOf(date, real.periods);
    const event: Event = {
      ...template,
      slug: `${template.slug}-s${i + 1}`,
      title: `${template.title} (${date.label})`,
      date,
      kind: random.pick(kinds),
      relation: random.pick(relations),
      actors: [...involved].map((actor) => ({ actor, role: random.pick(roles) })),
      themes: [...new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(themes)))],
      period,
    };
    if (!period) delete event.period;
    events.push(event);
  }
  return { ...real, events };
}
